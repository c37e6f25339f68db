"""What the active policy says about email, in one place, with documented defaults.

The policy package (``tactful.policy``) and the desk's view of the active version
(``tactful.desk.service_levels``) are imported lazily; when either is missing or cannot be
read, :data:`DEFAULTS` applies, so intake never stops because of a policy problem.

Defaults (used when no policy says otherwise):

* largest message: 25 MB; larger mail is stored raw and flagged, and the sender is told;
* blocked attachment endings: .exe .bat .js .scr .com .vbs .cmd .msi .pif .jar;
* deepest MIME nesting: 12 levels; at most 100 attachments;
* acknowledgement: at once (``acknowledge_after`` 0 minutes), texts in en/hu/et/ro/zh below;
* acknowledgement throttle: 3 per recipient per hour, 10 per day (two desks cannot loop).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("tactful.channels.email")

FALLBACK_ACKNOWLEDGEMENTS: dict[str, str] = {
    "en": (
        "Dear Customer,\n\nThank you for your message \"{subject}\". We have received it and "
        "are working on it; you will hear from us soon. If you write again, please keep the "
        "reference {token} in the subject.\n\nKind regards,\n{organisation}"
    ),
    "hu": (
        "Tisztelt Ügyfelünk!\n\nKöszönjük „{subject}” tárgyú levelét. Megkaptuk, és már "
        "foglalkozunk vele; hamarosan jelentkezünk. Ha ismét ír, kérjük, a tárgyban hagyja "
        "meg a(z) {token} hivatkozást.\n\nÜdvözlettel:\n{organisation}"
    ),
    "et": (
        "Lugupeetud klient\n\nTäname Teid kirja „{subject}” eest. Oleme selle kätte saanud ja "
        "tegeleme sellega; võtame Teiega peagi ühendust. Kui kirjutate uuesti, jätke palun "
        "teemareale viide {token}.\n\nLugupidamisega\n{organisation}"
    ),
    "ro": (
        "Stimate client,\n\nVă mulțumim pentru mesajul „{subject}”. L-am primit și ne ocupăm "
        "de el; vă vom răspunde în curând. Dacă ne scrieți din nou, vă rugăm să păstrați "
        "referința {token} în subiect.\n\nCu stimă,\n{organisation}"
    ),
    "zh-Hans": (
        "尊敬的客户：\n\n感谢您的来信“{subject}”。我们已收到并正在处理，会尽快与您联系。"
        "如您再次来信，请在主题中保留编号 {token}。\n\n此致\n{organisation}"
    ),
    "zh-Hant": (
        "尊敬的客戶：\n\n感謝您的來信「{subject}」。我們已收到並正在處理，會盡快與您聯繫。"
        "如您再次來信，請在主旨中保留編號 {token}。\n\n此致\n{organisation}"
    ),
}

ACK_SUBJECT: dict[str, str] = {
    "en": "We have received your message",
    "hu": "Megkaptuk levelét",
    "et": "Oleme Teie kirja kätte saanud",
    "ro": "Am primit mesajul dumneavoastră",
    "zh-Hans": "我们已收到您的来信",
    "zh-Hant": "我們已收到您的來信",
}

NOTICE_TEXT: dict[str, str] = {
    "en": (
        "Dear Customer,\n\nWe have received your message \"{subject}\", but {problem} "
        "A member of our team will look at it. If something is missing, please send it "
        "again in a smaller message or as a PDF.\n\nKind regards,\n{organisation}"
    ),
    "hu": (
        "Tisztelt Ügyfelünk!\n\nMegkaptuk „{subject}” tárgyú levelét, de {problem} "
        "Munkatársunk megnézi. Ha valami hiányzik, kérjük, küldje el újra kisebb levélben "
        "vagy PDF-ként.\n\nÜdvözlettel:\n{organisation}"
    ),
}

PROBLEMS: dict[str, dict[str, str]] = {
    "too_large": {"en": "it was larger than we can accept, so its attachments were not kept.",
                  "hu": "mérete meghaladta a fogadható méretet, ezért a mellékleteit nem "
                        "tároltuk."},
    "blocked_attachment": {"en": "some attachments were of a type we do not accept for "
                                 "safety reasons and were not kept.",
                           "hu": "egyes mellékletei biztonsági okból nem fogadható típusúak "
                                 "voltak, ezeket nem tároltuk."},
    "too_deep": {"en": "it was nested too deeply to be read completely.",
                 "hu": "szerkezete túl mélyen egymásba ágyazott volt ahhoz, hogy teljesen "
                       "feldolgozzuk."},
}


@dataclass(frozen=True)
class EmailSettings:
    organisation: str = "Customer service"
    default_language: str = "en"
    max_message_bytes: int = 25 * 1024 * 1024
    max_attachment_bytes: int = 25 * 1024 * 1024
    blocked_extensions: tuple[str, ...] = (".exe", ".bat", ".js", ".scr", ".com", ".vbs",
                                           ".cmd", ".msi", ".pif", ".jar")
    max_depth: int = 12
    max_attachments: int = 100
    # None: never acknowledge; 0: at once at intake; N: the clocks fire it after N seconds.
    acknowledge_after_seconds: int | None = 0
    acknowledgements: dict[str, str] = field(
        default_factory=lambda: dict(FALLBACK_ACKNOWLEDGEMENTS))
    ack_per_recipient_hour: int = 3
    ack_per_recipient_day: int = 10

    def acknowledgement_text(self, language: str) -> str:
        """The policy's text in ``language``; else, when the policy wrote one text for all
        (``*``) in another language, the built-in text in the customer's language if there
        is one; else that one text; else English."""
        texts = self.acknowledgements
        for key in (language, language.split("-")[0]):
            if key in texts:
                return texts[key]
        if "*" in texts and language.split("-")[0] == self.default_language.split("-")[0]:
            return texts["*"]
        for key in (language, "zh-Hans" if language.startswith("zh") else ""):
            if key in FALLBACK_ACKNOWLEDGEMENTS:
                return FALLBACK_ACKNOWLEDGEMENTS[key]
        return texts.get("*") or texts.get(self.default_language) or \
            FALLBACK_ACKNOWLEDGEMENTS["en"]


DEFAULTS = EmailSettings()


def _active_policy() -> Any:
    try:
        from tactful.desk.service_levels import active_policy
    except ImportError:
        return None
    try:
        return active_policy().policy
    except Exception:  # an unreadable policy must not stop mail
        log.warning("could not read the active policy; using email defaults", exc_info=True)
        return None


def email_settings() -> EmailSettings:
    """The email settings of the active policy, or :data:`DEFAULTS`."""
    policy = _active_policy()
    if policy is None:
        return DEFAULTS
    try:
        email = policy.channels.email
        after = email.acknowledge_after
        if after is None:
            ack_seconds: int | None = None
        elif after.time is not None:
            ack_seconds = int(after.time.total_seconds())
        else:  # working days: the clocks handle it
            ack_seconds = max(1, int(after.working_days or 1) * 86400)
        texts = dict(email.acknowledgement or {}) or dict(FALLBACK_ACKNOWLEDGEMENTS)
        blocked = tuple(e.lower() if e.startswith(".") else "." + e.lower()
                        for e in email.blocked_attachment_types)
        limit = int(email.max_message_mb) * 1024 * 1024
        return EmailSettings(
            organisation=policy.organisation.name,
            default_language=policy.languages.default,
            max_message_bytes=limit,
            max_attachment_bytes=limit,
            blocked_extensions=blocked,
            acknowledge_after_seconds=ack_seconds,
            acknowledgements=texts,
        )
    except Exception:
        log.warning("the policy's email section could not be read; using defaults",
                    exc_info=True)
        return DEFAULTS


def letterhead() -> dict[str, str]:
    """The organisation's name, legal name and contact details for letters."""
    policy = _active_policy()
    if policy is None:
        return {"name": DEFAULTS.organisation, "legal_name": "", "address": "", "email": "",
                "phone": ""}
    org = policy.organisation
    return {"name": org.name, "legal_name": org.legal_name, "address": org.contact.address,
            "email": org.contact.email, "phone": org.contact.phone}


def fill(template: str, **values: str) -> str:
    """Fill ``{name}`` placeholders; unknown placeholders stay as written."""

    class _Keep(dict[str, str]):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    try:
        return template.format_map(_Keep(values))
    except (ValueError, IndexError):
        return template
