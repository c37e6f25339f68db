"""dev14, Traditional Chinese (Taiwan-flavoured; writer E). Closings, letters, apologies."""

LANG = "zh-Hant"
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


TRANSCRIPTS = [
    # t01 clean, hold done right
    {"transcript": T("phone", "陳雅婷", [
        E("ring", "system"), E("ring", "system"), E("answer"),
        A("您好，路墨商城烘焙訂購專線，我是陳雅婷，請問有什麼可以為您服務的？"),
        C("你好，我訂了二十盒彌月蛋糕，今天送到，結果裡面全是巧克力口味，我訂的是原味跟芋頭各十盒，明天就要分送了。"),
        A("真的非常抱歉，口味出錯是我們出貨時的疏失。我馬上幫您重新安排原味和芋頭各十盒，今天晚上送到府上，可以嗎？"),
        C("可以。那送錯的那二十盒怎麼辦？"),
        A("送錯的那二十盒，我要跟主管確認能不能直接留給您，大概需要一分鐘，可以請您稍候嗎？"),
        C("好。"),
        E("hold"), E("resume"),
        A("謝謝您的等候。主管同意送錯的那二十盒不用退回，直接留給您，也不會另外收費。"),
        C("這樣還不錯。那晚上大概幾點會到？"),
        A("司機六點從店裡出發，路上順利的話七點半左右到，出發前會先打電話給您。"),
        C("好，謝謝。"),
        A("不客氣，這次造成您的困擾，真的很抱歉。請問還有其他需要幫忙的地方嗎？"),
        C("沒有了。"),
        A("好的，謝謝您的來電。之後蛋糕有任何問題，隨時打這支電話找我們就可以。再次恭喜您，再見！"),
        E("hangup", "customer"),
     ]),
     "expect": [],
     "note": "Bakery (baby-month cakes), phone. Wrong flavours delivered (complaint) -> apology owning the error + replacement tonight. 'What about the wrong boxes?' -> hold with permission and reason (check with the supervisor, about a minute), thanks after resume, answer. 'About what time tonight?' answered with an estimate and a call before departure. Closing after the hold over the last two agent turns (anything else / thanks / ring us any time / goodbye). Clean."},
    # t02 R-TALK-12
    {"transcript": T("chat", "王志明", [
        A("您好，歡迎光臨路墨商城寵物用品線上客服，我是王志明，請問有什麼可以協助您？"),
        C("我訂的狗飼料說好週一到，今天都週四了還沒收到，家裡的飼料已經吃完了，真的很誇張。"),
        A("非常抱歉讓您等這麼久，造成您的不便，真的很不好意思。"),
        C("所以現在包裹到底在哪裡？"),
        A("很抱歉，我查了一下，包裹還在物流中心。我已經幫您改成今天下午由台北門市直接派車送過去，預計六點前送到。"),
        C("運費要另外算嗎？"),
        A("不用，這次的運費由我們負擔，另外也幫您在下一筆訂單折抵新台幣一百元。"),
        C("好吧，謝謝。"),
        A("不客氣。請問還有其他需要幫忙的嗎？"),
        C("沒有了"),
        A("好的，謝謝您的耐心。之後有任何問題，歡迎隨時在這裡找我們，祝您有美好的一天，再見！"),
     ]),
     "expect": ["R-TALK-12"],
     "note": "Pet-food delivery chat. Late dog food, 'really outrageous' (complaint) -> the next agent turn only apologises twice and offers nothing -> R-TALK-12. The follow-up complaint ('where on earth is it?') is handled right (apology + same-day delivery by our own van); questions answered; closing complete."},
    # t03 clean chat
    {"transcript": T("chat", "林佳蓉", [
        A("您好，這裡是路墨商城書店線上客服，我是林佳蓉，請問有什麼可以為您服務的？"),
        C("我超商取貨拿到的書是簡體版，我下單明明選的是繁體中文版，還要再跑一趟超商，很麻煩耶"),
        A("很抱歉寄錯版本，還讓您多跑一趟。我已經幫您重新寄出繁體中文版，一樣寄到您原本的取貨門市，預計後天下午可以取貨。"),
        C("簡體版那本要怎麼退？"),
        A("您不用另外跑一趟，取新書的時候把簡體版交給門市店員寄回就可以，退貨運費由我們負擔。"),
        C("那取貨的時候要再付錢嗎"),
        A("不用，這本書您已經付過款了，取貨時出示取貨簡訊就好。"),
        C("OK 謝謝"),
        A("不客氣，謝謝您告訴我們。請問還有其他需要幫忙的嗎？以後買書有任何問題，歡迎隨時來問我們，再見！"),
     ]),
     "expect": [],
     "note": "Bookshop chat, convenience-store pick-up (超商取貨). Wrong edition (complaint) -> apology + the right edition already re-sent with a pick-up estimate. Return and 'pay again?' questions answered. Full closing in the last agent turn after the customer's thanks. Clean."},
    # t04 R-TALK-10 + R-TALK-2
    {"transcript": T("phone", "張建宏", [
        E("ring", "system"), E("ring", "system"), E("answer"),
        A("您好，路墨商城居家水電維修，我是張建宏，請問有什麼需要幫忙的？"),
        C("你好，上禮拜你們師傅來換的插座，今天又不能用了，花了錢還是一樣，很扯。"),
        A("很抱歉，換過的插座又壞了，真的很不應該。我幫您安排師傅再去一次，這次免費檢修，請問您什麼時間方便？"),
        C("週六早上可以嗎？"),
        A("您稍等。"),
        E("hold"), E("resume"),
        A("謝謝您的等候，週六早上九點到十一點可以，已經幫您排好了。"),
        C("上次的費用可以退嗎？"),
        A("上次的零件費八百元會退給您，師傅週六檢修完當場退現金給您。"),
        C("好，那就這樣。"),
        A("好的，還有其他需要幫忙的地方嗎？"),
        C("沒有了，謝謝。"),
        A("不客氣，謝謝您的來電，之後有水電問題都歡迎隨時打來。"),
        E("hangup", "customer"),
     ]),
     "expect": ["R-TALK-10", "R-TALK-2"],
     "note": "Electrician call-out, phone. Socket broken again (complaint) -> apology + free revisit: fine. 'Hold on' (您稍等) before the hold neither asks permission nor gives a reason (thanks after resume is there) -> R-TALK-10. Questions answered. Closing has anything else / thanks / call any time but no goodbye -> R-TALK-2."},
    # t05 clean, two complaints
    {"transcript": T("phone", "黃淑芬", [
        E("ring", "system"), E("answer"),
        A("您好，路墨商城居家清潔，我是黃淑芬，請問有什麼可以為您服務的？"),
        C("你好，昨天你們的清潔人員來打掃，把我客廳的花瓶打破了，也沒跟我說，我是回家才發現的。"),
        A("非常抱歉，打破東西沒有當場告訴您，這是我們的錯。我現在就幫您登記賠償，請問花瓶大概是多少錢買的？"),
        C("三千多吧。賠償要等到什麼時候？"),
        A("賠償由理賠組的周文傑負責，他明天中午前會打電話跟您確認金額，確認後七個工作天內匯款給您。"),
        C("又要等，你們效率真的很差。"),
        A("讓您一直等，真的很抱歉。我現在就請周文傑今天下午五點前先打給您，不用等到明天。"),
        C("好吧。那下次打掃還是同一個人嗎？"),
        A("原本排的是同一位。如果您希望換人，下次我幫您安排另一位清潔人員，時間照舊是週五下午兩點。"),
        C("換人好了。謝謝。"),
        A("好的，已經幫您換好了。請問還有其他需要幫忙的地方嗎？"),
        C("沒有了。"),
        A("好的，謝謝您的來電，也謝謝您願意告訴我們。今天下午周文傑會先打給您，之後有任何問題都歡迎隨時打來，再見。"),
        E("hangup", "customer"),
     ]),
     "expect": [],
     "note": "Home-cleaning service, phone. Broken vase not reported (complaint) -> apology owning it + compensation registered. 'When?' answered (colleague named neutrally, dated). Second complaint ('so slow') -> apology + call moved to 5 pm today. 'Same cleaner next time?' answered. Closing over the last two agent turns, callback restated. Clean."},
]


