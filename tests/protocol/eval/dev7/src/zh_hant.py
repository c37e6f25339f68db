"""dev7 Traditional Chinese items (writer B), Taiwan-flavoured. 路墨商城: 超商取貨, 宅配,
到府安裝, 統編, 分期, 退刷. About half of the zh-Hans counts."""

LANG = "zh-Hant"

ITEMS = [
    # ---------------- R-TALK-6: 6 violations + 3 clean ------------------------------------------
    {"text": "陳小姐您好，我們查過了，是您在結帳時選錯了取貨門市，包裹才會被送到中壢那一間。現在已經幫您改送到您指定的門市，"
             "預計週四可以取貨。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'We checked: you picked the wrong pick-up store at checkout, that's why the parcel went to "
             "the Zhongli store; now rerouted, pick-up expected Thursday.' Outright blame inside a "
             "helpful reply."},
    {"text": "這筆訂單已經出貨，沒辦法再取消了，不過包裹送到後，您可以在七天鑑賞期內直接申請退貨，退貨運費由我們負擔。",
     "expect": [], "channel": "chat",
     "note": "'The order has shipped and can no longer be cancelled, but once it arrives you can return "
             "it within the 7-day period and we pay the return shipping.' Near miss of a flat refusal: "
             "an alternative is given."},
    {"text": "老實說，我們的會員系統真的很爛，點數常常沒有入帳，您不是第一個遇到的。我先幫您手動補上300點。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'Honestly, our membership system is really rubbish, points often fail to post, you're not "
             "the first; I'll add the 300 points by hand.' Speaking badly of the company."},
    {"text": "不是您操作錯誤，是我們的網站在結帳時重複扣款，真的很抱歉。多扣的新台幣1,290元已經退刷，通常3到5個工作天會回到您的信用卡帳戶。",
     "expect": [], "channel": "email",
     "note": "'It was not your mistake; our site charged you twice at checkout, very sorry; the extra "
             "NT$1,290 has been refunded to the card, usually 3-5 working days.' Near miss: negated "
             "blame and owning the company's error."},
    {"text": "這次的發票沒有打上統編，是因為下單時統一編號的欄位被留空了。我們會在三天內幫您作廢重開。",
     "expect": ["R-TALK-6"], "channel": "email",
     "note": "'The invoice has no company tax ID because the tax-ID field was left empty when the order "
             "was placed; we'll void and reissue it within three days.' Blame in the passive voice."},
    {"text": "您的包裹由黑貓宅急便配送，查詢顯示今天下午已經抵達台南營業所，預計明天送達。如果明天不在家，可以在訂單頁面更改配送時段。",
     "expect": [], "channel": "social",
     "note": "'Your parcel is delivered by T-cat, it reached the Tainan depot this afternoon, expected "
             "tomorrow; you can change the slot online.' Near miss: the courier partner named neutrally."},
    {"text": "延長保固的申請已經被駁回了，這是最終決定，我們不會再做任何調整。",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'The extended-warranty request has been rejected, this is the final decision, we will not "
             "change anything.' Flat bureaucratic refusal, nothing offered."},
    {"text": "訂單確認信裡已經寫得很清楚，到府安裝要另外預約。下次麻煩您把信件內容仔細看完。",
     "expect": ["R-TALK-6"], "channel": "chat",
     "note": "'The order confirmation says it very clearly: home installation must be booked "
             "separately. Next time please read the e-mail through carefully.' Lecturing, polite on "
             "the surface (麻煩您)."},
    {"text": "您記錯了，師傅那天是準時到的，只是按了很久的門鈴都沒有人應門。",
     "expect": ["R-TALK-6"], "channel": "phone",
     "note": "'You remember it wrong, the technician arrived on time, it's just that nobody answered the "
             "bell for a long time.' Contradicting the customer (and implying the customer's fault)."},

    # ---------------- R-TALK-9: 4 violations + 3 clean ------------------------------------------
    {"customer": "請問冷氣可以分期嗎？分期的話要不要手續費？",
     "text": "可以的，這台冷氣可以用信用卡分3期或6期付款。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: can I pay for the air-conditioner in instalments? is there a fee? Reply: yes, "
             "3 or 6 instalments by credit card; the fee question is skipped."},
    {"customer": "我已經退貨了 錢什麼時候會退回來",
     "text": "我們已在6月4日收到您退回的商品，退款新台幣2,480元會在7個工作天內退回您的信用卡帳戶。",
     "expect": [], "channel": "chat",
     "note": "Customer (no '?'): I returned it, when do I get the money? Reply: received on 4 June, "
             "NT$2,480 back on the card within 7 working days. Answered."},
    {"customer": "冰箱送來門就關不緊，到底什麼時候要來換？？",
     "text": "真的很抱歉，剛買的冰箱就出問題，造成您這麼多困擾，我完全能體會您的心情。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: the fridge door doesn't close since delivery; when will you come to exchange "
             "it?? Reply: apology and sympathy only; 'when' is not answered."},
    {"customer": "想確認一下，週末也可以到府安裝吧？還有需要先把舊洗衣機搬走嗎",
     "text": "週六、週日都可以安排到府安裝。舊洗衣機不用先搬，師傅安裝時可以免費幫您回收。",
     "expect": [], "channel": "chat",
     "note": "Customer (tag question, then one without '?'): weekend home installation is possible, "
             "right? must I remove the old washer first? Reply: yes, weekends possible; no, the "
             "installer takes the old one free. Both answered."},
    {"customer": "上週申請的保固維修，什麼時候會有人來收件？",
     "text": "您的維修申請我們已經收到，目前正在處理中。",
     "expect": ["R-TALK-9"], "channel": "email",
     "note": "Customer: when will someone collect the item for the warranty repair I requested last "
             "week? Reply: 'received, being processed' - same topic, no time given."},
    {"customer": "這款除濕機什麼時候會補貨？",
     "text": "目前廠商還沒有確定到貨日期，我暫時無法給您準確的答案。我會持續追蹤，並在6月12日（週四）前打電話告訴您。",
     "expect": [], "channel": "chat",
     "note": "Customer: when will this dehumidifier be back in stock? Reply: the supplier has not fixed "
             "a date; I'll follow up and phone you by Thursday 12 June. Honest, dated 'I'll find out'."},
    {"customer": "發票可以改成公司抬頭嗎？要加統編",
     "text": "發票相關的申請，請到「會員中心 > 訂單查詢 > 發票資訊」填寫。",
     "expect": ["R-TALK-9"], "channel": "chat",
     "note": "Customer: can the invoice be changed to a company title, with the tax ID? Reply only says "
             "where invoice requests are filled in; whether this invoice can still be changed is not "
             "answered."},

    # ---------------- R-TALK-2 (closing): 3 violations + 2 clean --------------------------------
    {"text": "請問還有其他需要幫忙的地方嗎？之後有任何問題，都歡迎隨時再來電詢問。祝您有美好的一天，再見！",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "'Anything else I can help with? Call again any time. Have a nice day, goodbye!' No thanks."},
    {"text": "請問還有什麼可以為您服務的嗎？謝謝您的耐心，之後有需要隨時歡迎再聯絡我們。祝您順心，再見！",
     "expect": [], "position": "closing", "channel": "chat",
     "note": "'Anything else I can do for you? Thank you for your patience; get in touch any time. "
             "Goodbye!' All four parts."},
    {"text": "謝謝您今天的來電，有任何問題隨時可以再打給我們，再見！",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "phone",
     "note": "'Thank you for calling today, call us any time, goodbye!' No question whether anything "
             "else is needed."},
    {"text": "請問關於這筆訂單，還有其他需要我們協助的嗎？感謝您的來信，日後如有任何疑問，歡迎隨時與我們聯繫。\n\n路墨商城客服 林怡君 敬上",
     "expect": [], "position": "closing", "channel": "email",
     "note": "E-mail closing: anything else about this order? / thanks for writing / contact us any "
             "time / 敬上 sign-off as goodbye. All four parts."},
    {"text": "還有其他想了解的嗎？謝謝您的詢問，之後有問題也歡迎隨時留言給我們。",
     "expect": ["R-TALK-2"], "position": "closing", "channel": "chat",
     "note": "'Anything else you'd like to know? Thanks for asking; leave us a message any time.' No "
             "goodbye."},

    # ---------------- R-LETTER-1: 2 violations + 2 clean ----------------------------------------
    {"text": "親愛的會員您好：\n\n您於5月28日申請的退貨，因缺少原廠保固卡，目前無法完成審核。\n\n路墨商城客服中心 敬上\n2025年6月3日",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: your return of 28 May cannot be approved because the warranty card is missing. "
             "States the missing document and stops: nothing on sending it, how or by when. "
             "親愛的會員您好 is a fixed salutation (not R-TALK-13)."},
    {"text": "林先生您好：\n\n您於5月購買的液晶電視，第二期分期款新台幣3,250元尚未繳納。請於6月30日前至「會員中心 > 分期付款」"
             "線上繳費，或持繳費單至全台超商繳納。如您已經繳費，請忽略本通知。\n\n路墨商城客服中心 敬上\n2025年6月16日",
     "expect": [], "channel": "letter",
     "note": "Letter: the second TV instalment of NT$3,250 is unpaid; pay by 30 June online or at any "
             "convenience store with the slip; ignore if already paid. What, by when, how."},
    {"text": "黃小姐您好：\n\n您的訂單退款新台幣1,680元，已於6月10日退回您原本付款的信用卡。\n\n路墨商城客服中心 敬上\n2025年6月10日",
     "expect": ["R-LETTER-1"], "channel": "letter",
     "note": "Letter: your refund of NT$1,680 was returned to your card on 10 June. States the fact and "
             "stops: does not say that nothing more is needed, nor when it shows on the statement."},
    {"text": "張先生您好：\n\n原訂6月18日上午的到府安裝，因師傅臨時請假，改為6月19日上午9點至12點。造成不便，敬請見諒。"
             "如新時段不方便，請於6月17日前撥打客服專線0800-123-456改約；若時間可以，您無需回覆。\n\n路墨商城客服中心 敬上\n2025年6月14日",
     "expect": [], "channel": "letter",
     "note": "Letter: installation moved from 18 June to 19 June 9-12; if inconvenient call by 17 June "
             "to rebook, otherwise no reply needed. Next step and 'nothing needed' both stated."},
]


