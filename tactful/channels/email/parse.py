"""Reading one RFC 5322 message into what the desk needs, without ever raising.

The standard library's parser (``policy=default``; see :data:`POLICY`) does the MIME work;
this module adds
what real mail needs on top: charset aliases that real senders get wrong (GB2312 written in
GBK, Big5 with HKSCS, ISO-8859-1 that is really Windows-1252), a walker with a depth limit,
attachment limits from the policy, HTML sanitised and turned into text, forwarded messages
and every defect written down as a reason to flag the message. Anything that cannot be read
becomes a flag, never an exception: hostile mail is stored and shown, not dropped.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.policy
import functools
import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser
from typing import Any

import nh3

from .policy_settings import DEFAULTS, EmailSettings

# Labels real senders write, mapped to the codec that actually decodes their bytes.
CHARSET_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "euc-kr": "cp949",
    "shift_jis": "cp932", "x-sjis": "cp932", "sjis": "cp932",
    "iso-8859-8-i": "iso-8859-8", "windows-874": "cp874", "tis-620": "cp874",
    "utf8": "utf-8", "unicode-1-1-utf-7": "utf-7", "x-unknown": "utf-8", "unknown-8bit": "utf-8",
}

# C0 controls (except tab, LF, CR), DEL and lone surrogates: never stored (see desk.text).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_SPACES = re.compile(r"[ \t]+\n")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_MSGID = re.compile(r"<([^<>\s]{1,900})>")

MAX_HEADER_CHARS = 4000


_STANDARD_HEADERS = HeaderRegistry()


@functools.lru_cache(maxsize=2048)
def _header_object(name: str, value: str) -> BaseHeader:
    return _STANDARD_HEADERS(name, value)


class _RememberingHeaders(HeaderRegistry):
    """The standard header classes, but a short value seen before is not parsed again.

    Header objects are immutable, so messages can share them; mail repeats the same
    Content-Type, MIME-Version, Content-Transfer-Encoding and the desk's own address in
    message after message, and the parser itself reads Content-Type several times for each
    part. Parsing headers was the larger part of parsing a message.
    """

    def __call__(self, name: str, value: str) -> BaseHeader:
        if len(value) > 998:
            return _STANDARD_HEADERS(name, value)
        return _header_object(name, value)


# ``email.policy.default`` in every respect but the header cache above.
POLICY = email.policy.default.clone(header_factory=_RememberingHeaders())


def clean(value: str) -> str:
    """Text safe to store: no control characters, newlines as ``\\n``."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def one_line(value: str, limit: int = 998) -> str:
    """A header value on one line: folding, CR, LF and controls become single spaces."""
    value = _CONTROL.sub(" ", value.replace("\r", " ").replace("\n", " "))
    return " ".join(value.split())[:limit]


def codec_for(charset: str | None) -> str:
    label = (charset or "").strip().strip("\"'").lower()
    label = CHARSET_ALIASES.get(label, label)
    if not label:
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return "utf-8"


def decode_bytes(data: bytes, charset: str | None) -> tuple[str, bool]:
    """Decode with the declared charset (aliases applied); returns (text, had_errors).

    Undeclared text that is not valid UTF-8 is read as Windows-1252, as mail clients do.
    """
    name = codec_for(charset)
    if not charset:
        try:
            return data.decode("utf-8"), False
        except UnicodeDecodeError:
            name = "cp1252"
    try:
        return data.decode(name), False
    except UnicodeDecodeError:
        if name != "utf-8":
            try:
                return data.decode("utf-8"), False
            except UnicodeDecodeError:
                pass
        return data.decode(name, errors="replace"), True
    except LookupError:
        return data.decode("utf-8", errors="replace"), True


def header(msg: Message, name: str) -> str:
    """A header's decoded value (RFC 2047), or "" — even when the header is broken."""
    try:
        value = msg.get(name)
    except Exception:
        value = None
        for key, raw in msg.raw_items() if hasattr(msg, "raw_items") else msg.items():
            if key.lower() == name.lower():
                value = raw
                break
    if value is None:
        return ""
    text = str(value)
    if "=?" in text:
        with contextlib.suppress(Exception):
            text = str(make_header(decode_header(text)))
    return one_line(text, MAX_HEADER_CHARS)


