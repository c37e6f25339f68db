"""The Chinese pack (zh-Hans rules, which zh-Hant text is folded to): each family of wording
is found in several paraphrases, and natural near-misses (polite, negated, owned by the agent,
quoted) stay silent. Sentences are written for these tests, not copied from the evaluation
sets."""

from __future__ import annotations

import pytest

from tactful.protocol import OrgRules, check_text
from tests.protocol.conftest import TODAY
from tests.protocol.eval.scoring import counts_as_breach

HITS = [
    # R-TALK-6: lecturing "I told you already / the third time I explain"
    ("zh-Hans", "R-TALK-6", "我都跟您说第四遍了。"),
    ("zh-Hans", "R-TALK-6", "这个问题我已经给您强调好几次了。"),
    ("zh-Hans", "R-TALK-6", "跟您讲过了，要先激活才能用。"),
    ("zh-Hans", "R-TALK-6", "我不是跟您说过了吗，周末不发货。"),
    ("zh-Hant", "R-TALK-6", "我已經跟您說明第二次了。"),
    ("zh-Hant", "R-TALK-6", "不是跟您講過了嗎，要先付款。"),
    # R-TALK-6: "didn't you read ...?" and the fault put on the customer
    ("zh-Hans", "R-TALK-6", "您是不是没仔细看订单确认邮件？"),
    ("zh-Hant", "R-TALK-6", "您是不是沒有看使用說明？"),
    ("zh-Hans", "R-TALK-6", "经检测，机器故障系操作不当导致。"),
    ("zh-Hans", "R-TALK-6", "屏幕碎裂属于人为损坏造成，不能保修。"),
    ("zh-Hant", "R-TALK-6", "經查，退件是因為您填寫的地址不完整。"),
    ("zh-Hans", "R-TALK-6", "包裹被退回，原因是您没有按时取件。"),
    ("zh-Hans", "R-TALK-6", "由于您本人未到场，预约已取消。"),
    ("zh-Hans", "R-TALK-6", "您如果早点付款，就不会被取消了。"),
    ("zh-Hans", "R-TALK-6", "您要是按说明书装，就没有这个问题了。"),
    # R-TALK-6: contradicting the customer
    ("zh-Hans", "R-TALK-6", "情况不是您说的那样，我们两点就送到了。"),
    ("zh-Hans", "R-TALK-6", "不是这样的啦，系统里明明显示已签收。"),
    ("zh-Hant", "R-TALK-6", "您明明就有收到簡訊。"),
    ("zh-Hans", "R-TALK-6", "您反映的情况与事实不符。"),
    ("zh-Hant", "R-TALK-6", "您的留言根本不屬實。"),
    ("zh-Hans", "R-TALK-6", "您怎么比我们技术员还清楚？"),
    ("zh-Hans", "R-TALK-6", "这件事就到此为止吧。"),
    ("zh-Hans", "R-TALK-6", "说了也没用，规定就是这样。"),
    # R-TALK-6: refusal in official words
    ("zh-Hans", "R-TALK-6", "您的退款申请恕难受理。"),
    ("zh-Hans", "R-TALK-6", "特价商品概不退换。"),
    ("zh-Hant", "R-TALK-6", "您的理賠申請已被駁回。"),
    ("zh-Hans", "R-TALK-6", "定制商品一律不予退款。"),
    ("zh-Hans", "R-TALK-6", "这种情况不在保修范围内。"),
    ("zh-Hans", "R-TALK-6", "不行，这个真的不可以。"),
    # R-TALK-6: colleagues, staff and partners spoken of badly
    ("zh-Hans", "R-TALK-6", "之前那位同事完全是瞎处理。"),
    ("zh-Hant", "R-TALK-6", "上一位專員根本是亂來。"),
    ("zh-Hans", "R-TALK-6", "那几位师傅本来就该提前打电话的。"),
    ("zh-Hans", "R-TALK-6", "我们用的那家快递真的很不靠谱。"),
    ("zh-Hant", "R-TALK-6", "合作的物流公司非常不可靠。"),
    # R-TALK-6: "you didn't pay attention", "you should have looked", "who told you to"
    ("zh-Hans", "R-TALK-6", "这是您自己没注意看说明造成的。"),
    ("zh-Hans", "R-TALK-6", "您当初下单的时候就该看清楚。"),
    ("zh-Hant", "R-TALK-6", "誰叫您不先預約呢。"),
    # R-TALK-6: "it is written plainly, didn't you read it?"
    ("zh-Hans", "R-TALK-6", "说明书上写得清清楚楚，您没看吗？"),
    ("zh-Hant", "R-TALK-6", "商品頁上已經寫明了，不支援退換。"),
    # R-TALK-6: "let me finish", "rules are rules", "stop asking", "not our business"
    ("zh-Hans", "R-TALK-6", "您先听我讲完好吗？"),
    ("zh-Hans", "R-TALK-6", "这个不能退，规定就是规定。"),
    ("zh-Hant", "R-TALK-6", "系統不允許，您就別再問了。"),
    ("zh-Hans", "R-TALK-6", "那是快递公司的事，跟我们没关系。"),
    ("zh-Hans", "R-TALK-6", "这并不是我方的责任。"),
    ("zh-Hans", "R-TALK-6", "我们不提供这类服务。"),
    ("zh-Hans", "R-TALK-6", "财务那帮人办事效率太低了。"),
    ("zh-Hant", "R-TALK-6", "售後那邊總是推來推去的。"),
    ("zh-Hans", "R-TALK-6", "您要是早点联系我们，也不至于这样。"),
    ("zh-Hans", "R-TALK-4", "您是不是第一次网购啊？"),
    ("zh-Hant", "R-TALK-6", "門市那些店員本來就很混。"),
    ("zh-Hant", "R-TALK-6", "沒辦法，這是規定，不能退就是不能退。"),
    # R-TALK-4: "are you a ...?" in other words
    ("zh-Hans", "R-TALK-4", "您是学法律的吗？"),
    ("zh-Hant", "R-TALK-4", "您是做會計的喔？"),
    ("zh-Hans", "R-TALK-4", "您是专家还是怎么着？"),
    ("zh-Hans", "R-TALK-4", "你是医生还是啥？"),
    # R-TALK-4: "so simple", "I can't help", "call later", "a while"
    ("zh-Hans", "R-TALK-4", "这点小事也不会吗？"),
    ("zh-Hant", "R-TALK-4", "這樣都不會喔？"),
    ("zh-Hans", "R-TALK-4", "这事我们实在是无能为力。"),
    ("zh-Hant", "R-TALK-4", "這件事我們也愛莫能助。"),
    ("zh-Hans", "R-TALK-4", "这不是我们这边负责的，您去找厂家。"),
    ("zh-Hans", "R-TALK-4", "您自己去问快递吧。"),
    ("zh-Hans", "R-TALK-4", "您等半小时再打过来。"),
    ("zh-Hans", "R-TALK-4", "现在来电太多，您晚点再打。"),
    ("zh-Hans", "R-TALK-4", "退款可能要花不少时间。"),
    ("zh-Hant", "R-TALK-4", "這個申請需要較長的時間。"),
    # R-TALK-4: "I can't decide that / have no authority", "find a way yourself", "hard to
    # say, just wait", "it's just a button and you can't?", "can't you read?"
    ("zh-Hans", "R-TALK-4", "这种事我做不了主。"),
    ("zh-Hant", "R-TALK-4", "我這邊沒有權限處理，您自己想辦法吧。"),
    ("zh-Hans", "R-TALK-4", "时间不好说，反正您等着吧。"),
    ("zh-Hans", "R-TALK-4", "就点一下按钮的事，您都不会？"),
    ("zh-Hant", "R-TALK-4", "您是不是不識字啊？"),
    ("zh-Hans", "R-TALK-5", "没问题，包您明天收到。"),
    # R-TALK-5: casual guarantees
    ("zh-Hans", "R-TALK-5", "我给您打包票，肯定没事。"),
    ("zh-Hans", "R-TALK-5", "这事包在我身上。"),
    ("zh-Hant", "R-TALK-5", "您放心，這個案子穩過。"),
    ("zh-Hans", "R-TALK-5", "保准明天到。"),
    ("zh-Hans", "R-TALK-5", "审批一定能通过。"),
    # R-TALK-3: rude commands
    ("zh-Hans", "R-TALK-3", "您别再吼了。"),
    ("zh-Hant", "R-TALK-3", "麻煩好好講話好嗎。"),
    ("zh-Hans", "R-TALK-3", "有事快说。"),
    ("zh-Hans", "R-TALK-3", "您先冷静一下，听我说。"),
    ("zh-Hant", "R-TALK-3", "請您冷靜下來再說。"),
    # R-TALK-13
    ("zh-Hant", "R-TALK-13", "啾咪，訂單已經送出囉！"),
    ("zh-Hans", "R-TALK-13", "谢谢亲的耐心等待～"),
]

