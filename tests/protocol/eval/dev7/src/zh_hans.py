"""dev7 Simplified Chinese items (writer B). 路墨商城: deliveries, returns, refunds, invoices,
installation and repair appointments, instalments, membership."""

LANG = "zh-Hans"

SIG = "\n\n此致\n敬礼\n路墨商城客服 {}"

ITEMS = [
    # ---------------- R-TALK-6: 12 violations + 6 clean -----------------------------------------
    {"text": "您好，王女士。我们查过了，是您下单时把收货地址的门牌号填错了，所以快递员没找到您家。现在地址已经改好，"
             "包裹已安排明天重新派送。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'We checked: you filled in the wrong house number when ordering, that's why the courier "
             "couldn't find you; address fixed, redelivery arranged tomorrow.' Outright blame."},
    {"text": "这件定制商品不能办理七天无理由退货，不过可以为您免费修改一次尺寸，或者换成同价位的现货款式。您看哪种方式更合适？",
     "expect": [], "channel": "chat",
     "note": "'This custom item can't be returned under the 7-day no-reason rule, but we can alter the "
             "size once for free or swap it for an in-stock item at the same price; which suits you?' "
             "Near miss of a flat refusal: alternatives offered."},
    {"text": "不是这样的。记录显示您3月5日已经点了确认收货，并不像您说的那样一直没收到。",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'That's not how it was. The record shows you confirmed receipt on 5 March; it is not as you "
             "say, that you never got it.' Contradicting the customer."},
    {"text": "这不是您的问题：您填写的地址完全正确，是我们打包时贴错了快递单。非常抱歉，正确的包裹今天上午已经重新发出，"
             "您可以在订单页面查看物流。",
     "expect": [], "channel": "chat",
     "note": "'It's not your fault: your address was right, we put the wrong shipping label on; very "
             "sorry, the right parcel was re-sent this morning.' Near miss: negated blame, the company "
             "owns its mistake."},
    {"text": "我刚才已经跟您解释过两遍了，定制商品是不支持七天无理由退货的。",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'I have already explained to you twice: custom items do not qualify for 7-day returns.' "
             "Lecturing ('as I already explained'), and a refusal with nothing offered."},
    {"text": "您说得对，这次是我们的失误，发票抬头开错了。给您添麻烦了，新的电子发票已经发到您的邮箱，请您查收。",
     "expect": [], "channel": "email",
     "note": "'You are right, this was our mistake, the invoice title was wrong; sorry for the trouble, "
             "the new e-invoice is in your mailbox.' Near miss: owning the company's mistake."},
    {"text": "退款没有到账，是因为申请时填写的银行卡号有误，款项被银行退了回来。我们已经重新提交，预计5月20日前到账。",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "'The refund did not arrive because the card number filled in on the request was wrong, so "
             "the bank returned it.' Blame in the passive/impersonal voice, in an otherwise helpful reply."},
    {"text": "这次延误是因为暴雪导致华北部分高速公路封闭，包裹并没有丢失。目前预计3月8日送达，您可以在订单页面查看最新位置。",
     "expect": [], "channel": "social",
     "note": "'The delay is due to a blizzard closing motorways in north China; the parcel is not lost; "
             "expected 8 March.' Near miss: a neutral cause, nobody blamed."},
    {"text": "不好意思，规定就是规定，超过七天的订单一律不能退。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'Sorry, rules are rules, orders older than seven days cannot be returned, no exceptions.' "
             "Flat refusal, polite opener, nothing offered."},
    {"text": "您的包裹由顺丰速运配送，目前在杭州转运中心，预计明天下午送达。如果您明天不方便收货，可以在订单页面选择改约时间。",
     "expect": [], "channel": "chat",
     "note": "'Your parcel is delivered by SF Express, now at the Hangzhou hub, expected tomorrow "
             "afternoon; you can reschedule on the order page.' Near miss: the courier partner named "
             "neutrally."},
    {"text": "之前接待您的那位同事显然不太懂业务，给您的信息完全是错的。其实这款冰箱是可以分十二期免息的。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'The colleague who served you before obviously doesn't know the job, what he told you was "
             "completely wrong; in fact this fridge can be paid in 12 interest-free instalments.' "
             "Speaking badly of a colleague."},
    {"text": "主管的私人手机号不方便提供，不过我已经把您的情况转达给她，并约好她今天下午五点前用客服热线给您回电。"
             "如果您希望换个时间，直接告诉我就行。",
     "expect": [], "channel": "chat",
     "note": "'I can't give out the supervisor's private mobile, but I passed on your case and arranged "
             "for her to call you back on the hotline before 5 pm today; tell me if another time suits "
             "better.' Near miss of refusing contact details: a callback is arranged."},
    {"text": "我们收到的退货申请里没有商品照片，所以审核才一直没有通过。现在照片已经补齐，审核会在两个工作日内完成。",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "'The return request we received had no photos of the item, that's why it never passed "
             "review.' Impersonal blame: the customer's incomplete request is named as the cause."},
    {"text": "抱歉，安装师傅的手机号和主管的姓名我们都不能告诉您，这是公司规定。",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'Sorry, we can tell you neither the installer's mobile number nor the supervisor's name, "
             "company rules.' Refusing contact details with no alternative."},
    {"text": "商品详情页上写得清清楚楚，这款沙发不包含上楼搬运费。您下单前应该仔细阅读说明。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'The product page says it perfectly clearly: this sofa does not include carrying upstairs. "
             "You should have read the description before ordering.' Lecturing."},
    {"text": "如果当时签收时当面验了货，现在就不会有这个问题了。目前只能按破损理赔流程来处理。",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'If the goods had been checked at delivery, this problem would not exist now. Now it can "
             "only go through the damage-claim procedure.' Implied blame through a counterfactual."},
    {"text": "您搞错了，这张优惠券是5月1日过期的，不是5月31日。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'You've got it wrong, this coupon expired on 1 May, not 31 May.' Contradicting the customer."},
    {"text": "我们合作的这家快递公司实在太不靠谱了，丢件是常有的事。我这就给您重新发一件。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'The courier firm we work with is really unreliable, losing parcels happens all the time. "
             "I'll send you a new one right away.' Speaking badly of a partner while helping."},

    # ---------------- R-TALK-9: 8 violations + 6 clean -------------------------------------------
    {"customer": "我上周买的空气净化器今天降价了200块，能补差价吗？另外发票什么时候开？",
     "text": "您好，电子发票会在您确认收货后的24小时内发送到您的邮箱，请注意查收。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: the purifier I bought last week is 200 yuan cheaper today; can I get the "
             "difference back? and when is the invoice issued? Reply answers only the invoice; the "
             "price-difference question is ignored."},
    {"customer": "为什么我的订单显示已签收？我根本没收到啊",
     "text": "给您带来不便，很抱歉。订单显示已签收，是因为快递员把包裹放进了您小区东门的快递柜，取件码是6621。"
             "如果柜子里找不到，请回复我，我立刻联系快递公司核实。",
     "expect": [], "channel": "chat",
     "note": "Customer: why does my order show as delivered? I never got it. Reply: because the courier "
             "put it in the parcel locker at the east gate, code 6621; if not there, I'll check with the "
             "courier. The 'why' is answered."},
    {"customer": "洗衣机装好第二天就漏水，你们到底什么时候派人来修？",
     "text": "非常抱歉给您带来这么大的麻烦，刚装好就漏水，换成谁都会着急，我能理解您现在的心情。",
     "expect": ["R-TALK-9"], "channel": "phone",
     "note": "Customer: the washing machine leaked the day after installation; when are you sending "
             "someone? Reply: apology and sympathy only; 'when' is not answered."},
    {"customer": "想问下退货的运费谁出 还有退款多久能到",
     "text": "这次是质量问题，退货运费由我们承担，快递员上门取件时您不用付钱。退款会在我们收到退货后的3个工作日内原路退回。",
     "expect": [], "channel": "chat",
     "note": "Customer (embedded, no '?'): who pays return shipping, and how long until the refund? "
             "Reply: we pay, nothing to pay at pick-up; refund within 3 working days of receipt. Both "
             "answered."},
    {"customer": "我的退款申请提交一周了，什么时候能到账？",
     "text": "您的退款申请目前在财务审核环节，相关同事正在核对。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: refund requested a week ago, when will it arrive? Reply: 'your request is in "
             "the finance review stage, colleagues are checking it' - same topic, no time given."},
    {"customer": "预售的那款投影仪到底哪天发货",
     "text": "目前厂家还没有给出确切的发货日期，我暂时没法告诉您准确的日子。我会继续跟进，并在本周四（5月16日）前给您回电告知结果。",
     "expect": [], "channel": "chat",
     "note": "Customer (no '?'): which day does the pre-order projector ship? Reply: the maker has not "
             "given a date yet; I'll follow up and call you by Thursday 16 May. An honest, dated 'I'll "
             "find out' addresses the question."},
    {"customer": "换一个新的遥控器要多少钱？",
     "text": "您可以在订单详情页点击“申请售后”，选择“配件购买”，填写电视型号后提交就可以了。",
     "expect": ["R-TALK-9"], "channel": "web_form",
     "note": "Customer: how much is a replacement remote control? Reply explains only how to apply "
             "(after-sales page, accessories); no price."},
    {"customer": "会员积分不会过期的吧？我攒了两年了",
     "text": "不会过期，您放心。今年起会员积分长期有效，您这两年攒下的3260积分都还在账户里。",
     "expect": [], "channel": "chat",
     "note": "Customer (tag question): the points don't expire, do they? I've saved for two years. "
             "Reply: they don't, all 3,260 points are still there. Answered."},
    {"customer": "我能用两张优惠券一起付款吗？",
     "text": "您的优惠券可以在“我的—卡券包”里查看，结算页面也会显示当前可以使用的优惠券。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: can I pay with two coupons together? Reply says only where coupons are shown; "
             "whether two can be combined is not answered."},
    {"customer": "能不能帮我把送货时间改到周六？顺便问下周六配送要加钱吗",
     "text": "已经为您改到本周六（6月8日）上午配送。周六送货不额外收费。",
     "expect": [], "channel": "chat",
     "note": "Customer: could you move the delivery to Saturday (request as question)? and does "
             "Saturday delivery cost extra? Reply: done, Saturday 8 June morning; no extra charge. Both "
             "addressed."},
    {"customer": "为什么我的订单被取消了？我没点取消啊",
     "text": "您的货款会在1到3个工作日内原路退回。如果您还需要这件商品，可以重新下单。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: why was my order cancelled? I didn't cancel it. Reply says only what happens "
             "next (refund in 1-3 days, you can reorder); the 'why' is not answered."},
    {"customer": "床垫能送货上楼吗？我住六楼，没电梯。要额外付钱吗？旧床垫可以帮忙搬走吗？",
     "text": "可以送货上楼，师傅会直接搬到您家里。没有电梯的话从二楼起每层加收10元，六楼一共50元。旧床垫可以免费帮您搬走，"
             "送货时跟师傅说一声就行。",
     "expect": [], "channel": "chat",
     "note": "Customer: can the mattress be carried up? 6th floor, no lift. Extra cost? Can you take the "
             "old one away? Reply: yes; 10 yuan per floor from the 2nd, 50 in all; the old one is taken "
             "free. All three answered."},
    {"customer": "三个问题：1.这个电饭煲是几升的？2.内胆是不是不粘的？3.保修几年？",
     "text": "您好，这款电饭煲的容量是4升，内胆是不粘涂层的。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer asks three numbered questions (capacity, non-stick, warranty years). Reply "
             "answers capacity and non-stick; the warranty question is skipped."},
    {"customer": "我在你们这买的手机，可以拿去线下门店修吗？",
     "text": "您的手机还在保修期内，保修截止到明年3月2日，期间维修是免费的。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: can I take the phone I bought from you to a physical store for repair? Reply "
             "answers about warranty and cost, not whether a store repair is possible."},

    # ---------------- R-TALK-2 (closing): 5 violations + 4 clean --------------------------------
    {"text": "感谢您的耐心等待，以后有任何问题，欢迎随时联系我们。再见！",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "'Thank you for waiting; any problem in future, contact us any time. Goodbye!' No question "
             "whether anything else is needed."},
    {"text": "请问还有其他可以帮您的吗？感谢您选择路墨商城，之后有需要随时来找我们。祝您生活愉快，再见！",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "'Anything else I can help with? Thank you for choosing Lumo Shop; come to us any time. "
             "Goodbye!' All four parts."},
    {"text": "请问关于这次退款，您还有其他疑问吗？如有需要，欢迎随时回复本邮件。" + SIG.format("李娜"),
     "expect": ["R-TALK-2"], "position": "closing", "channel": "email",
     "note": "E-mail closing: 'Any other questions about this refund? Reply to this mail any time. "
             "Regards.' No thanks."},
    {"text": "请问还有什么需要我们协助的吗？非常感谢您的来信和耐心。今后如有任何需要，欢迎随时与我们联系。" + SIG.format("张伟"),
     "expect": [], "position": "closing", "channel": "email",
     "note": "E-mail closing: anything else? / thanks for writing and your patience / contact us any "
             "time / 此致敬礼 sign-off as goodbye. All four parts."},
    {"text": "请问还有别的问题吗？感谢您的咨询，祝您购物愉快，再见！",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "chat",
     "note": "'Any other questions? Thank you for asking, happy shopping, goodbye!' Nothing says the "
             "customer can come back."},
    {"text": "还有其他事情需要我处理吗？谢谢您的来电，以后有任何问题都可以再打这个电话。再见！",
     "expect": [], "position": "closing", "channel": "phone",
     "note": "'Anything else for me to handle? Thank you for calling; you can call this number again "
             "with any problem. Goodbye!' All four parts."},
    {"text": "还有什么可以帮您的吗？谢谢您一直以来的支持，有问题随时联系我们。",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "chat",
     "note": "'Anything else I can help with? Thank you for your support; contact us any time.' No "
             "goodbye."},
    {"text": "请问您还有别的想了解的吗？谢谢您耐心等我查询，之后有问题随时在这里留言就好。祝您周末愉快，再见。",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "'Anything else you'd like to know? Thanks for waiting while I checked; leave a message "
             "here any time. Have a nice weekend, goodbye.' All four parts in other wording."},
    {"text": "还需要我帮您查其他订单吗？没有的话，以后有问题随时联系我们，再见！",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "'Shall I check any other order for you? If not, contact us any time, goodbye!' No thanks."},

    # ---------------- R-LETTER-1: 4 violations + 4 clean ----------------------------------------
    {"text": "尊敬的刘先生：\n\n您好！您通过路墨商城分期购买的双门冰箱，第三期款项1280元已于2025年5月15日到期，"
             "截至6月1日，我们尚未收到该笔还款。\n\n路墨商城客户服务中心\n2025年6月2日",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: the third instalment of 1,280 yuan was due on 15 May and is still unpaid on "
             "1 June. States the arrears and stops: nothing on how or by when to pay."},
    {"text": "尊敬的陈女士：\n\n您好！您申请开具的增值税专用发票还缺少营业执照复印件。请于2025年6月20日前，"
             "将复印件上传至“我的订单—发票服务”页面，或发送至 invoice@lumoshop.cn。我们收到后3个工作日内为您开具发票。"
             "\n\n路墨商城客户服务中心\n2025年6月5日",
     "expect": [], "channel": "letter",
     "note": "Letter: the VAT invoice request lacks a copy of the business licence; upload it or e-mail "
             "it by 20 June; invoice issued within 3 working days. What, by when, how."},
    {"text": "尊敬的赵先生：\n\n您好！原定于6月12日上午的空调安装，因安装师傅排期调整，改为6月14日下午2点至5点。"
             "给您带来不便，我们深表歉意。\n\n路墨商城客户服务中心\n2025年6月9日",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: the air-conditioner installation moves from 12 June morning to 14 June 2-5 pm; "
             "apology. Nothing on whether to confirm, be home, or ask for another slot."},
    {"text": "尊敬的孙女士：\n\n您好！您送修的扫地机器人已于6月5日修复，并已通过顺丰寄回，快递单号SF1234567890。"
             "您无需办理任何手续，维修费用由我们承担，包裹送到时正常签收即可。\n\n路墨商城售后服务部\n2025年6月5日",
     "expect": [], "channel": "letter",
     "note": "Letter: the robot vacuum is repaired and posted back; no formalities needed, we pay the "
             "repair, just sign for the parcel. Says what (almost nothing) is needed and why."},
    {"text": "尊敬的周先生：\n\n您好！关于您5月20日的投诉，经核查，配送员确实没有按约定时间送货。我们已对相关配送站点"
             "进行了内部处理，并再次向您表示诚挚的歉意。\n\n路墨商城客户服务中心\n2025年5月27日",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: complaint of 20 May checked, the delivery was indeed late; the depot was dealt "
             "with; apology. A complaint decision with no word on what follows for the customer."},
    {"text": "尊敬的吴女士：\n\n您好！您退回的空气炸锅已于6月3日入库，退款569元已原路退回您的支付宝账户，"
             "通常1至3个工作日到账。您无需再提交任何申请。\n\n路墨商城客户服务中心\n2025年6月3日",
     "expect": [], "channel": "letter",
     "note": "Letter: the returned air fryer arrived, 569 yuan refunded to Alipay, usually 1-3 working "
             "days; nothing further to submit. Nothing is needed and why."},
    {"text": "尊敬的郑先生：\n\n您好！您的路墨商城黄金会员将于2025年7月31日到期。自2025年8月1日起，"
             "黄金会员年费由198元调整为228元。\n\n路墨商城会员服务中心\n2025年7月1日",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: gold membership expires 31 July; from 1 August the fee rises from 198 to 228 yuan. "
             "States the facts and stops: nothing on renewing, or that nothing is needed."},
    {"text": "尊敬的黄女士：\n\n您好！您的黄金会员将于2025年7月31日到期。如需续费，请在到期前登录路墨商城App，"
             "在“会员中心”点击“续费”。如不续费，您无需任何操作，会员到期后自动转为普通会员，已有积分全部保留。"
             "\n\n路墨商城会员服务中心\n2025年7月1日",
     "expect": [], "channel": "letter",
     "note": "Letter: membership expires 31 July; to renew, tap Renew in the app before then; if not, "
             "nothing is needed, it becomes a standard membership and points are kept. Clean."},
]


