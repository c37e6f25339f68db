"""The Chinese pack (zh-Hans rules, which zh-Hant text is folded to): each family of wording
is found in several paraphrases, and natural near-misses (polite, negated, owned by the agent,
quoted) stay silent. Sentences are written for these tests, not copied from the evaluation
sets."""

from __future__ import annotations

import pytest

from tactful.protocol import OrgRules, check_text
from tests.protocol.conftest import TODAY
from tests.protocol.eval.scoring import counts_as_breach
from tests.protocol.pack_cases import assert_case

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


# R-TALK-6: (lang, text, reported) for the families of the dev4 set, with near-misses.
R_TALK_6_DEV4_FAMILIES = [
    ('zh-Hans', '订票手续费我们是不退的。', True),
    ('zh-Hans', '手续费没办法退,不过我可以免费帮您改签。', False),
    ('zh-Hans', '超过期限的申请一概不受理,没有例外。', True),
    ('zh-Hans', '这次我们特例为您受理了逾期的申请。', False),
    ('zh-Hans', '经检查,该热水器没有按照说明书安装,所以不能保修。', True),
    ('zh-Hans', '请您按照说明书安装热水器,有问题随时联系我们。', False),
    ('zh-Hans', '包裹被退回,是因为您写的地址不完整。', True),
    ('zh-Hans', '请您以后下单时仔细一点。', True),
    ('zh-Hans', '您输入的卡号是错误的,所以付款失败了。', True),
    ('zh-Hans', '如果您填写的地址有误,请把正确的发给我,我帮您改。', False),
    ('zh-Hant', '付款失敗是因為您輸入了錯誤的卡號。', True),
    ('zh-Hant', '請您以後填資料時多注意一點。', True),
    ('zh-Hans', '我之前在邮件里已经跟您说明过了,包裹在路上。', True),
    ('zh-Hans', '我们经理的手机号是不对外公开的。', True),
    ('zh-Hans', '领导的联系方式不对外提供。', True),
    ('zh-Hans', '经理的手机号不方便提供,不过您可以拨打400-800-1234,我帮您转接。', False),
    ('zh-Hans', '仓库那边现在乱成一锅粥,电话都没人接。', True),
    ('zh-Hans', '售后部门乱七八糟的,邮件根本没人回。', True),
    ('zh-Hans', '仓库这周订单很多,我已经帮您加急处理了。', False),
    ('zh-Hans', '私下跟您讲,我们公司现在什么都乱套了。', True),
    ('zh-Hans', '说实话,自从换了领导,公司就没有一件事是顺的。', True),
    ('zh-Hans', '故障已经修好了,现在一切都正常了。', False),
    ('zh-Hans', '门店的店员根本不懂这款产品,才给您推荐错了。', True),
    ('zh-Hans', '那位同事显然不太专业。', True),
    ('zh-Hans', '门店同事可能没有向您说明清楚,非常抱歉,我来为您处理。', False),
    ('zh-Hant', '門市的同事顯然不懂這款產品。', True),
    ('zh-Hans', '这个决定是最终的,不会更改。', True),
    ('zh-Hans', '此为最终决定。', True),
    ('zh-Hans', '根据您签署的合同第8条,押金是不退的。', True),
    ('zh-Hans', '条款第五条写得很清楚,定金不予退还。', True),
    ('zh-Hans', '那家快递公司太不靠谱了,我们一半的包裹都被他们弄丢了。', True),
    ('zh-Hans', '快递员从来不打电话,就是懒。', True),
    ('zh-Hans', '包裹被退回来了,是因为您不在家。', True),
    ('zh-Hans', '派送失败是由于收件地址无人签收。', True),
    ('zh-Hans', '延误是由于提交的表格不完整造成的。', True),
    ('zh-Hans', '员工的全名我们不能透露。', True),
    ('zh-Hans', '仓库没有直线电话可以给您。', True),
    ('zh-Hans', '您说的不对,发票是按时寄出的。', True),
    ('zh-Hans', '您忘了附上收据,所以理赔被拒了。', True),
    ('zh-Hans', '夜班的同事显然没看您的备注。', True),
    ('zh-Hans', '我们的网站烂透了,难怪扣了您两次钱。', True),
    ('zh-Hans', '快递员周一尝试派送过,我已经帮您重新预约了周四派送。', False),
    ('zh-Hans', '根据条款第8条,您可以在14天内免费取消。', False),
    ('zh-Hans', '不好意思,不是这么操作的。', True),
    ('zh-Hans', '其实这是不对的。', True),
    ('zh-Hans', '恕我直言,您确实收到了那封邮件。', True),
    ('zh-Hans', '您肯定是看错了确认邮件。', True),
    ('zh-Hans', '延误是因为您那边缺少材料造成的。', True),
    ('zh-Hans', '这笔钱我们是没法退的。', True),
    ('zh-Hans', '这家快递公司出了名的不靠谱。', True),
    ('zh-Hans', '我不能把经理的邮箱给您。', True),
    ('zh-Hans', '您不能找经理。', True),
    ('zh-Hans', '您的申请已被拒绝。', True),
    ('zh-Hans', '您的情况我们不能破例。', True),
    ('zh-Hans', '这已经是您第三次问这个问题了。', True),
    ('zh-Hans', '网站上写得很清楚。', True),
    ('zh-Hans', '您应该先看一下条款的。', True),
    ('zh-Hans', '您合同第4.3条写得很清楚,费用不退。', True),
    ('zh-Hans', '之前那个客服给您的信息是错的,他是新来的,什么都不懂。', True),
    ('zh-Hans', '这不是我们的问题。', True),
    ('zh-Hans', '您没看我们发的邮件吗?', True),
    ('zh-Hans', '您提交的读数是错的,所以账单才这么高。', True),
    ('zh-Hans', '我们合作的快递老是把包裹弄丢。', True),
    ('zh-Hans', '超过14天就不能退款了。', True),
    ('zh-Hans', '延误是因为您提交的表格填写不完整。', True),
    ('zh-Hans', '包裹被退回是因为您没有按时取件。', True),
    ('zh-Hans', '您没有及时通知我们取消,所以要收费。', True),
    ('zh-Hans', '您选错了套餐,所以账单才会更高。', True),
    ('zh-Hans', '您同意的条款里写得很清楚,定金不退。', True),
    ('zh-Hans', '投诉之前请您先仔细看一下条款。', True),
    ('zh-Hans', '我们的决定不会改变,也不再受理投诉。', True),
    ('zh-Hans', '快递员又搞错了,他们从来不看地址。', True),
    ('zh-Hans', '快递员太懒了,不肯送上楼。', True),
    ('zh-Hans', '之前处理的同事把事情搞得一团糟。', True),
    ('zh-Hans', '上一个客服根本不懂业务。', True),
    ('zh-Hans', '这不是真的,发票是按时寄出的。', True),
    ('zh-Hans', '您搞错了,我们的邮件您也收到了。', True),
    ('zh-Hans', '我们技术部什么都不会。', True),
    ('zh-Hans', '师傅的电话我不能给您。', True),
    ('zh-Hans', '快递员周二送货,送之前会给您打电话。', False),
    ('zh-Hans', '按我们电话里说的,合同已经发给您了。', False),
    ('zh-Hans', '这不是您的问题,是我们系统出错了,费用已经退回。', False),
    ('zh-Hant', '上一位客服根本不懂業務。', True),
    ('zh-Hant', '您選錯了方案,所以帳單才會比較高。', True),
    ('zh-Hant', '這不是您的問題,是我們系統出錯了,費用已經退回。', False),
]