SILENT = [
    # keeping calm oneself is no order to the customer
    "我们会冷静、认真地处理您的问题。",
    # reassurance, not a lecture
    "退款预计周五前到账，到时您应该就能收到。",
    "更新完成后，您应该就可以正常使用了。",
    # the agent owns the fault
    "经核实，是我们的系统错误导致重复扣款，非常抱歉。",
    "由于我们的疏忽，发票开错了，我们马上重开。",
    # explanation with an alternative
    "这款商品不支持七天无理由退货，不过我们可以为您换成同价位的其他款式。",
    "很抱歉，该订单已发货无法取消，但您可以在签收后申请退货。",
    "这个价格不行的话，我们可以帮您申请一张优惠券。",
    # tag questions are no refusal
    "我明天上午给您回电，行不行？",
    "请问这个周六上门可不可以？",
    # a guided "simple"
    "设置很简单，我一步一步教您操作。",
    # someone will call the customer
    "快递员明天会联系您确认送货时间。",
    "师傅大概过两个小时会给您打电话。",
    # a deposit, a negated certainty
    "押金和保证金会在退房后原路退回。",
    "您放心，这个绝对不可以外借，我们帮您另外申请一台。",
    # 很简单 introducing the steps; a neutral "first time?"; the agent noting a request
    "这款手机壳很简单就能装上，我发个视频教程给您。",
    "您是第一次办理这项业务吗？我给您介绍一下流程。",
    "我们已经在订单里注明了您的送货要求。",
    "如果您需要，我们也不会额外收费。",
    "这个商品不支持七天无理由退货，但有质量问题可以免费换新。",
    # promising effort with a date; "no authority, but I will pass it on"; "you won't pay"
    "您放心，我们一定会认真调查这件事，并在周五前给您答复。",
    "我这边没有权限处理退款，不过我马上帮您转给主管。",
    "这次维修您都不会产生任何费用。",
    # phone pick-up and fixed salutations
    "喂，您好，这里是路墨商城客服，我是小王，请问有什么可以帮您？",
    "亲爱的李先生：您好！您的订单已经发货。",
    "亲爱的旅客您好，您的航班已经值机成功。",
    # polite "please tell us if it is not so"
    "如果不是这样，请您告诉我，我再帮您核实。",
    # the customer's words quoted
    "您提到“上一个客服完全是在乱搞”，非常抱歉给您带来这样的体验。",
]


