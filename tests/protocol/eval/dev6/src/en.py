"""dev6 items, English (writer A). Northwind Support: energy, broadband and deliveries."""

LANG = "en"


def q(customer, text, expect, note):
    return {"text": text, "expect": expect, "note": note, "customer": customer}


def t(text, expect, note, channel=None):
    d = {"text": text, "expect": expect, "note": note}
    if channel:
        d["channel"] = channel
    return d


def close(text, expect, note, channel=None):
    d = {"text": text, "expect": expect, "note": note, "position": "closing"}
    if channel:
        d["channel"] = channel
    return d


def letter(text, expect, note):
    return {"text": text, "expect": expect, "note": note, "channel": "letter"}


T9 = "R-TALK-9"
T6 = "R-TALK-6"
T2 = "R-TALK-2"
L1 = "R-LETTER-1"

ITEMS = [
    # ---------------- R-TALK-9 (6 violations, 10 clean) ----------------
    q("Hi, my gas bill for March is £184, almost double February. Why is it so high, and can I pay it in two parts?",
      "Thank you for getting in touch. Your March bill is higher because it is based on an actual meter reading after three months of estimates, so it includes the difference for January to March. The reading of 04512 was taken on 28 March.",
      [T9], "Two questions: why so high (answered: actual reading after estimates) and can I pay in two parts (never addressed). One question unaddressed."),
    q("When will the engineer come to fix my boiler? It's been cold for two days",
      "I'm sorry you've been without heating. Our engineer, Tom, is booked for tomorrow, Wednesday 14 May, between 8 am and 12 noon, and we will send you a text message when he sets off.",
      [], "'When?' answered with a date and time window. Clean."),
    q("I'd like to know whether I can move my contract to my new flat, and how much the transfer costs.",
      "Yes, you can take your contract with you when you move. Just send us your new address and moving date, and we will switch the supply over on that day.",
      [T9], "Embedded question 'whether I can move' answered (yes), but 'how much does the transfer cost' is never addressed."),
    q("is there an outage in Leeds LS6 right now my internet has been down since 9",
      "Yes, there is a fault on the line serving LS6 since about 8:45 this morning. Our engineers are on site, and their current estimate for the repair is 2 pm today.",
      [], "Question typed without '?': answered yes, with the cause and an attributed estimate. Clean."),
    q("My refund for order 55817 still hasn't arrived. When will I get it?",
      "I'm sorry for the wait. I have checked order 55817, and the refund is with our payments team. We are working on it and will keep you informed.",
      [T9], "Asked 'when?', told only 'we are working on it': stays on topic but dodges the question."),
    q("Can you send me a paper copy of my last three bills?",
      "I've posted paper copies of your January, February and March bills to 12 Elm Road today, so they should reach you in two or three working days.",
      [], "Request phrased as a question, answered with the action done. Clean."),
    q("How much is the fee for ending my broadband contract early? I'm moving abroad in June.",
      "I'm sorry to hear you're leaving us. To end the contract early, please fill in the cancellation form in your online account and attach proof of your new address abroad. We will then confirm the end date by e-mail.",
      [T9], "Asked 'how much?', told only the procedure: the fee is never stated."),
    q("You received my meter reading on Monday, didn't you?",
      "We did: your reading of 18340 arrived on Monday 5 May at 10:12, and your next bill will use it.",
      [], "Tag question answered 'We did' with detail. Clean."),
    q("Three things: is my direct debit still active, what date does it come out, and can I change the account it's taken from?",
      "Your direct debit is still active, and the payment is collected on the 15th of each month.",
      [T9], "Three questions; active and date answered, changing the bank account never addressed."),
    q("Is the router I got last year still under warranty?",
      "Your router was bought on 3 September last year, and the guarantee runs for two years, so it is covered until 3 September next year.",
      [], "Answered implicitly with different words (guarantee, covered until). Near miss of an unanswered yes/no. Clean."),
    q("I've been on hold for 40 minutes twice this week. Is that really how you treat customers? Anyway, has my complaint about the missed delivery been registered?",
      "I'm very sorry about the long waits this week; that is not the service we want to give you.",
      [T9], "A rhetorical question (needs no answer, apology given) and a real one: whether the complaint was registered, never addressed."),
    q("Will the price of my tariff go up in October?",
      "I don't know that yet, because the October prices have not been set. I will check with our pricing team and call you back by Thursday 18 September with an answer.",
      [], "Honest 'I don't know yet' with a dated follow-up: addresses the question. Clean."),
    q("Do I need to be at home for the meter exchange, and how long does it take?",
      "Yes, someone over 18 needs to be at home, and the exchange takes about 45 minutes.",
      [], "Two questions answered in one sentence. Clean."),
    q("what time does the courier come tomorrow and will they need a signature",
      "A signature is needed, as the parcel contains a phone. The courier, DPD, has given a delivery window of 10:00 to 11:00 tomorrow.",
      [], "Two questions without '?', answered in the reverse order; partner named neutrally. Clean."),
    q("Seriously, how hard can it be to spell my name right? Please can you correct it to Siobhan O'Neill on my account?",
      "I'm sorry about that. I've corrected the name on your account to Siobhan O'Neill, and your next bill will show it that way.",
      [], "Rhetorical question needs no answer; the real request is done. Clean."),
    q("Hi there, can I still return the kettle? I bought it 20 days ago",
      "Yes, you can: returns are accepted for 30 days, so you have until 14 June. Please use the prepaid label in your order confirmation e-mail.",
      [], "Yes/no answered 'Yes' with the deadline and how. Clean."),

    # ---------------- R-TALK-6 (6 violations, 10 clean) ----------------
    t("Your reading was booked to the wrong meter because you gave us the number of your old meter. I've now entered the correct one, and a corrected bill will follow within five working days.",
      [T6], "Plain blame without stock phrases ('because you gave us the number of your old meter'), even though the agent fixes it."),
    t("We made a mistake: your reading was entered on the wrong meter. I've corrected it, and you will receive a new bill with the lower amount by 20 May.",
      [], "Near miss of blame: the company owns its own mistake. Clean."),
    t("As I already told you on Tuesday, the refund goes back to the card you paid with. You should have checked your card statement before writing again.",
      [T6], "Lecturing: 'as I already told you', 'you should have checked'."),
    t("As we agreed on the phone this morning, I've split the outstanding £240 into three monthly payments of £80, starting on 1 July. The first one will be collected by direct debit.",
      [], "Near miss of 'as I already told you': 'as we agreed on the phone' refers to a shared agreement. Clean."),
    t("Requests to change the payment date are not accepted during the first year of the contract. This decision is final.",
      [T6], "Flat, bureaucratic refusal with nothing offered."),
    t("I can't move the payment date during the first year of the contract, but I can set up a reminder text three days before each payment, or split this month's amount into two payments. Which would suit you better?",
      [], "Near miss of a flat refusal: the refusal comes with two alternatives. Clean."),
    t("I'm sorry about the delay. To be honest, our billing department is a mess at the moment and they lose half the requests they get, but I'll send yours again today.",
      [T6], "Speaking badly of another department, in the middle of an otherwise helpful reply."),
    t("My colleague Priya in our billing team has already looked at your account and removed the late fee. Thank you for your patience while she checked it.",
      [], "Near miss of talk about colleagues: a colleague named neutrally and credited. Clean."),
    t("I'm not able to give out a direct phone number or e-mail address for the complaints team. You'll have to go through the general line like everyone else.",
      [T6], "Refusing contact details, with nothing offered and a dismissive jab."),
    t("Your payment arrived two days after the due date, so the reminder went out automatically. I've cancelled the £5 reminder fee, and nothing else is owed on this bill.",
      [], "Near miss of blame: the cause is explained neutrally without pointing at the customer, and the fee is cancelled. Clean."),
    t("No, the delay was not on our side. The application was held up because the form that was sent in had no signature.",
      [T6], "Contradicting the customer and blaming them in the passive voice ('the form that was sent in had no signature')."),
    t("This is not your fault: the delivery address on the courier label was printed incompletely on our side. I've sent a replacement today by express delivery to your full address.",
      [], "Negated blame ('not your fault') and the company owns the error. Clean."),
    t("For safety reasons our engineers can only work on the gas meter, not on the boiler itself. If it helps, I can e-mail you a list of registered heating engineers in your area today.",
      [], "A rule stated politely, with help offered. Near miss of a flat refusal. Clean."),
    t("Could you please check the number printed on the front of your meter and send it to us? That way we can be sure the reading is booked correctly, and I'll correct the bill as soon as we have it.",
      [], "Asking the customer politely to check something, with the agent's own next step; no blame. Clean."),
    t("I can see why the letter was confusing: the £60 is a credit on your account, not an amount you owe. It will be taken off your next bill automatically, or I can pay it into your bank account instead if you prefer.",
      [], "A misunderstanding corrected kindly, with an option offered. Near miss of contradicting. Clean."),
    t("Our delivery partner, Parcelway, tried to deliver on Monday and left a card. I've asked them to try again on Thursday, and you can also collect the parcel from their depot on Mill Lane.",
      [], "A partner named neutrally, no criticism; alternative offered. Clean."),

    # ---------------- R-TALK-2 closings (5 violations, 8 clean) ----------------
    close("Is there anything else I can help you with today? If anything comes up, just give us a call. Goodbye.",
          [T2], "Phone closing: anything else, come back, goodbye; no thanks.", "phone"),
    close("Is there anything else I can do for you? Thank you for chatting with us, and remember you can message us here any time. Have a lovely evening, goodbye.",
          [], "Chat closing with all four parts. Clean.", "chat"),
    close("Thank you for your patience today, Mr Hughes. Is there anything else you'd like me to check? Goodbye.",
          [T2], "Thanks, anything else, goodbye; nothing says the customer can come back.", "phone"),
    close("Can I help with anything else regarding your move? Thank you for your message, and do write to us again whenever you need.\n\nKind regards,\nEmma\nNorthwind Support",
          [], "E-mail closing: anything else, thanks, write again, sign-off as goodbye. Clean.", "email"),
    close("Is there anything else I can do for you today? Thank you for calling Northwind Support, and if you have any other questions, you're welcome to ring us again.",
          [T2], "Anything else, thanks, come back; no goodbye ('thank you for calling' is thanks, not a farewell).", "phone"),
    close("Thank you for calling, Mrs Patel. Before you go, is there anything else you need from us? If not, you can ring us any time on this number. Goodbye, and take care.",
          [], "Phone closing in a different order: thanks first, then anything else, come back, goodbye. Clean.", "phone"),
    close("Thank you for your patience, and please get in touch again whenever you need us.\n\nBest regards,\nDaniel\nNorthwind Support",
          [T2], "E-mail closing with thanks, come back and sign-off, but no question whether anything else is needed.", "email"),
    close("Your new meter appointment is confirmed. Is there anything else I can help you with? Thank you for getting in touch; we're here whenever you need us.\n\nBest wishes,\nSarah",
          [], "E-mail closing with all four parts ('we're here whenever you need us' = come back; sign-off = goodbye). Clean.", "email"),
    close("Anything else I can help with before we finish? If not, you know where to find us if something else comes up. Bye for now.",
          [T2], "Chat closing: anything else, come back, goodbye; no thanks.", "chat"),
    close("Is there anything else, or have we covered everything? Thanks so much for your patience, and goodbye for now; you can reach us here any time.",
          [], "All four parts, goodbye before the come-back line. Clean.", "chat"),
    close("That's all booked for Friday, then. Was there anything else you needed today? Thank you for calling, and don't hesitate to ring back if anything changes. Goodbye.",
          [], "Phone closing with all four parts. Clean.", "phone"),
    close("Is there anything else we can help you with regarding the refund? Thank you for your patience throughout, and please do not hesitate to contact us again at any time.\n\nYours sincerely,\nOliver Grant\nNorthwind Support",
          [], "Formal e-mail closing with all four parts. Clean.", "email"),
    close("Anything else I can help with? Thanks for chatting, and message us again any time. Goodbye!",
          [], "Short chat closing with all four parts. Clean.", "chat"),

    # ---------------- R-LETTER-1 (4 violations, 7 clean) ----------------
    letter("Dear Mr Clarke,\n\nOur records show that your account 40021387 has an outstanding balance of £212.40 from your February and March bills. This amount was due on 31 March.\n\nYours sincerely,\nHelen Ward\nNorthwind Support",
           [L1], "Arrears letter that states the balance and due date and stops: no step, no 'nothing needed'."),
    letter("Dear Mr Clarke,\n\nYour account 40021387 shows an unpaid balance of £212.40 from your February and March bills. Please pay this amount by 30 April, by bank transfer or in your online account. If that is difficult at the moment, call us on 0800 123 4567 and we will agree a payment plan with you.\n\nYours sincerely,\nHelen Ward\nNorthwind Support",
           [], "Arrears letter with the step, a deadline, how to pay and where to turn. Clean."),
    letter("Dear Ms Ahmed,\n\nThank you for your application for the Warm Home Discount. We have noted that the proof of income mentioned in your application form has not been received.\n\nYours sincerely,\nJames Porter\nNorthwind Support",
           [L1], "Missing-document letter that states the fact only; it never asks her to send the document or says how."),
    letter("Dear Ms Ahmed,\n\nWe have refunded £46.80 for the overcharged standing charge to the card ending 4417. The refund was issued on 2 May and usually appears within five working days. You do not need to do anything, as the amount is returned automatically to the card you paid with.\n\nYours sincerely,\nJames Porter\nNorthwind Support",
           [], "Refund letter saying plainly that nothing is needed and why. Clean."),
    letter("Dear Customer,\n\nFrom 1 July 2027 the unit price of your Standard Flex tariff will change from 24.5p to 23.1p per kWh. The standing charge stays the same.\n\nKind regards,\nNorthwind Support",
           [L1], "Tariff-change letter that states the change and stops: neither a step nor 'nothing needed'."),
    letter("Dear Mr Evans,\n\nYour fixed tariff ends on 31 August 2027. You can choose a new fixed tariff in your online account or by calling us before that date. If you do not choose one, your supply simply continues on our Standard Flex tariff, with nothing for you to do.\n\nYours sincerely,\nRachel Lee\nNorthwind Support",
           [], "Renewal letter: 'you can' plus a deadline, and what happens if he does nothing. Clean."),
    letter("Dear Mrs Murphy,\n\nWe are writing to let you know that the smart meter installation booked for 12 June has been moved to 19 June, between 8 am and 12 noon, because the engineer's route for that day has changed.\n\nYours sincerely,\nAnna Brooks\nNorthwind Support",
           [L1], "Moved appointment: the new date is stated, but not whether she must confirm, be at home, or can rebook."),
    letter("Dear Mrs Murphy,\n\nWe are sorry to tell you that the engineer visit on 12 June has been cancelled because of staff illness. We have reserved 19 June, between 8 am and 12 noon, for you instead. If this date suits you, there is nothing you need to do; if not, please call us on 0800 123 4567 by 14 June to choose another day.\n\nYours sincerely,\nAnna Brooks\nNorthwind Support",
           [], "Cancelled appointment with an 'if ... then ...' next step and a deadline. Clean."),
    letter("Dear Mr Okafor,\n\nOur engineer completed the repair to the cable at your property on 3 June, and your connection has worked normally since then. No further action is needed on your part, because the repair was covered by your service agreement and there is nothing to pay.\n\nYours sincerely,\nPeter Shaw\nNorthwind Support",
           [], "Completed repair: says nothing is needed and why. Clean."),
    letter("Dear Ms Lindqvist,\n\nWe have reviewed your complaint of 2 May about the delayed connection. We agree that the work took longer than it should have, and we have credited £30 to your account. If you are not satisfied with this decision, you can refer your complaint to the Energy Ombudsman within six months of the date of this letter.\n\nYours sincerely,\nMark Ellis\nComplaints Manager, Northwind Support",
           [], "Complaint decision with where to turn next and a time limit. Clean."),
    letter("Dear Ms Ahmed,\n\nThank you for your application for the Warm Home Discount. To finish assessing it, we ask you to send us a copy of your latest benefit letter by 15 November. You can upload it in your online account or post it to Northwind Support, PO Box 211, Leeds LS1 4AB.\n\nYours sincerely,\nJames Porter\nNorthwind Support",
           [], "Missing-document letter with 'we ask you to', a deadline and two ways to send it. Clean."),
]


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def tr(channel, agent, turns):
    return {"version": 1, "lang": "en", "channel": channel, "agent": agent,
            "organisation": "Northwind Support", "turns": turns}


