"""dev6, Traditional Chinese, Taiwan-flavoured (writer B). 路墨商城. About half the counts."""

LANG = "zh-Hant"

CS = "\n\n路墨商城客服中心 敬上"


def q(customer, text, expect, note, channel="chat"):
    return {"customer": customer, "text": text, "expect": expect, "note": note,
            "channel": channel}


def cl(text, expect, note, channel=None):
    return {"text": text, "expect": expect, "note": note, "position": "closing",
            "channel": channel}


def letter(text, expect, note):
    return {"text": text, "expect": expect, "note": note, "channel": "letter"}


def t6(text, expect, note, channel="chat"):
    return {"text": text, "expect": expect, "note": note, "channel": channel}


def mix(section, pattern="VCCV"):
    """Order a section as V C C V V C C V ... so that each requirement's violations and clean
    items fall evenly on odd and even ids (the two halves)."""
    vs = [it for it in section if it["expect"]]
    cs = [it for it in section if not it["expect"]]
    out = []
    i = 0
    while vs or cs:
        want = pattern[i % 4]
        i += 1
        if (want == "V" and vs) or not cs:
            out.append(vs.pop(0))
        else:
            out.append(cs.pop(0))
    return out


S_TALK9 = [
    # ---------------- R-TALK-9: 3 violations + 5 clean ----------------
    q("我在網站訂的除濕機可以超商取貨嗎？如果可以，運費多少？",
      "可以的，結帳時選擇「超商取貨」，再挑選您方便的門市即可。",
      ["R-TALK-9"],
      "Customer: can the dehumidifier be picked up at a convenience store? If so, how much is shipping? Agent explains how to choose store pick-up but not the fee. 'How much?' unaddressed."),
    q("請問電子發票可以存到手機載具嗎？統編要在哪裡填",
      "可以，結帳頁的「發票資訊」可以選擇手機條碼載具；需要打統編的話，在同一欄選「公司戶」並填入統一編號就可以了。",
      [],
      "Customer: can the e-invoice go to my mobile carrier? Where do I enter the company tax ID (no '?')? Agent answers both (yes, choose the barcode carrier; pick 'company' in the same field). Clean."),
    q("冷氣說好這週到府安裝，到現在都沒人聯絡，師傅到底哪天會來？",
      "很抱歉讓您久等，我們已經把您的安裝需求轉給合作的安裝團隊，他們正在安排中。",
      ["R-TALK-9"],
      "Customer: the air-con was to be installed at home this week, nobody has called; which day will the installer actually come? Agent apologises and says the partner team is arranging it. No day given: 'when?' dodged."),
    q("訂單被取消了我也沒收到通知，這樣合理嗎？我想知道刷卡的錢會不會退回來。",
      "很抱歉沒有及時通知您。會退回的，刷卡金額新台幣2,490元已於今天辦理退刷，通常會顯示在下一期的信用卡帳單上。",
      [],
      "Customer: the order was cancelled without notice, is that fair (rhetorical)? I'd like to know whether the card payment will be refunded (embedded). Agent apologises and answers: yes, NT$2,490 reversed today, usually on the next statement. Clean."),
    q("想請問一下，買的電鍋可以換成紅色嗎？需要補差價嗎？舊的要怎麼寄回去",
      "可以換成紅色，紅色款和白色款的價格相同，不需要補差價。",
      ["R-TALK-9"],
      "Customer, three questions: can the rice cooker be swapped for the red one? Do I pay a difference? How do I send the old one back (no '?')? Agent answers the first two only; how to return is unaddressed."),
    q("我上個月寄回維修的吸塵器修好了沒？",
      "目前維修中心還沒回報結果，我會再向他們確認，並在5月23日（星期五）中午前打電話告訴您進度。",
      [],
      "Customer: is the vacuum I sent for repair last month fixed yet? Agent: the repair centre hasn't reported yet; I'll check and call you by noon Friday 23 May. Honest 'not known yet' with a dated follow-up. Clean."),
    q("退貨的話可以拿到門市嗎？台中有沒有",
      "可以，台中門市在西屯區台灣大道三段99號，每天上午11點營業到晚上9點半，請攜帶商品與發票前往。",
      [],
      "Customer: can I return it at a shop? Is there one in Taichung (no '?')? Agent: yes, gives the Taichung address and hours; 台 is Taiwan-standard. Both answered. Clean."),
    q("我剛剛下的單地址打錯了，還來得及改吧？應該是新北市板橋區文化路一段100號。",
      "來得及，已經幫您改成新北市板橋區文化路一段100號，商品明天才會出貨。",
      [],
      "Customer: I typed the wrong address, there's still time to change it, right (tag question)? Agent: yes, changed; it ships tomorrow. Answered by the action. Clean."),
]

