"""Messages in the desk's five languages and their real-world charsets, written for these
tests: Hungarian in ISO-8859-2 and Windows-1250, Romanian in ISO-8859-16, Estonian in
ISO-8859-15, Chinese in GB2312, GBK, GB18030 and Big5, plus UTF-8 with RFC 2047 and RFC 2231."""

from __future__ import annotations

import base64

SAMPLES: list[tuple[str, str, str, str]] = [
    # (language, charset, subject, body)
    ("hu", "iso-8859-2", "Számlázási kérdés: ő és ű",
     "Tisztelt Ügyfélszolgálat!\n\nA legutóbbi számlámon hibás összeg szerepel. "
     "Kérem, ellenőrizzék. Árvíztűrő tükörfúrógép.\n\nÜdvözlettel:\nKovács Győző"),
    ("hu", "windows-1250", "Csomag késése",
     "Jó napot! A csomagom még nem érkezett meg, pedig ígérték. Köszönöm előre!"),
    ("ro", "iso-8859-16", "Întrebare despre factură",
     "Bună ziua,\n\nAș dori să știu de ce factura mea a crescut. Mulțumesc frumos!\n\n"
     "Cu stimă,\nȘtefan Țurcanu"),
    ("et", "iso-8859-15", "Küsimus arve kohta",
     "Tere!\n\nMul on küsimus viimase arve kohta. Kas saaksite öelda, miks summa "
     "muutus? Tänan ette, Õie Šmidt"),
    ("zh-Hans", "gb2312", "关于订单的问题",
     "您好！\n\n我的订单还没有到，请帮我查一下。谢谢您的帮助！\n\n王小明"),
    ("zh-Hans", "gbk", "发票问题",
     "您好，我需要重新开具发票，抬头有误。请问怎么办？谢谢！"),
    ("zh-Hans", "gb18030", "退款申请",
     "您好，我想申请退款，商品有质量问题。谢谢！𠮷"),
    ("zh-Hant", "big5", "訂單查詢",
     "您好！\n\n請問我的訂單何時出貨？我已經等了一個星期。謝謝您！\n\n陳大文"),
    ("en", "utf-8", "Where is my parcel? 📦",
     "Hello,\n\nmy parcel has not arrived yet. Could you check, please?\n\nThanks, Jane"),
]


def encoded_word(text: str, charset: str) -> str:
    return f"=?{charset}?b?{base64.b64encode(text.encode(charset)).decode()}?="


def sample_message(index: int, *, message_id: str | None = None) -> bytes:
    _lang, charset, subject, body = SAMPLES[index]
    mid = message_id or f"<sample-{index}@example.org>"
    head = (f"From: =?utf-8?q?Customer_{index}?= <customer{index}@example.org>\r\n"
            "To: support@desk.example\r\n"
            f"Subject: {encoded_word(subject, charset)}\r\n"
            f"Message-ID: {mid}\r\nDate: Tue, 03 Mar 2026 09:00:00 +0100\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode("ascii") + body.replace("\n", "\r\n").encode(charset) + b"\r\n"


def rich_message() -> bytes:
    """multipart/mixed: alternative (plain + related HTML with an inline image), a PDF with
    an RFC 2231 file name, and a forwarded message."""
    png = base64.b64encode(bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd4"
        "0000000049454e44ae426082"
    )).decode()
    pdf = base64.b64encode(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").decode()
    return f"""From: =?iso-8859-2?q?Kov=E1cs_Gy=F5z=F5?= <gyozo@example.hu>
To: support@desk.example
Subject: =?utf-8?b?U3rDoW1sYSDDqXMgbWVsbMOpa2xldA==?=
Message-ID: <rich-1@example.hu>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

J=C3=B3 napot! Csatolom a sz=C3=A1ml=C3=A1t.
--alt
Content-Type: multipart/related; boundary="rel"

--rel
Content-Type: text/html; charset=utf-8

<p onclick="steal()">J&oacute; napot! <b>Csatolom</b> a sz&aacute;ml&aacute;t.
<script>alert(1)</script><img src="cid:logo@x"></p>
--rel
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-ID: <logo@x>
Content-Disposition: inline

{png}
--rel--
--alt--
--outer
Content-Type: application/pdf
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename*=iso-8859-2''sz%E1mla%20%F5sz.pdf

{pdf}
--outer
Content-Type: message/rfc822

From: Shop <shop@example.com>
Subject: Your order ORD-2026-555

Your order has shipped.
--outer--
""".replace("\n", "\r\n").encode("latin-1")
