"""Greetings, closings and letters (required_parts): parts found in natural wording, in order or
not; a complete message is checked for a section only when the agent attempted one."""

from __future__ import annotations

import pytest

from tactful.protocol import OrgRules, check_text
from tests.protocol.conftest import TODAY


def _parts(text: str, lang: str, position: str, req: str, **kw: object) -> list[str]:
    report = check_text(text, lang=lang, position=position, spelling=False, today=TODAY,
                        **kw)  # type: ignore[arg-type]
    return sorted(f.data.get("part", "?") for f in report.findings if f.requirement == req)


COMPLETE_CLOSINGS = [
    ("en", "Was there anything else you needed? Many thanks for your time, and we're here "
           "whenever you need us. Enjoy the rest of your day!"),
    ("en", "Can I help with anything else today? Thank you, and if anything comes up, just "
           "drop us a line any time. Bye for now."),
    ("hu", "Segíthetek még valamiben? Köszönöm a türelmét, és ha kérdése lenne, nyugodtan "
           "hívjon minket újra. Viszonthallásra!"),
    ("hu", "Van még valami, amit megnézhetek? Köszönjük, hogy minket választott, bármikor "
           "szívesen várjuk vissza. További szép napot!"),
    ("et", "Kas ma saan veel kuidagi abiks olla? Aitäh, et helistasite, ja kui midagi tekib, "
           "helistage meile julgelt uuesti. Head aega!"),
    ("et", "Kas teil on veel küsimusi? Täname kannatlikkuse eest, meie poole võite alati "
           "pöörduda. Ilusat päeva!"),
    ("ro", "Mai pot să vă ajut cu ceva? Vă mulțumesc pentru răbdare și vă așteptăm oricând cu "
           "drag. O zi bună!"),
    ("ro", "Mai aveți și alte întrebări? Vă mulțumim că ne-ați contactat; oricând ne puteți "
           "scrie din nou. La revedere!"),
    ("zh-Hans", "请问还有什么需要帮您的吗？谢谢您的耐心，有需要随时联系我们。再见！"),
    # "you know where to find us", "if you ever need us", another order of "anything else"
    ("en", "Is there any other matter I can look into? Thanks so much for calling, you know "
           "where to find us. Have a lovely evening."),
    ("en", "Anything else I can do? Thank you, and we're open every day if you ever need us. "
           "Bye!"),
    ("hu", "Egyéb kérdése maradt még? Köszönöm, hogy hívott, tudja, hol érhet el minket. "
           "Szép napot!"),
    ("hu", "Segíthetek még valamiben? Köszönjük a türelmét, bármikor visszatérhet hozzánk. "
           "Viszontlátásra!"),
    ("et", "Kas saan veel millegagi aidata? Aitäh, te teate, kust meid leida. Head aega!"),
    ("ro", "Aveți și alte întrebări pentru noi? Mulțumesc pentru apel, ne puteți suna "
           "liniștit. O zi bună!"),
    ("en", "Is there any other way I can help? Thank you for your call, and remember our line "
           "is open 24/7. Have a great evening."),
    ("ro", "Ați primit răspuns la toate întrebările? Vă mulțumesc și, oricând aveți nevoie, "
           "suntem aici. Numai bine!"),
    ("zh-Hant", "還有其他問題需要為您處理嗎？感謝您的來信，日後有需要都歡迎與我們聯繫。敬祝 安康"),
    ("ro", "Mai există alte aspecte cu care vă putem ajuta? Vă mulțumim, știți unde ne găsiți."
           "\n\nCu deosebită considerație,\nEchipa"),
    ("zh-Hant", "請問還有其他需要協助的地方嗎？謝謝您的來電，歡迎隨時再與我們聯絡。再見！"),
]


