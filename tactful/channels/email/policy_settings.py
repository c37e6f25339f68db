"""What the active policy says about email, in one place, with documented defaults.

The active version comes from ``tactful.desk.service_levels`` (imported when first asked,
so that the parser can load this module without Django set up); when it cannot be
read, :data:`DEFAULTS` applies, so intake never stops because of a policy problem.

Defaults (used when no policy says otherwise):

* largest message: 25 MB; larger mail is stored raw and flagged, and the sender is told;
* blocked attachment endings: .exe .bat .js .scr .com .vbs .cmd .msi .pif .jar;
* deepest MIME nesting: 12 levels; at most 100 attachments;
* acknowledgement: at once (``acknowledge_after`` 0 minutes); its text, its subject and the
  notices' text come from the policy per language, else from ``texts.py`` (en, hu, et, ro,
  zh-Hans, zh-Hant);
* acknowledgement throttle: 3 per recipient per hour, 10 per day (two desks cannot loop).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from . import texts

log = logging.getLogger("tactful.channels.email")

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
    acknowledgements: dict[str, str] = field(default_factory=dict)
    acknowledgement_subjects: dict[str, str] = field(default_factory=dict)
    notices: dict[str, str] = field(default_factory=dict)
    served_languages: tuple[str, ...] = ()
    ack_per_recipient_hour: int = 3
    ack_per_recipient_day: int = 10

    def customer_language(self, language: str) -> str:
        """The language the customer is written to in (see ``texts.customer_language``)."""
        return texts.customer_language(language, default=self.default_language,
                                       served=self.served_languages)

    def acknowledgement_text(self, language: str) -> str:
        """The acknowledgement's body for a customer in ``language``: the policy's text in
        that language; else, when the policy wrote one text for all (``*``) in another
        language, the built-in text in the customer's language; else that one text."""
        return texts.choose(self.acknowledgements, texts.ACKNOWLEDGEMENT,
                            self.customer_language(language), default=self.default_language)

    def acknowledgement_subject(self, language: str) -> str:
        return texts.choose(self.acknowledgement_subjects, texts.ACKNOWLEDGEMENT_SUBJECT,
                            self.customer_language(language), default=self.default_language)

    def notice_text(self, language: str) -> str:
        """The notice's body (``{problem}`` still to fill) for a customer in ``language``."""
        return texts.choose(self.notices, texts.NOTICE, self.customer_language(language),
                            default=self.default_language)


DEFAULTS = EmailSettings()


def _active_policy() -> Any:
    from tactful.desk.service_levels import active_policy

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
            acknowledgements=dict(email.acknowledgement),
            acknowledgement_subjects=dict(email.acknowledgement_subject),
            notices=dict(email.notice),
            served_languages=tuple(policy.languages.supported),
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
