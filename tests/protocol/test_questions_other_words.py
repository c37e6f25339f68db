"""Question coverage (R-TALK-9): answers that name the question's thing with a pronoun, a
synonym or an inflected form, or that report the action asked for, count as answers; replies
about something else, or that answer only one of two questions, still leave a question open."""

from __future__ import annotations

import pytest

from tactful.protocol import check_text


def _open(lang: str, customer: str, reply: str) -> list[str]:
    report = check_text(reply, lang=lang, customer_text=customer, spelling=False)
    return [f.data["question"] for f in report.findings if f.requirement == "R-TALK-9"]


# (lang, customer, reply): an opening yes or no answers a yes/no question whose sentence
# refers to its thing by a pronoun or another word, when that sentence is about no other
# question.
PRONOUN_YES = [
    ("en", "Can I return the jacket?",
     "Yes, you can send it back within 30 days for a full refund."),
    ("en", "Can I return the jacket?", "Of course, just send it back to us within 30 days."),
    ("en", "Is the blue sofa still available?", "Yes, we have two left in stock."),
    ("en", "Will my old phone number stay the same?", "Yes, you keep it."),
    ("ro", "Pot returna geaca?", "Da, o puteți trimite înapoi în 30 de zile."),
    ("et", "Kas jope saab tagastada?", "Jah, selle võite 30 päeva jooksul meile tagasi saata."),
    ("hu", "Visszaküldhetem a kabátot?", "Igen, 30 napon belül díjmentesen visszaadhatja."),
]


@pytest.mark.parametrize(("lang", "customer", "reply"), PRONOUN_YES)
def test_an_opening_yes_about_no_other_question_answers(lang: str, customer: str,
                                                         reply: str) -> None:
    """R-TALK-9: "Yes, you can send it back" answers "Can I return the jacket?"."""
    assert _open(lang, customer, reply) == []


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    # the yes belongs to the question its sentence repeats; the other one stays open
    ("en", "Can I pay the arrears in instalments? Will there be interest on it?",
     "Yes, you can pay the arrears in three instalments.",
     ["Will there be interest on it?"]),
    ("ro", "Pot plăti restanța în rate? Se percep dobânzi?",
     "Da, puteți plăti restanța în trei rate.", ["Se percep dobânzi?"]),
    # no yes at all, and nothing of the question: open
    ("en", "Do you ship to Norway?", "Thanks for asking, our summer sale starts next week.",
     ["Do you ship to Norway?"]),
    # a yes does not answer a question asking for content
    ("en", "Which card will the refund go to?", "Yes, it has been sent.",
     ["Which card will the refund go to?"]),
])
def test_an_opening_yes_stays_with_its_own_question(lang: str, customer: str, reply: str,
                                                    still_open: list[str]) -> None:
    """R-TALK-9: near-misses: an opening yes about one question does not answer another."""
    assert _open(lang, customer, reply) == still_open


ADDRESS = {
    "en": "Can you change my address? Do I need to send proof of the new address?",
    "zh-Hans": "能帮我改一下地址吗？需要提供新地址的证明吗？",
    "zh-Hant": "可以幫我改地址嗎？需要附新地址的證明嗎？",
}


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "I've updated your address to 14 Mill Lane. You don't need to send any proof."),
    ("en", "We have changed the address on your account. No proof is needed."),
    ("zh-Hans", "您的地址已更新为成都市武侯区磨坊街14号。您不需要提供地址证明。"),
    ("zh-Hant", "您的地址已經改好了。不需要附地址證明。"),
])
def test_an_action_on_the_thing_two_questions_share_answers_one(lang: str, reply: str) -> None:
    """R-TALK-9: "address" is in both questions; a clause reporting an action on it answers
    the request, the other clause the proof question."""
    assert _open(lang, ADDRESS[lang], reply) == []


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "You don't need to send any proof of address."),
    ("zh-Hans", "您不需要提供地址证明。"),
    ("zh-Hant", "不需要附地址證明。"),
])
def test_one_clause_on_the_shared_thing_answers_one_question_only(lang: str,
                                                                  reply: str) -> None:
    """R-TALK-9: near-miss: one clause about the shared word leaves one question open."""
    assert len(_open(lang, ADDRESS[lang], reply)) == 1


def test_a_you_can_on_the_shared_thing_is_no_answer() -> None:
    """R-TALK-9: near-miss: "you can apply for the return" repeats the word the two questions
    share but says nothing about the cut tag."""
    assert _open("zh-Hant", "吊牌剪掉了還能退貨嗎？退貨運費誰付？",
                 "退貨運費由我們負擔，您在「我的訂單」申請退貨就可以了。") == [
        "吊牌剪掉了還能退貨嗎？"]


@pytest.mark.parametrize(("customer", "reply"), [
    ("Át tudják írni a címemet?", "A címét módosítottam, a következő számla már oda megy."),
    ("Megkaphatom a számlámat e-mailben is?", "A számláját elküldtem e-mailben."),
    ("Át tudják írni a címemet? Kell lakcímigazolást küldenem?",
     "A címét módosítottam. Lakcímigazolást nem kell küldenie."),
])
def test_hungarian_my_x_is_answered_by_your_x(customer: str, reply: str) -> None:
    """R-TALK-9: Hungarian: the customer's "címemet" (my address) is the agent's formal
    "címét" (your address): one word under its person and case endings."""
    assert _open("hu", customer, reply) == []


@pytest.mark.parametrize(("customer", "reply"), [
    ("Át tudják írni a címemet?", "Köszönjük türelmét, a nyári akciónk jövő héten indul."),
    ("Át tudják írni a címemet? Kell lakcímigazolást küldenem?",
     "Lakcímigazolást nem kell küldenie."),
    ("Módosítható a szerződésem?", "A csomagját tegnap feladtuk."),
])
def test_hungarian_possessives_match_only_their_own_word(customer: str, reply: str) -> None:
    """R-TALK-9: near-misses: another thing with a "your" ending answers nothing."""
    assert len(_open("hu", customer, reply)) == 1


