"""The visible part of a reply: quoted history and signatures split off, nothing thrown away.

``split_reply`` cuts at the first line that starts quoted history: an attribution line
("On … wrote:", "Am … schrieb", "… írta:", "在 … 写道："…, possibly wrapped over three lines),
an "Original Message" separator, an Outlook header block (From:/Sent:/To:/Subject:), or a
trailing block of ``>`` lines. ``split_signature`` cuts at a signature delimiter ("-- ") or a
"Sent from my …" line near the end. Both return the removed part so the full original
stays available.
"""

from __future__ import annotations

import re

_ATTRIBUTION = [
    re.compile(r"^\s*(on|am|le|el|il|em|op|den|dne|w dniu|pe|kell)\b.{3,400}"
               r"(wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|skrev|napisał|"
               r"napsal|a scris|kirjutas|írta)\s*:?\s*$", re.IGNORECASE),
    re.compile(r"^.{3,300}\b(wrote|írta|kirjoitti|skrev|kirjutas|a scris|написал\(а\)|написал|"
               r"написала)\s*:\s*$", re.IGNORECASE),
    re.compile(r"^\s*在.{2,200}(写道|寫道)\s*[:：]\s*$"),
    # German clients put the name after the verb: Am 13.12.2017 schrieb "John" <j@x>:
    re.compile(r"^\s*(am|le|el|op|den)\b.{3,200}\b(schrieb|a écrit|escribió|schreef|skrev)"
               r"\b.{0,200}:\s*$", re.IGNORECASE),
    re.compile(r"^.{2,200}(写道|寫道)\s*[:：]\s*$"),
    re.compile(r"^\s*-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|"
               r"eredeti üzenet|algne sõnum|mesaj original|mensaje original|原始邮件|原始郵件|"
               r"messaggio originale|oorspronkelijk bericht|opprinnelig melding|"
               r"alkuperäinen viesti|oprindelig meddelelse|forwarded message)\s*-{2,}\s*$",
               re.IGNORECASE),
    re.compile(r"^\s*_{20,}\s*$"),
]
# Attributions that start with a keyword ("On …", "在 …") may wrap over up to three lines.
_WRAPPED = [_ATTRIBUTION[0], _ATTRIBUTION[2], _ATTRIBUTION[3]]
_HEADER_LINE = re.compile(
    r"^\s*\*?(from|von|de|feladó|saatja|expeditor|发件人|寄件者|da|van|fra|från|od|от)\s*\*?\s*[:：]",
    re.IGNORECASE)
_HEADER_FOLLOW = re.compile(
    r"^\s*\*?(sent|date|gesendet|datum|envoyé|date|küldve|dátum|saadetud|trimis|data|"
    r"发送时间|日期|寄件日期|to|an|à|címzett|kellele|către|收件人|subject|betreff|objet|"
    r"tárgy|teema|subiect|主题|主旨)\s*\*?\s*[:：]", re.IGNORECASE)
_SIGNATURE_START = re.compile(
    r"^(--|-- |—|sent from my .{2,40}|sent from (mail|outlook|yahoo mail).*|"
    r"get outlook for .{2,20}|sent with .{2,40}|sent via .{2,40}|"
    r"küldve (az )?.{2,30}(ról|ről)|saadetud .{2,30}(st|lt)|trimis de pe .{2,30}|"
    r"(发自|發自)我的.{1,20})\s*$", re.IGNORECASE)


def split_reply(text: str) -> tuple[str, str]:
    """(visible reply, quoted history). The history is "" when none was found."""
    lines = text.split("\n")
    cut = _find_cut(lines)
    if cut is None:
        return text.strip(), ""
    visible = "\n".join(lines[:cut]).strip()
    if not visible:  # a message that is only a quote: show it rather than nothing
        return text.strip(), ""
    return visible, "\n".join(lines[cut:]).strip()


def _find_cut(lines: list[str]) -> int | None:
    n = len(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(">"):
            continue
        for width in (1, 2, 3):
            if i + width > n:
                break
            window = lines[i:i + width]
            if width > 1 and not all(part.strip() for part in window):
                break  # an attribution wraps, it never spans a blank line
            joined = " ".join(part.strip() for part in window)
            if len(joined) > 500:
                break
            patterns = _ATTRIBUTION if width == 1 else _WRAPPED
            if any(p.match(joined) for p in patterns):
                return i
        if _HEADER_LINE.match(line):
            follow = [candidate for candidate in lines[i + 1:i + 5] if candidate.strip()]
            if sum(1 for candidate in follow if _HEADER_FOLLOW.match(candidate)) >= 2:
                return i
    # A trailing block of quoted lines without an attribution.
    last_text = None
    for i in range(n - 1, -1, -1):
        stripped = lines[i].strip()
        if not stripped:
            continue
        if stripped.startswith(">"):
            last_text = i
            continue
        break
    if last_text is not None:
        return last_text
    return None


def split_signature(text: str, max_lines: int = 12) -> tuple[str, str]:
    """(body, signature): cut at a delimiter within the last ``max_lines`` lines."""
    lines = text.split("\n")
    start = max(0, len(lines) - max_lines)
    for i in range(start, len(lines)):
        if _SIGNATURE_START.match(lines[i].rstrip()) or lines[i] == "-- ":
            body = "\n".join(lines[:i]).rstrip()
            if body:
                return body, "\n".join(lines[i:]).strip()
    return text, ""


def visible_text(text: str) -> tuple[str, str, str]:
    """(visible, quoted history, signature) of a message's full text."""
    reply, quoted = split_reply(text)
    body, signature = split_signature(reply)
    return body, quoted, signature
