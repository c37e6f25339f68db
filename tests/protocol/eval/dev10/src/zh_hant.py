"""dev10 items, Traditional Chinese (writer C). Taiwan-flavoured (新台幣, 超商取貨, 宅配, 民國年,
掰掰), written anew, not a conversion of zh_hans.py. Service desks run by 路墨商城: parking,
parcel pickup, video subscription, gym, a university extension office (name left out), furniture
and appliance repair, hotel and travel, car rental, a member library, an online pharmacy."""

LANG = "zh-Hant"

ITEMS = [
    # ---------------- R-TALK-6: 4 clean + 4 violations, alternating ----------------
    {
        "text": "林先生您好，感謝您的來信。您上週五離開路墨商城停車場時被重複扣款，原因是當天出口的車牌辨識設備在更新，"
                "部分車輛被記錄了兩次，這是我們這邊的問題，並非您的疏失。多扣的新台幣65元已退回您綁定的信用卡，"
                "約三至五個工作天入帳。造成您的困擾，真的很抱歉。\n路墨商城停車服務 陳怡君",
        "expect": [],
        "channel": "email",
        "note": "Parking: double charge at the exit caused by a plate-reader update; 'our problem, not your "
                "mistake'; refund. Clean: cause explained, own fault owned, negated blame.",
    },
    {
        "text": "您好，您訂購的保健食品已退回倉庫，原因是超過7天未到超商取貨，依規定自動退件。"
                "取貨期限在通知簡訊中已清楚說明，逾期未取的責任需由您自行承擔，運費恕不退還。\n路墨商城客服中心",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Convenience-store pickup expired: 'the deadline was clearly stated in the SMS, the "
                "responsibility is yours, shipping is not refunded'. Blame and a flat refusal, nothing offered.",
    },
    {
        "text": "您好，很抱歉，個人方案目前無法加入家人共用。如果您希望和家人一起觀看，可以改為家庭方案，"
                "每月新台幣390元，最多四人同時觀看，本月已付的費用會按剩餘天數折抵。"
                "需要的話，我可以把升級步驟傳給您。\n路墨商城影音會員服務 黃志明",
        "expect": [],
        "channel": "email",
        "note": "Video subscription: sharing is not possible on the personal plan, but the family plan is "
                "offered with a credit for this month. Clean: a refusal with an alternative.",
    },
    {
        "text": "會員您好，跟您說實話，我們公司的管理一直都很混亂，課表常常臨時更動，連我們員工也是最後才知道。"
                "這次的飛輪課取消，我已經幫您把堂數補回去了。\n路墨商城健身中心櫃檯 吳佩珊",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Gym class cancelled: 'honestly, our company's management has always been a mess'. Speaking "
                "badly of the company while fixing the problem.",
    },
    {
        "text": "同學您好，關於您提到選課系統顯示「未繳費」的問題，我們已和出納組的王小姐確認，"
                "您的學費在9月5日已經入帳，只是資料要隔天才會更新。目前畫面應該已經顯示「已繳費」，"
                "如果還沒有，請回覆這封信，我們會再幫您查詢。\n教務處註冊組 李老師",
        "expect": [],
        "channel": "email",
        "note": "University registry: tuition shown as unpaid; a colleague in the cashier's office is named "
                "neutrally, the delay explained, follow-up offered. Clean.",
    },
    {
        "text": "您好，您說師傅組裝時把衣櫃門板刮傷，但師傅離開前您已經在驗收單上簽名，確認沒有問題，"
                "所以門板的刮痕不可能是組裝時造成的。這部分我們無法受理。\n路墨商城家具售後 張文豪",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Furniture assembly scratch: 'you signed the acceptance form, so it cannot have been the "
                "assembly; we cannot accept this'. Contradicting the customer and refusing flatly.",
    },
    {
        "text": "您好，您在評論中提到「房間冷氣壞了，打了三次電話都沒人來處理」，我們非常抱歉讓您度過了不舒服的一晚。"
                "經了解，當晚值班人力安排不足，這是飯店管理上的疏失。我們已退還當晚房價的一半，共新台幣1,450元，"
                "並安排維修人員全面檢查冷氣。\n路墨商城旅遊服務 許雅婷",
        "expect": [],
        "channel": "review",
        "note": "Reply to a hotel review: the customer's complaint quoted, the understaffing owned as the "
                "hotel's own lapse, half the night refunded. Clean (quote, own mistake).",
    },
    {
        "text": "您好，租車時我們都會提醒，還車前請自行檢查車上有沒有遺留物品，這是基本常識。"
                "您的太陽眼鏡我們會再請門市同仁查看，下次請務必多留意。\n路墨商城租車服務 蔡宗翰",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Car rental, sunglasses left in the car: 'checking for your belongings is basic common "
                "sense ... be more careful next time'. Lecturing the customer.",
    },
    # ---------------- R-TALK-9: 3 clean + 3 violations, alternating ----------------
    {
        "text": "您好，可以的，持借書證登入「路墨商城電子書房」就能借閱電子書，不需要另外申請。"
                "每位讀者一次最多可借5本，每本借期14天，到期會自動歸還。\n路墨商城會員圖書館 郭怡萱",
        "expect": [],
        "channel": "email",
        "customer": "請問你們圖書館的借書證可以借電子書嗎？一次最多能借幾本",
        "note": "Library: e-books with the card (yes, how) and the maximum (5). Both answered. Clean.",
    },
    {
        "text": "您好，查詢到您的包裹今天下午2:10配送時家中無人，目前已帶回營業所。"
                "我已經幫您改為明天晚上6點到9點配送，司機出發前會先打電話給您。\n路墨商城宅配服務 楊承恩",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "我的宅配今天下午有送來嗎？我不在家，可以改到明天晚上嗎？還有改時間要加錢嗎",
        "note": "Home delivery: 'was it delivered?' and 'can it be moved to tomorrow evening?' answered; "
                "'does changing the time cost extra?' is left unaddressed.",
    },
    {
        "text": "您好，新竹店的泳池目前正在更換過濾設備，廠商還在確認零件到貨時間，所以重新開放的日期還沒有確定。"
                "我會在11月15日（週五）前回覆您最新進度；日期確定後，也會以簡訊通知所有會員。\n路墨商城健身中心 林冠宇",
        "expect": [],
        "channel": "email",
        "customer": "你們新竹店的游泳池什麼時候重新開放？",
        "note": "Gym pool reopening: honestly 'not fixed yet' with a dated follow-up (by Friday 15 November). "
                "Clean.",
    },
    {
        "text": "您好，感謝您的詢問。這款感冒藥每次一包，一天三次，飯後服用，連續服用請不要超過五天。"
                "如果症狀持續，建議您儘早就醫。\n路墨商城網路藥局 藥師 周佳蓉",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "這款感冒藥一天要吃幾次？可以和高血壓的藥一起吃嗎",
        "note": "Online pharmacy: dosage answered; 'can it be taken with my blood-pressure medicine?' gets "
                "only 'see a doctor if symptoms persist', a different matter. One question unaddressed.",
    },
    {
        "text": "您好，可以改期。12月的出發日期有6日、13日和20日，12月團費每人比原行程高新台幣800元，"
                "改期時補差價即可，改期手續費為您免除。請告訴我您想選哪一天，我會在今天內為您保留名額。\n"
                "路墨商城旅遊服務 鄭怡婷",
        "expect": [],
        "channel": "email",
        "customer": "我想把下個月的花蓮兩天一夜行程改到12月，可以改嗎？要多付多少",
        "note": "Tour date change: yes, dates listed, NT$800 more per person, fee waived. Both answered. Clean.",
    },
    {
        "text": "您好，查詢到您的訂閱是在10月31日晚上11:50取消的，而本期費用在當天下午已經先行扣款，"
                "所以這個月仍然被收費。造成您的困擾，我們很抱歉，也理解這樣的情況讓人不太開心。\n"
                "路墨商城影音會員服務 江明哲",
        "expect": ["R-TALK-9"],
        "channel": "email",
        "customer": "我上個月已經取消訂閱了，為什麼這個月還是被扣款？錢可以退嗎？",
        "note": "Subscription charged after cancelling: 'why?' answered (timing); 'can I get the money "
                "back?' gets only an apology and sympathy.",
    },
    # ---------------- R-LETTER-1: 2 clean + 2 violations, alternating ----------------
    {
        "text": "王大明先生 您好：\n您申請的路墨商城停車場月租車位已審核通過，車位編號B2-118，使用期間自114年1月1日起"
                "至114年12月31日止。請於113年12月20日前持本通知及行照正本，至停車場管理中心領取感應卡，"
                "並繳交第一期租金新台幣3,000元。\n路墨商城停車管理中心 敬上\n中華民國113年12月5日",
        "expect": [],
        "channel": "letter",
        "note": "Parking permit granted: what to bring, where, by when, and the first payment. Clean.",
    },
    {
        "text": "陳小姐 您好：\n因您的會員卡於113年11月2日通報遺失，為保障您的權益，本公司已於同日停用該卡，"
                "卡片內剩餘點數共1,280點已暫時凍結。\n路墨商城會員服務部 敬上\n中華民國113年11月4日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Lost member card blocked, points frozen; nothing on how to get a new card or the points back.",
    },
    {
        "text": "林同學 您好：\n您報名的「進階日語會話」推廣課程，因報名人數未達開班標準，本期將不開班。"
                "已繳納的學費新台幣4,500元將於12月10日前全額退回您報名時使用的帳戶，您不需要另外提出申請。"
                "若您想改報其他課程，可在12月31日前來電02-2771-3050辦理，並免收報名費。\n"
                "推廣教育中心 敬上\n中華民國113年11月28日",
        "expect": [],
        "channel": "letter",
        "note": "Course cancelled: refund automatic, nothing needed and why; optional rebooking by 31 "
                "December. Clean.",
    },
    {
        "text": "黃先生 您好：\n經本公司技術人員檢測，您送修的除濕機故障原因為壓縮機損壞，因已超過兩年保固期限，"
                "本次維修須自費，維修費用共計新台幣3,200元。\n路墨商城家電維修中心 敬上\n中華民國113年8月16日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Repair quote outside warranty; the letter stops without saying whether or how to accept the "
                "quote, by when, or how to collect the machine.",
    },
    # ---------------- R-TALK-2: 2 clean + 2 violations, alternating (position closing) ----------------
    {
        "text": "好的，您的還車地點已改為高鐵台中站門市。請問還有其他需要幫忙的地方嗎？謝謝您使用路墨商城租車服務，"
                "之後有任何問題都歡迎隨時再來詢問。祝您行車平安，掰掰！",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Car rental chat closing: anything else, thanks, come back, goodbye (掰掰). Clean; 台中 is "
                "Taiwan-standard.",
    },
    {
        "text": "預約的書到館後，我們會用簡訊通知您來取書。請問還有其他問題嗎？之後借還書有任何疑問，"
                "都可以隨時打來找我們。祝您有美好的一天，再見。",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Library phone closing: anything else, come back, goodbye; no thanks.",
    },
    {
        "text": "師傅會在週六下午兩點到府，幫您更換沙發的彈簧。請問還有其他需要我們協助的事項嗎？"
                "非常感謝您耐心等候，日後家具使用上有任何問題，歡迎隨時來信或來電。\n敬祝 平安\n"
                "路墨商城家具售後 劉家豪 敬上",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Furniture repair e-mail closing: anything else, thanks, come back, sign-off (敬祝平安 / 敬上). "
                "Clean.",
    },
    {
        "text": "您的會籍已經續約到明年6月底，優惠價也一併套用了。謝謝您一直以來的支持，往後有任何問題，"
                "隨時可以在這裡留言給我們。祝您運動愉快，再見！",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Gym chat closing: thanks, come back, goodbye; never asks whether anything else is needed.",
    },
]