@pytest.mark.parametrize(("customer", "reply", "still_open"), [
    ("Kas te saate minu aadressi muuta?",
     "Muutsin Teie aadressi, järgmine arve läheb uuele aadressile.", 0),
    ("Kas te saate minu aadressi muuta?", "Oleme Teie aadressi juba muutnud.", 0),
    ("Kas saate mulle arve uuesti saata?", "Saatsime arve uuesti Teie e-posti aadressile.", 0),
    ("Kas saate mulle arve uuesti saata?",
     "Täname, meie suvekampaania algab järgmisel nädalal.", 1),
])
def test_estonian_a_deed_done_answers_a_request(customer: str, reply: str,
                                                still_open: int) -> None:
    """R-TALK-9: Estonian first-person past (muutsin, saatsime) and the -nud participle
    report the action asked for, with a word of the question; a reply about something else
    does not."""
    assert len(_open("et", customer, reply)) == still_open


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("en", "Do you ship to Norway?",
     "Unfortunately not, we only deliver within the EU at the moment."),
    ("hu", "Szállítanak Ausztriába?", "Sajnos nem, jelenleg csak belföldre küldünk csomagot."),
    ("ro", "Livrați și în Austria?", "Din păcate nu, momentan trimitem doar în țară."),
])
def test_two_answer_words_open_an_answer(lang: str, customer: str, reply: str) -> None:
    """R-TALK-9: "Unfortunately not," is an opening no like "No,"."""
    assert _open(lang, customer, reply) == []


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("en", "Hi Anna, how are you today? Where is my parcel?",
     "It's at the local depot and will be delivered tomorrow."),
    ("hu", "Jó napot, hogy van? Mikor jön a szerelő?",
     "A szerelő holnap 8 és 12 óra között érkezik."),
    ("hu", "Szia, hogy vagy? Hol van a csomagom?",
     "A csomagja a helyi depóban van, holnap kézbesítjük."),
    ("et", "Tere, kuidas teil läheb? Millal tehnik tuleb?",
     "Tehnik tuleb homme kella 10 ja 12 vahel."),
    ("ro", "Bună ziua, cum sunteți? Când vine tehnicianul?",
     "Tehnicianul vine mâine între 10 și 12."),
    ("zh-Hans", "您好，最近好吗？技术员什么时候来？", "技术员明天上午10点到12点之间上门。"),
    ("zh-Hant", "您好，最近好嗎？技術員什麼時候來？", "技術員明天上午10點到12點之間到府。"),
])
def test_a_greeting_asked_as_a_question_asks_nothing(lang: str, customer: str,
                                                     reply: str) -> None:
    """R-TALK-9: "How are you?" after a greeting is no question the reply must answer."""
    assert _open(lang, customer, reply) == []


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("en", "How are you going to fix my broken router?",
     "Thanks for your patience with our service."),
    ("hu", "Hogy van a díj kiszámolva?", "Köszönjük a türelmét."),
    ("et", "Kuidas läheb mu tellimusega?", "Täname kannatlikkuse eest."),
    ("ro", "Cum vă merge aplicația pe iOS, e stabilă?", "Vă mulțumim pentru răbdare."),
    ("zh-Hans", "我的订单最近怎么样了，有进展吗？", "感谢您的耐心等待。"),
])
def test_a_question_that_only_starts_like_a_greeting_still_asks(lang: str, customer: str,
                                                                reply: str) -> None:
    """R-TALK-9: near-misses: the greeting words open a real question."""
    assert len(_open(lang, customer, reply)) == 1


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("en", "How many times do I have to call you? Where is my parcel?",
     "I'm sorry for the trouble, your parcel is at the depot."),
    ("en", "Do you even read my emails? The invoice is still wrong.",
     "I apologise. I've corrected the invoice and sent you the new copy."),
    ("en", "Is this how you treat loyal customers? I want a refund for the kettle.",
     "I'm very sorry. I have issued a full refund for the kettle today."),
    ("hu", "Hányszor kell még felhívnom Önöket? Hol a csomagom?",
     "Elnézést a kellemetlenségért, a csomagja a depóban van."),
    ("hu", "Miért kell ennyit várni?", "Elnézést a várakozásért, a szerelő holnap érkezik."),
    ("et", "Mitu korda ma pean veel helistama? Kus mu pakk on?",
     "Vabandame, Teie pakk on kulleri käes."),
    ("ro", "De câte ori trebuie să vă sun? Unde e coletul?",
     "Ne pare rău, coletul este la curier."),
    ("zh-Hans", "你们到底有没有人管？我的退款什么时候到？",
     "非常抱歉让您久等了。退款将在3个工作日内到账。"),
])
def test_an_exasperated_question_asks_nothing(lang: str, customer: str, reply: str) -> None:
    """R-TALK-9: "How many times do I have to call?" is a complaint, not a question."""
    assert _open(lang, customer, reply) == []


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("en", "How many times does the technician visit per year?",
     "Thanks for your question about our plans."),
    ("en", "How many times do I have to call you? Where is my parcel?",
     "I'm sorry for the trouble."),
    ("hu", "Miért kell fizetnem a kiszállásért?", "Köszönjük, hogy jelezte."),
])
def test_a_real_question_next_to_exasperation_still_asks(lang: str, customer: str,
                                                         reply: str) -> None:
    """R-TALK-9: near-misses: a count question, the real question after a complaint, and a
    plain why are still asked."""
    assert len(_open(lang, customer, reply)) == 1


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("en", "What's the status of my order 4471?", "Your order 4471 was dispatched this morning."),
    ("en", "Which plan includes roaming?", "Roaming is included in the Plus plan."),
])
def test_question_words_are_no_content_words(lang: str, customer: str, reply: str) -> None:
    """R-TALK-9: "whats" is not a word the reply must repeat."""
    assert _open(lang, customer, reply) == []


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    ("zh-Hans", "能开发票吗 怎么开 可以开公司抬头吗",
     "可以开发票的，您在订单页面点击“申请发票”即可。", ["可以开公司抬头吗"]),
    ("zh-Hans", "能开发票吗 怎么开 可以开公司抬头吗",
     "可以开发票的，您在订单页面点击“申请发票”即可，公司抬头也可以开。", []),
    ("zh-Hant", "可以開統編嗎 要怎麼填 已經下單的可以補開嗎",
     "可以開統編發票，結帳時填寫統一編號即可。", ["已經下單的可以補開嗎"]),
    ("zh-Hans", "想问问有没有学生优惠，另外不确定标价包不包邮。",
     "学生凭有效学生证可以享受九折优惠。", ["另外不确定标价包不包邮。"]),
    ("zh-Hans", "想问问有没有学生优惠，另外不确定标价包不包邮。",
     "学生凭有效学生证可以享受九折优惠，全场包邮。", []),
    # one thing asked two ways at a comma stays one question
    ("zh-Hans", "我必须在家吗，邻居帮我开门可以吗？", "邻居帮您开门也可以，只要是成年人就行。", []),
    ("zh-Hans", "这个价格含不含税？", "价格已含税。", []),
])
def test_chinese_questions_typed_in_one_run(lang: str, customer: str, reply: str,
                                            still_open: list[str]) -> None:
    """R-TALK-9: Chinese questions typed without question marks are cut at spaces (and at a
    comma before 另外); an A-not-A verb (包不包邮, 含不含) asks yes or no."""
    assert _open(lang, customer, reply) == still_open


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    ("hu", "Elmagyaráznák a számla tételeit? Azon is gondolkodom, hogy kérhetek-e ezentúl "
     "elektronikus számlát.",
     "Elnézést kérünk a félreérthető számláért. Mellékelten küldjük a tételes magyarázatot.", 1),
    ("hu", "Elmagyaráznák a számla tételeit? Azon is gondolkodom, hogy kérhetek-e ezentúl "
     "elektronikus számlát.",
     "Mellékelten küldjük a tételes magyarázatot. Elektronikus számlát is kérhet az "
     "ügyfélportálon.", 0),
    ("hu", "kerdeznem hogy van e nyugdijas kedvezmeny. azt se tudom hogy az ar tartalmazza e "
     "az afat", "Igen, nyugdíjasoknak 10% kedvezmény jár.", 1),
    ("hu", "kerdeznem hogy van e nyugdijas kedvezmeny. azt se tudom hogy az ar tartalmazza e "
     "az afat", "Igen, nyugdíjasoknak 10% kedvezmény jár. Az ár az áfát is tartalmazza.", 0),
    ("et", "tahtsin kysida kas yliopilastele on soodustus. pole ka kindel kas hind sisaldab "
     "kaibemaksu", "Jah, üliõpilastele on 15% soodustus.", 1),
    ("et", "tahtsin kysida kas yliopilastele on soodustus. pole ka kindel kas hind sisaldab "
     "kaibemaksu", "Jah, üliõpilastele on 15% soodustus. Hind sisaldab käibemaksu.", 0),
    ("ro", "Îmi puteți explica factura? Mă gândeam și dacă aș putea primi de acum factura pe "
     "e-mail.", "Ne cerem scuze pentru factura neclară. Vă trimitem atașat explicația fiecărei "
     "poziții.", 1),
    ("ro", "voiam sa intreb daca e reducere la pensionari. nu stiu nici daca pretul include tva",
     "Da, pensionarii au o reducere de 10%.", 1),
    ("ro", "voiam sa intreb daca e reducere la pensionari. nu stiu nici daca pretul include tva",
     "Da, pensionarii au o reducere de 10%. Prețul include TVA.", 0),
    ("en", "I was wondering if there's a student discount. I'm also not sure whether the price "
     "includes VAT.", "Yes, students get 10% off.", 1),
    ("en", "I was wondering if there's a student discount. I'm also not sure whether the price "
     "includes VAT.", "Yes, students get 10% off, and the price includes VAT.", 0),
])
def test_embedded_questions_of_doubt_and_thought(lang: str, customer: str, reply: str,
                                                 still_open: int) -> None:
    """R-TALK-9: "I'm not sure whether ...", "azt se tudom, hogy ...-e", "pole kindel, kas",
    "mă gândeam dacă" embed a question; after whether/dacă/kas it asks yes or no, so a
    percentage that answers the discount question does not answer "does the price include
    VAT"; an apology naming the bill answers no request about the bill."""
    assert len(_open(lang, customer, reply)) == still_open


