"""English pack: each phrase family is found in natural wordings, and the clean near-misses
(polite, apologetic, negated, quoted, conditional) stay silent for that requirement."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text
from tests.protocol.conftest import TODAY

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
]


@pytest.mark.parametrize(("req", "text"), VIOLATIONS)
def test_violation_is_reported(req: str, text: str) -> None:
    report = check_text(text, lang="en", spelling=False, today=TODAY)
    assert req in report.requirements, report.findings


@pytest.mark.parametrize(("req", "text"), CLEAN)
def test_clean_text_stays_silent(req: str, text: str) -> None:
    report = check_text(text, lang="en", spelling=False, today=TODAY)
    assert req not in report.requirements, report.findings
