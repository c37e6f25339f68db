"""dev10 items, Simplified Chinese (writer C). Service desks run by 路墨商城: travel and hotel
bookings, car rental, parcel delivery, a gym, a pharmacy, a library, parking, video and
software subscriptions, appliance and furniture repair, a university office (name left out)."""

LANG = "zh-Hans"

ITEMS = [
    # ---------------- R-TALK-6: 8 clean + 8 violations, alternating ----------------
    {
        "text": "张先生您好，感谢您的耐心等待。经查询，您的包裹在转运途中遇上暴雨，高速公路临时封闭，"
                "所以比原计划晚了两天才到达本市网点。目前包裹已经在派送中，预计今天下午六点前送到您填写的地址。"
                "给您带来不便，非常抱歉。如还有疑问，欢迎随时回复本邮件。\n路墨商城物流服务 林晓",
        "expect": [],
        "channel": "email",
        "note": "Courier delay explained by a storm and a closed motorway, with an apology and an ETA. "
                "Clean: a cause is explained without blaming anyone (near miss for impersonal blame).",
    },
    {
        "text": "王女士您好，关于您反映的入住日期问题，我们核对了预订记录。订单上的入住日期是您本人下单时选择的，"
                "系统不会自动更改，所以这次订错日期是您自己没有仔细核对造成的。如需改期，请重新提交预订申请。\n"
                "路墨商城旅行服务 刘洋",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Hotel booking with wrong dates: 'the wrong dates were caused by you not checking carefully'. "
                "Direct blame of the customer (a rebooking path is given, so it is not a flat refusal).",
    },
    {
        "text": "李女士您好！您这个月的会员费被重复扣了两次，这是我们扣费程序出错造成的，与您的操作无关，"
                "非常抱歉。多扣的199元已于今天原路退回，一般三到五个工作日到账。如到时仍未看到退款，"
                "请直接回复这封邮件，我会继续跟进。\n路墨商城健身会员中心 陈静",
        "expect": [],
        "channel": "email",
        "note": "Gym membership fee charged twice: 'our charging program made the error, nothing to do with "
                "what you did'; refund made. Clean: own mistake owned, negated blame.",
    },
    {
        "text": "您好，您的处方药订单未能通过审核。经核实，此次审核未通过是因提交的处方照片模糊不清、"
                "缺少医生签名所致，并非药房方面的原因。请重新上传清晰的处方照片。\n路墨商城大药房 药师 周敏",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Online pharmacy: 'the rejection was caused by the blurry photo submitted without a doctor's "
                "signature, not by the pharmacy'. Impersonal, defensive blame of the customer.",
    },
    {
        "text": "赵先生您好，感谢您的来信。按照租车规定，取车时需要在信用卡上冻结3000元押金，这一项我们无法免除，请您谅解。"
                "如果您不方便使用信用卡，也可以用借记卡支付押金，还车后七个工作日内全额退还。"
                "另外，如果您的信用分达到免押标准，可以申请免交押金，我可以把申请步骤发到您的邮箱。\n"
                "路墨商城租车服务 孙悦",
        "expect": [],
        "channel": "email",
        "note": "Car rental: the deposit cannot be waived, but a debit card or a credit-score waiver is offered. "
                "Clean: a refusal that comes with alternatives.",
    },
    {
        "text": "您好。根据现行规定，成绩单加急办理须在学期结束前提出申请，逾期申请一律不予受理，"
                "此事不再另行答复。\n学生事务办公室",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "University office: 'late requests are not accepted under any circumstances; no further reply "
                "will be given'. Flat bureaucratic refusal with no alternative.",
    },
    {
        "text": "吴女士您好，谢谢您告诉我们这件事。我们查到的记录显示，《明朝那些事儿》目前仍登记在您的借阅名下，"
                "也有可能是还书时自助机没有读到条码。如果您手边还有还书小票，可以拍照发给我们；"
                "我们也会请同事到书架上核查，核实之前这笔逾期费暂不收取。\n路墨商城会员图书馆 郑楠",
        "expect": [],
        "channel": "email",
        "note": "Library: the record still shows the book as borrowed, perhaps the machine missed the barcode; "
                "shelf check offered, fine suspended. Clean: a polite correction, no contradiction or blame.",
    },
    {
        "text": "您好，您说自己没有开通自动续费，这个说法并不准确。记录显示，自动续费是您3月12日购买会员时主动勾选的，"
                "我们不可能在未经同意的情况下替您开通。本次扣费不符合退款条件。\n路墨商城视频会员服务 周宁",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Video subscription: 'what you say is not accurate; you ticked auto-renewal yourself; no refund'. "
                "Contradicting the customer and refusing flatly.",
    },
    {
        "text": "您好，关于您家洗衣机的维修，我们合作的上门服务商“安达家电维修”已经安排好师傅，师傅姓黄，"
                "明天上午九点到十一点之间上门。师傅出发前会先给您打电话确认。如需改时间，可以直接回复我，"
                "我来帮您协调。\n路墨商城售后服务 何佳",
        "expect": [],
        "channel": "email",
        "note": "Appliance repair by a partner firm named neutrally, with a visit window and a change option. "
                "Clean (near miss for running down a partner).",
    },
    {
        "text": "给您添麻烦了，真的很抱歉。说实话，这家快递的派送员一向不太靠谱，经常把包裹随手放在门口，"
                "您这次遇到的情况一点都不奇怪。我已经帮您重新申请派送，预计明天送达。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Chat about a parcel left at the door: 'honestly, this courier's drivers are never reliable, "
                "no surprise'. Running down a partner, inside an otherwise helpful reply.",
    },
    {
        "text": "刘先生您好，您在留言中说“前台态度很差，等了四十分钟才办好入住”，对此我们深表歉意。"
                "我们已经把您的意见转给酒店经理，并为您这次入住补送了两张早餐券，已放入您的账户。"
                "以后如有任何不满意，欢迎直接联系我们。\n路墨商城旅行服务 高雪",
        "expect": [],
        "channel": "email",
        "note": "Hotel complaint quoted ('the front desk was rude'), apology and compensation. Clean: the "
                "negative words about staff are the customer's, quoted.",
    },
    {
        "text": "您好，很抱歉让您白跑一趟。周六那节瑜伽课临时取消，是负责排课的同事忘了更新课表，"
                "他经常这样丢三落四，我们也很头疼。我已经给您补回一次课时，下次预约可以直接使用。\n"
                "路墨商城健身中心前台 杨帆",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Gym class cancelled: 'the colleague who does the timetable forgot, he is always this "
                "scatterbrained, a headache for us'. Speaking badly of a colleague.",
    },
    {
        "text": "您好，您反映停车场出口道闸没有识别您的月卡车牌，这不是您的问题，是识别摄像头上周更换后还没有设置完成。"
                "今天下午我们已经重新录入了您的车牌，多收的15元停车费会在三个工作日内退回您的支付账户。"
                "给您添麻烦了，非常抱歉。\n路墨商城停车服务 马琳",
        "expect": [],
        "channel": "email",
        "note": "Parking barrier did not recognise a monthly-pass plate: 'this is not your problem', the new "
                "camera was not set up yet; refund. Clean: negated blame, own cause named.",
    },
    {
        "text": "您好。我在上次的回复里已经说明过，免费试用结束后会自动转为付费套餐，这一点在注册页面上也写得很清楚。"
                "建议您以后注册任何服务之前，先认真阅读条款，这样就不会产生类似的误会了。"
                "如需取消，请在“账户设置”中操作。\n路墨商城云办公服务 许可",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Software subscription: 'as I already explained ... in future read the terms before you sign "
                "up'. Lecturing the customer.",
    },
    {
        "text": "冯女士您好，出于隐私保护，维修师傅的私人手机号我们不便提供，请您谅解。您可以拨打售后专线"
                "400-820-6633（每天8:00-20:00），接线同事会直接帮您联系师傅；我也可以请师傅今天下午五点前给您回电。"
                "您看哪种方式更方便？\n路墨商城家居售后 唐亮",
        "expect": [],
        "channel": "email",
        "note": "Furniture repair: the technician's private number is not given, but a hotline and a callback "
                "by 5 pm are offered. Clean (near miss for refusing contact details).",
    },
    {
        "text": "您好，您要的这个区域派送站点的电话，我们这边不对外提供，也没有其他联系方式可以给您。"
                "包裹状态请以物流页面显示为准。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Courier chat: 'we don't give out the depot's number and have no other contact to give you'. "
                "Refusing contact details, flat, nothing offered.",
    },
    # ---------------- R-TALK-9: 6 clean + 6 violations, alternating ----------------
    {
        "text": "您好，感谢您的预订。6月14日的房间我们已经为您备注了提前入住，当天中午房间整理好后即可入住，"
                "最晚不超过下午两点。酒店地下车库可以停车，住店客人每晚收费30元，退房当天中午前免费。"
                "祝您入住愉快！\n路墨商城旅行服务 宋佳",
        "expect": [],
        "channel": "email",
        "customer": "你好，我订了6月14号到16号的大床房，想问下能不能提前到中午入住？还有酒店有没有停车位，要收费吗",
        "note": "Three questions (early check-in? parking? fee?); all answered, the yes/no ones implicitly "
                "(an early check-in noted, the garage described). Clean.",
    },
    {
        "text": "您好，还车时如果油量低于取车时的刻度，我们会按实际差额收取油费，每升在当日油价基础上加收5元服务费。"
                "建议您在机场附近的加油站加满后再还车，能省下这部分费用。\n路墨商城租车服务 韩磊",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "我明天下午在机场还车，油箱没加满会怎么收费？另外还车以后押金多久能退回来？",
        "note": "Car rental: fuel charge answered; 'how soon is the deposit returned?' is left unaddressed.",
    },
    {
        "text": "同学您好，在读证明可以在学校服务平台的“学生事务”栏目线上申请，不需要到办公室。"
                "提交后一般两个工作日内审核完成，通过后可以直接下载带电子章的版本。"
                "如需纸质盖章版，第三个工作日起可到行政楼102室领取。\n学生事务办公室 林老师",
        "expect": [],
        "channel": "email",
        "customer": "老师您好，我是2021级会计专业的学生，想了解一下在读证明是不是可以线上申请，申请后大概几天能拿到。谢谢",
        "note": "Two embedded questions without '?' (can it be applied for online; how many days); both "
                "answered. Clean.",
    },
    {
        "text": "您好，可以在线续借。登录会员图书馆的借阅账户后，在“当前借阅”里点击“续借”即可办理，"
                "每本书可以续借一次。已被其他读者预约的图书不能续借，页面上会有提示。\n路墨商城会员图书馆 方圆",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "我借的三本书下周到期，可以在网上续借吗？能续多久？",
        "note": "Library: online renewal answered (yes, how, once per book); the follow-up 'for how long?' is "
                "answered only with the number of renewals, not the length. Left unaddressed.",
    },
    {
        "text": "您好，可以暂停，最短一周、最长两个月都可以办理。在手机应用的“我的会员”页面选择“申请停卡”即可，"
                "不用专门到前台。停卡期间不扣月费，会员有效期也会相应顺延。祝您出差顺利！\n路墨商城健身会员中心 周琪",
        "expect": [],
        "channel": "chat",
        "customer": "请问会员卡可以暂停吗？我下个月要出差，大概三周。暂停期间还扣费不？需要去前台办理还是app上就可以",
        "note": "Three questions (can it be paused; charged meanwhile; front desk or app); all answered in "
                "another order. Clean.",
    },
    {
        "text": "您好，非常抱歉给您和阿姨带来不便。少发的那一盒我们已经登记补发，今天下午随下一批订单寄出，"
                "快递单号稍后会通过短信发给您。用药方面您的担心我们非常理解，老人用药确实需要格外小心。\n"
                "路墨商城大药房 药师 唐颖",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "我妈妈的降压药在你们网店买的，今天收到发现少了一盒，怎么处理？还有这个药饭前吃还是饭后吃",
        "note": "Pharmacy: the missing box is handled; 'before or after meals?' gets only sympathy. "
                "One question unaddressed.",
    },
    {
        "text": "您好，非常抱歉出现多扣费的情况。您反映的这笔45元，我们已经交给停车场财务核对，目前还不能确定具体的退款日期。"
                "我会在本周四（3月20日）下班前，把核对结果和退款时间回复给您。\n路墨商城停车服务 冯雷",
        "expect": [],
        "channel": "email",
        "customer": "上周五在你们停车场被多扣了45块，什么时候能退？",
        "note": "'When will it be refunded?' answered honestly with 'not known yet' and a dated follow-up "
                "(Thursday 20 March). Clean.",
    },
    {
        "text": "您好，查询到您的会员有效期到2025年5月31日，账号状态一切正常。年卡的发票可以在“我的订单”里点击“申请发票”开具，"
                "电子发票会在两个工作日内发到您的邮箱。\n路墨商城视频会员服务 白露",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "我的会员明明还有两个月，为什么电视上登不上去了？另外年卡能不能开发票",
        "note": "Video subscription: invoice question answered; 'why can't I log in on the TV?' gets only "
                "'your membership is valid and the account is normal', same topic but no answer.",
    },
    {
        "text": "您好，查询到您的冰箱是2022年8月购买的，整机保修到2025年8月，目前仍在保修期内，"
                "上门检测和维修都不收费。师傅周六、周日都可以上门，您方便的话，我先为您预约本周六上午。\n"
                "路墨商城家电售后 方宇",
        "expect": [],
        "channel": "email",
        "customer": "冰箱保修期是不是已经过了？上门检查要收钱吗，周末能来吗",
        "note": "Three yes/no questions answered: still under warranty, no charge, weekend visits possible "
                "(with an offer to book Saturday). Clean.",
    },
    {
        "text": "您好，非常抱歉让您着急了。记录显示包裹于今天14:32由小区东门的智能快递柜代收，取件码已通过短信发到您预留的手机号，"
                "您可以直接到东门快递柜取件。如果没有收到短信，请回复我，我马上为您重新发送。\n路墨商城物流服务 邱雯",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "包裹显示已签收但我根本没收到！是谁签收的？能不能查一下派送员的照片记录",
        "note": "Courier: 'who signed for it?' answered (the parcel locker); the request to check the "
                "driver's photo record is ignored.",
    },
    {
        "text": "您好，孩子未满18周岁，需要提供出生医学证明的复印件，原件不用寄。全部签证材料请在6月10日前寄到我们上海的办公室，"
                "具体地址我稍后发到您的邮箱。如果准备材料时遇到困难，欢迎随时来电。\n路墨商城旅行服务 钱程",
        "expect": [],
        "channel": "email",
        "customer": "我们一家三口报了7月的日本团，签证材料要孩子的出生证明吗？最晚哪天交",
        "note": "Travel agency visa: birth certificate needed (copy), deadline 10 June. Both answered. Clean.",
    },
    {
        "text": "您好，年度套餐退订后，我们会按剩余的整月数退还费用，比如还剩四个月，就退四个月的费用，"
                "三到五个工作日退回原支付账户。退订可以在“账户设置—订阅管理”中直接办理，成功后您会收到一封确认邮件。\n"
                "路墨商城云办公服务 程远",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "你们的年度套餐退订后，剩下的钱能退吗？另外退订以后，之前存在云端的文件还能下载吗",
        "note": "Software subscription: refund answered in detail; 'can I still download my stored files?' "
                "is left unaddressed.",
    },
    # ---------------- R-LETTER-1: 4 clean + 4 violations, alternating ----------------
    {
        "text": "尊敬的陈女士：\n您好！您于2025年3月2日申请的机票退票已经办理完成，退款金额1280元将在15个工作日内"
                "退回您原支付的银行卡。此次退款无需您再提交任何材料。如届时仍未到账，请拨打客服热线400-820-6633，"
                "并提供本函所附的退款编号TK-250302-117。\n特此函告。\n路墨商城旅行服务部\n2025年3月5日",
        "expect": [],
        "channel": "letter",
        "note": "Fare refund letter: refund done, nothing needed from the customer, and what to do if it "
                "has not arrived. Clean.",
    },
    {
        "text": "尊敬的林先生：\n您好！因您名下有三册图书逾期超过60天，自2025年4月1日起，您的借阅证已暂停使用，"
                "暂停期间无法借阅、续借和预约图书。\n特此通知。\n路墨商城会员图书馆读者服务部\n2025年4月1日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Library card suspended for overdue books; the letter states the fact and stops (nothing on "
                "returning the books or how to reactivate).",
    },
    {
        "text": "尊敬的会员：\n您好！自2025年7月1日起，路墨商城健身中心的月卡价格将由199元调整为229元。"
                "您目前持有的年卡有效期至2025年12月31日，有效期内价格不变，您无需做任何操作。"
                "年卡到期续费时将按新价格执行，我们会在到期前一个月另行通知您。\n感谢您一直以来的支持。\n"
                "路墨商城健身中心\n2025年5月20日",
        "expect": [],
        "channel": "letter",
        "note": "Price change letter: says nothing is needed and why (the annual card keeps its price). Clean.",
    },
    {
        "text": "尊敬的赵女士：\n您好！经审核，您提交的奖学金申请材料中缺少2024-2025学年第一学期的成绩单，"
                "申请目前暂时无法进入评审环节。\n特此函告。\n学生资助中心\n2025年10月9日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Missing document for a scholarship application; no word on submitting it, how or by when.",
    },
    {
        "text": "尊敬的孙先生：\n您好！您于2025年6月8日至6月10日租用的车辆（车牌沪A·3K729）在租期内有一条违章记录："
                "6月9日在延安西路超速，罚款200元，记3分。请您在2025年7月10日前通过“交管12123”应用自行处理，"
                "或把驾驶证照片发送至本公司邮箱，由我们代为处理。逾期未处理的，我们将按租车合同从押金中扣除罚款。\n"
                "路墨商城租车服务部\n2025年6月20日",
        "expect": [],
        "channel": "letter",
        "note": "Traffic fine on a rental car: what to do, by when, and two ways how. Clean.",
    },
    {
        "text": "尊敬的周女士：\n您好！原定于2025年8月15日上午为您上门维修空调的预约，因维修师傅当日另有紧急任务，"
                "已调整至2025年8月18日下午14:00-17:00。由此给您带来的不便，敬请谅解。\n"
                "路墨商城家电售后服务部\n2025年8月13日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Repair appointment moved; the letter states the new slot and apologises but says nothing "
                "about what the customer should do (confirm, be at home, or how to change it).",
    },
    {
        "text": "尊敬的车主：\n您好！截至2025年9月30日，您名下车牌为粤B·6D218的车辆在路墨商城停车场有三笔停车费未支付，"
                "合计84元。请您在2025年10月20日前通过停车场缴费小程序或出口人工收费亭补缴。"
                "如您已经缴纳，请忽略本通知；如对金额有疑问，可拨打400-820-6633，我们会为您调取出入记录核对。\n"
                "路墨商城停车管理部\n2025年10月8日",
        "expect": [],
        "channel": "letter",
        "note": "Parking arrears letter: amount, deadline, two ways to pay, what to do if in doubt. Clean.",
    },
    {
        "text": "尊敬的用户：\n您好！我们发现您的路墨商城视频会员账号在短时间内于多个城市登录，为保障账号安全，"
                "该账号已自2025年11月3日起被临时冻结。\n路墨商城视频会员服务中心\n2025年11月3日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Account frozen for logins from several cities; no word on how to unfreeze it or whom to "
                "contact. States the fact and stops.",
    },
    # ---------------- R-TALK-2: 4 clean + 4 violations, alternating (position closing) ----------------
    {
        "text": "好的，您的退房时间已经延到下午两点。请问还有其他可以帮您的吗？感谢您选择路墨商城旅行服务，"
                "之后行程上有任何需要，随时可以再联系我们。祝您旅途愉快，再见！",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Hotel chat closing: anything else, thanks, come back any time, goodbye. Complete. Clean.",
    },
    {
        "text": "您好，您的包裹改派已经登记好，明天上午会重新派送。不知道您还有没有其他需要帮忙的地方？"
                "以后寄件、取件上遇到任何问题，也欢迎随时回复这个邮箱找我们。\n此致\n敬礼！\n路墨商城物流服务 郭倩",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "email",
        "note": "Courier e-mail closing: anything else, come back, sign-off (goodbye) are there; no thanks.",
    },
    {
        "text": "周女士，您的私教课已经改到周四晚上七点了。请问还有什么需要帮忙的吗？如果没有的话，非常感谢您的来电，"
                "以后有任何问题随时打给我们，祝您生活愉快，再见。",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Gym phone closing with all four parts. Clean.",
    },
    {
        "text": "续借已经帮您办好了，新的到期日是5月30日。请问还有其他问题吗？谢谢您的耐心，祝您阅读愉快，再见！",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Library chat closing: anything else, thanks, goodbye; missing 'you can always come back'.",
    },
    {
        "text": "师傅已确认明天上午十点上门，届时请您家中留人。请问还有其他需要我们协助的吗？"
                "非常感谢您对路墨商城售后服务的信任，维修后如果还有任何问题，欢迎随时回复本邮件或致电400-820-6633。\n"
                "此致\n敬礼\n路墨商城家电售后 邓琳",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Repair e-mail closing: anything else, thanks, come back, sign-off as goodbye. Clean.",
    },
    {
        "text": "月卡的续费已经办好了，有效期延长到明年三月底。感谢您的耐心等待，之后停车方面有任何问题，"
                "随时可以拨打这个号码联系我们。祝您一路顺风，再见。",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Parking phone closing: thanks, come back, goodbye; never asks whether anything else is needed.",
    },
    {
        "text": "您的账号已经切换为家庭版，六位成员都可以登录使用了。您看还有其他需要我帮忙的吗？"
                "谢谢您一直以来使用路墨商城云办公，后续遇到问题随时在这个窗口留言就好。祝您工作顺利，再见！",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Software chat closing with all four parts. Clean.",
    },
    {
        "text": "您的签证材料我们已经全部收到，审核结果出来后，我们会在当天通过短信通知您。请问还有其他需要了解的吗？"
                "感谢您选择路墨商城旅行服务，出行前有任何疑问都可以随时联系我们。",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Travel chat closing: anything else, thanks, come back; no goodbye and no sign-off.",
    },
]