def test_a_question_word_is_matched_exactly_not_by_its_stem() -> None:
    """R-TALK-9: Hungarian "mérő" (meter) is no "merre" (where to), so an address answers
    nothing about the meter."""
    assert _open("hu", "Át tudják írni a címemet? A mérő is átkerül az új nevemre?",
                 "Rendben, a címváltozást rögzítettem, a következő számlát már az új címre "
                 "küldjük.") == ["A mérő is átkerül az új nevemre?"]


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("hu", "Ki találja ki ezeket az online űrlapokat? Na mindegy, el tudnák küldeni papíron?",
     "A papíralapú nyomtatványt ma postára adtam, három munkanapon belül megérkezik."),
    ("et", "Kes need veebivormid küll välja mõtleb? Igatahes, kas saaksite mulle paberankeedi "
     "saata?", "Panin paberankeedi täna posti, see jõuab Teieni kolme tööpäeva jooksul."),
    ("ro", "Cine face formularele astea online, sincer? Mă rog, mi-l puteți trimite pe hârtie?",
     "V-am trimis astăzi formularul tipărit prin poștă; ar trebui să ajungă în trei zile "
     "lucrătoare."),
    ("zh-Hant", "這網頁說明到底誰看得懂啊？算了，可以寄一份紙本給我嗎？",
     "已經幫您把紙本說明書寄出，三個工作天內會收到。"),
    ("en", "Who designs these online forms? Anyway, could you post me a paper copy?",
     "I've posted a paper copy today, it should arrive within three working days."),
])
def test_a_question_waved_away_asks_nothing(lang: str, customer: str, reply: str) -> None:
    """R-TALK-9: "Na mindegy, ..." / "Anyway, ..." after a question waves it away; the
    request after it is answered by the action."""
    assert _open(lang, customer, reply) == []


