"""dev6, Simplified Chinese (writer B). 路墨商城 / Lumo Shop. Agents always use 您."""

LANG = "zh-Hans"

CS = "\n\n路墨商城客户服务中心"


def q(customer, text, expect, note, channel="chat"):
    return {"customer": customer, "text": text, "expect": expect, "note": note,
            "channel": channel}


def cl(text, expect, note, channel=None):
    return {"text": text, "expect": expect, "note": note, "position": "closing",
            "channel": channel}


def letter(text, expect, note):
    return {"text": text, "expect": expect, "note": note, "channel": "letter"}


def t6(text, expect, note, channel="chat"):
    return {"text": text, "expect": expect, "note": note, "channel": channel}


def mix(section):
    """Order a section as V C C V V C C V ... so that each requirement's violations and clean
    items fall evenly on odd and even ids (the two halves)."""
    vs = [it for it in section if it["expect"]]
    cs = [it for it in section if not it["expect"]]
    out = []
    pattern = "VCCV"
    i = 0
    while vs or cs:
        want = pattern[i % 4]
        i += 1
        if (want == "V" and vs) or not cs:
            out.append(vs.pop(0))
        else:
            out.append(cs.pop(0))
    return out


S_TALK9 = [
    # ---------------- R-TALK-9: 6 violations + 10 clean ----------------
    q("我上周五下的单，到现在还没发货。什么时候能发？另外能不能改成顺丰？",
      "您好，可以为您改成顺丰快递，运费差价由我们承担。您的订单目前正在仓库备货，我们会尽快为您处理。",
      ["R-TALK-9"],
      "Customer: ordered last Friday, still not shipped. When will it ship? Can it go by SF Express? Agent: yes, SF, we cover the difference; the order is being prepared and we'll handle it as soon as possible. 'When?' gets no date: dodged."),
    q("收到的电饭煲内胆有划痕，可以换一个新的吗？需要我先寄回去吗",
      "可以为您换新。您不用先寄回，我们已预约快递员6月12日上午上门，送新内胆时会同时取走旧的，运费由我们承担。",
      [],
      "Customer: the rice-cooker bowl is scratched, can I get a new one? Do I have to send it back first (no '?')? Agent: yes; no need to send first, courier booked for 12 June morning swaps old for new, we pay postage. Both answered. Clean."),
    q("如果我现在退掉会员年卡，能退多少钱？",
      "退会员年卡需要在“我的—会员中心”里提交退卡申请，审核通过后，款项会原路退回您的支付账户。",
      ["R-TALK-9"],
      "Customer: if I cancel my annual membership now, how much do I get back? Agent explains only the procedure (apply in the member centre, refund to the original account) and gives no amount. 'How much?' dodged."),
    q("满299减50的券能和店铺券一起用吗？",
      "可以叠加使用。以您购物车里328元的商品为例，用上满减券和20元店铺券后，实付258元。",
      [],
      "Customer: can the 50-off-299 coupon be combined with the shop coupon? Agent: yes; for the 328 yuan in the cart, both coupons bring it to 258 yuan. Yes/no with a number. Clean."),
    q("你好，我想了解一下发票能不能开成公司抬头，还有电子发票多久能收到。",
      "您好，可以开公司抬头的发票。请在订单详情页点击“申请发票”，选择“单位”，再填写公司名称和税号即可。",
      ["R-TALK-9"],
      "Customer (embedded, no '?'): I'd like to know whether the invoice can be made out to my company, and how long the e-invoice takes. Agent answers the company title and how to apply, but not 'how long'. One question unaddressed."),
    q("我的包裹显示已签收，但我根本没收到，到底是谁签的？",
      "目前我这边还查不到具体的签收人，已经联系快递公司核实，明天（周四）下午5点前给您回电话说明结果。如果确认包裹丢失，我们会为您重新发货。",
      [],
      "Customer: tracking says delivered but I never got it; who on earth signed for it? Agent: I can't see the signer yet, I've asked the courier and will call you back by 5 pm tomorrow (Thursday); if lost, we reship. An honest 'don't know yet' with a dated follow-up. Clean."),
    q("这个空调是包安装的吧？安装的时候要另外收打孔费吗？",
      "是的，这款空调包含免费标准安装，下单后安装师傅会在48小时内联系您预约上门时间。",
      ["R-TALK-9"],
      "Customer: installation is included, isn't it (tag question)? Is the wall-drilling fee charged extra? Agent confirms free standard installation and the booking call, but says nothing about the drilling fee. One question unaddressed."),
    q("能帮我把收货地址改成公司的吗？浦东新区张江路88号5楼。",
      "已为您把收货地址改为浦东新区张江路88号5楼。包裹还没有出库，修改会直接生效。",
      [],
      "Customer: could you change the delivery address to my office (request as a question)? Agent: done; the parcel hasn't left the warehouse, so the change applies. Answered by the action. Clean."),
    q("我买的扫地机器人连不上wifi。是机器坏了吗？能退吗？退的话运费谁出",
      "从您描述的情况看，机器本身应该没有故障，多半是路由器只开了5G频段，请切换到2.4G频段后再试。如果仍然连不上，您可以在签收后7天内申请无理由退货。",
      ["R-TALK-9"],
      "Customer, three questions: is the robot vacuum broken? Can I return it? Who pays return shipping (no '?')? Agent answers the first two (probably not broken, try 2.4G; returnable within 7 days) but not who pays postage. One unaddressed."),
    q("买的羽绒服有点大，能换小一码吗",
      "可以换。请在订单页点击“申请换货”并选择M码，我们收到原件后当天寄出新的。",
      [],
      "Customer (no '?'): the down jacket is a bit big, can I swap for one size smaller? Agent: yes, apply for an exchange and pick M (different words: M for 'one size smaller'). Clean."),
    q("退款申请提交五天了还没到账，钱什么时候退给我？",
      "非常抱歉让您久等了。您的退款申请我们已经收到，财务同事正在加紧处理，请您耐心等待。",
      ["R-TALK-9"],
      "Customer: refund request five days ago, money not in yet; when will I get it? Agent apologises and says finance is working on it, please wait. 'When?' answered only with 'we are working on it'."),
    q("同一个问题我已经问了三次了，你们客服是不是都不看消息的？我就想知道换货的新手机寄出来没有。",
      "很抱歉让您重复说明。新手机已于今天上午寄出，顺丰单号SF1234567890，预计后天送达。",
      [],
      "Customer: I've asked three times, does your service team not read messages at all (rhetorical)? I just want to know whether the replacement phone has shipped. Agent apologises and answers: shipped this morning, tracking number, expected the day after tomorrow. Rhetorical question needs no answer. Clean."),
    q("请问周末可以送货吗",
      "可以，周六和周日都正常配送，您下单时在“配送时间”里选择周末即可。",
      [],
      "Customer (no '?'): can you deliver at weekends? Agent: yes, Saturday and Sunday both, choose it at checkout. Bare yes with detail. Clean."),
    q("订单还能取消吗？取消后优惠券会退回来吗？",
      "我已经为您取消了订单，使用的满减券也已退回您的账户，有效期不变。",
      [],
      "Customer: can the order still be cancelled? Will the coupon come back? Agent answers both in one sentence by the action: cancelled, coupon returned, same validity. Clean."),
    q("我家冰箱约了维修，师傅具体哪天来？",
      "维修师傅已约在6月18日（周三）下午2点到4点上门，出发前会先给您打电话。",
      [],
      "Customer: the fridge repair is booked, which day exactly will the technician come? Agent: Wednesday 18 June, 2-4 pm, with a call before leaving. Answered with a date. Clean."),
    q("自提点在哪里？几点关门",
      "您选的自提点是海淀区中关村大街27号一层的路墨商城服务站，每天营业到晚上9点。",
      [],
      "Customer: where is the pick-up point? What time does it close (no '?')? Agent: the address and 'open until 9 pm' (paraphrase of closing time). Both answered. Clean."),
]