# The way back said for the case at hand (dev14a): "if anything changes before five, just
# message us here", "dacă intervine ceva până joi, ne sunați", "ha bármi gond lenne, csak hozza
# vissza", "helistage või astuge läbi", 要是有哪里不满意，直接打这个电话找我们.
COMPLETE_CLOSINGS += [
    ("en", "Is there anything else I can help you with? Thanks for your patience today. If "
           "anything changes before five, just message us here. Goodbye."),
    ("ro", "Mai este ceva cu care vă pot ajuta? Eu vă mulțumesc pentru răbdare. Dacă intervine "
           "ceva până joi, ne sunați la același număr. La revedere și o seară bună!"),
    ("ro", "Mai aveți nevoie de ajutor cu altceva? Vă mulțumesc că ne-ați scris. Dacă banii nu "
           "apar pe card până vineri, reveniți aici în chat. O seară bună, la revedere!"),
    ("hu", "Másban segíthetek még? Jó, akkor köszönöm, hogy hívott, és ha a sarokkal bármi gond "
           "lenne, csak hozza vissza nyugodtan. Viszonthallásra!"),
    ("et", "Kas oli veel midagi? Aitäh Teile ja kui rattaga peaks veel midagi olema, helistage "
           "või astuge lihtsalt läbi. Head nädalavahetust, nägemist!"),
    ("zh-Hans", "请问还有别的需要我帮您的吗？感谢您的来电。新蛋糕送到要是有哪里不满意，直接打这个"
                "电话找我们就行。再见！"),
    ("zh-Hant", "還有其他要送洗的嗎？沒有的話，謝謝您，下次有需要再拿過來，慢走，再見。"),
]


@pytest.mark.parametrize(("lang", "text"), COMPLETE_CLOSINGS)
def test_a_complete_closing_in_other_words_is_silent(lang: str, text: str) -> None:
    """R-TALK-2: anything else, thanks, come back any time, goodbye, in varied wording."""
    assert _parts(text, lang, "closing", "R-TALK-2") == []


INCOMPLETE_CLOSINGS = [
    ("en", "Thanks for calling. If you have any other questions, feel free to call us again. "
           "Goodbye.", ["anything_else"]),
    ("en", "Anything else? No? Bye.", ["come_back", "thanks"]),
    ("hu", "Köszönöm, ha további kérdése van, keressen minket bátran. Viszonthallásra!",
     ["anything_else"]),
    ("et", "Aitäh kõne eest, head aega.", ["anything_else", "come_back"]),
    ("ro", "Vă mulțumesc și, dacă mai aveți întrebări, ne puteți suna oricând. La revedere!",
     ["anything_else"]),
    ("zh-Hans", "谢谢您，如有其他问题随时联系我们，再见！", ["anything_else"]),
    ("en", "Anything else? Thanks for your patience today. The plumber arrives at five. "
           "Goodbye.", ["come_back"]),
    ("ro", "Mai este ceva? Vă mulțumesc. Dacă intervine ceva, tehnicianul vă sună. La revedere!",
     ["come_back"]),
]


@pytest.mark.parametrize(("lang", "text", "missing"), INCOMPLETE_CLOSINGS)
def test_an_incomplete_closing_names_the_missing_parts(lang: str, text: str,
                                                       missing: list[str]) -> None:
    """R-TALK-2: each missing part is reported; "if you have other questions, contact us"
    offers a way back but does not ask whether anything else is needed."""
    assert _parts(text, lang, "closing", "R-TALK-2") == missing


# A farewell wish for what comes next, spoken at the end of a call: found by probing complete
# spoken closings in every language (en, hu, et, ro had none of these as a goodbye).
FAREWELL_WISHES = [
    ("en", "Safe travels!"), ("en", "Speak soon!"), ("en", "Get well soon."),
    ("hu", "Jó utat kívánok!"), ("hu", "Kellemes pihenést!"), ("hu", "Jó egészséget!"),
    ("et", "Kena päeva!"), ("et", "Head reisi!"), ("et", "Kõike paremat!"),
    ("et", "Mõnusat puhkust!"), ("et", "Jõudu!"),
    ("ro", "Zi frumoasă!"), ("ro", "Seară frumoasă!"), ("ro", "Drum bun!"), ("ro", "Sănătate!"),
    ("ro", "Vacanță plăcută!"), ("ro", "Să aveți o seară liniștită!"),
]
_BEFORE_WISH = {
    "en": "Is there anything else I can help with? Thank you for calling, and feel free to "
          "call us any time.",
    "hu": "Segíthetek még valamiben? Köszönöm a hívását, és keressen minket bármikor.",
    "et": "Kas saan veel aidata? Aitäh helistamast, võtke meiega alati ühendust.",
    "ro": "Vă mai pot ajuta cu ceva? Vă mulțumesc pentru apel, ne puteți suna oricând.",
}


