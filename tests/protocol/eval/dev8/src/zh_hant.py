"""dev8, Traditional Chinese (writer B), Taiwan-flavoured. 路墨商城. See /work/dev8/README-B.md."""

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


ITEMS = [
    # ---------------- R-TALK-9 (customer set, position whole): C V C V C C
    {
        "customer": "請問我訂的除濕機可以指定週六送嗎？要不要另外付運費？",
        "text": "您好，可以的，我已經幫您把配送日改到本週六。這筆訂單已達免運門檻，不需要另外付費。\n\n路墨商城客服 林怡君",
        "expect": [],
        "channel": "email",
        "note": "Can it be delivered on Saturday? Any shipping fee? 'Yes' shown by the action (moved to Saturday); the fee answered as 'the order qualifies for free shipping'. Clean.",
    },
    {
        "customer": "我在超商取貨的包裹過期沒領被退回去了，可以再寄一次嗎？運費要我出嗎",
        "text": "可以的，我已經幫您重新安排寄到同一間門市，預計後天到店，到店後會傳簡訊通知您。",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "note": "Can you resend the returned parcel? Do I pay the shipping (no '?')? The resend is arranged; who pays the shipping is never addressed: R-TALK-9.",
    },
    {
        "customer": "想知道你們的禮券能不能跟折扣碼一起用",
        "text": "可以一起使用。結帳時先輸入折扣碼，再選擇禮券折抵就好，兩者都會在同一筆訂單中扣除。",
        "expect": [],
        "channel": "phone",
        "note": "Embedded question without '?'. Answered 'they can be used together' with how. Clean.",
    },
    {
        "customer": "冷氣安裝要等多久？安裝師傅會順便把舊冷氣拆走嗎？",
        "text": "您好，新冷氣的安裝目前排到下週三，師傅會在前一天打電話和您確認時間。",
        "expect": ["R-TALK-9"],
        "channel": "social",
        "note": "How long until installation? Will the installer take the old unit away? The wait is answered with a date; the old-unit question is ignored: R-TALK-9.",
    },
    {
        "customer": "1. 發票可以改成手機載具嗎？2. 之前那張紙本要寄回嗎？3. 改好會通知我嗎？",
        "text": "您好，已經幫您把發票改存到手機載具。原本的紙本發票我們已經作廢，不需要寄回，您自行留存或丟棄都可以。修改完成的確認信也已經寄到您的信箱，請您查收。\n\n路墨商城客服 黃雅婷",
        "expect": [],
        "channel": "email",
        "note": "Three numbered questions: switch to the phone barcode carrier? send back the paper invoice? will you notify me? 1 answered by the action, 2 'no need to send it back', 3 implicitly ('the confirmation e-mail has been sent'). Clean.",
    },
    {
        "customer": "我上個月的點數怎麼少了200點？是過期了嗎？",
        "text": "目前我還查不到那200點是怎麼扣掉的，需要請會員部門的同事調閱紀錄，我會在6月14日週五前回覆您。如果確認是我們扣錯，點數會全數補回。",
        "expect": [],
        "channel": "chat",
        "note": "Why are 200 points missing? Did they expire? Honest 'I can't see yet how they were deducted; I'll reply by Friday 14 June', which addresses both. Clean.",
    },
    # ---------------- R-TALK-2 (position closing): C V C C
    {
        "text": "這次為您處理的內容如下：退貨已完成，新台幣890元已退回原信用卡。請問還有什麼需要我們協助的嗎？謝謝您撥空回覆，之後有任何問題，歡迎隨時來信或來電。\n\n路墨商城客服部 林怡君 敬上",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "E-mail closing with a summary, anything else? / thanks / write or call any time / 敬上 sign-off. Clean.",
    },
    {
        "text": "已經幫您改好取貨門市了。還有其他需要幫忙的嗎？有問題隨時可以再傳訊息給我們，再見！",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing with anything else? / message us any time / goodbye, but no thanks: R-TALK-2.",
    },
    {
        "text": "好的，維修師傅週四下午到府。請問還有其他需要為您服務的嗎？謝謝您今天的來電，以後有任何狀況都歡迎再打給我們，祝您有愉快的一天，再見！",
        "expect": [],
        "position": "closing",
        "channel": "phone",
        "note": "Phone closing: recap (home visit Thursday afternoon), anything else?, thanks, call again any time, goodbye. Clean.",
    },
    {
        "text": "謝謝您的詢問！除了這件事，還有什麼我可以幫忙的嗎？如果之後想到其他問題，隨時回到這個視窗找我們就可以。祝您週末愉快，再見！",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Chat closing opening with thanks, then 'apart from this, anything else?', come back to this window any time, goodbye. Clean.",
    },
    # ---------------- R-LETTER-1 (channel letter): C V C C
    {
        "text": "親愛的會員您好：\n\n您於路墨商城以分期付款購買的吸塵器，第二期款項新台幣2,150元已於5月10日到期，目前我們尚未收到款項。請於5月24日前透過路墨商城App的「分期付款」頁面，或至全台7-11門市繳費。如您已繳納，請忽略本通知。\n\n路墨商城客戶服務部",
        "expect": [],
        "channel": "letter",
        "note": "Overdue instalment letter: what (pay), by when (24 May), how (app page or 7-11). The fixed salutation 親愛的會員您好 is clean. Clean.",
    },
    {
        "text": "陳先生您好：\n\n您申請的電子發票統一編號變更，因缺少公司變更登記表影本，目前無法完成變更。\n\n路墨商城客戶服務部\n2024年6月12日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Missing-document letter: the change of tax ID cannot be completed because a copy of the registration form is missing, and it stops; no request to send it, no date, no channel: R-LETTER-1.",
    },
    {
        "text": "王小姐您好：\n\n自8月1日起，路墨商城宅配運費由新台幣100元調整為120元，超商取貨維持60元，單筆滿新台幣990元仍享免運。已成立的訂單不受影響，因此您不需要做任何變更。\n\n路墨商城客戶服務部",
        "expect": [],
        "channel": "letter",
        "note": "Shipping-fee change letter that says nothing is needed and why (existing orders unaffected). Clean.",
    },
    {
        "text": "李先生您好：\n\n您送修的藍牙耳機已於7月3日修復完成，並以黑貓宅急便寄回您登記的地址，追蹤號碼為9012-3456-7788。包裹預計兩天內送達，您只要簽收即可，不需另外付費。若7月8日前仍未收到，請來電(02)2771-5566。\n\n路墨商城售後服務中心",
        "expect": [],
        "channel": "letter",
        "note": "Completed repair: the earphones are on their way; just sign for them, nothing to pay, call if not received by 8 July. Clean; the tracking number is not a card number.",
    },
    # ---------------- R-TALK-6: C V C V C V
    {
        "text": "這次是我們出貨時裝錯了顏色，真的很抱歉。正確的商品今天已經寄出，錯的那件我們已預約黑貓明天上門收回，您不用另外處理。",
        "expect": [],
        "channel": "chat",
        "note": "Owns the company's mistake, fixes it, names the courier neutrally. Clean.",
    },
    {
        "text": "是您自己沒有在期限內去超商取貨，包裹才會被退回，這不是我們的責任。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Blames the customer and disclaims responsibility, nothing offered: R-TALK-6.",
    },
    {
        "text": "這個款式已經停產，沒辦法再補貨，很抱歉。我可以幫您找同尺寸的新款，並提供九折優惠，您參考看看？",
        "expect": [],
        "channel": "phone",
        "note": "A refusal (discontinued) with an apology and an alternative (new model, 10% off). Clean.",
    },
    {
        "text": "我剛剛已經解釋過兩次了，退貨要在七天內申請，請您仔細聽清楚。",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Lecturing the customer ('I've explained twice already, listen carefully'): R-TALK-6.",
    },
    {
        "text": "我再幫您確認一次：您的退款在6月5日就已經退回了，只是信用卡帳單一般要5到7個工作天才會顯示。我們財務部的同事可以幫您開退款證明，您拿著它向發卡銀行查詢會比較快。",
        "expect": [],
        "channel": "email",
        "note": "Corrects a misunderstanding politely ('let me confirm again: the refund went back on 5 June') and mentions the finance colleagues positively. Clean.",
    },
    {
        "text": "黑貓那些司機做事常常很隨便，包裹亂放是家常便飯。我幫您再聯絡他們看看。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Runs down the partner courier's drivers ('careless, misplacing parcels is routine') while helping: R-TALK-6.",
    },
]


TRANSCRIPTS = [
    {   # t01 clean
        "transcript": T("phone", "林怡君", [
            E("ring", "system"), E("ring", "system"), E("answer"),
            A("您好，路墨商城客服中心，我是林怡君，請問有什麼可以為您服務的？"),
            C("我訂的東西說昨天會到7-11，我跑去兩次都沒有，到底怎麼回事？"),
            A("非常抱歉讓您白跑了兩趟。請您提供訂單編號，我現在就幫您查包裹的位置。"),
            C("LM20240611093。"),
            A("謝謝您。包裹因為物流中心分貨延誤，今天早上才送到門市，您現在就可以去領取，取貨期限到6月20日。"),
            C("那我要帶什麼去領？"),
            A("只要報手機末三碼，或出示取貨簡訊就可以。"),
            C("好，了解。"),
            A("請問還有其他需要為您處理的嗎？"),
            C("沒有了，謝謝，再見。"),
            A("謝謝您的耐心，以後有任何問題，歡迎隨時來電。再見，祝您有美好的一天！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Convenience-store pick-up complaint ('I went twice, what on earth is going on?') answered with an apology and an immediate check. Customer says goodbye first after 'anything else?'; last turn thanks / call any time / goodbye. Clean.",
    },
    {   # t02 R-TALK-12
        "transcript": T("chat", "陳志明", [
            A("您好，我是路墨商城線上客服陳志明，很高興為您服務，請問有什麼需要協助的地方？"),
            C("沙發說好今天下午到府安裝，我請假在家等了一整個下午，結果沒人來也沒人通知！"),
            A("我了解您的心情。我這邊查到配送車輛今天臨時故障，可以幫您改約明天上午9點到12點，或後天下午，請問您方便哪個時段？"),
            C("明天早上。這次會先打電話嗎"),
            A("會的，我已經在訂單上註明，請師傅出發前大約一小時先打電話給您。明天上午9點到12點已經幫您約好了。"),
            C("好"),
            A("請問還有其他問題嗎？"),
            C("沒有"),
            A("謝謝您的耐心，之後有任何需要，都可以隨時在這裡留言給我們。再見！"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-12"],
        "note": "Complaint: took a day off, nobody came, nobody called. The next agent turn shows sympathy ('I understand how you feel') and offers new slots, but never apologises: R-TALK-12. The 'will they call first' question is answered; closing complete over the last two agent turns.",
    },
    {   # t03 clean, hold
        "transcript": T("phone", "黃雅婷", [
            E("ring", "system"), E("answer"),
            A("路墨商城您好，我是黃雅婷，請問今天有什麼可以幫您？"),
            C("我上週就說發票要打統編，結果寄來的還是個人發票，你們到底有沒有在聽啊？"),
            A("真的很抱歉，是我們漏掉了您的統編。我馬上幫您作廢這張發票，重新開立一張有統編的給您。"),
            C("那要多久？"),
            A("重開的時間我需要跟財務確認，可以請您稍候兩分鐘嗎？"),
            C("好。"),
            E("hold"), E("resume"),
            A("謝謝您耐心等候。新的電子發票會在今天下午五點前寄到您的信箱，原本那張已經作廢，不用寄回。"),
            C("好，這樣可以。"),
            A("謝謝您的包容。請問還有其他需要幫忙的地方嗎？"),
            C("沒有了。"),
            A("之後有任何問題，歡迎您隨時打來。祝您順心，再見！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "Tax ID missing from the invoice, 'are you even listening?' answered with an apology owning the mistake and the fix. Hold with permission and reason (check with finance), thanks after resume, the 'how long' question answered after the resume. Closing after the resume spread over two turns. Clean.",
    },
    {   # t04 R-TALK-2
        "transcript": T("phone", "張家豪", [
            E("ring", "system"), E("answer"),
            A("您好，這裡是路墨商城，我是張家豪，請問有什麼可以為您服務？"),
            C("我想退一件外套，尺寸不合，要怎麼退？"),
            A("好的，外套在簽收後七天內都可以退。您可以在「我的訂單」按下退貨，會拿到一組寄件代碼，到全家或7-11就能免費寄回。"),
            C("退款多久會回來？"),
            A("我們收到商品後三個工作天內退款，刷卡的話，一般再過一到兩週會出現在帳單上。"),
            C("好，我知道了，謝謝。"),
            A("不客氣，謝謝您的來電。之後有任何問題，歡迎隨時再打來。再見！"),
            E("hangup", "customer"),
        ]),
        "expect": ["R-TALK-2"],
        "note": "Return of a jacket; both questions answered. The closing thanks, says call again any time and says goodbye, but never asks whether anything else is needed: R-TALK-2.",
    },
    {   # t05 clean
        "transcript": T("chat", "吳佩珊", [
            A("您好，我是路墨商城客服吳佩珊，請問有什麼可以協助您的？"),
            C("終於有人了！我等了快半小時。我想問訂單可以取消嗎？"),
            A("很抱歉讓您等這麼久，現在由我來協助您。請提供訂單編號，我馬上幫您看能不能取消。"),
            C("LM20240702416"),
            A("謝謝您。這筆訂單還沒出貨，已經幫您取消了，新台幣1,280元會在三個工作天內退回您的信用卡。"),
            C("好 謝謝"),
            A("不客氣，請問還有其他問題嗎？"),
            C("沒有了"),
            A("感謝您的耐心等候，之後有需要隨時可以在這裡找我們。再見！"),
            E("hangup", "customer"),
        ]),
        "expect": [],
        "note": "'Finally! Almost half an hour' answered with an apology and 'I'll take it from here, give me the order number'. The cancel question answered by the action. Closing spread: anything else? - no - thanks / any time / goodbye. Clean.",
    },
]
