"""dev8 English items (writer A). Northwind Support. Precision-oriented: mostly clean, natural items."""

LANG = "en"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


ITEMS = [
    # ---------------- R-TALK-2 closings: C V C V C V C C ----------------
    {
        "text": "To sum up: I've cancelled the duplicate charge of £42 and sent the refund to your card today; most banks show it within three working days. "
                "Is there anything else I can help you with? Thank you for your patience while we sorted this out, "
                "and if anything else comes up, you're welcome to write to us again at any time.\n\nKind regards,\nSam\nNorthwind Support",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Long closing with a summary first; anything else / thanks / write again / 'Kind regards' as the goodbye. Clean.",
    },
    {
        "text": "Your new router is on its way, and you'll get a text with the delivery window the evening before. "
                "Thanks for chatting with us today, and you can come back to this chat whenever you like. Bye for now!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Thanks, come back and goodbye are there, but it never asks whether anything else is needed. R-TALK-2.",
    },
    {
        "text": "Right, that's your appointment moved to Tuesday afternoon. Is there anything else at all I can do? No? "
                "Then thank you for calling, Mr Reid, and remember you can ring us whenever you need to. Goodbye.",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing with all four parts; the 'No?' reflects the customer's answer. Clean.",
    },
    {
        "text": "I hope this explains how the notice period works. Is there anything else about your contract you'd like me to go through? "
                "Whenever a question comes up, you can reply to this e-mail or call us on 0800 123 4567.\n\nBest wishes,\nAisha\nNorthwind Support",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Anything else, come back and a sign-off, but no thanks anywhere. R-TALK-2.",
    },
    {
        "text": "Glad the reading went through. Was there anything else you needed today? "
                "Many thanks for getting in touch, and do message us again if the next bill doesn't look right. All the best, goodbye!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Natural chat closing with all four parts. Clean.",
    },
    {
        "text": "Is there anything else I can help you with? ... Okay. Thank you very much for calling, "
                "and you can always ring us back on this number if the heating plays up again.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Anything else, thanks and come back, but the call ends without any goodbye. R-TALK-2.",
    },
    {
        "text": "Please let me know if there is anything else you need from us. Thank you again for your patience with the delivery, "
                "and don't hesitate to contact us again whenever it suits you.\n\nYours sincerely,\nMark Ellis\nNorthwind Support",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "'Please let me know if there is anything else you need' is the anything-else part in ordinary wording; thanks; contact us again; 'Yours sincerely'. Clean.",
    },
    {
        "text": "You're very welcome, Mrs Jones. Before you go, is there anything else on your account I can check? "
                "If not, thank you for choosing Northwind, and you can reach us here on chat or by phone any time. Have a good weekend, goodbye!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Closing after the customer has already thanked; all four parts present. Clean.",
    },
    # ---------------- R-LETTER-1: C V C V C V C C ----------------
    {
        "text": "Dear Mr Brennan,\n\nAccount number: 2206-4415\n\nOur records show that your bills for April and May, £146.30 in total, are still unpaid. "
                "We know that things can sometimes be difficult, and we would like to help you sort this out.\n\n"
                "Please pay the balance by 15 July, by bank transfer or in your online account. If paying it all at once is hard, "
                "call us on 0800 123 4567 before that date and we will agree a payment plan with you.\n\n"
                "Yours sincerely,\n\nClaire Hughes\nCustomer Accounts, Northwind Support",
        "expect": [],
        "channel": "letter",
        "note": "Arrears letter; the next step (pay by 15 July, how, or call to agree a plan) is in ordinary sentences. Clean.",
    },
    {
        "text": "Dear Ms Lindqvist,\n\nThank you for your application to move your account to 22 Elm Street.\n\n"
                "We have checked the proof of address you sent us on 2 May. Unfortunately the document does not show your name.\n\nYours sincerely,\n\nDavid Moss\nNorthwind Support",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "States that the document was not accepted, but never says what the customer should send, how or by when. R-LETTER-1.",
    },
    {
        "text": "Dear Mrs Okafor,\n\nOur engineer completed the repair of your boiler on 4 March. He replaced the faulty pressure valve "
                "and tested the system, which is now working as it should.\n\n"
                "You do not need to do anything further: the repair is covered by your service plan, so there is nothing to pay.\n\n"
                "Yours sincerely,\n\nNorthwind Support",
        "expect": [],
        "channel": "letter",
        "note": "Completed repair; says nothing is needed and why (covered by the service plan). Clean.",
    },
    {
        "text": "Dear Mr Fairbairn,\n\nYour fixed tariff ends on 31 July 2026. From 1 August 2026 your account will move to our Standard Variable tariff.\n\n"
                "Under that tariff the unit rate will be 24.1p per kWh and the standing charge 53p per day. "
                "Your current direct debit of £72 a month stays in place.\n\nYours sincerely,\n\nNorthwind Support",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Tariff change stated with the new prices, but the letter never says whether the customer needs to do anything or can choose another tariff. R-LETTER-1.",
    },
    {
        "text": "Dear Ms Ahmed,\n\nWe are sorry to let you know that our engineer can no longer come on Monday 7 September. "
                "Your appointment has moved to Wednesday 9 September, between 1 pm and 5 pm.\n\n"
                "If that time suits you, there is nothing you need to do. If it does not, please call us on 0800 123 4567 by 7 September "
                "and we will find another day with you.\n\nYours sincerely,\n\nNorthwind Support",
        "expect": [],
        "channel": "letter",
        "note": "Moved appointment; both cases are covered (nothing to do if it suits; otherwise call by 7 September). Clean.",
    },
    {
        "text": "Dear Mr Castillo,\n\nThank you for your letter of 5 May about the delivery of your order 60412.\n\n"
                "We have looked into your complaint. Our courier's records show that the parcel was left at number 17 instead of number 71, "
                "and we have refunded the delivery charge of £4.99 to your card.\n\nYours sincerely,\n\nHelen Price\nComplaints Team, Northwind Support",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Complaint decision stated and stops: nothing about the missing parcel itself, what the customer should do next, or that nothing is needed. R-LETTER-1.",
    },
    {
        "text": "Dear Miss Turner,\n\nWe have received the coat you returned on 11 February and have refunded £89.00 to the card you paid with.\n\n"
                "You don't need to do anything else. Banks usually take up to five working days to show a refund; "
                "if you cannot see it by 21 February, please call us on 0800 123 4567 and we will check it with you.\n\n"
                "Kind regards,\n\nNorthwind Support",
        "expect": [],
        "channel": "letter",
        "note": "Refund letter: nothing needed, and what to do if the money does not show. Clean.",
    },
    {
        "text": "Dear Mr and Mrs Hall,\n\nYour home emergency cover renews on 1 October 2026, at the same price of £9.50 a month.\n\n"
                "If you would like to keep it, you need do nothing, as the payments continue by direct debit. "
                "Should you wish to change your cover or cancel it, simply reply to this letter or call us on 0800 123 4567 by 20 September.\n\n"
                "Yours sincerely,\n\nNorthwind Support",
        "expect": [],
        "channel": "letter",
        "note": "Renewal: nothing to do to keep it (and why), and how and by when to change or cancel. Clean.",
    },
    # ---------------- R-TALK-9 block: C V C V C V C V C C ----------------
    {
        "text": "Dear Ms Patel,\n\nDirect debit is no problem: you can set it up under Payments in your online account, "
                "or we can set it up together over the phone. Your first bill will be issued on 3 June. "
                "And yes, please send us a reading from the day you moved in, so that you only pay for what you have used.\n\n"
                "Kind regards,\nTom\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "customer": "Hi, I moved into 14 Alder Road last week. Do I need to send you a meter reading, and when will my first bill arrive? "
                    "Also can I pay by direct debit?",
        "note": "Answers all three questions in reverse order and in other words (direct debit possible; first bill 3 June; yes to the reading). Clean.",
    },
    {
        "text": "I'm sorry the parcel isn't with you. I've arranged a replacement, which leaves our warehouse tomorrow morning, "
                "and you'll receive a tracking link by e-mail as soon as it is on its way.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "my parcel 88213 says delivered but its not here. who signed for it?? and can you send another one",
        "note": "Replacement answered, but 'who signed for it?' is never addressed. R-TALK-9.",
    },
    {
        "text": "Unfortunately Monday is fully booked in your area, but Tuesday 14 May between 8 am and noon is free. "
                "I can hold that slot for you until 6 pm today; would it suit you?",
        "expect": [],
        "channel": "email",
        "customer": "Is it possible to move my engineer visit from Friday to next Monday? I work late on Fridays.",
        "note": "Yes/no request answered 'Unfortunately not, but' with an alternative slot. Clean (the refusal comes with an alternative, not R-TALK-6).",
    },
    {
        "text": "Dear Mr Owen,\n\nThank you for getting in touch. I've removed the £12.50 fee from your account, "
                "and it will show as a credit on your May bill.\n\nKind regards,\nRuth\nNorthwind Support",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "Why was I charged a late payment fee when I paid on the due date? And will I get it back?",
        "note": "'Will I get it back?' is answered (fee removed, credit in May); 'why was I charged?' is left unaddressed. R-TALK-9.",
    },
    {
        "text": "Hello, Norway is part of our Europe roaming zone, so you can use your calls, texts and data there just as at home. "
                "It costs £2.50 a day, and only on the days you actually use your phone. Have a lovely trip!",
        "expect": [],
        "channel": "chat",
        "customer": "hi can u tell me if roaming works in norway im going on the 12th. also how much per day",
        "note": "Two questions typed without '?': both answered, the yes/no one without the word 'yes' (part of the roaming zone) and the price by a number. Customer's 'u' is the customer's, not the agent's. Clean.",
    },
    {
        "text": "I'm sorry about the outage. Our engineers restored the line in Millbrook at 6 o'clock this morning, "
                "and your connection is showing as working normally now.",
        "expect": ["R-TALK-9"],
        "channel": "phone",
        "customer": "I'd like to know whether the outage in Millbrook is fixed yet, and when you're going to refund the days we had no service.",
        "note": "The embedded 'whether it is fixed' is answered; 'when will you refund the days without service' is ignored. R-TALK-9.",
    },
    {
        "text": "Dear Mr Grant,\n\nI've attached a copy of your contract; your fixed price runs until 31 October 2026, as set out on page 2.\n\n"
                "Best wishes,\nLena\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "customer": "Could you send me a copy of my contract? And does it say when the fixed price ends?",
        "note": "One sentence answers both: the request is fulfilled (attached) and the end date is given without repeating the question. Clean.",
    },
    {
        "text": "Hello, yes, your boots arrived at our returns centre on Monday 13 May. We send refunds within five working days of arrival, "
                "so yours will go out by Friday 17 May, and banks usually need two or three days more.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "Hello, I returned the boots (order 55120) ten days ago. Has the return arrived? How long does the refund take? Can I get it on a different card",
        "note": "Arrival and refund time answered; 'Can I get it on a different card' is not addressed. R-TALK-9.",
    },
    {
        "text": "I don't know yet, Mr Kaye, but it isn't only the new tariff: that adds about £4 a month, so it doesn't explain a rise of £30. "
                "I've asked our billing team to go through your recent readings, and I'll call you by Thursday afternoon with what they find.",
        "expect": [],
        "channel": "phone",
        "customer": "Why has my bill gone up by thirty pounds this month? Is it because of the new tariff?",
        "note": "Honest 'I don't know yet' with a dated call-back answers the why; the tariff question is answered (only £4 of it). Billing team mentioned neutrally. Clean.",
    },
    {
        "text": "Of course. £50 a month works well: that is seven payments of £50 and a final one of £30, starting on 1 June. "
                "I've set the plan up, and the schedule will reach you by e-mail today.",
        "expect": [],
        "channel": "email",
        "customer": "I was wondering if you could set up a payment plan for the £380 I owe. Would £50 a month be OK?",
        "note": "Embedded request and yes/no question both answered ('Of course'; '£50 a month works well'), with the plan's numbers. Clean.",
    },
    # ---------------- R-TALK-6: C V x6 ----------------
    {
        "text": "The delay happened because the road into your street was closed for resurfacing on Tuesday, so the van couldn't get through. "
                "Your parcel is back on the van today, and the driver will ring the bell rather than leave a card.",
        "expect": [],
        "channel": "email",
        "note": "Explains the cause without blaming anyone. Clean.",
    },
    {
        "text": "The engineer couldn't get in because nobody was at home at the agreed time. "
                "Next time please make sure someone is in, otherwise we have to charge for the wasted visit.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Blames the customer and lectures them. R-TALK-6.",
    },
    {
        "text": "You're right, and that one is our mistake: the bill went to your old address because your move wasn't saved properly on our side. "
                "I've corrected the address and cancelled the late payment fee.",
        "expect": [],
        "channel": "chat",
        "note": "Owns the company's mistake plainly; not speaking badly of the company. Clean.",
    },
    {
        "text": "That's not what happened. Our call recording shows that you agreed to the two-year contract, "
                "so the early exit fee of £120 stands.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Contradicts the customer and flatly refuses with nothing offered. R-TALK-6.",
    },
    {
        "text": "The 30-day return period for the jacket ended last week, so I can't take it back for a refund. "
                "What I can do is have the zip repaired free of charge, or give you a credit note for the full £65, valid for a year. "
                "Which would you prefer?",
        "expect": [],
        "channel": "email",
        "note": "Refusal with two alternatives. Clean.",
    },
    {
        "text": "I'm sorry, the colleague who took your call yesterday clearly didn't know what he was doing. "
                "I'll set up the payment plan properly for you now.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Runs down a colleague while helping. R-TALK-6.",
    },
    {
        "text": "Our delivery partner, Swiftline, tried to deliver on Monday and left a card. They can bring the parcel again on Thursday, "
                "or you can collect it from the Post Office on King Street from tomorrow; just let me know which you'd prefer.",
        "expect": [],
        "channel": "chat",
        "note": "Partner courier mentioned neutrally, with two options. Clean.",
    },
    {
        "text": "I can't give you a phone number or an e-mail address for the complaints manager. "
                "That isn't information we share with customers.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Refuses contact details with no alternative. R-TALK-6.",
    },
    {
        "text": "Let me check that again: your payment of £58.40 did reach us on the 3rd, so your account is fully up to date. "
                "The reminder was printed the day before, and I'm sorry it caused you worry. Please ignore it.",
        "expect": [],
        "channel": "email",
        "customer": "I paid on the 3rd and you still sent me a reminder. What's going on?",
        "note": "Corrects the misunderstanding politely (the payment did arrive) and answers 'what's going on'. Clean.",
    },
    {
        "text": "As section 7 of our terms explains, and you accepted those terms when you signed up, sending meter readings is your responsibility. "
                "If you had read them, you wouldn't have had an estimated bill.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Lectures the customer with the terms and a counterfactual reproach. R-TALK-6.",
    },
    {
        "text": "You wrote that this is \"the third time nobody turned up\", and I understand why you feel let down. I'm sorry. "
                "I've booked a named-day delivery for Saturday and added a £10 credit to your account.",
        "expect": [],
        "channel": "social",
        "customer": "Your delivery service is a total joke. Third time nobody turned up.",
        "note": "Quotes the customer's own words with an apology and a remedy. Clean.",
    },
    {
        "text": "Honestly, our billing system is a mess and management never listens when we report it. "
                "I'll correct the amount by hand and send you a new bill today.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Speaks badly of the company and its management, even while helping. R-TALK-6.",
    },
]


