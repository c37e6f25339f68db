"""False alarms found on real agents' turns from public task-oriented dialogue corpora.

The system turns of the Schema-Guided Dialogue test split (SGD, google-research-datasets/
dstc8-schema-guided-dialogue, CC BY-SA 4.0) and of CrossWOZ's test split (thu-coai/CrossWOZ,
Apache-2.0), as kept in /work/shared/testdata/dialogues and bench/data (SOURCE.txt), were run
through the checker: 6,045 turns. Each turn below raised a false alarm before (a choice
asked as "What time do you want ...?", an initial "K.", "Sure, you can reach them ...", a
booking offer read as "call later", "Are you looking for a ...?", a place name with 滚 in
it, a hotel without a free phone, "没问题，电话是…", a venue that does not offer a service, a
refusal with another place recommended). They are quoted verbatim from those corpora.
"""

from __future__ import annotations

import pytest

from tactful.protocol import check_text

REQUIREMENTS = ("R-TALK-3", "R-TALK-4", "R-TALK-6")

SGD = [
    "What location do you want me to look in?",
    "What time do you want your reservation to be?",
    "What account do you want to send the money?",
    "May I suggest Dr. Manuj K. Nangia a Psychiatrist based in San Jose?",
    "Your appointment is done. You will get the confirmation email later.",
    "Are you looking for a psychologist or psychiatrist or something else? Should I also look"
    " in San Francisco?",
    "I'm sorry, I was not able to to get an appointment at the date and time you requested."
    " Would you like to try another date or time?",
    "Sure, you can reach them at 408-248-9563.",
    "In what geographic area are you looking for a salon?",
    "Unfortunately it is not possible to book at that time. An appointment with Christina M."
    " Walker is possible on March 13th at 5 pm",
]

CROSSWOZ = [
    "推荐您庆丰包子铺 八达岭长城店(滚天沟停车场店)这家餐馆，它符合您的需求。",
    "抱歉，周边餐馆没有符合您要求的，推荐您去评分4.3分的护国寺小吃店（护国寺总店）吃驴打滚这道菜。",
    "非常抱歉，酒店没有免费市内电话和棋牌室服务设施。",
    "没问题，电话是010-83545602。",
    "不好意思，它家不提供这项服务。",
    "不好意思，两家都不行，推荐您去时光漫步怀旧主题酒店(北京雍和宫店)，它符合您的所有条件。",
]


@pytest.mark.parametrize(("lang", "text"), [("en", t) for t in SGD]
                         + [("zh-Hans", t) for t in CROSSWOZ])
def test_a_real_agent_turn_raises_no_false_alarm(lang: str, text: str) -> None:
    """R-TALK-3, R-TALK-4, R-TALK-6: helpful turns of real agents are not rude, not a
    forbidden phrase and no flat refusal."""
    report = check_text(text, lang=lang, spelling=False)
    assert not set(REQUIREMENTS) & set(report.requirements), report.findings


@pytest.mark.parametrize(("lang", "text"), [
    # the same words where they do offend
    ("en", "What do you want?"),
    ("en", "k thx"),
    ("en", "Surely you can do that yourself, it's very simple."),
    ("en", "Are you a lawyer or something?"),
    ("en", "We're really busy, call back later."),
    ("zh-Hans", "你给我滚！"),
    ("zh-Hans", "我们这里没有电话。"),
    ("zh-Hans", "不行，这个做不到。"),
])
def test_the_offending_forms_are_still_reported(lang: str, text: str) -> None:
    """R-TALK-3, R-TALK-4, R-TALK-6: the bare forms of the phrases narrowed above."""
    report = check_text(text, lang=lang, spelling=False)
    assert set(REQUIREMENTS) & set(report.requirements), text


@pytest.mark.parametrize(("lang", "text", "reported"), [
    ("en", "Unfortunately that is not possible. You can, however, book the 5 pm slot instead.",
     False),
    ("en", "Unfortunately that is not possible. Thank you for your understanding.", True),
    ("hu", "Ez sajnos nem lehetséges. Viszont szívesen foglalok Önnek egy másik időpontot.",
     False),
    ("ro", "Din păcate, acest lucru nu este posibil. În schimb, vă pot programa joi la ora 10.",
     False),
    ("et", "Kahjuks ei ole see võimalik. Selle asemel saan pakkuda neljapäeva kella 10.", False),
    ("zh-Hans", "这个不行。我给您推荐另一家店。", False),
])
def test_an_alternative_in_the_next_sentence_unflattens_a_refusal(lang: str, text: str,
                                                                  reported: bool) -> None:
    """R-TALK-6: a refusal followed by its alternative in the next sentence is not flat; one
    followed by anything else still is."""
    report = check_text(text, lang=lang, spelling=False)
    assert ("R-TALK-6" in report.requirements) is reported, report.findings