@pytest.mark.parametrize(("lang", "req", "text"), HITS)
def test_a_family_of_wordings_is_found(lang: str, req: str, text: str) -> None:
    """R-TALK-3, R-TALK-4, R-TALK-5, R-TALK-6, R-TALK-13: paraphrases of each family."""
    report = check_text(text, lang=lang, spelling=False, today=TODAY)
    assert req in report.requirements, report.findings


@pytest.mark.parametrize("text", SILENT)
@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_natural_near_misses_stay_silent(lang: str, text: str) -> None:
    """R-TALK-3, R-TALK-4, R-TALK-5, R-TALK-6, R-TALK-13: polite, owned, negated and quoted
    text draws no finding (zh-Hant: the same sentence, folded back); a dated commitment is a
    follow-up hint, not a breach."""
    report = check_text(text, lang=lang, spelling=False, today=TODAY)
    got = {f.requirement for f in report.findings if counts_as_breach(f)} & {
        "R-TALK-3", "R-TALK-4", "R-TALK-5", "R-TALK-6", "R-TALK-13"}
    assert not got, report.findings


ORG = OrgRules(organisation="路墨商城", organisation_aliases=["Lumo Shop"])


def _parts(text: str, lang: str, position: str, req: str, **kw: object) -> list[str]:
    report = check_text(text, lang=lang, position=position, spelling=False, today=TODAY,
                        org=ORG, **kw)  # type: ignore[arg-type]
    return sorted(f.data.get("part", "?") for f in report.findings if f.requirement == req)