TRANSCRIPTS = [
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "phone", "agent": "Hannah", "organisation": "Northwind Support",
            "turns": [
                E("ring", "system"), E("ring", "system"), E("answer"),
                A("Good morning, Northwind Support, Hannah speaking. How can I help?"),
                C("Hi, I'm ringing about my parcel, order 40917. It was supposed to come yesterday and it didn't turn up. That's the second time now!"),
                A("I'm really sorry, that's not the service you should get from us. The van ran out of time before reaching your street, "
                  "so I've booked your parcel as a priority delivery for Thursday between 9 and 1. Would that work for you?"),
                C("Thursday's fine, I work from home then."),
                A("Great, that's confirmed, and you'll get a text on Thursday morning with a one-hour window. Is there anything else I can help you with?"),
                C("No, that's all."),
                A("Thanks for calling, Mr Doyle, and sorry again for the trouble. If the parcel doesn't arrive on Thursday, you can always ring us back. Goodbye."),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Late delivery complaint answered with apology + a booked priority slot. Closing spread: anything else? - 'No, that's all.' - thanks, come back, goodbye. 2 rings. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "phone", "agent": "Marcus", "organisation": "Northwind Support",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Northwind Support, good afternoon, you're speaking to Marcus. What can I do for you?"),
                C("You've taken the direct debit twice this month. Sixty-eight pounds, twice! I'm overdrawn now because of you."),
                A("Let me have a look at your account. Could you confirm your postcode for me?"),
                C("It's BS6 4QT."),
                A("Thank you. I can see both payments of £68 on 2 May. I've cancelled the second one and sent the refund to your bank today. "
                  "If your bank charged you an overdraft fee, send us the statement and we'll cover it."),
                C("Okay. How long before it's back in my account?"),
                A("Most banks show it within three working days, which would be Wednesday. Is there anything else I can help with today?"),
                C("No, that's it."),
                A("Thank you for your patience, Ms Ward. You can call us back at any time if the money hasn't arrived. Goodbye."),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Complaint about a double charge; the next agent turn offers a way forward (looking at the account) but no apology at all. R-TALK-12. Everything else, incl. the spread closing, is fine.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "chat", "agent": "Priya", "organisation": "Northwind Support",
            "turns": [
                A("Hello, you're chatting with Priya from Northwind Support. How can I help you today?"),
                C("hi i want to give my meter reading, its 04512. also do i have to send one every month"),
                A("Thank you, I've added the reading of 04512 for today, 6 March. You don't need to send one every month: once a quarter is enough, "
                  "and we'll e-mail you a reminder when the next one is due."),
                C("perfect. and will my bill change now?"),
                A("Your next bill will use this reading instead of an estimate, so it is likely to be slightly lower than the last one. "
                  "Is there anything else I can help with?"),
                C("no thats everything thanks, bye"),
                A("Thank you for sending the reading, and you're welcome to message us here whenever you need. Goodbye!"),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Meter reading chat; both questions answered in other words; the customer says goodbye first and the agent closes (anything else in the turn before). Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "phone", "agent": "Daniel", "organisation": "Northwind Support",
            "turns": [
                E("ring", "system"), E("ring", "system"), E("answer"),
                A("Good morning, you've reached Northwind Support, this is Daniel. How may I help?"),
                C("Hello, I'd like to know when my contract ends. I'm thinking of switching to the fibre package."),
                A("Of course. May I put you on hold for a minute while I open your contract details?"),
                C("Yes, go ahead."),
                E("hold"), E("resume"),
                A("Thank you for waiting. Your current contract ends on 30 September, and as fibre is an upgrade, you can move to it from 1 September without an exit fee."),
                C("Oh good. Can you send me the fibre prices by e-mail?"),
                A("Yes, I've just sent them to the address on your account. Is there anything else I can do for you?"),
                C("No, that's everything."),
                A("Thank you for calling Northwind Support, Mrs Kowalski. Goodbye."),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-2"],
        "note": "Hold done right (permission, reason, thanks). The closing has anything else, thanks and goodbye but never says the customer can come back. R-TALK-2.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "phone", "agent": "Olivia", "organisation": "Northwind Support",
            "turns": [
                E("ring", "system"), E("ring", "system"), E("ring", "system"), E("answer"),
                A("Northwind Support, Olivia speaking, good afternoon. How can I help you?"),
                C("I took the whole day off for your engineer and nobody showed up! Not even a phone call."),
                A("I'm so sorry, Mr Adeyemi; you lost a day off, and you should at least have had a call from us. Let me find you the earliest new visit. "
                  "May I put you on hold for a moment while I check the engineers' diary?"),
                C("Fine."),
                E("hold"), E("resume"),
                A("Thanks for holding. I can offer Saturday between 8 and 10 in the morning, and I've added a note so the engineer calls you half an hour before arriving. Shall I book it?"),
                C("Yes, book it. Will I be compensated for yesterday?"),
                A("Yes, a missed appointment comes with a £30 credit. I've added it to your account now, and it will show on your next bill."),
                C("Okay, thanks."),
                A("You're welcome. Is there anything else I can sort out for you?"),
                C("No, that's all."),
                A("Then thank you for your patience today, and please call us again if anything goes wrong on Saturday. Goodbye, Mr Adeyemi."),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "No-show complaint answered with apology + way forward; hold with permission and reason, thanks after resume; compensation question answered 'Yes'; closing spread over three agent turns after the resume. 3 rings (not more than 3). Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "chat", "agent": "Ben", "organisation": "Northwind Support",
            "turns": [
                A("Hi, this is Ben at Northwind Support. What can I help you with?"),
                C("I sent back a kettle three weeks ago and STILL no refund. does anyone there actually read emails??"),
                A("I'm really sorry you've been waiting so long. I can understand how annoying that must be."),
                C("ok but what happens now. order is 77310"),
                A("Thank you. The kettle reached our returns centre on 2 April, and the refund should have been released then; that was our mistake. "
                  "I've released it now: £34.99 to your card ending 4471, and you'll get a confirmation e-mail within the hour."),
                C("ok thanks, that's what i needed"),
                A("Glad it's moving now. Is there anything else I can help with?"),
                C("no"),
                A("Thanks for bearing with us, and you can message us here any time if the money doesn't show up. Bye for now!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Refund complaint; the next agent turn apologises and sympathises but offers nothing (the fix comes only after the customer asks again). R-TALK-12. The rhetorical 'does anyone read emails??' is part of the complaint; 'what happens now' is answered. Closing complete.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "phone", "agent": "Grace", "organisation": "Northwind Support",
            "turns": [
                E("ring", "system"), E("answer"),
                A("Good morning, Northwind Support, my name is Grace. How can I help you today?"),
                C("Morning. We're moving house on the 28th and I need the account moved to the new place, 3 Larch Close."),
                A("Congratulations on the move. I've set your account to move to 3 Larch Close on 28 June. Please send us a meter reading "
                  "from your old home that morning, and one from the new home when you arrive."),
                C("Okay, will do. And the broadband, can that move too?"),
                A("It can. The installations team books line moves, so I'll put you through to my colleague Tom. I've passed him your new address "
                  "and the date, so you won't need to repeat anything. Is that all right?"),
                C("Yes, thanks."),
                E("transfer", to="installations"),
                A("Hello, Tom here from the installations team. Grace has told me about the move to 3 Larch Close on 28 June. "
                  "I can switch your broadband line on the morning of the 28th. Does that suit you?"),
                C("Perfect."),
                A("Done, it's booked, and you'll get a confirmation e-mail today. Is there anything else I can help with?"),
                C("No, that's it. Thanks, bye."),
                A("Thank you for calling, and good luck with the move. If the date changes, just ring us again. Goodbye."),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Moving house with a transfer after a summary; the colleague is mentioned positively; the second agent closes (anything else / thanks / ring again / goodbye) after the customer's own goodbye. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "chat", "agent": "Chloe", "organisation": "Northwind Support",
            "turns": [
                A("Hello and welcome to Northwind Support chat. My name is Chloe; how can I help?"),
                C("Hi, I'm in Spain and my data isn't working. I've got roaming on I think"),
                A("Sorry to hear that. Could you switch your phone off and on again, then check that data roaming is turned on in Settings, under Mobile Data?"),
                C("Did that, still nothing"),
                A("Sorry about that, and thanks for trying. I've just reset your roaming connection from our side. "
                  "Please restart your phone once more; it should then connect to a Spanish network within a couple of minutes."),
                C("Its working now. Brilliant"),
                A("That's great news. Thank you for your patience, and you can message us here whenever you need help on your trip. Enjoy Spain, goodbye!"),
                E("hangup", "customer"),
            ],
        },
        "expect": ["R-TALK-2"],
        "note": "Roaming fixed in chat; the closing thanks, invites the customer back and says goodbye, but no agent turn asks whether anything else is needed. R-TALK-2.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "chat", "agent": "Aisha", "organisation": "Northwind Support",
            "turns": [
                A("Good evening, Aisha from Northwind Support here. How can I help you?"),
                C("I got a bill for £412 for the winter. your prices are a joke honestly, I can't pay that in one go"),
                A("I'm sorry the bill came as such a shock, and I understand it's a lot to pay at once. I can spread it over a payment plan, "
                  "for example six monthly payments of about £69 starting in March. Would that help?"),
                C("yes that would help. can the payments come out on the 15th instead, thats when i get paid"),
                A("Of course. I've set up the plan with six payments of £68.67, taken on the 15th of each month from 15 March, "
                  "and you'll receive the schedule by e-mail in a few minutes."),
                C("ok great"),
                A("Is there anything else I can help you with this evening? If not, thank you for getting in touch, and you can always message us again here "
                  "or call 0800 555 0142. Goodbye and have a good evening."),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Insulting complaint about prices answered with apology + payment plan; the date request answered 'Of course' with the 15th; complete closing in one turn, then the customer leaves the chat. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "en", "channel": "phone", "agent": "James", "organisation": "Northwind Support",
            "turns": [
                E("ring", "system"), E("ring", "system"), E("answer"),
                A("Hello, Northwind Support, James speaking. How can I help you this morning?"),
                C("My broadband's gone down again. That's the third time this month, and I work from home!"),
                A("I'm very sorry, three outages in one month is far too many. There is a fault on the cable in your street; our engineers are working on it now "
                  "and expect to have it fixed by 2 pm today. I'm also adding a £15 credit to your account for the lost days."),
                C("Alright. Will you let me know when it's back?"),
                A("Yes, we'll send you a text as soon as the repair is finished. Is there anything else I can do for you?"),
                C("No, that's all, thanks. Bye now."),
                A("Thank you for calling, Mr Hale. If the connection drops again, you can always ring us. Goodbye."),
                E("hangup", "customer"),
            ],
        },
        "expect": [],
        "note": "Outage complaint answered with apology, an attributed estimate and a credit; question answered 'Yes'; the customer says goodbye first; closing spread over the last two agent turns. Clean.",
    },
]