def test_a_question_not_waved_away_still_asks() -> None:
    """R-TALK-9: near-miss: without "anyway" both questions are asked."""
    assert _open("en", "Who designs these online forms? Could you post me a paper copy?",
                 "I've posted a paper copy today, it should arrive within three working "
                 "days.") == ["Who designs these online forms?"]


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    ("hu", "Maguk ott egyáltalán ellenőriznek valamit? Kétszer vonták le a díjat.",
     "Megértem. A második terhelést visszautalom.", 0),
    ("et", "Kas te seal üldse midagi ei kontrolli?", "Saan aru. Kannan teise makse tagasi.", 0),
    ("ro", "Voi verificați ceva acolo?", "Înțeleg. Vă returnez a doua plată.", 0),
    ("zh-Hans", "你们到底有没有人核对的？", "我理解您的心情，第二笔钱现在就退回。", 0),
    # near-misses: an exasperated but real question
    ("zh-Hans", "你们到底什么时候发货？", "我理解您的心情。", 1),
    ("hu", "Egyáltalán lehet még módosítani a rendelést?", "Köszönjük a türelmét.", 1),
])
def test_do_you_check_anything_at_all_is_a_complaint(lang: str, customer: str, reply: str,
                                                     still_open: int) -> None:
    """R-TALK-9: "Do you people check anything at all?" asks for no answer."""
    assert len(_open(lang, customer, reply)) == still_open


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    ("en", "I'd like to know how much it would cost to end my contract early.",
     "I'll check with our billing team and write back to you by Friday 14 March with the "
     "exact figure for the early termination fee.", 0),
    ("hu", "Mennyibe kerülne a szerződés korai felmondása?",
     "Utánanézek a számlázáson, és péntekig, március 14-ig megírom a szerződés felmondási "
     "díját.", 0),
    ("ro", "Cât m-ar costa rezilierea contractului?",
     "Verific cu departamentul de facturare și revin până vineri, 14 martie, cu suma exactă "
     "pentru reziliere.", 0),
    # no date: no follow-up that addresses it
    ("en", "How much would it cost to end my contract early?",
     "I'll check with our billing team about your contract and come back to you.", 1),
    # a dated notice of a result is no answer to "who is my adjuster?"
    ("zh-Hant", "我的理賠現在進度如何？負責的理賠人員是誰？",
     "您的理賠申請正在審核中，我們會在5月28日前通知您審核結果。", 1),
])
def test_a_dated_check_and_reply_addresses_a_question(lang: str, customer: str, reply: str,
                                                      still_open: int) -> None:
    """R-TALK-9: "I'll check and write back by Friday 14 March with the figure" addresses
    the cost question; without a date, or as a plain notice, it does not."""
    assert len(_open(lang, customer, reply)) == still_open


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    ("en", "Would it be possible to have the invoice in my company's name, and what details do "
     "you need from me?", "Yes, that's possible. Please send us the company name, address and "
     "VAT number, and we'll reissue the invoice within two working days.", 0),
    ("en", "What documents do I need to bring?", "Thanks for booking with us.", 1),
    ("zh-Hant", "超商取貨放幾天？取件要帶什麼？",
     "超商取貨的包裹會在門市保留7天，取件時出示手機末三碼和證件即可。", 0),
    ("zh-Hant", "超商取貨放幾天？取件要帶什麼？", "超商取貨的包裹會在門市保留7天。", 1),
    ("zh-Hant", "可以改週四送嗎？司機會先打電話嗎？改時間要加錢嗎",
     "已幫您改成週四配送，司機會提前半小時來電，改期不另外收費。", 0),
])
def test_what_you_need_is_answered_by_an_instruction(lang: str, customer: str, reply: str,
                                                     still_open: int) -> None:
    """R-TALK-9: "what details do you need?" / 要帶什麼 ask how to proceed: "please send
    ...", "出示...即可" answer; 收費 answers a question about paying extra."""
    assert len(_open(lang, customer, reply)) == still_open


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    ("hu", "Mikortól érvényes az új tarifa? Maradhat a 15-i fizetési nap?",
     "Az új tarifa április 1-jén lép életbe, a havi részlet 9 800 Ft lesz.", 1),
    ("hu", "Mikortól érvényes az új tarifa? Maradhat a 15-i fizetési nap?",
     "Az új tarifa április 1-jén lép életbe, a fizetési nap marad 15-e.", 0),
    ("hu", "Kell fizetnem a kiszállásért?", "A kiszállás díjmentes.", 0),
    ("ro", "De când se aplică noul tarif? Pot păstra ziua de plată pe 15?",
     "Noul tarif intră în vigoare pe 1 aprilie, iar rata lunară va fi de 98 de lei.", 1),
    ("ro", "Trebuie să plătesc livrarea?", "Livrarea este gratuită.", 0),
])
def test_a_payment_day_is_no_question_of_price(lang: str, customer: str, reply: str,
                                               still_open: int) -> None:
    """R-TALK-9: "fizetési nap", "ziua de plată" (the payment day) do not make a question ask
    for an amount; "fizetnem", "să plătesc" (must I pay) still do."""
    assert len(_open(lang, customer, reply)) == still_open