S_TALK6 = [
    # ---------------- R-TALK-6: 6 violations + 10 clean ----------------
    t6("包裹退回仓库，是因为您填写的手机号少了一位，快递员联系不上您。我们已经重新安排发货。",
       ["R-TALK-6"],
       "The parcel went back to the warehouse because the phone number you entered was missing a digit, so the courier couldn't reach you. We've reshipped. Blame in plain words."),
    t6("您的付款在优惠活动结束后才到账，所以系统自动按原价计算了。我已经为您补上18元差价，原路退回。",
       [],
       "Your payment arrived after the promotion ended, so the system charged the full price automatically; I've refunded the 18 yuan difference. Neutral cause, fixed: near miss of blame. Clean."),
    t6("下单前您应该先看清楚商品尺寸，页面上已经写得很清楚了。这次可以帮您办理退货。",
       ["R-TALK-6"],
       "You should have checked the size before ordering; the page states it clearly. This time we can process a return. Lecturing ('you should have')."),
    t6("这次是我们发错了颜色，实在对不起。正确的蓝色款今天已经寄出，错发的那件您不用寄回。",
       [],
       "We sent the wrong colour this time, we're truly sorry. The correct blue one shipped today; no need to return the wrong one. Owning the company's mistake. Clean."),
    t6("该商品已超过七天无理由退货期限，不予退货，请知悉。",
       ["R-TALK-6"],
       "This item is past the seven-day no-reason return period; return not accepted, please be informed. Flat bureaucratic refusal, nothing offered."),
    t6("这不是您操作的问题，是我们页面上的优惠信息显示有误。已按页面显示的价格为您退还25元差价。",
       [],
       "It's not a problem with what you did; our page showed the discount wrongly. We've refunded the 25 yuan difference. Negated blame. Clean."),
    t6("说实话，这家快递公司一直很不靠谱，经常丢件。我已经帮您重新补发一件，今天下午发出。",
       ["R-TALK-6"],
       "Honestly, this courier company has always been unreliable and loses parcels all the time. I've sent a replacement, shipping this afternoon. Running down a partner while helping."),
    t6("这款商品是定制刻字的，按规定不能无理由退货。不过，如果刻字有误或商品有质量问题，我们可以免费为您重做一件。",
       [],
       "This item is custom-engraved, so under the rules it can't be returned without reason; but if the engraving is wrong or there is a quality problem, we'll remake it free. Refusal with an alternative. Clean."),
    t6("抱歉，我们不提供商家的联系电话，也不提供其他任何联系方式。",
       ["R-TALK-6"],
       "Sorry, we do not provide the seller's phone number or any other contact details. Refusing contact details, nothing offered."),
    t6("按照我们电话里约好的，上门取件时间定在明天上午9点到11点，取件员会提前半小时联系您。",
       [],
       "As we agreed on the phone, pick-up is tomorrow 9-11 am; the courier will call half an hour before. 'As agreed', not 'as I already told you'. Clean."),
    t6("您说的不对，我们从来没有收过您这笔运费，系统记录里根本没有。",
       ["R-TALK-6"],
       "What you say is wrong; we never charged you this shipping fee, there's nothing at all in the records. Contradicting / arguing."),
    t6("快递由我们的合作伙伴顺丰负责，他们的客服一向响应很及时。我已经把您的情况发给他们，今天下午5点前我会给您回电，告诉您处理结果。",
       [],
       "Delivery is handled by our partner SF Express, whose service team is always quick to respond. I've passed on your case and will call you back by 5 pm today with the result. Partner named and praised; own dated commitment. Clean."),
    t6("为了尽快找到原因，麻烦您看看包装盒侧面的生产日期，拍照发给我们。收到照片后，我马上为您处理。",
       [],
       "To find the cause quickly, could you please check the production date on the side of the box and send a photo? I'll deal with it as soon as I get it. Asking the customer politely to check something. Clean."),
    t6("商家的个人电话不方便提供，不过您可以在订单页点击“联系商家”直接留言，我也可以现在帮您转达，商家一般会在2小时内回复。",
       [],
       "I can't give out the seller's personal phone, but you can message them from the order page, or I can pass your message on now; sellers usually reply within 2 hours. Near miss of refusing contact details: another channel offered. Clean."),
    t6("您看到的两笔扣款，其中一笔是银行的临时冻结，并没有真正扣钱，一般会在3个工作日内自动解除。如果到时还没恢复，您随时联系我，我来帮您跟进。",
       [],
       "Of the two charges you see, one is a temporary hold by the bank, not an actual charge; it is usually released within 3 working days. If not, contact me and I'll follow up. A kind correction of a misunderstanding with help. Clean."),
    t6("根据平台规定，开具增值税专用发票需要提供公司的税号和开户行信息。您把这些信息发给我以后，我今天就为您开好，并发送到您的邮箱。",
       [],
       "Under platform rules, a special VAT invoice needs the company's tax number and bank details; once you send them, I'll issue it today and e-mail it. Rule stated politely with help. Clean."),
]

