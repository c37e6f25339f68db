"""RFC 3834: which mail must never get an automatic answer, and the per-sender throttle.

An automatic acknowledgement (R-MAIL-2) is never sent to mail that is itself automatic:
``Auto-Submitted`` other than ``no``, ``Precedence: bulk/list/junk``, mailing-list headers
(``List-Id``, ``List-Unsubscribe``, …), auto-responder markers, delivery reports, the null
sender, or senders such as mailer-daemon, postmaster and no-reply. Our own outgoing
acknowledgements carry ``Auto-Submitted: auto-replied``, so a desk answering another desk
stops after one round; the throttle in :func:`throttled` is the second fence.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from .parse import ParsedEmail

ROBOT_LOCALPARTS = re.compile(
    r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|noreply-.*|bounces?|"
    r"bounce[-+].*|auto-?reply|autoresponder|listserv|majordomo|.*-request|.*-bounces?|"
    r"notifications?)$", re.IGNORECASE)
AUTO_SUBJECT = re.compile(
    r"^\s*(auto(matic)? ?(reply|response)|out of (the )?office|automatische antwort|"
    r"abwesenheitsnotiz|réponse automatique|automatikus válasz|házon kívül|automaatvastus|"
    r"răspuns automat|自动回复|自動回覆|undeliver|delivery status notification|"
    r"returned mail|failure notice|mail delivery failed)", re.IGNORECASE)


def auto_generated_reason(parsed: ParsedEmail) -> str | None:
    """Why this mail must not be answered automatically, or None when it may be."""
    h = parsed.headers
    auto = h.get("auto-submitted", "").strip().lower()
    if auto and not auto.startswith("no"):
        return f"Auto-Submitted: {auto}"
    precedence = h.get("precedence", "").strip().lower()
    if precedence in ("bulk", "list", "junk", "auto_reply"):
        return f"Precedence: {precedence}"
    for name in ("list-id", "list-unsubscribe", "list-post", "list-help", "list-owner"):
        if name in h:
            return f"mailing-list header {name}"
    for name in ("x-autoreply", "x-autorespond", "x-tactful-loop", "feedback-id"):
        if name in h:
            return f"auto-responder header {name}"
    suppress = h.get("x-auto-response-suppress", "").lower()
    if any(word in suppress for word in ("all", "autoreply", "oof")):
        return f"X-Auto-Response-Suppress: {suppress}"
    if h.get("return-path", "").strip() in ("<>", "") and "return-path" in h:
        return "null sender (Return-Path: <>)"
    if parsed.content_type == "multipart/report":
        return "delivery or disposition report"
    if "x-failed-recipients" in h:
        return "delivery failure report"
    local = parsed.from_address.split("@", 1)[0]
    if not parsed.from_address:
        return "no sender address"
    if ROBOT_LOCALPARTS.match(local):
        return f"automated sender {parsed.from_address}"
    if AUTO_SUBJECT.match(parsed.subject or ""):
        return "automatic-reply subject"
    return None


def throttled(address: str, *, now: Any, per_hour: int, per_day: int) -> bool:
    """True when ``address`` had as many acknowledgements as allowed recently."""
    from tactful.desk.models import OutboundEmail

    recent = OutboundEmail.objects.filter(
        to_normalized=address.lower(), kind=OutboundEmail.Kind.ACKNOWLEDGEMENT,
        created_at__gte=now - timedelta(days=1),
    ).values_list("created_at", flat=True)
    times = list(recent[: per_day + 1])
    if len(times) >= per_day:
        return True
    return sum(1 for t in times if t >= now - timedelta(hours=1)) >= per_hour