def header_all(msg: Message, name: str) -> list[str]:
    try:
        values = msg.get_all(name) or []
    except Exception:
        values = []
    return [one_line(str(v), MAX_HEADER_CHARS) for v in values]


def message_ids(value: str) -> list[str]:
    """Message-IDs in a header value, without angle brackets, in order, de-duplicated."""
    found: list[str] = []
    for item in _MSGID.findall(value or ""):
        if item not in found:
            found.append(item)
    if not found and value and "@" in value and " " not in value.strip():
        found.append(value.strip().strip("<>"))
    return found


def address_of(value: str) -> tuple[str, str]:
    """(display name, lower-cased address) of the first address in a header value."""
    try:
        name, addr = parseaddr(value)
    except Exception:
        return "", ""
    addr = addr.strip().lower()
    if addr.count("@") != 1 or " " in addr or len(addr) > 254:
        addr = ""
    return one_line(name, 200), addr


# -- HTML --------------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
          "pre", "table", "ul", "ol", "hr", "section", "article", "header", "footer"}
_QUOTE_CLASSES = ("gmail_quote", "moz-cite-prefix", "yahoo_quoted", "protonmail_quote",
                  "divrplyfwdmsg", "appendonsend", "ms-outlook-mobile-reference-message")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        if tag == "blockquote":
            self.parts.append("> ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title") and self.skip:
            self.skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def sanitize_html(html: str) -> str:
    """Formatting kept; scripts, handlers, styles, remote embeds and forms dropped."""
    return nh3.clean(html, link_rel="noopener noreferrer nofollow")


