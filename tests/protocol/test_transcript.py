"""Calls and chats as a whole (docs/transcript-format.md)."""

from __future__ import annotations

from typing import Any

import pytest

from tactful.protocol import OrgRules, TranscriptError, check_transcript


def call(*turns: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    return {"version": 1, "lang": lang, "channel": "phone", "agent": "Anna",
            "organisation": "Acme", "turns": list(turns)}


def agent(text: str) -> dict[str, Any]:
    return {"speaker": "agent", "text": text}


def customer(text: str) -> dict[str, Any]:
    return {"speaker": "customer", "text": text}


GREET = agent("Good morning, Acme, Anna speaking, how may I help you?")
BYE = agent("Is there anything else I can help with? Thank you for calling, feel free to "
            "call us any time. Goodbye!")


def rules(report: Any) -> list[str]:
    return [f.rule_id for f in report.findings]


def test_a_polite_hold_passes() -> None:
    """R-TALK-10: permission asked, reason given, thanks after resuming."""
    report = check_transcript(call(
        GREET, customer("Where is my parcel?"),
        agent("May I put you on hold for a moment while I check the courier's system?"),
        {"event": "hold", "by": "agent"}, {"event": "resume", "by": "agent"},
        agent("Thank you for waiting. Your parcel arrives today."), BYE,
        {"event": "hangup", "by": "customer"}))
    assert report.findings == []
    assert report.score == 100


def test_a_silent_hold_is_reported() -> None:
    """R-TALK-10: no permission, no reason, no thanks."""
    report = check_transcript(call(
        GREET, customer("Where is my parcel?"), agent("Hold on."),
        {"event": "hold", "by": "agent"}, {"event": "resume", "by": "agent"},
        agent("Your parcel arrives today."), BYE, {"event": "hangup", "by": "customer"}))
    problems = [f.message for f in report.findings if f.requirement == "R-TALK-10"]
    assert len(problems) == 3


def test_the_agent_never_hangs_up_first_without_profanity() -> None:
    """R-TALK-11: an agent hang-up with a polite customer is reported."""
    report = check_transcript(call(GREET, customer("Hi, a question."), BYE,
                                   {"event": "hangup", "by": "agent"}))
    assert rules(report) == ["en.call.profanity"]


def test_after_profanity_the_agent_warns_once_then_may_hang_up() -> None:
    """R-TALK-11: warning with the prescribed sentence, the customer goes on, hang-up."""
    report = check_transcript(call(
        GREET, customer("This is fucking useless."),
        agent("I'm sorry. If you continue to use such language, we will have to end the call."),
        customer("Shit service, you idiots."), {"event": "hangup", "by": "agent"}))
    assert "en.call.profanity" not in rules(report)


def test_hanging_up_on_a_swearing_customer_without_warning_is_reported() -> None:
    """R-TALK-11: no warning before the agent's hang-up."""
    report = check_transcript(call(GREET, customer("This is bullshit."),
                                   {"event": "hangup", "by": "agent"}))
    assert "en.call.profanity" in rules(report)


def test_after_a_complaint_the_next_agent_turn_apologises_and_offers_a_way() -> None:
    """R-TALK-12: apology and a way forward after a complaint."""
    bad = check_transcript(call(GREET, customer("This is unacceptable, third time I call!"),
                                agent("Please give me your order number."), BYE))
    assert any(f.requirement == "R-TALK-12" for f in bad.findings)
    good = check_transcript(call(GREET, customer("This is unacceptable, third time I call!"),
                                 agent("I am so sorry. I will fix this right away."), BYE))
    assert not any(f.requirement == "R-TALK-12" for f in good.findings)


def test_hanging_up_instead_of_answering_a_complaint_is_reported() -> None:
    """R-TALK-12: the agent who hangs up after an insult neither apologises nor helps."""
    report = check_transcript(call(GREET, customer("That's bullshit. You lot are thieves."),
                                   {"event": "hangup", "by": "agent"}))
    assert [f.data["missing"] for f in report.findings if f.requirement == "R-TALK-12"] == [
        ["apology", "way_forward"]]


@pytest.mark.parametrize(("lang", "complaint", "reply"), [
    ("en", "Not happy at all, the box is soaked.",
     "I'm sorry. I can offer Saturday between 8 and 10 am for the collection."),
    ("hu", "Nagyon nem vagyok elégedett.", "Elnézést kérek. Szombaton 8 és 10 óra között tudok "
     "időpontot adni."),
    ("et", "Ma ei ole üldse rahul.", "Vabandan. Saatke mulle palun foto, vahetame toote."),
    ("ro", "Sunt foarte supărat din cauza facturii.", "Îmi cer scuze. Verific acum factura și "
     "vă returnez diferența."),
    ("zh-Hans", "我真的很生气。", "非常抱歉，我现在就为您核对，多扣的钱今天退给您。"),
    ("et", "Helistan juba neljandat korda, see on lubamatu.",
     "Vabandan väga. Kontrollin kohe Teie arve üle."),
    ("et", "Teie klienditugi on üks naljanumber.", "Mul on kahju. Parandan arve kohe ära."),
    ("zh-Hans", "这个问题我催了好几次了，到现在都没人处理。", "非常抱歉，我马上为您处理。"),
    ("zh-Hant", "等了兩個禮拜還沒到，真的很難接受。", "真的很抱歉，我馬上幫您查。"),
    ("en", "You people have double-charged me. Sort it out!",
     "Apologies for that. I'm refunding the second charge right now."),
    ("ro", "Sunt foarte nemulțumit de cum mi-ați tratat cererea.",
     "Ne cerem scuze. Returnăm azi suma taxată în plus."),
    ("zh-Hans", "你们又发错货了，我真的很无语。", "真的很抱歉，我现在就给您补发正确的商品。"),
    ("zh-Hant", "你們的客服態度真的很差。", "很抱歉讓您有不好的感受，我會立即為您處理。"),
    ("zh-Hans", "说好的昨天送到，到现在都没消息。", "很抱歉耽误您了，我马上联系快递确认。"),
])

def test_complaints_in_other_words_need_apology_and_way_forward(lang: str, complaint: str,
                                                                  reply: str) -> None:
    """R-TALK-12: dissatisfaction in other words is a complaint; a time or an action is a way
    forward; blame instead of an apology is reported."""
    good = check_transcript(call(GREET, customer(complaint), agent(reply), BYE, lang=lang))
    assert not [f for f in good.findings if f.requirement == "R-TALK-12"]
    bad = check_transcript(call(GREET, customer(complaint), agent("OK."), BYE, lang=lang))
    assert [f for f in bad.findings if f.requirement == "R-TALK-12"]


@pytest.mark.parametrize(("lang", "complaint", "apology", "pressing", "reply"), [
    ("en", "Nobody came to fit the wardrobe, I took the morning off for nothing!",
     "I'm so sorry you waited all morning. I'll find out right away where the fitter is.",
     "Is anyone even coming today?",
     "Thank you. I'll call the depot now and check where the fitter is."),
    ("zh-Hans", "说好今天上午来安装，我请了假在家等，到现在人影都没有！",
     "非常抱歉，让您白等了一上午。我马上帮您查师傅现在到哪儿了。", "我就想知道他们到底还来不来？",
     "好的，收到。我需要联系配送站核实师傅的位置，大概两三分钟，可以请您先别挂，稍等一会儿吗？"),
])
def test_an_indignant_question_after_an_apology_owes_a_way_forward_only(
        lang: str, complaint: str, apology: str, pressing: str, reply: str) -> None:
    """R-TALK-12: a customer pressing the same grievance with an indignant question right
    after the agent apologised is owed a way forward, not a second apology; a reply with
    neither is still reported, and so is one after a turn that did not apologise."""
    def run(first: str, answer: str) -> list[list[str]]:
        report = check_transcript(call(GREET, customer(complaint), agent(first),
                                       customer(pressing), agent(answer), BYE, lang=lang))
        return [f.data["missing"] for f in report.findings
                if f.requirement == "R-TALK-12" and f.turn == 4]  # the second reply

    assert run(apology, reply) == []
    assert run(apology, "OK.") == [["way_forward"]]
    assert run("OK. Order number?" if lang == "en" else "好的。订单号？", reply) == [["apology"]]


@pytest.mark.parametrize(("lang", "complaint", "reply"), [
    ("ro", "Au trecut trei zile și nu m-a sunat nimeni!",
     "Îmi pare foarte rău. Haideți să vedem împreună unde se află valiza."),
    ("hu", "Három napja nem hívott vissza senki!",
     "Nagyon sajnálom. Nézzük meg együtt, hol tart a csomag."),
    ("hu", "Három napja nem hívott vissza senki!",
     "Nagyon sajnálom, azonnal utánajárok, hol tart a csomag."),
])
def test_lets_look_together_is_a_way_forward(lang: str, complaint: str, reply: str) -> None:
    """R-TALK-12: "let's see together where the bag is" ("Haideți să vedem", "Nézzük meg",
    "utánajárok") offers a way forward after the apology."""
    report = check_transcript(call(GREET, customer(complaint), agent(reply), BYE, lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-12"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hi, I paid my bill twice by mistake. Can you refund one of the payments?"),
    ("ro", "Bună ziua, am plătit din greșeală factura de două ori. Îmi puteți returna una?"),
    ("zh-Hans", "你好，我还没收到货，能帮我查一下吗？"),
])
def test_a_polite_request_is_no_complaint(lang: str, text: str) -> None:
    """R-TALK-12: paying twice by mistake or asking after a parcel is no complaint; a plain
    answer to it owes no apology."""
    report = check_transcript(call(GREET, customer(text), agent("OK."), BYE, lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-12"]


def test_rings_before_answer_against_the_policy() -> None:
    """R-PHONE-1: more rings than the policy allows is reported; unanswered too."""
    turns = [{"event": "ring", "time": "2024-05-01T10:00:00Z"},
             {"event": "answer", "by": "agent", "time": "2024-05-01T10:00:21Z"}, GREET, BYE]
    report = check_transcript(call(*turns), org=OrgRules(max_rings=3))
    assert [f.data.get("rings") for f in report.findings] == [5]
    assert not check_transcript(call(*turns), org=OrgRules(max_rings=5)).findings
    missed = check_transcript(call({"event": "ring"}, {"event": "ring"},
                                   {"event": "hangup", "by": "customer"}))
    assert [f.requirement for f in missed.findings] == ["R-PHONE-1"]


def test_greeting_and_closing_are_checked_at_conversation_level() -> None:
    """R-TALK-1, R-TALK-2: first agent turn is the greeting, last agent turn the closing."""
    report = check_transcript(call(agent("Hello?"), customer("Hi."), agent("OK, bye.")))
    reqs = {f.requirement for f in report.findings}
    assert {"R-TALK-1", "R-TALK-2"} <= reqs
    assert all(f.turn is not None for f in report.findings)


@pytest.mark.parametrize("lang,warn,swear", [
    ("ro", "Dacă veți continua să folosiți profanitatea, vom fi forțați să încheiem "
           "conversația.", "Sunteți niște idioți, dracu să vă ia."),
    ("hu", "Ha továbbra is így beszél, kénytelen leszek befejezni a hívást.",
     "Kibaszott szar ez az egész."),
    # Taiwanese 幹 as an exclamation is a swear (幹嘛, 乾淨 are not)
    ("zh-Hant", "如果您再繼續罵人，我們將不得不結束通話。", "幹！你們是在搞什麼。"),
])
def test_profanity_warning_in_other_languages(lang: str, warn: str, swear: str) -> None:
    """R-TALK-11: seed 004's prescribed warning in Romanian; Hungarian too."""
    report = check_transcript(call(customer(swear), agent(warn), customer(swear),
                                   {"event": "hangup", "by": "agent"}, lang=lang))
    assert not any(f.requirement == "R-TALK-11" for f in report.findings)


def test_a_malformed_transcript_is_refused_with_the_path() -> None:
    with pytest.raises(TranscriptError, match="turns"):
        check_transcript({"turns": [{"speaker": "robot", "text": "hi"}]})


@pytest.mark.parametrize(("last", "missing"), [
    ("I'm sorry, but as I said, I am ending the call now. Goodbye.", []),
    ("As I said, I am ending the call now.", [["apology"]]),
])
def test_ending_the_call_after_the_warning_owes_an_apology_not_a_solution(
        last: str, missing: list[list[str]]) -> None:
    """R-TALK-12 with R-TALK-11: once the warned customer swears again the agent may end the
    call, so its last turn is not asked to offer a way forward; it still apologises."""
    report = check_transcript(call(
        GREET, customer("This is fucking useless."),
        agent("I'm sorry, I will fix it right away. If you continue to use such language, we "
              "will have to end the call."),
        customer("Shit service, you idiots."), agent(last),
        {"event": "hangup", "by": "agent"}))
    assert [f.data["missing"] for f in report.findings if f.requirement == "R-TALK-12"] == \
        missing


def test_chinese_words_holding_the_swear_character_are_no_swearing() -> None:
    """R-TALK-11: 饼干 (biscuit), 干净 (clean), 干什么 hold 干 but are not swearing: the agent
    who hangs up on such a customer hung up first."""
    report = check_transcript(call(customer("我买的饼干，包装不干净，你们干什么吃的？"),
                                   {"event": "hangup", "by": "agent"}, lang="zh-Hans"))
    assert [f.message for f in report.findings if f.requirement == "R-TALK-11"] == [
        "Ending the call: the agent hung up first although the customer did not swear."]


@pytest.mark.parametrize(("lang", "ask"), [
    ("en", "May I put you on hold for a minute while I pull up your meter readings?"),
    ("hu", "Megengedi, hogy egy percre várakoztassam, amíg lekérem az adatait?"),
    ("et", "Kas tohin teid hetkeks ootele panna, kuni ma teie arve üle vaatan?"),
    ("ro", "Vă pot pune puțin în așteptare cât timp deschid dosarul dumneavoastră?"),
])
def test_what_the_agent_does_meanwhile_is_the_reason_for_the_hold(lang: str, ask: str) -> None:
    """R-TALK-10: "while I ..." / "amíg ..." / "kuni ..." / "cât timp ..." explain the hold."""
    report = check_transcript(call(customer("?"), agent(ask), {"event": "hold", "by": "agent"},
                                   lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-10"], report.findings


@pytest.mark.parametrize(("lang", "ask", "thanks"), [
    ("ro", "Îmi permiteți să vă pun în așteptare două minute, cât vorbesc cu coordonatorul?",
     "Vă mulțumesc că ați așteptat."),
    ("zh-Hans", "我需要联系配送站核实师傅的位置，大概两三分钟，可以请您先别挂，稍等一会儿吗？",
     "谢谢您耐心等待。"),
])
def test_a_hold_asked_after_its_reason(lang: str, ask: str, thanks: str) -> None:
    """R-TALK-10 (dev12a): "cât vorbesc cu ..." (while I talk to) is the reason, and
    可以请您先别挂，稍等一会儿吗 (could you please not hang up and wait a moment?) asks."""
    report = check_transcript(call(customer("?"), agent(ask), {"event": "hold", "by": "agent"},
                                   {"event": "resume", "by": "agent"}, agent(thanks),
                                   lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-10"], report.findings
    silent = check_transcript(call(customer("?"), agent("我查一下。"),
                                   {"event": "hold", "by": "agent"}, lang="zh-Hans"))
    assert [f for f in silent.findings if f.requirement == "R-TALK-10"]


@pytest.mark.parametrize(("lang", "thanks"), [("zh-Hant", "謝謝您的等候。"),
                                             ("zh-Hans", "谢谢您耐心等待。")])
def test_thanks_for_waiting_after_the_hold_in_chinese(lang: str, thanks: str) -> None:
    """R-TALK-10: 謝謝您的等候 (thank you for waiting) thanks the customer after the hold."""
    report = check_transcript(call(
        customer("?"), agent("我现在就帮您查进度，可以请您稍候一分钟吗？"),
        {"event": "hold", "by": "agent"}, {"event": "resume", "by": "agent"},
        agent(thanks + "您的理赔已经审核通过。"), lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-10"], report.findings


def test_the_closing_may_be_spread_over_the_last_agent_turns() -> None:
    """R-TALK-2 at conversation level: "anything else?" - "no" - "thanks, goodbye" is a whole
    closing; the parts are looked for in the closing exchange, not the last turn alone."""
    report = check_transcript(call(
        GREET, customer("Where is my parcel?"), agent("It arrives today before noon."),
        customer("Great."), agent("Is there anything else I can help you with?"),
        customer("No, that's all."),
        agent("Thank you for calling, you can call us any time. Goodbye!"),
        {"event": "hangup", "by": "customer"}))
    assert not [f for f in report.findings if f.requirement == "R-TALK-2"]


def test_a_closing_part_said_before_a_hold_does_not_count() -> None:
    """R-TALK-2: the closing exchange never reaches back past a hold; a closing without
    "anything else?" is still reported, on the last agent turn."""
    turns = [GREET, customer("Can you check my bill?"),
             agent("Is there anything else? May I put you on hold while I check the bill?"),
             {"event": "hold", "by": "agent"}, {"event": "resume", "by": "agent"},
             agent("Thank you for waiting, the bill is correct."), customer("OK."),
             agent("Thank you for calling, you can call us any time. Goodbye!"),
             {"event": "hangup", "by": "customer"}]
    report = check_transcript(call(*turns))
    missing = [f for f in report.findings if f.requirement == "R-TALK-2"]
    assert [f.data["part"] for f in missing] == ["anything_else"]
    assert missing[0].turn == 7
    assert 0 <= missing[0].start <= missing[0].end <= len(turns[7]["text"])


def test_a_call_ended_after_the_warning_owes_no_closing() -> None:
    """R-TALK-2 with R-TALK-11: the customer swore on after the prescribed warning and the
    agent ended the call; nobody asks "anything else?" there. Without the warning the same
    last turn still lacks its closing."""
    warned = check_transcript(call(
        GREET, customer("This is fucking useless."),
        agent("I'm sorry. If you continue to use such language, we will have to end the call."),
        customer("Shit service, you idiots."),
        agent("I'm sorry, I am ending the call now."), {"event": "hangup", "by": "agent"}))
    assert not [f for f in warned.findings if f.requirement == "R-TALK-2"]
    polite = check_transcript(call(
        GREET, customer("Hi, a question about my bill."), agent("It is correct."),
        customer("OK."), agent("I am ending the call now."),
        {"event": "hangup", "by": "customer"}))
    assert [f for f in polite.findings if f.requirement == "R-TALK-2"]


@pytest.mark.parametrize(("channel", "reported"), [("phone", False), ("visit", False),
                                                   ("chat", True)])
def test_spoken_turns_have_no_spelling(channel: str, reported: bool) -> None:
    """R-TALK-8 applies to what is written before it is sent: a call or visit transcript is
    someone's transcription, a chat is what the agent typed."""
    data = call(GREET, customer("Where is my parcel?"),
                agent("Your parcle arrives tomorow morning."), BYE)
    data["channel"] = channel
    report = check_transcript(data)
    assert any(f.requirement == "R-TALK-8" for f in report.findings) is reported


# Tried in round 3 and taken out again (tests/protocol/eval/RESULTS.md): a wait, a
# fault that persists, disbelief, impatient questions and sarcasm were tried as complaint
# cues (dev4a recall .44 -> 1.00): on the held-out sets they added
# false alarms (test precision .83 -> .67) for one more hit (dev4b .36 -> .45).
@pytest.mark.parametrize(("lang", "complaint"), [
    ("en", "This is the third time I've called about the same bill."),
    ("hu", "Ez így nem mehet tovább, már harmadszor írok."),
    ("ro", "Este a treia oară când vă sun, nu se mai poate."),
    ("zh-Hans", "你们这已经是第三次送错了，烦死了。"),
])
def test_repeated_trouble_is_a_complaint(lang: str, complaint: str) -> None:
    """R-TALK-12: a problem that comes back is a complaint: the next agent turn owes an
    apology and a way forward."""
    bad = check_transcript(call(GREET, customer(complaint), agent("OK."), BYE, lang=lang))
    assert [f.data["missing"] for f in bad.findings if f.requirement == "R-TALK-12"] == [
        ["apology", "way_forward"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thanks, I can't believe how quick that was!"),
    ("en", "It's been three weeks since I moved in, so I need a new contract."),
    ("en", "I'll call you the second time I need it."),
    ("hu", "Na végre, köszönöm."),
    ("et", "Olgu, homme sobib."),
    ("ro", "Încă nu am primit factura, mi-o puteți retrimite?"),
    ("ro", "Ei, în sfârșit."),
    ("zh-Hans", "总算有人管了。"),
    ("zh-Hans", "好的，我答应了。"),
    ("en", "When will the engineer come?"),
    ("en", "Thanks for everything."),
    ("hu", "Mikor jön a szerelő?"),
    ("zh-Hans", "什么时候能修好？"),
])
def test_relief_and_plain_requests_are_no_complaints(lang: str, text: str) -> None:
    """R-TALK-12 near misses: relief ("finally", "that was quick"), a plain "not yet
    received" and a past time stated as a fact are no complaints."""
    report = check_transcript(call(GREET, customer(text), agent("OK."), BYE, lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-12"]


@pytest.mark.parametrize(("lang", "complaint", "reply", "missing"), [
    ("en", "I've been waiting two weeks for my refund, this is ridiculous.",
     "I'm so sorry you have been waiting two weeks.", ["way_forward"]),
    ("en", "I've been waiting two weeks for my refund, this is ridiculous.",
     "I understand you have been waiting for two weeks.", ["apology", "way_forward"]),
    ("en", "I've been waiting two weeks for my refund, this is ridiculous.",
     "I'm sorry. The refund will be in your account within two days.", []),
    ("hu", "Két hete várok a visszatérítésre, ez felháborító!",
     "Nagyon sajnálom, hogy két hete vár.", ["way_forward"]),
    ("zh-Hans", "等了两周还没退款，太过分了！", "非常抱歉让您等了两周。", ["way_forward"]),
    ("zh-Hans", "等了两周还没退款，太过分了！", "非常抱歉，退款明天到账。", []),
])
def test_a_time_that_only_echoes_the_wait_is_no_way_forward(lang: str, complaint: str,
                                                           reply: str,
                                                           missing: list[str]) -> None:
    """R-TALK-12: "sorry you have waited two weeks" names the wait, not a next step; a new
    time ("within two days", "tomorrow") is a way forward. Sympathy ("I understand") is no
    apology."""
    report = check_transcript(call(GREET, customer(complaint), agent(reply), BYE, lang=lang))
    got = [f.data["missing"] for f in report.findings if f.requirement == "R-TALK-12"]
    assert got == ([missing] if missing else [])


# (lang, complaint, reply, missing): the call's formulas ("anything else?", "call us again
# any time", "how can I help?") and the profanity warning hold action words ("help",
# "contact", "we will") but offer no way forward; an action in a clause of its own does.
FORMULA_REPLIES = [
    ("en", "This is ridiculous, my parcel is lost again.",
     "I'm so sorry about that. Is there anything else I can help you with?", ["way_forward"]),
    ("en", "This is ridiculous, my parcel is lost again.",
     "I'm so sorry. You can always call us again if anything comes up.", ["way_forward"]),
    ("en", "This is ridiculous, my parcel is lost again.",
     "I'm so sorry. I'll send a replacement today. Is there anything else I can help with?",
     []),
    ("en", "This is ridiculous, my parcel is lost again.",
     "I'm so sorry. Call us again any time and we'll sort it out from there.", []),
    ("hu", "Ez felháborító, már megint rossz a számla!",
     "Elnézést kérek. Segíthetek még valamiben?", ["way_forward"]),
    ("hu", "Ez felháborító, már megint rossz a számla!",
     "Elnézést kérek, most azonnal kijavítom a számlát. Segíthetek még valamiben?", []),
    ("hu", "Ez felháborító, már megint rossz a számla!",
     "Megértem, ez bosszantó. Most azonnal kijavítom a számlát.", ["apology"]),
    ("ro", "E inacceptabil, factura e iar greșită!",
     "Îmi pare rău. Ne puteți contacta oricând.", ["way_forward"]),
    ("ro", "E inacceptabil, factura e iar greșită!",
     "Îmi pare rău, verific acum factura. Ne puteți contacta oricând.", []),
    ("ro", "E inacceptabil, factura e iar greșită!",
     "Îmi cer scuze. Vreau să vă ajut acum: îmi spuneți numărul contractului?", []),
    ("et", "See on vastuvõetamatu, arve on jälle vale!",
     "Vabandame. Võite meile alati uuesti helistada.", ["way_forward"]),
    ("et", "See on vastuvõetamatu, arve on jälle vale!",
     "Vabandame, parandan arve kohe ära. Võite meile alati uuesti helistada.", []),
]


@pytest.mark.parametrize(("lang", "complaint", "reply", "missing"), FORMULA_REPLIES)
def test_the_calls_formulas_are_no_way_forward(lang: str, complaint: str, reply: str,
                                               missing: list[str]) -> None:
    """R-TALK-12: after a complaint, "Is there anything else I can help with?", "you can call
    us again any time" or "Segíthetek még valamiben?" is no way forward; an action beside
    them is. Sympathy ("Megértem") is no apology."""
    report = check_transcript(call(GREET, customer(complaint), agent(reply), BYE, lang=lang))
    got = [f.data["missing"] for f in report.findings if f.requirement == "R-TALK-12"]
    assert got == ([missing] if missing else [])


def test_the_profanity_warning_is_no_way_forward() -> None:
    """R-TALK-12: "Dacă veți continua ..., vom fi forțați să încheiem conversația" holds
    "continua" and "vom" (we will) but promises nothing; a way forward beside it counts."""
    swear = customer("Sunteți niște incompetenți, futu-i!")
    warn = ("Dacă veți continua să folosiți profanitatea, vom fi forțați să încheiem "
            "conversația.")
    bad = check_transcript(call(GREET, swear, agent(f"Îmi pare rău. {warn}"), BYE, lang="ro"))
    assert [f.data["missing"] for f in bad.findings if f.requirement == "R-TALK-12"] == [
        ["way_forward"]]
    good = check_transcript(call(GREET, swear, agent(f"Îmi pare rău, verific acum factura. "
                                                     f"{warn}"), BYE, lang="ro"))
    assert not [f for f in good.findings if f.requirement == "R-TALK-12"]


# Complaints said without a complaint word: an exclaimed denial, "Finally!" on being answered,
# repeated contact, a bad mark for the service. The reply "Right, how can I help?" neither
# apologises nor offers anything.
UNWORDED_COMPLAINTS = [
    ("en", "My engineer never turned up and I stayed home all day!"),
    ("en", "The app still doesn't let me pay!"),
    ("en", "At last! I've been holding forever."),
    ("en", "Second time this month my order arrives broken."),
    ("en", "I'm writing for the third time about the same invoice."),
    ("en", "Honestly, very poor service so far."),
    ("hu", "Senki nem jelentkezett a hibabejelentésem óta!"),
    ("hu", "Végre! Fél órája próbálom elérni Önöket."),
    ("hu", "Sokadszor írok ugyanazért a hibáért."),
    ("hu", "Ez nagyon rossz kiszolgálás."),
    ("et", "Arve ei ole ikka veel parandatud!"),
    ("et", "Lõpuks ometi! Ootasin ligi pool tundi."),
    ("et", "Kehv teenindus, pean ütlema."),
    ("ro", "Nimeni nu m-a sunat înapoi, deși mi s-a promis!"),
    ("ro", "În sfârșit! Aștept la telefon de jumătate de oră."),
    ("ro", "Vă scriu a doua oară pentru aceeași problemă."),
    ("ro", "Serviciile voastre sunt foarte proaste."),
    ("zh-Hans", "快递一直没有送到！"),
    ("zh-Hans", "终于有人接电话了！"),
    ("zh-Hans", "这已经是第二次收到坏的了。"),
    ("zh-Hans", "你们的售后太差了。"),
    # dev14a: a no-show with the time lost, and how long the trouble has lasted
    ("en", "its now half 1 and nobody has come. i took the morning off work for this"),
    ("et", "Mul kaob internet iga õhtu ära. Juba nädal aega! Nii ei saa ju."),
]


@pytest.mark.parametrize(("lang", "complaint"), UNWORDED_COMPLAINTS)
def test_complaints_without_a_complaint_word(lang: str, complaint: str) -> None:
    """R-TALK-12: an exclaimed denial ("still doesn't work!"), "Finally!" on being answered,
    repeated contact ("second time this month") and a bad mark for the service are
    complaints: the next agent turn owes an apology and a way forward."""
    reply = {"en": "Right, how can I help?", "hu": "Igen, miben segíthetek?",
             "et": "Jah, kuidas saan aidata?", "ro": "Da, cu ce vă pot ajuta?",
             "zh-Hans": "您好，请问有什么可以帮您？"}[lang]
    bad = check_transcript(call(GREET, customer(complaint), agent(reply), BYE, lang=lang))
    assert [f.data["missing"] for f in bad.findings if f.requirement == "R-TALK-12"] == [
        ["apology", "way_forward"]]


# Near misses: calm exclamations, answers to "anything else?", thanks, "finally" later in the
# call (relief) or as a discourse word, "the second time I need it".
CALM_EXCLAMATIONS = [
    ("en", "No problem at all!"),
    ("en", "No, I don't need anything else!"),
    ("en", "Don't worry, that's fine!"),
    ("en", "Finally, one more question about my address."),
    ("en", "That's not a problem, thanks!"),
    ("hu", "Nem, ennyi volt!"),
    ("hu", "Semmi gond!"),
    ("hu", "Nem, köszönöm szépen!"),
    ("et", "Ei, see on kõik!"),
    ("et", "Pole probleemi!"),
    ("ro", "Nu, asta e tot!"),
    ("ro", "Nicio problemă!"),
    ("ro", "Nu, vă mulțumesc!"),
    ("zh-Hans", "没问题！"),
    ("zh-Hans", "不用了，谢谢！"),
    ("zh-Hans", "没有了！"),
]


@pytest.mark.parametrize(("lang", "text"), CALM_EXCLAMATIONS)
def test_calm_exclamations_are_no_complaints(lang: str, text: str) -> None:
    """R-TALK-12 near misses: "No problem!", "Nem, ennyi volt!" (an answer particle),
    thanks and "Finally, one more question" are no complaints."""
    report = check_transcript(call(GREET, customer(text), agent("OK."), BYE, lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-12"]


@pytest.mark.parametrize(("lang", "relief"), [
    ("en", "Finally! Thank God."), ("hu", "Végre!"), ("ro", "În sfârșit!"), ("zh-Hans", "终于！"),
])
def test_finally_after_the_fix_is_relief(lang: str, relief: str) -> None:
    """R-TALK-12: "Finally!" is impatience as the customer's first word (or after a hold),
    relief once the agent has acted."""
    first = {"en": "Hi, I need a new card.", "hu": "Új kártyát szeretnék.",
             "ro": "Aș vrea un card nou.", "zh-Hans": "我想补办一张卡。"}[lang]
    report = check_transcript(call(GREET, customer(first), agent("OK."), customer(relief),
                                   agent("OK."), BYE, lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-12"]


def _closing_parts_missing(*turns: dict[str, Any], lang: str = "en") -> list[str]:
    report = check_transcript(call(*turns, lang=lang))
    return sorted(f.data["part"] for f in report.findings if f.requirement == "R-TALK-2")


@pytest.mark.parametrize("lang", ["en", "hu", "ro"])
def test_no_closing_is_owed_when_the_customer_leaves_first(lang: str) -> None:
    """R-TALK-2: the customer had the last word and left before the agent began to close (no
    "anything else?", no goodbye): nothing was owed. Had the agent the last word, or hung up
    itself, the closing is owed."""
    greet, problem, middle, leave = {
        "en": (GREET, "My internet has been down since this morning.",
               "Let me check the line for you.", "Forget it, I'll sort it out myself."),
        "hu": (agent("Jó napot kívánok, Acme, Anna vagyok, miben segíthetek?"),
               "Reggel óta nincs internetem.", "Megnézem a vonalat.",
               "Hagyja, majd máskor hívom."),
        "ro": (agent("Bună ziua, Acme, sunt Anna, cu ce vă pot ajuta?"),
               "Nu am internet de azi-dimineață.", "Verific linia imediat.",
               "Lăsați, sun eu altă dată."),
    }[lang]
    left = _closing_parts_missing(greet, customer(problem), agent(middle), customer(leave),
                                  {"event": "hangup", "by": "customer"}, lang=lang)
    assert left == []
    kept = _closing_parts_missing(greet, customer(problem), agent(middle),
                                  {"event": "hangup", "by": "customer"}, lang=lang)
    assert kept == ["anything_else", "come_back", "goodbye", "thanks"]
    cut = _closing_parts_missing(greet, customer(problem), agent(middle), customer(leave),
                                 {"event": "hangup", "by": "agent"}, lang=lang)
    assert cut == ["anything_else", "come_back", "goodbye", "thanks"]


def test_a_closing_begun_is_judged_even_if_the_customer_says_bye_last() -> None:
    """R-TALK-2 near miss: "Anything else? Goodbye!" then the customer's "No, bye." still
    lacks the thanks and the "you can come back"."""
    got = _closing_parts_missing(GREET, customer("Where is my parcel?"),
                                 agent("It arrives today."), customer("Great."),
                                 agent("Is there anything else I can help with? Goodbye!"),
                                 customer("No, bye."), {"event": "hangup", "by": "customer"})
    assert got == ["come_back", "thanks"]


def test_a_call_handed_on_owes_no_closing_from_the_first_agent() -> None:
    """R-TALK-2: the agent who transfers the call does not close it; the next agent does."""
    handed = _closing_parts_missing(GREET, customer("I have a question about my bill."),
                                    agent("Our billing team can answer that; I'm transferring "
                                          "you now, please stay on the line."),
                                    {"event": "transfer", "by": "agent"},
                                    {"event": "hangup", "by": "customer"})
    assert handed == []
    after = _closing_parts_missing(GREET, customer("I have a question about my bill."),
                                   agent("I'm transferring you to billing now."),
                                   {"event": "transfer", "by": "agent"},
                                   agent("Billing, Ben speaking. Your bill is correct. Goodbye."),
                                   {"event": "hangup", "by": "customer"})
    assert after == ["anything_else", "come_back", "thanks"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I don't have my account number here, sorry!"),
    ("hu", "Nincs itt az ügyfélszámom, bocsánat!"),
    ("et", "Mul pole kliendinumbrit käepärast, vabandust!"),
    ("ro", "Nu am numărul de client la mine, scuze!"),
    ("zh-Hans", "订单号我不记得了，不好意思！"),
    ("zh-Hans", "服务费差不多是多少？"),
])
def test_the_customers_own_apology_is_no_complaint(lang: str, text: str) -> None:
    """R-TALK-12 near misses: an exclaimed "I don't have it here, sorry!" apologises, it does
    not complain; 服务费差不多 ("the service fee is about") gives the service no bad mark."""
    report = check_transcript(call(GREET, customer(text), agent("OK."), BYE, lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-12"]


@pytest.mark.parametrize(("lang", "complaint", "reply", "missing"), [
    ("en", "This is ridiculous!", "I'm sorry, but there is nothing we can do about it.",
     ["way_forward"]),
    ("hu", "Ez felháborító!", "Sajnálom, de ebben nem tudunk segíteni.", ["way_forward"]),
    ("ro", "E inacceptabil!", "Îmi pare rău, dar nu putem face nimic.", ["way_forward"]),
    ("et", "See on vastuvõetamatu!", "Vabandame, kahjuks ei saa me seda parandada.",
     ["way_forward"]),
    ("zh-Hans", "太过分了！", "非常抱歉，这个我们没办法帮您处理。", ["way_forward"]),
    ("en", "This is ridiculous!",
     "I'm sorry. I can't refund it, but I can send a replacement today.", []),
    ("en", "This is ridiculous!", "I'm so sorry. Don't worry I'll fix it today.", []),
    ("hu", "Ez felháborító!",
     "Sajnálom, nem tudom visszatéríteni, de most azonnal küldök egy újat.", []),
    ("zh-Hans", "太过分了！", "非常抱歉，没关系，马上帮您处理。", []),
])
def test_a_denied_action_is_no_way_forward(lang: str, complaint: str, reply: str,
                                           missing: list[str]) -> None:
    """R-TALK-12: "sorry, but there is nothing we can do", "nem tudunk segíteni", "nu putem",
    "没办法帮您处理" deny the action they name; an action in the next clause ("but I can send
    a replacement") or after "don't worry" is a way forward."""
    report = check_transcript(call(GREET, customer(complaint), agent(reply), BYE, lang=lang))
    got = [f.data["missing"] for f in report.findings if f.requirement == "R-TALK-12"]
    assert got == ([missing] if missing else [])


# An exclaimed statement of the trouble, "!!", an indignant question, disbelief as the verdict.
EXCLAIMED_TROUBLE = [
    ("en", "You've taken the money out of my account twice this month!"),
    ("en", "I paid for express delivery!!"),
    ("en", "Does anyone even read the notes on my account?"),
    ("en", "The box arrived crushed. Unbelievable."),
    ("hu", "Háromszor annyit vontak le, mint amennyit kellett volna!"),
    ("hu", "Maguk ott egyáltalán olvassák a leveleimet?"),
    ("et", "Mu arvelt võeti kaks korda sama summa maha!"),
    ("et", "Kas teil üldse keegi vastab kirjadele?"),
    ("et", "Pakk tuli katkisena. Uskumatu."),
    ("ro", "Mi-ați trimis aceeași factură greșită de două ori luna asta!"),
    ("ro", "Am plătit pentru livrare rapidă!!"),
    ("zh-Hans", "我付的是加急快递的钱，结果等了一周！"),
    ("zh-Hans", "你们究竟有没有人在看我的留言？"),
]


@pytest.mark.parametrize(("lang", "complaint"), EXCLAIMED_TROUBLE)
def test_exclaimed_trouble_is_a_complaint(lang: str, complaint: str) -> None:
    """R-TALK-12: the trouble stated with "!" (four words or more), "!!", an intensifier in a
    question ("does anyone even", "egyáltalán", "üldse", "究竟") and "Unbelievable." as the
    verdict are complaints: the next agent turn owes an apology and a way forward."""
    reply = {"en": "Right, how can I help?", "hu": "Igen, miben segíthetek?",
             "et": "Jah, kuidas saan aidata?", "ro": "Da, cu ce vă pot ajuta?",
             "zh-Hans": "您好，请问有什么可以帮您？"}[lang]
    bad = check_transcript(call(GREET, customer(complaint), agent(reply), BYE, lang=lang))
    assert [f.data["missing"] for f in bad.findings if f.requirement == "R-TALK-12"] == [
        ["apology", "way_forward"]]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Great, Saturday morning works for me!"),
    ("en", "Yes please, send it to my work address!"),
    ("en", "Is it even possible to pay by card?"),
    ("hu", "Szuper, a szombat reggel nekem jó!"),
    ("hu", "Igen, küldje el a munkahelyi címemre!"),
    ("et", "Jah, saatke see minu töö aadressile!"),
    ("et", "Ei, see on kõik!"),
    ("ro", "Da, trimiteți-l la adresa de la birou!"),
    ("ro", "Super, sâmbătă dimineață îmi convine!"),
    ("zh-Hans", "太好了，周六上午我在家！"),
    ("zh-Hans", "好吧，那就寄到我公司吧！"),
])
def test_glad_and_assenting_exclamations_are_no_complaints(lang: str, text: str) -> None:
    """R-TALK-12 near misses: good news, praise and assent said with "!" ("Great, Saturday
    works!", "Igen, küldje el!"), an answer particle ("Ei, see on kõik!") and a plain "is it
    even possible" are no complaints."""
    report = check_transcript(call(GREET, customer(text), agent("OK."), BYE, lang=lang))
    assert not [f for f in report.findings if f.requirement == "R-TALK-12"]


@pytest.mark.parametrize(("lang", "complaint", "reply"), [
    ("en", "This is the second time this has happened and nobody told me why!",
     "I'm very sorry, that should not have happened. May I put you on hold for a minute while "
     "I check the booking with the hotel?"),
    ("zh-Hant", "我選的是公館那間超商，結果被送到板橋去了，你們到底怎麼搞的？",
     "真的很抱歉，送錯門市是我們的疏失。我現在就幫您申請把包裹轉回公館門市，運費由我們負擔。"),
    ("zh-Hans", "这已经是第二次了，也没人告诉我为什么！",
     "真的很抱歉，是我们的疏失。运费由我们承担，我这就帮您申请转寄。"),
])
def test_a_hold_to_check_or_a_cost_we_bear_is_a_way_forward(lang: str, complaint: str,
                                                           reply: str) -> None:
    """R-TALK-12: "while I check the booking", 我现在就帮您申请转寄 and 运费由我们负担 offer a
    way forward after the apology (dev10a); "So I checked and the hotel cancelled it" does
    not."""
    def angry(text: str) -> list[str]:
        report = check_transcript({"version": 1, "lang": lang, "channel": "phone", "turns": [
            customer(complaint), agent(text)]})
        return [f.rule_id for f in report.findings if f.requirement == "R-TALK-12"]

    assert angry(reply) == []
    if lang == "en":
        assert angry("I'm sorry about that. So I checked and the hotel cancelled it.") != []


@pytest.mark.parametrize(("lang", "complaint", "apology", "way_forward"), [
    ("en", "i bought 2 tickets and still havent got them. pretty poor tbh",
     "I'm really sorry about that.", "I'm sorry about that. Let's get it sorted for you."),
    ("zh-Hans", "我专门请了假，高铁票也订好了，你们也太不负责了吧",
     "非常抱歉给您添麻烦了。",
     "非常抱歉。我先把您的情况跟负责的同事说明，再把电话转给她，您看可以吗？"),
    ("zh-Hant", "我搶到的票QR code一直打不開，你們系統也太爛了吧",
     "非常抱歉造成您的困擾，最近購票的人很多，系統會比較忙。",
     "非常抱歉。我先把您的資料告訴王先生，請他現在直接跟您確認。"),
])
def test_fresh_complaints_and_hand_overs(lang: str, complaint: str, apology: str,
                                         way_forward: str) -> None:
    """R-TALK-12 (dev11a): "still haven't got them ... pretty poor", 太不负责, 系统也太烂 are
    complaints, so an apology with nothing offered is reported; "Let's get it sorted" and a
    hand-over (转给, 请他直接跟您确认) are a way forward after the apology."""
    def angry(text: str) -> list[str]:
        report = check_transcript({"version": 1, "lang": lang, "channel": "chat", "turns": [
            customer(complaint), agent(text)]})
        return [f.rule_id for f in report.findings if f.requirement == "R-TALK-12"]

    assert angry(apology) != []
    assert angry(way_forward) == []


@pytest.mark.parametrize(("lang", "complaint", "reply"), [
    ("en", "I've been waiting two weeks for my refund. Two weeks, for a kettle I sent back.",
     "Refunds go through the bank, and the normal processing time is up to fourteen days."),
    ("en", "The fee's going up by thirty per cent. Thirty! With no warning at all.",
     "I'm sorry, I can see why that letter came as a shock."),
    ("hu", "Két hete várom a túlfizetés visszautalását. Két hete!",
     "A visszautalás a bankon keresztül történik, a szokásos átfutási idő tíz munkanap."),
    ("hu", "A pénzt még mindig nem kaptam vissza. Ez egyszerűen nem korrekt.",
     "A lemondási feltételek szerint 60 napon belül utaljuk vissza."),
    ("et", "Ootan juba kaks nädalat raha tagasi.",
     "Tagasimaksed liiguvad panga kaudu, tavapärane aeg on kuni kümme tööpäeva."),
    ("et", "kõik testid tehtud, aga tunnistust pole siiani.",
     "Vaatasin Teie konto üle ja märkisin testi sooritatuks."),
    ("ro", "Aștept de două săptămâni banii înapoi.",
     "Rambursările trec prin bancă, durata obișnuită este de zece zile lucrătoare."),
    ("ro", "Acum mai aflu ca trebuie sa platesc si deplasarea?? Nu platesc nimic.",
     "Am verificat istoricul sistemului. Deplasarea se plătește conform contractului."),
    ("zh-Hans", "我都等了两个星期了，退款还没到。", "退款要经过银行处理，一般十个工作日。"),
    ("zh-Hans", "证书到现在还是灰的下载不了，搞什么啊", "请您提供一下注册用的手机号，我来查看。"),
    ("zh-Hant", "今天收到簡訊說要幫我換到草地區，下雨天叫我睡草地喔？？",
     "我了解您的感受，連假期間的雨棚營位確實非常搶手。"),
])
def test_a_long_wait_and_an_unfair_charge_are_complaints(lang: str, complaint: str,
                                                          reply: str) -> None:
    """R-TALK-12 (dev7a, dev12a): a wait named with its length ("I've been waiting two weeks",
    "két hete várom", "ootan juba kaks nädalat", "aștept de două săptămâni", 等了两个星期), a
    wait past its promise ("még mindig nem kaptam", "pole siiani"), "not fair" / "nem
    korrekt", "with no warning at all", 搞什么, and a question put twice ("??") are complaints:
    a reply with a justification or sympathy and no apology or nothing offered is reported."""
    report = check_transcript({"version": 1, "lang": lang, "channel": "chat", "turns": [
        customer(complaint), agent(reply)]})
    assert [f for f in report.findings if f.requirement == "R-TALK-12"], complaint


@pytest.mark.parametrize(("lang", "statement"), [
    ("en", "I'm waiting for the engineer, he said he'd come after lunch."),
    ("en", "That's not right, my address is 5 Elm Street."),
    ("hu", "Várom a szerelőt, délutánra ígérte magát."),
    ("et", "Ootan kullerit, ta lubas tulla pärast lõunat."),
    ("ro", "Aștept curierul, a zis că vine după prânz."),
    ("zh-Hans", "我等了一下，现在可以登录了。"),
])
def test_waiting_without_a_length_is_no_complaint(lang: str, statement: str) -> None:
    """R-TALK-12: waiting for someone, with no time it has taken, or a plain correction, is no
    complaint: a reply without an apology is fine."""
    report = check_transcript({"version": 1, "lang": lang, "channel": "chat", "turns": [
        customer(statement), agent("OK.")]})
    assert not [f for f in report.findings if f.requirement == "R-TALK-12"], report.findings
