"""dev12, writer E: Traditional Chinese (zh-Hant) items and transcripts, Taiwan usage.

Written on its own (not converted from zh_hans.py): air-conditioner installation, campsite
booking, dental clinic, home security (保全), online school, after-school programme (安親班),
AC cleaning, wedding photos, museum annual pass, lift maintenance, dry cleaning, driving school.
The speaking organisation is 路墨商城 throughout.
"""

LANG = "zh-Hant"


def A(text):
    return {"speaker": "agent", "text": text}


def C(text):
    return {"speaker": "customer", "text": text}


def E(event, by="agent", **kw):
    d = {"event": event, "by": by}
    d.update(kw)
    return d


def T(channel, agent, turns):
    return {"version": 1, "lang": "zh-Hant", "channel": channel, "agent": agent,
            "organisation": "路墨商城", "turns": turns}


TRANSCRIPTS = [
    # t01 clean
    {"transcript": T("phone", "怡君", [
        E("ring", "system"), E("ring", "system"), E("answer"),
        A("您好，路墨商城家電安裝服務專線，我是怡君，很高興為您服務，請問有什麼可以幫您的？"),
        C("喂，我上禮拜在你們網站買了兩台分離式冷氣，說好今天下午一點到五點來裝，現在都快六點了，打給師傅也不接，到底有沒有要來啊？"),
        A("真的非常抱歉，讓您等了一整個下午還聯絡不上師傅。麻煩您提供訂單編號，我馬上幫您聯絡安裝組，確認師傅現在的狀況。"),
        C("訂單編號LM20487731。我明天還要上班，不可能再請假耶。"),
        A("了解，造成您這麼大的困擾，真的很抱歉。我需要打電話跟安裝組確認，大約兩到三分鐘，方便請您在線上稍候嗎？"),
        C("好，你快一點。"),
        E("hold"),
        E("resume"),
        A("謝謝您耐心等候。安裝組說師傅下午在前一戶要把室外機吊上頂樓，施工拖到現在，沒有先通知您是我們的疏失。今晚師傅最快八點可以到，或是改到這個星期六早上九點，看您哪個比較方便？"),
        C("晚上八點裝冷氣會不會吵到鄰居？大概要裝多久？"),
        A("兩台分離式大約需要三個小時，晚上八點開始的話會做到十一點左右。鑽牆的聲音確實比較大，如果社區有施工時間的規定，建議改星期六會比較好。"),
        C("那改星期六早上好了。"),
        A("好的，已經幫您改到本週六早上九點，師傅出發前會先打電話給您。為了表達歉意，這次的安裝費我們幫您減免五百元，會退回您刷卡的信用卡。請問還有其他需要幫忙的地方嗎？"),
        C("沒有了，謝謝。"),
        A("不會，也謝謝您的體諒。之後冷氣使用上有任何問題，都歡迎隨時再打來找我們。祝您有個愉快的晚上，再見。"),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Air-conditioner installation call, 2 rings. Complaint + 'are they coming at all?' -> apology + "
             "checking. 'I can't take another day off' -> apology + check; hold done right (permission, reason, "
             "thanks after resume). Cause given and owned ('not telling you was our fault'); two options offered, "
             "which answers 'are they coming'. 'Will it bother the neighbours?' and 'how long?' answered. Refund of "
             "NT$500 is an own commitment. Closing complete over the last two agent turns."},

    # t02 violation: R-TALK-12
    {"transcript": T("chat", "冠宇", [
        A("您好，這裡是路墨商城露營預約客服，我是冠宇，請問有什麼可以為您服務的？"),
        C("我上個月就訂了10月12號的雨棚營位，今天收到簡訊說營區超賣要幫我換到草地區，下雨天叫我睡草地喔？？"),
        A("我了解您的感受，連假期間的雨棚營位確實非常搶手。"),
        C("所以呢？我要的是雨棚，不然我要退費。退費要扣手續費嗎？"),
        A("很抱歉造成您的困擾。10月12日雨棚區目前已經沒有空位，我可以幫您換成同一天的木棧板營位，另外加搭一頂天幕，不另外收費；如果您決定退費，這次是我們這邊的原因，會全額退還，不扣任何手續費。"),
        C("天幕多大？六個人待得下嗎"),
        A("天幕是四米乘五米，六位大人坐在底下吃飯沒有問題，下雨也能在裡面煮東西。"),
        C("好吧，那就換木棧板。"),
        A("好的，已經幫您換成10月12日木棧板區A5營位，天幕會在您入營前搭好，確認簡訊稍後會傳到您的手機。請問還有其他需要協助的地方嗎？"),
        C("沒了"),
        A("謝謝您的耐心，之後有任何露營上的問題，歡迎隨時再來這裡詢問。祝您露營愉快，掰掰！"),
    ]), "expect": ["R-TALK-12"],
     "note": "Campsite chat. Complaint (overbooked, moved from a covered pitch to grass, 'in the rain?') -> the next "
             "agent turn is 'I understand how you feel, these pitches are popular': sympathy, no apology, nothing "
             "offered -> R-TALK-12. The second complaint gets apology + options; refund-fee, awning-size and "
             "'room for six?' questions answered; closing complete (掰掰 = goodbye)."},

    # t03 clean
    {"transcript": T("chat", "佳穎", [
        A("您好，路墨商城牙醫診所線上客服，我是佳穎，請問今天有什麼需要幫忙的呢？"),
        C("你好 我想幫我爸預約洗牙，他有在吃抗凝血的藥，這樣可以洗嗎？還有要帶什麼"),
        A("可以的，不過有吃抗凝血藥物，洗牙前需要醫師先評估。建議先約一次門診，請您父親把正在吃的藥或藥袋帶來，醫師看過後再決定當天洗還是另外約時間；另外也請記得帶健保卡。"),
        C("上次我自己來，等了快一個小時才看到，有預約跟沒預約一樣，這次不會又這樣吧"),
        A("上次讓您久等，真的很抱歉。這次我幫您父親約早上第一個時段九點，前面沒有其他病人，等候時間會短很多。下週二或週四早上九點，哪一天比較方便？"),
        C("週四好了 他叫王建明"),
        A("好的，已經幫王建明先生約好下週四早上九點的門診，前一天下午會有簡訊提醒。"),
        C("好 謝謝"),
        A("不客氣。請問還有其他需要幫忙的嗎？"),
        C("沒有了"),
        A("謝謝您的預約，之後有任何問題，隨時都可以在這裡留言給我們。祝您父親看診順利，再見！"),
    ]), "expect": [],
     "note": "Dental clinic chat. 'Can he have a scaling on blood thinners?' and 'what to bring' answered (yes after "
             "a check; medicines and NHI card). Complaint about the hour-long wait + 'won't it happen again?' -> "
             "apology + first slot of the morning (answers the worry implicitly). Closing complete over the last "
             "two agent turns."},

    # t04 violation: R-TALK-10, R-TALK-2
    {"transcript": T("phone", "志明", [
        E("ring", "system"), E("answer"),
        A("您好，路墨商城保全服務中心，我是志明，請問有什麼需要為您服務的？"),
        C("你好，我家的保全系統這個月已經誤報三次了，每次半夜警鈴大響，你們的人還跑來按門鈴，我太太都快被嚇死了。"),
        A("真的很抱歉，連續誤報讓您和家人半夜受驚。我先幫您查這三次是哪個感應器觸發的，再安排技術人員過去處理。請問您的用戶編號是？"),
        C("編號是TP-55812。是不是哪個感應器壞了？"),
        A("我調一下這三次的觸發紀錄，大概一分鐘，可以請您稍等嗎？"),
        C("好。"),
        E("hold"),
        E("resume"),
        A("查到了，三次都是客廳窗戶上的感應器觸發的，看起來是感應器鬆脫，風一吹窗戶晃動就會誤判。明天上午十點到十二點技術人員可以過去幫您更換，還在保固內，不用另外付費。"),
        C("明天上午可以。那今天晚上怎麼辦？還會不會再叫？"),
        A("今晚我可以先把客廳那扇窗戶的感應器暫停，其他門窗和室內偵測照常運作，這樣就不會再因為那扇窗誤報。"),
        C("好，那就麻煩你了。"),
        A("不會。已經幫您暫停了，明天技術人員換好後會再幫您恢復。請問還有其他需要幫忙的地方嗎？"),
        C("沒有了，謝謝。"),
        A("謝謝您的來電，之後有任何狀況，歡迎隨時再打來。"),
        E("hangup", "customer"),
    ]), "expect": ["R-TALK-10", "R-TALK-2"],
     "note": "Home-security call. Complaint handled right (apology + plan). The hold is asked with permission and a "
             "reason, but the first turn after resume goes straight to the result without thanking the customer for "
             "waiting -> R-TALK-10. Closing has anything-else, thanks and 'call again any time' but no goodbye "
             "-> R-TALK-2. Questions (broken sensor? what about tonight?) answered."},

    # t05 clean
    {"transcript": T("phone", "雅婷", [
        E("ring", "system"), E("answer"),
        A("您好，路墨商城線上學院客服專線，我是雅婷，請問有什麼可以幫您？"),
        C("你好，我上個月買了一個日文課程，信用卡被扣了兩次款，一樣都是三千六，我寄信問了一個禮拜都沒人回，這樣很誇張欸。"),
        A("非常抱歉，重複扣款又一個禮拜沒收到回覆，是我們處理得不好。麻煩您提供購買時用的電子信箱，我現在就幫您查，確認後直接為您辦理退款。"),
        C("cindy.lin88@gmail.com。錢多久會退回來？"),
        A("查到了，三月二日同一分鐘內有兩筆三千六百元的扣款，是我們的付款頁面重複送出，我已經把第二筆取消了。退款會退回原本的信用卡，依發卡銀行作業，通常七到十四個工作天入帳。"),
        C("那我寄的那封信呢？還要再寄一次嗎？"),
        A("不用再寄了，您那封信我已經找到，也備註今天電話裡已經處理完畢。退款完成後，我們會另外寄一封確認信到您的信箱。"),
        C("好，那就好，謝謝妳。"),
        A("不客氣，這是我們應該做的。請問還有其他問題需要我幫忙的嗎？"),
        C("沒有了。"),
        A("好的，再次謝謝您的耐心。之後上課有任何問題，歡迎隨時打來或寫信給我們。祝您學習愉快，再見！"),
        E("hangup", "customer"),
    ]), "expect": [],
     "note": "Online school call. Complaint (charged twice, e-mail unanswered for a week) -> apology owning it + "
             "refund. 'How long until the money is back?' answered (7-14 working days, attributed to the card "
             "issuer); 'must I e-mail again?' answered (no). Cause is our payment page, not the customer. Closing "
             "complete after the customer's thanks."},
]


ITEMS = [
    # ---- R-TALK-9: clean, violation, ...
    {"text": "您好，寒假安親班有開，從1月20日到2月7日，週一到週五早上八點到下午六點。費用和平常不太一樣，因為是全天班，每週是三千二百元，含午餐和點心；如果只上半天，每週一千八百元。",
     "customer": "請問安親班寒假有開嗎？費用跟平常一樣嗎",
     "channel": "chat", "expect": [],
     "note": "After-school programme. 'Open in winter break?' answered (yes, dates); 'same price?' answered (no, "
             "with the prices). Clean."},
    {"text": "您好，分離式冷氣清洗一台是一千八百元，室內機和室外機都會一起清洗，室外機主要是沖洗散熱片，不另外加價。同一個地址兩台以上，每台可以再折兩百元。",
     "customer": "請問冷氣清洗一台多少錢？分離式的室內機跟室外機都要洗嗎？週末可以到府嗎",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "AC cleaning. Price and 'are both units cleaned?' answered; 'can you come at the weekend?' (no question "
             "mark) is never addressed -> R-TALK-9."},
    {"text": "您好，外拍當天如果下雨，我們會在前一天晚上八點前跟您確認，可以改成室內棚拍，也可以改期到一個月內的任何一天。改期不會另外收費，化妝和造型的預約也會一起幫您改。",
     "customer": "想問如果外拍那天下雨，會改期嗎？改期要另外加錢嗎",
     "channel": "email", "expect": [],
     "note": "Wedding photo studio. Both questions (rain -> rescheduled? extra charge?) answered. Clean."},
    {"text": "您好，植牙的費用會依照骨頭狀況和植體的品牌而不同，我們診所單顆大約在新台幣八萬到十萬元之間，包含植體和假牙。植牙前醫師會先幫您拍電腦斷層，評估需不需要補骨。",
     "customer": "請問植牙健保有給付嗎？大概要多少錢？",
     "channel": "chat", "expect": ["R-TALK-9"],
     "note": "Dental clinic. The price is answered, but 'does National Health Insurance cover implants?' is left out; "
             "the reply talks about costs without saying whether NHI pays anything -> R-TALK-9."},
    {"text": "您好，年票在售票口和官網購買都可以刷卡，官網結帳時選擇三期零利率，每期七百元，會員權益從付款當天就開始生效。",
     "customer": "博物館年票可以刷卡分期嗎？如果分期的話，是要全部付完才能用嗎",
     "channel": "chat", "expect": [],
     "note": "Museum annual pass. 'Card and instalments?' answered implicitly (three interest-free instalments online); "
             "'must I finish paying first?' answered implicitly (valid from the payment day). Clean."},
    {"text": "您好，課程影片目前只能在我們的網站和App上觀看，無法下載成檔案，不過App可以在有網路時先緩存，搭車時離線也能看。另外每支影片都有中文字幕，可以調整播放速度。",
     "customer": "請問課程影片可以下載離線看嗎？買了之後可以看多久？",
     "channel": "email", "expect": ["R-TALK-9"],
     "note": "Online school. 'Can I download and watch offline?' answered (no file, but offline in the app); 'how "
             "long can I watch after buying?' is ignored while the reply adds other features -> R-TALK-9."},

    # ---- R-TALK-6: clean, violation, ...
    {"text": "您好，您的白色襯衫領口泛黃沒有洗掉，我們檢查後發現是店裡這次選用的清洗程序不夠，並不是衣服本身的問題，真的很抱歉。已經幫您安排重新處理，本週五下午就可以來取，這次不收費。",
     "channel": "chat", "expect": [],
     "note": "Dry cleaner. The shop owns its mistake and says it is not the garment; free re-clean with a date. "
             "Near miss for blame. Clean."},
    {"text": "管委會您好，經技術人員檢修，本次電梯停擺係因貴社區住戶搬家期間多次超載使用，導致馬達過熱所致，並非設備本身瑕疵。日後請貴社區加強宣導，以免再次發生。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Lift maintenance, to a building committee. Formal, impersonal blame of the customer's residents "
             "('caused by overloading during moves, not a defect') and a lecture ('please educate residents'); no "
             "help offered -> R-TALK-6."},
    {"text": "您好，為了其他露營客人的安全，營區的A區和B區沒有開放寵物入住，很抱歉這次沒辦法幫您保留原本的營位。C區是寵物友善區，10月5日還有兩個空位，費用一樣，離溪邊也比較近，需要的話我馬上幫您改訂。",
     "channel": "chat", "expect": [],
     "note": "Campsite. A refusal (no pets in A/B) with a reason, an apology and a concrete alternative (pet-friendly "
             "C area, same price). Near miss for a flat refusal. Clean."},
    {"text": "您好，冷氣壓縮機的保固需要送回原廠檢測，這部分我們會幫您處理。不過老實說，原廠客服出了名的慢，我們催也沒什麼用，只能請您多擔待。送修單我今天下午會幫您送出。",
     "channel": "chat", "expect": ["R-TALK-6"],
     "note": "AC shop. Helps (sends the warranty repair today) but runs down the partner manufacturer ('notoriously "
             "slow, chasing them is useless') -> R-TALK-6."},
    {"text": "您好，跟您確認一下，您的路考是排在11月8日星期五，不是11月1日，11月1日那天是最後一次場內練習。兩個日期很容易混在一起，我把完整的課表再傳一次到您的簡訊，您可以對照看看。",
     "channel": "sms", "expect": [],
     "note": "Driving school. Corrects the customer's date politely without blaming, and re-sends the schedule. "
             "(8 November 2024 is a Friday.) Near miss for contradicting. Clean."},
    {"text": "您好，依本班規定，學員報名繳費後恕不退費，亦不得轉讓他人，敬請見諒。",
     "channel": "email", "expect": ["R-TALK-6"],
     "note": "Driving school. Bureaucratic flat refusal (no refund, no transfer) with nothing offered -> R-TALK-6."},

    # ---- R-LETTER-1: clean, violation, ...
    {"text": "親愛的林小姐您好：\n因攝影棚空調整修，您原訂於12月14日（星期六）下午的婚紗棚拍，需改至12月21日（星期六）下午兩點。請您在12月10日前回覆本信或致電(02)2713-5566確認；如新日期不方便，也可以在電話中另選其他時段。造成不便，敬請見諒。\n路墨商城婚紗攝影 敬上",
     "channel": "letter", "expect": [],
     "note": "Wedding studio: date moved. Says what to do (confirm or choose another slot), by when (10 December) and "
             "how (reply or phone). Fixed salutation 親愛的…您好 is not a diminutive. Clean."},
    {"text": "陳先生您好：\n自2025年1月1日起，家庭保全月費由新台幣一千二百元調整為一千四百元，新費率將自1月份帳單開始適用。感謝您長期以來對本公司的支持。\n路墨商城保全服務部 敬上",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Home security: fee change. States the new fee and stops; nothing on whether the customer must act, "
             "can object or cancel -> R-LETTER-1."},
    {"text": "張媽媽您好：\n您為張宇晴小朋友報名下學期安親班的資料中，還缺少一份學生證影本。請您在2月10日前交給櫃台老師，或拍照傳到班上的LINE官方帳號，並註明孩子的姓名。資料齊全後，我們會在三個工作天內以簡訊通知您繳費方式。\n路墨商城安親班 敬上",
     "channel": "letter", "expect": [],
     "note": "After-school programme: a document is missing. What (student ID copy), by when (10 February), how "
             "(front desk or LINE). Clean."},
    {"text": "黃先生您好：\n因中央氣象署已發布颱風警報，為確保露營客人安全，您於10月1日至10月3日的營位預約已取消。造成您的不便，我們深感抱歉。\n路墨商城露營預約中心 敬上",
     "channel": "letter", "expect": ["R-LETTER-1"],
     "note": "Campsite: booking cancelled for a typhoon. Apologises but says nothing about the refund, rebooking, or "
             "whether the customer must do anything -> R-LETTER-1."},

    # ---- R-TALK-2 closings: clean, violation, ...
    {"text": "不客氣～請問還有其他需要幫忙的地方嗎？之後衣服送洗有任何問題，都歡迎隨時再傳訊息給我們。謝謝您的光臨，掰掰！",
     "position": "closing", "channel": "chat", "expect": [],
     "note": "Dry-cleaner chat closing: anything else / come back any time / thanks / goodbye (掰掰). Clean."},
    {"text": "好的，那星期六早上九點師傅會過去。請問還有其他需要幫忙的嗎？沒有的話，謝謝您的來電，再見。",
     "position": "closing", "channel": "phone", "expect": ["R-TALK-2"],
     "note": "AC installation call closing: anything else, thanks, goodbye, but nothing about calling again "
             "-> R-TALK-2."},
    {"text": "以上是看診前的注意事項，不知道還有沒有其他想了解的地方？如果之後有任何疑問，歡迎隨時來電或回覆這封信。謝謝您選擇我們診所。\n\n路墨商城牙醫診所 佳穎 敬上",
     "position": "closing", "channel": "email", "expect": [],
     "note": "Dental e-mail ending: anything else / come back any time / thanks; 敬上 sign-off is the goodbye. Clean."},
    {"text": "年票的續約已經幫您完成了，謝謝您一直以來的支持。之後有任何問題，都歡迎隨時來詢問。祝您參觀愉快，再見！",
     "position": "closing", "channel": "chat", "expect": ["R-TALK-2"],
     "note": "Museum annual pass chat closing: thanks, come back, goodbye, but never asks whether anything else is "
             "needed -> R-TALK-2."},
]