# R-TALK-9 on real question-and-answer pairs: a user turn with a question and the system
# turn after it (SGD test split, 832 pairs). 374 were reported as leaving a question open
# before; 264 after. The pairs below are quoted from it; the near misses were written here.
SGD_ANSWERED = [
    ("Can you help me search for a hairdresser to get my hair trimmed?",
     "In what location would you like to find a salon?"),
    ("Can you help me find a restaurant please?",
     "I can assist you. What location should I begin the search in?"),
    ("What's their address?", "They are located at 534 B Street."),
    ("May I have their address too?", "You can visit them at 8150 Cabrillo Highway."),
    ("Great, what is the phone number?", "It is 510-287-5845 and the appointment is confirmed."),
]


@pytest.mark.parametrize(("customer", "reply"), SGD_ANSWERED)
def test_a_real_answer_leaves_no_question_open(customer: str, reply: str) -> None:
    """R-TALK-9: a request taken up by a question about what it needs, an address given as a
    street, a number given as digits."""
    report = check_text(reply, lang="en", customer_text=customer, spelling=False)
    assert "R-TALK-9" not in report.requirements, report.findings


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    # a request ignored: no question back, nothing done
    ("en", "Could you find me a nice restaurant?", "Our restaurant guide is updated weekly."),
    # two questions: the follow-up question takes up neither on its own
    ("en", "Can you book a table for tonight? And what's their address?",
     "How many people will be dining?"),
    # an address asked for, the opening hours given
    ("en", "What's their address?", "They are open from 9 to 5."),
    ("hu", "Tudna küldeni egy új számlát?", "Köszönjük, hogy jelezte."),
])
def test_an_unanswered_request_or_address_is_still_reported(lang: str, customer: str,
                                                            reply: str) -> None:
    """R-TALK-9: the same questions, not taken up."""
    report = check_text(reply, lang=lang, customer_text=customer, spelling=False)
    assert "R-TALK-9" in report.requirements, report.findings


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("hu", "Tudna küldeni egy új számlát?", "Természetesen. Melyik e-mail-címre küldjem?"),
    ("et", "Kas saaksite mulle uue arve saata?", "Muidugi. Millisele e-posti aadressile?"),
    ("ro", "Îmi puteți trimite o factură nouă?", "Desigur. La ce adresă de e-mail o trimit?"),
    ("zh-Hans", "麻烦您帮我重新开一张发票？", "好的，请问发票抬头写什么？"),
    ("en", "Can you tell me their address?", "Sure, it's 12 Elm Road, Leeds."),
])
def test_a_request_taken_up_in_every_language(lang: str, customer: str, reply: str) -> None:
    """R-TALK-9: "Could you send me a new invoice?" - "Of course. To which address?"."""
    report = check_text(reply, lang=lang, customer_text=customer, spelling=False)
    assert "R-TALK-9" not in report.requirements, report.findings


# The same on CrossWOZ's test split (1,539 user questions with the system turn after them):
# 420 reported before, 397 after. Quoted from it.
CROSSWOZ_ANSWERED = [
    ("嗯呢。这家酒店的评分是几分？", "评分是4.4分。"),
    ("好吧，他家几点营业？", "营业时间是周一至周日 09:00-21:00。"),
    ("票价多少呢？", "票价您不用担心，是不要钱的呢。"),
]


@pytest.mark.parametrize(("customer", "reply"), CROSSWOZ_ANSWERED)
def test_a_real_chinese_answer_leaves_no_question_open(customer: str, reply: str) -> None:
    """R-TALK-9: "嗯呢" asks nothing; a clock time answers 几点; 不要钱 answers 多少."""
    report = check_text(reply, lang="zh-Hans", customer_text=customer, spelling=False)
    assert "R-TALK-9" not in report.requirements, report.findings


@pytest.mark.parametrize(("customer", "reply"), [
    ("他家几点营业？", "他家的菜很好吃。"),
    ("票价多少呢？", "那里风景很好。"),
])
def test_the_same_chinese_questions_unanswered_are_reported(customer: str, reply: str) -> None:
    """R-TALK-9: the same questions with replies about something else."""
    report = check_text(reply, lang="zh-Hans", customer_text=customer, spelling=False)
    assert "R-TALK-9" in report.requirements, report.findings