S_TALK2 = [
    # ---------------- R-TALK-2 (closing): 5 violations + 8 clean ----------------
    cl("请问还有其他需要帮忙的吗？没有的话，感谢您的耐心，祝您生活愉快，再见！",
       ["R-TALK-2"],
       "Anything else I can help with? If not, thanks for your patience, all the best, goodbye! Asks, thanks, goodbye; never says the customer can come back. Missing one part.",
       "chat"),
    cl("请问还有什么可以帮您的吗？以后有任何问题，欢迎随时联系我们。感谢您的来电，再见！",
       [],
       "Is there anything else I can help with? Any question later, you're welcome to contact us any time. Thank you for calling, goodbye! All four parts. Clean.",
       "phone"),
    cl("请问您还有其他问题吗？如有需要，欢迎随时回复本邮件。\n\n此致\n敬礼\n路墨商城客服 王丽",
       ["R-TALK-2"],
       "Do you have any other questions? If needed, you are welcome to reply to this e-mail any time. 此致敬礼 (sign-off = goodbye). No thanks. Missing one part.",
       "email"),
    cl("感谢您对路墨商城的支持。请问关于这笔退款，您还有其他疑问吗？今后如有需要，欢迎随时回复此邮件或拨打400-820-6688。\n\n此致\n敬礼\n路墨商城客服 李娜",
       [],
       "Thank you for supporting Lumo Shop. Do you have any other questions about this refund? If needed later, reply any time or call the hotline. 此致敬礼. All four parts. Clean.",
       "email"),
    cl("还有别的需要我帮您查的吗？感谢您的耐心等待，之后有问题随时来找我们。",
       ["R-TALK-2"],
       "Anything else you'd like me to check? Thank you for waiting patiently; come to us any time with questions. Asks, thanks, come back; no goodbye. Missing one part.",
       "chat"),
    cl("谢谢您的耐心！还有其他需要帮您处理的吗？如果没有，祝您购物愉快，有需要随时找我们，再见！",
       [],
       "Thank you for your patience! Anything else to sort out for you? If not, happy shopping, find us any time you need, goodbye! All four parts, thanks first. Clean.",
       "chat"),
    cl("好的，感谢您的来电。以后有问题欢迎随时打过来，祝您周末愉快，再见！",
       ["R-TALK-2"],
       "All right, thank you for calling. You're welcome to call any time with questions; have a nice weekend, goodbye! Thanks, come back, goodbye; the agent never asks whether anything else is needed. Missing one part.",
       "phone"),
    cl("在挂电话之前，还有什么我能帮您的吗？感谢您抽出时间，我们的热线24小时都有人接听，有需要随时打来。再见！",
       [],
       "Before we hang up, is there anything else I can do for you? Thank you for your time; our hotline is staffed 24 hours, call any time. Goodbye! All four parts. Clean.",
       "phone"),
    cl("请问还有别的问题吗？以后有需要，随时在这里找我们就可以。祝您生活愉快，再见！",
       ["R-TALK-2"],
       "Any other questions? Whenever you need, just find us here. All the best, goodbye! Asks, come back, goodbye; no thanks. Missing one part.",
       "chat"),
    cl("不客气！还有其他问题吗？谢谢您选择路墨商城，欢迎随时回来咨询。再见！",
       [],
       "You're welcome! Any other questions? Thank you for choosing Lumo Shop, you're welcome back any time. Goodbye! Short chat closing, all four parts. Clean.",
       "chat"),
    cl("您的换货申请已经处理完毕。请问还需要我们为您做些什么吗？今后如有任何疑问，欢迎随时与我们联系。再次感谢您的理解与支持。\n\n路墨商城客服 张伟 敬上",
       [],
       "Your exchange is done. Is there anything more we can do for you? Contact us any time with questions. Thank you again for your understanding. Signed 敬上 (sign-off = goodbye). All four parts. Clean.",
       "email"),
    cl("张女士，还有别的需要吗？谢谢您的来电，之后有任何问题，随时拨打这个号码找我们。祝您一切顺利，再见。",
       [],
       "Ms Zhang, anything else you need? Thank you for calling; call this number any time with questions. All the best, goodbye. All four parts. Clean.",
       "phone"),
    cl("感谢您今天的耐心配合。请问还有其他我可以帮您的吗？没有的话就先聊到这里，有需要随时再来找我们，祝您愉快，再见！",
       [],
       "Thank you for your patient cooperation today. Is there anything else I can help with? If not, we'll leave it here; come back any time you need. Goodbye! All four parts. Clean.",
       "chat"),
]

