"""Order, package and invoice numbers in a customer's text become references (R-ID-2).

A number counts when a keyword in one of the desk's languages stands right before it
("order", "rendelés", "tellimus", "comanda", "订单"…) and the number has a digit; formats
like ``ORD-2024-117`` or ``INV 55012`` are recognised on their own.
"""

from __future__ import annotations

import re

_VALUE = (r"(?:no\.?|nr\.?|number|#|n°|szám|számú|numbri|numărul|nummer|号|號|编号|編號)?"
          r"\s*[:：#]?\s*([A-Z0-9][A-Z0-9/\-_.]{2,38}[A-Z0-9])")
KEYWORDS: dict[str, tuple[str, ...]] = {
    "order": ("order", "rendelés", "rendelésszám", "megrendelés", "tellimus", "tellimuse",
              "comanda", "comandă", "comenzii", "订单", "訂單"),
    "package": ("package", "parcel", "tracking", "shipment", "csomag", "csomagszám", "pakk",
                "paki", "saadetis", "colet", "coletul", "awb", "包裹", "运单", "運單", "快递单"),
    "invoice": ("invoice", "bill", "számla", "számlaszám", "arve", "arve nr", "factura",
                "factură", "facturii", "发票", "發票"),
    "contract": ("contract", "szerződés", "szerződésszám", "leping", "lepingu", "合同", "合約"),
}
_STANDALONE = re.compile(r"\b(ORD|ORDER|INV|PKG|PCK|SZ|E)-\d{2,}(?:[-/]\d+)*\b")
_PREFIX_KIND = {"ORD": "order", "ORDER": "order", "INV": "invoice", "PKG": "package",
                "PCK": "package", "SZ": "contract", "E": "invoice"}

_PATTERNS = [
    (kind, re.compile(r"(?:(?<=\W)|^)(?:" + "|".join(re.escape(w) for w in sorted(
        words, key=len, reverse=True)) + r")\w{0,6}\s*" + _VALUE, re.IGNORECASE | re.UNICODE))
    for kind, words in KEYWORDS.items()
]


def find_references(text: str, limit: int = 20) -> list[tuple[str, str]]:
    """(kind, value) pairs in order of appearance, without repeats."""
    found: list[tuple[int, str, str]] = []
    sample = text[:50_000]
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sample):
            value = match.group(1).rstrip(".-/")
            if any(ch.isdigit() for ch in value) and len(value) >= 3:
                found.append((match.start(1), kind, value))
    for match in _STANDALONE.finditer(sample):
        found.append((match.start(), _PREFIX_KIND[match.group(1).upper()], match.group(0)))
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for _, kind, value in sorted(found):
        key = re.sub(r"[^0-9A-Z]", "", value.upper())
        if key in seen or not key:
            continue
        seen.add(key)
        out.append((kind, value))
    return out[:limit]
