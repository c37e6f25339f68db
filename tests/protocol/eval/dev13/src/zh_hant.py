"""Evaluation writer E, dev13: Traditional Chinese, Taiwan-flavoured (路墨商城 / Lumo Shop desks)."""

LANG = "zh-Hant"
ORG = "路墨商城"


def _t(channel, agent, turns, rings=0):
    """Build a version-1 transcript; phone calls get ring and answer events."""
    out = []
    if channel == "phone":
        for _ in range(rings):
            out.append({"event": "ring"})
        out.append({"event": "answer", "by": "agent"})
    for t in turns:
        if isinstance(t, tuple):
            sp, text = t
            out.append({"speaker": "agent" if sp == "A" else "customer", "text": text})
        else:
            out.append(t)
    return {"version": 1, "lang": LANG, "channel": channel, "agent": agent,
            "organisation": ORG, "turns": out}


HOLD = {"event": "hold", "by": "agent"}
RESUME = {"event": "resume", "by": "agent"}
HANGUP_C = {"event": "hangup", "by": "customer"}

TRANSCRIPTS = [
    # t01 clean: hearing-aid shop, phone, hold done right
    {"transcript": _t("phone", "林佳蓉", [
        ("A", "您好，路墨商城聽力中心，我是林佳蓉，請問有什麼可以為您服務的？"),
        ("C", "喂，妳好。我爸上個月在你們那邊配的助聽器，這禮拜左耳那顆突然都沒聲音，換了電池也一樣，他現在跟人講話都聽不清楚，很困擾。"),
        ("A", "非常抱歉，讓伯父這幾天這麼不方便。我先幫您查這副助聽器的保固和驗配紀錄，麻煩告訴我伯父的姓名和電話，好嗎？"),
        ("C", "他叫陳國雄，電話 0912-345-678。"),
        ("A", "謝謝您。調資料需要一兩分鐘，先請您在線上稍等，可以嗎？"),
        ("C", "好。"),
        HOLD, RESUME,
        ("A", "謝謝您的等候。這副是今年1月20日配的，還在兩年保固內，檢修不收費。左耳沒聲音最常見的原因是耳塞前端的濾網塞住了，在門市換一個五分鐘就好。"),
        ("C", "那他要自己過去嗎？他腳不太方便，我平日要上班。"),
        ("A", "不一定要本人來，您週六幫他把助聽器帶來就可以，我們週六上午十點到下午五點都有營業。如果換了濾網還是沒聲音，我們會送原廠檢修，這段期間先借伯父一副備用機。"),
        ("C", "好，那我週六帶過去。要帶保固卡嗎？"),
        ("A", "有保固卡最好，沒有的話報伯父的電話也查得到。請問還有其他需要幫忙的地方嗎？"),
        ("C", "沒有了，謝謝妳。"),
        ("A", "不會，也謝謝您打來。之後有任何問題，隨時再打電話給我們。祝您週末愉快，再見！"),
        HANGUP_C,
    ], rings=2),
     "expect": [],
     "note": "Hearing-aid shop. Complaint (left aid silent, father cannot follow conversations) answered with an apology and a records check. Hold with permission and reason, thanks after resume. Questions (must he come himself? bring the warranty card?) answered, the first with 'not necessarily, you can bring it Saturday'. Closing over the last two agent turns. The customer's 妳 is the customer's own. Clean."},

    # t02 violating: travel agency chat, apology with nothing offered
    {"transcript": _t("chat", "張志豪", [
        ("A", "您好，歡迎來到路墨商城旅遊線上客服，我是張志豪，請問有什麼可以為您服務的？"),
        ("C", "我訂了4/25出發的沖繩四天三夜，剛剛收到簡訊說回程航班從晚上改成早上七點，等於最後一天完全不能玩，而且也沒有人先打電話問我一聲"),
        ("A", "真的很抱歉，航班時間變動造成您的困擾，也沒有事先打電話跟您說明。"),
        ("C", "那現在怎麼辦？可以改別的航班嗎？"),
        ("A", "可以的。同一天晚上八點還有一班，目前有座位，改搭不用補差價，我現在就能幫您改。"),
        ("C", "那就改晚上八點那班。飯店退房時間會不會來不及？"),
        ("A", "飯店是中午十二點退房，我們會請飯店櫃台幫您寄放行李，下午三點有接駁車從飯店直接到機場，時間很充裕。航班已經改好了，新的電子機票一小時內會寄到您的信箱。"),
        ("C", "好，謝謝"),
        ("A", "不客氣，感謝您的耐心。請問還有其他需要協助的嗎？之後行程上有任何問題，都歡迎隨時回來找我們。祝您旅途愉快，再見！"),
    ]),
     "expect": ["R-TALK-12"],
     "note": "Travel agency chat. Complaint (return flight moved to 7 am, nobody called): the next agent turn apologises but offers nothing (R-TALK-12: apology with no way forward); the customer has to ask 'what now?'. After that the questions are answered (evening flight, hotel check-out and shuttle) and the closing is complete. Only R-TALK-12."},

    # t03 clean: wedding venue, phone, transfer with summary to the banquet manager
    {"transcript": _t("phone", "王怡君", [
        ("A", "您好，路墨商城婚宴會館，我是王怡君，很高興為您服務，請問有什麼需要協助的？"),
        ("C", "妳好，我們12月6號在你們那邊訂了二十五桌，上週去試菜，結果跟菜單上寫的差很多，龍蝦換成了蝦球，也沒人跟我們說，我未婚妻很不開心。"),
        ("A", "非常抱歉，試菜的內容和菜單不一樣，又沒有事先跟兩位說明，這是我們的疏失。菜單要由負責您這場的宴會經理李明哲來處理，我先把試菜的情況跟他說清楚，再把電話轉給他，好嗎？"),
        ("C", "好，麻煩了。"),
        {"event": "transfer", "by": "agent", "to": "宴會經理"},
        ("A", "您好，我是宴會經理李明哲，怡君已經跟我說了試菜的情況，真的很抱歉。那天龍蝦到貨不足，廚房臨時換成蝦球卻沒有先告知您，是我們沒做好。"),
        ("C", "那正式那天會不會又被換掉？"),
        ("A", "當天我們會照菜單準備龍蝦，提前三天向兩家供應商訂貨，到貨後我拍照傳給您確認；萬一數量不夠，我會先打電話跟您商量，不會再自行替換。另外想邀請兩位再來試一次菜，這次不收費，您看方便嗎？"),
        ("C", "下週六可以，中午嗎？"),
        ("A", "下週六中午十二點可以，我幫您保留包廂，到時候直接到二樓找我就好。請問還有其他想了解的嗎？"),
        ("C", "暫時沒有了，謝謝你們。"),
        ("A", "不會，謝謝您願意再給我們一次機會。婚禮籌備期間有任何問題，隨時打給我或怡君都可以。我們下週六見，再見！"),
        HANGUP_C,
    ], rings=1),
     "expect": [],
     "note": "Wedding venue. Complaint (tasting differed from the menu, nobody told them): apology, own fault, and a transfer with a summary to the named banquet manager (way forward). The manager apologises again, explains the cause without blaming anyone, answers 'will it be swapped again?' with his own steps (no guarantee about suppliers), offers a free second tasting and answers 'at noon?'. Closing over the last two turns. Clean."},

    # t04 violating: phone repair chat, lecture; closing without thanks
    {"transcript": _t("chat", "黃詩涵", [
        ("A", "您好，這裡是路墨商城手機維修線上客服，我是黃詩涵，請問有什麼可以幫您？"),
        ("C", "我昨天送修換電池，今天拿回來發現LINE的聊天紀錄全部不見了！！裡面有很多工作上的東西"),
        ("A", "非常抱歉造成您這麼大的困擾。我先幫您查維修紀錄，看看資料是在哪一個步驟清除的，麻煩告訴我維修單號好嗎？"),
        ("C", "RP-0315-0426。資料還救得回來嗎？"),
        ("A", "查到了，換電池前師傅依照流程把手機回復了原廠設定。能不能找回，要看您有沒有開LINE的雲端備份：有的話，登入後在設定裡選「復原聊天紀錄」就能找回；沒有的話，手機裡已經沒有資料可以救了。"),
        ("C", "沒有開。那換電池為什麼要回復原廠設定？"),
        ("A", "換電池要拆開機身，為了避免資料外流，流程上會先回復原廠設定。送修單第三條寫得很清楚，維修前請自行備份，相信您簽名前應該有看到。其實送修前先備份是基本常識，以後記得先做好，就不會發生這種事了。"),
        ("C", "好吧。那我現在要怎麼設定備份？"),
        ("A", "在LINE的「設定」裡點「聊天」，再點「備份聊天紀錄」，把「自動備份」打開就可以了。如果不方便自己操作，歡迎到門市，師傅可以免費幫您設定。"),
        ("C", "好，我自己試試看。"),
        ("A", "好的，請問還有其他需要幫忙的地方嗎？之後手機有任何問題，都可以隨時回來找我們。再見！"),
    ]),
     "expect": ["R-TALK-6", "R-TALK-2"],
     "note": "Phone-repair chat. Complaint with '!!' answered right (apology + records check). Asked calmly why the phone was reset, the agent gives the reason but then lectures the customer ('clause 3 says so clearly', 'I trust you saw it before signing', 'backing up is basic common sense'): R-TALK-6. Questions answered. The closing asks 'anything else', says come back and goodbye, but thanks nowhere: R-TALK-2."},

    # t05 clean: cinema, phone, double charge, hold
    {"transcript": _t("phone", "吳宗翰", [
        ("A", "您好，路墨商城影城客服中心，我是吳宗翰，請問有什麼可以為您服務？"),
        ("C", "你好，我昨天晚上在你們網站買了兩張票，信用卡被扣了兩次錢，一共扣了1160，結果我只收到一組取票序號，這樣不行吧！"),
        ("A", "真的很抱歉，讓您被重複扣款。我馬上幫您查這兩筆交易，請問您購票時用的手機號碼是？"),
        ("C", "0933-218-507。"),
        ("A", "謝謝。我需要到付款紀錄裡逐筆比對，大約兩分鐘，可以請您稍候嗎？"),
        ("C", "可以。"),
        HOLD, RESUME,
        ("A", "謝謝您耐心等候。查到了，第二筆是我們的付款頁面重複送出造成的，票並沒有開出來，我已經幫您申請退回這筆新台幣580元。"),
        ("C", "那錢多久會退回來？我需要自己跟銀行講嗎？"),
        ("A", "不用您跟銀行聯絡，退款我們這邊已經送出，一般會在七到十四個工作天內出現在信用卡帳單上。退款完成後，也會寄一封確認信到您的信箱。"),
        ("C", "好，那我知道了，謝謝。"),
        ("A", "不客氣。請問還有其他需要幫忙的嗎？"),
        ("C", "沒有了。"),
        ("A", "好的，謝謝您的來電，之後如果還有問題，歡迎隨時再打給我們。祝您觀影愉快，再見。"),
        HANGUP_C,
    ], rings=2),
     "expect": [],
     "note": "Cinema. Complaint with '!' (charged twice, one ticket code): apology + immediate check. Hold with permission and reason, thanks after resume; the double charge is attributed to the cinema's own payment page (no blame). Two questions (how long? must I call the bank?) answered, the second implicitly first. Closing spread over the last two agent turns. Clean."},
]

