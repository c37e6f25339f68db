"""English pack: each phrase family is found in natural wordings, and the clean near-misses
(polite, apologetic, negated, quoted, conditional) stay silent for that requirement."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text
from tests.protocol.pack_cases import (
    assert_case,
    assert_complete_closing,
    assert_reported,
    assert_silent,
)

# (requirement, text): the requirement must be reported.
VIOLATIONS = [
    # R-TALK-6 lecturing: pointing at what was already said, citing the terms, manners
    ("R-TALK-6", "As I've said twice now, the meter has to be read first."),
    ("R-TALK-6", "Like I told you already, we cannot change it."),
    ("R-TALK-6", "We've already messaged you twice about this."),
    ("R-TALK-6", "I keep telling you, the meter has to be read."),
    ("R-TALK-6", "This is the third time I'm explaining this."),
    ("R-TALK-6", "As clearly set out in the terms, refunds take 14 days."),
    ("R-TALK-6", "You agreed to our terms when you signed up."),
    ("R-TALK-6", "If you want a refund, ask nicely."),
    ("R-TALK-6", "Swearing at me isn't going to help."),
    ("R-TALK-6", "Writing in capital letters won't get your claim paid any faster."),
    # R-TALK-6 blame in passive or impersonal wording
    ("R-TALK-6", "The parcel was returned because you didn't collect it."),
    ("R-TALK-6", "Your card got blocked because you typed the wrong PIN three times."),
    ("R-TALK-6", "The fault is the result of incorrect installation."),
    ("R-TALK-6", "The damage was caused by improper use."),
    ("R-TALK-6", "The form was not filled in correctly by you."),
    ("R-TALK-6", "That's on you, I'm afraid."),
    ("R-TALK-6", "You chose the cheapest tariff, that's why it's slower."),
    ("R-TALK-6", "You must've entered the wrong code."),
    ("R-TALK-6", "If you'd read the email you would know."),
    ("R-TALK-6", "You'd have seen it if you had looked."),
    # R-TALK-6 flat refusal, closing the discussion
    ("R-TALK-6", "It's a firm no."),
    ("R-TALK-6", "The fee stands."),
    ("R-TALK-6", "We are not going to discuss this any further."),
    ("R-TALK-6", "We consider the complaint closed."),
    ("R-TALK-6", "We will not enter into any further correspondence."),
    ("R-TALK-6", "Your appeal has been rejected."),
    ("R-TALK-6", "Your refund request cannot be approved."),
    ("R-TALK-6", "I can't change the address, sorry."),
    # R-TALK-6 refusing contact details, colleagues and partners, arguing
    ("R-TALK-6", "I'm not permitted to share my full name."),
    ("R-TALK-6", "It is against our policy to give out staff names."),
    ("R-TALK-6", "Our courier is a nightmare."),
    ("R-TALK-6", "Between you and me, that supplier is hopeless."),
    ("R-TALK-6", "The engineer should have known better."),
    ("R-TALK-6", "The day shift couldn't be bothered checking it."),
    ("R-TALK-6", "Our records show otherwise."),
    ("R-TALK-6", "With respect, your complaint is simply inaccurate."),
    ("R-TALK-6", "That's a rather creative interpretation of the contract."),
    # R-TALK-4 "I can't handle this" as "not my area", "wouldn't know where to start"
    ("R-TALK-4", "Sorry, that's not really my department."),
    ("R-TALK-4", "Insurance isn't something we deal with."),
    ("R-TALK-4", "I only handle the billing side."),
    ("R-TALK-4", "I honestly wouldn't know how to fix a router."),
    ("R-TALK-4", "I have no clue how to deal with this."),
    ("R-TALK-4", "I cant handel your request."),
    ("R-TALK-4", "That's above my pay grade."),
    # R-TALK-4 "our company can't solve this"
    ("R-TALK-4", "There is nothing we as a company are able to do about it."),
    ("R-TALK-4", "It's just not something Acme can fix for you."),
    ("R-TALK-4", "I'm afraid that is out of our hands."),
    # R-TALK-4 open-ended delay
    ("R-TALK-4", "Claims take ages."),
    ("R-TALK-4", "These things tend to drag on."),
    ("R-TALK-4", "It'll get sorted eventually."),
    ("R-TALK-4", "We'll get round to it at some point."),
    ("R-TALK-4", "It takes however long it takes."),
    ("R-TALK-4", "It's difficult to say how long, to be honest."),
    ("R-TALK-4", "I couldn't tell you how long."),
    ("R-TALK-4", "Who knows how long."),
    # R-TALK-4 "I'm busy, call later"
    ("R-TALK-4", "Give me a call back after lunch."),
    ("R-TALK-4", "It's hectic here today, sorry."),
    ("R-TALK-4", "You'll need to ring back later."),
    ("R-TALK-4", "I'm dealing with another customer."),
    # R-TALK-5 certainty about what the agent does not control
    ("R-TALK-5", "Your parcel will certainly arrive tomorrow."),
    ("R-TALK-5", "The price is not going to change, you can rely on that."),
    ("R-TALK-5", "The refund will 100 percent go through."),
    ("R-TALK-5", "It'll reach you by Monday for sure."),
    ("R-TALK-5", "This error will never happen again."),
    ("R-TALK-5", "Nothing like that is going to happen to your order ever again."),
    ("R-TALK-5", "I'll make sure of it."),
    ("R-TALK-5", "You have my personal guarantee."),
    ("R-TALK-5", "I'd stake my job on it."),
    ("R-TALK-5", "There is no risk the flight gets cancelled."),
    ("R-TALK-5", "Take it from me, the engineer turns up at nine."),
    # R-TALK-3 curt or rude wording
    ("R-TALK-3", "Gimme your account number."),
    ("R-TALK-3", "Lemme see."),
    ("R-TALK-3", "Chill out, I'm looking."),
    ("R-TALK-3", "Settle down please, I'm checking."),
    ("R-TALK-3", "ok whatever, I'll log it"),
    ("R-TALK-3", "So what, it's only a day late."),
    # R-TALK-13 endearments as address
    ("R-TALK-13", "Ok lovey, I've found it."),
    ("R-TALK-13", "Bear with me a mo, lovely, I'm pulling it up."),
    ("R-TALK-13", "Hiya gorgeous, what can I do for you?"),
    ("R-TALK-13", "Thanks pet, all sorted."),
    ("R-TALK-13", "There you go, sunshine."),
    # more R-TALK-6, 4, 5 wordings
    ("R-TALK-6", "Honestly that's down to you, not us."),
    ("R-TALK-6", "The mistake was on your end."),
    ("R-TALK-6", "You entered the wrong email address, which is why you never got the code."),
    ("R-TALK-6", "I'm afraid you've misunderstood the contract."),
    ("R-TALK-6", "Per our policy, which you agreed to, no refunds are given."),
    ("R-TALK-6", "No, that isn't what happened."),
    ("R-TALK-6", "Sorry, that's just how it is."),
    ("R-TALK-6", "We cannot accept your complaint."),
    ("R-TALK-6", "The refund will not be issued."),
    ("R-TALK-4", "Anyone could fix that, just restart it."),
    ("R-TALK-4", "Are you some sort of expert?"),
    ("R-TALK-4", "Nothing more I can do, goodbye."),
    ("R-TALK-5", "Don't worry, it'll be fine."),
    ("R-TALK-5", "There's no doubt the parcel will arrive tomorrow."),
    # formal and bureaucratic wordings
    ("R-TALK-6", "We regret to inform you that your claim has been rejected."),
    ("R-TALK-6", "Your complaint has been reviewed and is not upheld."),
    ("R-TALK-6", "The charge is correct and will not be refunded."),
    ("R-TALK-6", "It is the customer's responsibility to check the order before signing."),
    ("R-TALK-6", "You were informed of this in our letter of 3 March."),
    ("R-TALK-6", "We did tell you this on the phone last week."),
    ("R-TALK-6", "That simply isn't the case."),
    ("R-TALK-6", "I'm not going to argue with you about this."),
    ("R-TALK-6", "There's no point discussing it further."),
    ("R-TALK-6", "Take it or leave it."),
    ("R-TALK-6", "Don't get me started on our billing system."),
    ("R-TALK-6", "We don't do call-backs or direct lines."),
    ("R-TALK-6", "Had you called us earlier, we could have stopped it."),
    ("R-TALK-4", "I don't deal with complaints, sorry."),
    ("R-TALK-4", "We are not in a position to resolve this."),
    ("R-TALK-4", "It will take as long as it takes."),
    ("R-TALK-4", "Someone will look at it at some point."),
    ("R-TALK-4", "I haven't got time for this right now."),
    ("R-TALK-5", "You can be sure the price won't go up."),
    # chat style, abbreviations and typos
    ("R-TALK-3", "Don't take that tone with me."),
    ("R-TALK-3", "Watch your language."),
    ("R-TALK-3", "Oh for goodness' sake, just give me the number."),
    ("R-TALK-6", "lol that's literally in the FAQ"),
    ("R-TALK-4", "sorry not my dept"),
    ("R-TALK-5", "def arriving tomorrow, promise"),
    ("R-TALK-5", "100% it'll be there by 5"),
    ("R-TALK-5", "It will definately be fixed today."),
    # replies to reviews and final-response letters
    ("R-TALK-6", "We reject your version of events."),
    ("R-TALK-6", "Your account of what happened is not correct."),
    ("R-TALK-6", "Contrary to what you claim, our staff were polite."),
    ("R-TALK-6", "We have no record of you calling, so we doubt that's true."),
    ("R-TALK-6", "Nowhere did we promise a refund."),
    ("R-TALK-6", "No refund will be given."),
    ("R-TALK-6", "We are unable to help any further and consider this closed."),
    ("R-TALK-6", "This is our final response."),
    ("R-TALK-6", "Any further emails about this will not be answered."),
    ("R-TALK-6", "Our night staff are a bunch of amateurs, sorry."),
    ("R-TALK-6", "The sales team oversold it to you, they do that all the time."),
    ("R-TALK-6", "Head office makes these stupid rules, not me."),
    ("R-TALK-6", "The system we use is ancient and useless."),
    ("R-TALK-6", "We can't pass on names of employees."),
    ("R-TALK-6", "You will not be able to reach the manager directly."),
    ("R-TALK-6", "There is no phone number for that department."),
    ("R-TALK-4", "That's not something we're able to help with as a company."),
    ("R-TALK-4", "Even my nan could set this up."),
    ("R-TALK-4", "We've got a massive queue, ring back another day."),
    ("R-TALK-5", "I'm confident it won't happen again."),
]

# (requirement, text): the requirement must stay silent.
CLEAN = [
    ("R-TALK-6", "As we discussed, I have booked the engineer for Tuesday."),
    ("R-TALK-6", "As I mentioned in my last email, your refund was sent on Monday."),
    ("R-TALK-6", "I'm sorry, but as I said, I'm ending the call now."),
    ("R-TALK-6", "If you didn't get our email, I'll resend it now."),
    ("R-TALK-6", "I've already emailed you the new password, could you check it arrived?"),
    ("R-TALK-6", "Our terms and conditions are on the website, here is the link."),
    ("R-TALK-6", "The delivery failed because the driver could not find the address, sorry."),
    ("R-TALK-6", "If the form was not completed correctly, we will contact you."),
    ("R-TALK-6", "Since you weren't at home, we left the parcel with your neighbour."),
    ("R-TALK-6", "It's not your fault at all, that form is confusing."),
    ("R-TALK-6", "I can't move the slot, but I can offer you Thursday morning."),
    ("R-TALK-6", "Your request cannot be processed until we receive the form."),
    ("R-TALK-6", "Unfortunately this ticket is non-refundable, but you can change the date."),
    ("R-TALK-6", "Your order is packed and that's it from our side, enjoy!"),
    ("R-TALK-6", "There's no chance the price will go up before your departure."),
    ("R-TALK-6", "Your card was declined by the bank."),
    ("R-TALK-6", "My name is Sam and you can reach me directly on extension 214."),
    ("R-TALK-6", "Our records show that your payment arrived on Monday."),
    ("R-TALK-6", "I'd have seen the code if it had arrived, so I'll resend it."),
    ("R-TALK-6", "Our courier partner delivers Monday to Saturday."),
    ("R-TALK-6", "I'm sorry the previous agent didn't call you back, I will do it now."),
    ("R-TALK-6", "You chose express delivery, so it arrives tomorrow."),
    ("R-TALK-6", "If this is not correct, please call us within 14 days."),
    ("R-TALK-6", "We should have known better, and we are sorry."),
    ("R-TALK-6", "Please don't bother printing the label, we will bring one."),
    ("R-TALK-6", 'You wrote "we consider this matter closed", which was wrong of us.'),
    ("R-TALK-4", "That's not my area, so I'm transferring you to billing, who can fix it."),
    ("R-TALK-4", "I only need your postcode to check."),
    ("R-TALK-4", "We only do deliveries on weekdays."),
    ("R-TALK-4", "Refunds take 3 to 5 working days."),
    ("R-TALK-4", "It's hard to say which plan suits you better, so let me compare them."),
    ("R-TALK-4", "Sorry it took a while to get back to you."),
    ("R-TALK-4", "I can't say exactly when, but it will be done by Friday."),
    ("R-TALK-4", "Your parcel is at the depot and the driver will try again tomorrow."),
    ("R-TALK-4", "Could be a few days, I'll confirm the exact date by email tomorrow."),
    ("R-TALK-4", "I'm just finishing with another caller. May I ring you back at 14:30?"),
    ("R-TALK-4", "It won't take a while, the refund is already approved."),
    ("R-TALK-5", "I'm not sure it will arrive tomorrow, so I'll ask the courier."),
    ("R-TALK-5", "I can't say for certain that the price won't change."),
    ("R-TALK-5", "We'll do everything we can so that this doesn't happen again."),
    ("R-TALK-5", "There's no way we can refund this, but I can offer a voucher."),
    ("R-TALK-5", "We will refund you by 14 May."),
    ("R-TALK-3", "Yeah, that makes sense. I've changed it for you."),
    ("R-TALK-3", "So what happens now is the refund goes back to your card."),
    ("R-TALK-3", "So what we can do is refund you today."),
    ("R-TALK-3", "Whatever the reason for the delay, we should have told you."),
    ("R-TALK-13", "The colour you chose is called 'Honey Oak'."),
    ("R-TALK-13", "Our pet insurance covers vets' bills."),
    ("R-TALK-13", "Just a sec, I'm checking."),
    ("R-TALK-13", "We love hearing from you, thank you for this lovely review."),
    ("R-TALK-7", "So the card is the JCB one ending 0000."),
    ("R-TALK-6", "If you entered the wrong email, just let me know and I'll change it."),
    ("R-TALK-6", "I may have misunderstood, could you tell me the order number again?"),
    ("R-TALK-6", "I'm not able to see that on my screen, could you read me the reference?"),
    ("R-TALK-6", "The refund will be issued within 5 days."),
    ("R-TALK-6", "We cannot accept cash, but card and bank transfer are fine."),
    ("R-TALK-6", "That's how it works: you scan the code and the door opens."),
    ("R-TALK-6", "The delay is down to the weather, and I'm sorry about it."),
    ("R-TALK-6", "You accepted the offer on 3 May, thank you."),
    ("R-TALK-4", "Are you a business or a personal customer?"),
    ("R-TALK-4", "Anyone can join the loyalty scheme for free."),
    ("R-TALK-5", "No doubt you've had a long day, so I'll keep this short."),
    ("R-TALK-5", "Everything will be ready for your visit on Monday, as we agreed."),
    ("R-TALK-13", "There is a lovely diner called Delage in Oakland."),
    ("R-TALK-6", "Your claim has been approved and the payment will reach you in 3 days."),
    ("R-TALK-6", "As you mentioned, the parcel was damaged, so we are sending a new one."),
    ("R-TALK-6", "You should have received a text with the code."),
    ("R-TALK-6", "We don't charge for call-backs."),
    ("R-TALK-6", "You were right to contact us, thank you."),
    ("R-TALK-4", "I'll check with the warehouse and reply by 3pm today."),
    ("R-TALK-5", "I'm sure you'll love the new model."),
    ("R-TALK-5", "That will be fine."),
    ("R-TALK-5", "Don't forget to register your pet, it takes a minute."),
    ("R-TALK-13", "We sell honey, jam and tea in our shop."),
    ("R-TALK-13", "We'll have the wee hours covered by our night team."),
    ("R-TALK-13", "Dear Ms Darling, your order has shipped."),
    ("R-TALK-6", "It's explained in our FAQ, here's the link, and I can walk you through it."),
    ("R-TALK-6", "Our records confirm your call; I'm sorry nobody called back."),
    ("R-TALK-6", "Your version of the app is out of date; please update it from the store."),
    ("R-TALK-6", "There is no phone line for refunds, but our chat is open 24/7."),
    ("R-TALK-6", "We have no record of the payment yet; could you send the receipt?"),
    ("R-TALK-4", "It's very simple to book: choose a date and click Confirm."),
    ("R-TALK-4", "Is this your first order with us? Welcome!"),
    ("R-TALK-5", "I'm confident we can sort this out together."),
    ("R-TALK-5", "I can't promise a date yet, but I'll update you on Friday."),
]

# Closings (position "closing") that are complete: every part is found.
COMPLETE_CLOSINGS = [
    "Can I help with anything else? Thank you for your time, you know where we are if you need"
    " us again. Goodbye.",
    "Was there anything else? Thanks for your call, we're here seven days a week if you need us."
    " Goodbye!",
    "Is there any other matter we can assist you with? We thank you for your patience and remain"
    " at your disposal. Kind regards,",
]


@pytest.mark.parametrize("text", COMPLETE_CLOSINGS)
def test_complete_closing_is_not_reported(text: str) -> None:
    assert_complete_closing("en", text)


@pytest.mark.parametrize(("req", "text"), VIOLATIONS)
def test_violation_is_reported(req: str, text: str) -> None:
    assert_reported("en", req, text)


@pytest.mark.parametrize(("req", "text"), CLEAN)
def test_clean_text_stays_silent(req: str, text: str) -> None:
    assert_silent("en", req, text)


# R-TALK-6: (text, reported) for the families of the dev4 set, with near-misses.
R_TALK_6_DEV4_FAMILIES = [
    ("We don't reimburse taxi fares.", True),
    ('We never refund booking fees.', True),
    ("We don't refund the booking fee, but I can move your flight free of charge.", False),
    ('We do not charge for delivery on orders over £50.', False),
    ('Late entries will not be accepted. We make no exceptions.', True),
    ('Requests submitted after the cut-off date are not considered.', True),
    ('There are no exceptions to this rule.', True),
    ('Late entries are usually not accepted, but I have asked the manager to make an exception '
     'for you.', False),
    ('Payments made after 18:00 are processed the next working day.', False),
    ('The damage shows the heater was not operated in line with the manual, so the warranty is '
     'void.', True),
    ('The blender was clearly not used as described in the user guide.', True),
    ('If the heater was not set up as the manual describes, our engineer can do it for you free '
     'of charge.', False),
    ('Please use the heater according to the instructions in the box.', False),
    ('The parcel went back because you gave us an incomplete address. Please be more careful '
     'when ordering.', True),
    ('Returns are total chaos right now and nobody answers the phone there.', True),
    ('The accounts team is in a complete mess, nobody reads anything.', True),
    ('The returns team is very busy this week, so I have flagged your case as urgent.', False),
    ('Honestly, since the takeover nothing here works the way it should.', True),
    ('The fault has been fixed and everything works as it should now.', False),
    ('Our decision is final.', True),
    ('As stated in section 8 of the terms you accepted, the deposit is not refundable.', True),
    ('That courier is a nightmare, they lose half our parcels.', True),
    ('The parcel came back to us because you were not at home.', True),
    ('The claim was delayed by the incomplete form that was submitted.', True),
    ('We are not allowed to give out staff surnames.', True),
    ('That is not correct, the invoice was sent on time.', True),
    ("You forgot to attach the receipt, that's why the claim was rejected.", True),
    ("My colleague on the night shift clearly didn't read your notes.", True),
    ('Our website is a disaster, I am not surprised it charged you twice.', True),
    ('The courier tried to deliver on Monday; I have booked a new delivery for Thursday.', False),
    ('According to section 8 of the terms, you can cancel free of charge within 14 days.', False),
]


@pytest.mark.parametrize(("text", "reported"), R_TALK_6_DEV4_FAMILIES)
def test_r_talk_6_refusals_blame_lectures_and_running_down(text: str, reported: bool) -> None:
    """R-TALK-6 on wordings from a fresh blind set (dev4, new sentences): bare and bureaucratic
    refusals (also after 'sorry, but'), final decisions, refusing contact details, misuse of the
    manual and the customer's own detail or form as the cause, lectures (already wrote, be more
    careful, numbered clauses, the terms you accepted), arguing, running down a department, a
    partner, colleagues or the company; clean near-misses (an alternative offered after the
    refusal, a condition, our own mistake, a neutral partner) stay silent."""
    assert_case("en", "R-TALK-6", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    ("Sorry, but no exceptions are made for late bookings.", True),
    ("I understand, but our decision is final.", True),
    ("No exceptions are made for late bookings, but I can put you on the waiting list.", False),
    ("We can't refund the upgrade, but I can move it to your next trip.", False),
])
def test_r_talk_6_a_but_counts_only_after_the_refusal(text: str, reported: bool) -> None:
    """R-TALK-6: ``exceptions_after`` - 'but' offering something after a refusal keeps it
    silent; 'Sorry, but ...' before it leaves the refusal as flat as it was."""
    assert_case("en", "R-TALK-6", text, reported)


def test_r_talk_7_everyday_abbreviations_are_no_jargon() -> None:
    """R-TALK-7: GP (the family doctor) is an everyday abbreviation, not internal jargon."""
    assert_silent("en", "R-TALK-7", "Repeat prescriptions are renewed after a review with your GP.")


# R-TALK-6: running down engineers, branches, partners and the website (either order).
R_TALK_6_RUNNING_DOWN = [
    ('The engineer we sent obviously rushed the job, which is why the boiler failed again.', True),
    ('The Leeds branch made a complete mess of your order.', True),
    ('The installers you had were cowboys.', True),
    ("Honestly, the people in accounts can't add up.", True),
    ('Nobody in head office has a clue.', True),
    ('The delivery firm we use is pretty useless, to be honest.', True),
    ("Our website keeps crashing, it's a disgrace.", True),
    ('Our engineer will come back on Monday to finish the job.', False),
    ("I'm sorry, our team made a mistake with your order; I've corrected it.", False),
]


@pytest.mark.parametrize(("text", "reported"), R_TALK_6_RUNNING_DOWN)
def test_r_talk_6_running_down_the_people_behind_the_service(text: str, reported: bool) -> None:
    """R-TALK-6: a party behind the service (engineer, branch, courier firm, accounts, website)
    near a verdict on it (rushed, a complete mess, cowboys, can't count, a disgrace), in either
    order; a neutral mention of the same party stays silent."""
    assert_case("en", "R-TALK-6", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    ("You said you weren't told, but that is simply not true.", True),
    ("You said the courier is useless; I'm sorry the parcel was late.", False),
    ("We never say 'that is not our problem', but we do explain the rules.", False),
])
def test_r_talk_6_a_contrast_word_ends_the_reported_clause(text: str, reported: bool) -> None:
    """R-TALK-6: a reported-speech cue ('you said') silences what it reports, but after 'but'
    the agent speaks in their own words (``meta_ends`` in language.yaml)."""
    assert_case("en", "R-TALK-6", text, reported)


R_TALK_6_HEDGED_BLAME = [
    ("It looks like you didn't press the save button.", True),
    ('Apparently you ignored the reminder we sent.', True),
    ('You probably typed the code wrong.', True),
    ('If you ignored the reminder by mistake, no problem, I can resend it.', False),
]


@pytest.mark.parametrize(("text", "reported"), R_TALK_6_HEDGED_BLAME)
def test_r_talk_6_hedged_blame_and_ignored_reminders(text: str, reported: bool) -> None:
    """R-TALK-6: hedged blame (it seems you did not press, you probably typed it wrong) and
    ignoring what we sent; the same words in a condition stay silent."""
    assert_case("en", "R-TALK-6", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    ("That's not our problem, the courier lost it.", True),
    ("We are not responsible for what the courier does.", True),
    ("We are not responsible for the delay, but I will chase the courier today.", False),
    ("You can ignore the second reminder; it went out by mistake.", False),
    ("Between us and the courier, we will get this sorted by Friday.", False),
])
def test_r_talk_6_pushing_the_problem_away(text: str, reported: bool) -> None:
    """R-TALK-6: 'not our problem' and 'not responsible for what the courier does' push the
    problem away; taking it on after 'but', 'you can ignore the reminder' and 'between us and
    the courier' do not."""
    assert_case("en", "R-TALK-6", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    ("Don't worry, I guarantee the engineer will fix it tomorrow.", True),
    ("Don't worry, we promise it will be there.", True),
    ("We don't guarantee delivery times, but most parcels arrive in two days.", False),
    ("I can't promise anything, but I'll try.", False),
    ("Can't guarantee it, sorry.", False),
])
def test_r_talk_5_reassurance_then_a_promise(text: str, reported: bool) -> None:
    """R-TALK-5: "Don't worry, I guarantee ..." reassures and then promises; the "don't"
    belongs to the worry, not to the guarantee. A promise refused ("we don't guarantee", "I
    can't promise") is none."""
    assert_case("en", "R-TALK-5", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    # "you're" and "your" share a Snowball stem: the contraction is matched as itself
    ("Your wrong order has been replaced today.", False),
    ("You're wrong about that.", True),
    ("You are wrong about that.", True),
])
def test_r_talk_6_youre_is_not_your(text: str, reported: bool) -> None:
    """R-TALK-6: "You're wrong" argues; "Your wrong order has been replaced" does not."""
    report = check_text(text, lang="en", spelling=False)
    assert ("R-TALK-6" in report.requirements) is reported, report.findings