@pytest.mark.parametrize(("lang", "wish"), FAREWELL_WISHES)
def test_a_farewell_wish_says_goodbye(lang: str, wish: str) -> None:
    """R-TALK-2: "Safe travels!", "Jó utat!", "Head reisi!", "Drum bun!" close a call as a
    goodbye does; without them the same closing still lacks its goodbye."""
    assert _parts(f"{_BEFORE_WISH[lang]} {wish}", lang, "closing", "R-TALK-2") == []
    assert _parts(_BEFORE_WISH[lang], lang, "closing", "R-TALK-2") == ["goodbye"]


def test_a_signed_email_is_not_an_attempted_closing() -> None:
    """R-TALK-2: a complete e-mail ending in a sign-off is not checked as a closing."""
    text = ("Dear Mr Hale,\n\nThank you for your patience. The refund was sent today.\n\n"
            "Kind regards,\nLena")
    assert _parts(text, "en", "whole", "R-TALK-2") == []
    text = "Tisztelt Ügyfelünk!\n\nA számlát javítottuk.\n\nÜdvözlettel:\nKiss Péter"
    assert _parts(text, "hu", "whole", "R-TALK-2") == []


def test_a_complete_message_that_is_a_closing_is_checked() -> None:
    """R-TALK-2: a whole message that is only a closing ("anything else?" and a farewell) is
    checked; a reply with content that ends that way is a message, not the conversation's
    end."""
    assert _parts("Anything else I can do? Bye!", "en", "whole", "R-TALK-2") == [
        "come_back", "thanks"]
    text = "Your parcel was delivered this morning. Anything else I can do? Bye!"
    assert _parts(text, "en", "whole", "R-TALK-2") == []


def test_prescribed_closing_parts_replace_the_pack_parts() -> None:
    """R-TALK-2: an organisation's own closing parts are required instead of the pack's."""
    org = OrgRules(closing_parts={"motto": ["power to you"]})
    assert _parts("Thank you, goodbye.", "en", "closing", "R-TALK-2", org=org) == ["motto"]


def _org(name: str) -> OrgRules:
    return OrgRules(organisation=name)


ACME = {lang: _org("Acme Energia") for lang in ("en", "hu", "et", "ro")}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Good afternoon, you're through to Priya at Acme Energia. What can I help you "
           "with today?"),
    ("en", "Acme Energia, Tom speaking, how may I assist?"),
    ("en", "Dear Ms Cole, thank you for writing to Acme Energia. I am Sam Hill, and I will "
           "gladly assist you with any questions."),
    ("hu", "Acme Energia, Fehér Lilla, miben segíthetek?"),
    ("hu", "Jó napot kívánok, Szép Márton vagyok az Acme Energiától. Szívesen segítek."),
    ("et", "Tere, Acme Energia, Kaur kuuleb. Millega saan Teile abiks olla?"),
    ("ro", "Bună ziua, Acme Energia, sunt Irina. Cu ce vă pot fi de folos?"),
])
def test_a_complete_greeting_in_other_words_is_silent(lang: str, text: str) -> None:
    """R-TALK-1: the agent's name (any name, even bare between commas), the organisation
    (inflected) and an offer of help."""
    assert _parts(text, lang, "opening", "R-TALK-1", org=ACME[lang]) == []


