"""dev10 English items (writer A). Domains: hotel and travel bookings, car rental, courier,
university office, library, gym, pharmacy, parking and tolls, streaming/software subscription,
appliance repair. Blocks alternate clean, violation, clean, violation, ..."""

LANG = "en"

ITEMS = [
    # ---------------- R-TALK-6: 8 clean + 8 violations ----------------
    {
        "text": "Dear Mr Patel,\n\nThank you for your message about the double charge for your stay at the Harbour View hotel. "
                "I have looked into it: the first charge was a pre-authorisation taken at check-in. "
                "The hotel's payment system did not release it automatically when you paid at check-out, which it normally does. "
                "I have asked the hotel to release it today, and your bank should show the amount back within five working days. "
                "If it is still there on Monday 16 June, please reply to this e-mail and I will chase it personally.\n\n"
                "Kind regards,\nMaria\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Hotel double charge: cause explained neutrally (pre-authorisation not released), own dated follow-up. "
                "Clean near miss: a partner's system is named as the cause without running it down.",
    },
    {
        "text": "Hello Ms Okafor,\n\nThank you for getting in touch about the fuel charge on your rental. "
                "The charge was applied because the car was returned with the tank a quarter full, although the agreement you signed clearly states that it must come back full. "
                "Had the fuel policy been read at the counter, this could have been avoided. "
                "The amount of £48.60 therefore stands.\n\nRegards,\nDaniel\nNorthwind Support",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Car rental fuel charge: passive/counterfactual blame ('had the fuel policy been read'), "
                "lecturing about what she signed, and a flat 'therefore stands' with nothing offered.",
    },
    {
        "text": "Hi Mr Lindqvist,\n\nYou are quite right, and I am sorry. "
                "Our driver marked your parcel as delivered at 14:12 yesterday, but the photo shows it was left at number 14 instead of 41. "
                "That was our error, not a problem with the address you gave us. "
                "I have arranged for the driver to collect it from number 14 and bring it to you tomorrow between 9 and 12, and you will get a text when he is on his way.\n\n"
                "Best regards,\nAisha\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Courier misdelivery: own mistake owned, negated blame ('not a problem with the address you gave us'), dated redelivery. "
                "Near miss: the driver is mentioned but not run down.",
    },
    {
        "text": "Dear Mr Hughes,\n\nI have checked your membership record, and what you describe did not happen. "
                "No one at our front desk told you that the contract could be cancelled at any time; the twelve-month term was explained at sign-up and you initialled that page. "
                "Cancellation is possible from 1 March, when the minimum term ends, and I can note that date for you now if you wish.\n\n"
                "Kind regards,\nSophie\nNorthwind Support",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Gym contract: the agent flatly contradicts the customer ('what you describe did not happen', 'you initialled that page'). "
                "The alternative offered at the end does not undo the argument.",
    },
    {
        "text": "Dear Ms Brennan,\n\nThank you for asking about extending your loan of 'The Northern Rivers Atlas'. "
                "I am afraid another reader has reserved it, so we cannot renew it this time. "
                "What I can do is place a new reservation in your name, so it comes back to you as soon as it is returned. "
                "In the meantime, our reference copy can be read in the map room on weekdays from 9 to 6. "
                "Would you like me to set up the reservation?\n\nWith best wishes,\nTom\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Library renewal refused, but with two alternatives (new reservation, reference copy). Clean near miss of a flat refusal.",
    },
    {
        "text": "Dear Mr Ward,\n\nWe have received your request for an emergency supply of your inhaler. "
                "Prescription-only medicines cannot be supplied without a valid prescription, and no exceptions are made to this rule. "
                "Your request has therefore been declined.\n\nYours sincerely,\nHelen\nPharmacy Desk, Northwind Support",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Pharmacy: bureaucratic flat refusal ('no exceptions are made', 'has therefore been declined') with no alternative "
                "(no GP contact, no out-of-hours route).",
    },
    {
        "text": "Hello Ms Novak,\n\nThank you for sending the photo of your parking ticket. "
                "I can see why the sign was confusing: the two-hour limit also applies on Saturdays, and the small print on our board does not make that very clear. "
                "Because the sign is hard to read, I have cancelled the £35 charge, and I have asked our site team to replace the board. "
                "You do not need to do anything further.\n\nKind regards,\nPriya\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Parking charge: the rule is corrected politely ('I can see why the sign was confusing'), the company's own unclear sign is owned, charge cancelled. "
                "Near miss: the sign is criticised, but as our own fault, not a colleague run down.",
    },
    {
        "text": "Hi Mr Adeyemi, sorry about the trouble with your family plan. "
                "Honestly, our billing team makes this kind of mistake all the time, and they hardly ever read the notes we send them. "
                "I have refunded the second charge of £11.99 myself, so it should reach your card within three to five working days.",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Streaming subscription chat: helpful refund, but the agent runs down the billing team ('makes this kind of mistake all the time').",
    },
    {
        "text": "Dear Ms Costa,\n\nYour parcel NW-448210 left our depot on Tuesday and was handed to our partner, Baltic Express, for the last part of the journey. "
                "Their tracking shows it at their Leeds hub since yesterday evening. "
                "I have asked them to confirm the delivery date, and I will write to you with their answer by 4 pm tomorrow.\n\n"
                "Kind regards,\nRuth\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Courier partner named neutrally, status given, own dated follow-up. Near miss of running down a partner.",
    },
    {
        "text": "Hello Mr Fraser,\n\nThank you for your message about the washing machine repair. "
                "I understand that you would like to speak directly to the engineer who visited on Friday, or to his manager. "
                "We are not able to give out the contact details of our engineers or managers, and we do not pass messages on to them.\n\n"
                "Regards,\nMegan\nNorthwind Support",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Appliance repair: refusing contact details, with no other route offered (no callback, no message passed on).",
    },
    {
        "text": "Dear Ms Yilmaz,\n\nThank you for your e-mail. "
                "You wrote that \"the office has been ignoring my transcript request for three weeks\", and I am sorry that it has felt that way. "
                "Your request arrived on 2 May, but it was put on hold because your payment had not been matched to your student number. "
                "Matching payments is our job, and it should have been done within two days. "
                "I have now matched it, and your transcript will be posted on Thursday 22 May.\n\n"
                "Kind regards,\nGareth\nStudent Records, Northwind Support",
        "expect": [],
        "channel": "email",
        "note": "University office: the customer's complaint is quoted, the office owns the delay, dated own commitment. "
                "Near miss: 'ignoring' appears only inside the customer's quoted words.",
    },
    {
        "text": "Dear Mr Schofield,\n\nThank you for contacting us about your non-refundable booking at the Lakeside Inn. "
                "As I already explained in my previous e-mail, non-refundable means exactly that, and it is the guest's responsibility to read the rate conditions before confirming. "
                "I would recommend taking a closer look at the booking page next time. "
                "If your plans change again, you can move the stay to another date for a £25 fee.\n\n"
                "Kind regards,\nOlivia\nNorthwind Support",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Hotel booking: lecturing ('As I already explained', 'guest's responsibility', 'take a closer look next time'). "
                "An alternative is offered, but the lecture is the breach.",
    },
    {
        "text": "Hello Mr Tanaka,\n\nThank you for the photos of the scratch on the rear door. "
                "This was not caused by you: our check-out report from 3 June already lists that scratch, so it was there before you collected the car. "
                "I have removed the damage charge, and your deposit of £300 was released today. "
                "Banks usually show it within three working days.\n\nBest regards,\nChloe\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Car rental damage: negated blame ('This was not caused by you'), charge removed. Clean near miss of blame wording.",
    },
    {
        "text": "Dear Ms Harper,\n\nI have looked into why your place on the swimming course was given to someone else. "
                "Places are held for 48 hours, as the booking confirmation says in bold at the top, and most members manage to pay within that time. "
                "I have added you to the waiting list for the autumn course starting on 8 September.\n\n"
                "Kind regards,\nBen\nNorthwind Support",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Gym course: implied blame ('as the confirmation says in bold', 'most members manage to pay in time'), "
                "polite on the surface, with a waiting-list place offered.",
    },
    {
        "text": "Dear Mr Oduya,\n\nThank you for asking about a refund for the annual plan you renewed on 1 April. "
                "Annual plans can be refunded in full only within 14 days of renewal, so a full refund is no longer possible. "
                "I can, however, move you to the monthly plan from your next billing date and give you the unused months as account credit, which comes to £42. "
                "If you would like that, just reply 'yes' and I will set it up the same day.\n\n"
                "Kind regards,\nHannah\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Software subscription: the rule is stated politely and a concrete alternative is offered. Clean near miss of a flat refusal.",
    },
    {
        "text": "Hello Ms Byrne,\n\nI am sorry you were charged twice at the Riverside toll bridge on 12 May. "
                "Between you and me, the new number-plate cameras have been a disaster since the day they were installed, and management simply will not listen. "
                "I have refunded the second charge of £3.20 to your account today.\n\nBest wishes,\nKieran\nNorthwind Support",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Toll operator: apology and refund, but the agent runs down the company and its management ('a disaster', 'management will not listen').",
    },

    # ---------------- R-TALK-9: 6 clean + 6 violations ----------------
    {
        "customer": "Hi, I booked a double room for 14-16 August at your Harbour View hotel. Is breakfast included, and can I check in late, around midnight? Our flight lands at 22:40.",
        "text": "Hello Ms Reid,\n\nThank you for your message. "
                "Late arrival is no problem: the Harbour View reception is staffed all night, so you can check in whenever you get there. "
                "Your rate, 'Room and Breakfast', includes breakfast for two each morning, served from 7 to 10:30.\n\n"
                "Have a good trip!\nNina\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Two questions (breakfast? late check-in?) answered in the opposite order and in other words. Clean.",
    },
    {
        "customer": "I need to collect the car at the airport on Friday but my husband will also drive. Do I have to add him as a second driver in advance? And does he need to bring his licence with him or is a copy ok",
        "text": "Hello Ms Duarte,\n\nThank you for getting in touch. "
                "Yes, please add your husband as an additional driver before Friday; you can do this under 'Manage booking', and it costs £9 a day. "
                "I have also checked that the Ford Focus you booked will be waiting at the airport desk from 10 am.\n\n"
                "Kind regards,\nJames\nNorthwind Support",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Car rental: the first question is answered; the second (original licence or copy, asked without '?') is not: "
                "the reply adds something on the same booking instead.",
    },
    {
        "customer": "my parcel has said in transit since monday. I'd like to know where it actually is and when it will get here, because its a birthday present for saturday",
        "text": "Hi Mr Cole,\n\nThank you for the tracking number. "
                "The parcel was last scanned at our Bristol depot on Monday evening, and it has not moved since, which should not happen. "
                "I do not know yet when it will reach you, so I have asked the depot to search for it and will e-mail you their answer by 12 noon tomorrow, Thursday. "
                "If it has not been found by then, I will send a replacement by next-day express on Thursday afternoon.\n\n"
                "Best regards,\nSara\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Two embedded questions (where? when?): 'where' answered (Bristol depot), 'when' answered honestly as not known yet, "
                "with a dated follow-up and a fallback. Clean.",
    },
    {
        "customer": "Hello, I need an official letter confirming my enrolment for my visa appointment. How do I request it? And how long does that take? My appointment is on the 20th.",
        "text": "Dear Mr Haddad,\n\nThank you for your e-mail. "
                "You can request an enrolment letter in the student portal under 'Documents', then 'Certificate of enrolment'; choose the English version and 'visa purposes'. "
                "I understand that the appointment is important and that you are short of time, and we will do our best to help.\n\n"
                "Kind regards,\nLaura\nStudent Office, Northwind Support",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "University office: 'how do I request it?' answered; the follow-up 'how long does that take?' gets only sympathy.",
    },
    {
        "customer": "Hi, I lost my library card last week. can I still borrow books with just my ID or do I need a new card. also is there a fee for the replacement",
        "text": "Dear Mr Kowalski,\n\nThank you for letting us know; I have blocked the old card so that no one else can use it. "
                "You will need a card to borrow, but a new one can be printed at any of our desks while you wait, as long as you bring a photo ID. "
                "The replacement costs £2, or nothing if you show us a police report of a theft.\n\n"
                "Kind regards,\nAmira\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Library card: both questions (asked without '?') answered: a card is needed, printed on the spot; fee £2. Clean.",
    },
    {
        "customer": "Good morning. My GP sent a repeat prescription for my blood pressure tablets to you on Tuesday. Is it ready? Can my daughter pick it up for me? And do you deliver to Harlow?",
        "text": "Good morning Mrs Bell,\n\nThank you for your message. "
                "Yes, your prescription is ready, and we will keep it for you at the counter until 30 June. "
                "Your daughter is welcome to collect it; she just needs to give your name, address and date of birth. "
                "On Saturdays we are open from 9 am to 1 pm.\n\nKind regards,\nSamuel\nNorthwind Support",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Pharmacy: three questions; ready? and daughter? answered; 'do you deliver to Harlow?' is answered about a different thing (Saturday hours).",
    },
    {
        "customer": "Can I freeze my membership while I'm abroad for work from July to September? Would I still pay the monthly fee during that time?",
        "text": "Hello Ms Ahmed,\n\nThank you for asking. "
                "During a freeze you pay £5 a month instead of the usual £39, and your membership restarts automatically on the date you choose. "
                "Freezes of up to three months are possible, so July to September fits; I can set it up now if you tell me the exact start date.\n\n"
                "Best wishes,\nConnor\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Gym freeze: yes/no question answered implicitly ('July to September fits'), fee question answered first. Clean.",
    },
    {
        "customer": "Why was I charged £15.99 this month when my plan is £10.99?? Is there any way to keep the old price, and if I cancel now will I still be charged for June?",
        "text": "Dear Mr Singh,\n\nThank you for your message, and I am sorry that the change came as a surprise. "
                "The Standard plan went up from £10.99 to £15.99 on 1 May for all subscribers. "
                "The old price is no longer available, but the Basic plan costs £7.99 and includes the same films in HD, and I can switch you today if you wish.\n\n"
                "Kind regards,\nFreya\nNorthwind Support",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Streaming: 'why?' and 'keep the old price?' answered; 'will I still be charged for June if I cancel?' is left unaddressed.",
    },
    {
        "customer": "The engineer said my oven needs a new fan motor. When will the part arrive and will the second visit cost extra?",
        "text": "Dear Mr Evans,\n\nThank you for your message. "
                "The second visit is covered by the call-out fee you have already paid, so you will only pay for the part itself, which is £64. "
                "The supplier has not yet confirmed a delivery date for the fan motor. "
                "I will ring you with the date by Wednesday 11 June at the latest, and we can book the engineer's visit on the same call.\n\n"
                "Kind regards,\nZoe\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Appliance repair: cost question answered; 'when will the part arrive?' answered as not known yet with a dated call-back. Clean.",
    },
    {
        "customer": "I've just bought a season permit for the Station Road car park. Does it also work at the multi-storey on King Street? And where do I put the permit, on the dashboard or the windscreen?",
        "text": "Hello Mr O'Neill,\n\nThank you for buying a season permit. "
                "It is valid at the Station Road car park and at our King Street multi-storey, seven days a week. "
                "Your permit runs from 1 July until 30 June next year, and we will send you a reminder a month before it ends.\n\n"
                "Kind regards,\nGrace\nNorthwind Support",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Parking permit: King Street question answered; 'where do I put the permit?' is ignored (validity dates given instead).",
    },
    {
        "customer": "Hi, we have a package holiday to Madeira booked with you from 3 October. Is airport transfer included? If not, can you add one, and how much would that be for 2 adults and a child?",
        "text": "Dear Ms Walsh,\n\nThank you for your e-mail. "
                "Your package covers the flights and the hotel, so a transfer is not included at the moment. "
                "I can add a shared transfer both ways for £54 in total for two adults and one child, or a private car for £96. "
                "Just let me know which you prefer, and I will add it to your booking the same day.\n\n"
                "Kind regards,\nEllie\nNorthwind Support",
        "expect": [],
        "channel": "email",
        "note": "Travel agency: three questions (included? can you add? how much?) all answered; 'can you add one' answered implicitly with the offer. Clean.",
    },
    {
        "customer": "hi i missed the deadline to register for the resit exam because i was in hospital. is it still possible to register? what documents do you need from me? and will my grade be capped",
        "text": "Dear Ms Murphy,\n\nI am sorry to hear that you were in hospital, and I hope you are feeling better. "
                "Late registration is possible when there is a medical reason, and I can open it for you today. "
                "Please send me a letter or discharge note from the hospital showing the dates of your stay. "
                "I know how stressful resits can be, and your health comes first.\n\n"
                "Kind regards,\nOwen\nExams Office, Northwind Support",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "University exams office: registration and documents answered; 'will my grade be capped' gets only sympathy.",
    },

    # ---------------- R-LETTER-1: 4 clean + 4 violations ----------------
    {
        "text": "Dear Mr Patterson,\n\nPenalty charge notice, rental agreement R-20931\n\n"
                "We have received a penalty charge notice from Westfield City Council for a bus lane entry on 4 April at 15:22, while the car was rented in your name. "
                "As allowed by your rental agreement, we have passed the notice to the council with your name and address, and the council will now write to you directly. "
                "If you wish to pay, please do so by 2 May using the reference on the council's notice; the notice also explains how to appeal. "
                "If it has not reached you by 25 April, please call us on 0800 555 0142.\n\n"
                "Yours sincerely,\nRachel Moore\nCustomer Relations, Northwind Support",
        "expect": [],
        "channel": "letter",
        "note": "Car rental, traffic fine passed on: says what to do (pay by 2 May or appeal) and what to do if the notice does not arrive. Clean.",
    },
    {
        "text": "Dear Ms Holt,\n\nMembership no. 55817\n\n"
                "Your monthly direct debit of £39.00 due on 1 March was returned unpaid by your bank. "
                "In line with the membership terms, your access to the club has been suspended from 8 March. "
                "The outstanding balance on your account is £39.00.\n\n"
                "Yours sincerely,\nMark Lewis\nMembership Services, Northwind Support",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Gym arrears and suspension: states the facts and the balance but not how or by when to pay, or how to restore access.",
    },
    {
        "text": "Dear Mr Achebe,\n\nApplication for the MSc in Environmental Engineering\n\n"
                "Thank you for your application, which we received on 12 February. "
                "Your file is complete except for a certified copy of your bachelor's degree certificate. "
                "Please upload a scan of the certified copy to the applicant portal under 'My documents' by 15 March. "
                "Once it is there, your application will go to the admissions panel, and you do not need to do anything else.\n\n"
                "Yours sincerely,\nDr Karen Hill\nAdmissions Office, Northwind Support",
        "expect": [],
        "channel": "letter",
        "note": "University admissions, missing document: what (certified copy), how (portal, 'My documents'), by when (15 March). Clean.",
    },
    {
        "text": "Dear Mr and Mrs Grant,\n\nBooking HV-7712, Harbour View Hotel\n\n"
                "Owing to urgent roof repairs, the west wing of the hotel will be closed from 10 to 24 July. "
                "Your reservation for 15 to 19 July has therefore been moved to a sea-view double room in the main building, at the same rate. "
                "Breakfast and parking remain included.\n\n"
                "Yours sincerely,\nLucy Clarke\nReservations, Northwind Support",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Hotel booking moved to another room: the change is stated, but the letter does not say whether the guests need to "
                "confirm, can refuse, or need do nothing.",
    },
    {
        "text": "Dear Ms Fitzgerald,\n\nRefund for cancelled coach tour T-3390\n\n"
                "We are sorry that the coach tour to the Scottish Highlands on 6 September had to be cancelled. "
                "A full refund of £420.00 was made today to the card you used for the booking. "
                "You do not need to do anything, because the refund is made automatically; your bank should show it within five working days. "
                "If it has not appeared by 20 September, please call us on 0800 555 0142 and quote the tour number.\n\n"
                "Yours sincerely,\nPeter Shaw\nTours Department, Northwind Support",
        "expect": [],
        "channel": "letter",
        "note": "Travel refund: 'you do not need to do anything, because...' plus what to do if it does not arrive. Clean.",
    },
    {
        "text": "Dear Mr Hussain,\n\nYour Northwind Cloud Backup subscription\n\n"
                "We are writing to let you know that from 1 August the price of the Family plan will rise from £7.99 to £9.49 a month. "
                "The increase reflects higher storage costs and the new features added this year, including unlimited version history. "
                "Your plan and all its features stay the same.\n\n"
                "Yours sincerely,\nAnna Reed\nSubscriptions, Northwind Support",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Software subscription price change: the fact and the reason, but nothing on whether the customer must act "
                "(accept, change plan, cancel by a date) or that nothing is needed.",
    },
    {
        "text": "Dear Mr Dunn,\n\nOverdue items, library card 2071 4432\n\n"
                "Our records show three books borrowed on 2 January that were due back on 23 January and are still on loan. "
                "Late charges of £6.30 have built up so far. "
                "Please return the books to any of our branches, or renew them online at library.northwind.example, by 28 February. "
                "The charge can be paid at any desk or online. "
                "If you believe the books have already been returned, please call us on 0117 496 0321 so that we can check the shelves.\n\n"
                "Yours sincerely,\nJoan Price\nLending Services, Northwind Support",
        "expect": [],
        "channel": "letter",
        "note": "Library overdue charges: return or renew by 28 February, how to pay, what to do if already returned. "
                "Near miss of blame: neutral 'our records show', with a check offered. Clean.",
    },
    {
        "text": "Dear Ms Khan,\n\nResidents' parking permit, Elm Grove zone\n\n"
                "We are pleased to confirm that your application for a residents' parking permit has been approved. "
                "Permit number EG-0457 is valid for your vehicle, registration LK19 ZXA, from 1 June to 31 May next year. "
                "The annual fee of £80.00 has been received with thanks.\n\n"
                "Yours sincerely,\nDavid Cole\nParking Services, Northwind Support",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Parking permit issued: facts only; the letter does not say whether the permit must be displayed, collected, "
                "or that nothing is needed because it is digital.",
    },

    # ---------------- R-TALK-2 closings: 4 clean + 4 violations ----------------
    {
        "text": "Your room change is confirmed for tonight. Is there anything else I can help you with? "
                "Thank you for contacting Northwind Support, and if anything comes up during your stay, you can message us here at any time. "
                "Goodbye, and enjoy your stay!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Hotel chat closing with all four parts: anything else, thanks, come back any time, goodbye. Clean.",
    },
    {
        "text": "The redelivery is booked for Friday between 8 and 12. Is there anything else I can do for you today? "
                "If you have any other questions, you are always welcome to get back to us. Have a lovely weekend, goodbye!",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Courier chat closing: anything else, come back, goodbye, but no thanks.",
    },
    {
        "text": "I hope this answers your questions about the transcript. Is there anything else you need from the Student Office? "
                "Thank you for your patience while we sorted this out, and please do not hesitate to write again whenever you need us.\n\n"
                "Kind regards,\nLaura\nNorthwind Support",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "University e-mail closing: anything else, thanks, write again whenever, sign-off as goodbye. Clean.",
    },
    {
        "text": "So that's the booking moved to the 14th, same car, same price. Is there anything else I can help with? "
                "No? Then thank you very much for calling Northwind Support, Mr Ellis. Goodbye.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Car rental phone closing: anything else, thanks, goodbye, but nothing saying he can always come back.",
    },
    {
        "text": "Your membership is now frozen from 1 July to 30 September. Is there anything else I can help you with today? "
                "Thank you for calling, Ms Ahmed, and remember that you can ring us any time if your plans change. Goodbye!",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Gym phone closing with all four parts. Clean.",
    },
    {
        "text": "Your prescription is ready for collection at our High Street branch. "
                "Thank you for choosing Northwind Support, and should you have any further questions about your medicines, you can always contact us again.\n\n"
                "With best wishes,\nSamuel",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Pharmacy e-mail closing: thanks, come back, sign-off; it never asks whether anything else is needed.",
    },
    {
        "text": "That's your plan switched to Basic from your next billing date. Can I help with anything else? "
                "Thanks for chatting with us, and you're welcome back here any time. Bye for now!",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Streaming chat closing, informal but complete ('Bye for now' as goodbye). Clean.",
    },
    {
        "text": "The engineer is booked for Tuesday between 1 and 5 pm. Is there anything else I can help you with? "
                "Thank you for getting in touch, and feel free to contact us again whenever you need.",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Appliance repair chat closing: anything else, thanks, come back, but no goodbye.",
    },
]


def _t(channel, agent, turns):
    return {"version": 1, "lang": "en", "channel": channel, "agent": agent,
            "organisation": "Northwind Support", "turns": turns}


A = lambda text: {"speaker": "agent", "text": text}  # noqa: E731
C = lambda text: {"speaker": "customer", "text": text}  # noqa: E731

TRANSCRIPTS = [
    {
        "transcript": _t("phone", "Marta", [
            {"event": "ring", "time": "2025-06-12T14:02:00Z"},
            {"event": "ring", "time": "2025-06-12T14:02:05Z"},
            {"event": "answer", "by": "agent", "time": "2025-06-12T14:02:08Z"},
            A("Good afternoon, Northwind Support, this is Marta speaking. How can I help you?"),
            C("Hi, I'm calling about my booking at the Harbour View for this weekend. I got an e-mail saying my room's been cancelled and nobody told me why. This is the second time this has happened with you."),
            A("I'm very sorry, that should not have happened, and certainly not twice. May I put you on hold for a minute while I check the booking with the hotel?"),
            C("Fine."),
            {"event": "hold", "by": "agent"},
            {"event": "resume", "by": "agent"},
            A("Thank you for waiting. The hotel was overbooked on Saturday and cancelled the most recent reservations. I've rebooked you into a sea-view double for both nights at the same price, and I've added breakfast free of charge."),
            C("Okay, that's better. Do I need a new confirmation?"),
            A("Yes, and I've just sent it to your e-mail, under the number HV-8120. Is there anything else I can help you with?"),
            C("No, that's all."),
            A("Thank you for calling, Mr Barnes, and if anything else comes up, you can call us any time. Goodbye!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Hotel booking call, 2 rings. Complaint ('nobody told me why', 'second time') -> apology + offer to check (with hold permission and reason); "
                "thanks after resume; question answered; closing spread over the last two agent turns. Clean.",
    },
    {
        "transcript": _t("chat", "Daniel", [
            A("Hello, you're chatting with Daniel from Northwind Support. How can I help you today?"),
            C("hi i was charged 120 pounds for cleaning the car i returned yesterday. the car was perfectly clean, this is ridiculous"),
            A("I can look into that for you. Could you give me your rental agreement number, please?"),
            C("RA-55102"),
            A("Thank you. I have sent the return photos to our depot manager for a second review, and I will e-mail you the result by 5 pm tomorrow."),
            C("and if they agree it was clean do i get all of it back?"),
            A("Yes, if the review finds the car was clean, the full £120 goes back to your card. Is there anything else I can help you with?"),
            C("no thats it"),
            A("Thank you for contacting Northwind Support, and you can come back to this chat any time. Goodbye!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Car rental chat: complaint ('this is ridiculous') -> the next agent turn offers to look into it but does not apologise. "
                "Everything else (question, closing) is clean.",
    },
    {
        "transcript": _t("chat", "Priya", [
            A("Hi, this is Priya at Northwind Support. What can I do for you today?"),
            C("My films keep stopping every few minutes since the update. I pay for premium and its unwatchable, you people are useless."),
            A("I'm really sorry about that, it's not what you pay for. Let's fix it now: which device are you watching on?"),
            C("smart tv, samsung"),
            A("Thank you. Last week's update caused this on some Samsung TVs, and a fix came out this morning. Please open the app store on your TV, update the Northwind app to version 5.2 and restart the TV. I have also added a free month to your account for the trouble."),
            C("ok did it, it works now. thanks"),
            A("Great to hear. Is there anything else I can help you with?"),
            C("no"),
            A("Thank you for your patience today, and if it happens again, just come back to this chat any time. Goodbye!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "Streaming chat: insult ('you people are useless') -> apology + way forward in the same turn; our own update owned as the cause; "
                "complete closing. Clean.",
    },
    {
        "transcript": _t("phone", "Ben", [
            {"event": "ring", "time": "2025-03-04T09:15:00Z"},
            {"event": "answer", "by": "agent", "time": "2025-03-04T09:15:04Z"},
            A("Good morning, Northwind Support, Ben speaking. How may I help?"),
            C("Hello. I've stayed in all day waiting for a parcel for the third time this week, and again nobody came. When is it actually going to be delivered?"),
            A("I'm so sorry to hear that. It must be really frustrating after waiting in all day."),
            C("It is. So what happens now?"),
            A("Could I have the tracking number, please, so I can see where it is?"),
            C("NW 30 22 81."),
            A("Thank you. The parcel is at our Croydon depot. I have booked it on tomorrow's first round, and I've asked the driver to phone you half an hour before he arrives. If you would rather collect it, you can pick it up at the depot from 4 pm today."),
            C("Tomorrow is fine."),
            A("Good. Is there anything else I can help you with?"),
            C("No."),
            A("Thank you for calling, Mrs Clarke. You can ring us any time if anything changes. Goodbye."),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Courier call, 1 ring: complaint ('third time this week', 'nobody came') -> the next agent turn apologises and sympathises "
                "but offers nothing; the way forward only comes two turns later. 'When?' is answered later (tomorrow's first round). Closing complete.",
    },
    {
        "transcript": _t("phone", "Emma", [
            A("Good afternoon, Northwind Support Student Office, Emma speaking. How can I help you?"),
            C("Hi. I've sent three e-mails about my graduation certificate and nobody has answered any of them."),
            A("I'm very sorry you've had no reply, that isn't good enough. I'll sort it out with you now on this call. Could you give me your student number?"),
            C("It's 2214587."),
            A("Thank you. May I put you on hold for a moment while I check with the certificates team?"),
            C("Sure."),
            {"event": "hold", "by": "agent"},
            {"event": "resume", "by": "agent"},
            A("Thank you for holding. Your certificate was printed last week but not posted, because part of your address was lost when we moved our records to a new system. I'm sorry, we should have noticed that. Could you confirm your full postal address?"),
            C("Flat 3, 18 Park Lane, Bath, BA1 2XY. Will it come by recorded post?"),
            A("Yes, it will go by recorded delivery tomorrow, Wednesday, and I'll e-mail you the tracking number once it's posted. Is there anything else I can do for you?"),
            C("No, that's everything, thanks."),
            A("Thank you for your patience, Mr Greene. If you need anything else, you are welcome to call us again. Goodbye."),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": [],
        "note": "University office call: complaint ('nobody has answered') -> apology + 'I'll sort it out now' + a request; hold with permission "
                "and reason, thanks after resume; our own records mistake owned; question answered; closing complete. Clean.",
    },
    {
        "transcript": _t("chat", "Kieran", [
            A("Hello, my name is Kieran and I'm with Northwind Support. How can I help you?"),
            C("I turned up for my 7am spin class and it was cancelled, nobody told me. This is the second time this month."),
            A("I understand. Our instructor was ill this morning, and there was no one available to cover a class at that hour."),
            C("ok but can I at least get the class credit back?"),
            A("Yes, I've put the credit back on your account, and you can use it for any class this week or next. I've also switched on text alerts for cancellations on your membership."),
            C("fine"),
            A("Is there anything else I can help you with today?"),
            C("no"),
            A("Thank you for your message, and you're welcome to contact us again any time. Goodbye!"),
            {"event": "hangup", "by": "customer"},
        ]),
        "expect": ["R-TALK-12"],
        "note": "Gym chat: complaint ('nobody told me', 'second time this month') -> 'I understand' plus a justification (ill instructor), "
                "no apology and nothing offered. The credit comes only after the customer asks. Closing complete.",
    },
]
