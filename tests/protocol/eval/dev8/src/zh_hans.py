"""dev8, Simplified Chinese (writer B). 路墨商城. See /work/dev8/README-B.md."""

LANG = "zh-Hans"
ORG = "路墨商城"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def T(channel, agent, turns):
    return {"version": 1, "lang": LANG, "channel": channel, "agent": agent,
            "organisation": ORG, "turns": turns}


ITEMS = [
    # ---------------- R-TALK-9 (customer set, position whole): C V C V C V C V C C
    {
        "customer": "你好，我想问一下，我买的空气炸锅什么时候发货？还有能不能开发票？",
        "text": "您好！发票可以开，电子发票会在发货当天发到您的邮箱。空气炸锅目前正在仓库打包，预计6月12日发出。\n\n路墨商城客服 王静",
        "expect": [],
        "channel": "email",
        "note": "When will the air fryer ship, and can I get an invoice? Answered in reverse order: 'the invoice can be issued (e-invoice on shipping day)', then 'expected to leave on 12 June' without repeating 什么时候. Clean.",
    },
    {
        "customer": "我的退款为什么被拒了？要重新申请吗",
        "text": "您好，您可以重新提交退款申请，提交时请附上商品外包装的照片，我们会在24小时内处理。",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "note": "Why was my refund rejected? Must I apply again (no '?')? Only the second is answered (yes, resubmit with a photo); the reason for the rejection is never addressed: R-TALK-9.",
    },
    {
        "customer": "这个会员年费是自动续的吗？我不想续了。",
        "text": "是的，会员到期默认自动续费。我已经帮您关闭了自动续费，7月3日到期后就不会再扣款，现有的会员权益照常可以用到那天。",
        "expect": [],
        "channel": "phone",
        "note": "Yes/no question plus a wish. Answered 'Yes, ...' and the wish fulfilled (auto-renewal switched off). Clean.",
    },
    {
        "customer": "请问：1. 冰箱能送货上楼吗？我住六楼没电梯。2. 旧冰箱能回收吗？3. 安装要另外收费吗？",
        "text": "您好，冰箱可以送货上楼，六楼没有电梯也没有问题，搬运不额外收费。安装由品牌售后师傅上门完成，同样免费。\n\n路墨商城客服 陈晨",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "note": "Three numbered questions: carry upstairs? take away the old fridge? installation fee? Questions 1 and 3 are answered; the old-fridge recycling question is ignored: R-TALK-9.",
    },
    {
        "customer": "想知道下单之后还能不能改颜色",
        "text": "只要订单还没发货就能改。您的订单目前还在备货中，告诉我想换的颜色，我马上帮您改。",
        "expect": [],
        "channel": "chat",
        "note": "Embedded question without '?'. Answered with the condition ('as long as it has not shipped') and an offer to change it now. Clean.",
    },
    {
        "customer": "包裹显示已签收，可我根本没收到。能帮我查一下吗？另外送货的快递员电话能给我吗？",
        "text": "非常抱歉给您添麻烦了。我已经联系快递公司核实签收情况，今天下午五点前给您回电话；如果确认包裹丢失，我们会为您免费补发。",
        "expect": ["R-TALK-9"],
        "channel": "phone",
        "note": "Two requests phrased as questions: check the parcel, and give me the courier's phone number. The check is done (with a callback time); the courier's number is neither given nor refused, just ignored: R-TALK-9.",
    },
    {
        "customer": "想了解一下，如果我用优惠券买的东西退货，优惠券会退回吗？",
        "text": "会退回。整单退货后，优惠券会在退款完成时自动返还到您的账户，只要还在有效期内就能继续使用；如果只退其中一件，优惠金额会按比例扣除。",
        "expect": [],
        "channel": "email",
        "note": "Embedded yes/no question (想了解一下...吗). Answered '会退回' plus the details. Clean.",
    },
    {
        "customer": "你们的客服电话是多少？周末有人接吗？",
        "text": "您好，我们的客服热线是400-820-6688，欢迎您来电咨询。",
        "expect": ["R-TALK-9"],
        "channel": "social",
        "note": "Phone number? Is it answered at weekends? The number is given; the weekend question is left out: R-TALK-9. (The customer's 你们 is the customer's own wording.)",
    },
    {
        "customer": "羽绒服现在买和等双十一买，哪个更便宜？会不会我刚买就降价了？",
        "text": "双十一的活动价格目前还没有定下来，我暂时没法告诉您哪个更便宜，活动价公布后我可以第一时间短信通知您。另外我们有价格保护：下单后30天内如果降价，差价会退还给您。",
        "expect": [],
        "channel": "phone",
        "note": "Which is cheaper, now or on 11.11? Will the price drop right after I buy? Honest 'not decided yet, I can text you when it is announced' and the price-protection answer to the second. Clean.",
    },
    {
        "customer": "我昨天提交的发票申请有进度吗，大概什么时候能开好",
        "text": "您的申请已经审核通过，电子发票明天中午前会发到您预留的邮箱，收到后可以直接打印使用。",
        "expect": [],
        "channel": "chat",
        "note": "Two questions without '?' (any progress? roughly when?). Answered by the status ('approved') and a time ('by noon tomorrow'). Clean.",
    },
    # ---------------- R-TALK-2 (position closing): C V C V C V C C
    {
        "text": "总结一下：您的退货已经入库，退款189元已原路退回，优惠券也已返还到您的账户。请问还有其他需要我们协助的地方吗？非常感谢您的耐心与配合。以后有任何问题，随时欢迎通过邮件或电话与我们联系。\n\n此致\n敬礼\n\n路墨商城客服部 刘洋",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Long e-mail closing with a summary, anything else? / thanks / contact us any time / 此致敬礼 sign-off. Clean.",
    },
    {
        "text": "好的，新的收货地址已经保存好了。请问还有别的需要帮您的吗？感谢您的耐心，再见！",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing: anything else? / thanks / goodbye, but no 'you can always come back to us': R-TALK-2.",
    },
    {
        "text": "那就这样，您的洗衣机安装约在周六上午九点到十二点。您看还有什么要问的吗？没有的话，谢谢您的来电，以后有需要随时打我们的电话。再见，祝您周末愉快！",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing: recap, 'anything else to ask?', thanks for calling, call us any time, goodbye. Clean.",
    },
    {
        "text": "您申请的换货已经处理完成，新商品将于明天发出。感谢您对路墨商城的支持，如有任何疑问，欢迎随时联系我们。\n\n祝好！\n路墨商城客服 张敏",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "E-mail closing with thanks, 'contact us any time' and the 祝好 sign-off, but it never asks whether anything else is needed: R-TALK-2.",
    },
    {
        "text": "还有其他可以帮您的吗？谢谢您的咨询，之后有问题随时来这里找我们。再见！",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Short chat closing with all four parts. Clean.",
    },
    {
        "text": "您的会员已经续费成功，积分也已经到账。请问还有其他需要吗？感谢您的来电，之后有任何问题，随时可以打给我们。",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing with anything else? / thanks / call any time, but no goodbye: R-TALK-2.",
    },
    {
        "text": "您反馈的包装问题，我们已经转给仓库的同事改进，再次感谢您提出的宝贵意见。不知道还有没有其他我们可以帮您的？今后如果遇到任何问题，欢迎您随时回复这封邮件。\n\n路墨商城客服中心 周婷 敬上",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "E-mail closing: thanks for the feedback, 'is there anything else we can help with?' worded indirectly (不知道还有没有...), reply any time, 敬上 sign-off. Clean.",
    },
    {
        "text": "感谢您耐心地等我查完。在挂电话之前，请问您还有其他问题吗？以后如果有需要，可以随时拨打我们的客服热线。祝您生活愉快，再见！",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing in another order: thanks first, then 'before we hang up, any other questions?', call any time, goodbye. Clean.",
    },
    # ---------------- R-LETTER-1 (channel letter): C V C V C V C C
    {
        "text": "尊敬的李先生：\n\n您在路墨商城以分期付款方式购买的笔记本电脑，第三期款项1,050元已于2024年5月10日到期，截至本函发出时我们尚未收到。请您于5月25日前，在路墨商城App的“我的分期”页面完成还款。如您已经还款，请忽略本函。\n\n路墨商城客户服务部\n2024年5月15日",
        "expect": [],
        "channel": "letter",
        "note": "Overdue instalment letter: the fact, then what (pay), by when (25 May) and how (the app's instalment page), and 'ignore if paid'. Clean.",
    },
    {
        "text": "尊敬的王女士：\n\n您于2024年6月3日提交的企业采购资质申请中，缺少加盖公章的营业执照复印件，目前该申请暂未通过审核。\n\n路墨商城企业采购部\n2024年6月6日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Missing-document letter: says the stamped business-licence copy is missing and the application is not approved, then stops; no request to send it, no deadline, no channel: R-LETTER-1.",
    },
    {
        "text": "尊敬的赵女士：\n\n您的路墨会员将于2024年8月1日到期，届时将按照您设置的自动续费方式续费一年，费用为198元。您无需进行任何操作，会员权益也不会中断。如您不希望续费，请在7月31日前到“会员中心”关闭自动续费。\n\n路墨商城会员服务部",
        "expect": [],
        "channel": "letter",
        "note": "Renewal letter: nothing is needed because it renews automatically; the optional opt-out step has a date and a place. Clean.",
    },
    {
        "text": "尊敬的孙先生：\n\n自2024年9月1日起，路墨商城偏远地区订单的运费由每单12元调整为每单15元，满199元免运费的规定保持不变。\n\n路墨商城客户服务部\n2024年8月10日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Shipping-fee change letter: states the change and stops; it does not say that nothing is needed or what the customer can do: R-LETTER-1.",
    },
    {
        "text": "尊敬的周先生：\n\n原定于6月18日上午为您上门安装空调，因安装师傅所在片区临时停电，需改到6月19日上午9点至12点，由此给您带来的不便，我们深表歉意。如果新的时间方便，您无需回复；如需另约时间，请在6月18日中午前致电400-820-6688。\n\n路墨商城安装服务部",
        "expect": [],
        "channel": "letter",
        "note": "Moved installation appointment with an apology and both branches in ordinary sentences (no reply needed if it suits; otherwise call by noon on 18 June). Clean.",
    },
    {
        "text": "尊敬的吴女士：\n\n您送修的咖啡机（维修编号R-7781）已于2024年7月8日修复完毕。故障原因是加热模块老化，我们已为您免费更换了新部件。\n\n路墨商城售后服务中心",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Completed repair: the fact and the cause, but nothing about what happens next (collect it? it will be shipped? nothing needed?): R-LETTER-1.",
    },
    {
        "text": "尊敬的郑先生：\n\n您于7月2日申请的退款已审核通过，299元已于7月5日原路退回到您的支付账户，您无需再做任何操作。一般情况下款项会在3个工作日内到账，如7月10日后仍未收到，请致电400-820-6688，我们会协助您查询。\n\n路墨商城客户服务部",
        "expect": [],
        "channel": "letter",
        "note": "Refund letter: nothing further is needed (money sent), with a fallback step and a date. Clean.",
    },
    {
        "text": "尊敬的钱女士：\n\n关于您投诉的配送延误问题，经核实，延误是由我们仓库分拣出错造成的，责任在我方。我们已向您的账户发放一张50元补偿券，有效期60天，无需申请，下单时会自动抵扣。如您对处理结果仍有意见，请在收到本函后15天内回复，我们会再次与您沟通。\n\n路墨商城客户服务部",
        "expect": [],
        "channel": "letter",
        "note": "Complaint decision: owns the mistake, compensation applied automatically (no application needed) and how to object within 15 days. Clean.",
    },
    # ---------------- R-TALK-6: C V C V C V C V C V C V
    {
        "text": "这次发货延迟是因为这款商品的供应商临时断货，补货已经在路上了。如果您不想等，我可以马上为您办理退款，或者给您推荐一款有现货的同类商品。",
        "expect": [],
        "channel": "chat",
        "note": "Explains the cause (supplier out of stock) neutrally and offers alternatives. Clean; naming the supplier is not blame.",
    },
    {
        "text": "您下单时门牌号写错了，快递员才送不到，这个问题是您自己造成的。下次提交订单前请仔细核对地址。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Blames the customer ('you caused this yourself') and lectures ('check the address carefully next time'): R-TALK-6.",
    },
    {
        "text": "是我们的失误，商品页面上的尺寸标错了，给您添麻烦了，实在对不起。我已经为您办理了免运费退货，页面信息也已经更正。",
        "expect": [],
        "channel": "email",
        "note": "Owns the company's mistake and fixes it. Clean.",
    },
    {
        "text": "您说收到的是旧货，这是不可能的，我们仓库发出的都是全新商品。您再仔细看看，别随便下结论。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Contradicts the customer ('that is impossible') and lectures ('don't jump to conclusions'): arguing, R-TALK-6.",
    },
    {
        "text": "这款商品属于定制类，按规定不支持无理由退货，这一点很抱歉。不过如果您对尺寸不满意，我们可以免费为您修改一次，您看这样可以吗？",
        "expect": [],
        "channel": "phone",
        "note": "A refusal with an apology and an alternative (one free alteration). Clean.",
    },
    {
        "text": "不能退。超过七天的订单一律不予处理，请不要再提交申请了。",
        "expect": ["R-TALK-6"],
        "channel": "web_form",
        "note": "Flat refusal with nothing offered, plus 'stop applying': R-TALK-6.",
    },
    {
        "text": "负责您那片区域的快递员刘师傅今天已经联系过您两次，他说下午四点左右会再送一次。如果这个时间您不在家，我可以帮您改成送到附近的自提点。",
        "expect": [],
        "channel": "phone",
        "note": "Mentions the courier neutrally (he tried twice, plans another attempt, attributed) and offers a pick-up point. Clean.",
    },
    {
        "text": "仓库那边做事一向马马虎虎，发错货是常有的事，我们客服也很无奈。我先给您登记换货吧。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Runs down the warehouse colleagues ('always sloppy, wrong items all the time') while helping: R-TALK-6.",
    },
    {
        "text": "我再帮您核对一下：您的付款6月3日就已经成功了，订单状态是“待发货”，并不是未付款。您收到的那条提醒是在付款前自动发出的，可以忽略，给您带来困扰很抱歉。",
        "expect": [],
        "channel": "chat",
        "note": "Corrects a misunderstanding politely ('let me check again: your payment went through on 3 June'). Clean.",
    },
    {
        "text": "售后维修点的电话我们不对外提供，您有问题只能找在线客服。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Refuses contact details, nothing else offered: R-TALK-6.",
    },
    {
        "text": "您提到“等了一个星期都没人管”，这确实是我们做得不好，非常抱歉。从现在起这件事由我负责跟进，明天上午十点前我会给您打电话说明进展。",
        "expect": [],
        "channel": "social",
        "note": "Quotes the customer's words, owns the failure, and takes over with a dated callback. Clean.",
    },
    {
        "text": "说实话，我们公司的售后流程就是这么麻烦，我自己都觉得不合理。您先把表填了吧，能不能批下来我也说不准。",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Speaks badly of the company's after-sales process in front of the customer: R-TALK-6.",
    },
]