@pytest.mark.parametrize(("lang", "text", "missing"), [
    ("en", "Dear Mr Brown, thank you for contacting customer service. How can I help?",
     ["agent_name", "organisation"]),
    ("hu", "Tisztelt Kovács Úr! Köszönjük, hogy Önnek írhatunk. Miben segíthetek?",
     ["agent_name", "organisation"]),
    ("et", "Lugupeetud härra Tamm! Teiega räägib klienditeenindus.", ["offer_help",
                                                                      "organisation"]),
    ("ro", "Stimate domnule Pop, sunt de la serviciul clienți.", ["agent_name", "offer_help",
                                                                 "organisation"]),
    ("zh-Hans", "您好，我是客服小周，请问有什么可以帮您？", ["organisation"]),
    ("zh-Hant", "您好，路墨商城，請問有什麼可以為您服務的嗎？", ["agent_name"]),
    # the organisation's name inflected is no agent's name
    ("hu", "Tisztelt Kiss Anna! Köszönjük, hogy az Acme Energiához fordult. Miben segíthetünk?",
     ["agent_name"]),
])
def test_a_greeting_without_a_part_names_it(lang: str, text: str, missing: list[str]) -> None:
    """R-TALK-1: the customer's name after a title is not the agent's name; generic words
    ("customer service") do not stand in for the organisation's name when it is known."""
    org = ACME.get(lang) or OrgRules(organisation="路墨商城", organisation_aliases=["Lumo Shop"])
    assert _parts(text, lang, "opening", "R-TALK-1", org=org) == missing


def test_a_complete_message_with_a_hello_is_not_a_greeting() -> None:
    """R-TALK-1: a salutation and one part at the top of a message is no attempted greeting."""
    text = "Hello, how can I help? Your parcel left our warehouse this morning."
    assert _parts(text, "en", "whole", "R-TALK-1", org=ACME["en"]) == []
    text = "Hello, this is Anna from Acme Energia. Your parcel left our warehouse today."
    assert _parts(text, "en", "whole", "R-TALK-1", org=ACME["en"]) == ["offer_help"]


@pytest.mark.parametrize(("lang", "text", "missing"), [
    ("en", "Dear Ms Lee,\n\nYour new card is active. There is nothing you need to do.\n\n"
           "Yours sincerely,\nAnna", []),
    ("en", "Dear Ms Lee,\n\nWe have received your documents and passed them on.\n\n"
           "Yours sincerely,\nAnna", ["next_step"]),
    ("hu", "Tisztelt Ügyfelünk!\n\nA díjat jóváírtuk. Önnek semmit sem kell tennie.", []),
    ("hu", "Tisztelt Ügyfelünk!\n\nSajnálattal értesítjük, hogy a készülék nem kapható.",
     ["next_step"]),
    ("et", "Lugupeetud klient!\n\nKandsime summa tagasi. Teil pole vaja midagi teha.", []),
    ("ro", "Stimate client,\n\nAm corectat factura. Nu este nevoie să faceți nimic.", []),
    ("ro", "Stimate client,\n\nVă informăm că tariful se modifică de la 1 iulie.", ["next_step"]),
    ("zh-Hans", "尊敬的客户：\n\n补偿已到账，您无需进行任何操作。", []),
    ("zh-Hans", "尊敬的客户：\n\n请您于本月底前登录账户完成实名认证。", []),
    ("zh-Hans", "尊敬的客户：\n\n我们已将您的地址更新为上海市徐汇区。", ["next_step"]),
    # more requests: collect it, transfer the amount; "is not refunded" is no "we refund"
    ("en", "Dear Customer,\n\nYour parcel is at our depot. Please collect it with photo ID "
           "within 5 days.\n\nKind regards,\nDepot", []),
    ("hu", "Tisztelt Ügyfelünk!\n\nKérjük, a 12 000 Ft-os hátralékot július 15-ig utalja "
           "át.", []),
    ("ro", "Stimate client,\n\nFactura pentru mai are scadența pe 20 iunie. Plata se poate "
           "face online.\n\nCu stimă,\nEchipa", []),
    ("ro", "Stimate client,\n\nAm primit sesizarea dumneavoastră și o analizăm.\n\nCu stimă,"
           "\nEchipa", ["next_step"]),
    ("et", "Hea klient\n\nTeie taotlus on tagasi lükatud. Tühistatud piletite eest raha ei "
           "tagastata.\n\nLugupidamisega\nKassa", ["next_step"]),
])
def test_a_letter_says_what_the_customer_does_next(lang: str, text: str,
                                                   missing: list[str]) -> None:
    """R-LETTER-1: a requested action, a deadline or "nothing to do" is the next step."""
    assert _parts(text, lang, "whole", "R-LETTER-1", channel="letter") == missing