def _t(channel, turns, agent):
    return {"version": 1, "lang": "zh-Hant", "channel": channel, "organisation": "路墨商城",
            "agent": agent, "turns": turns}


A = "agent"
C = "customer"

TRANSCRIPTS = [
    {
        "transcript": _t("phone", [
            {"event": "ring", "by": "system"},
            {"event": "answer", "by": "agent"},
            {"speaker": A, "text": "您好，路墨商城客服中心，我是陳雅琪，請問有什麼可以為您服務的？"},
            {"speaker": C, "text": "我的包裹明明選的是公館那間超商，結果被送到板橋去了，你們到底怎麼搞的？"},
            {"speaker": A, "text": "真的很抱歉，送錯門市是我們的疏失，讓您白跑了一趟。我現在就幫您申請把包裹轉回公館門市，運費由我們負擔。方便給我訂單編號嗎？"},
            {"speaker": C, "text": "訂單編號是TW11302871。要多久才會到？"},
            {"speaker": A, "text": "謝謝您。已經幫您申請轉寄，預計後天，也就是週四中午前送到公館門市，到店後會有簡訊通知您取貨。"},
            {"speaker": C, "text": "好，那就這樣。"},
            {"speaker": A, "text": "請問還有其他需要幫忙的地方嗎？"},
            {"speaker": C, "text": "沒有了。"},
            {"speaker": A, "text": "再次跟您說聲抱歉，也謝謝您的耐心。之後有任何問題，歡迎隨時來電。祝您順心，再見。"},
            {"event": "hangup", "by": "customer"},
        ], "陳雅琪"),
        "expect": [],
        "note": "Phone, pickup parcel sent to the wrong convenience store ('what on earth did you do?'). The next "
                "agent turn apologises, owns the mistake and offers to redirect it free; 'how long?' answered "
                "(Thursday noon, estimated); complete closing. Clean.",
    },
    {
        "transcript": _t("chat", [
            {"speaker": A, "text": "您好，歡迎使用路墨商城旅遊服務線上客服，我是林志豪，請問有什麼可以幫您？"},
            {"speaker": C, "text": "我訂的墾丁民宿到現場才說沒有海景房，訂房頁面明明寫有海景！也沒有人事先通知我，真的很扯。"},
            {"speaker": A, "text": "我了解您的心情，也明白期待落空的感受。"},
            {"speaker": C, "text": "所以呢？可以換房間還是退差價？"},
            {"speaker": A, "text": "很抱歉造成您的不便。我已經和民宿確認，今晚可以幫您換到另一間海景雙人房；如果您想留在現在的房間，我們會退還兩種房型的差價新台幣1,200元。您想選哪一種？"},
            {"speaker": C, "text": "換房好了。"},
            {"speaker": A, "text": "好的，已經幫您安排換房，民宿櫃檯會協助您搬行李。請問還有其他需要協助的嗎？"},
            {"speaker": C, "text": "沒了，謝謝"},
            {"speaker": A, "text": "不客氣，謝謝您的耐心，旅途中有任何問題都可以隨時在這裡找我們。祝您玩得愉快，掰掰！"},
        ], "林志豪"),
        "expect": ["R-TALK-12"],
        "note": "Chat, guesthouse without the promised sea-view room ('nobody told me, this is ridiculous'). "
                "The next agent turn is 'I understand how you feel' only: no apology, nothing done. The customer "
                "has to ask; then apology and two options follow. Questions answered, complete closing.",
    },
    {
        "transcript": _t("chat", [
            {"speaker": A, "text": "您好，這裡是路墨商城影音會員服務，我是客服張雅雯，請問今天有什麼可以幫您的？"},
            {"speaker": C, "text": "我的帳號又被登出了，這已經是這個月第三次！每次都要重設密碼，你們的系統到底有沒有人在管？"},
            {"speaker": A, "text": "非常抱歉，同樣的問題讓您遇到了三次。我現在就幫您檢查帳號的登入紀錄，大約一分鐘後回覆您。"},
            {"speaker": C, "text": "好"},
            {"speaker": A, "text": "謝謝您稍候。您的帳號目前在5台裝置上登入，超過方案上限4台時，會自動登出最早登入的裝置，這點我們沒有在畫面上清楚提示，是我們要改進的地方。我已經幫您移除一台很久沒使用的電視盒，現在只剩4台，正常使用就不會再被自動登出。"},
            {"speaker": C, "text": "原來是這樣，那我要怎麼看現在登入了哪些裝置？"},
            {"speaker": A, "text": "您可以在「帳號設定」裡的「裝置管理」查看，也能在那裡自行移除不用的裝置。請問還有其他需要幫忙的嗎？"},
            {"speaker": C, "text": "沒有了"},
            {"speaker": A, "text": "謝謝您的耐心，之後有任何問題都歡迎隨時回來找我們。祝您觀賞愉快，再見！"},
        ], "張雅雯"),
        "expect": [],
        "note": "Chat, logged out for the third time this month ('is anyone even in charge of your system?'). "
                "The next agent turn apologises and checks the login record with a time; the cause (device "
                "limit) is explained without blaming the customer and the missing on-screen hint is owned; "
                "follow-up question answered; complete closing. Clean.",
    },
]