ITEMS = [
    # ---- R-TALK-9 (customer set) ----
    {"text": "您好，隱形眼鏡是自費項目，沒辦法使用健保。第一次配戴需要先驗光，驗光師也會看看您的眼睛適不適合戴，大約二十分鐘，不另外收費。您可以直接在 LINE 這裡預約時段。",
     "customer": "請問隱形眼鏡可以用健保嗎？還有第一次配要不要先驗光",
     "channel": "chat", "expect": [],
     "note": "Optician. Health insurance? (no, self-paid) and eye test first? (yes, free, 20 min) both answered. Clean."},
    {"text": "您好，A4雙面彩色500份，用銅版紙的報價是新台幣4,500元。今天下午三點前把檔案傳給我們，明天中午十二點後就可以來店裡取件，也可以加150元請我們外送。",
     "customer": "我要印500份活動DM，A4雙面，明天下午之前拿得到嗎？報價可以開統編嗎",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Print shop. Price and 'by tomorrow afternoon?' answered (ready from noon if files come by 15:00), but 'can the invoice carry our tax ID (統編)?' is ignored: R-TALK-9."},
    {"text": "您好，可以的，我們會先派師傅到府勘查，勘查免費。如果確認有白蟻，處理當天就可以正常居住，藥劑的味道很淡；只有施作的三到四小時，請家人和寵物先離開那個房間。請問您這週哪一天方便？",
     "customer": "家裡好像有白蟻，你們可以來看嗎？看一次要收錢嗎？如果真的有，處理完要多久才能住人",
     "channel": "chat", "expect": [],
     "note": "Pest control. Three questions (can you come? charge for the visit? how long before we can live there?), the third without '?'; all answered (yes, free, same day). Clean."},
    {"text": "您好，感謝您對這個職缺的興趣。您的履歷我們3月2日已經收到，資料齊全。這次應徵的人數比較多，用人單位正在逐份審閱，請您留意電子郵件和電話。\n路墨商城人才服務部 蔡宜庭",
     "customer": "我上週投了你們刊登的行政助理職缺，想問一下有沒有收到我的履歷？大概什麼時候會通知面試",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Recruitment agency. 'Did you receive my CV?' answered (yes, 2 March); 'roughly when will interviews be announced?' gets only 'many applicants, under review, watch your mail': no time and no honest 'not known yet, we'll tell you by ...': R-TALK-9."},
    {"text": "您好，可以的，選擇獨立辦公室或固定座位方案，就能用本空間的地址登記公司，我們會提供租約和房屋稅單影本讓您送件。郵件和包裹都由櫃台代收，收到後會傳 LINE 通知您，平日早上九點到晚上七點都可以來領。",
     "customer": "共享辦公室可以用來登記公司地址嗎？郵件可以幫忙代收嗎",
     "channel": "chat", "expect": [],
     "note": "Coworking space. Both yes/no questions answered (yes, with the plans and documents; yes, front desk, LINE notice). Clean."},
    {"text": "您好，母親節當天可以配送，早上九點到十二點、下午兩點到六點兩個時段都能指定，加價新台幣100元。花束有康乃馨和繡球兩款，都附精美包裝，目前預購享九折。",
     "customer": "我想訂母親節的花束，5/10當天可以指定早上送到嗎？卡片可以寫我自己的字嗎？",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Florist. Morning delivery answered; 'can the card carry my own words?' ignored while the reply talks about bouquets and packaging: R-TALK-9."},

    # ---- R-TALK-6 ----
    {"text": "您好，昨天晚上下大雨，叫車的人一下子變得很多，附近的車都在載客，才讓您等了二十五分鐘，真的很抱歉。我們已經在您的帳號加了一張新台幣100元的乘車折價券，下次叫車會自動折抵。",
     "channel": "chat", "expect": [],
     "note": "Taxi company. Cause explained without blaming anyone (heavy rain, demand), apology and a voucher. 一下子 is ordinary 'suddenly', not the diminutive 一下下. Clean."},
    {"text": "您好，海報顏色和螢幕上看到的不同，是因為上傳的檔案不是印刷用的色彩格式。這類問題在檔案不符合規範時經常發生，屬於檔案端的問題，並非印刷品質不良。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Print shop. Impersonal blame ('the uploaded file was not in the print format', 'a file-side problem, not poor printing') pointing at the customer, with nothing offered: R-TALK-6."},
    {"text": "您好，依照泳池的衛生規定，未滿六歲的孩子要穿游泳尿布才能下水，所以這次沒辦法讓您女兒直接進池。櫃台有販售游泳尿布，一件新台幣60元；如果您今天沒有準備，我們也可以把這張單次票改期，一個月內都能使用。",
     "channel": "visit", "expect": [],
     "note": "Swimming pool. A rule-based refusal with two alternatives (buy at the desk, move the ticket). Near miss for a flat refusal. Clean."},
    {"text": "您好，報稅資料我會幫您整理好，5月20日前送出。老實說，我們事務所的管理一直很亂，主管排案子也沒什麼章法，所以之前才會漏掉您的案子。",
     "channel": "phone", "expect": ["R-TALK-6"],
     "note": "Tax-advice office. A dated commitment, but the agent runs down the office and the supervisor ('management has always been a mess', 'no method'): R-TALK-6."},
    {"text": "您好，訊號調整是由我們合作的工程公司負責施工，這次安排的是陳師傅，他明天下午兩點到四點到府，出發前會先打電話給您。如果這個時段不方便，回覆這則訊息就可以改期。",
     "channel": "sms", "expect": [],
     "note": "Satellite TV. A partner contractor and its technician named neutrally, with a time window and a way to reschedule. Clean."},
    {"text": "您好，我們查了驗配紀錄，您的助聽器在出廠和驗配時都測試過，音量是正常的。一般來說，會覺得聲音小，多半是使用習慣還沒調整過來，並不是機器的問題。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Hearing-aid shop. Contradiction dressed as information ('the volume is normal', 'it's your habits, not the device') and nothing offered: R-TALK-6."},

    # ---- R-LETTER-1 ----
    {"text": "親愛的會員您好：\n\n您報名的花蓮三日遊，因太魯閣步道維修，出發日期由4月4日改為4月11日。\n\n若您同意新日期，不需任何動作，我們將為您保留座位；若新日期不方便，請在3月25日前來電 02-2758-3316，我們將全額退費或協助您改報其他行程。\n\n路墨商城旅遊 敬上\n2026年3月9日",
     "channel": "letter", "expect": [],
     "note": "Travel agency, date moved. Says nothing is needed if the new date suits and what to do by 25 March if not. 親愛的會員您好 is a fixed salutation (no R-TALK-13). Clean."},
    {"text": "陳先生您好：\n\n您與本空間簽訂的固定座位租約（合約編號 CW-2025-118），將於2026年4月30日到期。因三樓將改建為會議室，本空間決定不再續約。\n\n路墨商城共享辦公室\n2026年3月2日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Coworking space, lease not renewed. States the decision and the reason, but not what the member must do (clear the desk, return the key card, by when) or whether another plan is possible: R-LETTER-1."},
    {"text": "貴公司您好：\n\n自2026年5月1日起，影印機租賃方案的彩色影印單價由每張新台幣3元調降為2.5元。\n\n新價格將自動套用在5月份起的帳單上，您不需要重新簽約或另外申請。如有任何疑問，請撥打 02-2657-8800 與我們聯繫。\n\n路墨商城辦公設備租賃部 敬上\n2026年4月1日",
     "channel": "letter", "expect": [],
     "note": "Printer leasing, fee lowered. Says no action is needed and why (applied automatically). Clean."},
    {"text": "台端您好：\n\n台端申請之授權書認證案件（受理編號 N-11503-27），經審查尚缺授權人之身分證正反面影本，目前暫停辦理。\n\n路墨商城公證服務處\n2026年3月11日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Notary office, document missing. Names the missing copy but not how to send it, by when, or what happens next: R-LETTER-1. 台端 is a formal address."},
    {"text": "林小姐您好：\n\n您申請終止的衛星電視服務，已於2026年3月31日正式終止，最後一期帳單也已結清。\n\n請於4月30日前將機上盒和遙控器送回任一門市，或撥打 0800-221-668 預約免費到府收回；逾期未歸還，將依合約收取設備費新台幣1,500元。\n\n路墨商城衛星電視 敬上",
     "channel": "letter", "expect": [],
     "note": "Satellite TV, service ended. What (return the box and remote), by when (30 April), how (shop or free pick-up), and the consequence. 林小姐 contains 小 only in the title. Clean."},
    {"text": "家長您好：\n\n您報名的暑期兒童游泳班（7月第一梯次），因報名人數未達開班標準，本梯次取消。已繳學費新台幣3,200元將全數退還。\n\n路墨商城運動中心\n2026年6月10日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Swimming school, course cancelled. Fact and refund, but no word on what the parent must do (account details? move to the second session?) or that nothing is needed: R-LETTER-1."},

    # ---- R-TALK-2 closings ----
    {"text": "好的，花束已經安排在5月10日早上配送，卡片內容也幫您確認好了。請問還有什麼需要幫忙的嗎？沒有的話，謝謝您今天的訂購，之後有任何需要都歡迎隨時回來找我們，掰掰！",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Florist chat closing, all four parts; 掰掰 is the everyday Taiwanese goodbye. Clean."},
    {"text": "好的，車子大約五分鐘到，車號是 TDA-3368。請問還有其他需要嗎？沒有的話謝謝您的來電，再見。",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "Taxi phone closing: anything else, thanks, goodbye; nothing saying the customer can call again: R-TALK-2."},
    {"text": "以上是今年綜所稅申報需要準備的文件。請問還有其他需要我們說明的嗎？感謝您的信任，之後有任何稅務問題，都歡迎隨時來信或來電。\n\n敬祝 平安\n路墨商城財稅服務 陳雅婷 敬上",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Tax-advice e-mail closing: anything else, thanks, write or call any time, sign-off 敬上 as goodbye. Clean."},
    {"text": "印表機已經重新連上了，您可以試著印一張看看。謝謝您的耐心配合，之後遇到任何問題都可以隨時回來找我們，再見！",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Small firm's IT helpdesk chat closing: thanks, come back, goodbye, but never asks whether anything else is needed: R-TALK-2."},
]
