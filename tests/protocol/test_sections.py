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
    ("zh-Hant", "請問還有其他需要協助的地方嗎？謝謝您的來電，歡迎隨時再與我們聯絡。再見！"),
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
]


@pytest.mark.parametrize(("lang", "text", "missing"), INCOMPLETE_CLOSINGS)
def test_an_incomplete_closing_names_the_missing_parts(lang: str, text: str,
                                                       missing: list[str]) -> None:
    """R-TALK-2: each missing part is reported; "if you have other questions, contact us"
    offers a way back but does not ask whether anything else is needed."""
    assert _parts(text, lang, "closing", "R-TALK-2") == missing


def test_a_signed_email_is_not_an_attempted_closing() -> None:
    """R-TALK-2: a complete e-mail ending in a sign-off is not checked as a closing."""
    text = ("Dear Mr Hale,\n\nThank you for your patience. The refund was sent today.\n\n"
            "Kind regards,\nLena")
    assert _parts(text, "en", "whole", "R-TALK-2") == []
    text = "Tisztelt Ügyfelünk!\n\nA számlát javítottuk.\n\nÜdvözlettel:\nKiss Péter"
    assert _parts(text, "hu", "whole", "R-TALK-2") == []


def test_a_complete_message_that_ends_the_conversation_is_checked() -> None:
    """R-TALK-2: "anything else?" and a farewell in a whole message: the other parts are due."""
    text = "Your parcel was delivered this morning. Anything else I can do? Bye!"
    assert _parts(text, "en", "whole", "R-TALK-2") == ["come_back", "thanks"]


def test_prescribed_closing_parts_replace_the_pack_parts() -> None:
    """R-TALK-2: an organisation's own closing parts are required instead of the pack's."""
    org = OrgRules(closing_parts={"motto": ["power to you"]})
    assert _parts("Thank you, goodbye.", "en", "closing", "R-TALK-2", org=org) == ["motto"]