TRANSCRIPTS = [
    {   # t01 clean
        "transcript": T("phone", "王静", [
            E("ring", "system"), E("ring", "system"), E("answer"),
            A("您好，路墨商城客服中心，我是王静，请问有什么可以帮您？"),
            C("我上周五下的单，到现在还没收到，说好三天就到的，你们这也太慢了！"),
            A("非常抱歉让您久等了。麻烦您告诉我订单号，我马上帮您查包裹现在到了哪里。"),
            C("LM20240512883。"),
            A("谢谢您。包裹在杭州中转站滞留了两天，今天上午已经发出，快递公司显示明天中午前送达。"),
            C("那要是明天还不到呢？"),
            A("如果明天下午六点前还没到，我给您安排全额退款，或者免费重新发一件，两种都可以由您选。"),
            C("行吧，那我再等等。"),
            A("好的。请问还有其他需要我帮您处理的吗？"),
            C("没有了。"),
            A("感谢您的来电和耐心。之后有任何问题，欢迎随时再打给我们。祝您生活愉快，再见！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Late delivery complaint ('this is far too slow!') answered with an apology and an immediate check; 'and if it doesn't come tomorrow?' answered with a dated offer. Closing spread: anything else? - no - thanks / call any time / goodbye. Clean.",
    },
    {   # t02 R-TALK-12
        "transcript": T("chat", "陈晨", [
            A("您好，欢迎来到路墨商城，我是客服陈晨，请问有什么可以帮您？"),
            C("我买的是黑色的，结果寄来一件白色的，你们发货能不能认真点！"),
            A("请您提供订单号和收到商品的照片，我这边为您登记换货，新商品会在收到退回件后发出。"),
            C("订单号LM20240603127，照片发过去了。运费谁出？"),
            A("照片收到了，确实是发错了颜色。来回运费都由我们承担，我已经为您预约了明天上午上门取件，您不用支付任何费用。"),
            C("好"),
            A("黑色款有现货，收到退回件当天就给您发出。请问还有别的问题吗？"),
            C("没了"),
            A("感谢您的耐心，以后有任何问题，随时在这里找我们。再见！"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12"],
        "note": "Wrong colour delivered, 'can't you ship more carefully!'. The next agent turn goes straight to the exchange (a way forward) with no apology at all: R-TALK-12. The shipping-cost question is answered; the closing is complete over the last two agent turns.",
    },
    {   # t03 clean
        "transcript": T("chat", "刘洋", [
            A("您好，我是路墨商城的客服刘洋，很高兴为您服务，请问有什么可以帮您？"),
            C("退货寄回去十天了，钱还没退，你们客服就是摆设吗？"),
            A("真的很抱歉让您等了这么久。请把订单号发给我，我现在就去查退款卡在了哪一步，并告诉您什么时候能到账。"),
            C("LM20240420556"),
            A("谢谢您。仓库4月30日已经签收了退货，但退款审核没有及时提交，这是我们的疏忽。我刚刚已经提交，258元会原路退回您的支付宝，一般1到3个工作日到账。"),
            C("能给我发个短信通知吗？到账了我好知道。"),
            A("可以的，退款到账后您会收到短信。我也会在5月14日下午再查一次到账情况，如果还没到，我直接联系您。"),
            C("好吧，谢谢。"),
            A("不客气。请问还有其他需要帮忙的吗？"),
            C("没有了，再见。"),
            A("感谢您的理解。以后购物中有任何问题，随时都可以联系我们。再见，祝您生活愉快！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Insult ('is your customer service just for show?') answered with an apology and an action (check now and give a date). Owns the mistake. Customer says goodbye first after 'anything else?'; the agent's last turn thanks, says contact us any time, goodbye. Clean.",
    },
    {   # t04 R-TALK-2
        "transcript": T("phone", "张敏", [
            E("ring", "system"), E("ring", "system"), E("answer"),
            A("您好，路墨商城，我是张敏，请问有什么可以帮您？"),
            C("你好，我上个月买的冰箱，需要开一张公司的增值税专用发票。"),
            A("好的，可以为您开具。请您提供公司名称和税号。"),
            C("公司叫杭州青禾贸易有限公司，税号比较长，我发短信给您行吗？"),
            A("可以的，我把接收短信的号码发到您的手机上，您直接回复就行。发票开好后会寄到您下单时填写的地址。"),
            C("大概多久能收到？"),
            A("收到税号后两个工作日内开出，再通过顺丰寄出，一般三天左右能到。"),
            C("好的。"),
            A("请问还有其他需要帮您的吗？"),
            C("没有了。"),
            A("如果发票信息有变动，欢迎随时来电。再见！"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-2"],
        "note": "Company VAT invoice by phone; both questions answered. Closing: anything else? - no - 'call any time if the details change, goodbye', but no thanks in the closing exchange: R-TALK-2.",
    },
    {   # t05 clean, hold
        "transcript": T("phone", "李娜", [
            E("ring", "system"), E("answer"),
            A("您好，这里是路墨商城客服，我是李娜，请问您需要什么帮助？"),
            C("我买的台灯到手就是碎的，包装也烂了，太让人失望了！"),
            A("非常抱歉，让您收到了破损的商品。我马上为您处理：可以免费补发一台新的，也可以全额退款，您看哪种更合适？"),
            C("补发吧。碎的那个要不要寄回去？"),
            A("这款台灯的处理规定我需要查一下，可以请您稍等两分钟吗？"),
            C("可以。"),
            E("hold"), E("resume"),
            A("谢谢您的耐心等待。破损的台灯不用寄回，直接丢弃就可以。新台灯今天下午从仓库发出，订单号不变。"),
            C("行，谢谢。"),
            A("不客气。请问还有别的需要我帮忙的吗？"),
            C("没有了。"),
            A("感谢您的来电，以后有问题随时联系我们。祝您生活愉快，再见！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Broken lamp, 'so disappointing!' answered with an apology and two remedies. Hold with permission and reason, thanks after resume, the return question answered after the resume. Closing after the resume: anything else? - no - thanks / any time / goodbye. Clean.",
    },
    {   # t06 R-TALK-12
        "transcript": T("chat", "赵磊", [
            A("您好，路墨商城在线客服赵磊为您服务，请问有什么可以帮您？"),
            C("你们的快递员态度太差了，打电话直接吼我，东西扔在门口就走了！"),
            A("非常抱歉给您带来这么不愉快的经历，听到这样的情况我也很难过。"),
            C("光道歉有什么用？你们打算怎么处理？"),
            A("再次向您道歉。我已经把这件事反馈给快递公司，请他们核实处理，48小时内我会把结果告诉您；同时给您的账户发了一张20元优惠券，作为补偿。"),
            C("好吧，那我等消息。"),
            A("谢谢您的理解。请问还有其他问题需要我处理吗？"),
            C("没有"),
            A("好的，之后有需要随时在这里留言找我们，再见！"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12"],
        "note": "Complaint about a rude courier. The next agent turn apologises and sympathises but offers nothing: R-TALK-12. The second complaint ('what good is an apology? what will you do?') is answered properly (apology + report to the courier company, 48-hour reply, coupon). Closing complete.",
    },
    {   # t07 clean
        "transcript": T("chat", "周婷", [
            A("您好，我是路墨商城客服周婷，请问有什么可以帮到您？"),
            C("刚下的单地址填错了，能改吗"),
            A("可以的，订单还没有发货，现在就能修改。请把订单号和正确的收货地址发给我。"),
            C("LM20240708215，改成上海市浦东新区张杨路500号18楼"),
            A("已经为您改好了：上海市浦东新区张杨路500号18楼，收货人和电话不变。订单预计明天发货。"),
            C("好的 谢谢"),
            A("不客气！请问还有其他可以帮您的吗？感谢您选择路墨商城，后续有任何问题，欢迎随时联系我们。祝您购物愉快，再见！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Address change before shipping. The whole closing is in the last agent turn and the customer leaves the chat without replying. Clean.",
    },
    {   # t08 R-TALK-2
        "transcript": T("phone", "孙浩", [
            E("ring", "system"), E("answer"),
            A("您好，路墨商城客服中心，我是孙浩，请问有什么可以帮您？"),
            C("我有一张满300减50的券，昨天刚过期，还能用吗？"),
            A("过期的券没办法再恢复，不过我可以给您补发一张同样面额的新券，有效期30天，您看可以吗？"),
            C("可以，那发到哪里？"),
            A("直接发到您的账户里，在“我的—优惠券”里就能看到，现在已经发好了。"),
            C("看到了，谢谢。"),
            A("请问还有其他需要帮忙的吗？"),
            C("没有了。"),
            A("感谢您的来电，以后有任何问题欢迎随时联系我们。"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-2"],
        "note": "Expired coupon: refused with an alternative (a new coupon). Closing: anything else? - no - thanks / contact us any time, but no goodbye before the customer hangs up: R-TALK-2.",
    },
    {   # t09 clean, transfer
        "transcript": T("phone", "吴芳", [
            E("ring", "system"), E("ring", "system"), E("ring", "system"), E("answer"),
            A("您好，路墨商城，我是吴芳，很高兴为您服务，请问有什么可以帮您？"),
            C("我一笔订单被扣了两次钱，你们是骗子吧！"),
            A("非常抱歉，重复扣款确实让人着急。我先帮您核对扣款记录，确认后马上安排把多扣的钱退给您。请问订单号是多少？"),
            C("LM20240815032，扣了两次399。"),
            A("我看到了，这笔订单确实重复扣款了一次。退款由财务部的同事郑凯操作，我已经把订单号和情况都告诉他了，现在为您转过去，您不用再重复说明，可以吗？"),
            C("行。"),
            E("transfer", to="财务部"),
            A("您好，我是财务部的郑凯，您重复扣款的情况我已经了解了。多扣的399元我刚刚提交了原路退回，一般3到5个工作日到账。"),
            C("能给我一个退款凭证吗？"),
            A("可以，退款凭证今天会发到您的注册邮箱。请问还有其他需要帮您处理的吗？"),
            C("没有了，谢谢。"),
            A("也谢谢您的耐心。之后如果退款没有按时到账，随时打这个电话找我们。再见！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Three rings. Insult ('you're swindlers!') answered with an apology and a plan (check, refund). Transfer to finance with a summary; the second agent answers the receipt question and closes after the transfer: anything else? - no, thanks - thanks / call any time / goodbye. Clean.",
    },
    {   # t10 clean
        "transcript": T("chat", "吴丹", [
            A("您好，欢迎咨询路墨商城，我是客服吴丹，请问有什么可以帮您？"),
            C("买的鞋子小了一码，可以换大一码的吗？还有就是已经穿过一次了，能换吗"),
            A("可以换。只要鞋底没有明显磨损、吊牌还在，签收后15天内都能换码。请问订单号是多少？"),
            C("LM20240901478"),
            A("这双鞋是8月28日签收的，还在换货期内。42码有货，我已经为您申请换货，并预约了明天上午上门取件。"),
            C("好的，换货要钱吗"),
            A("不需要，来回运费都由我们承担。请问还有其他问题吗？"),
            C("没了"),
            A("好的，新鞋寄出后您会收到短信通知。感谢您的耐心沟通，以后有任何需要，欢迎随时来找我们，再见！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Exchange for a larger size; 'can I exchange? it was worn once' answered together in one turn (yes, if the sole is not worn, within 15 days); cost question answered 'not needed'. Closing spread over the last two agent turns. No complaint. Clean.",
    },
]