@pytest.mark.parametrize(("lang", "text", "reported"), R_TALK_6_DEV4_FAMILIES)
def test_r_talk_6_refusals_blame_lectures_and_running_down(lang: str, text: str,
                                                           reported: bool) -> None:
    """R-TALK-6 on wordings from a fresh blind set (dev4, new sentences): bare and bureaucratic
    refusals (also after 'sorry, but'), final decisions, refusing contact details, misuse of the
    manual and the customer's own detail or form as the cause, lectures (already wrote, be more
    careful, numbered clauses, the terms you accepted), arguing, running down a department, a
    partner, colleagues or the company; clean near-misses (an alternative offered after the
    refusal, a condition, our own mistake, a neutral partner) stay silent."""
    assert_case(lang, "R-TALK-6", text, reported)


LETTERS_DEV4 = [
    ('zh-Hans', '尊敬的客户:\n\n您的保单将于7月1日续保,保费调整为每年1280元。敬请留意。\n\n'
                '保单服务部', True),
    ('zh-Hans', '尊敬的客户:\n\n因系统升级,您3月5日的预约已取消,敬请谅解。\n\n门诊部', True),
    ('zh-Hans', '尊敬的客户:\n\n自6月1日起,退货地址变更为杭州市西湖区文三路8号。特此通知,敬'
                '请知悉。\n\n客户服务中心', True),
    ('zh-Hans', '尊敬的客户:\n\n自6月1日起,退货地址变更为杭州市西湖区文三路8号。6月以后的'
                '退货请寄往新地址,已寄出的无需重新寄送。\n\n客户服务中心', False),
    ('zh-Hant', '親愛的用戶您好:\n\n您的帳戶有一筆未繳費用新台幣2,450元。您只要在下次繳費'
                '時一併繳清即可。\n\n客服中心 敬上', False),
    ('zh-Hant', '親愛的用戶您好:\n\n本月抄表時家中無人。請將水表讀數拍照回傳給我們。\n\n自'
                '來水公司 敬上', False),
    ('zh-Hant', '親愛的患者您好:\n\n您3月5日的掛號已取消。歡迎您來電預約新的時間。\n\n門診'
                '服務台 敬上', False),
    ('zh-Hant', '親愛的用戶您好:\n\n您的退款申請還缺少發票影本。我們會在三個工作天內與您聯'
                '絡。\n\n客服中心 敬上', False),
]


