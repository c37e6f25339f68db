"""dev9 English items (writer A). Blocks alternate clean, violation, clean, violation, ..."""

LANG = "en"

ITEMS = [
    # ---------------- R-TALK-6: 8 clean + 8 violations ----------------
    {
        "text": "The low pressure in your street this morning came from a burst main on Elm Road, "
                "which our crew repaired at 11:40. Our readings show normal pressure since noon. "
                "If your taps are still weak this evening, just reply here and we'll send a technician.",
        "expect": [],
        "channel": "email",
        "note": "Water utility: a cause is explained (burst main) without blaming anyone, with an offer. "
                "Near miss for R-TALK-6 (cause stated, no blame).",
    },
    {
        "text": "Had the police report number been included on the form, your claim would already have "
                "been settled. Claims are only assessed once every mandatory field has been completed.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Insurer: implied blame of the customer (counterfactual 'had it been included') plus a "
                "bureaucratic rule and no next step or help offered.",
    },
    {
        "text": "You're right, and I'm sorry: the second charge of £42.10 was our error, because the "
                "payment terminal sent the transaction twice. I've reversed it today. It normally shows "
                "on your statement within three working days.",
        "expect": [],
        "channel": "chat",
        "note": "Bank card line: the company's own mistake is owned and fixed. Near miss: 'error' and a "
                "cause, but nobody blamed except ourselves.",
    },
    {
        "text": "That's not correct. The 07:15 to York was not cancelled; it left on time from platform 2. "
                "You must have been waiting on the wrong platform.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Train operator: contradicts the customer flatly and blames them ('you must have been "
                "waiting on the wrong platform').",
    },
    {
        "text": "Dr Patel's list is full until 14 May, so I can't book her before then. I can offer you "
                "Dr Okafor on Thursday at 9:20 instead. Or, if you'd rather wait for Dr Patel, I can put "
                "you on her cancellation list and we'll call you if a slot opens.",
        "expect": [],
        "channel": "phone",
        "note": "Clinic appointment desk: a refusal ('can't book her before then') that comes with two "
                "alternatives. Near miss for a flat refusal.",
    },
    {
        "text": "Residents' parking permits are not issued retroactively. The penalty notice therefore "
                "stands, and this decision is final.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "City public-service desk: flat bureaucratic refusal with no alternative (no appeal "
                "route, no payment option, nothing offered).",
    },
    {
        "text": "Thank you for sending the details. Just to clarify, the contract you signed in March runs "
                "for 18 months rather than 12, so the early-exit fee does still apply; I've attached the "
                "signed page for reference. If a lower bill is what matters most, I can move you to our "
                "Basic plan today with no fee at all.",
        "expect": [],
        "channel": "email",
        "note": "Internet provider: a polite correction of the customer's belief with the document, and "
                "an alternative offered. Near miss for contradicting / flat refusal.",
    },
    {
        "text": "As clearly stated in our returns policy, items must come back in their original box. "
                "Next time, please read the conditions before you order. I have processed your return "
                "with a reduced refund of £30.",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Web shop returns: lectures the customer ('as clearly stated', 'next time, please read the "
                "conditions') even though the return is processed.",
    },
    {
        "text": "My colleague Sandra from the claims team looked at the photos on Monday, and she would "
                "like two more pictures of the ceiling near the window. Could you send them by replying "
                "to this email? Once they arrive she can finish the assessment, usually within two "
                "working days.",
        "expect": [],
        "channel": "email",
        "note": "Insurer: a colleague named neutrally with a clear request. Near miss for speaking about "
                "colleagues; nothing negative is said.",
    },
    {
        "text": "I'm sorry, but whoever you spoke to yesterday clearly didn't know what they were doing. "
                "Your card was never blocked for fraud; it had simply expired. I've ordered a replacement, "
                "which normally arrives within five working days.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Bank card line: runs down a colleague ('clearly didn't know what they were doing') in "
                "the middle of a helpful reply.",
    },
    {
        "text": "Your parcel was collected by ParcelLink on 3 June and reached our returns centre on 5 June. "
                "The refund of £64.99 was issued this morning. Card refunds usually appear on your "
                "statement within three to five working days.",
        "expect": [],
        "channel": "email",
        "note": "Web shop returns: a delivery partner named neutrally. Near miss for running down a "
                "partner.",
    },
    {
        "text": "Unfortunately the installation is done by Fibrelink, and between us, they're hopeless at "
                "keeping appointments. I've asked them again for a morning visit on Tuesday 12 March and "
                "will confirm it to you by tomorrow evening.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Internet provider: speaks badly of a partner ('they're hopeless at keeping "
                "appointments'), although an action is taken.",
    },
    {
        "text": "You wrote that the driver \"pulled away while I was still at the door\". I'm very sorry; "
                "that should not have happened. I've sent your description, with the time and the stop, "
                "to the depot manager, and I'll write to you by Friday with what they find.",
        "expect": [],
        "channel": "email",
        "note": "Bus operator: the customer's complaint is quoted, with an apology and a dated own "
                "follow-up. Near miss: a staff member's conduct is mentioned, but only in the customer's "
                "words.",
    },
    {
        "text": "I'm afraid we don't give out the name or direct line of the officer handling your "
                "planning application. I can't tell you which team it sits with either.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "City public-service desk: refuses contact details and offers no other way to reach the "
                "officer or follow the application.",
    },
    {
        "text": "None of this is your fault. Your last two bills were based on estimates, and the estimate "
                "came out far too high. If you send us a photo of the meter today, I'll issue a corrected "
                "bill this week.",
        "expect": [],
        "channel": "email",
        "note": "Water utility: negated blame ('None of this is your fault') with a fix. Near miss for "
                "blame.",
    },
    {
        "text": "Honestly, our booking system is a mess and this sort of thing happens here all the time. "
                "I've moved your scan to Wednesday 10 April at 15:00.",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Clinic: speaks badly of the company ('our booking system is a mess', 'happens here all "
                "the time'), although the appointment is rebooked.",
    },

    # ---------------- R-TALK-9: 6 clean + 6 violations ----------------
    {
        "customer": "Hi, my windscreen cracked on the motorway yesterday. Is that covered on my policy "
                    "and do I need to pay the excess?",
        "text": "Windscreen damage is included in your comprehensive cover. A repair has no excess; if the "
                "glass needs replacing, the excess is £95. You can book with GlassFix on 0800 123 4567 "
                "and quote your policy number.",
        "expect": [],
        "channel": "chat",
        "note": "Insurer: both questions (covered? excess?) answered, the first implicitly ('is included').",
    },
    {
        "customer": "My card got swallowed by the cash machine at the station this morning. How do I get "
                    "it back, and can I still use Apple Pay in the meantime?",
        "text": "I'm sorry to hear that. Cards kept by a cash machine are destroyed for security, so I've "
                "ordered a new one to your home address. It normally arrives within five working days.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "note": "Bank card line: 'how do I get it back' is answered (destroyed, new card ordered); the "
                "Apple Pay question is ignored.",
    },
    {
        "customer": "i need to move my appointment on the 14th, is there anything later that week. also "
                    "do i have to bring the referral letter again",
        "text": "Of course. Dr Hughes has Friday the 17th free at 10:40 or at 16:00; just let me know which "
                "suits you. We already have your referral on file, so there's no need to bring it.",
        "expect": [],
        "channel": "chat",
        "note": "Clinic: two questions without '?'; both answered, the yes/no one implicitly ('no need to "
                "bring it').",
    },
    {
        "customer": "My train from Leeds was 70 minutes late on Sunday. Can I claim compensation? And how "
                    "long does that take?",
        "text": "I'm sorry your journey was delayed. For delays of 60 minutes or more you can claim half of "
                "the ticket price through the delay form on our website. Please attach a photo of your "
                "ticket.",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Train operator: 'can I claim' is answered; the follow-up 'how long does that take?' is "
                "left unaddressed.",
    },
    {
        "customer": "I'd like to know whether my bin collection changes in the bank holiday week and if "
                    "so which day it moves to.",
        "text": "Yes, it does. Collections in your area move one day later that week, so your usual Monday "
                "collection will be on Tuesday 27 May.",
        "expect": [],
        "channel": "web_form",
        "note": "City desk: embedded yes/no question and its follow-up; both answered.",
    },
    {
        "customer": "I sent the boots back two weeks ago and still no refund. Did you even receive them? "
                    "When am I getting my money back?",
        "text": "Yes, the boots reached our returns centre on 2 May, and I'm really sorry you haven't heard "
                "from us since. I completely understand how frustrating it is to wait for money you're "
                "owed.",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Web shop returns: 'did you receive them' is answered; 'when' is answered only with "
                "sympathy.",
    },
    {
        "customer": "internet keeps dropping every evening around 8. is it something on your side or my "
                    "router?? can you send someone",
        "text": "Thank you for reporting this. Our tests show no fault on the line to your home, so the "
                "router we supplied is the most likely cause. I've booked an engineer for Wednesday "
                "12 June between 8:00 and 12:00, and he will bring a replacement router.",
        "expect": [],
        "channel": "chat",
        "note": "Internet provider: 'your side or my router' and 'can you send someone' both answered. "
                "Near miss for blame: the router is ours, no blame on the customer.",
    },
    {
        "customer": "We've had brown water from the kitchen tap since Monday. Is it safe to drink? And is "
                    "anyone coming out to look at it?",
        "text": "I'm sorry about the discoloured water. It comes from sediment stirred up by the mains work "
                "on your road, and it is safe to drink. Running the cold tap for a few minutes usually "
                "clears it.",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Water utility: 'is it safe' answered; 'is anyone coming out' gets advice on the same "
                "topic (run the tap) but no answer about a visit.",
    },
    {
        "customer": "Could you tell me why my card payment at the pharmacy was declined? And is my card "
                    "blocked now",
        "text": "Three payments were attempted within a minute, which our fraud checks treat as unusual, "
                "so the last one was stopped. Now that you've confirmed they were yours, the card works "
                "normally again and no block is in place.",
        "expect": [],
        "channel": "phone",
        "note": "Bank card line: 'why' answered (fraud check) and 'is it blocked' answered ('no block'). "
                "The cause is stated without blaming the customer.",
    },
    {
        "customer": "Is the blood test a fasting one, I mean can I have breakfast before? And what time "
                    "does the lab open?",
        "text": "The lab opens at 7:30 on weekdays and you don't need an appointment. Your results will "
                "be sent to you by text within three working days.",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "note": "Clinic: the opening time is answered; the fasting/breakfast question is not, and the "
                "reply talks about results instead.",
    },
    {
        "customer": "Has the assessor decided whether the roof damage is covered? And roughly how much "
                    "will you pay out",
        "text": "The assessor hasn't sent his report yet, so there is no decision on cover or on an amount "
                "so far. He expects to finish it by Thursday 6 June, and I'll call you that afternoon "
                "with both answers.",
        "expect": [],
        "channel": "phone",
        "note": "Insurer: both questions answered honestly with 'not known yet' and a dated follow-up of "
                "the agent's own.",
    },
    {
        "customer": "I left my umbrella on the number 12 bus last night. Has anyone handed it in? If so "
                    "where can I pick it up, and until when do you keep it?",
        "text": "A black umbrella was handed in at the depot yesterday evening, which sounds like yours. "
                "You can collect it from the lost property office at Central Bus Station, Monday to "
                "Saturday from 9:00 to 17:00, with some ID.",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Bus operator: 'handed in?' and 'where?' answered; the follow-up 'until when do you keep "
                "it?' is left unaddressed.",
    },

    # ---------------- R-LETTER-1: 4 clean + 4 violations ----------------
    {
        "text": "Dear Mrs Lawson,\n\nWe have reviewed your claim for the water damage in your kitchen "
                "and accepted it in full. We will pay £2,340 to your nominated account within ten "
                "working days. To have the flooring replaced, please send us the contractor's quote by "
                "30 June, either by post or to claims@northwind-support.co.uk.\n\nYours sincerely,\n\n"
                "Martin Hale\nClaims Department",
        "expect": [],
        "channel": "letter",
        "note": "Insurer, claim decision: states the outcome and the next step for the customer (send the "
                "quote, by when, how).",
    },
    {
        "text": "Dear Mr Okonkwo,\n\nWe are writing to inform you that your debit card ending 4417 was "
                "blocked on 12 March 2025 following several unusual transactions. The card can no longer "
                "be used for payments or cash withdrawals.\n\nYours sincerely,\n\nCard Services",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Bank card line: states that the card is blocked and stops; nothing about what the "
                "customer should do (confirm the transactions, get a new card) or that nothing is needed.",
    },
    {
        "text": "Dear Ms Carter,\n\nYour appointment with Dr Lin on 3 April has been moved to Tuesday "
                "8 April at 11:15, because Dr Lin will be away on the original date. You do not need to "
                "do anything: the new time is already confirmed. If it does not suit you, please call "
                "us on 020 7946 0321 and we will find another slot.\n\nKind regards,\n\nAppointments Desk",
        "expect": [],
        "channel": "letter",
        "note": "Clinic: appointment moved; says nothing is needed and why (already confirmed), plus an "
                "option to change it.",
    },
    {
        "text": "Dear Mr Brennan,\n\nThank you for your application for a residents' parking permit. "
                "Your application cannot be processed at present, as proof of address was not included."
                "\n\nYours sincerely,\n\nParking Services",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "City public-service desk, missing document: states what is missing but not what to send, "
                "how or by when.",
    },
    {
        "text": "Dear Ms Ahmed,\n\nFollowing the cancellation of the 18:05 service on 21 February, we have "
                "refunded £37.60 to the card you used to buy your ticket. You do not need to take any "
                "further action, as the refund was made automatically. It should appear on your "
                "statement within five working days.\n\nYours sincerely,\n\nCustomer Relations",
        "expect": [],
        "channel": "letter",
        "note": "Train operator fare refund: says that nothing is needed and why (refund made "
                "automatically).",
    },
    {
        "text": "Dear Mr Fielding,\n\nWe are writing to let you know that from 1 September 2025 the "
                "monthly price of your Fibre 200 broadband plan will rise from £32.00 to £34.50. This "
                "change reflects increases in our network costs over the past year.\n\nYours sincerely,"
                "\n\nBilling Team",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Internet provider price change: states the new price and the reason but not whether the "
                "customer needs to do anything (nothing, or cancel by a date).",
    },
    {
        "text": "Dear Mrs Novak,\n\nYour residents' parking permit for zone C has been issued and is "
                "enclosed with this letter. It is valid from 1 May 2025 to 30 April 2026. Please display "
                "it on the inside of your windscreen from 1 May; no further registration is needed."
                "\n\nYours sincerely,\n\nParking Services",
        "expect": [],
        "channel": "letter",
        "note": "City desk, permit issued: tells the customer what to do (display it from 1 May) and that "
                "nothing else is needed.",
    },
    {
        "text": "Dear Mr Doyle,\n\nOur records show that your water account has an outstanding balance "
                "of £186.42, covering the bills of January and April 2025. This amount is now overdue."
                "\n\nYours sincerely,\n\nCustomer Accounts",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Water utility arrears: states the debt and that it is overdue, with no step (how to "
                "pay, by when, or whom to contact for a payment plan).",
    },

    # ---------------- R-TALK-2 closings: 4 clean + 4 violations ----------------
    {
        "text": "Is there anything else I can help you with today? Thank you for contacting Northwind "
                "Support, and if anything else comes up, you're welcome to message us again at any time. "
                "Goodbye!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing with all four parts: anything else, thanks, come back, goodbye.",
    },
    {
        "text": "Thanks for your patience while we sorted out the refund. You're welcome to write to us "
                "again whenever you need.\n\nKind regards,\nPriya\n"
                "Northwind Support",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "E-mail closing with thanks, come back and sign-off (goodbye) but no question whether "
                "anything else is needed.",
    },
    {
        "text": "Was there anything else you wanted to ask about your policy? Many thanks for your time "
                "today, Mr Reid. Our line is open until 8 pm every weekday should you need us again. "
                "Goodbye, and take care.",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Insurer phone closing: all four parts, the 'come back' part phrased as opening hours "
                "'should you need us again'.",
    },
    {
        "text": "Is there anything more I can do for you? If the card gives you any trouble, we're here "
                "around the clock, so do get in touch again. Have a lovely evening, goodbye.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Bank card line closing: anything else, come back and goodbye, but no thanks.",
    },
    {
        "text": "Can I help with anything else regarding your journey? Thank you for getting in touch. "
                "You can always reach us here or on 0345 600 7245 if you need anything else.\n\nBest "
                "wishes,\nOwen\nNorthwind Support",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Train operator e-mail closing: all four parts ('Best wishes' sign-off as goodbye).",
    },
    {
        "text": "Is there anything else I can check for you while you're on the line? Thanks very much "
                "for calling about the leak, Mrs Gill. Bye for now.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Water utility closing: anything else, thanks and goodbye, but nothing saying the "
                "customer can come back.",
    },
    {
        "text": "Before you go, is there anything else I can help with? Thank you for choosing Northwind "
                "Support for your return. Should anything else come up, we're always happy to hear from "
                "you. Goodbye and have a nice weekend!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Web shop returns chat closing: all four parts.",
    },
    {
        "text": "Is there anything else you need from us today? Thank you for your patience this "
                "afternoon, and remember that you can contact us again whenever you need to.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Internet provider chat closing: anything else, thanks and come back, but no goodbye.",
    },
]


def _t(channel, agent, turns):
    return {"version": 1, "lang": "en", "channel": channel, "agent": agent,
            "organisation": "Northwind Support", "turns": turns}


A, C = "agent", "customer"

TRANSCRIPTS = [
    {
        "transcript": _t("phone", "Grace", [
            {"event": "ring", "time": "2025-03-10T09:00:00Z"},
            {"event": "ring", "time": "2025-03-10T09:00:05Z"},
            {"event": "answer", "by": "agent", "time": "2025-03-10T09:00:08Z"},
            {"speaker": A, "text": "Good morning, Northwind Support appointments desk, Grace speaking. "
                                   "How can I help you?"},
            {"speaker": C, "text": "I came in for my physio session yesterday and nobody was there. "
                                   "Nobody told me it was cancelled. I took a morning off work for that."},
            {"speaker": A, "text": "I'm very sorry, that should never happen. I can book you the first "
                                   "session tomorrow at 8:00 or Thursday at 17:30, whichever is easier "
                                   "for you."},
            {"speaker": C, "text": "Thursday at half five works. Will it be the same physio?"},
            {"speaker": A, "text": "Yes, it's with Daniel again. I've booked it and you'll get a text "
                                   "confirmation in a few minutes. Is there anything else I can help "
                                   "with?"},
            {"speaker": C, "text": "No, that's all."},
            {"speaker": A, "text": "Thank you for calling, and if anything changes, you can ring us "
                                   "back any time. Goodbye."},
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Clinic desk phone call, 2 rings. Complaint ('nobody told me') -> apology + two concrete "
                "slots. Question about the physio answered. Closing spread over the last two agent "
                "turns, complete. Clean.",
    },
    {
        "transcript": _t("chat", "Leo", [
            {"speaker": A, "text": "Hello, you're chatting with Leo from Northwind Support. How can I "
                                   "help you today?"},
            {"speaker": C, "text": "my broadband has been down since saturday. this is the third time "
                                   "this month and i work from home!!"},
            {"speaker": A, "text": "Let me run a line test now. Could you confirm the postcode of the "
                                   "address, please?"},
            {"speaker": C, "text": "LS6 2QT"},
            {"speaker": A, "text": "Thank you. The test shows a fault at the street cabinet, and an "
                                   "engineer is booked to repair it tomorrow morning. In the meantime "
                                   "I can send you a mobile data stick free of charge by next-day "
                                   "delivery."},
            {"speaker": C, "text": "ok yes send it please"},
            {"speaker": A, "text": "Done, it's on its way to you. Is there anything else I can do for "
                                   "you?"},
            {"speaker": C, "text": "no"},
            {"speaker": A, "text": "Thank you for your patience, and you can message us again whenever "
                                   "you need. Goodbye!"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Internet provider chat. Complaint ('this is the third time this month') -> the next "
                "agent turn offers a way forward (a line test) but no apology: R-TALK-12. Closing "
                "complete.",
    },
    {
        "transcript": _t("chat", "Amira", [
            {"speaker": A, "text": "Hi, this is Amira at Northwind Support. What can I help you with?"},
            {"speaker": C, "text": "I returned a jacket 3 weeks ago, order 558102. Still no refund and "
                                   "nobody answers my emails. You people are useless."},
            {"speaker": A, "text": "I'm sorry you've been left waiting and without a reply. I'm checking "
                                   "order 558102 now and will sort the refund while we're chatting."},
            {"speaker": A, "text": "The jacket arrived at our returns centre on 14 May but the refund "
                                   "was never released. I've issued £79.00 to your card just now."},
            {"speaker": C, "text": "ok good. how long before i see it"},
            {"speaker": A, "text": "Card refunds usually appear within three to five working days. Is "
                                   "there anything else I can help you with?"},
            {"speaker": C, "text": "no thats it"},
            {"speaker": A, "text": "Thank you for your patience, and please come back to us any time "
                                   "if something isn't right. Goodbye!"},
        ]),
        "expect": [],
        "note": "Web shop returns chat. Insult ('you people are useless') -> apology + action (checking "
                "the order, sorting the refund now). 'how long' answered. 'ok good' is relief after the "
                "fix, not a new complaint. Closing complete. Clean.",
    },
    {
        "transcript": _t("phone", "Ben", [
            {"event": "ring"},
            {"event": "answer", "by": "agent"},
            {"speaker": A, "text": "Northwind Support home insurance, Ben speaking, how may I help?"},
            {"speaker": C, "text": "I reported a burst pipe ten days ago and I'm still waiting for the "
                                   "assessor. I've rung four times and every time I'm told someone will "
                                   "call me back. Nobody ever does."},
            {"speaker": A, "text": "Oh dear, I'm so sorry to hear that. That really isn't the service "
                                   "we want you to have."},
            {"speaker": C, "text": "Right. So what happens now?"},
            {"speaker": A, "text": "I've found your claim, and I can book the assessor directly now. "
                                   "He can come this Friday between 10:00 and 12:00. Would that suit "
                                   "you?"},
            {"speaker": C, "text": "Friday's fine."},
            {"speaker": A, "text": "It's booked, and you'll receive a confirmation email today. Is "
                                   "there anything else I can help with?"},
            {"speaker": C, "text": "No."},
            {"speaker": A, "text": "Thank you for calling, Mrs Webb. If anything else comes up, call "
                                   "us any time. Goodbye."},
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Insurer phone call, one ring. Complaint ('nobody ever does') -> the next agent turn "
                "apologises but offers nothing; the offer only comes after the customer asks: "
                "R-TALK-12. The customer's question 'what happens now?' is answered. Closing complete.",
    },
    {
        "transcript": _t("phone", "Nadia", [
            {"event": "ring", "time": "2025-06-02T14:10:00Z"},
            {"event": "answer", "by": "agent", "time": "2025-06-02T14:10:06Z"},
            {"speaker": A, "text": "Good afternoon, Northwind Support water services, Nadia speaking. "
                                   "How can I help?"},
            {"speaker": C, "text": "There's been no water in our street since seven this morning and "
                                   "we weren't told anything. I've got two small kids at home."},
            {"speaker": A, "text": "I'm really sorry, you should have had a warning. There's an "
                                   "emergency repair on Mill Lane; may I put you on hold for a moment "
                                   "while I check when it will be finished?"},
            {"speaker": C, "text": "Go on."},
            {"event": "hold", "by": "agent"},
            {"event": "resume", "by": "agent"},
            {"speaker": A, "text": "Thank you for waiting. The crew expects the supply back by 17:00. "
                                   "Until then, bottled water is being handed out at the Mill Lane "
                                   "community hall, and I can arrange a delivery to your door for the "
                                   "children if you prefer."},
            {"speaker": C, "text": "A delivery would help, yes. Number 14."},
            {"speaker": A, "text": "I've arranged it for 14 Mill Lane within the next two hours. Is "
                                   "there anything else I can do for you?"},
            {"speaker": C, "text": "No, thanks."},
            {"speaker": A, "text": "Thank you for calling, and please ring us again if the water "
                                   "isn't back this evening. Goodbye."},
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Water utility phone call, answered 6 seconds after the first "
                "ring. Complaint ('we weren't told anything') -> apology + way forward (checking "
                "the repair time with a hold). Hold with permission and reason, thanks on resume. "
                "Closing complete. Clean.",
    },
    {
        "transcript": _t("chat", "Owen", [
            {"speaker": A, "text": "Hello, Owen here from Northwind Support card services. How can I "
                                   "help you?"},
            {"speaker": C, "text": "I ordered a replacement card on the 2nd and it still hasn't come. "
                                   "This is ridiculous, I can't pay for anything!"},
            {"speaker": A, "text": "I understand. Replacement cards are sent by standard post, so the "
                                   "delivery time depends on the postal service."},
            {"speaker": C, "text": "That doesn't help me at all."},
            {"speaker": A, "text": "I'm sorry. I can cancel that card and send a new one by tracked "
                                   "courier today, and you can add a virtual card to your phone straight "
                                   "away so you can pay in shops."},
            {"speaker": C, "text": "ok do both"},
            {"speaker": A, "text": "Both are done: the virtual card is ready in your app, and the "
                                   "courier normally delivers the new card in one to two working days. Is "
                                   "there anything else I can help with?"},
            {"speaker": C, "text": "no"},
            {"speaker": A, "text": "Thank you for your patience, and feel free to contact us again any "
                                   "time. Goodbye!"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Bank card line chat. Complaint ('This is ridiculous, I can't pay for anything!') -> "
                "'I understand' plus a justification (standard post), no apology and nothing "
                "offered: R-TALK-12. The second complaint ('doesn't help me at all') is answered "
                "correctly. Closing complete.",
    },
]
