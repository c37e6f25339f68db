"""dev9, writer C: Traditional Chinese (Taiwan-flavoured) items and transcripts (路墨商城 / Lumo Shop)."""

LANG = "zh-Hant"

ITEMS = [
    # ---------------- R-TALK-6: 4 clean + 4 violations, alternating ----------------
    {
        "text": "很抱歉，今天下午的門診已經額滿，沒辦法再加號。明天上午陳醫師還有三個名額，如果您方便，我現在就幫您掛號。",
        "expect": [],
        "channel": "phone",
        "note": "Clinic appointment desk: 'Sorry, this afternoon's clinic is full and no extra slots can be added. Dr Chen has three places tomorrow morning; if convenient I'll book you now.' A refusal with an alternative. Clean.",
    },
    {
        "text": "合作的物流公司這陣子真的很誇張，常常把包裹送錯地方，我們內部也很頭痛。說真的，公司在這方面一直沒有好好管。我先幫您申請補寄。",
        "expect": ["R-TALK-6"],
        "channel": "chat",
        "note": "Web shop: 'Our partner courier has been ridiculous lately, always delivering to the wrong place; we're fed up internally too. Honestly, the company has never managed this properly. I'll request a resend.' Running down a partner and the company, while helping.",
    },
    {
        "text": "這次重複扣款是我們系統在月初結帳時出錯造成的，跟您的操作無關，真的很抱歉。多扣的新台幣599元已經退回您的信用卡，3到5個工作天內會顯示在帳單上。",
        "expect": [],
        "channel": "email",
        "note": "Internet provider: 'The double charge came from an error in our system at the start-of-month billing, nothing to do with anything you did; very sorry. The extra NT$599 is back on your card, visible within 3-5 working days.' Own mistake owned, negated blame. 台 in 新台幣 is Taiwan-standard. Clean.",
    },
    {
        "text": "一般來說，只要出險後三天內報案，理賠都不會卡住。您這件拖了快兩個星期才通知我們，後續處理自然會比較慢。",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "Insurer: 'Normally, if a loss is reported within three days, claims don't get stuck. You waited almost two weeks to tell us, so naturally it will be slower.' Implied blame of the customer for the delay; nothing offered.",
    },
    {
        "text": "您提到上個月沒有用水卻被收費，我們查了一下，帳單上的新台幣120元是基本費，不論有沒有用水都會收取。實際用水度數確實是0度，這部分沒有另外計費。若您想確認水錶狀況，我們可以安排人員到府查看。",
        "expect": [],
        "channel": "email",
        "note": "Water utility: 'You mention being charged for a month with no water used; the NT$120 is the basic fee charged either way. Actual use was indeed 0, not charged. If you want the meter checked we can send someone to your home.' A polite correction that confirms what the customer got right, with an offer. Clean.",
    },
    {
        "text": "您說客服從來沒回過您的信，這不是事實。我們在3月4日和3月6日都有回覆，是您自己沒去看信箱。",
        "expect": ["R-TALK-6"],
        "channel": "email",
        "note": "Web shop: 'You say customer service never answered your mail; that is not true. We replied on 4 and 6 March; you just didn't check your mailbox.' Contradicting and blaming the customer.",
    },
    {
        "text": "您說網站「爛透了」，我們完全可以理解，訂了三次都失敗確實讓人很挫折。這不是您操作有誤，是付款頁面今天上午出現異常，目前已經修復。您現在重新整理頁面就可以下單，若還是不行，我可以直接幫您用電話訂購。",
        "expect": [],
        "channel": "chat",
        "customer": "你們的網站爛透了，我訂了三次都失敗，到底要怎麼訂？",
        "note": "Web shop: 'You say the site is \"rubbish\"; we understand, three failed orders is frustrating. It's not your mistake: the payment page had a fault this morning, now fixed. Refresh and order; if it still fails I can take the order by phone.' The customer's word quoted, negated blame, the question 'how do I order?' answered. Clean.",
    },
    {
        "text": "本所不提供承辦人員的個人電話，相關問題一律以書面公文回覆，請勿再來電詢問。",
        "expect": ["R-TALK-6"],
        "channel": "phone",
        "note": "District office desk (no organisation named): 'This office does not give out the case officer's phone; all questions are answered by official letter only; please do not call again.' Refusing contact details, a flat bureaucratic refusal.",
    },
    # ---------------- R-TALK-9: 3 clean + 3 violations, alternating ----------------
    {
        "text": "補辦健保卡的工本費是新台幣200元。您可以帶身分證到健保署各地的聯絡辦公室臨櫃辦理，也可以在網路上申請，大約5個工作天會寄到府上。",
        "expect": [],
        "channel": "chat",
        "customer": "我想問健保卡不見了要去哪裡補辦？補辦要多少錢",
        "note": "Clinic desk: (1) where to replace a lost health-insurance card, (2) how much. Both answered, in reverse order (NT$200; at an NHI office counter or online). Clean.",
    },
    {
        "text": "您購買的除濕機保固期是一年，您是去年8月購買的，目前還在保固內。維修時請準備好發票或訂單編號。",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "我在你們網站買的除濕機壞了，還在保固內嗎？可以直接送到門市修嗎？",
        "note": "Web shop repairs: (1) still under warranty? (2) can I take it to a store? (1) answered; (2) met with same-topic advice (bring the invoice) that does not say whether store drop-off is possible.",
    },
    {
        "text": "您的額度調整申請目前還在審核中，結果我這邊還無法確定，我們會在4月18日（週五）前以簡訊通知您。萬一這次沒有通過，三個月後就可以再次申請。",
        "expect": [],
        "channel": "phone",
        "customer": "我上個月申請的信用卡額度調整，結果出來了沒？如果沒過可以再申請嗎",
        "note": "Card line: (1) is the result out, (2) a fallback 'if not approved, can I apply again'. (1) honest 'still under review' with a dated SMS by Friday 18 April; (2) answered (after three months). Clean.",
    },
    {
        "text": "非常抱歉讓您擔心了，明明顯示送達卻沒收到，換作是誰都會著急。我已經請物流公司調閱送貨紀錄和簽收照片，今天下午6點前回覆您查詢結果。",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "我的包裹顯示已經送達，可是我根本沒收到。可以幫我查一下嗎？如果找不到，會重新寄一份給我嗎",
        "note": "Web-shop delivery: (1) can you check? (2) if it can't be found, will you send another? (1) answered by action and a time; the fallback question (2) is met only with sympathy, never addressed.",
    },
    {
        "text": "升級到500M每月多新台幣200元。今天申請的話，明天凌晨就會生效，當月費用會按天數計算。",
        "expect": [],
        "channel": "chat",
        "customer": "我想把寬頻從300M升級到500M 要加多少錢 那什麼時候開始生效",
        "note": "Internet provider: two questions without '?', the second a follow-up ('and when does it start'). Price and start answered. Clean.",
    },
    {
        "text": "如果列車因颱風停駛，您的車票可以全額退費，在購票的App或車站窗口辦理都可以，不收手續費。",
        "expect": ["R-TALK-9"],
        "channel": "chat",
        "customer": "請問明天颱風，高鐵還會開嗎？如果停駛，我的票要怎麼退",
        "note": "Train desk: (1) will the trains run tomorrow in the typhoon, (2) if cancelled, how do I refund. (2) answered; (1) ignored: no status, no 'not announced yet, check at ...'.",
    },
    # ---------------- R-LETTER-1: 2 clean + 2 violations, alternating ----------------
    {
        "text": "林先生您好：\n\n您於3月3日申請的旅遊不便險理賠，目前尚缺少航空公司開立的班機延誤證明。\n\n請您於4月10日前，將證明文件的掃描檔上傳至路墨商城App「我的保單」頁面，或郵寄至台北市信義區松仁路100號8樓理賠組。收到文件後，我們將於7個工作天內完成審核。\n\n如有任何問題，歡迎來電(02)2720-1688。\n\n路墨商城保險服務部 敬上\n2025年3月20日",
        "expect": [],
        "channel": "letter",
        "note": "Insurer, missing document: the airline's delay certificate is missing; upload it in the app or post it by 10 April; review within 7 working days. What, by when, how. Clean.",
    },
    {
        "text": "親愛的會員您好：\n\n自2025年8月1日起，路墨商城Plus會員年費將由新台幣999元調整為新台幣1,199元，原有的免運及點數回饋權益不變。\n\n路墨商城會員服務中心 敬上\n2025年6月25日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Price change: membership fee from NT$999 to NT$1,199 from 1 August, benefits unchanged. States the fact only: not whether renewal is automatic, whether anything must be done, or how to cancel. 親愛的會員您好 is a fixed salutation (not R-TALK-13).",
    },
    {
        "text": "張小姐您好：\n\n因醫師臨時請假，您原本預約4月9日（三）上午的牙科回診，已改至4月11日（五）上午10點，看診地點不變。\n\n新時間如您方便，無需回覆，當天請攜帶健保卡提前10分鐘報到即可；若無法配合，請於4月10日中午前來電(04)2323-5566改約。\n\n造成不便，敬請見諒。\n\n掛號櫃檯 敬上\n2025年4月3日",
        "expect": [],
        "channel": "letter",
        "note": "Clinic, appointment moved: dental follow-up moved to Friday 11 April 10:00; no reply needed if it suits (bring the NHI card, 10 minutes early); otherwise call by noon on 10 April. Clean. (Organisation left out, as a clinic desk would.)",
    },
    {
        "text": "陳先生您好：\n\n經查，您的寬頻帳戶截至5月31日尚有新台幣1,398元未繳，為3月及4月的月租費。\n\n路墨商城寬頻服務部 敬上\n2025年6月3日",
        "expect": ["R-LETTER-1"],
        "channel": "letter",
        "note": "Internet provider arrears: NT$1,398 unpaid for March and April. States the debt and stops: no deadline, no way to pay, no 'ignore if paid'.",
    },
    # ---------------- R-TALK-2 closings: 2 clean + 2 violations, alternating ----------------
    {
        "text": "好的，已經幫您把取貨門市改成全家信義店了。請問還有其他需要幫忙的地方嗎？謝謝您的耐心，之後有任何問題都歡迎隨時回來找我們。掰掰，祝您有美好的一天！",
        "expect": [],
        "position": "closing",
        "channel": "chat",
        "note": "Web-shop chat (convenience-store pickup changed): anything else? / thanks / come back any time / 掰掰 goodbye. Complete. Clean.",
    },
    {
        "text": "您的回診已經改到下週二上午10點了。請問還有其他需要幫您處理的嗎？好的，謝謝您的來電，祝您早日康復，再見。",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "phone",
        "note": "Clinic phone closing: anything else? / thanks for calling / goodbye, but no 'you can always call again'.",
    },
    {
        "text": "吳小姐，以上是您這次退貨的處理進度。請問還有其他想了解的地方嗎？感謝您耐心等候，日後若有任何問題，歡迎隨時回信或來電與我們聯絡。\n\n路墨商城客服中心 怡君 敬上",
        "expect": [],
        "position": "closing",
        "channel": "email",
        "note": "Returns e-mail closing: anything else? / thanks / write or call any time / 敬上 sign-off as the goodbye. Clean.",
    },
    {
        "text": "新卡會在5個工作天內寄到您登記的地址。還有什麼需要我幫忙的嗎？謝謝您今天的耐心配合，之後有任何疑問，隨時可以在這裡留言給我們。",
        "expect": ["R-TALK-2"],
        "position": "closing",
        "channel": "chat",
        "note": "Card line chat closing: anything else? / thanks / leave us a message any time, but no goodbye.",
    },
]

