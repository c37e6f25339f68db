"""A starting knowledge base: a few articles and call scripts in each desk language (R-KB-1).

Organisations edit or replace these; they exist so that a new desk's composer search finds
something useful on the first day. Written as plain data; the search text is folded the
same way as ``tactful.desk.services.knowledge.fold``.
"""

import unicodedata

from django.db import migrations

ARTICLES = [
    # (language, kind, title, tags, body)
    ("en", "article", "Refund for a cancelled order", "refund, cancel, order, money back",
     "A cancelled order is refunded to the original payment method within 5 working days.\n"
     "1. Find the order by its order number.\n2. Check that the cancellation is confirmed.\n"
     "3. Tell the customer the amount and when to expect it. Never ask for card details."),
    ("en", "article", "Parcel not delivered", "parcel, package, delivery, tracking, courier",
     "Ask for the package number. Check the tracking page; if the parcel has not moved for "
     "two working days, open a claim with the courier and promise the customer an update "
     "by a stated date. Record the promise as a follow-up."),
    ("en", "call_script", "Outbound call: does the customer have time now?",
     "outbound, call, callback, script",
     "Good afternoon, this is {agent} from {organisation}. I am calling about your request "
     "{reference}. Do you have a few minutes to talk now?\n- Yes: continue.\n- No: When may I "
     "call you back? (Schedule a callback with the agreed time.)"),
    ("hu", "article", "Számlareklamáció kezelése", "számla, reklamáció, díj, hibás számla",
     "Kérje el a számla sorszámát és a felhasználási hely azonosítóját. Vesse össze a "
     "mérőállást a leolvasással; eltérés esetén indítson számlakorrekciót, és írásban "
     "tájékoztassa az ügyfelet a várható határidőről."),
    ("hu", "article", "Részletfizetés kérése", "részletfizetés, tartozás, számla, fizetés",
     "Részletfizetést legfeljebb hat havi részletre adhatunk, ha az ügyfélnek nincs korábbi "
     "lejárt tartozása. Rögzítse a megállapodást, és küldje el a fizetési ütemezést."),
    ("hu", "call_script", "Kimenő hívás: alkalmas-e most beszélni?",
     "kimenő hívás, visszahívás, forgatókönyv",
     "Jó napot kívánok, {agent} vagyok a(z) {organisation} ügyfélszolgálatától. A(z) "
     "{reference} ügyében keresem. Alkalmas most néhány percre?\n- Igen: folytassa.\n- Nem: "
     "Mikor hívhatom vissza? (Rögzítsen visszahívást a megbeszélt időpontra.)"),
    ("et", "article", "Arve vaidlustamine", "arve, vaidlus, näit, arvesti",
     "Küsige arve numbrit ja tarbimiskoha koodi. Võrrelge arvesti näitu teatatud näiduga; "
     "erinevuse korral koostage arve parandus ja teatage kliendile kirjalikult tähtaeg."),
    ("et", "call_script", "Väljuv kõne: kas kliendil on praegu aega?",
     "väljuv kõne, tagasihelistamine, stsenaarium",
     "Tere päevast, {agent} {organisation} klienditeenindusest. Helistan teie pöördumise "
     "{reference} asjus. Kas teil on praegu mõni minut aega?\n- Jah: jätkake.\n- Ei: Millal "
     "võiksin tagasi helistada? (Planeerige tagasihelistamine kokkulepitud ajale.)"),
    ("ro", "article", "Contestarea unei facturi", "factură, contestare, index, contor",
     "Solicitați numărul facturii și codul locului de consum. Comparați indexul contorului cu "
     "cel facturat; dacă diferă, emiteți o factură de corecție și comunicați clientului în "
     "scris termenul estimat."),
    ("ro", "call_script", "Apel efectuat: are clientul timp acum?",
     "apel efectuat, revenire, script",
     "Bună ziua, sunt {agent} de la {organisation}. Vă sun în legătură cu solicitarea "
     "{reference}. Aveți câteva minute să discutăm acum?\n- Da: continuați.\n- Nu: Când vă pot "
     "suna înapoi? (Programați un apel de revenire la ora stabilită.)"),
    ("zh-Hans", "article", "订单退款流程", "退款, 取消订单, 订单",
     "已取消的订单将在5个工作日内原路退回。请先核对订单号，确认取消已生效，再告知客户退款金额和"
     "预计到账时间。切勿向客户索取银行卡信息。"),
    ("zh-Hans", "article", "包裹未送达", "包裹, 快递, 物流, 运单号",
     "请客户提供运单号并查询物流信息；若包裹两个工作日内没有更新，请向快递公司提交查询，并向客户"
     "承诺在约定日期前回复进展，同时建立跟进任务。"),
    ("zh-Hans", "call_script", "外呼话术：您现在方便接听吗？", "外呼, 回电, 话术",
     "您好，我是{organisation}的{agent}，就您的{reference}事宜来电。请问您现在方便通话几分钟吗？\n"
     "- 方便：继续。\n- 不方便：请问什么时候给您回电合适？（按约定时间安排回电。）"),
]


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def add_articles(apps, schema_editor):
    Article = apps.get_model("desk", "KnowledgeArticle")
    for language, kind, title, tags, body in ARTICLES:
        if Article.objects.filter(language=language, title=title).exists():
            continue
        Article.objects.create(language=language, kind=kind, title=title, tags=tags, body=body,
                               search_text=fold(f"{title}\n{tags}\n{body}"))


def remove_articles(apps, schema_editor):
    Article = apps.get_model("desk", "KnowledgeArticle")
    for language, _kind, title, _tags, _body in ARTICLES:
        Article.objects.filter(language=language, title=title, created_by=None).delete()


class Migration(migrations.Migration):
    dependencies = [("desk", "0004_knowledge_and_canned_replies")]
    operations = [migrations.RunPython(add_articles, remove_articles)]