S_TALK6 = [
    # ---------------- R-TALK-6: 3 violations + 5 clean ----------------
    t6("包裹會被退回，是因為您兩次都不在家，也沒有照通知去領取。我們已經重新安排寄送。",
       ["R-TALK-6"],
       "The parcel was returned because you weren't home twice and didn't collect it as notified. We've rearranged delivery. Blame in plain words."),
    t6("因為颱風，黑貓宅急便停止配送一天，包裹晚了兩天才出車，不好意思讓您久等。黑貓預計今天晚上8點前送達。",
       [],
       "Because of the typhoon, the courier (Black Cat) suspended deliveries for a day, so the parcel left two days late; sorry for the wait; the courier expects delivery by 8 pm today. Neutral cause, partner named neutrally, estimate attributed. Clean."),
    t6("老實說，我們公司的退貨流程本來就很麻煩，我也常常覺得很無奈。您先把退貨單填好寄回就可以了。",
       ["R-TALK-6"],
       "Honestly, our company's return process has always been a hassle and I often find it frustrating too. Just fill in the return form and send it back. Speaking badly of the company."),
    t6("這是我們出貨時放錯了商品，真的很抱歉。正確的商品已經用宅配寄出，放錯的那一件請您留著就好，不用寄回。",
       [],
       "We put the wrong item in the box, we're very sorry. The right one has gone out by home delivery; keep the wrong one, no need to return it. Owning the company's mistake. Clean."),
    t6("依照規定，拆封過的耳機一律不接受退貨，這點在商品頁面上已經寫得很清楚了。",
       ["R-TALK-6"],
       "Under the rules, opened earphones are never accepted for return; the product page states this very clearly. Flat refusal plus lecturing."),
    t6("基於衛生考量，拆封過的耳機無法辦理退貨；不過如果是功能異常，我們可以免費為您換一副新的，或送原廠檢修。",
       [],
       "For hygiene reasons opened earphones can't be returned; but if they malfunction, we can replace them free or send them to the manufacturer for repair. Refusal with an alternative. Clean."),
    t6("這不是您的問題，帳單上的兩筆金額其實是分期的第一期和第二期，總金額並沒有多扣。需要的話，我可以把分期明細寄到您的信箱。",
       [],
       "It's not your mistake: the two amounts on the statement are instalments one and two, nothing was overcharged; I can e-mail the breakdown. Negated blame and a kind correction with help. Clean."),
    t6("賣家的私人電話我們無法提供，不過您可以在訂單頁面按「聯絡賣家」留言，或由我直接幫您轉達，通常一個工作天內會有回覆。",
       [],
       "We can't give out the seller's private phone, but you can message them from the order page or I can pass it on; replies usually come within a working day. Near miss of refusing contact details. Clean."),
]

