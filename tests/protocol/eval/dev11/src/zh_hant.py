"""zh-Hant items and transcripts for dev11 (writer E). Taiwan-flavoured, not a conversion of zh-Hans."""

LANG = "zh-Hant"


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
    return {"version": 1, "lang": "zh-Hant", "channel": channel, "agent": agent,
            "organisation": "路墨商城", "turns": turns}


TRANSCRIPTS = [
    # t01 clean: scooter sharing, phone, hold done right
    {"transcript": T("phone", "林雅婷", rings(2) + [
        A("您好，路墨商城共享機車客服，我是林雅婷，請問有什麼可以為您服務的？"),
        C("喂，我剛剛還車，App一直顯示還車失敗，已經多扣了我二十分鐘的錢，很扯耶！"),
        A("真的很抱歉，讓您遇到還車失敗還被多扣費。我馬上幫您處理，請問車牌號碼是多少？"),
        C("MKA-2378。"),
        A("好的，我需要查這台車的定位和還車紀錄，大約兩分鐘，可以請您稍候嗎？"),
        C("好。"),
        E("hold"),
        E("resume"),
        A("謝謝您的等候。這台車停在合法的還車區，是車上的定位訊號延遲，才沒有完成還車。我已經幫您手動還車，多扣的二十分鐘共新台幣50元，會退回您的信用卡。"),
        C("那退款多久會到？"),
        A("一般是三到五個工作天，要看發卡銀行入帳的時間，退款完成時您會收到簡訊通知。"),
        C("好喔，謝謝。"),
        A("不客氣。請問還有其他需要幫忙的地方嗎？"),
        C("沒有了。"),
        A("謝謝您的來電，之後有任何問題都歡迎再打來。再見！"),
        E("hangup", by="customer"),
    ]), "expect": [],
     "note": "Scooter-sharing call, 2 rings. Complaint (return failed, overcharged) -> apology + action. "
             "Hold with permission and reason (check location and return record, two minutes), "
             "thanks after resume, cause explained without blame, refund. 'How long' answered. "
             "Closing spread over the last two agent turns. Clean."},

    # t02 violating: concert tickets, chat, apology + justification, nothing offered
    {"transcript": T("chat", "張家豪", [
        A("您好，這裡是路墨商城售票客服，我是張家豪，請問有什麼可以為您服務的？"),
        C("我搶到的演唱會票QR code一直打不開，明天就要入場了，你們系統也太爛了吧"),
        A("非常抱歉造成您的困擾，最近購票的人很多，系統會比較忙。"),
        C("所以呢？我明天要怎麼進場？"),
        A("您可以在入場前到現場服務台，出示購票用的手機號碼和身分證件，工作人員會幫您補印紙本票。"),
        C("服務台幾點開？"),
        A("服務台在開演前兩小時開放，明天是下午五點開始。"),
        C("好吧"),
        A("請問還有其他需要幫忙的嗎？"),
        C("沒了"),
        A("謝謝您的耐心，之後有任何問題都歡迎隨時再來詢問。祝您看表演愉快，再見！"),
    ]), "expect": ["R-TALK-12"],
     "note": "Ticket desk chat. Complaint (QR code won't open, 'your system is rubbish') -> an apology "
             "plus a justification (many buyers, busy system) and nothing offered -> R-TALK-12; the "
             "way forward only comes after the customer has to ask 'so what?'. Questions answered "
             "(how to get in, desk hours). Closing complete."},

    # t03 clean: bulky-waste pickup, chat
    {"transcript": T("chat", "陳怡君", [
        A("您好，路墨商城大型家具回收服務，我是陳怡君，請問有什麼可以為您服務的？"),
        C("我上禮拜就預約要收舊床墊，結果今天才說名額滿了要改到下個月，這樣我新床墊送來要放哪？"),
        A("很抱歉臨時改期，造成您的不便。我查了這週的名額，週六上午剛好有人取消，可以幫您排進去，這個時間方便嗎？"),
        C("週六可以。要不要先把床墊搬到一樓？"),
        A("不用，回收人員會上樓搬，您只要在約好的時段在家就可以了。"),
        C("費用一樣嗎"),
        A("一樣，單人床墊是新台幣300元，收走時付現或刷卡都可以。"),
        C("OK 謝謝"),
        A("不客氣，已經幫您改到週六上午九點到十二點。還有其他需要幫忙的地方嗎？"),
        C("沒有了"),
        A("謝謝您的耐心，之後有需要隨時再來找我們，再見！"),
    ]), "expect": [],
     "note": "Bulky-waste pickup chat. Complaint (pickup pushed to next month) -> apology + an earlier "
             "slot; the rhetorical 'where do I put the new mattress' is met by that slot. Carry it "
             "down? (no). Same fee? (yes, 300 NTD). Closing spread over the last two agent turns. "
             "Clean. 新台幣 uses the Taiwan-standard 台."},

    # t04 violating: language school, phone, hold without a reason, one question unanswered
    {"transcript": T("phone", "黃志明", rings(1) + [
        A("您好，路墨商城語言中心，我是黃志明，請問有什麼可以為您服務的？"),
        C("你好，我女兒在你們那邊上英文會話班，上週老師整堂課都在放影片，我們繳那麼多學費不是來看影片的。"),
        A("很抱歉，這樣的上課方式確實不符合您的期待。我會把這件事轉給教學主任，請他在週五前回電跟您說明，也會請老師調整上課方式。"),
        C("好。另外想問暑假班什麼時候開始報名？有沒有早鳥優惠？"),
        A("可以請您稍等嗎？"),
        C("可以。"),
        E("hold"),
        E("resume"),
        A("謝謝您的等候。暑假班從5月1日開始報名，上課時間是7月8日到8月16日。"),
        C("好，我知道了。"),
        A("請問還有其他需要幫忙的地方嗎？"),
        C("沒有了，謝謝。"),
        A("謝謝您的來電，有任何問題都歡迎再打來，再見。"),
        E("hangup", by="customer"),
    ]), "expect": ["R-TALK-10", "R-TALK-9"],
     "note": "Language-school call. Complaint (teacher showed videos all lesson) -> apology + dated "
             "callback from the head of teaching: fine. Hold: permission asked but no reason given -> "
             "R-TALK-10 (thanks after resume is there). Of the two questions, the enrolment date is "
             "answered, 'is there an early-bird discount?' never is -> R-TALK-9. Closing complete."},

    # t05 clean: removals, phone, transfer with summary
    {"transcript": T("phone", "吳佩珊", rings(3) + [
        A("您好，路墨商城搬家服務，我是吳佩珊，請問有什麼可以為您服務的？"),
        C("我上週請你們估價，說好三天內回覆，到現在都沒消息，我月底就要搬了耶！"),
        A("非常抱歉，讓您等了一個禮拜都沒有回覆。估價是由估價組的王先生負責，我先把您的地址和搬家日期告訴他，再把電話轉過去，請他現在直接跟您確認，好嗎？"),
        C("好，麻煩快一點。"),
        A("好的，我已經跟王先生說明，您是台中西屯區的客戶，月底要搬家，上週申請過估價。現在為您轉接。"),
        E("transfer", to="估價組"),
        A("您好，我是估價組的王俊傑，很抱歉這麼晚才跟您聯絡。您的估價是兩房一廳、三樓有電梯，費用是新台幣一萬二千元，包含紙箱和家具拆裝。"),
        C("一萬二？可以再便宜一點嗎？月底那天可以搬嗎？"),
        A("30日上午有空檔，可以幫您排。如果改到平日29日搬，可以少收一千元，也就是一萬一千元。"),
        C("那就29日好了。"),
        A("好的，已經幫您登記29日上午八點，前一天下午我們會再打電話跟您確認。請問還有其他問題嗎？"),
        C("沒有了，謝謝。"),
        A("謝謝您的耐心，之後有任何需要都歡迎再打來找我們。再見！"),
        E("hangup", by="customer"),
    ]), "expect": [],
     "note": "Removals call, 3 rings (not more), transfer with a summary after permission. Complaint "
             "(quote promised in three days, nothing for a week) -> apology + hand-over to the "
             "estimator. The estimator apologises, gives the quote; 'cheaper?' answered (1,000 NTD "
             "less on a weekday), 'can you move on the 30th?' answered (yes). Closing spread over "
             "the last two agent turns. 台中 is Taiwan-standard. Clean."},
]


