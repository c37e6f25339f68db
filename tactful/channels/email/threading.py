"""Which conversation a message belongs to, and whether we have seen it already.

Order of evidence: ``In-Reply-To``, then ``References`` (newest first), then the
conversation token in the subject (``[#0a1b2c3d4e]``). Each candidate must belong to the
same sender — the conversation's contact address, or an address of its customer — so that
replies from different people to one mailing never merge. A client that rewrote
``In-Reply-To`` is still found through ``References`` or the token. A closed conversation
is final: a reply to it opens a new one. :class:`ThreadIndex` applies these rules to a
batch of messages with a few queries; one message is a batch of one.

``content_hash`` identifies a message independently of its delivery path: it covers the
Message-ID, From, To, Cc, Date, Subject and In-Reply-To headers and the body, with line ends
normalised, and leaves out trace headers (Received, Return-Path, Delivered-To, X-…) that
differ between IMAP, LMTP and a file. A re-delivered message has the same hash; a reused
Message-ID with other content has another.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

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


def find_conversation(parsed: ParsedEmail) -> Conversation | None:
    """The open or resolved conversation this message continues, or None for a new one."""
    found = ThreadIndex([parsed]).find_conversation(parsed)
    return found if isinstance(found, Conversation) else None


def find_customer(sender: str) -> Customer | None:
    """The customer who owns this email address (R-ID-1), following merges."""
    return ThreadIndex([ParsedEmail(from_address=sender)]).find_customer(sender)


# A conversation opened by an earlier message of the same batch, not stored yet: that
# message's index in the batch.
Opened = int
_Key = tuple[bool, int]  # (opened in this batch, batch index or conversation id)


@dataclass(frozen=True)
class _Opening:
    contact_email: str
    customer_id: int | None


class ThreadIndex:
    """What threading needs to know for a batch of messages, read in a few queries.

    The messages of the batch are :meth:`remember`-ed as they are taken in, so that a
    reply to a message earlier in the same batch joins its conversation, exactly as it
    would had the two arrived one after the other. One message is a batch of one.
    """

    def __init__(self, batch: list[ParsedEmail]) -> None:
        self._by_id = _conversations_by_message_id(batch)
        tokens = sorted({t for p in batch for t in _TOKEN.findall(p.subject or "")})
        self._by_token: dict[str, int] = dict(Conversation.objects.filter(
            token__in=tokens).values_list("token", "id")) if tokens else {}
        wanted = sorted(set(self._by_id.values()) | set(self._by_token.values()))
        self._conversations: dict[int, Conversation] = Conversation.objects.select_related(
            "team", "customer").in_bulk(wanted) if wanted else {}
        senders = sorted({p.from_address for p in batch if p.from_address})
        contacts = list(ContactPoint.objects.filter(
            kind="email", normalized__in=senders).order_by("id").values_list(
            "normalized", "customer_id")) if senders else []
        self._owned = {(customer, address) for address, customer in contacts}
        first: dict[str, int] = {}
        for address, customer in contacts:
            first.setdefault(address, customer)
        self._customers = _following_merges(first)
        self._opened: dict[Opened, _Opening] = {}
        self._taken: dict[str, _Key] = {}

    def _owns(self, contact_email: str, customer_id: int | None, sender: str) -> bool:
        """Whether ``sender`` is this conversation's contact or one of its customer's
        addresses (R-ID-1), from what was read for the batch's senders."""
        if not sender:
            return False
        if contact_email and contact_email.lower() == sender:
            return True
        return customer_id is not None and (customer_id, sender) in self._owned

    def find_conversation(self, parsed: ParsedEmail) -> Conversation | Opened | None:
        """The open or resolved conversation this message continues (or the batch index of
        the message that opened it in this batch), or None for a new one.

        Evidence, in order: In-Reply-To, References (newest first), the subject token;
        a candidate counts only when the sender owns it; a closed conversation is final.
        """
        keys: list[_Key] = []
        for mid in [*parsed.in_reply_to, *reversed(parsed.references)]:
            if mid in self._by_id:
                keys.append((False, self._by_id[mid]))
            elif mid in self._taken:
                keys.append(self._taken[mid])
        keys += [(False, self._by_token[t]) for t in _TOKEN.findall(parsed.subject or "")
                 if t in self._by_token]
        for opened_here, pk in dict.fromkeys(keys):
            if opened_here:
                opening = self._opened[pk]
                if self._owns(opening.contact_email, opening.customer_id,
                              parsed.from_address):
                    return pk
                continue
            conversation = self._conversations.get(pk)
            if conversation is None or conversation.status == "closed":
                continue
            if self._owns(conversation.contact_email, conversation.customer_id,
                          parsed.from_address):
                return conversation
        return None

    def find_customer(self, sender: str) -> Customer | None:
        """The customer who owns this email address (R-ID-1), following merges."""
        return self._customers.get(sender) if sender else None

    def remember(self, parsed: ParsedEmail, index: int, target: Conversation | Opened | None,
                 *, contact_email: str = "", customer: Customer | None = None) -> None:
        """Message ``index`` of the batch was taken into ``target``; None: it opened a
        conversation, with this contact address and customer."""
        key: _Key
        if target is None:
            self._opened[index] = _Opening(contact_email, customer.pk if customer else None)
            key = (True, index)
        elif isinstance(target, Conversation):
            self._conversations.setdefault(target.pk, target)
            key = (False, target.pk)
        else:
            key = (True, target)
        if parsed.message_id:
            self._taken.setdefault(parsed.message_id, key)


def _conversations_by_message_id(batch: list[ParsedEmail]) -> dict[str, int]:
    """Conversation ids for the Message-IDs the batch refers to, that we sent or received
    (what we sent first, then the earliest received)."""
    ids = sorted({i for p in batch for i in [*p.in_reply_to, *p.references]})
    if not ids:
        return {}
    found: dict[str, int] = {}
    for mid, conv in OutboundEmail.objects.filter(rfc_message_id__in=ids).exclude(
            conversation=None).values_list("rfc_message_id", "conversation_id"):
        found.setdefault(mid, conv)
    for mid, conv in RawMessage.objects.filter(rfc_message_id__in=ids).exclude(
            conversation=None).order_by("id").values_list("rfc_message_id",
                                                          "conversation_id"):
        found.setdefault(mid, conv)
    return found


def _following_merges(owner_of: dict[str, int]) -> dict[str, Customer]:
    """The customer for each address, after following ``merged_into`` to the end."""
    loaded: dict[int, Customer] = {}
    wanted = set(owner_of.values())
    while wanted:
        found = Customer.objects.in_bulk(sorted(wanted))
        loaded.update(found)
        wanted = {c.merged_into_id for c in found.values()
                  if c.merged_into_id is not None and c.merged_into_id not in loaded}
    out: dict[str, Customer] = {}
    for address, pk in owner_of.items():
        customer, visited = loaded[pk], {pk}
        while customer.merged_into_id is not None and customer.merged_into_id in loaded \
                and customer.merged_into_id not in visited:
            visited.add(customer.merged_into_id)
            customer = loaded[customer.merged_into_id]
        out[address] = customer
    return out
