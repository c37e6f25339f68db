"""dev12, writer E: Simplified Chinese (zh-Hans) items and transcripts.

Desks: furniture delivery and assembly, online course platform, after-school club,
heat-pump installer, dry cleaner, smart locks and alarms, zoo annual pass, driving school,
photo studio, lift repair, dental practice, solar panels, camping site, museum membership,
kindergarten, boiler servicing, marina. The speaking organisation is 路墨商城 throughout.
"""

LANG = "zh-Hans"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def T(channel, agent, turns):
    return {"version": 1, "lang": "zh-Hans", "channel": channel, "agent": agent,
            "organisation": "路墨商城", "turns": turns}


RINGS2 = [E("ring", "system"), E("ring", "system"), E("answer")]
RINGS3 = [E("ring", "system"), E("ring", "system"), E("ring", "system"), E("answer")]
RINGS1 = [E("ring", "system"), E("answer")]

TRANSCRIPTS = [
    # t01 clean
    {"transcript": T("phone", "王静", RINGS2 + [
        A("您好，路墨商城家具配送中心，我是王静，请问有什么可以帮您？"),
        C("喂，你好。我订的那个衣柜，说好今天上午送货安装，我请了半天假在家等，到现在十一点半了人影都没有！"),
        A("非常抱歉，让您请了假还白等一上午。麻烦您报一下订单号，我马上帮您查师傅现在到哪儿了。"),
        C("订单号LM6620418。我就想知道他们到底还来不来？"),
        A("好的，收到。我需要联系配送站核实师傅的位置，大概两三分钟，可以请您先别挂，稍等一会儿吗？"),
        C("行吧，你快点。"),
        E("hold"),
        E("resume"),
        A("谢谢您耐心等待。配送站说师傅上一单的楼没有电梯，搬运花的时间比较长，他现在已经在去您家的路上，预计十二点二十左右到。"),
        C("十二点二十？那我下午还得上班呢，装一个衣柜要多久啊？"),
        A("耽误您这么多时间，真是不好意思。这款三门衣柜一般装一个半小时左右；如果您下午一点半必须出门，我也可以帮您改到本周六上午九点到十二点，您看哪个方便？"),
        C("那还是今天吧，改来改去更麻烦。"),
        A("好的，就按今天中午安排，我已经在订单上备注您一点半要出门，请师傅抓紧。另外因为这次迟到，我给您申请了五十元配送补偿，三个工作日内退回您的付款账户。请问还有其他需要我帮您的吗？"),
        C("没有了，就这样吧。"),
        A("好的，感谢您的耐心和理解。以后家具用起来有任何问题，欢迎您随时再打这个电话找我们。祝您下午顺利，再见！"),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Furniture delivery and assembly call, 2 rings. Complaint (fitters never came) -> apology + looks it up; "
             "'are they coming at all?' answered after a hold done right (permission + reason, thanks after resume); "
             "the mild complaint '12:20? I have to work this afternoon' -> apology + two options; 'how long does assembly "
             "take' answered (about 1.5 h). Cause given neutrally (previous building had no lift). Refund in 3 working "
             "days is a sober own commitment; 预计 is an estimate. Closing complete over the last two agent turns "
             "(anything else / thanks / call again any time / goodbye)."},

    # t02 violation: R-TALK-12
    {"transcript": T("chat", "陈晨", [
        A("您好，这里是路墨商城在线课堂客服，我是陈晨，请问有什么可以帮您？"),
        C("我上个月就学完了Excel进阶课，考试也过了，证书到现在还是灰的下载不了，搞什么啊"),
        A("请您提供一下注册用的手机号或者订单号，我来查看证书目前的状态。"),
        C("手机号13800135520"),
        A("查到了。您的考试是3月28日通过的，证书需要讲师审核签名，目前还在等待签名。我已经提交了加急申请，签好后会有短信通知您，我也会在明天中午十二点前再帮您查一次进度。"),
        C("那证书上的名字能改成英文吗？我要拿去申请国外的学校。"),
        A("可以的。请在“个人资料”里填写英文姓名，签发时证书上会同时印中文和英文姓名。"),
        C("好，我去填。谢谢"),
        A("不客气。请问还有别的需要帮忙的吗？"),
        C("没了"),
        A("感谢您的耐心。以后学习中遇到任何问题，欢迎随时来这里找我们。祝您申请顺利，再见！"),
    ]), "expect": ["R-TALK-12"],
     "note": "Online course chat. The customer complains ('finished a month ago, passed, certificate still greyed out, "
             "what is going on'); the next agent turn only asks for the phone number to look it up: a way forward but "
             "no apology (and no apology comes later either) -> R-TALK-12. Everything else is clean: the English-name "
             "question is answered, the follow-up is a dated own commitment, the closing is complete."},

    # t03 clean
    {"transcript": T("chat", "刘洋", [
        A("您好，欢迎咨询路墨商城少儿托管中心，我是刘洋，请问有什么可以帮您？"),
        C("你好，我想给孩子报秋季的课后托管班，网上报名页面一直提示“名额已满”，可我昨天打电话问还说有位置，这不是耍人吗"),
        A("给您带来困扰，实在抱歉，昨天电话里没有跟您说清楚。页面上的“名额已满”指的是周一到周五的全周班，周二、周四的半周班还有六个名额。如果您需要全周班，我可以先帮您登记候补。"),
        C("候补一般要等多久？孩子三年级，接送时间是几点到几点"),
        A("去年秋季候补的家长，大多在开学后两周内排上，不过每年人数不同，我没法给您一个准确的日子。托管从放学开始，到下午六点半结束；三年级三点四十放学，老师会在校门口集合把孩子接过来。"),
        C("那我先报半周班，同时排全周的候补，这样可以吗？"),
        A("可以的，两个可以同时办。我已经把孩子登记到周二、周四半周班，也加进了全周班候补的第三位。请在本周五前在报名页面上传孩子的学生证照片，报名就完成了。"),
        C("好的，谢谢你啊，解释得很清楚"),
        A("不客气，也谢谢您的理解。请问还有其他问题需要我帮忙吗？"),
        C("没有了"),
        A("好的。之后有任何疑问，欢迎您随时再来咨询。祝孩子新学期愉快，再见！"),
    ]), "expect": [],
     "note": "After-school club chat. Complaint ('page says full, yesterday you said there were places, is this a "
             "joke') -> apology (owning the unclear phone answer) + explanation + waiting-list offer. 'How long is "
             "the wait' answered with last year's figure and an honest 'cannot give an exact date' (a concrete "
             "reference, not the vague forbidden phrase); pick-up hours answered; 'can I do both' answered yes. "
             "Closing spread over the last two agent turns: thanks + anything else, then come back any time + goodbye."},

    # t04 violation: R-TALK-10, R-TALK-2
    {"transcript": T("phone", "赵敏", RINGS2 + [
        A("您好，路墨商城热泵安装服务，我是赵敏，请问有什么可以帮您？"),
        C("喂，我家去年装的热泵，这两天一到晚上就报警，屋里暖气也不热了，冻死了都！"),
        A("真抱歉，这么冷的天让您受冻了。请告诉我您的安装地址或者手机号，我查一下设备档案，尽快安排人上门。"),
        C("东城区安和路18号3单元，手机尾号4471。屏幕上显示的是E5，这是什么意思啊？"),
        A("好，我调一下您的设备记录，别挂啊。"),
        E("hold"),
        E("resume"),
        A("您那台机器还在保修期内。E5表示室外机压力偏低，机器自动停机保护，天冷时常见的原因是制冷剂不足或者室外机结霜太厚。我给您安排明天上午九点到十一点师傅上门检查，保修期内不收费。"),
        C("明天上午可以。那今天晚上我该怎么办？"),
        A("今晚您可以先把热泵关机、断电十分钟再重新打开；如果又显示E5，就先用电暖器应急。我已经备注请师傅出发时先给您打个电话。"),
        C("行，那就这样吧，谢谢。"),
        A("好的，请问还有什么需要我帮您的吗？"),
        C("没有了。"),
        A("感谢您的来电，祝您晚上暖和一些，再见。"),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-10", "R-TALK-2"],
     "note": "Heat-pump call. The complaint is handled right (apology + visit). The hold is announced as 'let me pull up "
             "your records, don't hang up': a reason but no permission asked, and the first turn after resume thanks "
             "nobody for waiting -> R-TALK-10. Closing has anything-else, thanks and goodbye but never says the "
             "customer can call again -> R-TALK-2. Questions ('what does E5 mean', 'what do I do tonight') answered."},

    # t05 clean, with a transfer
    {"transcript": T("phone", "周琳", RINGS1 + [
        A("您好，路墨商城洗衣服务，我是周琳，请问有什么可以帮您？"),
        C("我上周送洗的一件羊绒大衣，今天取回来发现袖口缩了一截，还有一块发黄的印子，之前根本没有的。你们这洗得也太差劲了吧！"),
        A("非常抱歉，大衣洗成这样，给您添了大麻烦。赔偿需要门店店长来评估，我先把您的情况跟她讲清楚，再为您转过去，您看可以吗？"),
        C("转吧，别让我再从头说一遍就行。"),
        A("不会的，取件单号和大衣的情况我都会告诉店长。请您稍候，现在为您转接。"),
        E("transfer", to="门店店长"),
        A("您好，我是门店店长孙丽。周琳已经跟我说了您羊绒大衣缩水和发黄的事，真的很抱歉。麻烦您方便的时候把大衣带到店里，我们当面检查。"),
        C("我哪有时间再跑一趟？你们能不能上门来取？赔偿怎么算？"),
        A("不好意思，是我考虑不周。可以上门取，明天下午两点到五点我们派同事到您登记的地址取件。赔偿按大衣的购买价来算：确认是洗涤造成的，我们赔付购买价的百分之七十，也可以免费送专业修复，由您来选。"),
        C("行，那明天下午我在家。有购物小票要一起给你们吗"),
        A("有的话请一起交给取件的同事，没有也没关系，我们按同款的市场价来算。明天取件已经为您登记好了。请问还有其他需要我帮忙的吗？"),
        C("没了。"),
        A("谢谢您的耐心，这次真的给您添麻烦了。以后有任何问题，欢迎您随时打电话给我们。再见！"),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Dry-cleaner call with a transfer to the shop manager (summary given, customer agreed). Complaint (shrunk, "
             "stained cashmere coat) -> apology + transfer offered; 'why should I come in again?' -> 'sorry, my "
             "oversight' + pick-up tomorrow 14-17. Questions (pick-up? how is compensation calculated? bring the "
             "receipt?) all answered. The second agent closes completely. 'If it is confirmed to be the cleaning' is a "
             "neutral condition, not blame."},

    # t06 violation: R-TALK-9
    {"transcript": T("chat", "黄磊", [
        A("您好，路墨商城智能门锁客服，我是黄磊，请问有什么可以帮您？"),
        C("你好，我家门锁昨晚半夜突然自己响警报，响了快十分钟，邻居都来敲门了，太丢人了"),
        A("实在抱歉，半夜报警给您和邻居都造成了打扰。麻烦您告诉我门锁型号或者订单号，我先查明原因，再帮您安排处理。"),
        C("型号是LM-S7，订单号LM8830127。是不是电池快没电了才会这样？还有，这个警报能不能设成只在手机上提醒，不要在门口响？"),
        A("我查了，您这把锁的电量还有百分之六十，不是电池的问题。记录显示昨晚两点十三分有三次指纹没有识别成功，触发了防撬警报。"),
        C("啊？三次？那会不会是有人想撬我家门？"),
        A("从记录看，三次尝试间隔都不到五秒，锁上也没有被撬动的震动信号，更像是误触或者感应区有水汽。建议您用干布擦擦指纹感应区；我们也可以安排师傅明天免费上门检测，您看需要吗？"),
        C("那就安排吧，明天下午在家。"),
        A("好的，已为您预约明天下午两点到四点，到时师傅会先和您电话联系。请问还有别的需要帮忙的吗？"),
        C("没有了，谢谢"),
        A("不客气，感谢您的耐心。以后门锁有任何问题，欢迎随时来找我们。再见！"),
    ]), "expect": ["R-TALK-9"],
     "note": "Smart-lock chat. Complaint -> apology + way forward. The customer asks two questions in one turn: "
             "'is the battery low?' (answered: no, 60%) and 'can the alarm be set to notify only my phone, not sound "
             "at the door?' - never answered, although the agent keeps talking about the alarm and what triggered it "
             "-> R-TALK-9. The break-in question is answered; closing complete."},

    # t07 clean
    {"transcript": T("phone", "吴芳", RINGS3 + [
        A("您好，路墨商城年卡服务中心，我是吴芳，请问有什么可以帮您？"),
        C("你好，我在你们这买的野生动物园家庭年卡，周末带孩子去，闸机刷不进去，工作人员说卡没激活，让我们在门口排了四十分钟，孩子都哭了，你们卖的这叫什么卡啊！"),
        A("太抱歉了，让您和孩子在门口等了这么久。我现在就帮您查年卡的激活情况，麻烦您告诉我下单用的手机号好吗？"),
        C("139 2266 0815。我付款的时候明明把信息都填了，为什么还会没激活？"),
        A("收到。激活记录要到动物园的系统里核对，大约需要两分钟，可以请您不要挂机，稍等片刻吗？"),
        C("可以。"),
        E("hold"),
        E("resume"),
        A("感谢您的耐心等待。查到了：动物园上周五升级系统，那两天的年卡订单没有同步过去，您的订单正好是其中一张，您填的信息本身没有问题。我已经手动为您提交激活，成功后您会收到短信，我今天下午四点前也会再打电话跟您确认。"),
        C("好吧。那有效期会不会从今天就开始算了？"),
        A("不会的，有效期从您第一次入园那天开始算，一年内不限次数；上周末没能入园，所以还没有开始计算。另外这次让您白排队，我给您申请了两张单次门票作为补偿，会以短信发到这个手机号。"),
        C("那行，谢谢你了。"),
        A("不客气，这是我们应该做的。请问还有其他需要帮忙的地方吗？"),
        C("没有了。"),
        A("好的，再次感谢您的理解。以后年卡用起来有任何问题，欢迎您随时来电。祝您和孩子玩得开心，再见！"),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Zoo annual pass call, exactly 3 rings (not more than 3). Complaint (turned away at the gate, 40 minutes) "
             "-> apology + checking now. 'Why was it not activated?' answered after a hold done right: cause given "
             "neutrally (the zoo's system update; partner named without blame) and explicitly not the customer's "
             "input. Follow-up call by 16:00 is a dated own commitment. 'Does validity start today?' answered (no). "
             "Closing complete over the last two agent turns."},

    # t08 violation: R-TALK-6, R-TALK-12
    {"transcript": T("phone", "马超", RINGS1 + [
        A("您好，路墨商城驾培服务中心，我是马超，请问有什么可以帮您？"),
        C("我约的今天下午科目二练车，到了训练场教练说我的预约被取消了，我请假跑过来一趟，白跑了！"),
        A("我这边看到，您的预约是前天晚上取消的，原因是练车前二十四小时没有确认。确认提醒短信前天就发出去了，这种短信还是得您自己多留意。"),
        C("我根本没收到什么短信！那现在怎么办，下次什么时候能练？"),
        A("抱歉，那我帮您再看看。这周六上午八点到十点还有一个空位，我现在就帮您约上，也把您的手机号核对一遍，看看短信为什么没收到。"),
        C("周六可以。手机号是137 0555 2310，没错吧？"),
        A("系统里登记的是137 0555 2301，最后两位顺序不一样，我已经改成您刚才说的号码了。"),
        C("好，知道了。"),
        A("周六上午八点的预约已经确认，改好号码后您会收到一条确认短信。请问还有其他需要帮忙的吗？"),
        C("没了。"),
        A("感谢您的来电，以后有任何问题欢迎随时联系我们，祝您练车顺利，再见！"),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-6", "R-TALK-12"],
     "note": "Driving-school call. Complaint (lesson cancelled, came for nothing) -> the agent justifies the "
             "cancellation and puts it on the customer ('the reminder was sent, you need to watch for such texts "
             "yourself'): blame/lecturing -> R-TALK-6; that turn has no apology and no way forward -> R-TALK-12. "
             "The second complaint is answered right (sorry + Saturday slot). The phone-number correction is neutral. "
             "Questions (when can I practise? is the number right?) answered; closing complete."},

    # t09 clean
    {"transcript": T("chat", "林晓", [
        A("您好，路墨商城摄影工作室在线客服，我是林晓，请问有什么可以帮您？"),
        C("上个月20号拍的全家福，当时说两周出精修，现在都快四周了还没消息，问了两次都说在修"),
        A("非常抱歉，交片时间已经远远超过说好的两周，是我们没有及时跟进。请您发一下拍摄时留的手机号，我马上去确认精修进度，给您一个明确的交片日期。"),
        C("15866021973。另外我当时选了十张精修，现在想加到十五张，还来得及吗？加的话多少钱"),
        A("查到了，十张已经修好七张，剩下三张修图师今天在做。加到十五张完全来得及，多加的五张每张六十元，一共三百元；为表歉意，这三百元我们给您减一半，只收一百五十元。我和修图师确认过，十五张精修会在本周五晚上八点前发到您的邮箱。"),
        C("行，那就加吧。钱怎么付？"),
        A("我现在在这个对话里给您发一个一百五十元的付款链接，点开就能用微信或支付宝付款，付完会收到确认信息。"),
        C("付好了"),
        A("收到了，谢谢您！请问还有其他需要帮您的吗？"),
        C("没有了，周五等你们的照片"),
        A("好的，再次感谢您的耐心。之后对照片有任何想法，欢迎随时在这里找我们。祝您一家周末愉快，再见！"),
    ]), "expect": [],
     "note": "Photo-studio chat. Complaint (retouched photos two weeks late, asked twice) -> apology owning the delay "
             "+ checking and a firm date. 'Not too late to add five?', 'how much?' and 'how do I pay?' all answered; "
             "the Friday 20:00 date is a sober commitment agreed with the retoucher. Closing complete (anything else "
             "in the previous turn; thanks, come back any time, goodbye in the last)."},

    # t10 violation: R-TALK-12, R-TALK-2
    {"transcript": T("phone", "郑伟", RINGS2 + [
        A("您好，路墨商城电梯维修服务，我是郑伟，请问有什么可以帮您？"),
        C("我是锦华小区七号楼的物业，楼里电梯从昨天下午停到现在，你们说今天早上来修，结果到现在一个人都没来，楼上的老人都下不了楼！"),
        A("实在对不起，真的很抱歉，让住户们受这么大影响，特别是老人家，我完全理解您现在的心情。"),
        C("光道歉有什么用？我就问你们的人到底什么时候到？"),
        A("对不起，我刚查了：维修师傅上午在另一个小区处理有人被困的紧急情况，现在已经出发去您那边，预计下午一点前到。我也把您这栋楼列为今天优先处理，修好之前会一直有师傅在现场。"),
        C("要是今天修不好呢？"),
        A("如果今天修不好，我们会派两名工作人员在楼下值守，帮行动不便的住户上下楼、搬东西，一直到电梯恢复为止。"),
        C("行吧，那就这样。"),
        A("好的。请问还有其他需要我帮忙的吗？"),
        C("没了。"),
        A("以后电梯有任何问题，欢迎随时打这个电话找我们。再见。"),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-12", "R-TALK-2"],
     "note": "Lift-repair call. First complaint (lift down since yesterday, nobody came) -> the next agent turn is "
             "apology and 'I fully understand' with nothing offered -> R-TALK-12. The second complaint ('what use is "
             "sorry, when will they come?') is answered right (sorry + ETA + priority), and 'what if it's not fixed "
             "today' is answered. Closing asks anything else, invites a call and says goodbye, but never thanks "
             "the customer -> R-TALK-2."},
]


ITEMS = [
    # ---- R-TALK-9: clean, violation, ... (customer set, position whole)
    {"text": "您好，已经帮您把令爱的洗牙从下周三下午改到本周六上午十点，原来的预约同时取消了。十二岁的孩子就诊时需要一位家长在场，请您陪同前来，并带上孩子的医保卡。如果时间还需要调整，直接回复这封邮件就可以。",
     "customer": "你好，我女儿下周三下午约了洗牙，她那天要考试，想改到周六上午，可以吗？另外她今年十二岁，洗牙需要家长陪着吗？",
     "channel": "email", "expect": [],
     "note": "Dental practice. Two yes/no questions: 'can it move to Saturday morning?' answered by doing it; 'does a "
             "parent need to come?' answered (yes, one parent). Clean."},
    {"text": "您好，很抱歉让您担心了。这个月阴雨天比较多，发电量下降一部分是正常的，但少了一半确实偏多。我已经为您预约了本周四上午的上门检查，工程师会逐块检测光伏板和配套设备的工作状态，到时把结果告诉您。",
     "customer": "我们家屋顶装的光伏板，这个月发电量比上个月少了快一半，是不是板子坏了？还有你们上门检查要收费吗",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Solar panels. 'Are the panels broken?' is addressed (weather explains part, a visit will check). 'Is the "
             "inspection visit charged?' is never answered, although the reply books that very visit -> R-TALK-9."},
    {"text": "您好，七月的周末，带电的帐篷位目前只剩十二日和二十六日两天了。两个相邻的位子可以一起订，我已经为您暂留了二十六日的B7和B8，保留到本周日晚上。营地可以带狗，进营时请出示疫苗证明，在营地里请一直拴好牵引绳。",
     "customer": "请问你们营地七月的周末还有带电的帐篷位吗？我们两家人，三个大人四个小孩，能不能挨着订两个位？宠物狗可以带吗",
     "channel": "email", "expect": [],
     "note": "Camping site. Three questions (pitches with power left in July? two adjacent pitches? dogs allowed?) all "
             "answered, the first implicitly ('only two dates left'), the last without '?' in the original. Clean."},
    {"text": "您好，没有开始学习的课程可以直接更换，数据分析课比Python入门课贵一百二十元，换课时补上差价就可以。换课请在“我的订单”里点“申请换课”，我们会在一个工作日内处理完成。",
     "customer": "我买的Python入门课还没开始学，现在想换成数据分析课，可以直接换吗？差价要补多少？如果不换的话，这个课的有效期是多久",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Online course platform. 'Can I switch?' (yes) and 'how much is the difference?' (120 yuan) answered; "
             "the conditional third question 'if I don't switch, how long is this course valid?' is ignored "
             "-> R-TALK-9."},
    {"text": "您好，今年家庭会员的价格从三百八十元调到了四百二十元，不过老会员在到期前续费，仍然可以按三百八十元续一年。续费后，会员每次可以带一位朋友免费参观常设展；特展需要朋友另外购票，会员本人免费。",
     "customer": "我去年办的博物馆家庭会员下个月到期，续费还是原价吗？我也想知道续费之后，会员带的朋友是不是还能免费进特展",
     "channel": "chat", "expect": [],
     "note": "Museum membership. 'Is renewal still the old price?' answered (yes for renewals before expiry, though the "
             "list price rose); the embedded question 'can a guest still enter special exhibitions free?' answered "
             "(no, only the permanent one). Clean."},
    {"text": "您好，真丝衬衫我们会单独手工清洗，不会和其他衣物一起机洗，请您放心。红酒渍如果是这几天刚沾上的，大多数都能处理干净；时间长一些的会变淡，但可能留下浅印，收衣时店员会先和您一起看看情况。",
     "customer": "衬衫上的红酒渍能洗掉吗？我这件是真丝的，怕洗坏。明天中午能取吗",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Laundry. 'Can the wine stain come out?' answered, the worry about silk answered; 'can I collect it "
             "tomorrow at noon' (no question mark) is never addressed -> R-TALK-9."},
    {"text": "您好，有的。训练场周一到周五晚上六点到九点开放夜间练车，每次一个半小时，下周二和周四晚上七点半都还有空位。您选好哪天告诉我，我帮您约上。",
     "customer": "我科目一已经过了，科目二想约下周的，但是我只有晚上有空。你们晚上有练车吗",
     "channel": "chat", "expect": [],
     "note": "Driving school. The only question ('do you have evening lessons', no question mark) answered yes with "
             "times and free slots. Clean."},
    {"text": "您好，欢迎您考虑我们幼儿园。转学需要准备孩子的户口本、预防接种证和原幼儿园的在园证明，三份材料都请带原件和复印件。孩子花生过敏，家长难免会很操心，我们非常理解您的担心。中班下学期目前还有四个名额，您可以在三月五日前来园里报名。",
     "customer": "老师您好，孩子下学期想转到你们幼儿园中班，转学需要带哪些材料？现在还有名额吗？另外，他对花生过敏，食堂能不能单独准备餐食？",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Kindergarten transfer. Documents and places answered; 'can the canteen prepare separate meals for his "
             "peanut allergy?' is met only with sympathy ('we understand your worry'), never answered -> R-TALK-9."},
    {"text": "您好，今年的保养可以安排在十月九日到十月十八日之间，您挑一天告诉我就行。您说的那位是王师傅，他负责您那个片区，我已经在预约里备注请他上门；如果那天他正好休息，我会提前打电话和您商量换一天。",
     "customer": "我家壁挂炉每年都是你们保养，今年几号能来？上次那个师傅挺细心的，还能派他来吗",
     "channel": "phone", "expect": [],
     "note": "Boiler servicing. 'Which dates?' answered with a range; 'can the same technician come?' answered (noted, "
             "with what happens if he is off). Colleague named neutrally. Clean."},
    {"text": "您好，换底色拍完当场就能调整，白、蓝、红三种都可以，大约十分钟。换好底色的照片和普通证件照一样，当天就能冲印取走。",
     "customer": "上次您说证件照可以当天取，那如果我要换底色呢？也是当天吗？还有电子版是另外收费吗",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Photo studio, follow-up questions referring back to an earlier answer. 'What about a different "
             "background?' and 'also same day?' answered; 'is the digital file charged extra?' ignored -> R-TALK-9."},
    {"text": "您好，C级锁芯我们有三个品牌，价格在两百八十元到四百五十元之间，都包含上门安装。您家门锁芯的尺寸要先确认，有没有这个尺寸的现货我现在还不能确定，今天下午五点前我查完库存再打电话告诉您。方便的话，您也可以先拍一张门侧面锁芯的照片发给我。",
     "customer": "我的防盗门锁芯想换成C级的，你们有没有现货？多少钱？",
     "channel": "chat", "expect": [],
     "note": "Locksmith. Price answered; 'in stock?' answered honestly as not known yet with a dated follow-up "
             "(by 17:00 today). Clean."},
    {"text": "您好，八月是旺季，建议您至少提前三周预订泊位，直接回复这封邮件告诉我们到达和离开的日期就可以。九米长的船每晚泊位费是两百六十元，连停三晚及以上打九折。期待您八月到来。",
     "customer": "我们计划八月中旬开帆船过去，在你们码头停三晚，需要提前多久订泊位？船长九米，费用大概多少？码头上有没有加水充电的地方",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Marina. 'How far ahead to book?' and 'how much?' answered; 'is there fresh water and shore power on "
             "the pontoon' is left out -> R-TALK-9."},

    # ---- R-TALK-6: clean, violation, ...
    {"text": "您好，您家热泵昨晚停机，是因为室外机周围积雪太厚，进风口被堵住后，机器自动进入了保护状态。这在大雪天比较常见，并不是设备故障。明天上午我们的师傅会上门清理，并加装一个防雪罩，费用由我们承担。",
     "channel": "email", "expect": [],
     "note": "Heat pump. Cause explained without blaming anyone (snow blocked the intake), not a fault, free visit "
             "offered. Near miss for blame. Clean."},
    {"text": "您好，关于您反映补牙后仍然疼痛的情况，我们非常重视。补牙后二十四小时内不能咀嚼硬物，这一点医生治疗结束时已经交代过；术后饮食没有按医嘱注意的话，出现疼痛的情况并不少见。建议您本周内再来复诊一次，医生会为您仔细检查。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Dental practice. Polite surface and an offer of a check-up, but the reply implies the customer caused "
             "the pain by not following the dentist's instructions ('the doctor told you...; if diet was not "
             "watched, pain is common'): indirect blame and lecturing -> R-TALK-6."},
    {"text": "您好，您说的“师傅装完柜门就走了，抽屉一个都没装”，我们核对了安装记录，确实是我们漏装了，非常抱歉。我已经为您安排周四上午九点到十一点补装，还是同一位师傅，会带齐配件过去，这次不另收任何费用。",
     "channel": "chat", "expect": [],
     "note": "Furniture assembly. Quotes the customer's complaint, owns the company's mistake, books a free revisit. "
             "Near miss for speaking badly of the company/colleague. Clean."},
    {"text": "您好，这次照片颜色偏黄，真的很抱歉。说实话，那天给您修图的是新来的同事，经验不够，手上的活一直比较粗糙，我们也挺头疼的。我已经把原片交给资深修图师重新调色，明天下午前发给您。",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Photo studio. Apology and a fix, but the reply runs down a colleague ('new, inexperienced, always "
             "sloppy, a headache for us') -> R-TALK-6."},
    {"text": "您好，年卡办理后不能退款，很抱歉这一点没能满足您的要求。如果您接下来确实不方便来馆，我们可以把年卡免费转给您的一位家人或朋友使用，也可以把有效期顺延六个月。您选好其中一种，回复这条消息告诉我就可以。",
     "channel": "chat", "expect": [],
     "note": "Museum annual pass. A refusal, but with an apology and two alternatives (transfer or extension). Near "
             "miss for a flat refusal. Clean."},
    {"text": "您好，经审核，您的退款申请不符合平台退款条件。依据《用户服务协议》第七条，课程开通超过七天后不予退款。本次申请已作关闭处理，同类申请后续将不再受理。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Online course platform. Bureaucratic flat refusal citing a clause at the customer, closes the matter "
             "and offers nothing -> R-TALK-6."},
    {"text": "您好，您家光伏系统接入电网前，需要供电公司到现场验收，目前供电公司安排在下周三上午。我们的工程师会一起到场，验收通过后当天就为您接通发电。如果验收时间有变动，我会第一时间打电话告诉您。",
     "channel": "chat", "expect": [],
     "note": "Solar installer. A partner (the power company) named neutrally as a step in the process; own "
             "commitments only. Near miss for running down a partner. Clean."},
    {"text": "您好，感谢您的来信。关于您想要教练个人联系方式一事，教练的手机号属于内部信息，不便对外提供，还请您谅解。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Driving school. Politely worded, but refuses contact details and offers no other way to reach the "
             "instructor (no relay, no office number) -> R-TALK-6."},
    {"text": "您好，我仔细核对了您的付款记录：这次洗衣您只付了一笔八十六元，另一笔是上个月洗羽绒服的费用，两笔时间挨得比较近，看起来很像同一笔。两笔账单的截图我都发给您了，如果看完还有疑问，我可以和您一起逐条对一遍。",
     "channel": "chat", "expect": [],
     "note": "Laundry, customer thought they were charged twice. The agent corrects the customer politely, with "
             "evidence and an offer to go through it together; no blame. Near miss for contradicting. Clean."},
    {"text": "您好，您说报警器无缘无故半夜响，这种情况基本不可能发生。报警器只有在检测到门窗被打开时才会响，说明书第三页写得很清楚，出门前请先确认门窗都关好，再打开报警模式。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Alarm company. Contradicts the customer ('basically impossible') and lectures them with the manual; "
             "no help offered -> R-TALK-6."},
    {"text": "您好，您的帐篷位被重复预订，完全不是您的问题，是我们的预订页面那天把同一个位子卖出了两次，给您添麻烦了，非常抱歉。我们已为您换到靠湖边的C3位，比原来的位子大一些，不用补差价，第一晚的费用也退还给您。",
     "channel": "email", "expect": [],
     "note": "Camping site. Negated blame ('not your fault at all') and the company owns its booking error; "
             "compensation given. Near miss for blame and for running down the company. Clean."},
    {"text": "您好，抱歉让您等了这么久。我们调度部门一向这样，排班乱七八糟，已经好几次把上门时间搞错了，我们客服也很无奈。我已经直接联系了师傅，他今天下午三点左右到您家。",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Boiler servicing. Apology and a fix, but the agent runs down another department ('always like this, "
             "chaotic rotas, we in customer service are helpless') -> R-TALK-6."},

    # ---- R-LETTER-1: clean, violation, ...
    {"text": "尊敬的李女士：\n您好！您于6月3日申请取消的7月营位预订已处理完毕，预订押金五百元已于6月10日原路退回您尾号2208的银行卡。银行到账一般需要一至三个工作日，您无需再办理任何手续。如到6月14日仍未收到，请致电400-820-3366，我们会为您查询。\n此致\n敬礼！\n路墨商城营地服务部\n2024年6月10日",
     "channel": "letter", "expect": [],
     "note": "Camping site: booking cancelled, deposit returned. Says nothing is needed (refund already sent) and what "
             "to do if it has not arrived by 14 June. Clean."},
    {"text": "尊敬的张先生：\n您好！根据近期人工及配件成本的变化，自2024年9月1日起，壁挂炉年度保养服务费将由每年二百八十元调整为每年三百二十元。本次调整适用于所有签约的家庭用户。感谢您一直以来对我们的信任与支持。\n此致\n敬礼！\n路墨商城家电保养服务中心",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Boiler servicing: fee change. States the new fee and stops; the customer is not told whether anything "
             "is needed (pay the difference, accept, cancel) -> R-LETTER-1."},
    {"text": "尊敬的王先生：\n您好！您为王一诺小朋友提交的入园报名材料中，尚缺少《预防接种证》复印件。请您在8月20日前将复印件交到园区门卫室，或拍照发送至 ruyuan@lumo-shop.cn，邮件标题请注明孩子姓名。材料齐全后，我们将在三个工作日内以短信通知您录取结果。如有疑问，请拨打021-6238 5120。\n此致\n敬礼！\n路墨商城幼儿园招生办公室",
     "channel": "letter", "expect": [],
     "note": "Kindergarten: a document is missing. Says what (vaccination certificate copy), by when (20 August) and "
             "how (gatehouse or e-mail). Clean."},
    {"text": "尊敬的陈女士：\n您好！因考场设备检修，您原定于2024年5月18日上午的科目三考试已被取消。由此给您带来的不便，我们深表歉意。\n此致\n敬礼！\n路墨商城驾培服务中心\n2024年5月13日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Driving school: exam cancelled. Apologises but never says whether the customer must rebook, will be "
             "rebooked, or by when -> R-LETTER-1."},
    {"text": "尊敬的刘先生：\n您好！您的家庭安防监控服务合同将于2024年12月31日到期，按照您11月5日来电的要求，合同到期后不再续签。最后一期服务费已经结清，门口的报警主机是您购买的设备，可以继续作为本地报警器使用，因此您无需办理任何手续。监控中心将从2025年1月1日零点起停止远程监控。如您之后想恢复服务，拨打400-660-1288即可。\n此致\n敬礼！\n路墨商城安防服务部",
     "channel": "letter", "expect": [],
     "note": "Alarm company: contract ends. Says nothing is needed and why (fees settled, the unit is theirs), plus how "
             "to restart. Clean."},
    {"text": "尊敬的周女士：\n您好！您的博物馆家庭会员自动续费于2024年7月1日扣款未成功，会员资格自即日起暂停。暂停期间，会员卡无法用于入馆及预约特展。\n此致\n敬礼！\n路墨商城会员服务中心",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Museum membership suspended after a failed payment. States the fact and its effect, but not what the "
             "member should do to restore it (pay how, by when) -> R-LETTER-1."},
    {"text": "尊敬的孙先生：\n您好！因光伏板到货推迟，您家屋顶光伏系统的安装日期由原定的4月22日改为4月29日（星期一），安装时间仍为上午八点至下午五点。请您在4月26日前回复短信“确认”，或致电400-808-5566另约日期。安装当天请确保有一位家人在家，并提前清空通往屋顶的通道。给您带来的不便，敬请谅解。\n此致\n敬礼！\n路墨商城新能源安装部",
     "channel": "letter", "expect": [],
     "note": "Solar installer: date moved. Says what to do (confirm by SMS or call to rebook), by when (26 April) and "
             "what to prepare on the day. Clean."},
    {"text": "尊敬的吴女士：\n您好！您在本店定制的实木书柜，因所选木材的批次出现色差，交货日期将由原定的3月15日推迟至4月10日。对于由此给您带来的不便，我们深表歉意，并感谢您的耐心与理解。\n此致\n敬礼！\n路墨商城家具定制部",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Furniture shop: delivery date moved. Gives the new date and an apology but does not say whether the "
             "customer must confirm, can cancel, or need do nothing -> R-LETTER-1."},
    {"text": "尊敬的吴先生：\n您好！自2024年10月1日起，洗衣月卡的价格由每月一百六十元调整为一百八十元。您的月卡已预付至12月31日，在此期间仍按原价执行，您无需补交差价，也无需办理任何手续。2025年1月起是否继续使用月卡，请您在12月20日前通过小程序“我的月卡”页面选择续订或停止。\n此致\n敬礼！\n路墨商城洗衣服务部",
     "channel": "letter", "expect": [],
     "note": "Laundry: fee change. Nothing needed now and why (prepaid to 31 December); what to choose for next year, "
             "by 20 December and where. Clean."},
    {"text": "尊敬的郑先生：\n您好！经核查，您提交的驾驶证申领材料中缺少近六个月内的体检证明，目前您的申领流程暂时无法继续办理。\n此致\n敬礼！\n路墨商城驾培服务中心",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Driving school: a document is missing. States it and stops; no instruction to submit it, how or by "
             "when -> R-LETTER-1."},

    # ---- R-TALK-2 closings: clean, violation, ...
    {"text": "那今天就先帮您处理到这里，请问还有其他问题吗？如果没有的话，非常感谢您的耐心，之后年卡有任何需要，随时再打过来就行。再见！",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Zoo annual pass call, last agent turn: anything else / thanks / call again any time / goodbye. Clean."},
    {"text": "问题已经帮您处理好了，感谢您今天的耐心等待。以后营地预订上有任何疑问，欢迎随时来这里咨询。祝您露营愉快，再见！",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Camping chat closing: thanks, come back, goodbye, but never asks whether anything else is needed "
             "-> R-TALK-2."},
    {"text": "以上就是复诊前需要注意的事项。请问您还有其他想了解的吗？如有任何问题，欢迎随时回复本邮件或致电诊所前台。感谢您对我们的信任。\n\n此致\n敬礼\n路墨商城口腔门诊 刘悦",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Dental e-mail ending: anything else / come back any time / thanks; 此致敬礼 is the goodbye. Clean."},
    {"text": "好的，那周六上午八点训练场见。您看还有什么需要我帮忙的吗？没有的话，之后练车有任何问题，都可以随时打这个电话。再见！",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "Driving-school call closing: anything else, call any time, goodbye, but no thanks -> R-TALK-2."},
    {"text": "不客气！请问还有别的能帮上您的吗？照片收到后如果哪里想调整，随时在这里留言就行。谢谢您选择我们，祝您一家开心，拜拜！",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Photo-studio chat closing: anything else / come back any time / thanks / goodbye (拜拜). The opening "
             "不客气 answers the customer's thanks. Clean."},
    {"text": "以上是热泵冬季使用的几点建议。请问您还有其他问题需要咨询吗？非常感谢您耐心读完，以后设备有任何异常，欢迎随时联系我们。",
     "position": "closing", "channel": "email", "expect": ["R-TALK-2"],
     "note": "Heat-pump e-mail ending: anything else, thanks, come back, but no goodbye and no sign-off -> R-TALK-2."},
    {"text": "好的，明天上午九点师傅带新锁芯过去。您还有其他需要我帮忙的吗？要是没有，那就谢谢您的来电了，以后有问题随时再打给我们，再见。",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Locksmith call closing in spoken style: anything else / thanks / call again any time / goodbye. Clean."},
    {"text": "好的，您的会员续费已经办好了。请问还有其他需要帮您的吗？感谢您一直以来的支持，祝您参观愉快，再见！",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Museum membership chat closing: anything else, thanks, goodbye, but nothing about coming back "
             "-> R-TALK-2."},
]