def tr(channel, agent, turns, phone_rings=0):
    out = []
    if channel == "phone":
        out += [{"event": "ring"}] * phone_rings + [{"event": "answer", "by": "agent"}]
    for sp, text in turns:
        out.append({"speaker": sp, "text": text})
    if channel == "phone":
        out.append({"event": "hangup", "by": "customer"})
    return {"version": 1, "lang": "zh-Hans", "channel": channel, "agent": agent,
            "organisation": "路墨商城", "turns": out}


A, K = "agent", "customer"

TRANSCRIPTS = [
    {"transcript": tr("phone", "王敏", [
        (A, "您好，这里是路墨商城，我是王敏，请问有什么可以帮您？"),
        (K, "我这已经是第三次打电话了，洗衣机买了十天，到现在还没人来装。"),
        (A, "我非常理解您的心情。"),
        (K, "理解有什么用，那你们打算怎么办？"),
        (A, "我现在就为您重新预约，明天上午9点到12点安装师傅上门，师傅出发前会先给您打电话。"),
        (K, "好吧。"),
        (A, "请问还有其他可以帮您的吗？"),
        (K, "没有了。"),
        (A, "谢谢您的来电，以后有任何问题欢迎随时联系我们。再见！"),
    ], phone_rings=2),
     "expect": ["R-TALK-12"],
     "note": "Phone. Complaint 'third time I'm calling, nobody has come to install' -> 'I fully "
             "understand how you feel' only: no apology, nothing done: R-TALK-12. The customer's "
             "second turn ('what use is understanding, what will you do?') is also a complaint, and "
             "the reply books an installer but again does not apologise: R-TALK-12 (same label). "
             "Closing spread over the last two agent turns, complete."},
    {"transcript": tr("chat", "李娜", [
        (A, "您好，欢迎光临路墨商城，我是客服李娜，请问有什么可以帮您？"),
        (K, "包裹说好昨天到，结果到现在都没动静，留言也没人回！！"),
        (A, "非常抱歉让您久等了。我刚查到包裹滞留在上海转运中心，已经联系快递公司今天优先派送，并为您申请了一张10元补偿券。"),
        (K, "补偿券怎么用"),
        (A, "补偿券已放入您的账户，在“我的—卡券包”里可以看到，下单满50元就能使用。还有其他需要帮忙的吗？"),
        (K, "没了 谢谢"),
        (A, "感谢您的耐心，之后有任何问题随时在这里找我们。再见！"),
    ]),
     "expect": [],
     "note": "Chat. Complaint 'parcel promised yesterday, nothing moving, nobody answers!!' -> apology, "
             "the cause found, priority delivery today and a 10-yuan voucher. Question on the voucher "
             "answered; closing complete. Clean."},
    {"transcript": tr("phone", "张伟", [
        (A, "您好，路墨商城客服张伟，很高兴为您服务，请问有什么需要帮忙的？"),
        (K, "你们发来的平板是坏的，一开机屏幕就花了，太让人失望了。"),
        (A, "我这边给您安排换货，明天快递员上门取件，同时给您寄出一台新的。"),
        (K, "新的什么时候能到？"),
        (A, "新机预计后天送达，到时请您当面验货。还有其他问题吗？"),
        (K, "没有。"),
        (A, "感谢您的来电，有需要随时再打给我们。再见！"),
    ], phone_rings=1),
     "expect": ["R-TALK-12"],
     "note": "Phone. Complaint 'the tablet you sent is broken, very disappointing' -> the agent arranges "
             "an exchange but never apologises (offer without apology): R-TALK-12. Question answered, "
             "closing complete."},
    {"transcript": tr("chat", "刘洋", [
        (A, "您好，我是路墨商城客服刘洋，请问有什么可以帮您？"),
        (K, "退款一个星期了还没到，你们就是这样做生意的？"),
        (A, "退款需要先经过仓库验货，再由财务审核，最后由银行处理，每一步都有固定的处理时间。"),
        (K, "那现在到哪一步了"),
        (A, "仓库已于6月3日验货完成，退款今天已提交银行，预计1至3个工作日到账。6月10日我会再帮您查一次，并在这里留言告诉您结果。"),
        (K, "好"),
        (A, "请问还有其他需要帮忙的吗？"),
        (K, "没有"),
        (A, "谢谢您的耐心，有问题随时来找我们。再见！"),
    ]),
     "expect": ["R-TALK-12"],
     "note": "Chat. Complaint 'refund a week late, is this how you do business?' -> the agent explains "
             "the process (a justification) with no apology and nothing offered: R-TALK-12. The status "
             "and a dated follow-up come after the customer asks. Closing complete."},
    {"transcript": tr("phone", "陈静", [
        (A, "您好，路墨商城，我是陈静，请问有什么可以帮您？"),
        (K, "你们的客服太差劲了，打了半天电话都没人接！"),
        (A, "请您提供一下订单号。"),
        (K, "2025060512345。"),
        (A, "谢谢。您订的是一台冰箱，目前已经到了本地配送站，配送站安排在今天下午2点到6点送货。"),
        (K, "好的，知道了。"),
        (A, "还有其他可以帮您的吗？"),
        (K, "没有了。"),
        (A, "谢谢您的来电，以后有需要随时打给我们。再见。"),
    ], phone_rings=3),
     "expect": ["R-TALK-12"],
     "note": "Phone. Insulting complaint 'your service is terrible, nobody answered for ages!' -> the "
             "agent only asks for the order number: no apology, no way forward: R-TALK-12. Three ring "
             "events (not more than three). Closing complete."},
    {"transcript": tr("phone", "赵磊", [
        (A, "您好，这里是路墨商城，我是赵磊，请问有什么可以帮您？"),
        (K, "这已经是你们第二次送错颜色了，我要的是灰色，送来的又是白色。"),
        (A, "实在抱歉，两次都送错是我们的失误。我现在为您安排换成灰色，明天上午快递员上门取回白色的，同时把灰色的送到，运费由我们承担。"),
        (K, "这次能确定是灰色吗？"),
        (A, "我刚核对过仓库的出库记录，这次发出的是灰色款，包装上也贴了颜色标签。"),
        (K, "行。"),
        (A, "请问还有其他需要吗？"),
        (K, "没有了，谢谢。"),
        (A, "感谢您的理解，之后有任何问题都欢迎随时来电。再见！"),
    ], phone_rings=2),
     "expect": [],
     "note": "Phone. Complaint 'second time you sent the wrong colour' -> apology owning the mistake, "
             "exchange tomorrow morning at our cost. Question ('sure it's grey this time?') answered "
             "with what was checked, no casual guarantee. Closing complete. Clean."},
]