ITEMS = [
    # ---------- R-TALK-9: 3 clean + 3 violations (alternating) ----------
    {"text": "您好，學生票平日全天都可以使用，包含晚上的場次。購票和入場時請出示有效的學生證，沒有帶的話會改收全票。",
     "customer": "請問你們的學生票平日晚上也能用嗎？要帶學生證嗎",
     "channel": "chat", "expect": [],
     "note": "Cinema. Weekday evenings (yes, all day), student card needed (yes, answered as an "
             "instruction). Clean."},
    {"text": "您好，狂犬病疫苗建議先預約，您可以打電話或透過LINE官方帳號預約，週一到週六都有門診。",
     "customer": "我家狗下週要打狂犬病疫苗，需要先預約嗎？打完當天可以洗澡嗎",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Vet practice. Booking question answered; 'can he be bathed the same day?' not addressed "
             "-> R-TALK-9."},
    {"text": "您好，很抱歉您的行李受損，可以申請賠償。請準備登機證、行李託運收據和輪子損壞的照片，"
             "在七天內到我們網站的「行李理賠」頁面上傳就可以了。",
     "customer": "我的行李箱輪子在轉機時被摔壞了，可以申請賠償嗎？要準備什麼",
     "channel": "email", "expect": [],
     "note": "Lost/damaged luggage. Can I claim (yes), what to prepare (the list, deadline, how). Clean."},
    {"text": "您好，是的，從本月起垃圾車改為晚上七點半到您家路口，比之前晚半小時。造成您的不便很抱歉。",
     "customer": "垃圾車這個月改時間了嗎？資源回收是星期幾收？",
     "channel": "social", "expect": ["R-TALK-9"],
     "note": "Household waste. 'Has the time changed?' answered; 'which day is recycling collected?' "
             "not addressed (only an apology) -> R-TALK-9."},
    {"text": "您好，一般定期保養大約需要一個半小時。店裡有休息區，提供免費Wi-Fi和飲料，您可以在這裡等，保養好了師傅會直接來叫您。",
     "customer": "我的車定期保養要多久？可以在店裡等嗎，還是要先回家",
     "channel": "chat", "expect": [],
     "note": "Car garage. Duration (90 minutes) and 'can I wait here or must I go home' (you can wait "
             "here, implicitly no need to go home). Clean."},
    {"text": "您好，可以轉讓。請在演出前七天登入會員，在訂單頁面選擇「轉讓票券」，輸入朋友的手機號碼就可以，不另外收費。",
     "customer": "演唱會的票可以轉讓給朋友嗎？如果可以，要怎麼改名字？還有身障席要怎麼買",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Concert tickets. Transfer (yes) and how to change the name (answered); 'how do I buy "
             "wheelchair seats?' not addressed -> R-TALK-9."},

    # ---------- R-TALK-6: 3 clean + 3 violations (alternating) ----------
    {"text": "您好，這次課程費用重複扣款，是我們的刷卡系統出了問題，和您的操作沒有關係，真的很抱歉。"
             "重複扣的新台幣8,500元已經申請退刷，大約五到七個工作天會回到您的卡上。",
     "channel": "email", "expect": [],
     "note": "Language school. Own mistake owned, negated blame ('nothing to do with what you did'), "
             "refund with a time. Clean."},
    {"text": "您好，延誤的事我也很無奈，我們調度部門一向這樣，排班亂七八糟。我這邊先幫您記下來，看能不能改到明天上午。",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Removals. Runs down another department ('dispatch is always like this, a mess') while "
             "offering help -> R-TALK-6."},
    {"text": "您好，很抱歉，醫院晚上十點以後沒有門診。如果寵物的情況緊急，可以到我們合作的24小時急診中心，"
             "地址是台北市大安區信義路四段12號，電話02-2700-1234。",
     "channel": "social", "expect": [],
     "note": "Vet practice. A refusal (no consultations after 10 pm) with an apology and a concrete "
             "alternative; the partner is named neutrally. Clean."},
    {"text": "您好，騎乘前App都會提醒要先檢查煞車，是您自己沒有檢查就騎出去的。那台車我們已經停用了。",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "Scooter sharing. Blames and lectures the customer ('the app reminds you; you rode off "
             "without checking') -> R-TALK-6."},
    {"text": "您好，您提到「電影提早開演」，我們查過了，這一場是準時在晚上七點十分開演，開演前先播了大約十分鐘的預告片。"
             "讓您錯過開頭真的很抱歉，我們可以送您一張同片的兌換券，下次來看完整的版本。",
     "channel": "review", "expect": [],
     "note": "Cinema review reply. The customer's words are quoted and politely corrected with facts, "
             "with an apology and an offer, no arguing. Near miss for contradicting. Clean."},
    {"text": "您好，行李超過二十一天未領取，依規定已經處理，無法再提供任何協助。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Luggage desk. Bureaucratic flat refusal ('disposed of per the rules, no further help "
             "possible'), nothing offered -> R-TALK-6."},

    # ---------- R-LETTER-1: 2 clean + 2 violations (alternating) ----------
    {"text": "王先生您好：\n您原定於6月12日下午三點的寵物健康檢查，因醫師臨時請假而取消，造成不便，深感抱歉。"
             "請您在6月20日前來電02-2700-5678，或透過LINE官方帳號重新預約，改期不需另外付費。\n"
             "路墨商城動物醫院 敬上\n2024年6月10日",
     "channel": "letter", "expect": [],
     "note": "Vet appointment cancelled; says what to do (rebook), by when (20 June) and how (phone or "
             "LINE). Clean."},
    {"text": "陳小姐您好：\n您與本中心簽訂的一年期英語課程合約，已於2024年8月31日到期終止。\n"
             "路墨商城語言中心 敬上\n2024年9月2日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Language school: contract ended, fact only; neither a next step (renew, unused lessons) "
             "nor 'nothing is needed' -> R-LETTER-1."},
    {"text": "林先生您好：\n您支付的搬家訂金新台幣2,000元，已於3月20日全額退回您的原付款帳戶。"
             "由於款項已經退回，您不需要再做任何處理。如果五個工作天後仍未入帳，請來電04-2255-6789告訴我們。\n"
             "路墨商城搬家服務 敬上\n2024年3月20日",
     "channel": "letter", "expect": [],
     "note": "Removals: deposit returned; nothing needed and why, and what to do if it does not "
             "arrive. Clean."},
    {"text": "各位住戶您好：\n自2025年1月1日起，大型家具到府清運費用調整為每件新台幣400元。\n"
             "路墨商城社區回收服務 敬上\n2024年11月15日",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Bulky-waste fee changed: fact only; nothing about existing bookings or whether residents "
             "must do anything -> R-LETTER-1."},

    # ---------- R-TALK-2 closings: 2 clean + 2 violations (alternating) ----------
    {"text": "好的，已經幫您改好場次了。請問還有其他需要幫忙的地方嗎？沒有的話，謝謝您的耐心，之後有任何問題都歡迎隨時再來找我們，再見！",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Ticket chat closing with all four parts. Clean."},
    {"text": "車子已經保養好了，鑰匙放在櫃檯。請問還有什麼需要幫忙的嗎？謝謝您今天耐心等候，開車小心，再見！",
     "position": "closing", "channel": "visit", "expect": ["R-TALK-2"],
     "note": "Garage counter closing: anything else, thanks, goodbye, but no 'you can always come "
             "back' -> R-TALK-2."},
    {"text": "您好，您的行李已於今天下午送到飯店櫃檯。請問還有其他需要我們協助的地方嗎？"
             "感謝您耐心等候，日後如有任何需要，歡迎隨時與我們聯絡。\n路墨商城旅遊行李服務 敬上",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Luggage e-mail closing: anything else, thanks, come back, sign-off 敬上 as the goodbye. Clean."},
    {"text": "好的，那就幫您登記週六上午的試聽課了。謝謝您的來電，之後有任何問題都歡迎再打來，再見！",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "Language-school phone closing: thanks, call again, goodbye, but never asks whether "
             "anything else is needed -> R-TALK-2."},
]