TRANSCRIPTS = [
    {"transcript": tr("phone", "Mark", [
        {"event": "ring"}, {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Good morning, Northwind Support, this is Mark speaking. How can I help you?"),
        C("I took a day off work on Tuesday for your engineer and nobody turned up. Nobody even called me!"),
        A("I'm really sorry that nobody came and that you lost a day off for it. I can book the first slot on Monday morning, between 8 and 10, as a priority visit. Shall I do that?"),
        C("Yes, Monday between 8 and 10 works."),
        A("That's booked for Monday between 8 and 10, and you'll get a confirmation text within the hour. Is there anything else I can help you with?"),
        C("No, that's everything."),
        A("Thank you for your patience, Mrs Green. If anything changes, just call us again. Goodbye."),
        {"event": "hangup", "by": "customer"}]),
     "expect": [],
     "note": "Missed engineer visit: complaint answered with an apology and a new slot offered as a question. Closing spread over the last two agent turns (anything else / thanks, come back, goodbye). Two rings. Clean."},
    {"transcript": tr("chat", "Lucy", [
        A("Hello, you're chatting with Lucy from Northwind Support. How can I help?"),
        C("i was charged twice for my april bill, 86 pounds each time. this is the second time this year!!"),
        A("I can see both payments of £86 on 3 April. I've refunded the second one to your card today, and it should show within three to five working days."),
        C("ok. and will it happen again in may?"),
        A("No, the duplicate payment instruction has been removed, so only one payment will be taken on 3 May. Is there anything else I can help with?"),
        C("no thats it"),
        A("Thank you for your patience. Goodbye.")]),
     "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "Double charge: the complaint gets a refund but no apology (R-TALK-12). Closing has anything else, thanks and goodbye but never says the customer can come back (R-TALK-2). The May question is answered."},
    {"transcript": tr("chat", "Raj", [
        A("Good afternoon, Northwind Support, my name is Raj. What can I do for you today?"),
        C("Hi. I need the final bill for my old flat at 22 Park Street before Friday, please. My landlord is asking for it."),
        A("Of course. The final reading of 23410 from 30 April is on your account, so I can issue the final bill right now. Would you like it sent to the e-mail address we have on file?"),
        C("Yes please. Though honestly, I asked for this two weeks ago and nobody got back to me."),
        A("Thank you for telling me, and I'm sorry nobody replied to your first request; the final bill is in your inbox now, and I've closed the old request so you won't receive a second copy."),
        C("Got it, thanks."),
        A("Glad it's arrived. Is there anything else I can help you with? Thanks for your patience, and you can reach us here any time. Goodbye.")]),
     "expect": [],
     "note": "Final bill: a firm first request (not a complaint), then a mild complaint answered with an apology in the middle of the sentence and the bill sent. Complete closing in one turn. Clean."},
    {"transcript": tr("phone", "Helen", [
        {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Northwind Support, good evening, you're speaking to Helen. How may I help?"),
        C("My internet has dropped out five times today. I work from home, this is costing me money!"),
        A("I'm so sorry, that sounds really frustrating, especially when you work from home."),
        C("So what are you going to do about it?"),
        A("I've run a line test, and it shows a fault at the street cabinet. An engineer is booked for tomorrow between 9 and 1 to repair it, and I've added a £10 credit to your account for today."),
        C("All right. Thanks."),
        A("You're welcome. Is there anything else I can help with? Thank you for calling, and do ring us again if the connection drops before the repair. Goodbye."),
        {"event": "hangup", "by": "customer"}]),
     "expect": ["R-TALK-12"],
     "note": "Broadband drop-outs: the agent turn after the complaint apologises but offers nothing (R-TALK-12); the fix only comes after the customer asks. The customer's follow-up question is firm but not a new complaint, so the fix in the next turn needs no apology. Question answered, closing complete."},
    {"transcript": tr("phone", "Tom", [
        {"event": "ring"}, {"event": "ring"}, {"event": "ring"}, {"event": "answer", "by": "agent"},
        A("Good morning, Northwind Support, Tom speaking. How can I help you today?"),
        C("I've been trying to log in to my account for an hour. Your website is useless!"),
        A("Sorry about that, I'll send a new login link right now to the e-mail address on your account. Could you tell me when it arrives?"),
        C("Yes, it's here. Okay, I'm in."),
        A("Great. Is there anything else you need while I'm on the line?"),
        C("No, that was it, thank you."),
        A("Thank you for calling, Mr Davies. If the login gives you any more trouble, just call us back. Goodbye."),
        {"event": "hangup", "by": "customer"}]),
     "expect": [],
     "note": "Login trouble with an insult to the website: short 'Sorry about that, I'll ...' plus immediate action. Three rings (allowed). Closing spread over two turns. Clean."},
    {"transcript": tr("chat", "Grace", [
        A("Hi, this is Grace from Northwind Support. How can I help you?"),
        C("My parcel was supposed to come yesterday and it still isn't here. Where is it?"),
        A("I'm sorry it hasn't arrived yet. The courier's tracking shows it at the Leeds depot after a missed connection; would you like me to arrange delivery for tomorrow, or would you prefer to collect it from the depot today?"),
        C("Tomorrow is fine, I'm at home all day."),
        A("Done, it's booked for tomorrow, and you'll get a tracking link by e-mail. Is there anything else I can help with?"),
        C("No, thanks."),
        A("Thank you for your patience, Ms Byrne, and message us any time if you need anything else. Goodbye.")]),
     "expect": [],
     "note": "Late parcel: apology plus 'where' answered plus a way forward phrased as a question. Closing spread over the last two agent turns. Clean."},
]