ITEMS = [
    # ---------------- R-TALK-9 ----------------
    {"customer": "請問你們有賣左手吉他嗎？可以先去店裡試彈嗎？",
     "text": "您好，我們有左手吉他，目前店裡有兩款民謠吉他，價格是新台幣八千五百元和一萬兩千元。兩款都可以來店試彈，建議您先打電話預約，我們會提前幫您調好音。",
     "channel": "chat", "expect": [],
     "note": "Guitar shop: 'do you sell left-handed guitars?' and 'can I try them?' both answered. Clean."},
    {"customer": "羽絨外套可以水洗嗎？洗一件多少錢？幾天可以拿？",
     "text": "您好，羽絨外套可以水洗，我們用的是羽絨專用的洗程。洗一件是新台幣四百五十元。",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Laundry: washable and price answered; 'how many days until pick-up?' ignored -> R-TALK-9."},
    {"customer": "我上禮拜剛打完流感疫苗，這樣可以捐血嗎？捐血要帶健保卡嗎",
     "text": "您好，打完流感疫苗只要沒有不舒服，隔天就可以捐血，您是上禮拜打的，現在已經可以了。來的時候請帶身分證或健保卡，其中一樣就可以。",
     "channel": "chat", "expect": [],
     "note": "Blood-donation desk: 'can I donate?' answered yes with the condition, 'bring the NHI card?' answered (ID or NHI card). Second question without '?'. Clean."},
    {"customer": "頂樓漏水可以先來估價嗎？估價要收費嗎？",
     "text": "您好，可以的，我們可以安排師傅到府估價，這週三或週五下午都有時段，您看哪天方便？",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Roofing firm: the visit is answered with slots, 'is the estimate charged?' never addressed -> R-TALK-9."},
    {"customer": "我的電動自行車電池可以換大容量的嗎，換了以後還有保固嗎？",
     "text": "您好，您這款車可以換成十四安時的大容量電池，價格是新台幣九千八百元。由我們門市更換的話，車子原本的保固照常有效，新電池另外保固兩年。",
     "channel": "chat", "expect": [],
     "note": "E-bike shop: both questions answered (yes, 14 Ah; warranty still valid). Clean."},
    {"customer": "喜餅可以宅配到南部嗎？訂一百盒以上有優惠嗎？",
     "text": "您好，一百盒以上可以打九折，兩百盒以上打八五折。",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Bakery (wedding cakes): discount answered, 'can you deliver to the south?' ignored -> R-TALK-9."},

    # ---------------- R-TALK-6 ----------------
    {"text": "您好，這件毛衣縮水，是我們這次用錯了洗程，不是您送洗時的問題，非常抱歉。我們會依購買價格賠償，請您把購買證明拍照傳給我，今天就幫您處理。",
     "channel": "chat", "expect": [],
     "note": "Laundry: our own mistake owned, negated blame ('not a problem on your side'), apology and a step. Clean near miss."},
    {"text": "您好，鋼琴走音很正常，是您家裡太潮濕了，本來就應該自己開除濕機，這不是調音的問題。",
     "channel": "phone", "expect": ["R-TALK-6"],
     "note": "Piano shop: blames and lectures the customer ('your home is too damp, you should run a dehumidifier yourself') and denies the problem -> R-TALK-6."},
    {"text": "您好，拆封過的拼圖依規定沒辦法退貨，很抱歉。如果是缺片，我們可以免費幫您補寄缺少的片數，請告訴我盒子背面的編號。",
     "channel": "chat", "expect": [],
     "note": "Toy shop: refusal with an apology and an alternative (missing pieces sent free). Clean near miss."},
    {"text": "您好，超過七天鑑賞期的商品一律不受理退貨，此為公司規定，恕無例外。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Computer shop: flat, bureaucratic refusal with nothing offered ('no exceptions') -> R-TALK-6."},
    {"text": "您好，這次延遲是因為颱風期間物流中心停班一天，包裹預計明天會到您選的超商門市。很抱歉讓您多等，這筆運費我們已經退回給您。",
     "channel": "chat", "expect": [],
     "note": "Bookshop: a delay explained by a neutral cause (typhoon closure of the logistics centre), apology and shipping refunded. Clean near miss of blaming a partner."},
    {"text": "您好，上次那位清潔人員是新來的，做事本來就比較粗心，我們也很頭痛。下次我幫您換一位資深的。",
     "channel": "phone", "expect": ["R-TALK-6"],
     "note": "Home cleaning: runs down a colleague ('new, careless by nature, a headache for us too') while offering a swap -> R-TALK-6."},

    # ---------------- R-LETTER-1 ----------------
    {"text": "張先生您好：\n\n原訂12月9日（週三）上午到府安裝的熱水器，因廠商出貨延後，無法如期安裝，造成您的不便，敬請見諒。\n\n我們可以改在12月12日（週六）上午或12月14日（週一）下午安裝。請您於12月7日前撥打（02）2718-3300，或登入路墨商城會員專區選擇時段。\n\n路墨商城居家服務部\n2026年12月3日",
     "channel": "letter", "expect": [],
     "note": "Water-heater installation moved: two slots, choose by 7 December by phone or in the member area. Clean."},
    {"text": "李小姐您好：\n\n感謝您長期使用路墨商城洗衣服務。自2027年1月1日起，月費方案將由每月新台幣九百九十元調整為一千零九十元，每月送洗件數維持二十件不變。\n\n路墨商城洗衣服務部\n2026年12月3日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Laundry price rise: states the new fee and stops; nothing about whether the customer must accept, can cancel, or that nothing is needed -> R-LETTER-1."},
    {"text": "陳先生您好：\n\n您申請的電動自行車購車補助，我們代為送件時發現缺少購車發票正本，目前尚無法送出。\n\n請您於12月18日前，將發票正本以掛號寄到路墨商城台中門市（台中市西區公益路二段88號），或直接送到門市櫃檯。收到後我們會在三個工作天內幫您送件。\n\n路墨商城電動車服務部\n2026年12月3日",
     "channel": "letter", "expect": [],
     "note": "E-bike subsidy documents incomplete: what (original invoice), by when (18 December), how (registered post or at the counter). Clean."},
    {"text": "林先生您好：\n\n您訂購的胡桃木鋼琴椅已於12月2日到貨，經檢查外觀與配件皆完整無誤，目前存放於路墨商城台中門市倉庫。\n\n感謝您的訂購。\n\n路墨商城樂器部\n2026年12月3日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Piano stool arrived and is stored: never says whether we deliver or the customer collects, when or how -> R-LETTER-1."},
    {"text": "吳先生您好：\n\n您的頂樓防水工程第二期款新台幣六萬元，已於12月1日收到，謝謝您。\n\n本期款項已結清，您目前不需要再支付任何費用。尾款會在完工驗收後才請款，屆時我們會另外寄送通知。\n\n路墨商城房屋修繕部\n2026年12月3日",
     "channel": "letter", "expect": [],
     "note": "Instalment received: nothing needed and why (paid up; the balance is invoiced after acceptance, with a notice). Clean."},
    {"text": "親愛的會員您好：\n\n農曆春節期間（2027年2月5日至2月11日），路墨商城寵物飼料定期配送將暫停，2月12日起恢復配送。原訂於春節期間送達的訂單，將無法在原定日期送達。\n\n祝您新春愉快，寵物平安健康！\n\n路墨商城寵物用品部\n2026年12月3日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Pet-food delivery pause over Lunar New Year: says orders will not arrive on the planned date, but not what the customer should do (order earlier? reschedule?) -> R-LETTER-1. The fixed salutation 親愛的會員您好 is not a diminutive."},
    {"text": "黃小姐您好：\n\n您的居家清潔季約將於2026年12月31日到期。\n\n如需續約，請於12月20日前登入路墨商城會員專區，點選「續約」並選擇新的服務時段；續約價格不變。若不續約，您不需要做任何事，合約到期後自動結束，不會另外扣款。\n\n路墨商城居家清潔部\n2026年12月3日",
     "channel": "letter", "expect": [],
     "note": "Cleaning contract ending: a choice (renew by 20 December in the member area, or do nothing and it ends without charge). Clean."},
    {"text": "蔡小姐您好：\n\n很抱歉通知您，您預約12月12日上午十點的流感疫苗接種，因疫苗到貨延遲，已經取消。\n\n造成您的不便，我們深感抱歉。\n\n路墨商城健康服務預約中心\n2026年12月3日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Vaccination appointment cancelled: apology, but not whether or how to rebook -> R-LETTER-1."},

    # ---------------- R-TALK-2 (closing) ----------------
    {"text": "好的，那週六下午兩點師傅會到府。請問還有其他需要幫忙的嗎？……好，謝謝您的來電，之後有任何問題都歡迎再打來，祝您週末愉快，再見！",
     "position": "closing", "channel": "phone", "expect": [],
     "note": "Repair call-out phone closing: anything else / thanks / call again / goodbye with a wish. Clean."},
    {"text": "陳小姐您好：\n\n您訂的喜餅已經改成1月8日出貨。請問還有其他需要我們協助的地方嗎？謝謝您的耐心等候。\n\n敬祝 順心\n\n路墨商城烘焙部 林怡君 敬上",
     "position": "closing", "channel": "email", "expect": ["R-TALK-2"],
     "note": "Bakery e-mail: anything else, thanks, sign-off (敬上 = goodbye); never says the customer can contact us again -> R-TALK-2."},
    {"customer": "好，我知道了，謝謝你",
     "text": "不客氣，也謝謝您耐心等我查資料。還有其他想了解的嗎？如果沒有，之後有問題隨時在這裡留言給我們，祝您有愉快的一天，再見！",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Chat closing after the customer thanks first: thanks back, anything else?, come back any time, goodbye. Clean."},
    {"text": "好的，那吉他就幫您保留到週日。謝謝您的來電，有任何問題都歡迎再打來，再見。",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "Guitar shop phone closing: thanks, call again, goodbye; never asks whether anything else is needed -> R-TALK-2."},
    {"text": "衣服都在這裡了，您點一下件數。還有其他要送洗的嗎？……沒有的話，謝謝您，下次有需要再拿過來，慢走，再見。",
     "position": "closing", "channel": "visit", "expect": [],
     "note": "Laundry counter: anything else to wash? / thanks / bring it next time / goodbye. Clean."},
    {"text": "好的，新的充電器已經寄出，預計後天送達。請問還有其他需要幫忙的嗎？之後有任何狀況，歡迎隨時回到這個對話找我們。再見！",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "E-bike shop chat closing: anything else, come back, goodbye; no thanks -> R-TALK-2."},
]
