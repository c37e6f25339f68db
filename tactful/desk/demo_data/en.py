"""English: Lumo Shop's customer support for the United Kingdom."""

from . import Customer, Scenario

LANGUAGE = "en"
ORGANISATION = "Lumo Shop"
TEAM = "UK Support"
TEAM_SLUG = "uk-support"
TEAM_EMAIL = "support@lumoshop.example"
CODE_PREFIX = "LS-UK"

STAFF = [
    ("oliver", "Oliver Bennett", "agent"),
    ("amelia", "Amelia Clarke", "agent"),
    ("harriet", "Harriet Hughes", "supervisor"),
]

# Phone numbers from Ofcom's ranges reserved for drama, so none of them rings anyone.
CUSTOMERS = [
    Customer("Sarah Thompson", "Ms", "formal", "Dear Ms Thompson,", "sarah.thompson@example.co.uk",
             "+44 7700 900123", "14 Market Street\nManchester\nM1 1PT"),
    Customer("David Evans", "Mr", "formal", "Dear Mr Evans,", "d.evans@example.co.uk",
             "+44 29 2018 0456", "3 Castle Street\nCardiff\nCF10 1BS"),
    Customer("Emily Walker", "Dr", "formal", "Dear Dr Walker,", "emily.walker@example.co.uk",
             "+44 20 7946 0018", "Flat 4, 27 Victoria Road\nLondon\nNW6 6SX"),
    Customer("Tom Wright", "", "informal", "Hi Tom,", "tom.wright@example.co.uk",
             "+44 7700 900456", "8 Rose Lane\nNorwich\nNR1 1PN"),
    Customer("Rebecca Hall", "Mrs", "formal", "Dear Mrs Hall,", "rebecca.hall@example.co.uk",
             "+44 117 496 0123", "56 Park Row\nBristol\nBS1 5LH"),
    Customer("Mohammed Ali", "Mr", "formal", "Dear Mr Ali,", "m.ali@example.co.uk",
             "+44 7700 900789", "Flat 2/1, 45 Byres Road\nGlasgow\nG11 5RG"),
    Customer("Fiona MacLeod", "Ms", "formal", "Dear Ms MacLeod,", "fiona.macleod@example.co.uk",
             "+44 131 496 0555", "12 Princes Street\nEdinburgh\nEH2 2AN"),
]

REFERENCES = {"order": "LS-UK-{n:08d}", "package": "RM{n:09d}GB", "invoice": "INV-{n:08d}"}

LIVE_GREETING = "Hello, you're through to {agent} at Lumo Shop."
CLOSINGS = [
    "Kind regards,\n{agent}\nLumo Shop Customer Support",
    "Best wishes,\n{agent}\nLumo Shop",
]

