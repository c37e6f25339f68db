"""zh-Hans items and transcripts for dev11 (writer E). 路墨商城 running several kinds of desks."""

LANG = "zh-Hans"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def rings(n):
    return [E("ring", by="system") for _ in range(n)] + [E("answer")]


def T(channel, agent, turns):
    return {"version": 1, "lang": "zh-Hans", "channel": channel, "agent": agent,
            "organisation": "路墨商城", "turns": turns}


TRANSCRIPTS = [
    # t01 clean: lost-luggage desk, phone, hold done right
    {"transcript": T("phone", "李静", rings(2) + [
        A("您好，路墨商城旅行行李服务热线，我是李静，请问有什么可以帮您？"),
        C("喂，你好。我在你们这儿订的旅行套餐，前天回来的，托运的箱子到现在都没送到，太让人着急了！"),
        A("实在对不起，让您着急了。我马上帮您查箱子现在在哪里，麻烦您告诉我行李牌上的号码。"),
        C("号码是MU483920。大概什么时候能送到？"),
        A("好的，记下了。我需要在航空公司的行李查询里核对一下，大概两分钟，可以请您稍等吗？"),
        C("行，你查吧。"),
        E("hold"),
        E("resume"),
        A("感谢您耐心等待。您的箱子昨晚已经到了虹桥机场，今天下午四点到六点之间由快递送到您家。"),
        C("那箱子有没有摔坏，记录上能看出来吗？"),
        A("记录里没有破损登记。如果您收到后发现有损坏，拍照发给我们，我们帮您申请赔偿。"),
        C("好的，明白了，谢谢。"),
        A("不客气。请问还有其他需要帮忙的吗？"),
        C("没有了。"),
        A("感谢您的来电，之后有任何问题随时再打给我们。再见！"),
        E("hangup", by="customer"),
    ]), "expect": [],
     "note": "Lost-luggage desk call, 2 rings. Complaint (suitcase not delivered) -> apology + immediate "
             "lookup. Hold: permission and reason (check the airline's baggage records, about two "
             "minutes), thanks after resume. Both questions (when delivered, any damage) answered. "
             "Closing spread over the last two agent turns (anything else / thanks / call again / "
             "goodbye). Clean."},

    # t02 violating: concert tickets, chat, offer without apology
    {"transcript": T("chat", "陈敏", [
        A("您好，这里是路墨商城票务客服，我是陈敏，请问有什么可以帮您？"),
        C("我买的周六那场乐队演唱会说延期了？？我专门请了假，高铁票也订好了，你们也太不负责了吧"),
        A("这场演出改到了11月22日，原来的票在新日期照样有效。如果新日期您去不了，也可以在订单页面申请全额退款。"),
        C("退款的话多久能到账？手续费谁出"),
        A("退款不收手续费，提交后7个工作日内原路退回到您的付款账户。"),
        C("那高铁票的损失你们管不管？"),
        A("高铁票的费用我们这边没办法报销，不过可以给您开一份演出延期的证明，方便您去办理改签或退票。"),
        C("行吧，那证明发我邮箱"),
        A("好的，证明已经发到您留的邮箱了，请查收。请问还有别的需要帮忙的吗？"),
        C("没了"),
        A("感谢您的耐心，以后有任何问题欢迎随时联系我们。祝您生活愉快，再见！"),
    ]), "expect": ["R-TALK-12"],
     "note": "Ticket desk chat. Customer complains the concert was postponed after they booked leave and "
             "train tickets ('you are so irresponsible'); the next agent turn gives the new date and a "
             "refund option but no apology at all -> R-TALK-12. Every question answered (postponed?, "
             "how long, who pays the fee, train ticket loss: refusal with an alternative, the "
             "certificate, so not R-TALK-6). Closing complete."},

    # t03 clean: bulky-waste collection, chat
    {"transcript": T("chat", "赵磊", [
        A("您好，路墨商城旧家具回收服务，我是赵磊，请问有什么可以帮您？"),
        C("我约了今天上午来收旧沙发，等了一上午都没人来，电话也没人打，我下午还得上班！"),
        A("非常抱歉，让您白等了一上午。我这就联系回收师傅确认情况，今天下午或明天上午都可以给您重新安排，您看哪个时间方便？"),
        C("明天上午吧，几点能到？会不会又放鸽子"),
        A("明天上午9点到10点之间，师傅出发前半小时会先给您打电话。如果有任何变动，我会在今天下午5点前打电话告诉您。"),
        C("沙发要我自己搬到楼下吗？我住六楼没电梯"),
        A("不用，师傅会上楼来搬，六楼没有电梯也可以，不另外收费。"),
        C("好，那就这样"),
        A("好的，已经为您改到明天上午9点到10点。请问还有其他需要帮忙的吗？"),
        C("没有了，谢谢"),
        A("不客气，感谢您的理解。以后有需要随时联系我们，再见！"),
    ]), "expect": [],
     "note": "Old-furniture collection chat. Complaint (nobody came, nobody called) -> apology + two "
             "new slots offered. Questions: what time (9-10), 'will you stand me up again' (answered "
             "with the call-ahead and a dated own commitment, no guarantee), must I carry it down "
             "(no). Closing spread over the last two agent turns. Clean."},

    # t04 violating: property manager, phone, hold without permission and without thanks
    {"transcript": T("phone", "孙伟", rings(1) + [
        A("您好，路墨商城公寓管家服务，我是孙伟，请问有什么可以帮您？"),
        C("喂，我是3号楼1202的租户，热水器坏了三天了，报修了两次都没人来，这还怎么住啊？"),
        A("真的很抱歉，让您三天都没有热水用。我现在就查前两次报修为什么没有处理，再给您安排师傅。您留的电话是尾号6617这个吗？"),
        C("对，是这个号。"),
        A("好。我查一下。"),
        E("hold"),
        E("resume"),
        A("前两次报修被误登记到了另一栋楼，这是我们的错。维修师傅今天下午两点到四点上门，费用由我们承担。"),
        C("那这几天没热水，房租能不能减一点？"),
        A("减租需要主管批准，我今天就把您的情况报上去，明天中午12点前给您回电话告诉您结果。"),
        C("行，那我等电话。"),
        A("好的。请问还有其他需要帮忙的吗？"),
        C("没了。"),
        A("感谢您的来电，再次为这几天的不便向您道歉。有任何问题随时打给我们，再见。"),
        E("hangup", by="customer"),
    ]), "expect": ["R-TALK-10"],
     "note": "Property manager call. Complaint (no hot water for three days, two reports ignored) -> "
             "apology + action: fine. Then 'OK. Let me check.' and a hold: a reason of sorts but no "
             "permission asked, and the first turn after resume does not thank the customer -> "
             "R-TALK-10. Rent-reduction question answered honestly (needs approval, dated callback). "
             "Closing complete."},

    # t05 clean: language school, phone, transfer with summary
    {"transcript": T("phone", "周婷", rings(2) + [
        A("您好，路墨商城语言培训中心，我是周婷，请问有什么可以帮您？"),
        C("你好，我报了周三晚上的日语初级班，上周突然通知停课，也没说补不补，交了三千多块钱，这算怎么回事？"),
        A("非常抱歉，停课通知太突然，补课安排也没有说清楚。补课和调班由教务老师负责，我先把您的情况跟教务的刘老师说明，再把电话转给她，您看可以吗？"),
        C("可以，快点就行。"),
        A("好的。我已经告诉刘老师，您是周三晚上日语初级班的学员，想了解停课后的补课安排。现在为您转接。"),
        E("transfer", to="教务"),
        A("您好，我是教务的刘洋。周三晚班停课是因为任课老师生病住院，很抱歉没有提前跟您说清楚。停掉的两节课会在下周六下午两点到五点一次补上。"),
        C("周六我要加班，来不了，那怎么办？能退那两节课的钱吗？"),
        A("可以退。两节课按每节180元算，一共退您360元；您也可以免费转到周四晚上的平行班继续上。"),
        C("那我转周四吧，退钱太麻烦。周四几点？"),
        A("周四晚上七点到九点，还是同一个教室。我现在就为您办好，新课表今晚会发到您的手机上。"),
        C("好的，谢谢。"),
        A("不客气。请问还有其他问题吗？"),
        C("没有了。"),
        A("感谢您的来电和理解，以后有任何问题随时打给我们。再见！"),
        E("hangup", by="customer"),
    ]), "expect": [],
     "note": "Language-school call with a transfer. Complaint (class cancelled, no word on make-up "
             "lessons) -> apology + a way forward (hand-over to the course office with a summary, "
             "permission asked). The colleague explains the cause, apologises again and gives the "
             "make-up date; refund question answered (yes, 360 yuan, or free switch); Thursday time "
             "answered. The second agent's greeting is a middle turn. Full closing. Clean."},

    # t06 violating: vet practice, chat, one question unanswered, closing without goodbye
    {"transcript": T("chat", "吴芳", [
        A("您好，路墨商城宠物医院在线咨询，我是吴芳，请问有什么可以帮您？"),
        C("昨天带我家猫来打疫苗，回去就一直吐，你们医生也没说会有这种反应，我很担心"),
        A("非常抱歉让您担心了，昨天也没有提前跟您说明。少数猫打完疫苗会有一两天食欲差或呕吐，我先帮您约今天的值班医生看一下，好吗？"),
        C("今天几点可以过来？要空腹吗？另外这次检查要不要再交钱"),
        A("今天下午三点半和五点都有空位，我先给您留三点半。来之前四个小时不要喂食，水可以正常喝。"),
        C("好，三点半"),
        A("好的，已经约好了，是王医生接诊。请问还有其他需要帮忙的吗？"),
        C("没有了，谢谢"),
        A("感谢您的信任，猫有任何情况随时联系我们。"),
    ]), "expect": ["R-TALK-9", "R-TALK-2"],
     "note": "Vet practice chat. Complaint (cat vomiting after vaccine, nobody warned) -> apology + "
             "appointment offered: fine. The customer asks three things: what time, fasting, and "
             "whether this check costs extra; the fee question is never answered -> R-TALK-9. The "
             "last line thanks and says come back any time but says no goodbye -> R-TALK-2."},

    # t07 clean: removals company, chat
    {"transcript": T("chat", "郑浩", [
        A("您好，路墨商城搬家服务，我是郑浩，请问有什么可以帮您？"),
        C("上周六你们给我搬的家，书柜玻璃门碎了，工人当时还说不是他们弄的，态度也很差。"),
        A("非常抱歉，书柜损坏再加上工人的态度，让您搬家这天很不愉快。麻烦您把玻璃门的照片发给我，我今天就帮您提交赔偿申请。"),
        C("照片发你了。能赔多少？要多久"),
        A("照片收到了，谢谢您。玻璃门按修理或同款更换的费用赔偿，理赔同事明天会打电话跟您确认金额，确认后五个工作日内打到您的账户。"),
        C("那个工人你们会处理吗？"),
        A("会的。我已经把您说的情况交给搬运队的主管，他会找这位师傅了解情况，处理结果我们周五前告诉您。"),
        C("好吧，希望以后别再这样了。"),
        A("再次向您道歉。您的意见我已经记录下来，会用在我们对搬运师傅的培训里。请问还有其他需要我帮忙的吗？"),
        C("暂时没有"),
        A("好的，感谢您告诉我们这件事。以后有任何问题欢迎随时联系我们，再见！"),
    ]), "expect": [],
     "note": "Removals chat. Complaint (broken bookcase door, rude mover) -> apology + compensation "
             "claim started. How much / how long answered; 'will you deal with the worker' answered "
             "(passed to the crew supervisor, result by Friday; the colleague is named neutrally). "
             "Residual 'hope it doesn't happen again' -> apology again + the feedback used in "
             "training. Full closing. Clean."},

    # t08 violating: bike sharing, phone, 'I understand' + justification, then lecturing
    {"transcript": T("phone", "黄强", rings(2) + [
        A("您好，路墨商城共享单车客服，我是黄强，请问有什么可以帮您？"),
        C("我昨天骑完车明明锁好了，今天一看被扣了二十块调度费，说我停在禁停区，太坑人了吧！"),
        A("我理解您的心情。调度费是系统根据还车的位置自动收取的。"),
        C("我停的地方就是地铁口的停车点，怎么会是禁停区？你们能不能查一下？"),
        A("系统显示您还车的位置在停车点外面三十米左右。还车前页面上都有提示，您应该先看清楚再锁车。"),
        C("定位本来就不准，我就是停在那儿的。"),
        A("抱歉，定位有时确实会有偏差。请您把停车位置的照片发到客服邮箱，我们核实后如果确实在停车点内，会把二十元退给您。"),
        C("邮箱是多少？"),
        A("邮箱是service@lumo.cn，标题写上您的手机号就可以，我们三个工作日内回复您。"),
        C("好。"),
        A("请问还有其他需要帮忙的吗？"),
        C("没有了。"),
        A("感谢您的来电，有问题随时再打给我们。再见。"),
        E("hangup", by="customer"),
    ]), "expect": ["R-TALK-12", "R-TALK-6"],
     "note": "Bike-sharing call. Complaint (20-yuan relocation fee, 'a rip-off!') -> 'I understand how "
             "you feel' + a justification, no apology and nothing done -> R-TALK-12. Next the agent "
             "lectures: 'the page warns you before you lock; you should have looked properly' -> "
             "R-TALK-6. The later complaint about GPS is answered right (apology + photo check, "
             "refund). Questions all answered; closing complete."},

    # t09 clean: cinema box office, phone, hold done right
    {"transcript": T("phone", "林悦", rings(3) + [
        A("您好，路墨商城影城售票处，我是林悦，请问有什么可以帮您？"),
        C("我在你们App上买了今晚七点的电影票，钱扣了，票却没出来，打了半天电话才打通！"),
        A("很抱歉让您等了这么久，还遇到扣了款没出票的情况。我现在就帮您查这笔订单，请告诉我您下单用的手机号。"),
        C("13912345678。"),
        A("谢谢。我需要到支付记录里核对这笔扣款，大约两三分钟，您愿意稍等一会儿吗？"),
        C("可以。"),
        E("hold"),
        E("resume"),
        A("谢谢您的等待。您的扣款是成功的，是出票那一步没有完成。我已经为您补出了两张票，取票码发到了您的手机上。"),
        C("收到了。座位还是我原来选的那两个吗？"),
        A("是的，还是7排8号和9号。"),
        C("行，那就好，谢谢你啊。"),
        A("不客气。请问还有什么需要帮忙的吗？"),
        C("没有了。"),
        A("感谢您的来电，祝您观影愉快。以后有问题随时打给我们，再见！"),
        E("hangup", by="customer"),
    ]), "expect": [],
     "note": "Cinema box office call, 3 rings (not more). Complaint (charged, no ticket, long wait to "
             "get through) -> apology + lookup. Hold: permission + reason (check the payment record, "
             "two or three minutes: a concrete duration, not the vague forbidden phrase), thanks "
             "after resume, tickets reissued. Seat question answered. Full closing. Clean."},

    # t10 violating: car service garage, phone, closing without 'come back any time'
    {"transcript": T("phone", "马超", rings(1) + [
        A("您好，路墨商城汽车养护中心，我是马超，请问有什么可以帮您？"),
        C("我上周在你们这儿做的保养，今天仪表盘上机油灯又亮了，这保养做得也太不靠谱了！"),
        A("非常抱歉给您添麻烦了。建议您先不要长距离开车，今天我可以安排师傅免费给您复查，也可以派拖车去接您的车。"),
        C("我自己开过去吧。今天下午三点能过去吗？要不要预约？"),
        A("下午三点可以，我现在就给您登记上，您到了报车牌号就行。"),
        C("车牌是沪A5K392。复查要钱吗？"),
        A("复查不收费，如果需要补加机油，也不收费。"),
        C("好的，那下午见。"),
        A("好的，请问还有别的需要帮您处理的吗？"),
        C("没有了，谢谢。"),
        A("感谢您的来电，我们下午见，再见！"),
        E("hangup", by="customer"),
    ]), "expect": ["R-TALK-2"],
     "note": "Car service call. Complaint (oil light on again a week after the service) -> apology + "
             "free re-check or tow offered. Questions answered (3 pm fine; booking done now, so no "
             "separate appointment needed; the check is free). The closing asks 'anything else', "
             "thanks and says goodbye, but never says the customer can always come back or call "
             "again ('see you this afternoon' is the appointment) -> R-TALK-2."},
]