# Two embedded questions joined ("... whether I can move the contract and whether the
# deposit comes back"): each is a question of its own; a reply to the first leaves the second
# open. (lang, customer, reply to the first only, reply to both)
EMBEDDED_PAIRS = [
    ("en", "I'd like to know whether I can move my contract to the new flat and whether my"
     " deposit of 200 pounds is returned.",
     "Yes, your contract can move to the new flat; just send us the new address.",
     "Yes, your contract can move to the new flat. Your deposit of 200 pounds is returned"
     " with the final bill."),
    ("ro", "Aș dori să știu dacă pot transfera contractul pe noua adresă și dacă mi se"
     " returnează garanția de 200 de lei.",
     "Da, contractul poate fi transferat pe noua adresă.",
     "Da, contractul poate fi transferat pe noua adresă. Garanția de 200 de lei vi se"
     " returnează odată cu factura finală."),
]


@pytest.mark.parametrize(("lang", "customer", "first", "both"), EMBEDDED_PAIRS)
def test_two_joined_embedded_questions_are_two_questions(lang: str, customer: str,
                                                         first: str, both: str) -> None:
    """R-TALK-9: "whether X and whether Y" asks two things; answering X alone leaves Y
    unanswered, answering both leaves nothing open."""
    assert len(_open(lang, customer, first)) == 1
    assert _open(lang, customer, both) == []


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("et", "mis kell kuller homme tuleb ja kas peab allkirja andma",
     "Allkiri on vajalik, sest pakis on telefon. Kuller tuleb homme kella 10 ja 11 vahel."),
    ("en", "Do I need a signature for the parcel?", "A signature is required, as it holds a"
     " phone."),
    ("hu", "Kell aláírás az átvételkor?", "Az aláírás kötelező, mert telefon van a csomagban."),
    ("ro", "Este nevoie de semnătură la primire?", "Semnătura este obligatorie, coletul"
     " conține un telefon."),
])
def test_needed_or_required_answers_a_must_i_question(lang: str, customer: str,
                                                      reply: str) -> None:
    """R-TALK-9: "a signature is required" answers "do I need to sign?"."""
    assert _open(lang, customer, reply) == []


# (lang, customer, reply, open): a question word asking for a time or an amount is not
# answered by a reply that only repeats the question's words.
TYPED_DODGES = [
    ("en", "When will my refund arrive?", "Your refund is being processed by our team.", True),
    ("en", "When will my refund arrive?", "Your refund will arrive within five working days.",
     False),
    ("en", "When will my refund arrive?",
     "I'll check your refund with billing and call you back by Friday.", False),
    ("en", "How much does the new tariff cost?",
     "You can switch to the new tariff in the app under Contracts.", True),
    ("en", "How much does the new tariff cost?", "The new tariff costs 24 euros a month.", False),
    ("hu", "Mikor jön a szerelő?", "A szerelő kiküldését már elindítottuk.", True),
    ("hu", "Mikor jön a szerelő?", "A szerelő csütörtökön 10 és 12 óra között érkezik.", False),
    ("hu", "Mennyibe kerül az új díjcsomag?", "Az új díjcsomagra az alkalmazásban válthat.",
     True),
    ("et", "Millal tehnik tuleb?", "Tehniku väljasõit on juba tellitud.", True),
    ("et", "Millal tehnik tuleb?", "Tehnik tuleb neljapäeval kella 10 ja 12 vahel.", False),
    ("ro", "Când se ridică gunoiul?", "Gunoiul se ridică de echipa noastră.", True),
    ("ro", "Când se ridică gunoiul?", "Gunoiul se ridică marțea.", False),
    ("ro", "Cât costă abonamentul nou?", "Abonamentul nou îl puteți activa din aplicație.",
     True),
    ("zh-Hans", "垃圾哪天清运？", "每周二清运。", False),
    ("zh-Hant", "垃圾哪天清運？", "每週二清運。", False),
    # Chinese asks in place: 什么时候 / 多少 inside the sentence types the question too
    ("zh-Hans", "上周申请的维修，什么时候会有人来取件？",
     "您的维修申请我们已经收到，目前正在处理中。", True),
    ("zh-Hant", "上週申請的維修，什麼時候會有人來取件？",
     "您的維修申請我們已經收到，目前正在處理中。", True),
    ("zh-Hans", "上周申请的维修，什么时候会有人来取件？", "师傅明天上午10点到12点之间上门取件。",
     False),
    ("zh-Hans", "换货要付多少钱？", "换货可以在订单页面申请。", True),
    ("zh-Hans", "换货要付多少钱？", "换货是免费的，运费由我们承担。", False),
    # ... but a yes/no question with a time word in it stays a yes/no question
    ("zh-Hans", "明天什么时候都可以吗？", "可以的，明天全天都有师傅值班。", False),
    # a yes/no question about paying asks for no amount
    ("en", "Do I need to pay the late fee?", "No, you don't need to pay the late fee.", False),
    ("hu", "Kell késedelmi kamatot fizetnem?", "Késedelmi kamatot nem kell fizetnie.", False),
]


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), TYPED_DODGES)
def test_a_time_or_amount_question_needs_a_time_or_amount(lang: str, customer: str,
                                                          reply: str, still_open: bool) -> None:
    """R-TALK-9: "When will my refund arrive?" is not answered by "Your refund is being
    processed" (the words repeated, no time), but by a time, a dated follow-up, a weekday
    ("marțea", 每周二); a yes/no question about paying needs no amount."""
    assert bool(_open(lang, customer, reply)) is still_open