SCENARIOS = [
    Scenario("Where is my order?", "order", (
        "Hello, I ordered a winter coat a week ago (order {ref}) and the tracking hasn't changed "
        "for four days. Could you tell me where it is?",
        "Thank you for getting in touch, and I'm sorry for the wait. I've checked with our "
        "courier: your parcel was held at the Birmingham depot after a missed scan, and it is "
        "now out for delivery. You should receive it tomorrow.",
        "Thanks. Will I need to be at home to sign for it?",
        "No signature is needed; if you're out, the driver will leave it in a safe place or "
        "with a neighbour and send you a photo. Is there anything else I can help you with?",
        "No, that's all. Thank you!",
        "You're very welcome. Thank you for shopping with Lumo Shop, and do get in touch any "
        "time if you need us.",
    )),
    Scenario("Returning trainers that are too small", "order", (
        "I'd like to return the trainers from order {ref}; they're too small. How do I do that?",
        "Thank you for letting us know. I've created a free returns label for you, which you'll "
        "find attached. Once the parcel reaches our warehouse, we'll refund you to your original "
        "payment method within five working days.",
        "I dropped it off at the Post Office this morning.",
        "Thank you, we can see the parcel is on its way to us. We'll email you as soon as the "
        "refund has been issued.",
    )),
    Scenario("Refund not received", "order", (
        "I returned an item from order {ref} three weeks ago and I still haven't had my refund. "
        "When will I get it?",
        "I'm sorry the refund is taking longer than it should. The return reached us last week "
        "but had not been processed; I've now issued the refund, and it should reach your "
        "account within three to five working days. I apologise for the inconvenience.",
        "OK, I'll keep an eye on my account.",
        "Thank you for your patience. If the money hasn't arrived by the end of next week, just "
        "reply to this email and I'll look into it straight away.",
    ), priority="high"),
    Scenario("Exchange for a different size", "order", (
        "Could I swap the jumper from order {ref} for a size M instead of S?",
        "Of course. Size M is in stock, so I've reserved one for you and arranged a collection "
        "of the size S. The new jumper will be sent as soon as the courier has collected the "
        "parcel.",
        "Brilliant, thank you.",
        "You're welcome! If there's anything else you need, we're always happy to help.",
    )),
    Scenario("Complaint: rude customer service agent", "order", (
        "I phoned yesterday about a missing item from order {ref}. The person I spoke to was "
        "dismissive and rude, and ended the call while I was still talking. I want this looked "
        "into.",
        "I'm very sorry that you were spoken to in that way, and thank you for telling us. I've "
        "logged your complaint, and our customer service manager will write to you within five "
        "working days with a copy of our complaints procedure.",
        "Thank you. I hope it won't happen to anyone else.",
        "We take this seriously and will look into it carefully; you'll hear the outcome from us "
        "in writing.",
    ), kind="complaint", category="bad_attitude", priority="high"),
    Scenario("Complaint: repair taking six weeks", "order", (
        "My coffee machine (order {ref}) went for a warranty repair six weeks ago. Nobody has "
        "told me why it's taking so long.",
        "I'm sorry you've been left waiting without an explanation; that isn't the service we "
        "aim for. I've logged this as a complaint and chased the repair centre, who expect to "
        "return the machine by Friday. Our customer service manager will also write to you.",
    ), kind="complaint", category="job_over_time_limit"),
    Scenario("VAT invoice for my order", "invoice", (
        "Could you send me a VAT invoice for my last order? I need it for my company's expenses. "
        "The receipt number is {ref}.",
        "Certainly. I've attached the VAT invoice for your order. If you need the company name "
        "or address on it changed, just reply with the details and I'll reissue it.",
    ), priority="low"),
    Scenario("Vase arrived broken", "package", (
        "The vase arrived in pieces. The packaging was far too thin. Parcel {ref}.",
        "I'm so sorry your vase arrived broken. We're sending a replacement today at no cost, "
        "with better packaging, and there's no need to return the damaged one. Thank you for "
        "the photos, which help us improve our packing.",
        "Thanks for sorting it so quickly.",
        "It's our pleasure. Your replacement is on its way; please let us know if there's "
        "anything else we can do.",
    )),
    Scenario("How is your new air purifier?", "order", (
        "We hope you're enjoying your new air purifier (order {ref}). We'd love to know how "
        "you're getting on, and whether there's anything we could have done better.",
        "It's great, thanks. Delivery was quick too.",
        "Thank you for the kind words! If you ever need replacement filters, we're always happy "
        "to help.",
    ), kind="follow_up", priority="low"),
]

BAD_REPLIES = [
    "I can't handle this, you'll have to call the courier yourself.",
    "It's so simple, can't you do it yourself?",
    "I'm busy, call again later.",
    "Our company can't solve this for you.",
    "That's not our fault, you typed the wrong address.",
]

NOTES = [
    "Checked {ref} with the courier: scanned at the depot yesterday.",
    "Customer also phoned; promised an update by tomorrow.",
]

ESCALATION = ("Customer asks for a full refund on {ref} plus compensation for a day off work; "
              "that's beyond my refund limit. Could you decide whether we can make an exception?")
ESCALATION_ANSWER = "Yes, refund in full and add a £20 goodwill voucher; note the reason."