ITEMS = [
    # ---------- R-TALK-9: 6 clean + 6 violations (alternating) ----------
    {"text": "您好，可以换座位。同一场次第6排还有两个相连的座位，票价一样，不用补差价，我这边可以直接为您调换。"
             "这家剧场不按年龄，而是按身高购票：孩子身高满1.2米需要买票，1.2米以下可以免票入场，但不单独占座。",
     "customer": "我买了两张下个月话剧的票，想问问能不能换成同一排连着的座位？另外小孩几岁需要买票",
     "channel": "chat", "expect": [],
     "note": "Theatre tickets. Two questions: can seats be changed (yes, row 6), from what age must a "
             "child pay (answered in other terms: the rule is by height, 1.2 m). Clean."},
    {"text": "您好，押金会在您交还钥匙、管家验房完成后的7个工作日内退到您的银行卡。"
             "退租前请提前三天在App里和管家预约验房时间，验房大约需要半小时。",
     "customer": "我下个月底退租，押金什么时候退？退租前需要我把房子打扫干净吗",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Property manager. Two questions: when is the deposit returned (answered), must I clean "
             "the flat before moving out (not addressed: the inspection booking is on the same topic "
             "but says nothing about cleaning) -> R-TALK-9."},
    {"text": "您好，术后伤口需要每天用医院给您的碘伏擦一次，连续擦七天，不用去医院换药。"
             "洗澡要等拆线以后，一般是术后十到十四天，拆线时医生会再帮您确认。",
     "customer": "狗狗绝育手术后多久可以洗澡？伤口要不要每天消毒",
     "channel": "chat", "expect": [],
     "note": "Vet practice. Two questions answered in reverse order: disinfect daily (yes, for seven "
             "days), bathing after the stitches come out (10-14 days). 狗狗 is the customer's word. Clean."},
    {"text": "您好，月卡剩余的天数可以按天折算退款，剩10天大约退8元，3个工作日内退回原支付账户。"
             "退卡可以在App的“我的-月卡”页面操作。",
     "customer": "我的单车月卡还剩10天，如果现在退会退剩下的钱吗？退了以后押金也一起退吗",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Bike sharing. Questions: is the remaining month pass refunded (yes, about 8 yuan), is the "
             "deposit refunded too (not addressed) -> R-TALK-9."},
    {"text": "您好，非常抱歉让小区里有了异味。厨余垃圾是每天上午收一次，这几天清运车送修，漏了您的小区，今天下午两点前会补收。"
             "以后如果再遇到没人收的情况，您可以直接拨打400-820-1234登记，一般当天就会派车。",
     "customer": "小区的厨余垃圾桶好几天没人收了，臭得不行。你们到底多久收一次？我能不能打电话直接叫人来收",
     "channel": "social", "expect": [],
     "note": "Household waste. How often is it collected (daily, mornings), can I phone for a pickup "
             "(yes, the number, usually same day). Cause explained as the company's own lapse, no "
             "blame. Clean."},
    {"text": "您好，雅思周末班下一期3月9日开课，每周六、周日上午上课，一共12周。"
             "学费可以分三期付，报名时在付款页面选择“分期付款”就可以。欢迎您再次来我们这里学习！",
     "customer": "请问雅思周末班下一期几号开课？学费能不能分期？我之前在你们这儿上过课，老学员有优惠吗",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Language school. Three questions: start date (answered), instalments (answered), discount "
             "for former students (only 'welcome back', on the topic but no answer) -> R-TALK-9."},
    {"text": "您好，您的车等的变速箱零件已经到店了，师傅明天装好后还要做一次路试，预计周四下午五点以后就可以来取车。"
             "装好以后我会先打电话通知您。",
     "customer": "我的车放你们店里修三天了，还没修好，我周末要开车回老家，周五前能取吗",
     "channel": "chat", "expect": [],
     "note": "Car garage. Yes/no question 'can I collect it before Friday' answered implicitly "
             "(expected Thursday after 5 pm), worded as an estimate, not a guarantee. Clean."},
    {"text": "您好，可以的，师傅会带工具上门帮您拆装衣柜，这一项不另外收费。"
             "钢琴也可以搬，我们有专门搬钢琴的师傅，会带好防护垫和搬运带。",
     "customer": "下周三上午搬家，你们可以帮忙拆装衣柜吗？钢琴能搬吗？搬钢琴要另外加多少钱",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Removals. Wardrobe (yes, free), piano (yes); 'how much extra for the piano' is not "
             "addressed (the 'no extra charge' refers to the wardrobe) -> R-TALK-9."},
    {"text": "您好，三楼的5号厅就是IMAX厅。会员卡过期后里面的余额不会清零，您到前台续卡以后就能继续用，续卡不收费。",
     "customer": "你们影城有没有IMAX厅啊？会员卡过期了里面的余额还能用吗",
     "channel": "social", "expect": [],
     "note": "Cinema. IMAX hall (yes, hall 5), can the balance on an expired card be used (yes, after a "
             "free renewal). Clean."},
    {"text": "您好，非常抱歉让您等了这么久。我们已经把您的行李信息发给了所有中转机场，正在逐个核对，有消息会第一时间短信通知您。",
     "customer": "我的行李箱找到了吗？已经第五天了。能不能直接送到我住的酒店，我在这边只待到周日",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Lost luggage. 'Found yet?' is answered implicitly (still being traced), but 'can you "
             "deliver it to my hotel' is not addressed -> R-TALK-9."},
    {"text": "您好，这次取消的具体退款时间主办方还在确定，我们会在9月20日前短信告诉您。"
             "按照目前的安排，票款会原路退回，您不需要提供任何材料，也不用自己操作。",
     "customer": "音乐节因为台风取消了，票钱怎么退？退款的时候要不要我提供什么材料",
     "channel": "email", "expect": [],
     "note": "Event tickets. How is it refunded (to the original payment; timing not known yet, with a "
             "dated follow-up by 20 Sept), are documents needed (no). Honest 'not known yet' with a "
             "date. Clean."},
    {"text": "您好，下周复查需要提前预约，您可以在公众号里选一个复查时间，或者直接回复我您方便的日期。"
             "补开发票这件事给您添麻烦了，真的很不好意思。",
     "customer": "上次看病的发票能不能补开一张？我家狗下周复查，要不要提前预约",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Vet practice. Appointment question answered; the invoice question ('can you reissue it?') "
             "is met only with an apology, neither yes nor no nor how -> R-TALK-9."},

    # ---------- R-TALK-6: 6 clean + 6 violations (alternating) ----------
    {"text": "您好，您的行李这次没有和您同一班飞机到达，是因为中转时间比较短，行李没来得及装上后续的航班。"
             "行李已经在下一班飞机上，预计今晚十点前送到您的酒店，送达前快递员会先给您打电话。",
     "channel": "chat", "expect": [],
     "note": "Lost luggage. Cause explained without blaming anyone (short connection), delivery as an "
             "estimate. Near miss for impersonal blame. Clean."},
    {"text": "您好，日期是您下单的时候自己选的，付款前页面上写得清清楚楚，下次请您仔细核对。"
             "如果想换日期，可以在演出前48小时申请改签，手续费10元。",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Ticket desk. 'You chose the date yourself, the page was crystal clear, check carefully next "
             "time': direct blame plus a lecture, even though an alternative follows -> R-TALK-6."},
    {"text": "您好，这次物业费多扣了一个月，是我们的账单系统出了错，不是您的问题，非常抱歉。"
             "多扣的420元会在本周五前退回您的银行卡，之后每个月的账单我们也会先人工核对再扣款。",
     "channel": "email", "expect": [],
     "note": "Property manager. Own mistake owned, negated blame ('not your problem'), dated refund. "
             "Near miss. Clean."},
    {"text": "您好，疫苗接种时间被推迟，是由于预约时填写的宠物年龄有误造成的。现已为您改到下周二上午十点。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Vet practice. Impersonal, passive blame: 'the delay was caused by the wrong age entered at "
             "booking' (the customer's form) -> R-TALK-6, even though a new time is given."},
    {"text": "您好，电动车的头盔目前不能单独借出，很抱歉。您可以在App地图上选择带头盔的车辆，标着头盔图标的就是，"
             "离您最近的一辆在三百米外的地铁站旁边。",
     "channel": "chat", "expect": [],
     "note": "Bike/scooter sharing. A refusal that comes with an apology and a concrete alternative. Clean."},
    {"text": "您好，根据本区生活垃圾管理规定，装修垃圾不属于上门清运范围，您的申请不予受理。",
     "channel": "web_form", "expect": ["R-TALK-6"],
     "note": "Household waste. Bureaucratic flat refusal ('not accepted') citing a regulation, nothing "
             "offered (no other service, no contact) -> R-TALK-6."},
    {"text": "您好，谢谢您来咨询。您提到退款期限是30天，实际上这门课的退款期限是开课后14天内，可能是之前的宣传页写得不够清楚，这是我们的问题。"
             "您的课开课才第10天，还在期限内，我现在就可以为您办理。",
     "channel": "email", "expect": [],
     "note": "Language school. The customer's wrong belief is corrected politely, the unclear leaflet "
             "owned, and the refund offered. Near miss for contradicting. Clean."},
    {"text": "您说车是在我们这里洗车的时候刮的，这不可能。我们的洗车师傅都非常小心，车进店前拍的照片上那道划痕就已经有了。",
     "channel": "phone", "expect": ["R-TALK-6"],
     "note": "Car garage. Flat contradiction of the customer ('that's impossible') and arguing, no "
             "offer to check together -> R-TALK-6."},
    {"text": "您好，您家的大件家具这次由我们的合作伙伴安达物流负责运送，他们的司机已经出发，预计下午三点左右到。"
             "到达前司机会给您打电话，我这边也会一直跟进车辆的位置。",
     "channel": "sms", "expect": [],
     "note": "Removals. A partner named neutrally, estimate not a guarantee. Near miss for running down "
             "a partner. Clean."},
    {"text": "您好，退票的问题我看到了。之前接待您的那位同事是新来的，业务不太熟，才跟您说不能退。"
             "这张票是可以退的，我现在就为您办理。",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Cinema box office. Helpful, but runs down a colleague ('new, doesn't know the job') in "
             "front of the customer -> R-TALK-6."},
    {"text": "您好，您说“排了两个小时队，却被告知票已经卖完了”，这确实让人非常失望，真的很抱歉。"
             "现场剩余票数没有及时更新，是我们的疏忽。我们为您保留了明晚同一场演出的两张票，按原价购买，保留到今晚八点。",
     "channel": "social", "expect": [],
     "note": "Event tickets. The customer's complaint is quoted, own mistake owned, an alternative "
             "offered. Near miss. Clean."},
    {"text": "您好，负责您这套房子的管家姓何，他的工作电话和邮箱都不对外提供，这是公司规定，请您理解。",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Property manager. Refuses the customer any way to contact the responsible manager, no "
             "alternative channel -> R-TALK-6 (refusing contact details)."},

    # ---------- R-LETTER-1: 5 clean + 5 violations (alternating) ----------
    {"text": "尊敬的张先生：\n您好！您于3月2日支付的搬家订金500元，已于3月15日全额退回您尾号2231的银行卡。"
             "退款按原路完成，您不需要再办理任何手续。如果30天内仍未看到到账，请拨打400-820-1234联系我们。\n"
             "此致\n敬礼\n路墨商城搬家服务部\n2024年3月15日",
     "channel": "letter", "expect": [],
     "note": "Removals: deposit returned; says nothing is needed and why (refund already made), plus "
             "what to do if it does not arrive. Clean."},
    {"text": "尊敬的李女士：\n您好！您预订的10月12日“城市交响之夜”音乐会门票两张，因演出场馆检修，该场演出已取消。\n"
             "特此通知。\n路墨商城票务中心\n2024年9月20日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Concert cancelled: the fact only; nothing about refund, exchange or whether the customer "
             "must do anything -> R-LETTER-1."},
    {"text": "尊敬的王先生：\n您好！自2025年1月1日起，宠物年度体检套餐的价格由380元调整为420元。"
             "您已购买的2024年套餐在有效期内不受影响，不需要任何操作。"
             "如果您希望按原价续购2025年套餐，请在12月31日前到医院前台或通过公众号办理。\n"
             "此致\n敬礼\n路墨商城宠物医院\n2024年11月28日",
     "channel": "letter", "expect": [],
     "note": "Vet practice: fee change; says nothing is needed for the current package and what to do, "
             "by when and how, to renew at the old price. Clean."},
    {"text": "尊敬的刘女士：\n您好！您提交的留学英语辅导课程报名材料中缺少护照首页复印件，您的报名目前尚未通过审核。\n"
             "此致\n敬礼\n路墨商城语言培训中心教务处\n2024年5月8日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Language school: missing document stated, but not how or by when to send it -> R-LETTER-1."},
    {"text": "尊敬的陈先生：\n您好！您租住的阳光花园5号楼1201室租赁合同将于2024年6月30日到期终止。"
             "请您在6月30日前预约退房验收，可拨打400-820-1234或在App中选择“退房预约”。"
             "验收完成后，押金3000元将在7个工作日内退回。如需续租，也请在6月15日前告知管家。\n"
             "此致\n敬礼\n路墨商城公寓管家服务\n2024年5月31日",
     "channel": "letter", "expect": [],
     "note": "Property manager: lease ends; the step (book the move-out inspection), the deadline and "
             "the two ways are given, plus the renewal option. Clean."},
    {"text": "尊敬的赵先生：\n您好！您预约的7月18日上午车辆年度保养，因配件到货推迟，已调整至7月25日上午9:00。\n"
             "路墨商城汽车养护中心\n2024年7月10日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Car garage: appointment moved; nothing on whether to confirm or what to do if the new "
             "date does not suit -> R-LETTER-1."},
    {"text": "尊敬的居民：\n您好！自8月1日起，本小区大件垃圾上门收运时间由每周二调整为每周四上午。"
             "已经登记的住户不需要重新登记，8月1日前已预约的服务按原时间进行。"
             "如需预约8月以后的收运，请在收运日前一天下午5点前通过App登记。\n"
             "此致\n敬礼\n路墨商城社区回收服务\n2024年7月15日",
     "channel": "letter", "expect": [],
     "note": "Bulky-waste collection day changed; says who needs to do nothing and why, and how and by "
             "when to book later pickups. Clean."},
    {"text": "尊敬的孙先生：\n您好！您于5月6日申报遗失的行李箱（行李牌号MU483977）已于5月9日找到，目前存放在浦东机场T2航站楼行李查询处。\n"
             "此致\n敬礼\n路墨商城旅行行李服务\n2024年5月9日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Lost luggage found: the letter says where it is but not whether to collect it, by when, "
             "with what, or whether it will be delivered -> R-LETTER-1."},
    {"text": "尊敬的周女士：\n您好！您的影城会员卡将于2024年12月31日到期。会员卡到期后余额继续保留，不需要办理任何手续。"
             "如需继续享受会员票价，请在到期前到任一影城前台免费续卡，续卡时请携带会员卡或注册手机。\n"
             "此致\n敬礼\n路墨商城影城\n2024年12月1日",
     "channel": "letter", "expect": [],
     "note": "Cinema membership expiring: nothing needed for the balance (and why), and how/by when to "
             "renew for member prices. Clean."},
    {"text": "尊敬的吴先生：\n您好！您提交的课程延期申请已获批准，原定于4月结课的商务英语中级班延至7月31日结课。\n"
             "此致\n敬礼\n路墨商城语言培训中心\n2024年3月20日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Language school: deferral approved, fact only; neither a next step nor 'nothing is "
             "needed' (e.g. the new timetable, rebooking) -> R-LETTER-1."},

    # ---------- R-TALK-2 closings: 4 clean + 4 violations (alternating) ----------
    {"text": "好的，那今天就先帮您处理到这里。请问还有其他需要帮忙的吗？没有的话，感谢您的来电，之后有任何问题随时打给我们，再见！",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Phone closing with all four parts in one turn. Clean."},
    {"text": "复查已经为您约好了，是周四上午十点。请问还有别的需要吗？以后小白有任何情况随时联系我们，祝它早日康复，再见！",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Vet chat closing: anything else, come back, goodbye, but no thanks -> R-TALK-2. (小白 is "
             "the pet's name.)"},
    {"text": "您好，退票已经办好，票款将在3个工作日内原路退回。请问还有其他我们可以帮您的吗？"
             "感谢您选择路墨商城票务，今后有任何需要，欢迎随时来信或来电。\n此致\n敬礼\n路墨商城票务中心 陈敏",
     "position": "closing", "channel": "email", "expect": [],
     "note": "E-mail closing: anything else, thanks, come back any time, sign-off 此致敬礼 as the "
             "goodbye. Clean."},
    {"text": "好的，搬家时间就定在下周六上午八点。请问您还有其他问题吗？感谢您的信任，以后有需要随时找我们。",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "Removals phone closing: anything else, thanks, come back, but no goodbye -> R-TALK-2."},
    {"text": "预约已经为您改好了。还有什么需要我帮忙的吗？如果没有，谢谢您的耐心，下次有需要随时在这里找我们。祝您周末愉快，再见。",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Waste-collection chat closing, all four parts. Clean."},
    {"text": "车已经给您洗好了，钥匙在前台。感谢您今天耐心等待，以后车有任何问题随时回来找我们。再见，路上注意安全！",
     "position": "closing", "channel": "visit", "expect": ["R-TALK-2"],
     "note": "Garage counter closing: thanks, come back, goodbye, but never asks whether anything else "
             "is needed -> R-TALK-2."},
    {"text": "好，那就这样给您登记了。您看还有别的问题吗？……好的。谢谢您的来电，以后有问题随时打这个电话找我们。再见！",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Language-school phone closing with a pause for the customer's answer; all four parts. Clean."},
    {"text": "何先生您好，热水器的维修已经安排在明天下午两点。请问您还有其他需要我们协助的事项吗？感谢您的耐心与理解。\n"
             "祝好\n路墨商城公寓管家 孙伟",
     "position": "closing", "channel": "email", "expect": ["R-TALK-2"],
     "note": "Property e-mail closing: anything else, thanks, sign-off 祝好 as the goodbye, but no 'you "
             "can always contact us again' -> R-TALK-2."},
]
