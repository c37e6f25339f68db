"""dev11, English (writer A). Northwind Support running other kinds of service desks:
baggage, event tickets, property management, a veterinary reception, bike sharing, waste
collection, language courses, a service garage, removals, a cinema and theatre box office."""

LANG = "en"
ORG = "Northwind Support"


def rings(n, start="2025-03-11T10:02:00Z"):
    """n ring events five seconds apart, then the agent answers."""
    base = start[:-4]  # "...T10:02" (fixed by the tuner: [:-3] left a double colon)
    out = [{"event": "ring", "time": f"{base}:{5 * i:02d}Z"} for i in range(n)]
    out.append({"event": "answer", "by": "agent", "time": f"{base}:{5 * n - 2:02d}Z"})
    return out


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


HOLD = {"event": "hold", "by": "agent"}
RESUME = {"event": "resume", "by": "agent"}
CUST_HANGUP = {"event": "hangup", "by": "customer"}


def tr(channel, agent, turns):
    return {"version": 1, "lang": "en", "channel": channel, "agent": agent,
            "organisation": ORG, "turns": turns}


TRANSCRIPTS = [
    # t01 clean: lost luggage, phone, hold done right
    {"transcript": tr("phone", "Claire", rings(2, "2025-03-11T10:02:00Z") + [
        A("Good morning, Northwind Support baggage desk, Claire speaking. How can I help you today?"),
        C("Hi, yeah, I flew in from Lisbon last night and my suitcase never came off the belt. "
          "I waited an hour and nobody at the airport could tell me anything, honestly it was a shambles."),
        A("I'm really sorry, that's a miserable way to end a trip. Let's get it found for you. "
          "Do you have the report number they gave you at the airport, or shall I look it up by your name?"),
        C("I've got a reference, it's LIS 40217. Mhm, L I S, four zero two one seven."),
        A("Thank you. One moment, please... right, I can see the report. "
          "It's a dark green hard case with a red strap, is that right?"),
        C("That's the one. So where is it? Do you have any idea?"),
        A("Would you mind if I put you on hold for a minute or two? "
          "I'd like to check where the case was last scanned."),
        C("Go ahead."),
        HOLD, RESUME,
        A("Thanks for holding. Good news: your case was scanned in Lisbon this morning, "
          "and it's booked on the flight that lands here at 14:40 today."),
        C("Okay, that's something. Can you send it to my hotel? I'd rather not go back out to the airport."),
        A("Yes, we deliver it free of charge. Once it lands, our courier aims to have it with you "
          "by 9 this evening, and the driver will ring you an hour before. Which hotel are you staying at?"),
        C("The Harbour View on Quay Street, room 312."),
        A("Got it, Harbour View, Quay Street, room 312. I've added that to the delivery, and you'll get "
          "a text with the driver's number. Is there anything else I can help you with?"),
        C("No, that's it. Thanks, Claire."),
        A("Thank you for calling, and if anything changes or the case doesn't turn up, "
          "you can call us again any time on this number. Goodbye."),
        CUST_HANGUP]),
     "expect": [],
     "note": "Lost luggage call, 2 rings. Complaint ('a shambles') -> apology + action (look up the "
             "report). Hold with permission and reason, thanks after resume, then the answer to "
             "'where is it?'. Hotel delivery answered yes. Closing spread over the last two agent "
             "turns (anything else / thanks / call again any time / goodbye). 'aims to have it with "
             "you by 9' is a sober estimate, not a casual promise. Clean."},

    # t02 violating: concert e-tickets, chat; offer without apology; closing without goodbye
    {"transcript": tr("chat", "Sam", [
        A("Hello, you're chatting with Sam at Northwind Support. How can I help you today?"),
        C("hi, i bought 2 tickets for the Arctic Lights gig on saturday and still havent got them. "
          "the email said 48 hours, its been 4 days. pretty poor tbh"),
        A("Let me look into that for you. Could you give me the order number or the email address you used?"),
        C("order 58812-T, email is j.okafor@mailbox.co.uk"),
        A("Thanks. I can see the order: two standing tickets for Saturday 12 April at the Riverside Hall. "
          "They were sent to j.okafor@mailbox.co.uk on Tuesday, and the message may have landed in a spam "
          "folder. I've sent them again just now."),
        C("found them, they were in junk. will they scan off my phone or do i need to print them?"),
        A("Scanning them from your phone is fine; it helps to turn the screen brightness up at the door. "
          "You'd only need a printout if your phone might run out of battery."),
        C("ok cool. and what time do doors open?"),
        A("Doors open at 7 pm, and the support act starts at 7:45. Is there anything else I can help you with today?"),
        C("no thats all thanks"),
        A("Thanks for getting in touch, and enjoy the concert. If anything else comes up before Saturday, "
          "you can always message us here."),
        CUST_HANGUP]),
     "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "Event tickets chat. The customer complains ('still havent got them... pretty poor'); the "
             "next agent turn offers to look into it but does not apologise (R-TALK-12). Questions "
             "(phone or print? doors?) answered. Closing has anything else, thanks and 'message us "
             "here', but no goodbye ('enjoy the concert' is a wish, not a farewell) (R-TALK-2). "
             "'may have landed in a spam folder' is a neutral cause, not blame."},

    # t03 clean: property manager, chat; two complaints, rent question with dated follow-up
    {"transcript": tr("chat", "Priya", [
        A("Hello, this is Priya from Northwind Support residents' desk. How can I help?"),
        C("Hi. The heating in my flat (14B Elm Court) has been off since Sunday. I reported it on Monday "
          "and nobody has been in touch, we're freezing here with a baby."),
        A("I'm very sorry, that should not have happened, and with a baby at home it's even harder. "
          "I'll book a heating engineer for you now. Are you at home tomorrow morning?"),
        C("Yes, all day. But why did nobody call me back after Monday?"),
        A("Your report came in on Monday, but it was not passed on to the engineers, and that was our "
          "mistake, I apologise. I've now booked Dalton Heating for tomorrow, Thursday, between 8 and 12, and they "
          "will phone you 30 minutes before they arrive."),
        C("ok. in the meantime can we get a heater or something? it's 14 degrees in here"),
        A("Yes, and I'm sorry it's so cold. Our caretaker, Mr Evans, can bring two portable electric "
          "heaters to your door by 5 pm today. Would that help?"),
        C("yes please. and will we get something off the rent for this week? honestly this is not what we pay for"),
        A("I'm sorry, and you're right to raise it. Rent reductions are decided by the lettings manager, "
          "Ms Howard, so I've sent her your request with the dates. She will email you her answer by "
          "Friday 14 March."),
        C("ok thanks"),
        A("You're welcome. Is there anything else I can do for you today?"),
        C("no that's everything"),
        A("Thank you for your patience, and if the engineer or the heaters don't arrive, just message us "
          "here again at any time. Goodbye, and I hope you're warm again soon."),
        CUST_HANGUP]),
     "expect": [],
     "note": "Property manager chat about a broken heating system. Complaints ('freezing here with "
             "a baby', 'it's 14 degrees in here', 'not what we pay for'), each followed by an apology "
             "and an action (engineer booked; heaters; request sent with a dated reply). 'Why did "
             "nobody call?' answered by owning the mistake with an apology. The rent question is answered honestly: the manager decides, reply by 14 March. "
             "Full closing over the last two agent turns. Clean."},

    # t04 violating: vet practice, phone; justification + lecturing instead of apology
    {"transcript": tr("phone", "Megan", rings(3, "2025-03-12T14:20:00Z") + [
        A("Good afternoon, Northwind Support veterinary reception, Megan speaking. How can I help?"),
        C("Hi, yes, it's about my dog Biscuit, he had his teeth cleaned on Tuesday. I was quoted 180 pounds "
          "and the bill came to 315. Nobody rang me before doing extra work, I think that's out of order."),
        A("The quote you signed says the price can go up if the vet finds something during the procedure. "
          "Biscuit had two teeth out, so the extra cost is correct, and it was explained to you when you "
          "collected him."),
        C("Nobody explained anything when I collected him, the nurse just handed me the lead. "
          "Can I at least see what the 135 pounds was for?"),
        A("Yes, I'll email you the itemised bill today. It lists the two extractions, the extra time under "
          "anaesthetic and the pain relief."),
        C("And can I pay the difference in two goes? It's a lot at once."),
        A("Yes, you can split it into two payments, one now and one at the end of next month. "
          "I can set that up now if you like."),
        C("Yes please, do that."),
        A("Done. The first payment of 67 pounds 50 will be taken from the card on your account today, "
          "and the second on 30 April. Is there anything else I can help you with?"),
        C("No."),
        A("Thank you for calling, Mrs Patel. If you have any more questions about the bill, "
          "you can always ring us back. Goodbye."),
        CUST_HANGUP]),
     "expect": ["R-TALK-12", "R-TALK-6"],
     "note": "Vet reception, 3 rings (allowed). The customer complains about an unannounced extra "
             "charge; the agent justifies it, points to the signed quote and contradicts her ('it was "
             "explained to you') with no apology and nothing offered (R-TALK-12, R-TALK-6: arguing and "
             "lecturing). Her second complaint also gets no apology. Both questions (itemised bill, "
             "two payments) are answered and the closing is complete."},

    # t05 clean: bike sharing, phone, hold with permission
    {"transcript": tr("phone", "Daniel", rings(2, "2025-03-13T08:41:00Z") + [
        A("Hello, Northwind Support city bikes helpline, this is Daniel. What can I do for you?"),
        C("Hi. I've been charged 24 pounds for a ride yesterday that should've cost about two. I locked "
          "the bike at the station on Mill Road and it kept charging me all night. That's daylight robbery."),
        A("I'm sorry about that, it's not a charge you should be paying. May I put you on hold for a moment "
          "while I look at the ride record for that bike?"),
        C("Yeah, fine."),
        HOLD, RESUME,
        A("Thank you for waiting. The record shows the dock at Mill Road did not register the lock at 18:12, "
          "so the ride stayed open until 7 this morning. I've refunded the 22 pounds 40 above the normal "
          "fare, and your bank should show it within three to five working days."),
        C("Okay. How do I make sure it's actually locked next time?"),
        A("When the lock clicks shut, the light on the rear mudguard turns green, and the app shows "
          "'Ride ended' within a few seconds. If you don't see that, press the lock lever once more or "
          "call us from the station."),
        C("Right. And is the Mill Road dock broken then? I use it every day."),
        A("It looks like dock number 6 there may be faulty, as we had another report about it last week. "
          "I've asked our maintenance team to check it tomorrow morning, and the other docks at Mill Road "
          "are working normally."),
        C("Okay, great, thanks."),
        A("You're welcome. Is there anything else I can help with today?"),
        C("No, that's all."),
        A("Thanks for calling, and if the refund hasn't shown up by next Friday, just give us a ring "
          "again, any time. Bye now, take care."),
        CUST_HANGUP]),
     "expect": [],
     "note": "Bike-share overcharge call. Complaint ('daylight robbery') -> apology + action, which is "
             "also the hold request (permission and reason); thanks after resume. Cause explained "
             "without blaming the customer (the dock did not register the lock). Three questions "
             "answered (refund shown in the resumed turn, how to check the lock, is the dock broken). "
             "'your bank should show it within three to five working days' is an attributed, hedged "
             "estimate. Closing spread over the last two turns; 'Bye now' is the goodbye. Clean."},

    # t06 violating: waste collection, phone; second-bin question ignored; no "come back"
    {"transcript": tr("phone", "Hannah", rings(1, "2025-03-14T09:15:00Z") + [
        A("Good morning, you're through to Northwind Support waste and recycling, Hannah speaking. "
          "How can I help?"),
        C("Morning. Our green bin's been missed again, that's twice in three weeks now. The lorry went "
          "straight past. It's full of garden waste and it's starting to smell."),
        A("I'm sorry it's been missed twice, that's not good enough. If I can take your address, "
          "I'll arrange a return collection straight away."),
        C("42 Birch Avenue, Halton."),
        A("Thank you. Mhm, yes, I can see both missed collections. I've booked a crew to come back for the "
          "green bin this Thursday, and I've added a note so the driver stops at number 42 on future rounds."),
        C("Okay. Will Thursday be morning or afternoon? And while I've got you, can I get a second green "
          "bin? One's never enough in summer."),
        A("Return collections on Thursday run between 7 am and 3 pm, so if you could leave it out the "
          "night before, that would be ideal."),
        C("Fine."),
        A("Is there anything else I can help you with today?"),
        C("No, that's it."),
        A("Thanks very much for calling, Mr Doyle. Goodbye."),
        CUST_HANGUP]),
     "expect": ["R-TALK-9", "R-TALK-2"],
     "note": "Missed bin collection. The complaint gets an apology and a return collection (fine). "
             "The customer asks two questions in one turn: the time of day is answered (7 am to 3 pm), "
             "the second green bin is never addressed (R-TALK-9). Closing has anything else, thanks and "
             "goodbye but never says he can call again (R-TALK-2)."},

    # t07 clean: language school, phone, transfer to accounts
    {"transcript": tr("phone", "Tom", rings(2, "2025-03-17T13:30:00Z") + [
        A("Good afternoon, Northwind Support language courses, Tom speaking. How can I help you?"),
        C("Hello. I booked the Tuesday evening Spanish course starting next week and I've just had an "
          "email saying it's cancelled. I took that evening off work specially, I'm really annoyed."),
        A("I'm so sorry, that's very frustrating after you'd planned around it. There is a Thursday evening "
          "group at the same level starting on 17 April, or I can arrange a full refund. "
          "Would either of those suit you?"),
        C("Why was it cancelled, though? Is it going to happen with Thursday as well?"),
        A("Only three people had signed up for Tuesday, and a group needs six to run. "
          "Thursday already has nine students, so that group is confirmed."),
        C("Hm. I can't do Thursdays. I'd rather have my money back, please."),
        A("Of course. Refunds are handled by my colleague Rachel in accounts, so I'll put you through to "
          "her now and tell her about the cancelled course and the refund. Is that all right?"),
        C("Yes, okay."),
        {"event": "transfer", "by": "agent", "to": "accounts"},
        A("Hello, Rachel in accounts here. Tom has told me about the cancelled Tuesday course, and I'm sorry "
          "for the trouble. I've started a refund of 240 pounds to the card you paid with."),
        C("How long does that take?"),
        A("It usually shows on your statement within five working days. "
          "You'll also get an email confirmation from us within the hour."),
        C("Great, thank you."),
        A("You're welcome. Is there anything else I can help with?"),
        C("No, that's everything, thanks."),
        A("Thank you for your patience today. If you'd like to join a course later in the year, "
          "you're always welcome to call us again. Goodbye."),
        CUST_HANGUP]),
     "expect": [],
     "note": "Cancelled language course. Complaint ('really annoyed') -> apology + two options. Both "
             "questions (why? will Thursday run?) answered. Transfer with a summary of the problem "
             "(not 'not my department'); the first agent owes no closing; Rachel apologises again, "
             "starts the refund, answers 'how long' and closes fully. Clean."},

    # t08 violating: service garage, phone; hold without permission, no thanks after resume
    {"transcript": tr("phone", "Lewis", rings(2, "2025-03-18T16:31:00Z") + [
        A("Good afternoon, Northwind Support service garage, Lewis speaking. How can I help you?"),
        C("Hi, I dropped my Golf off yesterday for its service, and you said it'd be ready by four today. "
          "It's half four, nobody has rung me, and I need the car to pick up my kids."),
        A("I'm really sorry you've not had a call. Let me find out where it is right now. Hold on."),
        HOLD, RESUME,
        A("Right, so the car's had its service, but the mechanic found the rear brake pads are worn down "
          "to the limit. He's waiting to hear whether you want them replaced today."),
        C("Oh. How much is that going to cost, and how long will it take?"),
        A("It's 145 pounds for the pads, fitted, and it takes about an hour. "
          "If you say yes now, it will be ready at 5:45."),
        C("Okay, go ahead. Can you do anything about the price, seeing as I've been messed about?"),
        A("I'm sorry about the mix-up today. I can take 15 pounds off for the trouble, so it comes to 130 pounds."),
        C("Fine. I'll be there at quarter to six."),
        A("I'll have the keys waiting for you at the front desk. Is there anything else I can help you with?"),
        C("No, that's all."),
        A("Thanks for your patience, Mr Green. If you've any questions when you pick it up, "
          "you can always call us again. Goodbye."),
        CUST_HANGUP]),
     "expect": ["R-TALK-10"],
     "note": "Garage call. Complaint about no call -> apology + action (fine). 'Hold on.' puts the "
             "customer on hold without asking (a reason is given), and the first turn after the resume "
             "does not thank him (R-TALK-10). The second complaint ('messed about') gets an apology and "
             "a discount; both questions about cost and time answered; full closing."},

    # t09 clean: removals, chat, damage claim
    {"transcript": tr("chat", "Aisha", [
        A("Hello, this is Aisha at Northwind Support removals. How can I help you today?"),
        C("hi, you moved us on friday from leeds to york. the oak dining table has a long scratch across "
          "the top and one of the chairs has a leg that wobbles now. not impressed at all, the crew were "
          "in a massive rush"),
        A("I'm sorry, that's not the care we promise, and it's upsetting to find your furniture damaged. "
          "I'll open a damage claim for you now so we can put it right. Could you tell me your booking reference?"),
        C("NW-77310. do i need to send photos?"),
        A("Yes, photos help a lot. Please send two or three of the scratch and one of the chair leg to "
          "claims@northwind-removals.co.uk, with NW-77310 in the subject line."),
        C("ok. will someone come and look at it or do i have to get a quote myself"),
        A("We'll arrange that for you. I'm asking Hollis Restoration, the furniture repairers we work with, "
          "to visit you; they normally get in touch within three working days to book a time, and there's "
          "no charge to you."),
        C("and if the table can't be fixed?"),
        A("Then the claim covers a replacement or the value of the table, up to the amount on your "
          "insurance form. The repairer's report will tell us which."),
        C("ok thanks aisha"),
        A("You're welcome. Is there anything else I can help with today?"),
        C("no that's all"),
        A("Thank you for letting us know, and I'm sorry again about the table. You can message us here "
          "whenever you'd like an update on the claim. Goodbye for now."),
        CUST_HANGUP]),
     "expect": [],
     "note": "Removals damage chat. Complaint ('not impressed... massive rush') -> apology + claim "
             "opened. Three questions answered: photos (yes, where), visit or own quote (we arrange "
             "it; the partner is named neutrally and its timing attributed), and what if it cannot be "
             "fixed. Full closing in the last two agent turns. Clean."},

    # t10 violating: theatre box office, phone; "I understand" + reason, nothing offered
    {"transcript": tr("phone", "Oliver", rings(2, "2025-03-19T18:05:00Z") + [
        A("Good evening, Northwind Support box office, Oliver speaking. How can I help?"),
        C("Hi, I've had a text saying Saturday's matinee of The Glass Garden has been moved to Sunday. "
          "I booked it months ago for my mum's birthday, and Sunday's no good for us. It's really disappointing."),
        A("I understand, that's disappointing. The date was changed because one of the leading actors is unwell."),
        C("So what are my options? Can I get my money back?"),
        A("Yes. You can have a full refund, or swap to another date in the run, which ends on 28 June. "
          "Mhm, there are still good seats for Saturday the 14th, same time."),
        C("The 14th might work. Are they seats together? There's three of us."),
        A("One moment, please... yes, I have three together in row F of the stalls, "
          "just behind your original seats in row E."),
        C("Okay, let's do that."),
        A("Lovely. I've moved your booking to Saturday 14 June at 2:30 pm, row F, seats 11 to 13, and a new "
          "confirmation is on its way by email. Is there anything else I can help with?"),
        C("No, thank you."),
        A("Thank you for calling, and happy birthday to your mum. If you need anything else before the day, "
          "you can always ring us back. Goodbye."),
        CUST_HANGUP]),
     "expect": ["R-TALK-12"],
     "note": "Theatre box office. The customer complains about a moved matinee; the next agent turn "
             "says 'I understand' and gives the reason, with no apology and nothing offered (R-TALK-12). "
             "Options come only after the customer asks. Every question answered (refund? seats "
             "together?) and the closing is complete."},
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set, position whole): clean, violation, ... ----------------
    {"text": "Dear Ms Lindqvist,\n\nI'm sorry your bag took three days to reach you. Yes, you can claim for "
             "the essentials you bought while you were without it, such as clothes and toiletries. Please "
             "send the receipts within 21 days of the day the bag was delivered, so by 30 May, using the "
             "form at northwind.co.uk/baggage-claim. We usually reply within ten working days.\n\n"
             "Kind regards,\nFiona\nNorthwind Support baggage services",
     "customer": "Hello, my bag was delayed for three days on my trip to Edinburgh and I had to buy clothes "
                 "and toiletries. Can I claim these back? And how long do I have to send the receipts?",
     "channel": "email", "expect": [],
     "note": "Delayed bag, two questions: can I claim (yes) and the deadline (21 days, by 30 May). Clean."},
    {"text": "I'm sorry for the trouble this morning. Your account was paused because the card saved in it "
             "expired on 31 March. Once you add a new card under Payment in the app, you can ride again "
             "straight away.",
     "customer": "Why did my account get blocked this morning? I also want to know if I still have the ride "
                 "credit from last month, it was like 8 quid",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Scooter-share account blocked. 'Why blocked?' is answered (expired card); the embedded "
             "question about the 8 pounds of ride credit is ignored (R-TALK-9). The cause is stated "
             "neutrally, not as blame."},
    {"text": "Hello Mr Barnes,\n\nThank you for your message. The concert now takes place on Friday "
             "19 September, and the tickets you already have will get you in on that date, so you don't "
             "need to do anything. If the new date doesn't suit you, you can ask for a full refund up to "
             "5 September by replying to this email with your order number.\n\nBest wishes,\nLeah\n"
             "Northwind Support ticket desk",
     "customer": "Hi, the Friday show at the Corn Exchange has been postponed. Are my tickets still valid "
                 "for the new date, and what happens if I can't make it?",
     "channel": "email", "expect": [],
     "note": "Postponed concert: valid for the new date (yes, in other words) and what if I can't go "
             "(refund until 5 September). Clean; 'ticket desk' is an ordinary word here, not jargon."},
    {"text": "Dear Mr Novak,\n\nThank you for letting us know about your move. We will arrange a check-out "
             "inspection on your last day, 30 June, and our inspector will go through the flat with you "
             "against the inventory from when you moved in. Professional carpet cleaning is only needed if "
             "the carpets were professionally cleaned before you moved in. Your inventory shows they were "
             "not, so normal vacuuming is enough.\n\nKind regards,\nMark Ellis\n"
             "Northwind Support property management",
     "customer": "Dear Sir or Madam, I'm moving out of flat 3 at 9 Canal Street at the end of June. I'd like "
                 "to know when I'll get my deposit back. Also, do I need to have the carpets professionally "
                 "cleaned?",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Tenant moving out. Carpets question answered (no, vacuuming is enough). The embedded "
             "question 'when will I get my deposit back' gets only the check-out inspection, on the same "
             "topic but no answer to when (R-TALK-9)."},
    {"text": "Thanks for checking with us first. It's best to wait until Pepper has finished the antibiotics "
             "and has been well for about a week, so the vaccine works as it should. If her course ends this "
             "Friday, a booster from Monday 16 June onwards would be fine, and I can book that for you now. "
             "Would morning or afternoon suit you better?",
     "customer": "my cat Pepper is due her booster next week but she's on antibiotics at the moment. is it ok "
                 "to vaccinate her while she's on them. if not when should we rebook",
     "channel": "chat", "expect": [],
     "note": "Vet reception. Two questions without question marks: vaccinate during antibiotics "
             "(answered: better to wait) and when to rebook (from 16 June). Clean; the agent's own "
             "question at the end is no problem."},
    {"text": "Dear Mr Achebe,\n\nI'm sorry to hear you were in hospital, and I hope you're feeling better "
             "now. You're very welcome to take the end-of-term exam on 4 July, as being away for three "
             "lessons doesn't affect your place. Your teacher, Ms Duval, will be glad to see you back in "
             "class on Wednesday.\n\nKind regards,\nSophie\nNorthwind Support language courses",
     "customer": "Hi, I missed three lessons of my French evening class because I was in hospital. Is there "
                 "any way to make them up? And can I still take the end-of-term exam on 4 July?",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Language school. The exam question is answered (yes); 'is there any way to make them up?' "
             "gets only sympathy about the hospital stay, nothing on catching up (R-TALK-9)."},
    {"text": "Yes, you're welcome to wait: we have a waiting area with free Wi-Fi and coffee, and the test "
             "itself takes about 45 minutes. I have a slot on Tuesday the 17th at 9:30 or on Thursday the "
             "19th at 2 pm, both before the 20th. Which would you prefer?",
     "customer": "Hi, my MOT's due on the 20th. Can you fit me in before then? How long does it take, and can "
                 "I wait there while it's done?",
     "channel": "phone", "expect": [],
     "note": "Garage, three questions answered in another order: can I wait (yes), how long (45 "
             "minutes), fit me in before the 20th (two slots offered). Clean; MOT is the customer's "
             "word and the public name of the test, not internal jargon."},
    {"text": "Yes, our team can pack the whole kitchen for you, including glasses and crockery, and we bring "
             "all the boxes and paper. Pianos need a specialist crew with a piano trolley, which we send out "
             "regularly, and I can see one is free on 12 August.",
     "customer": "We're moving on 12 August. Do you pack the kitchen stuff as well or just the furniture? And "
                 "is there an extra charge for the piano?",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Removals quote. Kitchen packing answered (yes). The piano question was about an extra "
             "charge; the reply talks about the piano crew and its availability but never says whether "
             "it costs more (R-TALK-9)."},
    {"text": "Dear Mrs Kaur,\n\nI'm sorry your recycling has been left during the road works on Mill Lane. "
             "Please keep the boxes inside for now, as the crews can't reach the street while it is closed. "
             "The council hasn't yet confirmed when the road will reopen. I'll email you the new collection "
             "date by Wednesday 11 June, and we'll take any extra recycling on the first visit at no "
             "charge.\n\nKind regards,\nJames\nNorthwind Support waste and recycling",
     "customer": "Our street hasn't had a recycling collection since the road works started. When will "
                 "collections start again? Should we keep putting the boxes out in the meantime?",
     "channel": "email", "expect": [],
     "note": "Waste collection during road works. 'Keep putting the boxes out?' answered (no, keep "
             "them inside); 'when will collections start?' answered honestly as not known yet, with a "
             "dated follow-up (by 11 June). The council is named neutrally. Clean."},
    {"text": "Hello, yes, I can move your two tickets for The Long Tide from tonight's 8 pm showing to "
             "tomorrow. There are seats left at 5:15 pm and 8 pm, both in Screen 2, so just let me know "
             "which time you'd like.",
     "customer": "hi can i change my tickets for The Long Tide from tonight 8pm to tomorrow? also is the 3D "
                 "screening any more expensive",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Cinema ticket change. The change is answered (yes, two times offered); the 3D price "
             "question (no question mark) is ignored (R-TALK-9)."},
    {"text": "Dear Mr Hughes,\n\nI'm very sorry, it must be hard for your mother without the lift. Our lift "
             "contractor, Apex Lifts, came out on Monday afternoon and found a faulty door motor. The new "
             "part is due on Thursday, and their engineer has booked Friday morning to fit it. In the "
             "meantime, our caretaker can carry shopping up to your mother's flat each day; please call "
             "0161 555 0192 to arrange a time.\n\nKind regards,\nNadia\nNorthwind Support residents' services",
     "customer": "Hello, the lift in block C has been out of order since Monday. My mother is 84 and lives on "
                 "the fifth floor. Has anyone actually reported it? When is it going to be repaired?",
     "channel": "email", "expect": [],
     "note": "Property manager, broken lift. 'Has anyone reported it?' is answered implicitly (the "
             "contractor came out on Monday); 'when repaired?' answered (Friday morning, attributed to "
             "the engineer's booking). Clean; the contractor is named neutrally."},
    {"text": "I'm sorry to see you go. You can cancel in the app under Account, then Membership, then Cancel "
             "membership, or I can do it for you here in the chat. Your ride history stays in your account "
             "for 12 months after you cancel, and you can download it at any time before then.",
     "customer": "Hi, I want to cancel my annual membership. Do I get anything back for the months I haven't "
                 "used? How do I cancel, is it in the app? And will my ride history be deleted?",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Bike-share cancellation, three questions: how to cancel and ride history are answered; "
             "the refund for unused months is left out (R-TALK-9)."},

    # ---------------- R-TALK-6: clean, violation, ... ----------------
    {"text": "I'm sorry, this one is on us. Your bag was tagged for Glasgow instead of Geneva at our check-in "
             "desk, and it has been on the wrong route since. It's now on the 16:05 flight to Geneva, and our "
             "courier is booked to bring it to your hotel this evening.",
     "channel": "chat", "expect": [],
     "note": "Lost luggage: the company's own mistake owned plainly ('this one is on us', our check-in "
             "desk). Not running down colleagues: no judgement, just the fact and the fix. Clean."},
    {"text": "The appointment was missed because the reminder texts sent to the number on file were not "
             "read. We send them three days and one day before every visit, so the missed appointment fee "
             "of 25 pounds has to stand. A new slot can be booked on our website.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Vet practice, missed appointment: blame in the passive voice (texts 'were not read', i.e. "
             "by the customer) plus a lecture on the reminders, used to keep the fee. The website "
             "pointer does not undo the blame (R-TALK-6)."},
    {"text": "We can't refund tickets for a show that goes ahead as planned, but you can resell yours on our "
             "official fan-to-fan exchange at the price you paid. If they sell, the money goes back to your "
             "card within five working days, and I can list them for you now if you'd like.",
     "channel": "chat", "expect": [],
     "note": "Event tickets: a refusal that comes with a real alternative (resale, offered now). Near "
             "miss for flat refusal. Clean."},
    {"text": "That's not correct. Our records show the engineer visited on the 3rd and the boiler was working "
             "when he left, so it hasn't been broken for two weeks. If it has stopped again, I can book "
             "another visit.",
     "customer": "The boiler in my flat has been broken for two weeks and nobody has done a thing about it.",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Property manager contradicts the tenant outright ('That's not correct... it hasn't been "
             "broken for two weeks'), arguing from the records. The offer of a visit comes after the "
             "argument (R-TALK-6)."},
    {"text": "Thanks for flagging this. Looking at your account, the second charge of 3.20 pounds is for a "
             "separate ride that started at 17:42. That was about two minutes after the first one ended, "
             "when the same bike was unlocked again at that station. If you didn't make that second ride, "
             "tell me and I'll refund it straight away and have the bike checked.",
     "customer": "Your app charged me twice for the same ride, sort it out.",
     "channel": "chat", "expect": [],
     "note": "Bike share: a polite correction (it was a second ride) with the facts, no blame, and an "
             "immediate refund if the customer did not ride. Near miss for contradicting. Clean."},
    {"text": "As it says clearly in the enrolment terms you agreed to, courses must be cancelled at least "
             "14 days before the start date. It would be worth reading the terms carefully before you book "
             "next time. I can offer you a credit note for a later course.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Language school: lecturing the customer ('As it says clearly... you agreed to', advice "
             "to read the terms next time), softened wording but still a lecture; the credit note does "
             "not undo it (R-TALK-6)."},
    {"text": "You wrote that our mechanic was \"rude\" to you on the phone yesterday, and I'm sorry the call "
             "left you feeling that way. I've talked to Gary, who took the call, and I'd like to "
             "go through the repair on your car with you myself. Shall I call you at 10 tomorrow?",
     "customer": "Your mechanic was rude to me on the phone yesterday. I don't want to deal with him again.",
     "channel": "email", "expect": [],
     "note": "Garage: the customer's word 'rude' is quoted, not the agent's judgement of a colleague; "
             "Gary is named neutrally and the agent takes the case over. Near miss for speaking badly "
             "of a colleague. Clean."},
    {"text": "We don't give out staff phone numbers or email addresses, so I'm afraid that's not possible. "
             "Any questions about your move have to come through this chat.",
     "customer": "Can I have the direct number or email of the crew manager who did my move? I want to speak "
                 "to him myself.",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Removals: refuses contact details and offers no other way to reach the crew manager "
             "(no callback, no message passed on) (R-TALK-6). The question itself is answered (no), "
             "so not R-TALK-9."},
    {"text": "You haven't done anything wrong here: the booking page showed the wrong screening time for "
             "about an hour yesterday, and several customers were caught out. I've refunded your two "
             "tickets in full, and I'd like to offer you two free tickets for any showing this month.",
     "channel": "email", "expect": [],
     "note": "Cinema: negated blame ('You haven't done anything wrong') and a fault of our own booking "
             "page stated factually, with a refund and free tickets. Clean."},
    {"text": "I'm sorry your bin wasn't emptied. To be honest, the crews on that round are hopeless and never "
             "check their lists properly, which is why this keeps happening. I've booked a return "
             "collection for tomorrow.",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Waste collection: apology and fix, but the agent runs down the collection crews "
             "('hopeless', 'never check their lists') in front of the customer (R-TALK-6)."},
    {"text": "The festival wristbands are posted by our delivery partner, Swift Parcels, and their tracking "
             "shows yours is at the Bristol depot. I've asked them to deliver it by Thursday. If it hasn't "
             "arrived by Friday at noon, you can collect a replacement at the box office with your booking email.",
     "channel": "email", "expect": [],
     "note": "Event wristband delay: the partner courier is named neutrally, what was asked of them is "
             "stated (not promised), and a fallback is given. Near miss for blaming a partner. Clean."},
    {"text": "Dear Ms Rowe,\n\nThank you for your email. Pets are not permitted under clause 14.2 of your "
             "tenancy agreement. This decision is final and no exceptions can be made.\n\nKind regards,\n"
             "Northwind Support property management",
     "customer": "Could I keep a small dog in the flat? She's very quiet and house-trained.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Property manager: bureaucratic flat refusal citing a clause, 'final', no alternative "
             "(R-TALK-6). The question is answered (no), so not R-TALK-9."},

    # ---------------- R-LETTER-1 (channel letter): clean, violation, ... ----------------
    {"text": "Dear Ms Adeyemi,\n\nRe: Flat 7, 22 Foundry Lane\n\nFollowing the check-out inspection on "
             "30 June, we are pleased to confirm that your tenancy deposit of £950 will be returned to you in "
             "full. The payment will be made to the bank account ending 4471 on or before 14 July.\n\nYou do "
             "not need to do anything. The deposit protection scheme has already approved the release, and "
             "they will confirm it to you by email.\n\nYours sincerely,\n\nMark Ellis\nProperty Manager\n"
             "Northwind Support",
     "channel": "letter", "expect": [],
     "note": "Deposit returned in full; says nothing is needed and why (the scheme already approved "
             "it). Clean."},
    {"text": "Dear Mrs Whitfield,\n\nRe: Removal booking NW-80214\n\nWe are writing to inform you that your "
             "removal booked for Saturday 9 August from 17 Orchard Road, Bath, has been cancelled. The "
             "vehicle allocated to the job has been taken off the road for repairs. We apologise for the "
             "inconvenience this causes.\n\nYours sincerely,\n\nKaren Lowe\nBookings Manager\nNorthwind Support",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Removals booking cancelled by us: fact, reason and apology, but nothing on what the "
             "customer should do next (rebook? refund? call?) (R-LETTER-1)."},
    {"text": "Dear Ms Okonkwo,\n\nRe: Course fees from September\n\nFrom 1 September, the fee for the evening "
             "General English course will rise from £310 to £335 per term.\n\nIf you would like to keep the "
             "current fee for the autumn term, please pay the autumn fee in full by 31 August, by bank "
             "transfer or at reception. If you do not wish to continue, please tell us in writing by the "
             "same date, and no fee will be charged.\n\nYours sincerely,\n\nDavid Marsh\nCourse Administrator\n"
             "Northwind Support language courses",
     "channel": "letter", "expect": [],
     "note": "Language school fee change with both next steps: what (pay early or give notice), by "
             "when (31 August) and how (bank transfer, reception, in writing). Clean."},
    {"text": "Dear Mr Castellano,\n\nRe: Delayed baggage claim DB-20931\n\nThank you for your claim for "
             "delayed baggage on your flight of 2 May. We have reviewed the papers you sent. The receipt for "
             "the clothing bought on 3 May was not included with them.\n\nYours sincerely,\n\nFiona Grant\n"
             "Claims Officer\nNorthwind Support baggage services",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Baggage claim: a document is missing, and the letter stops there; it never asks him to "
             "send it, how or by when (R-LETTER-1)."},
    {"text": "Dear Mr Fairbairn,\n\nRe: Garden waste collection, 8 Hawthorn Close\n\nAs you requested, your "
             "garden waste collection agreement ended on 31 March, and no further payments will be taken.\n\n"
             "We will collect the brown bin on Tuesday 8 April. Please leave it empty at the edge of your "
             "property by 7 am that day. If that date does not suit you, please call us on 0300 555 0148 "
             "before 4 April to arrange another.\n\nYours sincerely,\n\nJoanne Pike\nWaste Services\n"
             "Northwind Support",
     "channel": "letter", "expect": [],
     "note": "Waste contract ended; tells the customer what to do (leave the bin out empty), when "
             "(8 April, 7 am) and how to change the date. Clean."},
    {"text": "Dear Ms Lambert,\n\nRe: The Winter's Tale, Wednesday 3 December\n\nWe regret to inform you that "
             "the evening performance of The Winter's Tale on Wednesday 3 December has been moved to "
             "Wednesday 10 December at 7.30 pm, owing to a change in the touring schedule.\n\nYours "
             "sincerely,\n\nOliver Grant\nBox Office Manager\nNorthwind Support",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Theatre date moved; the letter does not say whether her tickets are valid, whether she "
             "must do anything, or what if the new date does not suit her (R-LETTER-1)."},
    {"text": "Dear Mr and Mrs Bell,\n\nRe: Request to redecorate, Flat 12, Riverside Court\n\nThank you for "
             "your letter of 4 August. We are happy to approve your request to repaint the living room and "
             "hallway in the colours you listed.\n\nWhen the work is finished, please email a photo of each "
             "room to lettings@northwind.co.uk by 30 September, so that we can add them to your inventory. "
             "No other permission is needed.\n\nYours sincerely,\n\nMs A Howard\nLettings Manager\n"
             "Northwind Support",
     "channel": "letter", "expect": [],
     "note": "Landlord approves redecoration; the next step (email photos), deadline and address are "
             "given. Clean."},
    {"text": "Dear Ms Brennan,\n\nRe: City bikes annual membership\n\nFrom 1 May, the annual membership "
             "will cost £96 instead of £84. The new price applies from your next renewal on 12 June.\n\n"
             "Yours sincerely,\n\nDaniel Reyes\nMembership Team\nNorthwind Support",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Bike-share price rise: the fact and the date, but neither what she can or must do (keep, "
             "cancel, by when) nor that nothing is needed (R-LETTER-1)."},
    {"text": "Dear Mr Haddad,\n\nRe: Christmas party booking, Riverside Hall, 19 December\n\nWe confirm that "
             "your booking for the Christmas party package on 19 December has been cancelled, as you asked "
             "on 2 November. Because you cancelled more than six weeks before the event, your deposit of "
             "£200 will be refunded in full to the card ending 0932 by 16 November.\n\nThere is nothing "
             "further you need to do.\n\nYours sincerely,\n\nLeah Morgan\nEvents Team\nNorthwind Support",
     "channel": "letter", "expect": [],
     "note": "Event booking cancelled at the customer's request; says nothing further is needed and why "
             "(refund already on its way). Clean."},
    {"text": "Dear Mr Osei,\n\nRe: Service plan, vehicle LM19 KTX\n\nYour service plan for the vehicle above "
             "ended on 28 February, after the last service included in the plan was carried out on "
             "14 February. Your monthly payments of £22 have now stopped.\n\nYours sincerely,\n\n"
             "Lewis Carter\nService Manager\nNorthwind Support service garage",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Garage service plan ended; the letter states the fact and stops, saying neither what he "
             "may do next (renew, book the next service) nor that nothing is needed (R-LETTER-1)."},

    # ---------------- R-TALK-2 (position closing): clean, violation, ... ----------------
    {"text": "Is there anything else I can do for you today? No? Then thank you for calling, and if the bag "
             "hasn't reached you by tonight, you can ring us again any time. Goodbye.",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Baggage call closing with all four parts in spoken style. Clean."},
    {"text": "Thanks so much for your patience while we sorted out the seats. If you need us before the "
             "show, you can message us here at any time. Enjoy the gig, and goodbye!",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Event tickets chat closing: thanks, come back, goodbye, but never asks whether anything "
             "else is needed (R-TALK-2)."},
    {"text": "Is there anything else you'd like to know before Bella's operation on Thursday? Thank you for "
             "trusting us with her, and you're always welcome to call the surgery if you have any worries "
             "in the meantime.\n\nKind regards,\nEmma\nNorthwind Support veterinary reception",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Vet e-mail closing: anything else, thanks, always welcome to call, sign-off as goodbye. "
             "Clean."},
    {"text": "Right, is there anything else I can help with? No? Okay. Well, if the noise comes back, just "
             "give us a call any time and we'll have another look. Bye for now.",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "Garage phone closing: anything else, come back, goodbye, but no thanks (R-TALK-2)."},
    {"text": "Thank you for riding with us, and if you have any more trouble with a bike, you can reach us "
             "here in the app day or night. Is there anything else I can help you with before you go? "
             "If not, have a good evening, goodbye.",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Bike-share chat closing with the parts in another order (thanks, come back, anything "
             "else, goodbye). Clean."},
    {"text": "Is there anything else you would like to know about the course? Thank you again for enrolling, "
             "and we look forward to seeing you on 8 September.\n\nBest regards,\nDavid\n"
             "Northwind Support language courses",
     "position": "closing", "channel": "email", "expect": ["R-TALK-2"],
     "note": "Language school e-mail closing: anything else, thanks, sign-off, but nothing saying he can "
             "always get back in touch ('we look forward to seeing you' is not that) (R-TALK-2)."},
    {"text": "Okay, so that's all booked for the 22nd. Is there anything else at all I can help with? Lovely. "
             "Thanks very much for calling, Mrs Grant, and if you think of anything before moving day, just "
             "ring us back, we're here. Take care, goodbye.",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Removals phone closing, spoken style, all four parts. 'Lovely' is not a diminutive. Clean."},
    {"text": "Is there anything else I can help you with today? Thank you for booking with us, and if you "
             "need to change the seats again, you can message us here any time.",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Box office chat closing: anything else, thanks, come back, but no goodbye (R-TALK-2)."},
]
