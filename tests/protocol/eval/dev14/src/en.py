"""dev14 English items (writer A). Northwind Support, other kinds of service desks."""

LANG = "en"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def T(channel, agent, turns):
    return {"version": 1, "lang": "en", "channel": channel, "agent": agent,
            "organisation": "Northwind Support", "turns": turns}


RINGS2 = [E("ring", "system"), E("ring", "system")]
RINGS3 = [E("ring", "system"), E("ring", "system"), E("ring", "system")]

TRANSCRIPTS = [
    # t01 clean: cake-order desk, wrong name on a birthday cake
    {"transcript": T("phone", "Hannah", RINGS2 + [
        E("answer"),
        A("Good morning, Northwind Support cake-order desk, Hannah speaking. How can I help you today?"),
        C("Hi, yeah, I picked up my daughter's birthday cake this morning and the name on it is wrong. "
          "It says Amelie, she's called Amelia. The party's at four."),
        A("Oh no, I'm really sorry we got her name wrong, and on the day of the party too. "
          "Could you bring the cake back before one o'clock? Our decorator can redo the lettering "
          "while you wait; it takes about fifteen minutes."),
        C("Before one, OK. Which shop, the one on Mill Road or the one on the high street?"),
        A("Mhm, the Mill Road shop, that's where the decorator is today. I'll ring them now so "
          "they're expecting you, and there's no charge, of course."),
        C("Great. And will the lettering be the same colour? It's meant to be pink."),
        A("Yes, the same pink as the rest of the piping. I've put a note on your order: Amelia, "
          "pink lettering, collection before one. Is there anything else I can do for you?"),
        C("No, that's all, thanks so much. Bye."),
        A("Thank you for calling, and sorry again for the mix-up. If anything about the cake isn't "
          "right when you collect it, just ring us. Have a lovely party, goodbye."),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Clean. Complaint (wrong name on cake) answered with apology + concrete fix (bring it back "
             "before one, lettering redone while waiting). Both questions answered (which shop; same "
             "colour). Closing spread over the last two agent turns, customer says thanks and bye first: "
             "anything else (turn before), thanks, come back said in passing ('if anything ... isn't "
             "right, just ring us'), goodbye with a wish. Two rings."},

    # t02 violating: plumber call-out, no-show answered with an offer but no apology
    {"transcript": T("chat", "Daniel", [
        A("Hello, you're chatting with Northwind Support's plumbing call-out service. My name is "
          "Daniel. How can I help?"),
        C("i booked a plumber for 8 to 12 today for a leaking pipe under the kitchen sink, its now "
          "half 1 and nobody has come. i took the morning off work for this"),
        A("I can see your booking for 14 Ashgrove Road. I've moved you to the first slot tomorrow, "
          "8 to 10, with Martin, who starts his day in your area."),
        C("tomorrow?? the pipe is dripping into a bucket. is there really no one who can come today"),
        A("I'm sorry, a bucket under the sink all night is not good enough. I've checked again and "
          "Martin can come at 5 pm today, after his last job. Shall I book that for you instead?"),
        C("yes 5 is fine. do i need to turn the water off until then"),
        A("Only if the drip gets worse: then turn the stopcock under the sink clockwise. Otherwise "
          "the bucket is fine until Martin arrives, and you'll get a text about thirty minutes "
          "before he gets there."),
        C("ok thanks"),
        A("Is there anything else I can help you with?"),
        C("no thats it"),
        A("Thanks for your patience today. If anything changes before five, just message us here. "
          "Goodbye."),
    ]), "expect": ["R-TALK-12"],
     "note": "R-TALK-12: the first complaint (no-show, morning off work) gets only an offer worded as an "
             "action already taken (moved to tomorrow 8-10), with no apology. The second complaint "
             "('tomorrow?? ...') is answered correctly (apology + 5 pm today). All questions answered "
             "(someone today: yes, 5 pm; water off: only if it gets worse). Complete closing over the "
             "last two agent turns."},

    # t03 clean: bookshop special order late, hold done right
    {"transcript": T("phone", "Leo", RINGS3 + [
        E("answer"),
        A("Good afternoon, Northwind Support bookshop, Leo speaking. How can I help?"),
        C("Hi. Um, I ordered a book three weeks ago, a cookbook, and I was told ten days. I've had no "
          "email, nothing. It's a present and I'm running out of time."),
        A("I'm sorry you've been left waiting without any news, that shouldn't happen. If you give me "
          "your name or the order number, I'll find out exactly where it is."),
        C("It's Farah Malik. Order 55102."),
        A("Thank you, Ms Malik. May I put you on hold for a minute or two while I check with our "
          "supplier?"),
        C("Yes, fine."),
        E("hold"),
        E("resume"),
        A("Thank you for holding. The book is at the distributor's warehouse and was sent to us "
          "yesterday, so it should reach the shop on Thursday."),
        C("Thursday. And can I pick it up, or do you post it?"),
        A("Either is possible. You can collect it from Thursday afternoon, or we can post it free of "
          "charge, which usually adds one or two days."),
        C("I'll collect it. Will you let me know when it's in?"),
        A("Yes, I'll text you as soon as it's behind the till with your name on it. Is there anything "
          "else I can help with today?"),
        C("No, that's it. Thanks, Leo."),
        A("Thank you for your patience, Ms Malik. If the text hasn't come by Friday, you can always "
          "give us a ring. Bye now."),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Clean. Three rings (not more than three). Complaint (late order, no news) gets apology + "
             "way forward (find out where it is). Hold: permission and reason ('May I put you on hold "
             "... while I check with our supplier?'), thanks after resume. Questions answered: where is "
             "it (after the hold), collect or post (either), will you let me know (yes, text). Closing "
             "over the last two agent turns; 'Bye now' is the goodbye."},

    # t04 violating: electrician call-out, hold without permission and without thanks
    {"transcript": T("phone", "Grace", RINGS2 + [
        E("answer"),
        A("Northwind Support electrical call-outs, good morning, this is Grace. What can I do for you?"),
        C("Morning. Your electrician came on Monday to fix the outdoor lights, and they're off again. "
          "I paid ninety pounds for that visit."),
        A("I'm sorry the lights have failed again so soon after the visit. We'll send someone back at "
          "no cost to you. Could I take your postcode?"),
        C("BS6 7QT."),
        A("Thanks. Let me look up Monday's visit and the diary. Hold on."),
        E("hold"),
        E("resume"),
        A("Right, so Kevin noted a damp junction box by the back door. He can come back on Thursday "
          "between one and three to replace it."),
        C("Thursday's fine. Will I have to pay for the new box?"),
        A("No, the part and the visit are both covered, because it's the same fault. Is there anything "
          "else I can do for you today?"),
        C("No, that's everything, thank you."),
        A("Thank you for calling. If the lights give you any more trouble before Thursday, please call "
          "us straight away. Goodbye."),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-10"],
     "note": "R-TALK-10: 'Let me look up ... Hold on.' gives a reason but does not ask permission, and the "
             "first turn after the resume ('Right, so Kevin noted ...') does not thank the customer. "
             "Everything else is clean: complaint answered with apology + revisit at no cost, the "
             "payment question answered (no), complete closing over the last two agent turns."},

    # t05 clean: translation agency, certificate rejected for a missing stamp
    {"transcript": T("chat", "Sofia", [
        A("Hello and welcome to Northwind Support translations. I'm Sofia. How may I help you?"),
        C("Hi Sofia. I got my translated birth certificate back from you last week and the registry "
          "office refused it today because it has no translator's stamp. Now I have to book another "
          "appointment there and the next free one is in a month"),
        A("I'm very sorry, the stamp should have been on it and it wasn't, so that one is our mistake. "
          "I've already asked our certified translator to stamp and sign a new copy today, and we'll "
          "send it by tracked post at our cost."),
        C("ok. when will it arrive? and can i collect it instead, i live near your office"),
        A("You're welcome to collect it: it will be ready at our Castle Street office from 3 pm today. "
          "By tracked post it would normally arrive on Thursday."),
        C("I'll collect it at 3."),
        A("Perfect, I'll let reception know you're coming. Is there anything else I can help you with?"),
        C("Actually yes, will the registry office charge me again for the new appointment?"),
        A("The registry office sets its own fees, so I don't know whether they charge for rebooking. "
          "If they do, send us the receipt and we'll refund it, since the missing stamp was our error."),
        C("That's fair. Thanks for sorting it out."),
        A("Thank you for bearing with us, and sorry again for the extra trip. You can always message us "
          "here if anything else comes up with your documents. Goodbye, and good luck at the registry "
          "office."),
    ]), "expect": [],
     "note": "Clean. Complaint answered with apology, own mistake owned, and an action already taken (new "
             "stamped copy today). Questions: when will it arrive (Thursday by post) and can I collect "
             "(yes, from 3 pm); registry fee: honest 'I don't know' plus an offer to refund. 'Anything "
             "else?' is asked before the customer's last question, two agent turns before the last; "
             "the last turn thanks, says they can always come back and says goodbye."},

    # t06 violating: garden centre, cracked pot; one question never answered
    {"transcript": T("chat", "Oliver", [
        A("Hi, this is the Northwind Support garden centre desk, Oliver here. How can I help?"),
        C("Hello. The two olive trees I ordered were delivered this morning and one pot is cracked right "
          "through, soil all over my drive. Can you replace the pot? Also, does the tree need planting "
          "today now that the pot is broken?"),
        A("I'm sorry about the cracked pot and the mess on your drive. I've arranged a replacement pot, "
          "which our driver will bring on Friday morning, and he'll take the broken one away."),
        C("Friday morning is ok. What time roughly?"),
        A("Between 8 and 11. The driver rings about half an hour before he arrives."),
        C("Fine, thanks."),
        A("Is there anything else I can help you with today?"),
        C("No, that's all."),
        A("Thanks for letting us know about the pot. If anything else isn't right with the trees, "
          "message us any time. Goodbye."),
    ]), "expect": ["R-TALK-9"],
     "note": "R-TALK-9: the customer asks two questions in the first message; 'Can you replace the pot?' "
             "is answered, but 'does the tree need planting today?' is never addressed in any later "
             "agent turn. Complaint handled (apology + replacement already arranged), 'What time "
             "roughly?' answered, complete closing."},

    # t07 clean: e-bike shop, transfer to the workshop
    {"transcript": T("phone", "Ryan", [E("ring", "system"),
        E("answer"),
        A("Good morning, Northwind Support e-bike shop, this is Ryan. How can I help?"),
        C("Hi, I had my e-bike in for a new battery two weeks ago and it's already dying after about ten "
          "kilometres. I use it to get to work, so this is really annoying."),
        A("I'm sorry, that's not the range a new battery should give you. Our workshop can test it "
          "properly, so I'll put you through to Ewa there and tell her about the battery and the ten "
          "kilometres, so you won't need to explain it again. Is that all right?"),
        C("Yes, go on."),
        A("Thank you. Putting you through now."),
        E("transfer", to="workshop"),
        A("Hello, Ewa in the workshop. Ryan told me your new battery only lasts about ten kilometres, "
          "sorry you've had that trouble. Could you bring the bike in tomorrow? I'll test the battery "
          "while you wait, and if it's faulty we'll swap it there and then."),
        C("Tomorrow I work until six. Are you open later?"),
        A("On Thursdays we're open until eight, so tomorrow works. Come any time after six and ask "
          "for me."),
        C("Brilliant. Do I need to bring the charger?"),
        A("Yes, please bring the charger as well, so I can test both. Anything else I can help with?"),
        C("No, that's it, thanks."),
        A("Thanks for calling, and if you need us before then, just ring this number again. See you "
          "tomorrow evening, goodbye."),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Clean. One ring. Complaint ('really annoying') answered with apology + way forward (transfer "
             "to the workshop with the problem passed on, not a brush-off). After the transfer Ewa "
             "offers a test while waiting. Questions answered (open later: till eight on Thursdays, "
             "i.e. tomorrow; charger: yes). Closing by the second agent over her last two turns."},

    # t08 violating: broadband installer no-show; justification only, closing without come back
    {"transcript": T("phone", "Amir", RINGS2 + [
        E("answer"),
        A("Good afternoon, Northwind Support broadband installations, you're speaking to Amir. How can "
          "I help?"),
        C("Hi. I took the whole day off yesterday for your engineer to install my fibre and he never "
          "turned up. Nobody called, nothing."),
        A("Mhm. Yesterday the engineers had a lot of emergency repairs after the storm, and repairs "
          "always come before new installations."),
        C("Right. So when is he coming then?"),
        A("One moment. I can offer Saturday between eight and twelve, or Monday afternoon."),
        C("Saturday morning."),
        A("That's booked, Saturday between eight and twelve. You'll get a text on Saturday when the "
          "engineer sets off. Is there anything else I can do for you?"),
        C("No."),
        A("Thank you for your time. Goodbye."),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "R-TALK-12: after the complaint (day off, engineer never came, nobody called) the agent only "
             "explains and justifies (storm repairs come first): no apology and no way forward in that "
             "turn. R-TALK-2: the closing asks 'anything else?', thanks and says goodbye but never says "
             "the customer can come back or call again. The question 'when is he coming?' is answered."},

    # t09 clean: home cleaning service, cleaner left early
    {"transcript": T("chat", "Chloe", [
        A("Good evening, Northwind Support home cleaning. My name is Chloe, how can I help you?"),
        C("hi, your cleaner came today but left after an hour and a half instead of three hours. the "
          "bathroom wasnt touched and im paying for three hours"),
        A("I'm so sorry, you should have had the full three hours. I've taken the missed time off this "
          "month's bill, and I can send Joanna back to do the bathroom this Saturday at 10. Would that "
          "suit you?"),
        C("saturday 10 is ok. why did she leave early tho"),
        A("She had to leave for an urgent personal reason, and we should have phoned you at the time to "
          "explain. I'm sorry we didn't."),
        C("ok fair enough. will it be joanna again on saturday or someone else"),
        A("It will be Joanna; she asked to finish the job herself. Is there anything else I can help "
          "with?"),
        C("no thats all, thank you Chloe. bye"),
        A("Thank you for telling us, and have a good weekend. You can always message us here if "
          "anything needs another look. Goodbye."),
    ]), "expect": [],
     "note": "Clean. Complaint (cleaner left early, bathroom not done) answered with apology + actions "
             "already taken (bill reduced, Saturday visit offered). 'Why did she leave early' answered "
             "without blaming the colleague; the company owns not phoning. 'Joanna again?' answered. "
             "Customer says thanks and bye first; closing over the last two agent turns."},

    # t10 violating: laundry, shrunk jumper; the agent blames the customer
    {"transcript": T("phone", "Nadia", [E("ring", "system"),
        E("answer"),
        A("Northwind Support laundry service, good morning, Nadia speaking. How may I help?"),
        C("Morning. I've just picked up my wool jumper from you and it's shrunk two sizes. It was a "
          "present from my mum, and now it's ruined."),
        A("I'm sorry about your jumper. Honestly, though, if you had told us it was wool, it would have "
          "gone on the delicate wash, so the missing note on your bag is what caused this. I can "
          "refund the cleaning fee."),
        C("The label on the jumper says wool. Can you at least pay for a new one?"),
        A("You're right, I'm sorry, I shouldn't have put it that way. May I put you on hold for a "
          "moment while I ask my manager about a new jumper?"),
        C("Go on."),
        E("hold"),
        E("resume"),
        A("Thank you for waiting. My manager has agreed to pay up to sixty pounds towards a new jumper "
          "if you send us the receipt, or a link to a similar one online."),
        C("OK, I've got the receipt. Where do I send it?"),
        A("You can e-mail a photo of it to laundry@northwind.example, or bring it to the shop. We pay "
          "within five working days of receiving it. Is there anything else I can do for you?"),
        C("No, that's it."),
        A("Thanks for calling, and for your patience. If the money hasn't arrived by then, you can "
          "always call us back. Goodbye."),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-6"],
     "note": "R-TALK-6: the agent blames the customer ('if you had told us it was wool ... the missing "
             "note on your bag is what caused this'). R-TALK-12 is met: that turn has an apology and an "
             "offer (refund of the fee), and the next one apologises and asks for a hold to get more. "
             "Hold done right (permission + reason, thanks after resume). Questions answered (pay for a "
             "new one: up to sixty pounds; where to send: e-mail or shop). Complete closing."},
]


ITEMS = [
    # ---------------- R-TALK-9 (customer set) ----------------
    {"customer": "Hi, I booked a chimney sweep for next Tuesday. Do I need to move the furniture away "
                 "from the fireplace, and how long will it take? Also, will he leave a certificate for "
                 "my insurance?",
     "text": "Hello Mr Barnes, thanks for getting in touch. The sweep puts down his own dust sheets, so "
             "just clear the mantelpiece and anything within a metre of the hearth. Sweeping one flue "
             "takes about 45 minutes. At the end he'll hand you a signed sweeping certificate, which is "
             "what most insurers ask for.\n\nKind regards,\nMegan\nNorthwind Support",
     "channel": "email", "expect": [],
     "note": "Clean: three questions (move furniture, how long, certificate) all answered; the yes/no "
             "ones implicitly (clear only the hearth area; 'he'll hand you a signed certificate')."},
    {"customer": "My dog food order was supposed to come Thursday and it's now Saturday. Where is it? "
                 "And can you change my regular delivery to every three weeks instead of four, he eats "
                 "more now",
     "text": "Hi Ms Okafor, sorry your order is late. It left our warehouse on Wednesday, and the "
             "courier's tracking shows it at the local depot, due out for delivery on Monday. I'll keep "
             "an eye on it and message you if that changes.\n\nBest wishes,\nTom",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "R-TALK-9: 'Where is it?' is answered (local depot, Monday), but the request phrased as a "
             "question, changing the regular delivery to every three weeks, is never addressed."},
    {"customer": "I'd like to know whether my membership discount also applies to the Christmas concerts, "
                 "and I was wondering if I can bring a guest at the member price",
     "text": "Dear Mr Lindqvist,\n\nYes, your 15% member discount applies to all five Christmas "
             "concerts. It also covers one guest ticket per concert, as long as it is booked together "
             "with yours. If you log in before booking online, both prices appear automatically.\n\n"
             "Kind regards,\nInes\nMembership Desk",
     "channel": "email", "expect": [],
     "note": "Clean: two embedded questions without '?' (discount at Christmas concerts; guest at member "
             "price), both answered ('Yes ...'; 'It also covers one guest ticket')."},
    {"customer": "We're thinking of renting an upright piano for our daughter. How much is it a month? and "
                 "if we decide to buy it later, does the rent count towards the price?",
     "text": "Thank you for your interest! Our rental uprights start at £35 a month, including delivery "
             "and one tuning a year. Many families start with renting, and it's a good way to see "
             "whether a child keeps up with lessons.\n\nWarm regards,\nPatrick",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "R-TALK-9: the monthly price is answered, but 'does the rent count towards the price?' only "
             "gets talk on the same topic (renting first is a good idea), not an answer."},
    {"customer": "can i bring my 2 kids to my flu jab appointment and get them done too? they are 7 and 10. "
                 "do i need to book them seperately",
     "text": "Hello, yes, children aged 2 to 17 can have the nasal flu spray at the same visit, so do "
             "bring them both. Please give each of them their own booking, though, so that we have "
             "enough spray ready. You can add them online under 'Family members' or call us on "
             "0161 496 0123.\n\nKind regards,\nNorthwind Support vaccination desk",
     "channel": "email", "expect": [],
     "note": "Clean: 'can I bring my kids and get them done too?' answered yes; 'do I need to book them "
             "separately' (no question mark) answered: yes, each their own booking, and how."},
    {"customer": "Hi, a bridge piece is missing from the wooden train set I bought for my son. Can you post "
                 "me one? Also, is the set OK for a 2-year-old, the box says 3+",
     "text": "Hello Mr Devlin, I'm sorry the bridge was missing from the box. I've posted a replacement "
             "piece to you today by first-class post, so it should reach you in a day or two.\n\n"
             "Kind regards,\nAisha\nNorthwind Support toy shop",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "R-TALK-9: 'Can you post me one?' is answered with an action already taken, but the second "
             "question (is the set suitable for a 2-year-old when the box says 3+) is ignored."},
    {"customer": "how much to resole a pair of leather boots and how long does it take. i need them for a "
                 "wedding on the 14th",
     "text": "Hi, a full leather resole is £48 and usually takes five working days. If you bring the "
             "boots in by Friday the 7th, we'll have them ready by Thursday the 13th at the latest, in "
             "time for the wedding.\n\nBest wishes,\nAhmed",
     "channel": "chat", "expect": [],
     "note": "Clean: price and time answered; the implicit question (ready for the 14th?) answered with a "
             "dated own commitment. Typed without question marks."},
    {"customer": "My laptop has been in your repair shop for 12 days. Is it fixed yet? And can I pay by card "
                 "when I pick it up, or only cash?",
     "text": "Hello Ms Chen, I'm sorry it has taken this long. The new screen arrived from the supplier "
             "this morning and is being fitted today, so the laptop will be ready to collect tomorrow "
             "after 2 pm.\n\nKind regards,\nJonas",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "R-TALK-9: 'Is it fixed yet?' answered (being fitted today, ready tomorrow), 'can I pay by "
             "card or only cash?' left unaddressed."},
    {"customer": "Is my dress back from alterations? You said end of March and it's April now. Do I have to "
                 "come in for another fitting or can I just collect it",
     "text": "Dear Ms Quinn,\n\nI'm sorry for the wait. The dress is still with our seamstress, and she "
             "hasn't given me a finishing date yet; I'll ring you by Thursday lunchtime with a firm date. "
             "When it's back, we'd like you to come in for a short final fitting rather than just "
             "collecting it, so that we can check the new hem on you.\n\nKind regards,\nBeatrice",
     "channel": "email", "expect": [],
     "note": "Clean: 'Is my dress back?' answered honestly (not yet, no date known) with a dated follow-up "
             "(ring by Thursday lunchtime); 'fitting or just collect' answered (a short final fitting)."},
    {"customer": "Your roofer said he'd be back Monday to finish the ridge tiles. Is he still coming? And "
                 "who do I talk to about the broken gutter bracket he left behind?",
     "text": "Hello Mr Ward, yes, Callum is booked for Monday from 8 am to finish the ridge tiles. If "
             "heavy rain is forecast, we'll phone you on Monday morning to rearrange. I'm sorry about "
             "the gutter bracket, that's frustrating to find after a job.\n\nKind regards,\nSaskia\n"
             "Northwind Support roofing",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "R-TALK-9: 'Is he still coming?' answered (yes, Monday 8 am); 'who do I talk to about the "
             "broken gutter bracket?' is met only with sympathy, no person, no way to raise it."},
    {"customer": "Does the installer need to come inside the house? I'm at work till 5, can my neighbour let "
                 "him in?",
     "text": "Hi Mr Popescu, yes, the installer needs to get to the spot where the router will go, usually "
             "near your TV or desk. Your neighbour is welcome to let him in, as long as they're over 18 "
             "and can show him where you'd like the router.\n\nBest regards,\nLena",
     "channel": "chat", "expect": [],
     "note": "Clean: both questions answered (inside: yes; neighbour: yes, with a condition)."},
    {"customer": "Do you do gluten-free birthday cakes? If so, how many days' notice do you need, and can you "
                 "write a message on it?",
     "text": "Hello, yes, we make gluten-free sponge cakes in three sizes, in a separate part of the "
             "kitchen. We can pipe any message of up to 30 letters in icing on top.\n\nKind regards,\n"
             "Martha\nNorthwind Support cake desk",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "R-TALK-9: gluten-free (yes) and the message (up to 30 letters) are answered; the notice "
             "question (how many days) is not."},

    # ---------------- R-TALK-6 ----------------
    {"text": "Hello Mrs Patel,\n\nI've looked into why the electrician couldn't finish on Tuesday. Your "
             "fuse board needed a part that wasn't on his van, and we had no way of knowing that when we "
             "booked the visit. He has ordered it, and I've booked him back for Friday at 9.\n\n"
             "Kind regards,\nSimon",
     "channel": "email", "expect": [],
     "note": "Clean near miss: a cause explained without blaming anyone (a part not on the van), followed "
             "by an action already taken."},
    {"text": "Dear Ms Harper,\n\nRegarding your complaint about the birthday cake: the order form was "
             "submitted with 'vanilla' ticked, and the cake was made according to the details provided. "
             "A chocolate cake can be ordered for any date from Monday.\n\nKind regards,\nMartha",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "R-TALK-6: impersonal, passive blame of the customer ('the order form was submitted with "
             "vanilla ticked ... made according to the details provided'); the offer of a new cake does "
             "not undo the blame."},
    {"text": "You're right, and I'm sorry: we charged you twice for the same order on 3 May. That was our "
             "mistake, not your bank's. I've refunded the second payment of £24.99 today, and it normally "
             "shows on your account within three working days.",
     "channel": "chat", "expect": [],
     "note": "Clean near miss: the agent agrees with the customer and owns the company's mistake; "
             "'not your bank's' is a negated blame."},
    {"text": "That isn't correct, Mr Doyle. Our brushes do not scratch paintwork, and the mark on your "
             "door was not caused by the wash. If you want, you can send us a photo of it.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "R-TALK-6: contradicts the customer flatly ('That isn't correct', 'was not caused by the "
             "wash') before anything has been checked; the photo offer does not change that."},
    {"text": "I'm afraid we can't take back a piano that has been in your home for more than 30 days, "
             "because it has to be retuned and checked before it can be sold again. What we can do is "
             "buy it back at 70% of the price you paid, or swap it for another model and charge only the "
             "difference. Would either of those work for you?",
     "channel": "email", "expect": [],
     "note": "Clean near miss: a refusal with its reason and two alternatives."},
    {"text": "Dear Mr Ionescu,\n\nExpress translation is not available for documents of more than ten "
             "pages. Requests that do not meet this condition cannot be processed.\n\nYours sincerely,\n"
             "Translation Services\nNorthwind Support",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "R-TALK-6: a flat, bureaucratic refusal with no alternative (no standard service, no split "
             "into parts, no date)."},
    {"text": "Thanks for checking. Just to clear up one point: the £6 on your invoice is the ironing charge "
             "for the five shirts, not a delivery fee, so delivery was still free. I've attached the "
             "itemised receipt so you can see each line.",
     "channel": "email", "expect": [],
     "note": "Clean near miss: a polite correction of the customer's reading of the invoice, with the "
             "receipt attached; no arguing."},
    {"text": "Staff contact details are not given out to clients. The care coordinator will be in touch "
             "with you if there is anything that needs discussing.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "R-TALK-6: refuses the customer's request for the coordinator's contact details and offers no "
             "other way to reach her (no number, no callback, no message passed on)."},
    {"text": "I've checked with ParcelLine, the courier who delivers for us in your area. Their driver "
             "recorded the box as left by the side gate at 14:10 on Monday. If it isn't there, let me know "
             "and I'll send a replacement today.",
     "channel": "chat", "expect": [],
     "note": "Clean near miss: a delivery partner named neutrally, what it recorded reported without "
             "blaming it or the customer, and an offer."},
    {"text": "Sorry about this. To be honest, our repair workshop is a bit of a mess at the moment and they "
             "lose track of things all the time. I'll chase them again and e-mail you by Wednesday.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "R-TALK-6: speaks badly of colleagues in another department ('a bit of a mess', 'lose track "
             "of things all the time') in the middle of an otherwise helpful reply."},
    {"text": "You wrote that our roofers \"left the garden looking like a building site\", and from your "
             "photos I can see why. I'm sorry. Our team will come back on Saturday morning to clear the "
             "broken tiles and sweep the patio, at no cost to you.",
     "channel": "email", "expect": [],
     "note": "Clean near miss: the customer's own words are quoted (not the agent running down "
             "colleagues), with an apology and a dated action."},
    {"text": "As the manual clearly explains on page 4, the battery must be charged at room temperature. "
             "Charging it in an unheated garage over the winter is what has shortened its life. We can "
             "test it for you on Saturday.",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "R-TALK-6: lectures the customer ('As the manual clearly explains') and blames their charging "
             "habit; the test offer does not remove the lecture."},

    # ---------------- R-LETTER-1 (letters) ----------------
    {"text": "Dear Mr Fletcher,\n\nYour chimney sweep appointment on Tuesday 11 March has been moved to "
             "Thursday 13 March at 10 am, because of staff illness. If Thursday suits you, there is "
             "nothing you need to do. If it does not, please ring us on 0113 496 0789 by Monday "
             "10 March and we will offer you another date.\n\nYours sincerely,\n\nKaren Holt\n"
             "Bookings, Northwind Support",
     "channel": "letter", "expect": [],
     "note": "Clean: appointment moved; the letter says what to do in both cases (nothing if it suits; "
             "otherwise ring a number by a date)."},
    {"text": "Dear Mrs Kowalski,\n\nThank you for letting us inspect your roof on 2 April. Our surveyor "
             "found six slipped slates on the rear slope and worn lead flashing around the chimney. The "
             "cost of replacing the slates and the flashing, including scaffolding, is £1,860 including "
             "VAT. This quote is valid for 60 days from the date of this letter.\n\nYours sincerely,\n\n"
             "David Moss\nNorthwind Support Roofing",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "R-LETTER-1: a quote stated politely and in detail, but the letter never says how to accept "
             "it or book the work (validity period is given, no step)."},
    {"text": "Dear Ms Adeyemi,\n\nFrom 1 June, the price of your monthly delivery of Hillside adult dog "
             "food (12 kg) will rise from £42.00 to £45.50, because our supplier has raised its prices. "
             "If you are happy to continue, you do not need to do anything: the new price will be taken "
             "with your June payment. If you would prefer a smaller bag or to cancel, please log in to "
             "your account at northwind.example/pets before 25 May.\n\nKind regards,\n\n"
             "Pet Food Deliveries\nNorthwind Support",
     "channel": "letter", "expect": [],
     "note": "Clean: price rise; nothing needed to continue and why (taken automatically), otherwise log "
             "in to the portal before a date to choose another option."},
    {"text": "Dear Mr Sandberg,\n\nWe are writing to confirm that your home cleaning contract has been "
             "renewed for a further twelve months from 1 September. Your cleaner, Marta, will continue to "
             "visit every Wednesday morning, and the hourly rate stays at £19. We are grateful for your "
             "continued trust and look forward to another year of working with you.\n\n"
             "Yours sincerely,\n\nRachel Dunn\nNorthwind Support Home Services",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "R-LETTER-1: contract renewal stated warmly, but the letter neither says what the customer "
             "should do (e.g. if they do not want the renewal) nor that nothing is needed."},
    {"text": "Dear Ms Ferreira,\n\nThank you for your payment of £1,240.00, received on 18 October, for "
             "the digital piano on order 30977. This settles the balance in full, so there is nothing "
             "more you need to pay or send us. We will phone you as soon as the piano arrives from the "
             "manufacturer to agree a delivery date.\n\nYours sincerely,\n\nPatrick Byrne\n"
             "Northwind Support Piano Shop",
     "channel": "letter", "expect": [],
     "note": "Clean: payment received; says nothing more is needed and why (balance settled) and what "
             "happens next (we phone to agree delivery)."},
    {"text": "Dear Mr Achebe,\n\nOur records show that the annual Friends of the Hall membership fee of "
             "£85, due on 1 February, has not been received. Your membership for the 2025 season "
             "therefore remains unpaid. We hope you enjoyed last season's concerts, and we thank you for "
             "your support of the hall.\n\nYours sincerely,\n\nMembership Desk",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "R-LETTER-1: a missing payment stated politely, with no word on how or by when to pay, or "
             "what happens otherwise."},
    {"text": "Dear Ms Novak,\n\nYour wedding dress is back from alterations and ready for its final "
             "fitting. Please book a 30-minute fitting by phoning us on 020 7946 0321 or by calling into "
             "the shop, and bring the shoes you will wear on the day so that we can check the hem. We "
             "can keep the dress for you until 30 June.\n\nYours sincerely,\n\nBeatrice Lowe\n"
             "Northwind Support Bridal",
     "channel": "letter", "expect": [],
     "note": "Clean: order ready; what to do (book a fitting), how (phone or in the shop), what to bring "
             "and until when."},
    {"text": "Dear Mr Harris,\n\nThank you for your warranty claim for the laptop you bought from us on "
             "9 January. We have reviewed the fault report and the photos you sent, and the claim has "
             "been accepted. The manufacturer will replace the laptop with a new unit of the same model "
             "at no cost to you.\n\nYours sincerely,\n\nGreg Tan\nNorthwind Support Computer Shop",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "R-LETTER-1: a warranty decision in the customer's favour, but the letter does not say what "
             "the customer must do (send the old laptop? bring it in? wait for a call?)."},
    {"text": "Dear Customer,\n\nWe will be upgrading the broadband equipment that serves Elm Park on the "
             "night of Tuesday 8 July. Your internet and home phone may be off between midnight and "
             "5 am. You do not need to do anything, because your router should reconnect by itself once the "
             "work is finished. If your connection is not back by 8 am, please restart your router, and "
             "if that does not help, call us free on 0800 496 0555.\n\nYours faithfully,\n\n"
             "Network Team\nNorthwind Support",
     "channel": "letter", "expect": [],
     "note": "Clean: service interruption notice; nothing needed and why, plus what to do if the line is "
             "not back by 8 am."},
    {"text": "Dear Ms Brennan,\n\nWe are sorry to tell you that the travel vaccination clinic on Friday "
             "20 June has been cancelled, as the nurse leading it is unavailable. Your appointment at "
             "11:15 for the hepatitis A and typhoid vaccines will therefore not take place. We apologise "
             "for the inconvenience this causes.\n\nYours sincerely,\n\nVaccination Appointments\n"
             "Northwind Support",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "R-LETTER-1: a cancelled appointment with an apology, but nothing about rebooking: the "
             "customer is not told whether to call, wait for a new date, or go elsewhere."},
    {"text": "Dear Ms Baptiste,\n\nThank you for sending the four documents for sworn translation. Three of "
             "them have been accepted and are being translated. The copy of your diploma cannot be used, "
             "because the scan cuts off the university's seal, which the translator must be able to see. "
             "Please send a new scan showing the whole page to documents@northwind.example by "
             "12 September, so that we can still deliver all four translations on 19 September.\n\n"
             "Yours sincerely,\n\nAnna Weiss\nNorthwind Support Translations",
     "channel": "letter", "expect": [],
     "note": "Clean: a document rejected with the reason, and what to do (new scan of the whole page), "
             "how (e-mail address) and by when."},
    {"text": "Dear Mrs Holloway,\n\nWe are writing to let you know that your garden maintenance contract "
             "with us ends on 31 October, as the fortnightly round in your area will not run from "
             "November. Your last visit will be on Thursday 24 October. Thank you for being our customer "
             "for the past four years.\n\nYours sincerely,\n\nNorthwind Support Garden Centre",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "R-LETTER-1: a contract ended; the letter states the end date and last visit and stops, "
             "without saying whether the customer needs to do anything (or that nothing is needed)."},
    {"text": "Dear Ms Ricci,\n\nYour Friends of the Hall membership runs until 31 August. For the new "
             "season you can choose between the standard membership at £85 and the Patron membership at "
             "£160, which adds priority booking and two free guest tickets. Please tick your choice on "
             "the enclosed form and return it in the prepaid envelope by 15 August, or renew online at "
             "northwind.example/hall.\n\nYours sincerely,\n\nMembership Desk",
     "channel": "letter", "expect": [],
     "note": "Clean: membership ending; a choice between options, an enclosed form to return by a date, "
             "or renewal online."},
    {"text": "Dear Mr Abbott,\n\nWe are pleased to let you know that the 40 hedging plants you ordered on "
             "3 November have arrived at our Kingsway garden centre. They have been watered and are being "
             "kept in the covered area next to the nursery beds.\n\nYours sincerely,\n\n"
             "Northwind Support Garden Centre",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "R-LETTER-1: order ready, but no step: collect or delivery, by when, what to bring."},

    # ---------------- R-TALK-2 (closing) ----------------
    {"text": "Lovely, that's booked for Thursday at ten, then. Is there anything else I can help you with? "
             "... No? Then thanks very much for calling, and if you've any questions before Thursday, "
             "just give us a ring. Bye now.",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Clean closing (chimney sweep booking, spoken): anything else, thanks, come back ('just give "
             "us a ring'), goodbye ('Bye now')."},
    {"text": "You're all set: the book will be ready to collect from Saturday. Thank you for ordering with "
             "us, and if you need anything in the meantime, you can message us here any time. Goodbye.",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "R-TALK-2: never asks whether anything else is needed ('if you need anything in the meantime' "
             "is the come-back part, not a question). Thanks, come back and goodbye present."},
    {"text": "I hope that answers everything. Is there anything else we can help you with before the "
             "translation goes out on Friday? Thank you for choosing us, and please write again whenever "
             "you need a document translated.\n\nKind regards,\nSofia",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Clean e-mail closing: anything else, thanks, come back ('write again whenever'), sign-off "
             "as goodbye."},
    {"text": "Right, so the voucher for a free full valet is on its way to your e-mail. Is there anything "
             "else I can do for you? ... No? Okay. If you have any trouble using it, just call us again. "
             "Have a good afternoon, bye.",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "R-TALK-2: car wash phone closing with anything else, come back and goodbye, but no thanks "
             "anywhere."},
    {"text": "Glad the new charger is working. Can I help with anything else today? If not, thank you for "
             "your patience this week, and remember you can always come back to this chat if the bike "
             "gives you any more trouble. Take care, goodbye.",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Clean chat closing (e-bike shop): all four parts."},
    {"text": "Is there anything else you would like us to look at? Thank you once again for bringing this "
             "to our attention, and we hope the curtains now look as good as new.\n\nKind regards,\n"
             "Nadia\nNorthwind Support Laundry",
     "position": "closing", "channel": "email", "expect": ["R-TALK-2"],
     "note": "R-TALK-2: asks about anything else, thanks and signs off, but never says the customer can "
             "come back or write again."},
    {"text": "You're very welcome. Before you go, is there anything else you need from us? ... Okay. Thanks "
             "for calling Northwind Support, and if the missing puzzle pieces haven't turned up by Friday, "
             "ring us again and we'll send a new box. Have a lovely weekend, bye.",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Clean (toy shop, after the customer thanked): anything else, thanks, come back said in "
             "passing ('ring us again'), goodbye with a wish."},
    {"text": "Is there anything else I can help with? If not, thanks for getting in touch, and you can "
             "always message us again if the tap starts dripping.",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "R-TALK-2: plumber chat closing with anything else, thanks and come back, but no goodbye."},
    {"text": "Is there anything else you would like to know about looking after the olive trees? Thank "
             "you for shopping with us, and you are always welcome to write to us or visit the plant "
             "advice desk.\n\nWith best wishes,\nOliver\nNorthwind Support Garden Centre",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Clean e-mail closing: anything else, thanks, always welcome to come back, sign-off "
             "('With best wishes') as goodbye."},
    {"text": "Okay, so you're booked in for the second dose on the 3rd of December at twenty past nine. "
             "Thank you for calling, and if you need to change the time, just ring this number again. "
             "Goodbye.",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "R-TALK-2: vaccination desk closing with thanks, come back and goodbye, but the agent never "
             "asks whether anything else is needed."},
    {"text": "Great, your laptop is booked in for Monday morning. One last thing before I let you go: do "
             "you need help with anything else? Thanks for your time today, and you're welcome back here "
             "whenever you need us. Have a good evening, goodbye.",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Clean chat closing (computer shop): anything else, thanks, come back, goodbye with a wish."},
    {"text": "Is there anything else we can help with before the big day? We would be glad to hear from "
             "you again if you need anything at all.\n\nWarm regards,\nBeatrice\nNorthwind Support Bridal",
     "position": "closing", "channel": "email", "expect": ["R-TALK-2"],
     "note": "R-TALK-2: bridal shop e-mail closing with anything else, come back and sign-off, but no "
             "thanks."},
]
