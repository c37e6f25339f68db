"""dev13, English (writer A). Northwind Support running other kinds of service desks."""

LANG = "en"
ORG = "Northwind Support"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def tr(channel, agent, turns):
    return {"version": 1, "lang": "en", "channel": channel, "agent": agent,
            "organisation": ORG, "turns": turns}


TRANSCRIPTS = [
    # t01 clean: optician, phone, hold done right, closing over the last two turns
    {
        "transcript": tr("phone", "Megan", [
            E("ring", "system", time="2025-03-04T10:00:00Z"),
            E("ring", "system", time="2025-03-04T10:00:05Z"),
            E("answer", "agent", time="2025-03-04T10:00:08Z"),
            A("Good morning, Northwind Support eye care team, Megan speaking. How can I help?"),
            C("Hi, yes, I picked up my new varifocals on Saturday and honestly they're useless, "
              "I can't read anything up close with them. I paid nearly three hundred pounds for these."),
            A("Oh, I'm really sorry to hear that, new glasses should make things easier, not harder. "
              "We'll get it put right for you. Could I take your surname and date of birth so I can "
              "bring up your order?"),
            C("Hughes, H-U-G-H-E-S, twelfth of March 1961."),
            A("Thank you, Mrs Hughes. Would you mind if I put you on hold for a minute or two while I "
              "compare your prescription with what the lab made up?"),
            C("Go on then."),
            E("hold"),
            E("resume"),
            A("Thanks for holding, Mrs Hughes. I've found it: the reading part of the lenses was made "
              "slightly weaker than your prescription, so the fault is on our side. We'll remake them "
              "free of charge. The lab needs seven working days for a remake, so I've booked you in to "
              "collect them on Tuesday the 14th, and we'll ring you if that date changes."),
            C("Right. And do I have to come in before then, or can I keep wearing these in the meantime?"),
            A("Mhm, you can keep wearing them for distance, they're fine for that. For reading, your "
              "old pair will be more comfortable until the new lenses are in. There's no need to come "
              "in before the 14th."),
            C("OK, that's fine then. Thanks, love."),
            A("You're very welcome. Is there anything else I can help you with today?"),
            C("No, that's everything."),
            A("Lovely. Thank you for calling, Mrs Hughes, and if anything doesn't feel right with the "
              "new pair, just ring us again, we're always here. Goodbye for now."),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Optician: new varifocals made up wrongly. Complaint -> apology + 'we'll get it put right' "
                "and a lookup; hold with permission and reason, thanks after resume; fault owned; both "
                "questions (come in before? keep wearing?) answered; closing spread over the last two "
                "agent turns. 2 rings. Customer's 'love' is the customer's word, not the agent's.",
    },
    # t02 violating: satellite TV, offer without apology
    {
        "transcript": tr("phone", "Ravi", [
            E("ring", "system", time="2025-03-04T18:20:00Z"),
            E("answer", "agent", time="2025-03-04T18:20:04Z"),
            A("Good evening, you're through to Northwind Support, satellite TV team. My name's Ravi, "
              "how can I help?"),
            C("Yeah hi, it's Martin Doyle. My satellite box has lost signal three evenings this week, "
              "right in the middle of the football. It's ridiculous, I'm paying for a service I can't watch."),
            A("Right, let's get an engineer out to look at the dish. I have Thursday morning between "
              "eight and twelve, or Friday afternoon between one and five. Which suits you better?"),
            C("Friday afternoon. Will I have to pay for the visit?"),
            A("No, the visit is covered by your package, so there's no charge. The engineer will check "
              "the dish alignment and the cable, and ring you about half an hour before arriving."),
            C("And what if it's the box itself that's faulty?"),
            A("Then he can swap it during the same visit; the engineers carry spare boxes in the van."),
            C("OK, good."),
            A("So that's Friday between one and five at 22 Holloway Road. Is there anything else I can "
              "help with?"),
            C("No, that's it."),
            A("Thanks for calling, Mr Doyle. If the signal drops again before Friday, give us a ring "
              "any time. Bye now."),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12"],
        "note": "Satellite TV: signal lost three evenings, customer calls it ridiculous. The next agent "
                "turn goes straight to booking an engineer with no apology or regret at all -> R-TALK-12. "
                "Both questions answered (no charge; box swapped); full closing; 1 ring.",
    },
    # t03 clean: print shop, chat, customer says bye, closing spread
    {
        "transcript": tr("chat", "Olivia", [
            A("Hello and welcome to the Northwind Support print shop chat. I'm Olivia, what can I do "
              "for you?"),
            C("hi, we got our wedding invitations today and the gold text has come out kind of brownish, "
              "not what we approved on the proof at all. wedding is in 5 weeks and we need to post them "
              "this week!!"),
            A("I'm so sorry, that isn't the finish you signed off, and I can see why you're worried "
              "with the date so close. We'll reprint the whole batch at no cost. Could you send me a "
              "photo of one card next to the proof so I can pass it to our press team this morning?"),
            C("sent. how long will the reprint take? and do we need to send the old ones back"),
            A("Thank you, the photo has come through and the difference is clear. The reprint goes on "
              "the press tomorrow and we'll post it to you on Thursday by tracked delivery. You don't "
              "need to send the first batch back; keep one as a souvenir if you like."),
            C("ok great. can we get the tracking number by email?"),
            A("Yes, it will go to laura.bennett@example.com as soon as the parcel is booked in on "
              "Thursday. Is there anything else I can help you with?"),
            C("no that's all, thank you so much, bye!"),
            A("Thank you, Laura, and congratulations to you both! If anything else comes up before the "
              "big day, just message us here any time. Goodbye!"),
        ]),
        "expect": [],
        "note": "Print shop: wedding invitations printed in the wrong gold. Complaint with '!!' -> "
                "apology + free reprint; three questions answered (how long, send back, tracking by "
                "e-mail); closing spread over the last two agent turns after the customer says bye "
                "(anything else / thanks / message us any time / goodbye).",
    },
    # t04 violating: self-storage, one question skipped
    {
        "transcript": tr("chat", "Sam", [
            A("Hi, you're chatting with the Northwind Support self-storage team, this is Sam. How can "
              "I help you today?"),
            C("Hi Sam. The keypad at the gate won't take my code, I've been standing here in the rain "
              "for 20 minutes. Not impressed."),
            A("I'm very sorry you've been left standing out in the rain. Let me fix that straight away: "
              "could you confirm your unit number?"),
            C("B114"),
            A("Thank you. I've reset your code; please try 4819 followed by the hash key."),
            C("ok that worked. Why did it stop working in the first place? And while I have you, can I "
              "move to a bigger unit next month, like a 50 sq ft one?"),
            A("Glad you're in! The gate codes were changed for everyone on Monday when the new keypad "
              "was fitted, and yours wasn't carried over. I'm sorry about that, it shouldn't have "
              "happened. Is there anything else I can help you with?"),
            C("no thats it"),
            A("Thanks for your patience today, and you can message us here any time if the gate gives "
              "you trouble again. Goodbye!"),
        ]),
        "expect": ["R-TALK-9"],
        "note": "Self-storage: gate code rejected in the rain. Complaint -> apology + fix (clean). The "
                "customer then asks two questions: why it stopped (answered, our fault owned) and whether "
                "they can move to a bigger unit next month, which is never addressed -> R-TALK-9. Closing "
                "complete over the last two agent turns.",
    },
    # t05 clean: taxi, phone, transfer to accounts
    {
        "transcript": tr("phone", "Tom", [
            E("ring", "system", time="2025-03-05T08:10:00Z"),
            E("ring", "system", time="2025-03-05T08:10:05Z"),
            E("answer", "agent", time="2025-03-05T08:10:09Z"),
            A("Northwind Support taxi bookings, Tom speaking. How can I help you?"),
            C("Hi, I booked a cab for five this morning to get to the airport and nobody turned up. I "
              "had to flag down a taxi on the street and nearly missed my flight. And now I see you've "
              "charged my card for it anyway."),
            A("I'm really sorry, that's an awful start to a trip. I'll make sure you don't pay for a car "
              "that never came. Could I have the booking reference?"),
            C("It's NW-58213."),
            A("Thank you. I can see the booking, and it was never passed to a driver, so no car was "
              "sent; that's our mistake. Refunds are done by our accounts team, so may I put you "
              "through to them? I'll explain everything so you don't have to repeat it."),
            C("Yes, fine."),
            A("Thank you, putting you through now."),
            E("transfer", to="accounts"),
            A("Hello, this is Priya in accounts. Tom has told me about this morning's booking. I've "
              "cancelled the forty-six pound charge, and your bank should show the money back within "
              "three to five working days."),
            C("OK. Can you also cover the taxi I had to take instead? It was sixty pounds."),
            A("Yes, we can. If you e-mail a photo of the receipt to accounts@northwind-support.example "
              "with the reference NW-58213, we'll refund the sixty pounds to the same card within a "
              "week of receiving it."),
            C("Brilliant, I'll do that tonight. Thanks."),
            A("You're welcome. Is there anything else I can help with while you're on the line?"),
            C("No, that's all, cheers."),
            A("Thank you for bearing with us today. If there's ever a problem with a booking, do call "
              "us back any time. Have a good trip, goodbye."),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Taxi company: airport car never sent, card charged. Complaint -> apology + 'I'll make "
                "sure you don't pay'; mistake owned; transfer asked politely with a summary promised; "
                "accounts agent refunds; question about the replacement taxi answered with how to claim; "
                "closing over the last two turns after the transfer. 2 rings.",
    },
    # t06 violating: small firm IT helpdesk, hold without permission and without thanks
    {
        "transcript": tr("phone", "Daniel", [
            E("ring", "system", time="2025-03-06T09:02:00Z"),
            E("answer", "agent", time="2025-03-06T09:02:03Z"),
            A("Good morning, Northwind Support IT helpdesk, Daniel speaking. What can I do for you?"),
            C("Morning. Outlook on my laptop hasn't synced since yesterday, I've missed two client "
              "e-mails already. This is really costing us."),
            A("I'm sorry, that's the last thing you need this morning. Let's get it working now: can you "
              "read me the name on the sticker under the laptop?"),
            C("It says NW-LT-042."),
            A("OK, let me look at the mailbox settings for that machine."),
            E("hold"),
            E("resume"),
            A("Right. Your password was changed yesterday, but Outlook still has the old one saved. If "
              "you close Outlook and open it again, it will ask you for the new password."),
            C("Done... yes, it's pulling everything in now. Will the two client e-mails show up too?"),
            A("Yes, everything sent to you since yesterday is kept on the mail server, so those two "
              "will appear in your inbox as it catches up."),
            C("Great. Do I need to do the same on my phone?"),
            A("Only if your phone asks for the password; then enter the new one there too. Otherwise "
              "there's nothing to do. Is there anything else I can help with?"),
            C("No, that's all, thanks Daniel."),
            A("Thanks for calling, Mr Ahmed. If it stops syncing again, just ring the helpdesk any time. "
              "Bye."),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-10"],
        "note": "Small firm's IT helpdesk: e-mail not syncing. Complaint -> apology + action (clean). The "
                "agent then puts the caller on hold with only 'let me look at the mailbox settings' "
                "(reason, but no permission asked) and after the resume goes straight to the answer with "
                "no thanks for waiting -> R-TALK-10. Questions answered; full closing.",
    },
    # t07 clean: florist, chat, two complaints
    {
        "transcript": tr("chat", "Grace", [
            A("Hello, this is Grace at the Northwind Support florist desk. How may I help?"),
            C("The anniversary bouquet I ordered for my wife arrived this morning and half the roses "
              "are already drooping. For 65 quid I expected better tbh."),
            A("I'm really sorry, that's disappointing, especially on an anniversary. We'd like to send "
              "a fresh bouquet today at no charge; would delivery between two and four this afternoon "
              "work for you?"),
            C("Yes that works. Can you put in a new card? The first one had her name spelt wrong as "
              "well. Honestly."),
            A("Oh no, I'm sorry about the card as well. Please type the message exactly as you'd like "
              "it, and I'll copy it across myself and check her name before it goes out."),
            C("Happy anniversary Siobhan, 20 years and counting. Love, Mark"),
            A("Thank you, I've added it word for word: 'Happy anniversary Siobhan, 20 years and "
              "counting. Love, Mark'. The driver will text you when the flowers are on their way."),
            C("Great. Should she keep the first lot or will the driver take them away?"),
            A("She can keep them, there's no need to hand anything back. Is there anything else I can "
              "help with today?"),
            C("no that's everything, thanks"),
            A("Thank you, Mark, and happy anniversary to you both. If anything isn't right with the new "
              "bouquet, message us here any time. Goodbye!"),
        ]),
        "expect": [],
        "note": "Florist: wilted anniversary roses, then a misspelt card. Each complaint is followed by an "
                "apology + a way forward (free fresh bouquet with a slot; agent copies the card text "
                "and checks the name). Both questions answered (new card, keep the first bouquet); "
                "closing spread over the last two turns.",
    },
    # t08 violating: travel agency, partner run down, no apology
    {
        "transcript": tr("phone", "Helen", [
            E("ring", "system", time="2025-03-07T14:30:00Z"),
            E("ring", "system", time="2025-03-07T14:30:05Z"),
            E("ring", "system", time="2025-03-07T14:30:10Z"),
            E("answer", "agent", time="2025-03-07T14:30:13Z"),
            A("Good afternoon, Northwind Support travel desk, Helen speaking. How can I help you?"),
            C("Hi, it's Jane Clarke. We booked a week in Crete through you, and yesterday we got an "
              "e-mail saying our hotel's been swapped for a different one, further from the beach. "
              "That's not what we paid for and I'm really not happy."),
            A("I see. That change came from the hotel, not from us; they overbook every summer and then "
              "leave agencies like ours to deal with the fallout. The replacement is the Aegean View, "
              "which is also rated four stars."),
            C("So what are my options? Can I cancel?"),
            A("Yes, you can cancel with a full refund, because a change of hotel counts as a major "
              "change. You can also keep the new hotel and we'll refund the price difference of 180 "
              "pounds, or pick another hotel from our list for the same dates."),
            C("How far is the new one from the beach?"),
            A("About 900 metres, so roughly a twelve-minute walk, and the hotel runs a free shuttle "
              "every half hour."),
            C("OK. Can you e-mail me the list of other hotels? I'll talk to my husband."),
            A("Of course, I'll send it within the hour to the address on the booking. If you let us "
              "know by Friday, we can keep today's prices for you."),
            C("Fine, thanks."),
            A("Is there anything else I can help with today?"),
            C("No."),
            A("Thank you for calling, Mrs Clarke. Ring us back any time once you've decided. Goodbye."),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-6", "R-TALK-12"],
        "note": "Travel agency: hotel swapped. The agent's reply to the complaint justifies ('came from the "
                "hotel, not from us') and runs down the partner hotel ('they overbook every summer and "
                "leave agencies like ours to deal with the fallout') -> R-TALK-6; no apology and no way "
                "forward in that turn (options only after the customer asks) -> R-TALK-12. Questions "
                "answered, full closing, 3 rings (allowed).",
    },
    # t09 clean: cinema, phone, hold done right, customer says goodbye first
    {
        "transcript": tr("phone", "Joe", [
            E("ring", "system", time="2025-03-08T11:45:00Z"),
            E("ring", "system", time="2025-03-08T11:45:05Z"),
            E("answer", "agent", time="2025-03-08T11:45:07Z"),
            A("Hello, Northwind Support cinema bookings, you're speaking with Joe. How can I help today?"),
            C("Hi Joe. I booked four tickets for Saturday's seven o'clock showing online and my card's "
              "been charged twice. Ninety-six pounds instead of forty-eight, that's not a small mistake."),
            A("I'm sorry about that, it's worrying to see money taken twice. I'll check it and put it "
              "right for you. Could you give me the e-mail address you booked with?"),
            C("It's amira.k@example.com."),
            A("Thank you. May I put you on hold for a moment while I look at the payments on that "
              "booking?"),
            C("Sure."),
            E("hold"),
            E("resume"),
            A("Thank you for waiting. The second payment was a duplicate from our booking page, so I've "
              "refunded the forty-eight pounds just now. You'll get a confirmation e-mail shortly, and "
              "most banks show the refund within five working days."),
            C("Thanks. Are the tickets still valid, or did the refund cancel them?"),
            A("They're still valid: four seats in row F, numbers 9 to 12. The refund only touched the "
              "extra payment."),
            C("Great. Oh, and is there parking at the cinema?"),
            A("There is, the multi-storey on Station Street is right next door, and with your ticket "
              "it's three pounds for the evening. Is there anything else I can help you with?"),
            C("No, that's it. Thanks so much, Joe, bye!"),
            A("Thank you for calling, and enjoy the film on Saturday. If anything else comes up, you "
              "can always ring us again. Goodbye!"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Cinema: double charge. Complaint -> apology + 'I'll put it right'; hold with permission "
                "and reason, thanks after resume; refund done; both questions (tickets still valid? "
                "parking?) answered; closing over the last two turns after the customer says bye.",
    },
    # t10 violating: printer leasing, closing without 'come back'
    {
        "transcript": tr("chat", "Hannah", [
            A("Hello, Northwind Support printer leasing. I'm Hannah, how can I help you today?"),
            C("Hi. We ordered toner for the office printer on the 3rd and it still hasn't arrived. The "
              "printer's been out of black for a week, it's a joke."),
            A("I'm sorry, a week without printing is far too long. I've booked a replacement cartridge "
              "on our express courier for delivery tomorrow before noon, and I'll e-mail you the "
              "tracking link within the hour."),
            C("ok. what happened to the first one?"),
            A("It went to your old address on Chapel Street, because we hadn't copied your April address "
              "change onto the toner orders; that was our error. I've corrected it, so all future "
              "deliveries will come to Kingsway."),
            C("Right. Can we get toner sent automatically when it's running low?"),
            A("Yes, your printer model can report its toner level to us. I've switched that on, so a new "
              "cartridge will be sent when it drops below 15 percent."),
            C("great, thanks for sorting it"),
            A("You're welcome. Is there anything else I can help you with today?"),
            C("nope that's all"),
            A("Thanks for your patience, and have a good afternoon. Goodbye!"),
        ]),
        "expect": ["R-TALK-2"],
        "note": "Printer leasing: toner a week late. Complaint -> apology + express replacement (clean); "
                "cause owned; both questions answered. The closing asks 'anything else?', thanks and says "
                "goodbye, but never says they can come back or get in touch again -> R-TALK-2.",
    },
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set, position whole) ----------------
    {
        "customer": "Hello, I collected my new hearing aids last week. Do they come with a charger, or "
                    "do I need to buy one separately? And how long should a full charge last? My "
                    "daughter usually helps me with these things, so could she ring you instead of me "
                    "next time?",
        "channel": "email",
        "text": "Dear Mr Lowe,\n\nThank you for getting in touch. Of course your daughter is welcome to "
                "call us on your behalf; we'll just ask you to confirm her name once, at your next "
                "visit or by phone. The charger is the small white case that came in the box, so "
                "there's nothing extra to buy. A full charge takes about three hours and should last a "
                "normal day, or a little less if you stream phone calls through the aids.\n\n"
                "Kind regards,\nNadia\nNorthwind Support, hearing care",
        "expect": [],
        "note": "Hearing-aid shop. Three questions (charger included? how long a charge lasts? can the "
                "daughter call?) all answered, in a different order; 'nothing extra to buy' answers the "
                "charger question implicitly.",
    },
    {
        "customer": "hi how much is a new battery for an iphone 12 and how long does it take? do i need "
                    "to book or can i just walk in",
        "channel": "chat",
        "text": "Hello! A battery replacement for the iPhone 12 is £69, and that includes a 12-month "
                "warranty on the new battery. The repair usually takes about 45 minutes, so most "
                "people pop out for a coffee and collect the phone on the same visit. We'll also give "
                "the phone a check for any other faults while it's open.",
        "expect": ["R-TALK-9"],
        "note": "Phone-repair shop. Price and duration answered at length; 'do I need to book or can I "
                "just walk in' is never addressed -> R-TALK-9.",
    },
    {
        "customer": "Hi, booking ref TRV-2291. I'd like to know whether the airport transfer is included "
                    "in our Lisbon package, because the confirmation doesn't mention it. Also, what time "
                    "can we check in at the hotel? Our flight lands at 9 in the morning.",
        "channel": "email",
        "text": "Dear Ms Ortega,\n\nThank you for your e-mail. A driver from our local partner will meet "
                "you in the arrivals hall with a sign showing your name; the transfer is part of your "
                "package, so there is nothing extra to pay. Check-in at the Hotel Almada is from 2 pm. "
                "I've asked the hotel whether your room could be ready earlier, and they store luggage "
                "for guests who arrive early, so you can start exploring straight away.\n\n"
                "Kind regards,\nTomás\nNorthwind Support, travel desk",
        "expect": [],
        "note": "Travel agency. Embedded question (whether the transfer is included) answered by "
                "describing the driver and 'part of your package'; check-in time answered. Partner "
                "named neutrally.",
    },
    {
        "customer": "Hi there, we're getting married at your venue on 14 September. If we bring our own "
                    "wine, is there a corkage fee? And what time do we need to be out of the hall by at "
                    "the end of the night?",
        "channel": "email",
        "text": "Dear Ms Fraser,\n\nThank you for your message, and congratulations again! You're very "
                "welcome to bring your own wine; many couples do, and our bar team will chill it, open "
                "it and serve it at the tables just as they would with ours. We only ask that it's "
                "delivered to the venue by the Friday before, labelled with your names. The hall needs "
                "to be cleared by midnight, and taxis can wait in the front car park from 11.30.\n\n"
                "Kind regards,\nFiona\nNorthwind Support, events",
        "expect": ["R-TALK-9"],
        "note": "Wedding venue. The corkage-fee question gets a long answer about bringing wine that "
                "never says whether there is a fee or how much -> R-TALK-9. The leaving time is "
                "answered.",
    },
    {
        "customer": "We've got 40 people coming to the office lunch on Thursday. Can you do gluten free "
                    "for six of them? and is it possible to deliver before 12 because the meeting starts "
                    "at 12:15",
        "channel": "chat",
        "text": "Thanks for letting us know. We'll prepare six gluten-free lunches, packed and labelled "
                "separately so they don't get mixed up with the rest. I've moved your delivery to "
                "11.15, which gives you time to set up before the meeting, and the driver will call "
                "reception on arrival.",
        "expect": [],
        "note": "Catering. Both yes/no questions answered implicitly by action: six gluten-free lunches "
                "will be prepared; delivery moved to 11.15.",
    },
    {
        "customer": "My son's swimming lessons were cancelled twice this month with no warning. Are we "
                    "getting a refund for those two sessions? We pay for the whole term up front.",
        "channel": "email",
        "text": "Dear Mr Kowalski,\n\nThank you for writing to us, and I'm very sorry about the two "
                "cancelled lessons. I know how frustrating it is to arrive at the pool with a child "
                "ready to swim and then find the class isn't running. Both sessions were called off "
                "because the instructor was ill and we couldn't find cover at short notice. We're "
                "taking on two more instructors this month so that cover is easier to arrange.\n\n"
                "Kind regards,\nRuth\nNorthwind Support, swimming lessons",
        "expect": ["R-TALK-9"],
        "note": "Swimming pool. The only question (refund for the two sessions?) is met with an apology, "
                "sympathy and the cause, but never answered -> R-TALK-9. The cause is explained "
                "without blaming anyone.",
    },
    {
        "customer": "Hi, I interviewed for the warehouse supervisor role last Tuesday. When will I hear "
                    "back? and who should I contact if I have questions about the shift pattern",
        "channel": "email",
        "text": "Dear Mr Adeyemi,\n\nThank you for your message, and for coming in last Tuesday. The "
                "client hasn't made a decision yet, as they are seeing the last two candidates this "
                "week. I'll contact you by Friday 21 March either way, even if they still need more "
                "time. For anything about the shift pattern I'm your contact: ring me on 0161 496 0734 "
                "or simply reply to this e-mail.\n\nKind regards,\nChloe Martin\n"
                "Northwind Support, recruitment",
        "expect": [],
        "note": "Recruitment agency. 'When will I hear back?' gets an honest 'not decided yet' with a "
                "dated follow-up of the agent's own; the contact question is answered with a phone "
                "number and e-mail.",
    },
    {
        "customer": "What are your opening hours at the weekend? And can I get a van up to the unit, is "
                    "there a loading bay or will I have to carry everything through the building?",
        "channel": "web_form",
        "text": "Hello, and thanks for your question. At the weekend we're open from 8 am to 6 pm on "
                "Saturdays and from 9 am to 4 pm on Sundays. Your gate code works at any time during "
                "those hours. Staff are on site on Saturday mornings if you'd "
                "like help choosing boxes or padlocks.",
        "expect": ["R-TALK-9"],
        "note": "Self-storage. Weekend hours answered; the van / loading bay question is ignored -> "
                "R-TALK-9.",
    },
    {
        "customer": "hi just wondering if the 3d glasses are included in the ticket price or extra, and "
                    "whether you still do the student discount on weekends",
        "channel": "social",
        "text": "Hi, thanks for getting in touch! The glasses are handed out at the screen door and are "
                "yours to keep, and the price on the booking page already includes them. Student "
                "tickets are £6.50 every day of the week, weekends included; just show your student "
                "card at the door.",
        "expect": [],
        "note": "Cinema, public reply. Two embedded questions without '?' (glasses included? student "
                "discount at weekends?) both answered.",
    },
    {
        "customer": "Can you tell me the deadline for getting my paperwork to you for this year's tax "
                    "return? Also, do you need my original P60 or is a scan OK?",
        "channel": "email",
        "text": "Dear Mrs Whitaker,\n\nThank you for your e-mail. To file your return on time, we need "
                "all your paperwork by 15 December, which gives our advisers time to prepare it and "
                "send it to you for approval. Your P60 is the summary of your pay and tax for the year, "
                "which your employer gives you after April. The one we need is for the year ending "
                "5 April 2025.\n\nKind regards,\nMichael\nNorthwind Support, tax advice",
        "expect": ["R-TALK-9"],
        "note": "Tax-advice office. The deadline is answered; the P60 question (original or scan?) gets "
                "talk about what a P60 is and which year, but not whether a scan is acceptable -> "
                "R-TALK-9.",
    },
    {
        "customer": "The printer on the ground floor is showing error E-07 again, can someone come and "
                    "look at it this week? Oh and the one on the second floor, is that on the same "
                    "contract or a separate one?",
        "channel": "email",
        "text": "Hello Mr Patel,\n\nThanks for letting us know. An engineer can come on Wednesday "
                "between 10 and 12 to look at the ground-floor printer; I've booked that in, and you'll "
                "get a text the day before. The second-floor printer is on the same contract, so if it "
                "ever needs a visit, the engineer can look at it at no extra cost.\n\n"
                "Best wishes,\nGeorge\nNorthwind Support, printer leasing",
        "expect": [],
        "note": "Printer leasing. Request phrased as a question (visit this week?) answered with a "
                "booked slot; the follow-up question referring back ('the one on the second floor') "
                "answered.",
    },
    {
        "customer": "I left my umbrella in one of your cabs this morning, around 8, from Park Road to the "
                    "station. Has anyone handed it in? if so where do I collect it",
        "channel": "chat",
        "text": "Hello, and sorry to hear you've lost your umbrella. Drivers hand in anything left in "
                "their cars at the end of each shift, and we keep lost items for 30 days. You can "
                "collect from our office at 14 Mill Lane, Monday to Saturday, 9 am to 5 pm; please "
                "bring some ID.",
        "expect": ["R-TALK-9"],
        "note": "Taxi company. The conditional 'where do I collect it' is answered, but the main "
                "question, whether this umbrella has been handed in, is not checked or answered -> "
                "R-TALK-9.",
    },

    # ---------------- R-TALK-6 ----------------
    {
        "channel": "email",
        "text": "Dear Mr Hartley,\n\nI'm sorry we missed your window clean on Tuesday. Our van broke "
                "down on the way, and we should have rung you that morning to let you know; that's our "
                "mistake, not anything on your side. We'll come on Friday between 9 and 11 instead, and "
                "this month's clean is free of charge.\n\nKind regards,\nSteve\n"
                "Northwind Support, window cleaning",
        "expect": [],
        "note": "Window cleaning. Cause explained without blame, own mistake owned, negated blame ('not "
                "anything on your side'), new slot offered.",
    },
    {
        "channel": "email",
        "text": "Hello Mrs Grant,\n\nThanks for your patience with the curtains. The delay came from the "
                "measurements given on your order form, which turned out to be four centimetres short "
                "of the actual window, so our tailor had to unpick the hems and start again. They're "
                "finished now and ready to collect from Wednesday.\n\nBest wishes,\nAlice\n"
                "Northwind Support, alterations",
        "expect": ["R-TALK-6"],
        "note": "Tailor. Polite on the surface, but the cause explanation puts the delay on the "
                "customer's own measurements -> blame, R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Dear Ms Reid,\n\nThank you for sending the bank statement. Looking at our till record, "
                "the payment taken on 2 May was £210, and I've attached the receipt so you can compare "
                "the two. If your statement shows £240 leaving your account on that date, please send "
                "me a screenshot and I'll look into it with our payments team the same day.\n\n"
                "Kind regards,\nEmma\nNorthwind Support, eye care",
        "expect": [],
        "note": "Optician. The customer said she paid £240; the agent corrects politely with evidence "
                "(the receipt) and offers to investigate if the statement differs. A correction, not "
                "an argument.",
    },
    {
        "channel": "chat",
        "text": "Hi Mr Osei, thanks for getting back to us. Just so you have the full picture, our "
                "intake photos show the crack in the top corner was already there when the phone was "
                "handed in, so it didn't happen during the repair. The new battery is fitted and the "
                "phone is ready to collect whenever suits you.",
        "expect": ["R-TALK-6"],
        "note": "Phone-repair shop. 'Just so you have the full picture' dresses up a flat contradiction "
                "of the customer's claim that the screen was cracked during the repair, with nothing "
                "offered (no look at the photos together, no review) -> R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Dear Ms Lindqvist,\n\nI'm sorry your daughter hurt her wrist, and I hope she's feeling "
                "better. Because the course had already started, we can't refund the remaining three "
                "lessons. We can, however, move them to any week before the end of the season, or turn "
                "them into a credit for next winter. Just let me know which you'd prefer and I'll arrange "
                "it.\n\nKind regards,\nErik\nNorthwind Support, ski school",
        "expect": [],
        "note": "Ski school. A refusal ('we can't refund') that comes with two alternatives and a next "
                "step: clean near miss of a flat refusal.",
    },
    {
        "channel": "email",
        "text": "Dear Mr Brennan,\n\nThank you for your message about Saturday's party. I'm sure you'll "
                "understand that a menu for 80 guests is ordered and prepared several days ahead, so "
                "changing it two days before the event isn't really something any caterer can do. Most "
                "of our clients finalise their menus at least a week in advance for exactly this "
                "reason.\n\nKind regards,\nSophie\nNorthwind Support, catering",
        "expect": ["R-TALK-6"],
        "note": "Catering. 'I'm sure you'll understand' and 'most of our clients finalise ... a week in "
                "advance' lecture the customer, and the change is refused with nothing offered -> "
                "R-TALK-6.",
    },
    {
        "channel": "phone",
        "text": "Hello Mrs Evans, my colleague Ben took your order for the wreath on Monday and he's off "
                "today, so I've picked it up. I've checked his notes: white lilies and roses, with the "
                "ribbon reading 'Rest in peace, Grandad', delivered to Hollins Funeral Home by 10 am on "
                "Friday. Everything is in hand, and I'll text you once it has been delivered.",
        "expect": [],
        "note": "Florist, phone. A colleague is named neutrally (he's off, his notes checked); nothing "
                "negative said about him.",
    },
    {
        "channel": "email",
        "text": "Dear Mr Price,\n\nThank you for letting us know the mice are back. To be honest, the "
                "technician who came in January is quite new and doesn't always work as thoroughly as "
                "our more experienced staff, which is probably why the problem returned. I've booked "
                "our senior technician, Mark, for Thursday morning, and there will be no charge for the "
                "visit.\n\nKind regards,\nJanet\nNorthwind Support, pest control",
        "expect": ["R-TALK-6"],
        "note": "Pest control. Helpful reply, but it runs down a colleague ('quite new and doesn't always "
                "work as thoroughly') -> R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Dear Ms Doherty,\n\nThank you for writing to us. You described the driver on Saturday "
                "night as 'rude and careless', and I'm very sorry the journey left you feeling that "
                "way. I've passed your message to our fleet manager, Paul Reed, and asked him to look "
                "at the trip record and ring you by Thursday afternoon.\n\nKind regards,\nAmy\n"
                "Northwind Support, taxi bookings",
        "expect": [],
        "note": "Taxi company. The agent quotes the customer's words about the driver ('rude and "
                "careless'); that is not the agent speaking badly of a colleague. Apology and a next "
                "step.",
    },
    {
        "channel": "email",
        "text": "Hello Mr Novak,\n\nThank you for your request. Under our house rules, guests are not "
                "permitted on the quiet floor at any time, and no exceptions can be made for individual "
                "members.\n\nKind regards,\nLeah\nNorthwind Support, coworking",
        "expect": ["R-TALK-6"],
        "note": "Coworking space. A refusal worded as policy ('no exceptions can be made') with nothing "
                "offered (no meeting room, no guest area) -> flat refusal, R-TALK-6.",
    },
    {
        "channel": "email",
        "text": "Dear Mr Ferreira,\n\nThank you for your message. We don't give out our advisers' "
                "personal mobile numbers, but you can reach Mrs Okafor directly on her office line, 020 "
                "7946 0321, from Monday to Thursday between 9 and 5, or at "
                "j.okafor@northwind-support.example. If she's with a client, leave a message and she "
                "usually returns calls the same day.\n\nKind regards,\nDavid\n"
                "Northwind Support, tax advice",
        "expect": [],
        "note": "Tax-advice office. A personal mobile number is refused, but direct contact details are "
                "given instead: near miss of refusing contact details.",
    },
    {
        "channel": "email",
        "text": "Hello Mrs Shaw,\n\nThank you for your message. I'm afraid I'm not able to give out my "
                "supervisor's name or any direct contact details for her. I have noted your comments "
                "about the installation on your account.\n\nKind regards,\nKieran\n"
                "Northwind Support, satellite TV",
        "expect": ["R-TALK-6"],
        "note": "Satellite TV. The customer asked who the supervisor is and how to reach her; the agent "
                "refuses both name and contact details and offers no other route (no callback, no "
                "complaints address) -> refusing contact details, R-TALK-6.",
    },

    # ---------------- R-LETTER-1 (channel letter) ----------------
    {
        "channel": "letter",
        "text": "Dear Mr Harris,\n\nUnit C27, Eastgate storage centre\n\nFollowing the end of your rental "
                "on 30 June, we inspected the unit and found it clean and empty. Your deposit of £120 "
                "was therefore returned in full to the card you paid with on 4 July.\n\nYou do not need "
                "to do anything further: the refund will appear on your statement without any action "
                "from you, and your account is now closed.\n\nThank you for storing with us.\n\n"
                "Yours sincerely,\n\nRebecca Lane\nCustomer Service Manager\nNorthwind Support",
        "expect": [],
        "note": "Self-storage: deposit returned. Says that nothing is needed and why (refund already "
                "made, account closed).",
    },
    {
        "channel": "letter",
        "text": "Dear Mr and Mrs Ahmed,\n\nYour booking of the Orangery, Saturday 6 June\n\nWe are "
                "writing to let you know that the Orangery will be closed for roof repairs from 1 May "
                "to 30 June. As a result, your booking for Saturday 6 June has been cancelled.\n\nWe "
                "sincerely apologise for the disappointment this will cause, particularly at such an "
                "important time.\n\nYours sincerely,\n\nCatherine Moss\nEvents Manager\n"
                "Northwind Support",
        "expect": ["R-LETTER-1"],
        "note": "Event venue: wedding booking cancelled. Apologises, but says nothing about what happens "
                "next or what the couple should do (refund, another room or date, whom to contact) -> "
                "R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Dear Ms Kaur,\n\nYour 2024 to 2025 tax return\n\nThank you for sending your paperwork. "
                "To complete your return, we still need the annual statement from your savings account "
                "with Lakeside Bank, showing the interest paid between 6 April 2024 and 5 April 2025.\n\n"
                "Please send us a copy by 10 January, by e-mail to documents@northwind-support.example "
                "or by post to the address above, so that we can file before the 31 January deadline. "
                "If the bank has not sent you a statement, let us know and we will explain how to "
                "request one.\n\nYours sincerely,\n\nGareth Evans\nTax Adviser\nNorthwind Support",
        "expect": [],
        "note": "Tax-advice office: a document is missing. States what to send, by when and how, and what "
                "to do if the customer does not have it.",
    },
    {
        "channel": "letter",
        "text": "Dear Ms Barker,\n\nAgreement NWL-4410: quarterly service charge\n\nFrom 1 October, the "
                "quarterly service charge for the two printers under your agreement will rise from £84 "
                "to £96, following an increase in the cost of parts and engineer visits. The price per "
                "printed page is unchanged.\n\nThis is the first change to the charge since your "
                "agreement began in 2021.\n\nYours sincerely,\n\nOwen Price\nAccounts\n"
                "Northwind Support",
        "expect": ["R-LETTER-1"],
        "note": "Printer leasing: fee changed. States the new charge and the reason, but not whether the "
                "customer needs to do anything (nothing, or object/cancel by a date) -> R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Dear Mr Moore,\n\nThe end of your satellite TV contract\n\nAs you requested, your "
                "satellite TV contract ended on 31 August, and no further payments will be taken.\n\n"
                "The receiver box belongs to us, so please return it by 30 September in the prepaid bag "
                "enclosed. Put the box, its remote and the power cable in the bag, seal it and hand it "
                "in at any post office. The dish on your wall can stay where it is; nobody needs to "
                "come and remove it.\n\nYours sincerely,\n\nLaura Finch\nCustomer Service\n"
                "Northwind Support",
        "expect": [],
        "note": "Satellite TV: contract ended. Next step stated as an enclosure to return: what, by when "
                "and how; also says what is not needed (the dish).",
    },
    {
        "channel": "letter",
        "text": "Dear Mrs Patel,\n\nAdult beginners' swimming course\n\nBecause the main pool will be "
                "closed for new tiles in January, the start of the adult beginners' course has been "
                "moved from Monday 6 January to Monday 3 February. Lessons will still take place on "
                "Monday evenings from 7 to 8 pm, and the course will still run for ten weeks.\n\nWe "
                "are sorry for the change to your plans.\n\nYours sincerely,\n\nMartin Hale\n"
                "Leisure Centre Manager\nNorthwind Support",
        "expect": ["R-LETTER-1"],
        "note": "Swimming pool: course date moved. The fact is clear, but the letter neither says that "
                "nothing is needed nor what to do if the new date does not suit -> R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Dear Ms Green,\n\nYour application for the office manager position\n\nThank you for "
                "attending the interview on 12 March. After careful consideration, our client has "
                "decided to offer the position to another candidate.\n\nWe would like to keep your "
                "details on file for similar roles. If you are happy with this, you do not need to do "
                "anything. If you would prefer us to delete your details, please reply to this letter "
                "or e-mail privacy@northwind-support.example by 30 April.\n\nYours sincerely,\n\n"
                "Helen Ward\nRecruitment Consultant\nNorthwind Support",
        "expect": [],
        "note": "Recruitment agency: application not successful. Next step stated as a condition: "
                "nothing needed if happy to stay on file, otherwise reply or e-mail by 30 April.",
    },
    {
        "channel": "letter",
        "text": "Dear Mr Lewis,\n\nYour desk membership\n\nAs set out in your notice of 2 April, your "
                "fixed-desk membership at our Harbour Street space ended on 31 May. Your access card "
                "has been deactivated, and desk 14 has been released to the waiting list.\n\nThe items "
                "left in your locker have been boxed up and are being kept at reception.\n\n"
                "Yours sincerely,\n\nNatalie Ross\nCommunity Manager\nNorthwind Support",
        "expect": ["R-LETTER-1"],
        "note": "Coworking space: membership ended, locker contents kept at reception. The letter stops "
                "there: no word on collecting them, by when, or what happens otherwise -> R-LETTER-1.",
    },
    {
        "channel": "letter",
        "text": "Dear Mr and Mrs Thompson,\n\nBooking TRV-7731: change to your return flight\n\nThe "
                "airline has moved your return flight from Malaga on 18 October from 14:35 to 19:10. "
                "Your outbound flight and your hotel are not affected.\n\nIf the new time suits you, "
                "there is nothing you need to do, as your tickets remain valid. If it does not, please "
                "call us on 0800 046 2210 by 30 September, and we can move you to another flight that "
                "day or cancel with a full refund.\n\nYours sincerely,\n\nSimon Archer\n"
                "Travel Consultant\nNorthwind Support",
        "expect": [],
        "note": "Travel agency: flight time moved. Next step as a condition: nothing needed if it suits "
                "(and why), otherwise a phone number and a date.",
    },
    {
        "channel": "letter",
        "text": "Dear Mr Fletcher,\n\nYour left hearing aid\n\nThe manufacturer has now repaired the left "
                "hearing aid you returned on 3 February. The repair was covered by the two-year "
                "warranty, so there is no cost to you.\n\nThe hearing aid arrived back at our Church "
                "Street branch on 18 February.\n\nYours sincerely,\n\nPriya Shah\nAudiology Services\n"
                "Northwind Support",
        "expect": ["R-LETTER-1"],
        "note": "Hearing-aid shop: repair done under warranty. The letter says where the aid is but not "
                "that he should collect it, when, or whether it can be posted -> R-LETTER-1.",
    },

    # ---------------- R-TALK-2 (position closing) ----------------
    {
        "position": "closing",
        "channel": "phone",
        "text": "So that's Sam booked into the Saturday morning group for the next four weeks, starting "
                "on the 11th. Is there anything else I can help you with today? If not, thank you for "
                "calling, and if you have any questions before the first lesson, just ring us again. "
                "Goodbye!",
        "expect": [],
        "note": "Ski school, phone closing: anything else / thanks / ring us again / goodbye, all four.",
    },
    {
        "position": "closing",
        "channel": "email",
        "text": "Your suit will be ready to collect from Thursday afternoon, and we'll keep it for you "
                "until the end of the month. Thank you for choosing us for the alterations, and if the "
                "fit needs any more adjusting after the rehearsal, you're always welcome to come back "
                "in.\n\nKind regards,\nMaria\nNorthwind Support, alterations",
        "expect": ["R-TALK-2"],
        "note": "Tailor, e-mail closing: thanks, come back, sign-off as goodbye, but never asks whether "
                "anything else is needed -> R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Great, I'm glad the printer is connected again. Is there anything else I can look at "
                "for you while we're chatting? Thanks for your patience this morning, and you can open "
                "a chat with us here whenever something stops working. Have a good day, bye!",
        "expect": [],
        "note": "Small firm's IT helpdesk, chat closing with all four parts.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "So that's the follow-up visit booked for the 22nd, between one and three. Is there "
                "anything else I can help you with today? Alright. If you spot any more activity "
                "before then, don't hesitate to ring us again, any time. Goodbye, Mrs Lowe.",
        "expect": ["R-TALK-2"],
        "note": "Pest control, phone closing: anything else, ring us again, goodbye, but no thanks -> "
                "R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "email",
        "text": "I've added your colleague to the guest list for Monday, and reception will have a day "
                "pass ready for her. Is there anything else you need for the workshop? Thank you for "
                "booking with us again, and if your plans change, you can always get back to us by "
                "replying to this e-mail.\n\nBest regards,\nOscar\nNorthwind Support, coworking",
        "expect": [],
        "note": "Coworking space, e-mail closing: anything else / thanks / get back to us / sign-off as "
                "goodbye.",
    },
    {
        "position": "closing",
        "channel": "chat",
        "text": "Your tickets for Friday have been sent to your e-mail address again. Is there anything "
                "else I can help you with? Thank you for chatting with us, and enjoy the film. Goodbye!",
        "expect": ["R-TALK-2"],
        "note": "Cinema, chat closing: anything else, thanks, goodbye, but nothing about coming back "
                "-> R-TALK-2.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "Right, that's the room upgrade confirmed and the new documents are on their way to your "
                "inbox. Anything else I can do for you before you go? No? Then thank you very much for "
                "calling, Mr Singh, and do call us again any time, even from Portugal. Goodbye, and "
                "have a lovely holiday.",
        "expect": [],
        "note": "Travel agency, phone closing in spoken style ('No? Then ...'): all four parts.",
    },
    {
        "position": "closing",
        "channel": "phone",
        "text": "OK, so the posters will be ready by three tomorrow at the Market Street shop. Is there "
                "anything else I can help with? Thanks very much for your order, Mr Reid, and if you "
                "need anything else printed for the event, you can always give us a call.",
        "expect": ["R-TALK-2"],
        "note": "Print shop, phone closing: anything else, thanks, come back, but no goodbye -> R-TALK-2.",
    },
]