S_LETTER = [
    # ---------------- R-LETTER-1: 4 violations + 7 clean ----------------
    letter("尊敬的刘先生：\n\n您好！您于2025年3月在路墨商城分期购买的笔记本电脑，截至2025年6月5日，第三期款项1,266元尚未支付。" + CS + "\n2025年6月6日",
           ["R-LETTER-1"],
           "Dear Mr Liu, as of 5 June 2025 the third instalment of 1,266 yuan for the laptop you bought in March is unpaid. States the arrears and stops: no step, deadline or 'nothing needed'."),
    letter("尊敬的陈女士：\n\n您好！您的分期订单第二期款项899元已于6月1日到期，目前尚未支付。请您在6月15日前通过“我的—分期账单”完成还款。如您已经还款，请忽略本函。" + CS + "\n2025年6月3日",
           [],
           "Dear Ms Chen, the second instalment of 899 yuan was due on 1 June and is unpaid. Please pay by 15 June via 'My instalment bills'; if you have already paid, please disregard this letter. Step, deadline, how. Clean."),
    letter("尊敬的周先生：\n\n您好！我们已收到您为公司订单开具增值税专用发票的申请。经审核，申请资料中缺少营业执照复印件。" + CS + "\n2025年6月9日",
           ["R-LETTER-1"],
           "Dear Mr Zhou, we received your request for a special VAT invoice; on review, the business licence copy is missing. The gap is stated, but not what to send, how or by when. Implied, not told."),
    letter("尊敬的吴先生：\n\n您好！您申请开具增值税专用发票的资料中缺少营业执照复印件。请您于2025年6月20日前，将加盖公章的营业执照复印件扫描后发送至invoice@lumoshop.cn。我们收到后，将在3个工作日内开具发票并寄出。" + CS + "\n2025年6月9日",
           [],
           "Dear Mr Wu, the business licence copy is missing from your VAT invoice request. Please e-mail a stamped scan by 20 June 2025; we issue and post the invoice within 3 working days of receipt. Clean."),
    letter("尊敬的赵女士：\n\n您好！关于您5月12日提出的投诉，我们已完成调查。经核实，配送员确实未按约定时间送货，我们已对相关配送站点进行了处理。\n\n感谢您的监督。" + CS + "\n2025年5月20日",
           ["R-LETTER-1"],
           "Dear Ms Zhao, we have investigated your complaint of 12 May: the courier did miss the agreed time and the delivery station has been dealt with. Thank you for your oversight. Complaint decision stated; nothing about what happens for her or that nothing is needed."),
    letter("尊敬的钱女士：\n\n您好！关于您5月12日的投诉，经核实，配送员未按约定时间送货，责任在我方。我们已向您的账户发放50元补偿券，有效期至2025年12月31日。下次购物时结算页面会自动显示该券，您无需另行申请。" + CS + "\n2025年5月20日",
           [],
           "Dear Ms Qian, your complaint of 12 May is upheld: the courier missed the time, our fault. A 50 yuan voucher valid to 31 Dec 2025 is in your account; it shows automatically at checkout, no application needed. Nothing needed, and why. Clean."),
    letter("尊敬的孙先生：\n\n您好！原定于2025年6月14日上午为您上门安装空调的预约，因安装师傅临时生病，已经取消。对此给您带来的不便，我们深表歉意。" + CS + "\n2025年6月12日",
           ["R-LETTER-1"],
           "Dear Mr Sun, the air-conditioner installation booked for the morning of 14 June has been cancelled because the installer fell ill. We apologise for the inconvenience. No new time and no step (rebook, call): stops at the fact and apology."),
    letter("尊敬的李先生：\n\n您好！因安装师傅临时生病，原定6月14日上午的空调安装改为6月16日上午9点至12点。如新的时间方便，您无需任何操作；如不方便，请在6月15日18点前拨打400-820-6688，我们为您另约时间。\n\n给您带来不便，敬请谅解。" + CS + "\n2025年6月12日",
           [],
           "Dear Mr Li, the installation moved from 14 June to 16 June, 9-12. If that suits, nothing to do; if not, please call by 18:00 on 15 June to rebook. 'If ... then ...' next step. Clean."),
    letter("尊敬的吴女士：\n\n您好！您退回的吸尘器已于6月3日入库并检验合格，退款1,599元已原路退回您的支付宝账户。退款一般在1至3个工作日内到账，您无需再做任何操作；如5个工作日后仍未到账，请与我们联系。" + CS + "\n2025年6月3日",
           [],
           "Dear Ms Wu, your returned vacuum passed inspection on 3 June and 1,599 yuan has been refunded to your Alipay. It usually arrives in 1-3 working days; no action needed; if not there after 5 working days, contact us. Clean."),
    letter("尊敬的郑先生：\n\n您好！您的路墨商城年度会员将于2025年7月1日到期。如需继续享受免运费等权益，请在到期前登录账户，在“会员中心”点击“续费”。如不续费，会员权益将在到期后自动停止，您无需办理任何手续。" + CS + "\n2025年6月1日",
           [],
           "Dear Mr Zheng, your annual membership ends on 1 July 2025. To keep free shipping, renew in the member centre before then; if you don't renew, benefits simply stop and no formalities are needed. Renewal with 'you can' and 'nothing needed'. Clean."),
    letter("尊敬的黄女士：\n\n您好！您送修的咖啡机已于6月8日修复，并通过出厂检测。本次维修在保修期内，不收取任何费用。咖啡机已于今日寄回，您只需在签收时检查外包装是否完好即可。\n\n路墨商城售后服务中心\n2025年6月9日",
           [],
           "Dear Ms Huang, your coffee machine was repaired on 8 June and passed testing; under warranty, free of charge; posted back today, you only need to check the packaging on delivery. Completed repair with the one small step. Clean."),
]