@pytest.mark.parametrize(("lang", "text", "reported"), LETTERS_DEV4)
def test_r_letter_1_courtesies_are_no_next_step(lang: str, text: str, reported: bool) -> None:
    """R-LETTER-1: 敬请留意, 敬请谅解, 特此通知 are courtesies, not a step; 请寄往, 无需重新寄送,
    只要…即可, 请将…回传, 欢迎您来电预约 and 我们会与您联络 tell the customer what comes next."""
    report = check_text(text, lang=lang, channel="letter", spelling=False, today=TODAY)
    assert ("R-LETTER-1" in report.requirements) is reported


@pytest.mark.parametrize(("text", "reported"), [
    ("还有什么需要我们帮忙的吗?有问题欢迎随时再联系我们。", False),
    ("我现在很忙,您下次再打过来吧。", True),
])
def test_r_talk_4_helping_and_come_back_are_no_busy(text: str, reported: bool) -> None:
    """R-TALK-4: 帮忙 contains 忙 and 欢迎随时再联系 invites the customer back; neither is 'I am
    busy, call later'."""
    report = check_text(text, lang="zh-Hans", spelling=False, today=TODAY)
    assert ("R-TALK-4" in report.requirements) is reported


# R-TALK-6: running down engineers, branches, partners and the website (either order).
R_TALK_6_RUNNING_DOWN = [
    ('zh-Hans', '派去的师傅明显是在赶工,活干得很马虎。', True),
    ('zh-Hans', '杭州分店把您的订单弄得一团糟。', True),
    ('zh-Hans', '给您装的那几个师傅根本就是外行。', True),
    ('zh-Hans', '财务那边连账都算不清楚。', True),
    ('zh-Hans', '总部那边根本没人懂。', True),
    ('zh-Hans', '我们合作的快递公司挺不靠谱的。', True),
    ('zh-Hans', '我们的网站老是崩溃,真丢人。', True),
    ('zh-Hans', '师傅周一会再上门,把剩下的活做完。', False),
]


@pytest.mark.parametrize(("lang", "text", "reported"), R_TALK_6_RUNNING_DOWN)
def test_r_talk_6_running_down_the_people_behind_the_service(lang: str, text: str,
                                                             reported: bool) -> None:
    """R-TALK-6: a party behind the service (engineer, branch, courier firm, accounts, website)
    near a verdict on it (rushed, a complete mess, cowboys, can't count, a disgrace), in either
    order; a neutral mention of the same party stays silent."""
    assert_case(lang, "R-TALK-6", text, reported)