TRANSCRIPTS = [
    {
        "transcript": {
            "version": 1, "lang": "zh-Hant", "channel": "phone", "agent": "怡君",
            "organisation": "路墨商城",
            "turns": [
                {"event": "ring", "time": "2025-04-07T02:10:00Z"},
                {"event": "ring", "time": "2025-04-07T02:10:05Z"},
                {"event": "answer", "by": "agent", "time": "2025-04-07T02:10:07Z"},
                {"speaker": "agent", "text": "您好，路墨商城保險服務專線，我是怡君，請問有什麼可以為您服務的？"},
                {"speaker": "customer", "text": "我上個月就送了理賠資料，到現在都沒人跟我說結果，打來三次每次都叫我等。"},
                {"speaker": "agent", "text": "真的很抱歉，讓您打了這麼多次還沒有答案。我現在就幫您查理賠進度，可以請您稍候一分鐘嗎？我需要調閱您的案件紀錄。"},
                {"speaker": "customer", "text": "好。"},
                {"event": "hold", "by": "agent"},
                {"event": "resume", "by": "agent"},
                {"speaker": "agent", "text": "謝謝您的等候。您的理賠已經審核通過，金額是新台幣12,800元，今天下午會撥款，預計明天入帳到您登記的帳戶。"},
                {"speaker": "customer", "text": "太好了，那之後會有通知嗎？"},
                {"speaker": "agent", "text": "會的，入帳當天會寄簡訊給您。請問還有其他需要幫忙的嗎？"},
                {"speaker": "customer", "text": "沒有了。"},
                {"speaker": "agent", "text": "謝謝您的耐心，之後有任何問題，歡迎隨時打來找我們。祝您順心，再見。"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": [],
        "note": "Insurer phone, 2 rings. Complaint 'sent the documents last month, nobody told me the result, called three times and always told to wait' -> apology + check now, with permission and reason for the hold in the same turn; thanks after resume; result given. Notification question answered. Closing over the last two agent turns. Clean.",
    },
    {
        "transcript": {
            "version": 1, "lang": "zh-Hant", "channel": "chat", "agent": "家豪",
            "organisation": "路墨商城",
            "turns": [
                {"speaker": "agent", "text": "您好，路墨商城線上客服，我是家豪，請問有什麼可以幫您？"},
                {"speaker": "customer", "text": "我退貨退了三個禮拜，錢到現在還沒退，你們客服每次都說在處理，根本沒人管"},
                {"speaker": "agent", "text": "非常抱歉讓您等了這麼久，也很抱歉之前的回覆沒有讓您安心。"},
                {"speaker": "customer", "text": "道歉有什麼用，錢什麼時候退？"},
                {"speaker": "agent", "text": "再次向您致歉。我查到您的退款在發卡銀行那邊沒有完成，已經重新送出了。銀行作業約3到5個工作天，預計4月18日前會退回您的信用卡，若那天還沒看到，請直接在這裡留言，我會親自幫您追蹤。"},
                {"speaker": "customer", "text": "好，那我再等等。"},
                {"speaker": "agent", "text": "請問還有其他需要幫您處理的嗎？"},
                {"speaker": "customer", "text": "沒有"},
                {"speaker": "agent", "text": "謝謝您的耐心，之後有任何問題都歡迎隨時回來找我們。祝您有愉快的一天，再見！"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": ["R-TALK-12"],
        "note": "Web-shop returns chat. Complaint 'three weeks and no refund, nobody cares' -> two apologies and nothing offered (no check, no step, no time). The customer's 'what use is sorry, when is the refund?' then gets apology + resubmission + date. Closing complete. R-TALK-12 (apology with nothing offered).",
    },
    {
        "transcript": {
            "version": 1, "lang": "zh-Hant", "channel": "phone", "agent": "志明",
            "organisation": "路墨商城",
            "turns": [
                {"event": "ring", "time": "2025-05-20T09:15:00Z"},
                {"event": "answer", "by": "agent", "time": "2025-05-20T09:15:03Z"},
                {"speaker": "agent", "text": "午安，路墨商城寬頻客服，我是志明，請問有什麼可以幫您？"},
                {"speaker": "customer", "text": "說好今天下午兩點到五點來裝網路，我請假在家等了一下午，結果沒人來，也沒人通知我！"},
                {"speaker": "agent", "text": "真的非常抱歉，讓您白白請假等了一下午。我馬上幫您改約，明天早上9點到11點有空檔，我會安排當天第一組師傅到府安裝，請問您方便嗎？"},
                {"speaker": "customer", "text": "明天早上可以，可是今天請假的損失怎麼算？"},
                {"speaker": "agent", "text": "這次是我們的疏失，我們會免收新台幣1,500元的安裝費，並贈送您一個月的月租費，直接從第一期帳單扣抵。"},
                {"speaker": "customer", "text": "好吧，那明天請準時。"},
                {"speaker": "agent", "text": "好的，我已經特別註明您的情況，師傅出發前會先打電話給您。請問還有其他需要協助的嗎？"},
                {"speaker": "customer", "text": "沒有了。"},
                {"speaker": "agent", "text": "謝謝您的體諒，之後有任何問題，歡迎隨時來電。祝您有個愉快的晚上，再見。"},
                {"event": "hangup", "by": "customer"},
            ],
        },
        "expect": [],
        "note": "Internet installation, phone, 1 ring. Complaint 'took the afternoon off, nobody came, nobody told me!' -> apology + new slot tomorrow 9-11 with the first crew. Compensation question answered (fee waived, a month free; own fault owned). Closing over the last two agent turns. Clean.",
    },
]