ITEMS = mix(S_TALK9) + mix(S_TALK6) + mix(S_TALK2) + mix(S_LETTER)


def conv(agent, channel, turns):
    out = []
    for t in turns:
        if t[0] == "hangup":
            out.append({"event": "hangup", "by": t[1]})
        else:
            out.append({"speaker": t[0], "text": t[1]})
    return {"version": 1, "lang": "zh-Hans", "channel": channel, "agent": agent,
            "organisation": "路墨商城", "turns": out}


A, C = "agent", "customer"

TRANSCRIPTS = [
    {"transcript": conv("王敏", "chat", [
        (A, "您好，我是路墨商城客服王敏，很高兴为您服务，请问有什么可以帮您？"),
        (C, "我买的电热水壶用了两次就坏了，这质量也太差了吧！"),
        (A, "非常抱歉，给您带来这么糟糕的体验，真的很不好意思。"),
        (C, "那现在怎么办？"),
        (A, "您还在签收后15天内，可以直接换一台新的。我帮您提交换货，快递员上门取旧壶的同时把新壶送到，您看可以吗？"),
        (C, "可以。"),
        (A, "已经为您办好换货，取件时间是明天上午9点到12点。请问还有其他需要帮忙的吗？"),
        (C, "没有了"),
        (A, "感谢您的耐心，以后有任何问题欢迎随时找我们，再见！")]),
     "expect": ["R-TALK-12"],
     "note": "Kettle broke after two uses ('quality is terrible!'). The next agent turn apologises twice but offers nothing; the customer has to ask 'so what now?'. R-TALK-12. The exchange is then offered and the closing is complete over the last two agent turns."},
    {"transcript": conv("李强", "phone", [
        (A, "您好，路墨商城，我是客服李强，请问有什么可以帮您？"),
        (C, "我的沙发说好上周送到，到现在都没人联系我，你们到底还送不送？！"),
        (A, "实在抱歉让您久等了，我马上帮您查。方便告诉我订单号吗？"),
        (C, "LM20250601887。"),
        (A, "谢谢。查到了，您的沙发因为物流中心货物积压，目前还在上海仓库。我现在帮您改成专车配送，这周六上午送到您家，您看可以吗？"),
        (C, "周六可以，但是要有人帮忙安装。"),
        (A, "好的，已经备注，送货师傅会同时负责安装，不另外收费。还有其他需要我帮您处理的吗？"),
        (C, "没有了，就这样吧。"),
        (A, "感谢您的耐心和理解，以后有问题随时打这个电话找我们，再见！"),
        ("hangup", C)]),
     "expect": [],
     "note": "Late sofa ('到底 ... ?!' complaint) -> apology plus 'I'll check right away' and a question for the order number; then a concrete Saturday delivery offered as a question. '到底还送不送' answered by the new delivery. Closing spread over the last two agent turns. Clean."},
    {"transcript": conv("陈静", "chat", [
        (A, "您好，这里是路墨商城在线客服，我是陈静，请问有什么可以帮您？"),
        (C, "我需要这张订单的增值税专用发票，今天之内必须开好，公司要报销。"),
        (A, "好的，没问题。请您把公司名称、税号和开户行信息发到invoice@lumoshop.cn，我这边收到后立即开具。"),
        (C, "刚发过去了，你看下"),
        (A, "收到了，信息完整。发票已经开好，电子版刚刚发到您的邮箱，纸质版明天寄出。请问还有其他需要吗？"),
        (C, "纸质版大概几天能到"),
        (A, "寄往上海一般两天左右到达，快递单号会通过短信发给您。感谢您的配合，如有其他问题，欢迎随时在这里找我们。祝您工作顺利，再见！")]),
     "expect": [],
     "note": "VAT invoice needed 'today, without fail': firm but not a complaint, so no apology is owed. Questions answered (delivery time of the paper invoice). The anything-else question is in the agent turn before the last, the other three parts in the last. Clean."},
    {"transcript": conv("刘洋", "phone", [
        (A, "您好，路墨商城客服中心，我是刘洋，请问有什么可以帮您？"),
        (C, "你们寄来的手机屏幕是裂的！我刚拆开就发现了！"),
        (A, "真是对不起，给您添麻烦了。我现在就为您登记换新，新手机今天下午从仓库发出，快递员送新机时把旧手机一并取回，您看这样行吗？"),
        (C, "行，那快点。"),
        (A, "好的，已经登记，顺丰单号会通过短信发给您。还有别的需要帮您的吗？"),
        (C, "没有了。"),
        (A, "之后有任何问题，随时打这个电话找我们。再见！"),
        ("hangup", C)]),
     "expect": ["R-TALK-2"],
     "note": "Phone arrived with a cracked screen (complaint) -> apology and replacement offered: R-TALK-12 satisfied. 'OK, hurry up' is firm, not a complaint. The closing asks, says call any time and goodbye, but no agent turn in the closing exchange thanks the customer. R-TALK-2."},
    {"transcript": conv("赵婷", "chat", [
        (A, "您好，我是路墨商城客服赵婷，很高兴为您服务，请问有什么可以帮您的？"),
        (C, "退货寄回去都十天了，退款还没到，每次问都说在处理！"),
        (A, "让您等了这么久，很抱歉，我这就帮您查退款进度。方便把订单号发给我吗？"),
        (C, "LM20250518342"),
        (A, "查到了，仓库6月2日已经收到您的退货，但退款确认环节被漏掉了，这是我们的疏忽。我已经直接为您提交退款，298元会原路退回您的微信支付，一般1到3个工作日到账。"),
        (C, "好吧，那我等着。为什么会漏掉？"),
        (A, "那天退货比较多，确认这一步没有完成，是我们流程上的问题，我们正在逐一排查其他订单。还有其他需要我帮您处理的吗？"),
        (C, "没了"),
        (A, "谢谢您的耐心，以后有问题随时联系我们，再见！")]),
     "expect": [],
     "note": "Refund missing after ten days (complaint) -> apology in the middle of the sentence ('让您等了这么久，很抱歉，我这就帮您查') plus the check. The company owns the missed step; 'why?' answered neutrally without blaming a colleague. Closing spread over the last two agent turns. Clean."},
    {"transcript": conv("周磊", "phone", [
        (A, "您好，路墨商城，我是客服周磊，请问有什么可以帮您？"),
        (C, "我上个月买的洗衣机最近脱水的时候声音很大，能安排人来看看吗？"),
        (A, "可以的。请问您哪天方便在家？我帮您预约售后师傅上门检查。"),
        (C, "下周一下午可以吗？"),
        (A, "可以，已经为您约好下周一下午2点到5点，师傅出发前会先给您打电话。洗衣机在保修期内，这次检查和维修都不收费。请问还有别的问题吗？"),
        (C, "没有了，谢谢。"),
        (A, "不客气，也谢谢您的来电。后续有任何情况，欢迎随时再打给我们，祝您生活愉快，再见！"),
        ("hangup", C)]),
     "expect": [],
     "note": "Noisy washing machine: a calm request, not a complaint. Way forward as a question (which day suits you?); Monday slot booked; closing spread over the last two agent turns. Clean."},
]