S_TALK2 = [
    # ---------------- R-TALK-2 (closing): 3 violations + 4 clean ----------------
    cl("請問還有其他需要幫忙的地方嗎？沒有的話，謝謝您的耐心，祝您有美好的一天，掰掰！",
       ["R-TALK-2"],
       "Anything else I can help with? If not, thank you for your patience, have a lovely day, bye-bye (掰掰, Taiwan)! No 'you can come back'. Missing one part.",
       "chat"),
    cl("請問還有什麼可以為您服務的嗎？謝謝您的來電，之後有任何問題，歡迎隨時撥打我們的客服專線。祝您順心，再見！",
       [],
       "Is there anything else I can do for you? Thank you for calling; any question later, call our service line any time. All the best, goodbye! All four parts. Clean.",
       "phone"),
    cl("還有其他問題需要我協助嗎？謝謝您的耐心等候，日後有需要，隨時歡迎再來訊詢問。",
       ["R-TALK-2"],
       "Any other question I can help with? Thank you for waiting; whenever you need, message us again. Asks, thanks, come back; no goodbye. Missing one part.",
       "chat"),
    cl("再次感謝您的來信。請問關於這次的退款，您還有其他疑問嗎？日後如有任何需要，歡迎隨時回信或來電與我們聯繫。\n\n路墨商城客服中心 林怡君 敬上",
       [],
       "Thank you again for writing. Do you have any other questions about this refund? Reply or call any time. Signed 敬上 (sign-off = goodbye). All four parts. Clean.",
       "email"),
    cl("謝謝您的來電，陳先生。之後如果還有問題，歡迎隨時再打來，祝您週末愉快，再見。",
       ["R-TALK-2"],
       "Thank you for calling, Mr Chen. If you have questions later, call again any time; have a nice weekend, goodbye. Never asks whether anything else is needed now. Missing one part.",
       "phone"),
    cl("不客氣！還有其他想了解的嗎？謝謝您選擇路墨商城，有需要隨時找我們，掰掰！",
       [],
       "You're welcome! Anything else you'd like to know? Thank you for choosing Lumo Shop, find us any time, bye-bye! Short chat closing, all four parts. Clean.",
       "chat"),
    cl("在結束通話前，還有其他需要我幫您確認的嗎？感謝您撥出時間，我們的專線每天早上9點到晚上9點都有人接聽，歡迎隨時來電。再見！",
       [],
       "Before we end the call, is there anything else you'd like me to check? Thank you for your time; our line is staffed 9 am to 9 pm daily, call any time. Goodbye! All four parts. Clean.",
       "phone"),
]

S_LETTER = [
    # ---------------- R-LETTER-1: 2 violations + 4 clean ----------------
    letter("王先生您好：\n\n您於2025年5月2日以ATM轉帳方式訂購的冰箱，款項新台幣18,900元至今尚未入帳，訂單目前保留中。" + CS + "\n2025年5月9日",
           ["R-LETTER-1"],
           "Dear Mr Wang, the NT$18,900 for the fridge ordered on 2 May by ATM transfer has not arrived; the order is on hold. States the fact and stops: nothing about paying, by when, or what happens otherwise."),
    letter("林小姐您好：\n\n自2025年8月1日起，路墨商城PLUS會員年費將由新台幣699元調整為799元。您目前的會員效期至2025年10月31日，到期前的權益與費用都不受影響，您不需要做任何處理。續約時將以新年費計算；如不想續約，可在到期前於「會員中心」關閉自動續約。" + CS + "\n2025年6月20日",
           [],
           "Dear Ms Lin, from 1 Aug 2025 the PLUS membership fee rises from NT$699 to 799. Your current term to 31 Oct is unaffected, nothing to do now; renewal uses the new fee, and you can switch off auto-renewal in the member centre. Clean."),
    letter("黃先生您好：\n\n您申請的公司戶發票變更，尚缺公司的統一編號與發票抬頭。請於2025年6月30日前回覆本信，或來電0800-123-456告知，我們收到後會在3個工作天內重新開立發票。" + CS + "\n2025年6月16日",
           [],
           "Dear Mr Huang, your change to a company invoice still lacks the tax ID and company name. Please reply or call by 30 June 2025; we reissue within 3 working days. Missing document with step, deadline and how. Clean."),
    letter("張小姐您好：\n\n原定於6月20日下午到府收取退貨冰箱的預約，因物流車輛調度因素已經取消。造成您的不便，敬請見諒。" + CS + "\n2025年6月18日",
           ["R-LETTER-1"],
           "Dear Ms Zhang, the home pick-up of the returned fridge on the afternoon of 20 June is cancelled for vehicle-scheduling reasons. We apologise. No new date and no step: stops at the fact."),
    letter("蔡小姐您好：\n\n您退回的電風扇已於6月5日完成檢驗，退款新台幣1,280元已退回您的信用卡，約7至14個工作天會顯示在帳單上，您無需另外辦理任何手續。" + CS + "\n2025年6月5日",
           [],
           "Dear Ms Cai, your returned fan passed inspection on 5 June and NT$1,280 has been refunded to your card, showing in about 7-14 working days; no further steps needed. Clean."),
    letter("吳先生您好：\n\n關於您5月28日反映商品延遲出貨一事，經查確為本公司倉儲作業延誤所致，謹此致歉。我們已將新台幣200元購物金存入您的帳戶，下次結帳時勾選「使用購物金」即可折抵，使用期限至2025年12月31日。" + CS + "\n2025年6月2日",
           [],
           "Dear Mr Wu, your complaint of 28 May about late shipping: it was our warehouse's delay, we apologise. NT$200 store credit is in your account; tick 'use store credit' at checkout, valid to 31 Dec 2025. Complaint decision with how to use it. Clean."),
]