# (lang, customer, reply, open): "not known yet" with a dated call-back addresses a
# question; without the call-back it does not. "Does nobody look at them?" asks nothing.
NOT_KNOWN_YET = [
    ("en", "Will the power be back today?",
     "I don't know yet, the engineers are still looking for the fault. I'll call you back by "
     "4 pm.", False),
    ("en", "Will the power be back today?",
     "I don't know yet, the engineers are still looking for the fault.", True),
    ("hu", "Ma helyreáll az áram a Petőfi utcában?",
     "Ezt sajnos még nem tudom: a szerelők még keresik a hibát. Ma 16 óráig visszahívom.",
     False),
    ("hu", "Ma helyreáll az áram a Petőfi utcában?",
     "Ezt sajnos még nem tudom: a szerelők még keresik a hibát.", True),
    ("et", "Kas elekter tuleb täna tagasi?",
     "Seda ma veel ei tea, tehnikud otsivad viga. Helistan Teile täna kella 16-ks.", False),
    ("ro", "Revine curentul azi?",
     "Încă nu știu, echipa caută defectul. Vă sun înapoi azi până la ora 16.", False),
    ("zh-Hans", "今天能来电吗？", "目前还不确定，师傅还在排查故障。我会在今天下午4点前给您回电。",
     False),
    ("zh-Hans", "今天能来电吗？", "目前还不确定，师傅还在排查故障。", True),
]
NOBODY_LOOKS = [
    ("en", "This is the third estimated bill although I send readings. Does nobody look at "
           "them?", "I am sorry. I have entered your reading and we will reissue the bills by "
           "Friday."),
    ("hu", "Már a harmadik becsült számla. Senki nem nézi meg őket?",
     "Elnézést kérek, rögzítettem az állást, péntekig újraküldjük a számlákat."),
    ("et", "See on juba kolmas hinnanguline arve. Kas keegi neid ei vaata?",
     "Vabandan, sisestasin näidu ja saadame arved reedeks uuesti."),
    ("ro", "A treia factură estimată deși trimit indexul. Nu se uită nimeni pe ele?",
     "Îmi cer scuze, am introdus indexul și refacem facturile până vineri."),
    ("zh-Hans", "这已经是第三张估算账单了，没人看吗？",
     "非常抱歉，我已录入读数，周五前重新出账单。"),
]


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), NOT_KNOWN_YET)
def test_not_known_yet_with_a_dated_call_back_addresses_the_question(
        lang: str, customer: str, reply: str, still_open: bool) -> None:
    """R-TALK-9: "I don't know yet, I'll call you back by 4 pm" is an honest answer; "I
    don't know yet" alone leaves the question open."""
    assert bool(_open(lang, customer, reply)) is still_open


@pytest.mark.parametrize(("lang", "customer", "reply"), NOBODY_LOOKS)
def test_does_nobody_look_at_them_asks_nothing(lang: str, customer: str, reply: str) -> None:
    """R-TALK-9: "Does nobody look at them?" is part of a complaint, not a question."""
    assert _open(lang, customer, reply) == []


# (lang, customer, reply, open): a question and its answer name one thing in other words
# ("költség" / "díj", "trebuie" / "nevoie", 手续费 / 费用); a word of another question's group
# tells nothing, and a verb group is not kept ("will the premium change?" is not answered by
# "we will update the policy").
SYNONYMS = [
    ("ro", "Contorul a fost înlocuit ieri. Trebuie să fac eu ceva?",
     "Nu este nevoie să faceți nimic, tehnicianul a înregistrat deja indexul.", False),
    ("en", "Is a deposit required for the router?",
     "No, you don't need to pay anything upfront for it.", False),
    ("hu", "Van ennek külön költsége?", "Nem, ezért nem kérünk díjat.", False),
    ("et", "Kas selle eest tuleb lisatasu maksta?", "Ei, see on tasuta.", False),
    ("zh-Hans", "换货要不要手续费？", "不用，换货不收取任何费用。", False),
    ("en", "Do I need a new policy? Will the premium change?",
     "Your current policy can be moved to your new address, and we will update the policy "
     "from 1 June.", True),
]


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), SYNONYMS)
def test_a_question_is_answered_in_other_words_of_its_thing(lang: str, customer: str,
                                                            reply: str,
                                                            still_open: bool) -> None:
    """R-TALK-9: "Trebuie să fac ceva?" is answered by "nu este nevoie", "külön költsége?" by
    "nem kérünk díjat", 手续费 by 不收取任何费用; "will the premium change?" stays open when the
    reply only updates the policy."""
    assert bool(_open(lang, customer, reply)) is still_open


# (lang, customer, reply, open): "What if it doesn't come tomorrow?" asks what happens then:
# a reply that says what happens if so answers it; one that only apologises does not.
IF_THEN = [
    ("en", "What if it still hasn't arrived tomorrow?",
     "If it hasn't arrived by 6 pm tomorrow, I'll refund you in full.", False),
    ("en", "What if it still hasn't arrived tomorrow?", "I'm sorry about the delay.", True),
    ("hu", "És ha holnap sem érkezik meg?",
     "Ha holnap 18 óráig sem érkezik meg, a teljes összeget visszautaljuk.", False),
    ("et", "Aga kui pakk homme ka ei jõua?",
     "Kui pakk homme kella 18-ks kohale ei jõua, kanname raha täies ulatuses tagasi.", False),
    ("ro", "Și dacă nici mâine nu ajunge?",
     "Dacă nu ajunge nici mâine până la ora 18, vă returnăm toți banii.", False),
    ("zh-Hans", "那要是明天还不到呢？", "如果明天下午六点前还没到，我给您安排全额退款。", False),
    ("zh-Hans", "那要是明天还不到呢？", "非常抱歉让您久等了。", True),
    # "And if the food spoiled, can I claim?" asks its main clause, a yes or no
    ("ro", "Și dacă mi s-au stricat alimentele din frigider, pot cere despăgubire?",
     "Da, puteți cere despăgubire pentru alimentele stricate.", False),
    # Estonian "ja kui kaua" is "and how long", not "and if"
    ("et", "Kas see on võimalik sama lepinguga? Ja kui kaua see aega võtab?",
     "Jah, leping jääb samaks. Tehnik teeb ühenduse tavaliselt viie tööpäeva jooksul.", False),
]


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), IF_THEN)
def test_what_if_is_answered_by_what_happens_if(lang: str, customer: str, reply: str,
                                                still_open: bool) -> None:
    """R-TALK-9: "And if it doesn't come tomorrow?" (és ha, aga kui, și dacă, 要是…呢) is
    answered by "If it hasn't arrived by 6 pm tomorrow, I'll refund you", not by an
    apology."""
    assert bool(_open(lang, customer, reply)) is still_open


