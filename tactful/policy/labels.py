"""Headings and phrases of the rendered policy document, in each supported language.

Written for each language by people who speak it at work, not word for word: Hungarian
and Romanian use the formal register of official documents, Estonian follows seed 002's
own headings, Chinese follows the style of seed 003.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "policy": "Customer service policy", "vision": "Our vision", "mission": "Our mission",
        "scope": "Scope", "definitions": "Definitions", "standards": "Our standards",
        "we_always": "We always", "we_never": "We never", "channels": "Our commitments",
        "phone": "Telephone", "voicemail": "Voicemail", "email": "Email", "chat": "Live chat",
        "visit": "Visits", "web_form": "Web form", "letter": "Letters", "social": "Social media",
        "review": "Reviews", "inquiry": "Every inquiry", "hours": "Opening hours",
        "escalation": "Internal escalation", "complaints": "Complaint procedure",
        "categories": "What counts as a complaint", "feedback": "Feedback",
        "roles": "What staff may decide", "enforcement": "Enforcement",
        "changelog": "Change log", "last_changed": "Last changed", "review_due": "Next review",
        "version": "Version", "contact": "Contact",
        "answer_rings": "We answer every call within {n} rings.",
        "callback": "If we cannot answer, you can leave a voicemail or ask for a callback; "
                    "we call back within {d}.",
        "voicemail_check": "We check voicemail every {d} and return messages within {m}.",
        "email_reply": "We answer every email within {d}.",
        "email_ack": "If we cannot answer at once, you receive an automatic acknowledgement "
                     "within {d}.",
        "chat_reply": "We answer chat requests within {d}; if we cannot, you may leave a "
                      "message or ask for a callback.",
        "visit_greet": "We greet every visitor within {n} seconds.",
        "written_reply": "We reply within {d}.",
        "inquiry_ack": "We acknowledge every inquiry within {a} and answer it within {b}.",
        "cmp_ack": "The customer service manager acknowledges your complaint in writing "
                   "within {d}, with a copy of this procedure.",
        "cmp_follow": "If it cannot be resolved within {d}, we write again to tell you when "
                      "to expect a full answer.",
        "cmp_reply": "After the staff member's report, the manager answers you within {d}, "
                     "and keeps answering until you are satisfied.",
        "cmp_review": "All complaints are reviewed {c} to find what to improve.",
        "feedback_survey": "We ask for your feedback {d} after your request is closed, on a "
                           "scale of 1 to {n}.",
        "role_limits": "{role}: refunds up to {r} {c}, exchanges up to {x} {c}, discounts up "
                       "to {p} %.",
        "daily": "daily", "weekly": "every week", "monthly": "every month",
        "agent": "Agents", "supervisor": "Supervisors", "manager": "Managers",
        "closed": "closed",
        "minutes": "{n} minutes", "hours_n": "{n} business hours",
        "working_days": "{n} working days", "seconds": "{n} seconds",
        "mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
        "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
        "holidays_of": "Closed on the public holidays of {c}.",
    },
    "hu": {
        "policy": "Ügyfélszolgálati szabályzat", "vision": "Jövőképünk",
        "mission": "Küldetésünk", "scope": "A szabályzat hatálya", "definitions": "Fogalmak",
        "standards": "Alapelveink", "we_always": "Mindig", "we_never": "Soha",
        "channels": "Vállalásaink", "phone": "Telefon", "voicemail": "Hangposta",
        "email": "E-mail", "chat": "Élő chat", "visit": "Személyes ügyintézés",
        "web_form": "Webes űrlap", "letter": "Levél", "social": "Közösségi média",
        "review": "Értékelések", "inquiry": "Minden megkeresés",
        "hours": "Nyitvatartás", "escalation": "Belső eszkaláció",
        "complaints": "Panaszkezelési eljárás", "categories": "Mi számít panasznak",
        "feedback": "Visszajelzés", "roles": "Munkatársaink döntési jogköre",
        "enforcement": "A szabályzat betartatása", "changelog": "Változásnapló",
        "last_changed": "Utolsó módosítás", "review_due": "Következő felülvizsgálat",
        "version": "Változat", "contact": "Elérhetőség",
        "answer_rings": "Minden hívást legfeljebb {n} kicsengésen belül fogadunk.",
        "callback": "Ha nem tudjuk fogadni a hívást, hangüzenetet hagyhat vagy visszahívást "
                    "kérhet; {d} belül visszahívjuk.",
        "voicemail_check": "A hangpostát {d} ellenőrizzük, az üzenetekre {m} belül "
                           "visszahívással válaszolunk.",
        "email_reply": "Minden e-mailre {d} belül válaszolunk.",
        "email_ack": "Ha nem tudunk azonnal válaszolni, {d} belül automatikus "
                     "visszaigazolást küldünk.",
        "chat_reply": "A chatüzenetekre {d} belül válaszolunk; ha ez nem sikerül, üzenetet "
                      "hagyhat vagy visszahívást kérhet.",
        "visit_greet": "Minden látogatót {n} másodpercen belül üdvözlünk.",
        "written_reply": "{d} belül válaszolunk.",
        "inquiry_ack": "Minden megkeresést {a} belül visszaigazolunk, és {b} belül "
                       "megválaszolunk.",
        "cmp_ack": "Panaszát az ügyfélszolgálati vezető {d} belül írásban visszaigazolja, és "
                   "mellékeli ezt az eljárásrendet.",
        "cmp_follow": "Ha a panasz {d} belül nem rendezhető, ismét írunk, és megadjuk, mikorra "
                      "várható a teljes válasz.",
        "cmp_reply": "Az érintett munkatárs jelentése után a vezető {d} belül válaszol, és "
                     "addig foglalkozunk az üggyel, amíg Ön elégedett nem lesz.",
        "cmp_review": "A panaszokat {c} áttekintjük, hogy lássuk, min kell javítanunk.",
        "feedback_survey": "Az ügy lezárása után {d} múlva véleményét kérjük egy 1-től "
                           "{n}-ig terjedő skálán.",
        "role_limits": "{role}: visszatérítés {r} {c}, csere {x} {c}, kedvezmény {p} %-ig.",
        "daily": "naponta", "weekly": "hetente", "monthly": "havonta",
        "agent": "Ügyintézők", "supervisor": "Csoportvezetők", "manager": "Vezetők",
        "closed": "zárva",
        "minutes": "{n} percen", "hours_n": "{n} munkaórán",
        "working_days": "{n} munkanapon", "seconds": "{n} másodpercen",
        "mon": "Hétfő", "tue": "Kedd", "wed": "Szerda", "thu": "Csütörtök", "fri": "Péntek",
        "sat": "Szombat", "sun": "Vasárnap",
        "holidays_of": "Munkaszüneti napokon ({c}) zárva tartunk.",
    },
    "et": {
        "policy": "Klienditeeninduse poliitika", "vision": "Meie visioon",
        "mission": "Meie missioon", "scope": "Kohaldamisala", "definitions": "Mõisted",
        "standards": "Meie standardid", "we_always": "Me oleme alati",
        "we_never": "Me kunagi", "channels": "Meie kohustused", "phone": "Telefon",
        "voicemail": "Kõnepost", "email": "E-post", "chat": "Vestlus", "visit": "Külastused",
        "web_form": "Veebivorm", "letter": "Kirjad", "social": "Sotsiaalmeedia",
        "review": "Arvustused", "inquiry": "Iga päring", "hours": "Lahtiolekuajad",
        "escalation": "Sisemine eskaleerimine", "complaints": "Kaebuste menetlemine",
        "categories": "Mida loetakse kaebuseks", "feedback": "Tagasiside",
        "roles": "Töötajate otsustusõigus", "enforcement": "Poliitika jõustamine",
        "changelog": "Muudatuste logi", "last_changed": "Viimati muudetud",
        "review_due": "Järgmine ülevaatus", "version": "Versioon", "contact": "Kontakt",
        "answer_rings": "Vastame igale kõnele hiljemalt {n} kutsungi jooksul.",
        "callback": "Kui me ei saa vastata, võite jätta sõnumi kõneposti või tellida "
                    "tagasihelistamise; helistame tagasi {d} jooksul.",
        "voicemail_check": "Kontrollime kõneposti iga {d} järel ja vastame sõnumitele {m} "
                           "jooksul.",
        "email_reply": "Vastame igale e-kirjale {d} jooksul.",
        "email_ack": "Kui me ei saa kohe vastata, saadame {d} jooksul automaatse kinnituse.",
        "chat_reply": "Vastame vestlusele {d} jooksul; kui see ei õnnestu, võite jätta sõnumi "
                      "või tellida tagasihelistamise.",
        "visit_greet": "Tervitame iga külastajat {n} sekundi jooksul.",
        "written_reply": "Vastame {d} jooksul.",
        "inquiry_ack": "Kinnitame iga päringu kättesaamist {a} jooksul ja vastame sellele "
                       "{b} jooksul.",
        "cmp_ack": "Klienditeeninduse juht kinnitab kaebuse kättesaamist kirjalikult {d} "
                   "jooksul ja lisab selle menetluskorra.",
        "cmp_follow": "Kui kaebust ei saa lahendada {d} jooksul, kirjutame uuesti ja teatame, "
                      "millal täielikku vastust oodata.",
        "cmp_reply": "Pärast töötaja aruannet vastab juht {d} jooksul ja jätkab, kuni olete "
                     "rahul.",
        "cmp_review": "Kõik kaebused vaadatakse üle {c}, et leida, mida parandada.",
        "feedback_survey": "Küsime tagasisidet {d} pärast pöördumise lõpetamist skaalal "
                           "1–{n}.",
        "role_limits": "{role}: tagasimaksed kuni {r} {c}, vahetused kuni {x} {c}, allahindlus "
                       "kuni {p} %.",
        "daily": "iga päev", "weekly": "iga nädal", "monthly": "iga kuu",
        "agent": "Klienditeenindajad", "supervisor": "Meeskonnajuhid", "manager": "Juhid",
        "closed": "suletud",
        "minutes": "{n} minuti", "hours_n": "{n} tööaja tunni",
        "working_days": "{n} tööpäeva", "seconds": "{n} sekundi",
        "mon": "Esmaspäev", "tue": "Teisipäev", "wed": "Kolmapäev", "thu": "Neljapäev",
        "fri": "Reede", "sat": "Laupäev", "sun": "Pühapäev",
        "holidays_of": "Riigipühadel ({c}) oleme suletud.",
    },
    "ro": {
        "policy": "Politica de relații cu clienții", "vision": "Viziunea noastră",
        "mission": "Misiunea noastră", "scope": "Domeniu de aplicare",
        "definitions": "Definiții", "standards": "Standardele noastre",
        "we_always": "Întotdeauna", "we_never": "Niciodată",
        "channels": "Angajamentele noastre", "phone": "Telefon", "voicemail": "Mesagerie vocală",
        "email": "E-mail", "chat": "Chat", "visit": "Vizite", "web_form": "Formular web",
        "letter": "Scrisori", "social": "Rețele sociale", "review": "Recenzii",
        "inquiry": "Orice solicitare", "hours": "Program",
        "escalation": "Escaladare internă", "complaints": "Procedura de soluționare a "
        "reclamațiilor", "categories": "Ce considerăm reclamație", "feedback": "Feedback",
        "roles": "Ce pot decide angajații", "enforcement": "Aplicarea politicii",
        "changelog": "Istoricul modificărilor", "last_changed": "Ultima modificare",
        "review_due": "Următoarea revizuire", "version": "Versiunea", "contact": "Contact",
        "answer_rings": "Răspundem la fiecare apel în cel mult {n} tonuri de apel.",
        "callback": "Dacă nu putem răspunde, puteți lăsa un mesaj vocal sau solicita să vă "
                    "sunăm; vă sunăm înapoi în {d}.",
        "voicemail_check": "Verificăm mesageria vocală la fiecare {d} și răspundem mesajelor "
                           "în {m}.",
        "email_reply": "Răspundem la fiecare e-mail în {d}.",
        "email_ack": "Dacă nu putem răspunde imediat, primiți o confirmare automată în {d}.",
        "chat_reply": "Răspundem la chat în {d}; dacă nu reușim, puteți lăsa un mesaj sau "
                      "solicita să vă sunăm.",
        "visit_greet": "Salutăm fiecare vizitator în cel mult {n} secunde.",
        "written_reply": "Răspundem în {d}.",
        "inquiry_ack": "Confirmăm primirea oricărei solicitări în {a} și răspundem în {b}.",
        "cmp_ack": "Managerul de relații cu clienții confirmă în scris primirea reclamației "
                   "dumneavoastră în {d} și vă trimite această procedură.",
        "cmp_follow": "Dacă reclamația nu poate fi soluționată în {d}, vă scriem din nou și "
                      "vă comunicăm când veți primi un răspuns complet.",
        "cmp_reply": "După raportul angajatului implicat, managerul vă răspunde în {d} și "
                     "continuăm până când sunteți mulțumit.",
        "cmp_review": "Toate reclamațiile sunt analizate {c} pentru a afla ce trebuie "
                      "îmbunătățit.",
        "feedback_survey": "Vă cerem părerea la {d} după închiderea solicitării, pe o scală "
                           "de la 1 la {n}.",
        "role_limits": "{role}: rambursări până la {r} {c}, schimburi până la {x} {c}, "
                       "reduceri până la {p} %.",
        "daily": "zilnic", "weekly": "săptămânal", "monthly": "lunar",
        "agent": "Operatori", "supervisor": "Coordonatori", "manager": "Manageri",
        "closed": "închis",
        "minutes": "{n} minute", "hours_n": "{n} ore lucrătoare",
        "working_days": "{n} zile lucrătoare", "seconds": "{n} secunde",
        "mon": "Luni", "tue": "Marți", "wed": "Miercuri", "thu": "Joi", "fri": "Vineri",
        "sat": "Sâmbătă", "sun": "Duminică",
        "holidays_of": "În zilele de sărbătoare legală ({c}) suntem închiși.",
    },
    "zh": {
        "policy": "客户服务政策", "vision": "我们的愿景", "mission": "我们的使命",
        "scope": "适用范围", "definitions": "术语", "standards": "服务守则",
        "we_always": "我们始终", "we_never": "我们绝不", "channels": "服务承诺",
        "phone": "电话", "voicemail": "语音信箱", "email": "电子邮件", "chat": "在线客服",
        "visit": "到店服务", "web_form": "网页表单", "letter": "信函", "social": "社交媒体",
        "review": "网站评价", "inquiry": "所有咨询", "hours": "服务时间",
        "escalation": "内部升级", "complaints": "投诉处理程序", "categories": "投诉范围",
        "feedback": "意见反馈", "roles": "员工授权", "enforcement": "执行与监督",
        "changelog": "修订记录", "last_changed": "最后修订", "review_due": "下次复审",
        "version": "版本", "contact": "联系方式",
        "answer_rings": "所有来电在{n}声铃响内接听。",
        "callback": "如无法接听，您可以留言或预约回电；我们将在{d}内回电。",
        "voicemail_check": "我们每{d}检查一次语音信箱，并在{m}内回复留言。",
        "email_reply": "所有电子邮件在{d}内回复。",
        "email_ack": "如不能立即回复，我们将在{d}内发送自动确认。",
        "chat_reply": "在线咨询在{d}内回复；如未能及时回复，您可以留言或预约回电。",
        "visit_greet": "每位到访客户在{n}秒内得到接待。",
        "written_reply": "我们在{d}内回复。",
        "inquiry_ack": "所有咨询在{a}内确认收到，并在{b}内答复。",
        "cmp_ack": "客户服务经理将在{d}内书面确认收到您的投诉，并附上本程序。",
        "cmp_follow": "如投诉无法在{d}内解决，我们将再次致函，告知您何时可获得完整答复。",
        "cmp_reply": "在相关员工提交报告后，经理将在{d}内答复您，直至您满意为止。",
        "cmp_review": "所有投诉{c}复查一次，以便持续改进。",
        "feedback_survey": "服务结束{d}后，我们会请您按1至{n}分评价。",
        "role_limits": "{role}：退款不超过{r} {c}，换货不超过{x} {c}，折扣不超过{p}%。",
        "daily": "每天", "weekly": "每周", "monthly": "每月",
        "agent": "客服人员", "supervisor": "主管", "manager": "经理", "closed": "休息",
        "minutes": "{n}分钟", "hours_n": "{n}个工作小时", "working_days": "{n}个工作日",
        "seconds": "{n}秒",
        "mon": "星期一", "tue": "星期二", "wed": "星期三", "thu": "星期四", "fri": "星期五",
        "sat": "星期六", "sun": "星期日",
        "holidays_of": "法定节假日（{c}）休息。",
    },
}


def labels_for(lang: str) -> dict[str, str]:
    key = "zh" if lang.startswith("zh") else lang
    return {**LABELS["en"], **LABELS.get(key, {})}