def _t(channel, turns, agent=None):
    d = {"version": 1, "lang": "zh-Hans", "channel": channel, "organisation": "路墨商城", "turns": turns}
    if agent:
        d["agent"] = agent
    return d


A = "agent"
C = "customer"

TRANSCRIPTS = [
    {
        "transcript": _t("phone", [
            {"event": "ring", "by": "system"},
            {"event": "answer", "by": "agent"},
            {"speaker": A, "text": "您好，路墨商城旅行服务，我是客服李娜，请问有什么可以帮您？"},
            {"speaker": C, "text": "我昨晚到酒店，前台说根本没有我的预订，我可是在你们平台付了钱的！大半夜在大堂等了一个小时，这已经是第二次了。"},
            {"speaker": A, "text": "真的非常抱歉，让您深夜在大堂等了这么久。麻烦您告诉我订单号，我现在就联系酒店核实，并为您申请昨晚的房费补偿。"},
            {"speaker": C, "text": "订单号是LM20250412883。"},
            {"speaker": A, "text": "谢谢您。查到了，这次是我们平台没有及时把订单发给酒店，不是您的原因。昨晚的房费468元已经为您全额退款，三到五个工作日退回原支付账户。"},
            {"speaker": C, "text": "那我今天晚上还住得了吗？"},
            {"speaker": A, "text": "可以的，酒店已经确认为您保留今晚的大床房，您到前台报姓名就能入住。请问还有其他需要帮您处理的吗？"},
            {"speaker": C, "text": "没有了。"},
            {"speaker": A, "text": "好的，再次向您道歉，也感谢您的耐心。之后有任何问题，随时可以打这个电话找我们。祝您入住愉快，再见！"},
            {"event": "hangup", "by": "customer"},
        ], agent="李娜"),
        "expect": [],
        "note": "Phone, hotel booking lost ('this is already the second time'). The next agent turn apologises "
                "and offers to check with the hotel and arrange compensation; the company's own mistake is owned; "
                "the follow-up question is answered; complete closing over the last two agent turns. Clean.",
    },
    {
        "transcript": _t("chat", [
            {"speaker": A, "text": "您好，欢迎联系路墨商城物流服务，我是客服王磊，请问有什么可以帮您？"},
            {"speaker": C, "text": "我的包裹三天都显示派送中，一直没人送，你们到底在干什么？"},
            {"speaker": A, "text": "请您提供运单号，我帮您查询包裹现在的位置。"},
            {"speaker": C, "text": "LM7730021456"},
            {"speaker": A, "text": "查到了，您的包裹目前在浦东新区的转运站，今天下午会安排重新派送，派送前快递员会先给您打电话。"},
            {"speaker": C, "text": "下午几点？我三点以后才在家。"},
            {"speaker": A, "text": "我已经为您备注三点以后派送，预计三点到六点之间送到。请问还有其他需要帮忙的吗？"},
            {"speaker": C, "text": "没了"},
            {"speaker": A, "text": "感谢您的耐心，之后有任何问题随时在这里联系我们，再见！"},
        ], agent="王磊"),
        "expect": ["R-TALK-12"],
        "note": "Chat, parcel stuck for three days ('what on earth are you doing?'). The next agent turn asks for "
                "the number and offers to look, with no apology at all (an offer without an apology). The rest "
                "is fine: questions answered, complete closing.",
    },
    {
        "transcript": _t("phone", [
            {"event": "ring", "by": "system"},
            {"event": "ring", "by": "system"},
            {"event": "answer", "by": "agent"},
            {"speaker": A, "text": "您好，这里是路墨商城健身会员中心，我是周敏，请问有什么可以帮您？"},
            {"speaker": C, "text": "我上个月就办了退卡，这个月又扣了我199！也没有人通知我，你们这样太过分了。"},
            {"speaker": A, "text": "非常抱歉，给您添麻烦了。我现在就帮您查退卡记录，如果确实多扣了，今天就为您办理退款。请问您登记的手机号是多少？"},
            {"speaker": C, "text": "13800001234。"},
            {"speaker": A, "text": "谢谢您。查到了，您3月28日的退卡申请已经通过，但自动扣费没有同时关闭，是我们这边的疏漏。199元已经为您退回，三个工作日内到账，稍后您会收到退款短信。"},
            {"speaker": C, "text": "那以后不会再扣了吧？"},
            {"speaker": A, "text": "不会了，您的自动扣费已经关闭，会员账户也已注销。请问还有其他需要我帮您处理的吗？"},
            {"speaker": C, "text": "没有了，谢谢。"},
            {"speaker": A, "text": "不客气，也谢谢您及时告诉我们。以后有任何问题，欢迎随时来电。祝您生活愉快，再见！"},
            {"event": "hangup", "by": "customer"},
        ], agent="周敏"),
        "expect": [],
        "note": "Phone, gym charged after cancelling ('nobody told me, this is too much'); two rings. The next "
                "agent turn apologises and offers to check and refund today; own mistake owned; question "
                "answered; complete closing. Clean.",
    },
    {
        "transcript": _t("chat", [
            {"speaker": A, "text": "您好，路墨商城视频会员服务，我是客服陈晨，请问有什么可以帮您？"},
            {"speaker": C, "text": "我买的是年度会员，结果决赛直播卡了整整半小时，根本看不了！你们这服务也太差了。"},
            {"speaker": A, "text": "非常抱歉影响了您观看决赛，这种情况确实让人很遗憾。"},
            {"speaker": C, "text": "光说遗憾有什么用？能不能给点补偿？"},
            {"speaker": A, "text": "抱歉，刚才没有说清楚。我已经为您的账户补赠了7天会员，现在就可以在“我的会员”里查看。"},
            {"speaker": C, "text": "行吧。"},
            {"speaker": A, "text": "请问还有其他需要帮忙的吗？"},
            {"speaker": C, "text": "没了"},
            {"speaker": A, "text": "感谢您的反馈，之后有问题随时联系我们，再见！"},
        ], agent="陈晨"),
        "expect": ["R-TALK-12"],
        "note": "Chat, live stream of a final froze for half an hour ('your service is terrible'). The next agent "
                "turn only apologises and sympathises, with nothing offered (apology without a way forward). "
                "The second complaint is answered right (apology + compensation); complete closing.",
    },
    {
        "transcript": _t("chat", [
            {"speaker": A, "text": "您好，欢迎来到路墨商城家电售后，我是客服赵丽，请问有什么可以帮您？"},
            {"speaker": C, "text": "说好今天上午来修洗衣机，我请了半天假在家等，到现在一个人影都没有！你们售后真是太没用了"},
            {"speaker": A, "text": "非常抱歉让您白等了一上午，耽误了您的时间。我马上联系师傅确认情况，两分钟内在这里回复您。"},
            {"speaker": C, "text": "好，快点"},
            {"speaker": A, "text": "谢谢您稍等。师傅上午前一家的维修用时比预计长，我们没有及时通知您，这是我们安排上的失误。师傅现在已经出发，预计下午一点半左右到您家，您看可以吗？如果下午不方便，也可以改约明天上午八点。"},
            {"speaker": C, "text": "下午一点半可以。"},
            {"speaker": A, "text": "好的，已经为您确认下午一点半上门，本次上门费也为您免除。请问还有其他可以帮您的吗？"},
            {"speaker": C, "text": "没有了"},
            {"speaker": A, "text": "感谢您的理解和耐心，之后洗衣机使用上有任何问题，随时在这里联系我们。祝您生活愉快，再见！"},
        ], agent="赵丽"),
        "expect": [],
        "note": "Chat, technician never came ('your after-sales is useless'). The next agent turn apologises and "
                "offers to contact the technician within two minutes; the delay is owned without blaming the "
                "technician; new slot and alternative; complete closing. Clean.",
    },
    {
        "transcript": _t("phone", [
            {"event": "ring", "by": "system"},
            {"event": "answer", "by": "agent"},
            {"speaker": A, "text": "您好，路墨商城租车服务，我是客服刘洋，请问有什么可以帮您？"},
            {"speaker": C, "text": "我到门店取车，你们又说没车了，这已经是第三次了！我可是提前一周就订好的。"},
            {"speaker": A, "text": "周末是用车高峰，前一位客人还车晚了，所以车辆没能按时准备好。另外订单上也写明了，车型以门店实际安排为准。"},
            {"speaker": C, "text": "那我现在怎么办？我下午还要去机场接人。"},
            {"speaker": A, "text": "门店现在有一辆同级别的SUV可以给您，价格按您原来订的车型收取，您看可以吗？"},
            {"speaker": C, "text": "行，那就这辆。"},
            {"speaker": A, "text": "好的，已经为您办好换车，钥匙在门店前台领取。请问还有其他需要帮忙的吗？"},
            {"speaker": C, "text": "没有了。"},
            {"speaker": A, "text": "感谢您的来电，以后用车有任何问题，随时打这个电话找我们。祝您一路平安，再见。"},
            {"event": "hangup", "by": "customer"},
        ], agent="刘洋"),
        "expect": ["R-TALK-12", "R-TALK-6"],
        "note": "Phone, no car at pick-up ('this is the third time'). The next agent turn justifies (peak "
                "weekend, a previous renter returned late) and points the customer to the booking terms: no "
                "apology, nothing offered (R-TALK-12), and citing the terms at the customer is lecturing "
                "(R-TALK-6). The replacement car comes only when asked; complete closing.",
    },
]
