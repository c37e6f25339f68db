"""Which conversation a message belongs to, and whether we have seen it already.

Order of evidence: ``In-Reply-To``, then ``References`` (newest first), then the
conversation token in the subject (``[#0a1b2c3d4e]``). Each candidate must belong to the
same sender — the conversation's contact address, or an address of its customer — so that
replies from different people to one mailing never merge. A client that rewrote
``In-Reply-To`` is still found through ``References`` or the token. A closed conversation
is final: a reply to it opens a new one.

``content_hash`` identifies a message independently of its delivery path: it covers the
Message-ID, From, To, Cc, Date, Subject and In-Reply-To headers and the body, with line ends
normalised, and leaves out trace headers (Received, Return-Path, Delivered-To, X-…) that
differ between IMAP, LMTP and a file. A re-delivered message has the same hash; a reused
Message-ID with other content has another.
"""

from __future__ import annotations

import hashlib
import re

from tactful.desk.models import (
    ContactPoint,
    Conversation,
    Customer,
    OutboundEmail,
    RawMessage,
)

from .parse import ParsedEmail

_TOKEN = re.compile(r"\[#([0-9a-f]{10})\]")
HASHED_HEADERS = (b"message-id", b"from", b"to", b"cc", b"date", b"subject", b"in-reply-to")


def content_hash(raw: bytes) -> str:
    data = raw.replace(b"\r\n", b"\n")
    if data.startswith(b"From ") and b"\n" in data:  # an mbox separator line
        data = data.split(b"\n", 1)[1]
    head, sep, body = data.partition(b"\n\n")
    if not sep:
        head, body = b"", data
    picked: dict[bytes, list[bytes]] = {}
    current: bytes | None = None
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t") and current is not None:
            picked[current][-1] += b" " + line.strip()
            continue
        name, colon, value = line.partition(b":")
        key = name.strip().lower()
        current = key if colon and key in HASHED_HEADERS else None
        if current is not None:
            picked.setdefault(current, []).append(value.strip())
    digest = hashlib.sha256()
    for key in HASHED_HEADERS:
        for value in picked.get(key, []):
            digest.update(key + b":" + b" ".join(value.split()) + b"\n")
    digest.update(b"\n")
    digest.update(body.rstrip(b"\n"))
    return digest.hexdigest()


def is_duplicate(raw_hash: str) -> bool:
    return RawMessage.objects.filter(content_hash=raw_hash).exists()


def sender_owns(conversation: Conversation, sender: str) -> bool:
    """Whether ``sender`` is this conversation's customer (R-ID-1) or its contact."""
    if not sender:
        return False
    if conversation.contact_email and conversation.contact_email.lower() == sender:
        return True
    if conversation.customer_id is not None:
        return ContactPoint.objects.filter(customer_id=conversation.customer_id,
                                           kind="email", normalized=sender).exists()
    return False


def _by_message_ids(ids: list[str]) -> list[int]:
    """Conversation ids for Message-IDs we sent or received, in the order of ``ids``."""
    if not ids:
        return []
    found: dict[str, int] = {}
    for mid, conv in OutboundEmail.objects.filter(rfc_message_id__in=ids).exclude(
            conversation=None).values_list("rfc_message_id", "conversation_id"):
        found.setdefault(mid, conv)
    for mid, conv in RawMessage.objects.filter(rfc_message_id__in=ids).exclude(
            conversation=None).order_by("id").values_list("rfc_message_id", "conversation_id"):
        found.setdefault(mid, conv)
    return [found[i] for i in ids if i in found]


def find_conversation(parsed: ParsedEmail) -> Conversation | None:
    """The open or resolved conversation this message continues, or None for a new one."""
    candidates: list[int] = []
    ids = list(parsed.in_reply_to) + list(reversed(parsed.references))
    candidates += _by_message_ids(ids)
    tokens = _TOKEN.findall(parsed.subject or "")
    if tokens:
        candidates += list(Conversation.objects.filter(token__in=tokens).values_list(
            "id", flat=True))
    seen: set[int] = set()
    for pk in candidates:
        if pk in seen:
            continue
        seen.add(pk)
        conversation = Conversation.objects.select_related("team", "customer").filter(
            pk=pk).first()
        if conversation is None or conversation.status == "closed":
            continue
        if sender_owns(conversation, parsed.from_address):
            return conversation
    return None


def find_customer(sender: str) -> Customer | None:
    """The customer who owns this email address (R-ID-1), following merges."""
    if not sender:
        return None
    contact = ContactPoint.objects.select_related("customer", "customer__merged_into").filter(
        kind="email", normalized=sender).order_by("id").first()
    if contact is None:
        return None
    customer = contact.customer
    while customer.merged_into_id is not None and customer.merged_into is not None:
        customer = customer.merged_into
    return customer
