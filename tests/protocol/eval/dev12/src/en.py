"""dev12, English (writer A). Northwind Support, new desks: dental practice, driving school,
furniture delivery and assembly, heat pumps and solar, dry cleaning and laundry, home alarms and
locksmiths, kindergarten and after-school club, museum and zoo membership, photo studio, online
courses, boiler and lift maintenance, campsite and marina."""

LANG = "en"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def call(agent, turns, channel="phone", rings=2):
    pre = []
    if channel == "phone":
        pre = [E("ring", "system") for _ in range(rings)] + [E("answer", "agent")]
    return {"version": 1, "lang": "en", "channel": channel, "agent": agent,
            "organisation": "Northwind Support", "turns": pre + turns}


TRANSCRIPTS = [
    # t01 clean: driving school, phone
    {"transcript": call("Tom", [
        A("Good morning, Northwind Support, driving school bookings, this is Tom speaking. "
          "How can I help you today?"),
        C("Hi, yeah. My son had a lesson booked at eight this morning and the instructor just "
          "never turned up. He stood outside in the cold for forty minutes."),
        A("I'm really sorry, that shouldn't have happened, and forty minutes in the cold is "
          "miserable. Can I take his name? I'll find out what went wrong and get him a new "
          "lesson booked straight away."),
        C("It's Daniel Hughes. H-U-G-H-E-S."),
        A("Thank you. Mhm, I've got the booking here. His instructor, Mark, was taken ill "
          "overnight, and the text cancelling the lesson never went out to you. That was our "
          "slip. I can offer Daniel Thursday at four or Saturday at ten with another instructor."),
        C("Saturday at ten works. And is he going to be charged for this morning? Because we "
          "paid for a block of ten."),
        A("No, this morning's lesson goes back onto his block, so he still has six left, and "
          "Saturday counts as one of those six. I've booked him in with Priya, and I'm sending "
          "you a text with the details now."),
        C("OK. Does he meet her at the same place, outside the library?"),
        A("Yes, same place, outside the library on Station Road. Priya drives a blue hatchback "
          "with our sign on the roof."),
        C("Right, fine."),
        A("Is there anything else I can help you with today?"),
        C("No, that's it. Thanks."),
        A("Thank you for calling, Mrs Hughes, and sorry again about this morning. If anything "
          "else comes up, you can ring us any time. Goodbye."),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Driving school: instructor no-show. Complaint -> apology + rebooking offer in the "
             "next turn; the cause is explained and owned ('That was our slip'); both questions "
             "(charge? same meeting place?) answered; closing spread over the last two agent "
             "turns with anything-else, thanks, ring us any time, goodbye. Clean."},

    # t02 R-TALK-12: dental practice, phone; offer without apology
    {"transcript": call("Sara", [
        A("Good afternoon, Northwind Support dental reception, Sara speaking. How can I help?"),
        C("Hello, I had a filling done on Monday and it's been killing me ever since. I rang "
          "yesterday and nobody called me back like they said they would."),
        A("Let me see what we can do for you today. Could I have your surname and date of "
          "birth, please?"),
        C("Jones, fourteenth of March 1979."),
        A("Thank you, Mr Jones. I can see the note from yesterday. Dr Okafor has a free slot "
          "today at half past four, or tomorrow at nine. Which would suit you better?"),
        C("Today, please. Will I have to pay for that? It's her filling that's the problem."),
        A("No, a check on recent treatment is free within three months, so there's nothing to "
          "pay for this visit."),
        C("Good. Can I take painkillers before I come in?"),
        A("Yes, you can take your usual painkillers as the packet says. Just tell Dr Okafor "
          "what you took and when."),
        C("OK, half four then."),
        A("You're booked in at half past four today with Dr Okafor. Is there anything else I "
          "can do for you?"),
        C("No, that's all."),
        A("Thank you for calling, Mr Jones. If the pain gets worse before then, please ring us "
          "again straight away. Goodbye."),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-12"],
     "note": "Dental practice: pain after a filling and a promised callback that never came. "
             "The next agent turn offers help ('Let me see what we can do') but never "
             "apologises, and no later turn does either -> R-TALK-12. Questions (pay? "
             "painkillers?) answered; closing complete over the last two turns."},

    # t03 clean: dry cleaner, chat
    {"transcript": call("Leila", [
        A("Hello, this is Leila from Northwind Support, dry cleaning and laundry. How can I "
          "help you today?"),
        C("hi. picked up my wool coat yesterday and theres still a big wine stain on the "
          "sleeve. paid 18 quid for nothing basically"),
        A("I'm sorry about that; the coat should have come back clean. We'll clean it again "
          "free of charge, and our driver can collect it from your home if that's easier. "
          "Could you tell me the order number on your receipt?"),
        C("DC-20931. can you do it by friday? need it for a funeral"),
        A("I'm sorry to hear about the funeral. Yes: if our driver collects the coat tomorrow "
          "between 8 and 12, it will be ready for delivery on Friday morning."),
        C("tomorrow morning is fine. what if it doesnt come out this time either"),
        A("Then our stain specialist will phone you before Friday, and we'll refund the £18 in "
          "full. Some red wine stains in wool only fade rather than disappear, so I'd rather "
          "say that honestly now."),
        C("ok fair enough. same address as on the account?"),
        A("Yes, 14 Ash Grove, as on your account. The driver will ring you about half an hour "
          "before arriving."),
        C("great thanks"),
        A("You're welcome. Is there anything else I can help with?"),
        C("no thats all"),
        A("Thank you for letting us know about the stain, and I hope Friday goes as well as it "
          "can. You can message us here any time. Goodbye."),
    ], channel="chat"), "expect": [],
     "note": "Dry cleaner chat: stain still on a coat. Complaint -> apology + free re-clean and "
             "collection. Three questions (by Friday? what if it fails again, asked without "
             "'?'; same address?) all answered. Complete closing. Near miss: 'the coat should "
             "have come back clean' is about the company, not a lecture. Clean."},

    # t04 R-TALK-9 + R-TALK-2: furniture delivery and assembly, chat
    {"transcript": call("Ben", [
        A("Good evening, Northwind Support, furniture delivery and assembly. My name is Ben. "
          "How can I help you?"),
        C("Hi Ben. The wardrobe was delivered today but the fitter left after an hour saying a "
          "part is missing. So now I've got half a wardrobe in my bedroom. Brilliant."),
        A("I'm sorry, that's not what you booked. I'll order the missing part now and arrange "
          "for the fitter to come back. Could you give me your order number?"),
        C("NW-55812. How long will the part take? And who's paying for the second visit?"),
        A("Thank you. The missing part is the hinge set for the left door, and it is in stock "
          "at our warehouse. I can book the fitter for Tuesday between 8 and 12 or Thursday "
          "between 1 and 5."),
        C("Tuesday morning."),
        A("Done: Tuesday between 8 and 12, and the fitter will bring the part with him. You'll "
          "get a confirmation e-mail in a few minutes."),
        C("ok"),
        A("Is there anything else I can help you with?"),
        C("No."),
        A("Thank you for your patience today. Goodbye."),
    ], channel="chat"), "expect": ["R-TALK-9", "R-TALK-2"],
     "note": "Furniture assembly chat: part missing. Complaint (sarcastic 'Brilliant.') -> "
             "apology + action, fine. 'How long will the part take?' is answered implicitly "
             "(in stock, fitter brings it Tuesday), but 'who's paying for the second visit?' "
             "is never addressed -> R-TALK-9. Closing has anything-else, thanks and goodbye "
             "but never says the customer can come back -> R-TALK-2."},

    # t05 clean: home alarms, phone, hold done right
    {"transcript": call("Grace", [
        A("Good morning, you're through to Northwind Support, home alarms. This is Grace. How "
          "can I help?"),
        C("Morning. Our alarm went off at three in the morning again, for no reason. That's the "
          "third time this month. The neighbours are fed up and so am I."),
        A("I'm very sorry, three false alarms at night is exhausting for you and for your "
          "neighbours. Let's find the cause today. Can I take the address first?"),
        C("12 Fenwick Close."),
        A("Thank you. Would you mind if I put you on hold for a minute or two while I pull up "
          "the alarm log for last night?"),
        C("Go ahead."),
        E("hold"),
        E("resume"),
        A("Thank you for holding. The log shows the back-door sensor triggered at 3:04, and it "
          "reported a low battery last week. A weak battery can cause exactly this."),
        C("So can I change the battery myself or does somebody have to come out?"),
        A("You can change it yourself if you like; it takes a standard CR2 battery and the "
          "cover slides off. If you'd rather not, an engineer can come tomorrow between 10 and "
          "12, with no charge because the sensor is under warranty."),
        C("I'd rather someone came, to be honest. Tomorrow's fine."),
        A("That's booked for tomorrow between 10 and 12. Until then, if it goes off again, you "
          "can silence it with your usual code. Is there anything else I can help with?"),
        C("No, that's it, thanks."),
        A("Thanks for calling, and sorry again for the broken nights. You can call us any time, "
          "day or night. Goodbye."),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Alarm company: repeated false alarms. Complaint -> apology + 'let's find the cause "
             "today'. Hold: permission and reason asked, thanks after resume. Question (change "
             "battery myself or engineer?) answered with both options; near miss for R-TALK-4: "
             "the customer asked whether they could do it themselves, and the visit is offered "
             "too. Closing spread over the last two turns. Clean."},

    # t06 R-TALK-10: heat pump installer, phone; hold without permission
    {"transcript": call("Owen", [
        A("Hello, Northwind Support, heat pumps and solar, you're speaking to Owen. What can I "
          "do for you?"),
        C("Hi. We had the heat pump fitted two weeks ago and the house is colder than it was "
          "with the old boiler. The radiators are barely warm. I'm paying all this money and "
          "I'm freezing."),
        A("I'm sorry, that's not how it should be after a new installation. I'd like to get an "
          "engineer out to check the settings. Can I have your postcode and house number?"),
        C("LS6 4QT, number 27."),
        A("Right, I'm putting you on hold now while I check the engineers' diary for your area."),
        E("hold"),
        E("resume"),
        A("Thanks for waiting. I can send Aled, who did your installation, this Friday morning "
          "between 8 and 11."),
        C("Friday's fine. Is there anything I can do in the meantime?"),
        A("Yes. On the wall controller, please check whether the flow temperature shows 35; if "
          "it does, raise it to 45 with the up arrow. If the house is still cold tonight, we "
          "can drop off an electric heater to tide you over until Friday."),
        C("Okay. Will Aled need to get into the loft?"),
        A("He may need to look at the pipes in the loft, so clearing a path to the hatch would "
          "help. He'll bring his own ladder."),
        C("Fine."),
        A("Is there anything else I can help you with today?"),
        C("No, thanks."),
        A("Thank you for calling, and sorry you've had a cold fortnight. If anything changes "
          "before Friday, call us again at any time. Goodbye."),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-10"],
     "note": "Heat pump: house cold after installation. Complaint -> apology + engineer, fine. "
             "The hold is announced with a reason ('while I check the engineers' diary') but "
             "the customer is never asked whether they can hold (the earlier question asks for "
             "the postcode) -> R-TALK-10. Thanks after resume present. Questions answered; "
             "closing complete."},

    # t07 clean: after-school club registration, phone, transfer
    {"transcript": call("Hannah", [
        A("Good morning, Northwind Support, this is Hannah. How can I help you?"),
        C("Hello. I registered my daughter for the after-school club back in May, and today I "
          "got an e-mail saying she's on a waiting list. Nobody told me the club was full, and "
          "I've paid the deposit!"),
        A("I'm so sorry, that e-mail must have been a shock after paying the deposit. Club "
          "places are handled by our registrations team, so I can put you through to Kasia "
          "there now and tell her what's happened first. Is that all right?"),
        C("Fine, yes."),
        A("Thank you. I'm transferring you now."),
        E("transfer", to="registrations"),
        A("Hello, this is Kasia in registrations. Hannah has told me about the waiting-list "
          "e-mail. May I have your daughter's name?"),
        C("Lily Brennan. Year two."),
        A("Thank you. I've checked, and Lily does have a place from Monday to Thursday. The "
          "waiting list is only for Fridays, which you also ticked on the form. I'm sorry the "
          "e-mail didn't make that clear."),
        C("Oh. So is the deposit for all five days, then?"),
        A("The deposit was £40 and it covers the four days she has. If a Friday place comes "
          "up, we'll offer it to you first, and there's no extra deposit for it."),
        C("And when does it actually start?"),
        A("The club starts on Monday 8 September, straight after school. Our staff collect "
          "the children from their classroom."),
        C("OK, good. Thanks."),
        A("You're welcome. Is there anything else I can help with?"),
        C("No, that's all."),
        A("Thank you for calling, Ms Brennan. You can ring us again whenever you have a "
          "question about the club. Goodbye."),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "After-school club: waiting-list e-mail after paying the deposit. Complaint -> "
             "apology + transfer with a summary (near miss for R-TALK-4 'not my department': "
             "the agent hands over and briefs the colleague). Second agent answers both "
             "questions (deposit for five days? when does it start?) and closes completely "
             "after the transfer. Clean."},

    # t08 R-TALK-6 + R-TALK-12: online course platform, chat; justification and blame
    {"transcript": call("Chloe", [
        A("Hi, welcome to Northwind Support for online courses. I'm Chloe. How can I help you "
          "today?"),
        C("my access to the excel course just vanished. i paid for a year and now it says "
          "expired. i have an assessment on monday, this is ridiculous"),
        A("Let me explain what happened. Your access was linked to the trial you started in "
          "March, and the confirmation e-mail asked you to switch it to the annual plan. That "
          "step was never completed on your side, so the trial simply ran out."),
        C("I never got any such email. so what now, do i pay twice?"),
        A("I'm sorry for the confusion. No, you won't pay twice. I can see your annual payment "
          "of £89 from 2 March, so I'm moving the course onto the annual plan now, valid until "
          "2 March next year."),
        C("ok. will my progress still be there?"),
        A("Yes, your finished lessons and quiz scores are all saved. You'll see them as soon "
          "as you log in again."),
        C("its working now. thanks"),
        A("Glad to hear it. Is there anything else I can help you with?"),
        C("no"),
        A("Thank you for your patience, and good luck on Monday. You're welcome to message us "
          "here whenever you need. Goodbye."),
    ], channel="chat"), "expect": ["R-TALK-6", "R-TALK-12"],
     "note": "Online course: access expired. The turn after the complaint justifies and puts "
             "the blame on the customer ('That step was never completed on your side') with no "
             "apology and nothing offered -> R-TALK-6 and R-TALK-12. Later turns apologise and "
             "fix it; questions (pay twice? progress kept?) answered; closing complete."},

    # t09 clean: zoo membership, chat, insult
    {"transcript": call("Ravi", [
        A("Hello, you're chatting with Northwind Support, zoo memberships. My name is Ravi. "
          "How can I help?"),
        C("your website is a joke. tried three times to renew my family membership and it "
          "keeps throwing me back to the start. do you people even test it?"),
        A("I'm sorry, three attempts is three too many. We do test the renewal page, but "
          "something is clearly going wrong for you, so I can renew the membership for you "
          "here in the chat instead. Could you tell me your membership number?"),
        C("FM-7730. is the price still 95"),
        A("Thank you. The family membership renews at £98 this year; £95 was last year's "
          "price. The renewal would run from 1 July to 30 June next year."),
        C("fine. can i pay by card here or not"),
        A("For your security, please don't type card details into the chat. I'm sending you a "
          "payment link by e-mail now, and it opens on a single page without the steps that "
          "kept sending you back."),
        C("got it, paid."),
        A("Thank you, I can see the payment. Your new cards will be posted within five working "
          "days, and your current cards work until they arrive."),
        C("great, thanks for sorting it"),
        A("You're welcome. Is there anything else I can help with today?"),
        C("no that's it"),
        A("Thanks for renewing with us, and enjoy your visits. You can always message us here "
          "if you need anything. Goodbye."),
    ], channel="chat"), "expect": [],
     "note": "Zoo membership chat: insult about the website ('a joke', 'do you people even test "
             "it?'). Next turn apologises, answers the insulting question ('We do test...') and "
             "offers to renew in the chat. Price question answered with a polite correction; "
             "'can i pay by card here or not' answered implicitly (not in the chat, a link "
             "instead). Complete closing. Clean."},

    # t10 R-TALK-12 + R-TALK-2: marina office, phone; apology only, closing without thanks
    {"transcript": call("Jack", [
        A("Good afternoon, Northwind Support marina office, Jack speaking. How can I help you?"),
        C("Hi. I've had a berth with you for four years and I've just had a letter saying the "
          "fee's going up by thirty per cent. Thirty! With no warning at all."),
        A("I'm sorry, I can see why that letter came as a shock."),
        C("Well, can you at least tell me why it's gone up so much?"),
        A("Yes. The new pontoons and the electricity points were finished this spring, and the "
          "berth fee now includes water and power, which used to be charged separately. For a "
          "ten-metre boat, the yearly total with power comes to about twelve per cent more "
          "than last year."),
        C("Hm. And do I have to sign the new contract by the end of the month?"),
        A("You have until 31 October to sign. If you'd like to go through the figures, I can "
          "e-mail you a side-by-side breakdown of last year's and this year's costs today."),
        C("Yes, do that."),
        A("I'll send it this afternoon to the address we have for you. Is there anything else "
          "I can help with?"),
        C("No."),
        A("If anything in the breakdown is unclear, you can call me again on this number. "
          "Goodbye."),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "Marina berth fee up 30%. The next agent turn after the complaint is an apology "
             "with sympathy and nothing offered -> R-TALK-12 (the breakdown is offered only two "
             "turns later). Both questions answered (why? sign by end of month?). The closing "
             "has anything-else, call again and goodbye, but no thanks anywhere in the last "
             "three agent turns -> R-TALK-2. The fee explanation answers the customer's own "
             "'why?' and is not labelled R-TALK-6."},
]


ITEMS = [
    # ---------------- R-TALK-9: 6 clean + 6 violations ----------------
    {"channel": "email",
     "customer": "Hi, we booked a family shoot for Saturday the 14th at 11. My mum is coming too "
                 "now, so there'll be five of us instead of four. Is that OK, and does it change "
                 "the price? Also how long until we get the photos?",
     "text": "Dear Mrs Patel,\n\nThank you for letting us know. Five people is no problem at all, "
             "as the studio comfortably fits up to eight. The price stays the same, because the "
             "family package covers up to six people. Your edited photos will be in your online "
             "gallery about ten working days after the shoot, and we will e-mail you the link."
             "\n\nKind regards,\nMaya\nNorthwind Support, photo studio",
     "expect": [],
     "note": "Photo studio: three questions (is five OK? price change? how long for photos?), "
             "all answered, the first two in other words ('no problem', 'stays the same'). Clean."},
    {"channel": "chat",
     "customer": "the engineer serviced our boiler on tuesday and now theres a drip under it. is "
                 "that normal after a service? and can someone come today, im out from 3",
     "text": "I'm sorry to hear about the drip. A little water can appear after a service when "
             "a seal has been replaced, and it usually stops within a day. In the meantime, "
             "please put a bowl under it and keep an eye on the pressure gauge, which should "
             "stay between 1 and 1.5 bar.",
     "expect": ["R-TALK-9"],
     "note": "Boiler maintenance: 'is that normal?' is answered, but 'can someone come today?' "
             "is left unaddressed; the advice about the bowl and the gauge is on the same topic "
             "and does not say whether anyone will come -> R-TALK-9."},
    {"channel": "email",
     "customer": "Hello, I'd like to know whether I can leave my dinghy on the slipway rack over "
                 "the winter, and if so what it costs. My berth is C14. Thanks, Graham Lowe",
     "text": "Dear Mr Lowe,\n\nThank you for your message. There is still space on the slipway "
             "rack for the winter season, from 1 November to 31 March. For berth holders the "
             "charge is £60 for the whole season. I have held a space in your name until Friday "
             "24 October; to confirm it, just reply to this e-mail and we will add the fee to "
             "your next invoice.\n\nBest regards,\nTom Harris\nNorthwind Support, marina office",
     "expect": [],
     "note": "Marina: embedded yes/no question ('I'd like to know whether I can...') answered "
             "implicitly ('There is still space'), the cost answered. Clean."},
    {"channel": "email",
     "customer": "My theory test is booked for the 3rd of June. Can I still have practical "
                 "lessons before I pass it? And if I fail the theory, do I lose the money for "
                 "the lessons I've already booked?",
     "text": "Hello Aisha,\n\nThank you for your message. Yes, you can start practical lessons "
             "before the theory test; many of our learners prepare for both at the same time. "
             "Your instructor will go over the Highway Code during your first two lessons, and "
             "there are free practice theory tests on our website.\n\nBest wishes,\nMichael\n"
             "Northwind Support, driving school",
     "expect": ["R-TALK-9"],
     "note": "Driving school: the first question is answered, but the follow-up 'if I fail, do "
             "I lose the money for the booked lessons?' is never addressed; the practice tests "
             "are on the theory topic but do not answer it -> R-TALK-9."},
    {"channel": "chat",
     "customer": "hi, my 6 year old needs a check up. do you see children on the nhs and is "
                 "there a saturday slot? he gets very anxious",
     "text": "Hello, thanks for getting in touch. We do see children on the NHS, and check-ups "
             "for under-18s are free. Dr Silva has Saturday morning appointments on 7 and 21 "
             "June at 9:30 and 10:15. She is very patient with nervous children, and you are "
             "welcome to bring him in beforehand just to see the room. Would either Saturday "
             "suit you?",
     "expect": [],
     "note": "Dental practice: two questions (children on the NHS? Saturday slot?) both "
             "answered; the anxiety remark is addressed too. Clean."},
    {"channel": "email",
     "customer": "We had the panels installed in April. The app shows about 40% less than the "
                 "estimate you gave us for May. Is something wrong with the system? And who do "
                 "I contact about the export payments, you or the energy supplier?",
     "text": "Dear Mr and Mrs Clarke,\n\nThank you for sending the figures. I have compared them "
             "with the weather data for your area, and May was unusually cloudy this year, so "
             "output was lower across the whole region. Even so, a 40% gap is more than we "
             "would expect. I have booked a remote check of your inverter for Thursday 12 June, "
             "and I will send you the results by the end of that day.\n\nKind regards,\nNadia\n"
             "Northwind Support, solar installations",
     "expect": ["R-TALK-9"],
     "note": "Solar panels: 'is something wrong?' is answered honestly with a dated check, but "
             "'who do I contact about the export payments?' is ignored -> R-TALK-9."},
    {"channel": "email",
     "customer": "Hello, we're moving to the area in August. Can I register my son for the "
                 "kindergarten now or do I have to wait until we have the new address? He'll "
                 "be 3 in September. What documents do you need?",
     "text": "Dear Ms Novak,\n\nWelcome to the area. You don't need to wait for the move: you can "
             "register now with your current address and update it once you have moved in. "
             "Children start in the term after their third birthday, so your son's first term "
             "would begin in January. Please bring his birth certificate and vaccination record "
             "to the registration meeting, and proof of the new address can follow later.\n\n"
             "Kind regards,\nEsther\nNorthwind Support, kindergarten registrations",
     "expect": [],
     "note": "Kindergarten registration: an either/or question (register now or wait?) answered "
             "in other words ('You don't need to wait'), documents listed; the start date is "
             "added. Clean."},
    {"channel": "email",
     "customer": "The lift at Harbour Court has been out of order since Monday. When will it be "
                 "fixed? Several of our residents are elderly. Also, will the repair be covered "
                 "by our maintenance contract?",
     "text": "Dear Mr Adeyemi,\n\nI am sorry that the lift at Harbour Court has been out of "
             "service since Monday, especially for your older residents. Our engineer found a "
             "worn door motor, and a replacement has been ordered from the manufacturer. The "
             "part and the labour are covered by your maintenance contract, so there will be no "
             "charge. We will call you when the part arrives to arrange the fitting.\n\n"
             "Kind regards,\nIsaac\nNorthwind Support, lift maintenance",
     "expect": ["R-TALK-9"],
     "note": "Lift maintenance: the contract question is answered, but 'When will it be fixed?' "
             "gets only 'we will call you when the part arrives', no date or estimate -> "
             "R-TALK-9 (talks about the repair without answering when)."},
    {"channel": "chat",
     "customer": "i finished the python course but cant find the certificate anywhere?? also "
                 "does it have my full name on it, i need it for a job application",
     "text": "Congratulations on finishing the course. The certificate is under Profile, then "
             "Achievements, and you can download it as a PDF from there. It shows the name from "
             "your profile settings, which at the moment reads \"J. Morris\". If you'd like "
             "your full name on it, change it in the profile settings and download the "
             "certificate again; the new copy will show the updated name.",
     "expect": [],
     "note": "Online course: 'cant find the certificate??' (a statement used as a question) "
             "answered with where it is; 'does it have my full name' answered implicitly (it "
             "shows 'J. Morris', here is how to change it). Clean."},
    {"channel": "web_form",
     "customer": "Do you clean wedding dresses? Mine is silk with beading. How much would it "
                 "cost and how long does it take? The wedding was last weekend.",
     "text": "Congratulations on your wedding. Yes, we clean wedding dresses, including silk and "
             "beaded ones, by hand in our specialist workroom rather than in the machines. The "
             "price depends on the fabric and the amount of beading, so we give you a fixed "
             "quote when you bring the dress in, with no obligation to go ahead. Our shop at "
             "8 Market Street is open Monday to Saturday, 8 am to 6 pm.",
     "expect": ["R-TALK-9"],
     "note": "Dry cleaner: 'do you clean wedding dresses?' and 'how much?' are addressed (yes; "
             "a fixed quote in the shop), but 'how long does it take?' is never answered; the "
             "opening hours are on the same visit but not the turnaround -> R-TALK-9."},
    {"channel": "email",
     "customer": "We've booked pitch 22 for 2-9 August. Are dogs allowed? We have two small "
                 "ones. And could we arrive a day earlier if there's space?",
     "text": "Dear Mr Kowalski,\n\nThank you for your e-mail. Your two dogs are very welcome; we "
             "only ask that they are kept on a lead on the site and walked on the path by the "
             "river. Pitch 22 is also free on the night of 1 August, so you can arrive a day "
             "earlier for an extra £28. Just reply \"yes\" and I will update your booking and "
             "send a new confirmation.\n\nKind regards,\nLucy\nNorthwind Support, campsite "
             "bookings",
     "expect": [],
     "note": "Campsite: 'Are dogs allowed?' answered without a literal yes ('very welcome'); the "
             "early arrival answered with price and next step. Clean."},
    {"channel": "chat",
     "customer": "I bought a museum membership as a gift for my dad. Can he use it straight away "
                 "or does he need the card first? And can he bring someone with him?",
     "text": "What a lovely present. Each membership includes one free guest on every visit, so "
             "he is welcome to bring someone along. The membership card is posted within five "
             "working days, together with a welcome letter and a guide to this season's "
             "exhibitions.",
     "expect": ["R-TALK-9"],
     "note": "Museum membership: the guest question is answered, but 'can he use it straight "
             "away or does he need the card first?' is not; the reply talks about posting the "
             "card without saying whether he can visit before it arrives -> R-TALK-9."},

    # ---------------- R-TALK-6: 6 clean + 6 violations ----------------
    {"channel": "email",
     "text": "Dear Mr Grant,\n\nThank you for your patience yesterday. Our locksmith arrived "
             "later than planned because the job before yours, a family locked out with a baby "
             "inside, took longer than expected. That still doesn't excuse leaving you waiting "
             "without a phone call, and I'm sorry we didn't ring you. I have taken the call-out "
             "fee off your invoice.\n\nKind regards,\nPeter\nNorthwind Support, locksmiths",
     "expect": [],
     "note": "Locksmith: the cause of the delay is explained without blaming anyone, the "
             "company's own failure (no call) is owned, and the fee is removed. Near miss for "
             "R-TALK-6 (justification) but the explanation comes with an apology and a remedy. "
             "Clean."},
    {"channel": "email",
     "text": "Dear Mrs Evans,\n\nI have looked into the £25 missed-appointment fee. A reminder "
             "text was sent to the number on your file two days before, and the appointment was "
             "not cancelled within the 24 hours required. The fee has therefore been applied "
             "correctly and will remain on your account.\n\nKind regards,\nReception\nNorthwind "
             "Support, dental practice",
     "expect": ["R-TALK-6"],
     "note": "Dental practice: impersonal, passive blame ('was not cancelled within the 24 "
             "hours required') and a flat refusal with nothing offered ('will remain on your "
             "account') -> R-TALK-6."},
    {"channel": "email",
     "text": "Thank you for your message about the photos from your shoot. I'm afraid we can't "
             "send the raw, unedited files, as our photographers only release finished images. "
             "What we can do is add the 15 extra shots you liked to your gallery at no charge, "
             "edited in the same style. If you would like a lighter edit on any of them, just "
             "tell us which ones.",
     "expect": [],
     "note": "Photo studio: a refusal (no raw files) that comes with a concrete alternative at "
             "no charge. Near miss for a flat refusal. Clean."},
    {"channel": "phone",
     "text": "No, that's not what happened. Your instructor arrived at ten past nine, which is "
             "within the normal pick-up window, and she waited for you at the meeting point. If "
             "you like, I can book you a new lesson for next week.",
     "expect": ["R-TALK-6"],
     "note": "Driving school: the agent flatly contradicts the customer ('No, that's not what "
             "happened') and defends the instructor; the offer at the end does not undo the "
             "arguing -> R-TALK-6."},
    {"channel": "email",
     "text": "You wrote that the fitter was \"rude and in a hurry\", and I'm sorry the visit felt "
             "that way. I have passed your comments to Kevin's team leader, who will go through "
             "the visit with him this week. Another fitter will come on Wednesday between 1 and "
             "5 to fix the loose shelf, and there is no charge for that visit.",
     "expect": [],
     "note": "Furniture assembly: the customer's own words are quoted ('rude and in a hurry'), "
             "the colleague and his team leader are named neutrally, with an apology and a "
             "repair visit. Near miss for speaking badly of a colleague. Clean."},
    {"channel": "chat",
     "text": "I'm sorry your radiators are still cold. To be honest, the subcontractor who "
             "fitted your system isn't the most careful, and we've had a few of these from him "
             "already. I'll send one of our own engineers on Friday morning to put it right.",
     "expect": ["R-TALK-6"],
     "note": "Heat pump installer: the apology and the Friday visit are fine, but the agent "
             "runs down a partner ('isn't the most careful, we've had a few of these from him') "
             "-> R-TALK-6."},
    {"channel": "email",
     "text": "Thank you for pointing out the invoice. Just to clear up one detail: the £120 is "
             "for the winter lift-out on 3 November, not for your berth, which is already paid "
             "for the year. I can see why the line looked like a second berth fee, as it only "
             "says \"service\". I will reissue the invoice with a clear description today.",
     "expect": [],
     "note": "Marina: a polite correction ('Just to clear up one detail') that accepts why the "
             "customer misread the invoice and fixes the wording. Near miss for contradicting. "
             "Clean."},
    {"channel": "email",
     "text": "Before raising a complaint, please take the time to read the course page "
             "carefully. It states clearly that live sessions are recorded only for premium "
             "members, so a recording was never part of your plan. You can upgrade at any time "
             "from your account settings.",
     "expect": ["R-TALK-6"],
     "note": "Online course platform: lecturing the customer ('Before raising a complaint, "
             "please take the time to read...', 'It states clearly') -> R-TALK-6, even though "
             "an upgrade is mentioned."},
    {"channel": "email",
     "text": "You did nothing wrong here: the care label on your shirt said 40 degrees, and that "
             "is what you asked for. The colour ran because our machine was set to 60 by "
             "mistake. I'm sorry, and we will refund the £12 and pay the £45 price of the "
             "shirt. Please send us a photo of the receipt if you still have it, or the product "
             "link if not.",
     "expect": [],
     "note": "Laundry: negated blame ('You did nothing wrong'), the company's own mistake owned, "
             "refund and compensation. Clean."},
    {"channel": "phone",
     "text": "I'm sorry, I'm not able to give out the engineer's mobile number or the service "
             "manager's e-mail address. All contact about the lift has to go through this line, "
             "I'm afraid.",
     "expect": ["R-TALK-6"],
     "note": "Lift maintenance: polite on the surface, but refuses contact details and offers "
             "no callback, message or other route beyond 'this line' -> R-TALK-6."},
    {"channel": "email",
     "text": "Dear Ms Ward,\n\nYou are right, and I apologise. When we moved your alarm "
             "monitoring to the new plan in March, we went on charging the old monthly fee as "
             "well. That was our error. We refunded the £54 you were overcharged to your card "
             "today, and your April bill will show only the new fee of £18.\n\nKind regards,\n"
             "Isaac\nNorthwind Support, home alarms",
     "expect": [],
     "note": "Alarm company: the company's own mistake owned outright ('That was our error') "
             "with a refund. Near miss for speaking badly of the company: owning an error is "
             "not running the company down. Clean."},
    {"channel": "chat",
     "text": "Sorry about the parking charge. Honestly, the way this place runs the car park is "
             "a mess, and management never listens to us about it. Send me a photo of your "
             "parking receipt and I'll see what I can do.",
     "expect": ["R-TALK-6"],
     "note": "Zoo: the agent runs down the company and its management ('a mess', 'never "
             "listens to us') while helping -> R-TALK-6."},

    # ---------------- R-LETTER-1: 5 clean + 5 violations ----------------
    {"channel": "letter",
     "text": "Dear Mr Reid,\n\nYour annual boiler service, booked for Tuesday 14 October, has "
             "been moved to Thursday 16 October between 8 am and 12 noon, because our engineer "
             "is on a training course on the original day. We apologise for the change.\n\nIf "
             "the new date suits you, you do not need to do anything. If it does not, please "
             "call 0161 555 0142 or reply to this letter by Friday 10 October, and we will offer "
             "you another morning.\n\nYours sincerely,\nLaura Bennett\nService Planning, "
             "Northwind Support",
     "expect": [],
     "note": "Boiler maintenance: date moved; says nothing is needed if it suits, and otherwise "
             "what to do, how and by when. Clean."},
    {"channel": "letter",
     "text": "Dear Ms Hart,\n\nFollowing the end of your seasonal pitch agreement on 30 "
             "September, we have returned your deposit of £200. The amount was transferred on "
             "6 October to the account from which the original payment was made. No deductions "
             "were made, as the pitch was left in good condition.\n\nThank you for staying with "
             "us this season.\n\nYours sincerely,\nDavid Price\nNorthwind Support, campsite office",
     "expect": ["R-LETTER-1"],
     "note": "Campsite: deposit returned. The letter states the facts and stops; it neither "
             "says that nothing is needed nor what to do if the money does not arrive -> "
             "R-LETTER-1 (the reader may infer it, but the letter does not say it)."},
    {"channel": "letter",
     "text": "Dear Mr and Mrs Osei,\n\nThank you for your application for a kindergarten place "
             "for Ama from January. To complete it, we still need a copy of her vaccination "
             "record.\n\nPlease send a scan or photo of the record to "
             "registrations@northwind.example, or hand in a copy at our office, by Friday 28 "
             "November. Once we have it, we will confirm her place in writing within five "
             "working days.\n\nYours sincerely,\nEsther Lindqvist\nRegistrations, Northwind "
             "Support",
     "expect": [],
     "note": "Kindergarten: a missing document, with what to send, how (e-mail or in person) "
             "and by when. Clean."},
    {"channel": "letter",
     "text": "Dear Ms Fraser,\n\nWe are writing to let you know that the annual maintenance fee "
             "for the two lifts at Kingsley House will rise from £2,400 to £2,580 from 1 "
             "January. The change reflects higher costs for parts and for the 24-hour call-out "
             "service included in your contract. The other terms of your contract are "
             "unchanged.\n\nIf you have any questions, please contact your account manager, "
             "Simon Ellis, on 0113 555 0190.\n\nYours sincerely,\nNorthwind Support, lift "
             "maintenance",
     "expect": ["R-LETTER-1"],
     "note": "Lift maintenance: fee increase. Only a generic 'if you have any questions, "
             "contact...'; it does not say whether she must accept, sign or do anything, or "
             "that nothing is needed -> R-LETTER-1."},
    {"channel": "letter",
     "text": "Dear Mr Hussain,\n\nAs you asked in your letter of 2 September, your alarm "
             "monitoring contract ended on 30 September. Your final bill, for September only, "
             "has been paid, and no further payments will be taken.\n\nThere is nothing you "
             "need to do: we have cancelled the direct debit on our side, and the control panel "
             "remains yours. If you would like our engineer to remove the outdoor siren box, "
             "please call 0800 555 0177 before 31 December to book a free visit.\n\nYours "
             "sincerely,\nFiona Walsh\nCustomer Accounts, Northwind Support",
     "expect": [],
     "note": "Alarm company: contract ended; says nothing is needed and why (direct debit "
             "cancelled by us), plus an optional step with a date. Clean."},
    {"channel": "letter",
     "text": "Dear Ms Lin,\n\nWe are sorry to tell you that your newborn photo session on "
             "Saturday 8 November at 10 am has been cancelled, as our photographer, Anna, is "
             "unwell and will be away for the rest of that week.\n\nWe apologise for the "
             "inconvenience this causes at such a special time.\n\nYours sincerely,\nNorthwind "
             "Support, photo studio",
     "expect": ["R-LETTER-1"],
     "note": "Photo studio: session cancelled, with an apology, but nothing about rebooking, a "
             "refund or what the customer should do -> R-LETTER-1."},
    {"channel": "letter",
     "text": "Dear Mrs Ahmed,\n\nThank you for your request to move your heat pump installation. "
             "We are happy to agree: the installation will now take place on Monday 2 February "
             "instead of Monday 12 January, and the price stays as quoted.\n\nBefore that date, "
             "please clear the garden furniture from the area where the outdoor unit will "
             "stand. Our installer, Mateo, will phone you on Friday 30 January to confirm his "
             "arrival time. You do not need to reply to this letter.\n\nYours sincerely,\n"
             "Rachel Green\nInstallations, Northwind Support",
     "expect": [],
     "note": "Heat pump installer: a decision (date moved at the customer's request) with the "
             "step expected (clear the area before the date) and 'no need to reply'. Clean."},
    {"channel": "letter",
     "text": "Dear Mr Fischer,\n\nYour museum membership has been renewed for another year, from "
             "1 December to 30 November, at the current price of £65. The payment was taken "
             "from your card ending 3391 on 1 December.\n\nYours sincerely,\nMembership Office, "
             "Northwind Support",
     "expect": ["R-LETTER-1"],
     "note": "Museum membership renewed automatically; the letter gives the fact and stops, "
             "with nothing on whether a new card comes, whether anything is needed, or how to "
             "cancel -> R-LETTER-1. Card ending 3391 is last four digits only (no R-SEC-1)."},
    {"channel": "letter",
     "text": "Dear Ms Okoro,\n\nFrom 1 March, the price of a one-hour driving lesson will rise "
             "from £38 to £40. Lessons you have already paid for, including the four remaining "
             "in your block of ten, keep the old price.\n\nYou do not need to do anything about "
             "the lessons already paid for. If you would like to buy another block at the "
             "current price, you can do so online or at our office until 28 February.\n\nYours "
             "sincerely,\nMichael Dunn\nNorthwind Support, driving school",
     "expect": [],
     "note": "Driving school: fee change; says nothing is needed for paid lessons and why, plus "
             "an optional step with a deadline. Clean."},
    {"channel": "letter",
     "text": "Dear Mrs Tan,\n\nThe assembly of your dresser and dining table, planned for "
             "Wednesday 5 November, will now take place on Wednesday 12 November. The dresser "
             "was damaged in our warehouse, and a replacement is being made.\n\nWe are sorry "
             "for the delay.\n\nYours sincerely,\nNorthwind Support, furniture delivery",
     "expect": ["R-LETTER-1"],
     "note": "Furniture delivery: date moved, damage owned, apology, but no time window, no "
             "word on whether the new date must be confirmed or what to do if it does not suit "
             "-> R-LETTER-1."},

    # ---------------- R-TALK-2 closings: 4 clean + 4 violations ----------------
    {"position": "closing", "channel": "phone",
     "text": "Lovely, so your duvet will be ready to collect on Thursday after two. Is there "
             "anything else I can help with today? No? Then thank you for calling, and you can "
             "ring us any time. Bye now.",
     "expect": [],
     "note": "Laundry phone closing: anything else, thanks, ring us any time, goodbye ('Bye "
             "now'). Clean."},
    {"position": "closing", "channel": "chat",
     "text": "The link to reset your password is on its way to your inbox. Is there anything "
             "else I can do for you? If anything comes up later, you can always message us "
             "here. Have a good evening, goodbye.",
     "expect": ["R-TALK-2"],
     "note": "Online course chat closing: asks anything else, says they can come back, says "
             "goodbye, but never thanks the customer ('Have a good evening' is a wish) -> "
             "R-TALK-2."},
    {"position": "closing", "channel": "email",
     "text": "I hope the new time works better for you. Is there anything else you would like "
             "to know before your visit on Tuesday? Thank you for choosing our practice, and "
             "you are welcome to contact us at any time.\n\nKind regards,\nSara\nNorthwind "
             "Support, dental reception",
     "expect": [],
     "note": "Dental e-mail closing: anything else, thanks, contact us any time, and the "
             "sign-off 'Kind regards' as goodbye. Clean."},
    {"position": "closing", "channel": "phone",
     "text": "Right, that's the engineer booked for Monday morning. Thanks ever so much for your "
             "patience today, and if the panel beeps again before then, just call us back. "
             "Goodbye.",
     "expect": ["R-TALK-2"],
     "note": "Alarm company phone closing: thanks, call us back, goodbye, but does not ask "
             "whether anything else is needed -> R-TALK-2."},
    {"position": "closing", "channel": "chat",
     "text": "Your pitch for 12 to 15 August is confirmed, and the gate code is in your "
             "confirmation e-mail. Anything else I can help you with? Thanks for booking with "
             "us, and you're always welcome to message us here. Goodbye, and enjoy your stay.",
     "expect": [],
     "note": "Campsite chat closing with all four parts. Clean."},
    {"position": "closing", "channel": "chat",
     "text": "That's all updated, and your new delivery slot is Friday between 7 and 11. Is "
             "there anything else I can help with? Thank you for your patience with the change, "
             "and feel free to contact us again whenever you need.",
     "expect": ["R-TALK-2"],
     "note": "Furniture delivery chat closing: anything else, thanks, come back, but no "
             "goodbye -> R-TALK-2."},
    {"position": "closing", "channel": "phone",
     "text": "So that's your mock test booked for the 9th at half past eight. Is there anything "
             "else you need from us? Thanks for calling, and if you need to move it, just give "
             "us a ring any time. Bye-bye.",
     "expect": [],
     "note": "Driving school phone closing with all four parts ('give us a ring any time' as "
             "come back, 'Bye-bye' as goodbye). Clean."},
    {"position": "closing", "channel": "email",
     "text": "Your two guest passes for the Egyptian exhibition are attached to this e-mail. Is "
             "there anything else I can help you with? Thank you for being a member, and enjoy "
             "the exhibition.\n\nBest wishes,\nAmir\nNorthwind Support, museum membership",
     "expect": ["R-TALK-2"],
     "note": "Museum e-mail closing: anything else, thanks, sign-off as goodbye, but never says "
             "the customer can come back or get in touch again -> R-TALK-2."},
]