# (lang, customer, reply, open): smaller cases of whole conversations.
CONVERSATION_TURNS = [
    # "Megtenné, hogy ...?" ("would you ... that ..."): "hogy" after a comma is "that"
    ("hu", "Megtenné, hogy a számlákat ezentúl a lányom címére küldik?",
     "Természetesen. A számlázási címet átírtam, a júniusi számla már oda érkezik.", False),
    # "is anyone even dealing with it?" asks nothing; the action answers the complaint
    ("et", "Tellisin ruuteri kaks nädalat tagasi! Kas keegi teil üldse tegeleb sellega?",
     "Vaatan kohe järele, kus Teie pakk on.", False),
    # "so what do we do now?" is answered by a proposal
    ("ro", "Bine, și ce facem acum?", "Vă propun să verificăm împreună indexul.", False),
    ("ro", "Bine, și ce facem acum?", "Îmi pare foarte rău pentru factură.", True),
    # "why?" answered by owning the mistake
    ("ro", "Și de ce mi s-a spus de două ori că se rezolvă?",
     "Cererile anterioare au rămas deschise, iar asta este greșeala noastră.", False),
    # "I don't know yet" with "I'll call you by Thursday" (no "back")
    ("en", "Why has my bill gone up this month?",
     "I don't know yet, Mr Kaye. I've asked billing to check your readings, and I'll call "
     "you by Thursday afternoon with what they find.", False),
    ("zh-Hans", "我上个月的积分怎么少了200分？",
     "目前我还查不到那200分是怎么扣掉的，我会在6月14日周五前回复您。", False),
    # "Is that all?" after an apology asks nothing
    ("ro", "Asta e tot?", "Vă înțeleg. Am trimis un tehnician, ajunge mâine la ora 10.", False),
    # 钱 and 费 name one thing: 断网的钱怎么算 - 宽带费减免一半
    ("zh-Hans", "那这几天断网的钱怎么算？",
     "这个月的宽带费我们为您减免一半，直接从下期账单里扣除。", False),
    # "hoiul ... punktis" says where
    ("et", "Kust ma selle kätte saan?", "See on hoiul Tartu bussijaama leitud asjade punktis.",
     False),
    # the same, carried to the other languages
    ("hu", "Miért lett ilyen magas a számlám?", "Még nem tudom, de megkérdezem a kollégákat, és "
     "csütörtökig felhívom az eredménnyel.", False),
    ("hu", "És most mi legyen?", "Azt javaslom, nézzük meg együtt a mérőállást.", False),
    ("hu", "És most mi legyen?", "Nagyon sajnálom a kellemetlenséget.", True),
    ("en", "And how is the money for the days without internet worked out?",
     "We are waiving half of this month's fee, taken off your next bill.", False),
    ("en", "And how is the money for the days without internet worked out?",
     "I'm sorry about the outage.", True),
    ("hu", "És a napokat, amikor nem volt internet, hogyan számolják el?",
     "Ennek a hónapnak a díjából a felét elengedjük, a következő számlából levonjuk.", False),
    # "as soon as the repair is finished" names when
    ("en", "Will you let me know when it's back?",
     "Yes, we'll send you a text as soon as the repair is finished.", False),
]


# (lang, customer, reply, open): an embedded "when" ("I'd like to know when ...", "vreau să
# știu când ...") still asks for a time: a yes to the other question does not answer it.
EMBEDDED_WHEN = [
    ("en", "I'd like to know when the technician is coming and whether I need to be at home",
     "Yes, an adult needs to be at home while the meter is changed.", True),
    ("en", "I'd like to know when the technician is coming and whether I need to be at home",
     "The technician comes on Tuesday between 8 and 10, and yes, an adult needs to be at home.",
     False),
    ("ro", "buna, vreau sa stiu cand vine tehnicianul sa schimbe contorul si daca trebuie sa fiu "
           "acasa", "Da, este nevoie să fie prezentă o persoană majoră.", True),
    ("ro", "buna, vreau sa stiu cand vine tehnicianul sa schimbe contorul si daca trebuie sa fiu "
           "acasa", "Tehnicianul vine marți între 8 și 10 și da, este nevoie să fie prezentă o "
           "persoană majoră.", False),
    # Hungarian "hogy" after the phrase is "that": "... gondolkodom, hogy kérhetek-e ..." stays
    # a yes/no question
    ("hu", "Azon is gondolkodom, hogy kérhetek-e ezentúl elektronikus számlát.",
     "Igen, az elektronikus számlát az ügyfélkapuban kérheti.", False),
]


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), EMBEDDED_WHEN)
def test_an_embedded_when_still_asks_for_a_time(lang: str, customer: str, reply: str,
                                                still_open: bool) -> None:
    """R-TALK-9: "I'd like to know when the technician is coming and whether I need to be at
    home" is two questions, the first asking for a time: "Yes, an adult needs to be at home"
    leaves it open, "on Tuesday between 8 and 10, and yes ..." answers both."""
    assert bool(_open(lang, customer, reply)) is still_open


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), CONVERSATION_TURNS)
def test_whole_conversation_questions(lang: str, customer: str, reply: str,
                                      still_open: bool) -> None:
    """R-TALK-9: "Megtenné, hogy ...?" is a yes/no request ("hogy" = that), "kas keegi üldse
    tegeleb?" is rhetorical, "ce facem acum?" is answered by "vă propun", "why?" by "it is our
    mistake", "I don't know yet" by a call by Thursday (目前我还查不到 … 6月14日前回复您), and
    "when it's back" by "as soon as the repair is finished"."""
    assert bool(_open(lang, customer, reply)) is still_open


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    # the yes is read with its sentence up to a joining word: the clause after "iar" / "and"
    # names the other question without taking the yes with it
    ("ro", "Ați schimbat ceva? Trebuie să reinstalez aplicația?",
     "Da, aseară am activat confirmarea în doi pași, iar aplicația vă cere acum să vă "
     "conectați din nou. Nu trebuie să o reinstalați, alegeți „Conectare din nou”.", []),
    # ... but a clause of the same sentence without a joining word still takes it
    ("hu", "Át tudják írni a címemet? A mérő is átkerül az új nevemre?",
     "Rendben, a címváltozást rögzítettem, a következő számlát már az új címre küldjük.",
     ["A mérő is átkerül az új nevemre?"]),
    ("hu", "Részletekben is fizethetem a hátralékot? Jár-e érte kamat?",
     "Igen, a hátralékot részletekben is kifizetheti.", ["Jár-e érte kamat?"]),
    # "nothing extra to buy" says no to "do I need to buy one?"
    ("en", "Do they come with a charger, or do I need to buy one separately? And how long "
     "does a full charge last?",
     "The charger is the small white case in the box, so there's nothing extra to buy. A full "
     "charge takes about three hours.", []),
    # "A férje is elviheti" (your husband can take it too) says yes
    ("hu", "Mikor lesz kész a szemüveg, és át tudja venni helyettem a férjem?",
     "A szemüvege március 12-én érkezik, és aznap 14 órától átvehető. A férje is elviheti, "
     "elég, ha magával hozza az átvételi szelvényt.", []),
    # "nem tudunk menni" (we cannot go) is no "nem tudom, hogy ..." (I do not know whether)
    ("hu", "A szombati előadásra vettem jegyet, de nem tudunk menni. Visszakaphatom a pénzt?",
     "Péntek 18:30-ig a jegyek árát teljes egészében visszautaljuk.", []),
])
def test_a_yes_and_a_can_answer_the_question_they_are_about(
        lang: str, customer: str, reply: str, still_open: list[str]) -> None:
    """R-TALK-9: an opening yes answers a second yes/no question when only a clause after
    a joining word names the first; a potential verb ("elviheti") or "nothing extra to buy"
    answers a yes/no question on its thing; a clause that names another question keeps the
    yes from answering this one."""
    assert _open(lang, customer, reply) == still_open