@pytest.mark.parametrize(("lang", "text", "missing"), [
    # a nickname after the role, or the surname given politely, is the agent's name
    ("zh-Hans", "您好，路墨商城售后专员阿明，请问需要什么帮助？", []),
    ("zh-Hant", "路墨商城您好，我姓陳，請問想查詢什麼呢？", []),
    ("zh-Hans", "下午好，欢迎致电路墨商城，客服小雨很高兴为您服务，有任何问题都可以告诉我。", []),
    ("zh-Hans", "您好！这里是路墨商城会员中心，我会尽力为您解答。", ["agent_name"]),
    ("zh-Hans", "您好，路墨商城，请问您贵姓？", ["agent_name", "offer_help"]),
])
def test_chinese_greetings_name_the_agent_and_offer_help_in_many_ways(
        lang: str, text: str, missing: list[str]) -> None:
    """R-TALK-1: 客服小X / 专员阿X / 我姓X name the agent; 需要什么帮助, 想查询什么,
    有任何问题都可以告诉我, 尽力为您解答 offer help; asking the customer's name does not."""
    assert _parts(text, lang, "opening", "R-TALK-1") == missing


@pytest.mark.parametrize(("lang", "text", "missing"), [
    ("zh-Hans", "请问还有其他可以帮您的吗？感谢您的来信，欢迎随时联系我们。\n\n祝好！\n小雨", []),
    ("zh-Hant", "請問還有其他問題嗎？感謝您的支持，歡迎隨時與我們聯繫。\n\n祝 順利\n"
                "客服中心 敬上", []),
    ("zh-Hans", "如有其他疑问，请问还需要我们为您做什么吗？谢谢，随时欢迎您再来。再见！", []),
    ("zh-Hans", "如有其他问题，欢迎随时联系我们。谢谢！再见！", ["anything_else"]),
])
def test_chinese_closings_with_letter_sign_offs(lang: str, text: str,
                                                missing: list[str]) -> None:
    """R-TALK-2: 祝好, 祝 顺利, 敬上 are the goodbye of a letter; a question after a
    conditional clause ("如有其他疑问，请问还需要…吗？") asks whether anything else is needed,
    the conditional alone does not."""
    assert _parts(text, lang, "closing", "R-TALK-2") == missing


@pytest.mark.parametrize(("lang", "text", "missing"), [
    ("zh-Hans", "尊敬的客户：\n\n您的保单即将到期，请于6月1日前缴纳续保费用。", []),
    ("zh-Hant", "親愛的客戶您好：\n\n您的包裹已到門市，請您在5天內攜帶證件領取。", []),
    ("zh-Hans", "尊敬的客户：\n\n请将首付款汇至以下账户，并注明合同编号。", []),
    ("zh-Hans", "尊敬的客户：\n\n套餐7月1日起调整为每月59元。如需更改，可在6月20日前致电。", []),
    ("zh-Hant", "親愛的客戶您好：\n\n您申請的發票已開立，可至會員中心下載。", []),
    ("zh-Hant", "親愛的客戶您好：\n\n您的會員等級已於本月升級為金卡會員。", ["next_step"]),
    ("zh-Hans", "尊敬的客户：\n\n截至5月31日，您的积分余额为1200分。", ["next_step"]),
    ("zh-Hans", "尊敬的客户：\n\n您的反馈已收到，我们将安排专人跟进。", ["next_step"]),
])
def test_chinese_letters_state_a_next_step(lang: str, text: str, missing: list[str]) -> None:
    """R-LETTER-1: a request with its deadline (请于…前, 请您在…内, 请将…汇至) is a next step;
    截至 ("as of") is no deadline, and "we will arrange someone" says nothing of what the
    customer does or when."""
    assert _parts(text, lang, "whole", "R-LETTER-1", channel="letter") == missing


@pytest.mark.parametrize(("text", "jargon"), [
    ("这个SKU在DC已经没货了。", True),
    ("您的申请卡在审批流里，状态是pending。", True),
    ("订单已经流转到履约中台了。", True),
    ("请在APP里查看订单。", False),
    ("您的订单已经发货，预计明天送达。", False),
])
def test_chinese_internal_words_and_unspaced_abbreviations(text: str, jargon: bool) -> None:
    """R-TALK-7: abbreviations inside unspaced Chinese text (SKU, DC) are not taken for
    shouting; internal process words (审批流, 履约, 中台, pending) are jargon."""
    report = check_text(text, lang="zh-Hans", spelling=False)
    assert ("R-TALK-7" in report.requirements) == jargon, report.findings
