"""English demo material: Lumo Shop's customers in the United Kingdom."""

LANGUAGE = "en"
COUNTRY_PHONE = "+44"
TEAM = "UK Support"
TEAM_SLUG = "uk-support"
TEAM_EMAIL = "support@lumoshop.example"
ORGANISATION = "Lumo Shop"

STAFF = [
    ("olivia", "Olivia Bennett", "agent"),
    ("james", "James Carter", "agent"),
    ("grace", "Grace Thompson", "supervisor"),
]

CUSTOMERS = [
    ("Sarah Mitchell", "sarah.mitchell@example.co.uk", "+44 20 7946 0958",
     "12 Baker Street, London NW1 6XE"),
    ("David Hughes", "d.hughes@example.co.uk", "+44 161 496 0732",
     "45 Deansgate, Manchester M3 2BW"),
    ("Emily Clarke", "emily.clarke@example.co.uk", "+44 131 496 0145",
     "8 Princes Street, Edinburgh EH2 2ER"),
    ("Thomas Wright", "tom.wright@example.co.uk", "+44 29 2018 0123",
     "3 Queen Street, Cardiff CF10 2BH"),
]

REFERENCE_KINDS = [("order", "LS-{n:07d}"), ("package", "RM{n:09d}GB")]

THREADS = [
    ("Where is my order?",
     "Hello, I ordered a kettle a week ago (order {ref}) and it still hasn't arrived. "
     "Could you tell me where it is?",
     "Dear {name}, thank you for getting in touch, and I am sorry for the wait. Your parcel was "
     "delayed at the depot and is now out for delivery; it should reach you tomorrow. Is there "
     "anything else I can help you with? Kind regards, {agent}, {org}",
     "Great, thanks for checking."),
    ("Refund not received",
     "I returned a jacket two weeks ago but I haven't had my refund yet.",
     "Dear {name}, I apologise for the delay. We received your return on Monday and the refund "
     "was issued today; it usually takes three to five working days to appear on your "
     "statement. Please let us know if it has not arrived by then. Best wishes, {agent}",
     ""),
    ("Wrong size delivered",
     "You sent me a medium instead of a large. Can you exchange it?",
     "I'm busy, call again later.",
     "That's not acceptable."),
    ("Change delivery address",
     "Can I change the delivery address for order {ref}? I'll be at work.",
     "Dear {name}, of course. I have updated the delivery address to your workplace; you will "
     "receive a new tracking e-mail shortly. Thank you for shopping with us, and have a lovely "
     "day! {agent}, {org}",
     ""),
]