@pytest.mark.parametrize(("lang", "customer", "reply"), [
    ("ro", "Am sunat de patru ori săptămâna asta, e chiar atât de greu să mi se răspundă? "
     "Vreau doar să știu dacă mi s-a înregistrat reclamația.",
     "Îmi pare rău că ați așteptat atât. Da, reclamația dumneavoastră a fost înregistrată "
     "pe 6 mai."),
    ("en", "I called four times, is it really that hard to answer the phone? Has my "
     "complaint been logged?", "I am sorry you waited. Yes, your complaint was logged on 6 May."),
    ("hu", "Négyszer hívtam, ennyire nehéz felvenni a telefont? Rögzítették a panaszomat?",
     "Elnézést a várakozásért. Igen, a panaszát május 6-án rögzítettük."),
    ("et", "Helistasin neli korda, kas see on tõesti nii raske vastata? Kas mu kaebus on "
     "registreeritud?", "Vabandust ootamise pärast. Jah, Teie kaebus registreeriti 6. mail."),
    ("zh-Hans", "我打了四次电话，接个电话有那么难吗？我的投诉登记了吗？",
     "很抱歉让您久等了。是的，您的投诉已于5月6日登记。"),
])
def test_is_it_really_that_hard_asks_nothing(lang: str, customer: str, reply: str) -> None:
    """R-TALK-9: "is it really that hard to answer?" is a complaint put as a question (the
    apology meets it); the real question after it is answered."""
    assert _open(lang, customer, reply) == []


def test_a_colon_ends_a_clause() -> None:
    """R-TALK-9: "the costs we refund: send us the receipt" answers two questions, one on
    each side of the colon; a time's colon ("20:30") cuts nothing."""
    customer = ("Mu kohver on kadunud ja pidin ravimid uuesti ostma. Kas te hüvitate need "
                "kulud? Ja mida ma selleks saatma pean?")
    reply = ("Vabandame! Ravimite ja muude esmavajalike asjade kulud hüvitame: saatke meile "
             "palun apteegi tšeki foto ja pagasiteate number.")
    assert _open("et", customer, reply) == []
    assert _open("en", "What time does the film start? Is it dubbed?",
                 "It starts at 20:30 and runs for two hours.") == ["Is it dubbed?"]


@pytest.mark.parametrize(("lang", "customer", "reply", "still_open"), [
    ("ro", "Și cât mai am de așteptat?",
     "Montajul la adresa dumneavoastră este programat pe 22 mai.", []),
    ("en", "How much longer do I have to wait?", "The fitting is booked for 22 May.", []),
    ("ro", "Cât mai am de așteptat?", "Cererea dumneavoastră este în lucru.",
     ["Cât mai am de așteptat?"]),
])
def test_how_much_longer_asks_for_a_time(lang: str, customer: str, reply: str,
                                         still_open: list[str]) -> None:
    """R-TALK-9: "cât mai am de așteptat?" / "how much longer?" asks for a time, which a
    date answers; a reply with no time leaves it open."""
    assert _open(lang, customer, reply) == still_open


def test_a_clause_that_names_a_time_still_reports_an_action() -> None:
    """R-TALK-9: "Lisasin Teie broneeringule 14. juuli öö" (I added the night of 14 July)
    reports the action asked for although it names a date; a clause with only the date does
    not."""
    customer = ("Broneerisin hotelli 12.–14. juuliks. Kas saab ühe öö juurde lisada? Ja kas "
                "hommikusöök on hinna sees?")
    assert _open("et", customer, "Lisasin Teie broneeringule 14. juuli öö. Hommikusöök "
                                 "kuulub hinna sisse.") == []
    assert _open("et", customer, "Teie broneering on 12.–14. juulini. Hommikusöök kuulub "
                                 "hinna sisse.") == ["Kas saab ühe öö juurde lisada?"]