def tr(channel, agent, turns, phone_rings=0):
    out = []
    if channel == "phone":
        out += [{"event": "ring"}] * phone_rings + [{"event": "answer", "by": "agent"}]
    for sp, text in turns:
        out.append({"speaker": sp, "text": text})
    if channel == "phone":
        out.append({"event": "hangup", "by": "customer"})
    return {"version": 1, "lang": "zh-Hant", "channel": channel, "agent": agent,
            "organisation": "路墨商城", "turns": out}


A, K = "agent", "customer"

TRANSCRIPTS = [
    {"transcript": tr("chat", "林怡君", [
        (A, "您好，路墨商城客服中心，我是林怡君，請問有什麼可以為您服務的？"),
        (K, "我的訂單已經延遲十天了，每次問都說在處理，根本沒有人在管！"),
        (A, "非常抱歉讓您等了這麼久。"),
        (K, "所以現在呢"),
        (A, "我剛查到您訂的顏色在倉庫缺貨。可以幫您改成同款的現貨顏色，今天出貨；如果您只要原本的顏色，也可以直接全額退款。您想選哪一種？"),
        (K, "改現貨好了"),
        (A, "好的，已經幫您改好，今天會出貨，預計後天送達。請問還有其他需要嗎？"),
        (K, "沒有"),
        (A, "謝謝您的耐心，有問題隨時再來找我們。再見！"),
    ]),
     "expect": ["R-TALK-12"],
     "note": "Chat. Complaint 'order ten days late, always told it's being handled, nobody is "
             "dealing with it!' -> 'very sorry you waited so long' and nothing offered: R-TALK-12. The "
             "options come after 'so what now' (answered). Closing spread over the last two agent "
             "turns, complete."},
    {"transcript": tr("phone", "吳家豪", [
        (A, "您好，這裡是路墨商城，我是吳家豪，請問有什麼需要幫忙的嗎？"),
        (K, "你們的師傅說好今天早上來裝冷氣，我請假在家等到中午都沒人來。"),
        (A, "真的非常抱歉，讓您白白請了假。我馬上聯絡師傅，下午3點前回電跟您確認到府時間；如果今天排不進去，明天上午第一個幫您安裝。"),
        (K, "好，那我等你們電話。"),
        (A, "好的，我會在3點前打給您。請問還有其他需要協助的嗎？"),
        (K, "沒有了。"),
        (A, "謝謝您的體諒，之後有任何問題都歡迎隨時來電。再見！"),
    ], phone_rings=2),
     "expect": [],
     "note": "Phone. Complaint 'the installer was due this morning, I took leave and waited till noon' "
             "-> apology and a way forward (callback before 3 pm, else first slot tomorrow). The callback "
             "time is the agent's own dated commitment. Complete closing. Clean."},
    {"transcript": tr("phone", "蔡宛婷", [
        (A, "您好，路墨商城客服，我是蔡宛婷，很高興為您服務，請問有什麼可以幫您？"),
        (K, "你們的運費也太扯了吧，買一個三百塊的東西，運費要一百五。"),
        (A, "運費是依照商品的材積和配送地區計算的，偏遠地區的費用本來就比較高。"),
        (K, "那有沒有便宜一點的方法？"),
        (A, "您可以改選超商取貨，運費是新台幣60元；訂單滿新台幣490元也可以免運。"),
        (K, "好，我改超商取貨。"),
        (A, "已經幫您改成超商取貨了。還有其他可以幫忙的嗎？"),
        (K, "沒了。"),
        (A, "謝謝您的來電，之後有需要隨時打給我們。再見。"),
    ], phone_rings=1),
     "expect": ["R-TALK-12"],
     "note": "Phone. Complaint 'your shipping fee is ridiculous, 150 for a 300-dollar item' -> the agent "
             "justifies how the fee is calculated, no apology, nothing offered: R-TALK-12. The cheaper "
             "option comes after the customer asks. Closing complete."},
]
