"""What the desk writes to customers on its own: the automatic acknowledgement (R-MAIL-2)
and the polite notice that part of a message could not be kept, in every language the desk
serves (en, hu, et, ro, zh-Hans, zh-Hant).

These are the built-in texts. The policy overrides them per language
(``channels.email.acknowledgement``, ``acknowledgement_subject``, ``notice``);
:func:`choose` says which text a customer gets. Placeholders in ``{braces}`` are filled by
``policy_settings.fill``: ``{subject}``, ``{organisation}``, ``{token}`` (the conversation's
reference for the subject line), ``{name}``, and for notices ``{problem}`` (one or more of
:data:`PROBLEMS`, joined).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

LANGUAGES = ("en", "hu", "et", "ro", "zh-Hans", "zh-Hant")

ACKNOWLEDGEMENT: dict[str, str] = {
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

ACKNOWLEDGEMENT_SUBJECT: dict[str, str] = {
    "en": "We have received your message",
    "hu": "Megkaptuk levelét",
    "et": "Oleme Teie kirja kätte saanud",
    "ro": "Am primit mesajul dumneavoastră",
    "zh-Hans": "我们已收到您的来信",
    "zh-Hant": "我們已收到您的來信",
}

NOTICE: dict[str, str] = {
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
    "et": (
        "Lugupeetud klient\n\nOleme Teie kirja „{subject}” kätte saanud, kuid {problem} "
        "Meie töötaja vaatab selle üle. Kui midagi jäi puudu, saatke see palun uuesti "
        "väiksema kirjaga või PDF-failina.\n\nLugupidamisega\n{organisation}"
    ),
    "ro": (
        "Stimate client,\n\nAm primit mesajul dumneavoastră „{subject}”, dar {problem} "
        "Un coleg din echipa noastră îl va analiza. Dacă lipsește ceva, vă rugăm să îl "
        "trimiteți din nou într-un mesaj mai mic sau ca PDF.\n\nCu stimă,\n{organisation}"
    ),
    "zh-Hans": (
        "尊敬的客户：\n\n我们已收到您的来信“{subject}”，但{problem}我们的工作人员会进行查看。"
        "如有缺失的内容，请以较小的邮件或 PDF 格式重新发送。\n\n此致\n{organisation}"
    ),
    "zh-Hant": (
        "尊敬的客戶：\n\n我們已收到您的來信「{subject}」，但{problem}我們的工作人員會進行查看。"
        "如有缺漏的內容，請以較小的郵件或 PDF 格式重新寄送。\n\n此致\n{organisation}"
    ),
}

# What went wrong, as the sentence that follows "but" in the notice.
PROBLEMS: dict[str, dict[str, str]] = {
    "too_large": {
        "en": "it was larger than we can accept, so its attachments were not kept.",
        "hu": "mérete meghaladta a fogadható méretet, ezért a mellékleteit nem tároltuk.",
        "et": "see oli suurem, kui saame vastu võtta, seetõttu jätsime selle manused "
              "salvestamata.",
        "ro": "acesta depășea dimensiunea pe care o putem accepta, așa că atașamentele sale "
              "nu au fost păstrate.",
        "zh-Hans": "邮件大小超出了我们可接收的上限，因此未保存其附件。",
        "zh-Hant": "郵件大小超出了我們可接收的上限，因此未儲存其附件。",
    },
    "blocked_attachment": {
        "en": "some attachments were of a type we do not accept for safety reasons and were "
              "not kept.",
        "hu": "egyes mellékletei biztonsági okból nem fogadható típusúak voltak, ezeket nem "
              "tároltuk.",
        "et": "mõni manus oli tüüpi, mida me turvalisuse huvides vastu ei võta, ja see jäeti "
              "salvestamata.",
        "ro": "unele atașamente erau de un tip pe care, din motive de siguranță, nu îl "
              "acceptăm și nu au fost păstrate.",
        "zh-Hans": "部分附件的文件类型出于安全原因不予接收，未予保存。",
        "zh-Hant": "部分附件的檔案類型基於安全考量不予接收，未予儲存。",
    },
    "too_deep": {
        "en": "it was nested too deeply to be read completely.",
        "hu": "szerkezete túl mélyen egymásba ágyazott volt ahhoz, hogy teljesen "
              "feldolgozzuk.",
        "et": "selle ülesehitus oli liiga mitmekihiline, et seda täielikult lugeda.",
        "ro": "avea o structură prea complexă pentru a putea fi citit în întregime.",
        "zh-Hans": "邮件结构嵌套过深，无法完整读取。",
        "zh-Hant": "郵件結構巢狀過深，無法完整讀取。",
    },
}


def customer_language(language: str, *, default: str = "en",
                      served: Sequence[str] = ()) -> str:
    """The language to write to a customer in: theirs when there are texts in it, else the
    policy's default. A Chinese customer gets the script the policy serves: Traditional
    when the policy serves Traditional and not Simplified; a customer who wrote
    Traditional is always answered in Traditional."""
    lowered = (language or "").lower()
    if lowered.startswith("zh"):
        if "hant" in lowered:
            return "zh-Hant"
        chinese = [code for code in (default, *served) if code.startswith("zh")]
        return "zh-Hant" if chinese and "zh-Hans" not in chinese else "zh-Hans"
    base = lowered.split("-")[0]
    if base in LANGUAGES:
        return base
    return default if default in LANGUAGES else "en"


def choose(policy_texts: Mapping[str, str], built_in: Mapping[str, str], language: str,
           *, default: str = "en") -> str:
    """The text for a customer in ``language`` (see :func:`customer_language`).

    The policy's text in that language wins; a policy text for all languages (``*``) is
    used for customers in the policy's default language; otherwise the built-in text in
    the customer's language; otherwise the policy's ``*`` or default-language text, then
    the English built-in one.
    """
    for key in (language, language.split("-")[0]):
        if policy_texts.get(key):
            return policy_texts[key]
    if policy_texts.get("*") and language.split("-")[0] == default.split("-")[0]:
        return policy_texts["*"]
    if built_in.get(language):
        return built_in[language]
    return policy_texts.get("*") or policy_texts.get(default) or built_in.get(default) or \
        built_in["en"]


def problem_sentences(problems: Sequence[str], language: str) -> str:
    """The notice's ``{problem}``: each problem's sentence, in the order given, once."""
    sentences = [PROBLEMS[p].get(language) or PROBLEMS[p]["en"]
                 for p in dict.fromkeys(problems) if p in PROBLEMS]
    return ("" if language.startswith("zh") else " ").join(sentences)