R_TALK_6_BRUSH_OFF = [
    ('zh-Hans', '您吼也没用。', True),
    ('zh-Hans', '我不想跟您争论。', True),
    ('zh-Hans', '就是这样,爱要不要。', True),
    ('zh-Hans', '规定又不是我定的。', True),
    ('zh-Hans', '这个没什么好讨论的。', True),
    ('zh-Hans', '这个您早该知道的。', True),
    ('zh-Hans', '这只能怪您自己。', True),
    ('zh-Hans', '投诉之前先看看您的垃圾邮件。', True),
    ('zh-Hans', '领导就是这样,见怪不怪了。', True),
    ('zh-Hans', '别提了,我们财务那边就那样。', True),
    ('zh-Hans', '公司规定的退货期限是七天,我可以帮您申请延长。', False),
]


@pytest.mark.parametrize(("lang", "text", "reported"), R_TALK_6_BRUSH_OFF)
def test_r_talk_6_brushing_the_customer_off(lang: str, text: str, reported: bool) -> None:
    """R-TALK-6: brushing the customer off, as the English pack knows it: not going to argue,
    take it or leave it, rules are rules, I don't make the rules, shouting won't help, you should
    have known, only yourself to blame, check before complaining, typical of management, don't
    even ask; everyday sentences with the same words stay silent."""
    assert_case(lang, "R-TALK-6", text, reported)


R_TALK_6_HEDGED_BLAME = [
    ('zh-Hans', '看起来是您没有点保存按钮。', True),
    ('zh-Hans', '您可能是把验证码输错了。', True),
    ('zh-Hans', '您无视了我们发的提醒。', True),
]


@pytest.mark.parametrize(("lang", "text", "reported"), R_TALK_6_HEDGED_BLAME)
def test_r_talk_6_hedged_blame_and_ignored_reminders(lang: str, text: str, reported: bool) -> None:
    """R-TALK-6: hedged blame (it seems you did not press, you probably typed it wrong) and
    ignoring what we sent; the same words in a condition stay silent."""
    assert_case(lang, "R-TALK-6", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    ("这不是我们的问题,是快递弄丢的。", True),
    ("这件事不是我们部门负责的,我马上帮您转给售后。", False),
])
def test_r_talk_6_pushing_the_problem_away(text: str, reported: bool) -> None:
    """R-TALK-6: 这不是我们的问题 pushes the problem away; 'another department handles it, I will
    pass it on' does not (and 不是我们部门的事 is R-TALK-4's 'not my department')."""
    assert_case("zh-Hans", "R-TALK-6", text, reported)


@pytest.mark.parametrize(("text", "reported"), [
    # 要是 ("if", the rule's exception) inside 主要是 ("mainly") excuses nothing
    ("这个问题主要是因为您当时没有按照说明书操作造成的。", True),
    ("要是您当时没有按照说明书操作，也可能出现这种情况。", False),
    # an internal number withheld; the company and a partner run down
    ("这个号码是内部使用的，不方便告诉您。", True),
    ("说实话，我们公司的售后流程确实挺混乱的。", True),
    ("不瞒您说，我们的系统一直不太稳定，领导也不重视。", True),
    ("老实讲，那家合作维修点的水平一般。", True),
    # the customer contradicted, lectured, blamed by what users do or by what they confirmed
    ("您的理解有偏差，我们的活动说明里并没有这样写。", True),
    ("您应该先备份好数据再送修，这是常识。", True),
    ("这种情况一般都是用户自己摔过才会出现的。", True),
    ("文件里的号码本身就是这样，我们是按照您确认过的样稿印刷的。", True),
    ("不存在您说的座椅损坏的情况。", True),
    # near misses
    ("系统目前已经恢复稳定，给您带来不便非常抱歉。", False),
    ("我们会按照您提供的新地址重新发货。", False),
    ("您说的座椅问题我们已经记录，明天安排师傅检查。", False),
])
def test_r_talk_6_everyday_blame_and_running_down(text: str, reported: bool) -> None:
    """R-TALK-6 in Chinese: blame, contradiction, lecturing and running down in everyday
    words; the near misses (a fault repaired, an address we will use, a report logged) stay
    silent."""
    report = check_text(text, lang="zh-Hans", spelling=False, today=TODAY)
    assert ("R-TALK-6" in {f.requirement for f in report.findings}) is reported