ITEMS = mix(S_TALK9) + mix(S_TALK6, "CVVC") + mix(S_TALK2) + mix(S_LETTER)


def conv(agent, channel, turns):
    out = []
    for t in turns:
        if t[0] == "hangup":
            out.append({"event": "hangup", "by": t[1]})
        else:
            out.append({"speaker": t[0], "text": t[1]})
    return {"version": 1, "lang": "zh-Hant", "channel": channel, "agent": agent,
            "organisation": "路墨商城", "turns": out}


A, C = "agent", "customer"

TRANSCRIPTS = [
    {"transcript": conv("林怡君", "phone", [
        (A, "您好，這裡是路墨商城，我是客服林怡君，請問有什麼可以為您服務的？"),
        (C, "我訂的嬰兒推車今天送來，輪子是歪的！這樣要怎麼用？"),
        (A, "真的很抱歉，讓您收到有問題的商品。我馬上幫您安排換一台新的，明天交給宅配寄出，預計後天送到府上，同時把這台收回，這樣可以嗎？"),
        (C, "可以，那收回的時候要重新包裝嗎？"),
        (A, "不用特別包裝，司機會帶專用的箱子來收。請問還有其他需要幫忙的嗎？"),
        (C, "沒有了，謝謝。"),
        (A, "也謝謝您的耐心，之後有任何問題都歡迎隨時來電。祝您有美好的一天，再見！"),
        ("hangup", C)]),
     "expect": [],
     "note": "Stroller delivered with a bent wheel (complaint, '!') -> apology plus a replacement offered as a question; 'how can I use it like this?' addressed by the replacement. Repacking question answered. Closing spread over the last two agent turns. Clean."},
    {"transcript": conv("陳冠宇", "chat", [
        (A, "您好，我是路墨商城線上客服陳冠宇，很高興為您服務，請問需要什麼協助？"),
        (C, "我在超商等了三天，包裹根本沒到門市！到底寄到哪裡去了？"),
        (A, "我查到您的包裹因為門市收貨量過大，被轉到附近的全家中山門市。您可以直接去那裡取貨，或由我幫您改成宅配到府，您想選哪一種？"),
        (C, "改宅配好了，地址一樣是台北市中山區南京東路二段50號"),
        (A, "好的，已經改成宅配到台北市中山區南京東路二段50號，預計明天下午送達，運費由我們負擔。還有其他需要協助的地方嗎？"),
        (C, "沒了"),
        (A, "謝謝您的耐心等候，之後有問題歡迎隨時來訊，再見！")]),
     "expect": ["R-TALK-12"],
     "note": "Waited three days at the store, parcel never arrived ('!' and '到底' complaint). The next agent turn answers where it is and offers two ways forward but never apologises. R-TALK-12. Closing complete over the last two agent turns."},
    {"transcript": conv("張志明", "phone", [
        (A, "您好，路墨商城客服專線，我是張志明，請問有什麼可以為您服務？"),
        (C, "我要把上禮拜的發票改成公司抬頭，統編是12345678。月底前一定要拿到。"),
        (A, "沒問題。請問公司抬頭的完整名稱是什麼呢？我確認後今天就幫您重新開立。"),
        (C, "遠帆科技股份有限公司。"),
        (A, "好的，已經用遠帆科技股份有限公司和統編12345678重新開立電子發票，剛剛寄到您會員帳號的信箱，原本那張發票已經作廢。請問還需要紙本嗎？"),
        (C, "不用，電子的就可以。"),
        (A, "了解。還有其他需要我幫忙的嗎？"),
        (C, "沒有了。"),
        (A, "謝謝您的來電，之後有需要歡迎隨時再打來，再見！"),
        ("hangup", C)]),
     "expect": [],
     "note": "Company invoice needed 'by month end, without fail': firm, not a complaint, so no apology owed. Reissued the same day. 了解 is Taiwan-standard. Closing spread over the last two agent turns. Clean."},
]