def html_to_text(html: str) -> str:
    """Readable text from (sanitised) HTML: blocks on their own lines, spaces folded."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:
        return clean(re.sub(r"<[^>]+>", " ", html))
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


# -- the parsed message -------------------------------------------------------------------


@dataclass
class ParsedAttachment:
    filename: str
    content_type: str
    content: bytes
    inline: bool = False
    content_id: str = ""


@dataclass
class ParsedEmail:
    message_id: str = ""
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    subject: str = ""
    from_name: str = ""
    from_address: str = ""
    reply_to: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    date: Any = None
    text: str = ""
    html: str = ""
    attachments: list[ParsedAttachment] = field(default_factory=list)
    forwarded: list[dict[str, str]] = field(default_factory=list)
    charsets: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # problems the sender is told about
    headers: dict[str, str] = field(default_factory=dict)  # the few the rules read
    content_type: str = ""
    message: Message | None = None

    def flag(self, reason: str, notice: str = "") -> None:
        if reason not in self.flags:
            self.flags.append(reason)
        if notice and notice not in self.notices:
            self.notices.append(notice)


RULE_HEADERS = ("auto-submitted", "precedence", "list-id", "list-unsubscribe", "list-post",
                "list-help", "list-owner", "x-autoreply", "x-autorespond",
                "x-auto-response-suppress", "return-path", "x-failed-recipients",
                "feedback-id", "x-loop", "x-tactful-loop", "content-language")


def parse_bytes(raw: bytes, settings: EmailSettings = DEFAULTS) -> ParsedEmail:
    """Parse ``raw`` into a :class:`ParsedEmail`; problems end up in ``flags``."""
    out = ParsedEmail()
    if not raw or not raw.strip():
        out.flag("empty message")
        return out
    if len(raw) > settings.max_message_bytes:
        out.flag(f"message is {len(raw)} bytes, over the limit of "
                 f"{settings.max_message_bytes}", "too_large")
    try:
        msg = email.message_from_bytes(raw, policy=POLICY)
    except Exception as exc:  # the parser is lenient; this is the last line of defence
        out.flag(f"unreadable message ({type(exc).__name__})")
        out.text = clean(raw[:200_000].decode("utf-8", errors="replace"))
        return out
    out.message = msg
    _read_headers(msg, out)
    if not any(":" in line for line in raw[:2000].decode("latin-1").splitlines()[:3]):
        out.flag("no header block")
    texts: list[str] = []
    htmls: list[str] = []
    too_large = "too_large" in out.notices
    _walk(msg, out, settings, texts, htmls, depth=0, skip_attachments=too_large)
    plain = "\n\n".join(t for t in texts if t.strip())
    html = "\n".join(htmls)
    if html:
        out.html = sanitize_html(html)
    if plain.strip():
        out.text = plain
    elif out.html:
        out.text = html_to_text(out.html)
    for fwd in out.forwarded:
        out.text += (f"\n\n---------- Forwarded message ----------\nFrom: {fwd['from']}\n"
                     f"Subject: {fwd['subject']}\n\n{fwd['text']}")
    out.text = _MANY_NEWLINES.sub("\n\n", _SPACES.sub("\n", clean(out.text))).strip()
    if not out.text and not out.attachments:
        out.flag("no readable content")
    return out


def _read_headers(msg: Message, out: ParsedEmail) -> None:
    defects = list(getattr(msg, "defects", []) or [])
    out.message_id = (message_ids(header(msg, "Message-ID")) or [""])[0][:900]
    out.in_reply_to = message_ids(header(msg, "In-Reply-To"))[:20]
    out.references = message_ids(" ".join(header_all(msg, "References")))[-50:]
    out.subject = clean(header(msg, "Subject"))[:500]
    from_value = header(msg, "From")
    out.from_name, out.from_address = address_of(from_value)
    if not out.from_address:
        sender_name, sender = address_of(header(msg, "Sender"))
        out.from_address = sender
        out.from_name = out.from_name or sender_name
        out.flag("no usable From address" if not from_value else
                 f"From header is not an address: {from_value[:80]!r}")
    _, out.reply_to = address_of(header(msg, "Reply-To"))
    for name, target in (("To", out.to), ("Cc", out.cc)):
        try:
            pairs = getaddresses(header_all(msg, name))
        except Exception:
            pairs = []
        target.extend(a.lower() for _, a in pairs if "@" in a)
    date_value = header(msg, "Date")
    if date_value:
        try:
            out.date = parsedate_to_datetime(date_value)
        except Exception:
            out.flag(f"unreadable Date header: {date_value[:60]!r}")
    for name in RULE_HEADERS:
        value = header(msg, name)
        if value:
            out.headers[name] = value
    try:
        out.content_type = msg.get_content_type()
    except Exception:
        out.content_type = "text/plain"
    raw_size = sum(len(str(v)) for _, v in msg.raw_items()) if hasattr(msg, "raw_items") else 0
    if raw_size > 100_000:
        out.flag(f"headers are {raw_size} characters long")
    for defect in defects[:5]:
        out.flag(f"header defect: {type(defect).__name__}")


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or ""
    except Exception:
        name = ""
    if name and "=?" in name:
        with contextlib.suppress(Exception):
            name = str(make_header(decode_header(name)))
    return one_line(name, 255).replace("/", "_").replace("\\", "_")


def _payload(part: Message, out: ParsedEmail) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if data is None:
        raw = part.get_payload()
        data = raw.encode("utf-8", errors="replace") if isinstance(raw, str) else b""
    for defect in getattr(part, "defects", []) or []:
        out.flag(f"body defect: {type(defect).__name__}")
    return bytes(data)


def _walk(part: Message, out: ParsedEmail, settings: EmailSettings, texts: list[str],
          htmls: list[str], *, depth: int, skip_attachments: bool) -> None:
    if depth > settings.max_depth:
        out.flag(f"MIME nesting deeper than {settings.max_depth} levels; the rest was not "
                 "read", "too_deep")
        return
    try:
        ctype = part.get_content_type()
    except Exception:
        ctype = "application/octet-stream"
    if ctype == "message/rfc822" or ctype == "message/global":
        inner = part.get_payload()
        inner_msg = inner[0] if isinstance(inner, list) and inner else None
        if isinstance(inner_msg, Message):
            sub_texts: list[str] = []
            sub_html: list[str] = []
            _walk(inner_msg, out, settings, sub_texts, sub_html, depth=depth + 1,
                  skip_attachments=skip_attachments)
            text = "\n\n".join(sub_texts) or html_to_text(sanitize_html("\n".join(sub_html)))
            out.forwarded.append({"from": header(inner_msg, "From"),
                                  "subject": header(inner_msg, "Subject"),
                                  "text": text[:100_000]})
            return
    if part.is_multipart():
        children = part.get_payload()
        if not isinstance(children, list):
            out.flag("multipart without parts")
            return
        if ctype == "multipart/alternative":
            _walk_alternative(children, out, settings, texts, htmls, depth, skip_attachments)
            return
        for defect in getattr(part, "defects", []) or []:
            out.flag(f"MIME defect: {type(defect).__name__}")
        for child in children:
            if not isinstance(child, Message):
                continue  # a broken multipart can hold bare strings; nothing to walk
            _walk(child, out, settings, texts, htmls, depth=depth + 1,
                  skip_attachments=skip_attachments)
        return
    disposition = (part.get_content_disposition() or "") if hasattr(
        part, "get_content_disposition") else ""
    filename = _filename(part)
    is_body_text = ctype in ("text/plain", "text/html") and disposition != "attachment" and (
        not filename or (disposition == "inline" and ctype == "text/plain"))
    data = _payload(part, out)
    if is_body_text:
        charset = part.get_content_charset()
        if charset and charset not in out.charsets:
            out.charsets.append(charset)
        text, errors = decode_bytes(data, charset)
        if errors:
            out.flag(f"text could not be fully decoded as {charset or 'UTF-8'}")
        (texts if ctype == "text/plain" else htmls).append(text)
        return
    if ctype in ("text/rfc822-headers", "message/delivery-status") and not filename:
        return  # read by the bounce handler from the message itself
    _attachment(part, out, settings, ctype, disposition, filename, data, skip_attachments)


def _walk_alternative(children: list[Any], out: ParsedEmail, settings: EmailSettings,
                      texts: list[str], htmls: list[str], depth: int,
                      skip_attachments: bool) -> None:
    """Read the plain and the richest HTML version of the same content, once each."""
    alt_texts: list[str] = []
    alt_htmls: list[str] = []
    for child in children:
        _walk(child, out, settings, alt_texts, alt_htmls, depth=depth + 1,
              skip_attachments=skip_attachments)
    if alt_texts:
        texts.append(alt_texts[0])
    if alt_htmls:
        htmls.append(alt_htmls[-1])
    if not alt_texts and alt_htmls:
        texts.append(html_to_text(sanitize_html(alt_htmls[-1])))


def _attachment(part: Message, out: ParsedEmail, settings: EmailSettings, ctype: str,
                disposition: str, filename: str, data: bytes, skip: bool) -> None:
    if not data:
        return
    if not filename:
        ext = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
               "application/pdf": ".pdf", "text/calendar": ".ics"}.get(ctype, ".bin")
        filename = f"part-{len(out.attachments) + 1}{ext}"
    lower = filename.lower()
    if skip:
        out.flag(f"attachment {filename} not kept: the message is over the size limit")
        return
    if any(lower.endswith(ext) for ext in settings.blocked_extensions):
        out.flag(f"attachment {filename} not kept: type blocked by policy",
                 "blocked_attachment")
        return
    if len(data) > settings.max_attachment_bytes:
        out.flag(f"attachment {filename} not kept: {len(data)} bytes", "too_large")
        return
    if len(out.attachments) >= settings.max_attachments:
        out.flag(f"more than {settings.max_attachments} attachments; the rest were not kept")
        return
    content_id = one_line(str(part.get("Content-ID", "") or ""), 250).strip("<>")
    out.attachments.append(ParsedAttachment(
        filename=filename, content_type=ctype, content=data,
        inline=disposition == "inline" or bool(content_id and not disposition),
        content_id=content_id,
    ))
