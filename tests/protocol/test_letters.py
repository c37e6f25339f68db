"""R-LETTER-1 over whole letters: the ways a letter tells the customer what to do next.

Written for Tactful (not taken from an evaluation set): each case is a sentence set into a
letter of the language (salutation, thanks for the customer's letter, sign-off), so only the
sentence decides. Next steps come as requests and imperatives, as conditional invitations
("should you wish to appeal, write to us"), as obligations in the passive ("the form should
be signed and returned") and as where to turn ("our team is available on ..."); a letter that
only informs ("your tariff will change", "your application is being processed") has none.
"""

from __future__ import annotations

import pytest

from tactful.protocol import OrgRules, check_text

FRAMES = {
    "en": ("Dear Mr Smith,\n\nThank you for your letter of 2 May. ",
           "\n\nYours sincerely,\nAnna Lee\nNorthwind Support"),
    "hu": ("Tisztelt Kovács Úr!\n\nKöszönjük május 2-án kelt levelét. ",
           "\n\nTisztelettel:\nNagy Anna\nPannon Energia"),
    "et": ("Lugupeetud härra Tamm!\n\nTäname Teid 2. mai kirja eest. ",
           "\n\nLugupidamisega\nKadri Lepp\nTelekom Eesti"),
    "ro": ("Stimate domnule Popescu,\n\nVă mulțumim pentru scrisoarea din 2 mai. ",
           "\n\nCu stimă,\nAndreea Pop\nRețea Electrica"),
    "zh-Hans": ("尊敬的王先生：\n\n您好！感谢您5月2日的来信。",
                "\n\n路墨商城客户服务部\n2026年5月20日"),
    "zh-Hant": ("王先生您好：\n\n感謝您5月2日的來信。",
                "\n\n路墨商城 客戶服務部 敬上\n2026年5月20日"),
}
ORGS = {"en": "Northwind Support", "hu": "Pannon Energia", "et": "Telekom Eesti",
        "ro": "Rețea Electrica", "zh-Hans": "路墨商城", "zh-Hant": "路墨商城"}

WITH_NEXT_STEP = [
    # a deadline with its date or length
    ("ro", "Actele se depun la secretariat până pe 30 iunie."),
    ("ro", "Confirmarea se face în termen de 5 zile lucrătoare."),
    ("en", "Should you wish to appeal this decision, write to us at the address above within "
           "28 days."),
    ("en", "If you would like to discuss this further, our team is available on 0800 123 456."),
    ("en", "The enclosed form should be signed and returned in the prepaid envelope."),
    ("en", "Write to us at the address above if anything is unclear."),
    ("en", "You can reach us on 0800 123 456 if you have questions."),
    ("en", "The engineer will need access to the meter, so someone must be at home."),
    ("en", "If you disagree with the reading, send us a photo of your meter."),
    ("en", "To accept the offer, sign the enclosed copy and post it back to us."),
    ("hu", "A hátralékot június 30-ig kell befizetnie."),
    ("hu", "Ha nem ért egyet a leolvasással, küldjön nekünk fényképet a mérőóráról."),
    ("hu", "Munkatársaink a 06 1 234 5678-as számon állnak rendelkezésére."),
    ("hu", "A szerződés módosításához be kell küldenie a mellékelt nyilatkozatot."),
    ("hu", "Kérdés esetén forduljon hozzánk bizalommal."),
    ("et", "Palume allkirjastatud vorm tagastada kaasasolevas ümbrikus."),
    ("et", "Võlgnevus tuleb tasuda 30. juuniks."),
    ("et", "Meie klienditeenindus on Teie jaoks avatud numbril 1234 5678."),
    ("et", "Küsimuste korral saate meiega ühendust võtta e-posti teel."),
    ("ro", "Formularul trebuie semnat și returnat în plicul anexat."),
    ("ro", "Colegii noștri vă stau la dispoziție la numărul 0800 123 456."),
    ("ro", "Pentru orice nelămurire ne puteți scrie la adresa de mai sus."),
    ("ro", "Contractul trebuie semnat si trimis inapoi pana la sfarsitul lunii."),
    ("zh-Hans", "欠款须于6月30日前缴清。"),
    ("zh-Hans", "如对读数有异议，可将电表照片发送给我们。"),
    ("zh-Hant", "欠款須於6月30日前繳清。"),
    ("zh-Hant", "如對讀數有異議，可將電錶照片傳給我們。"),
    # nothing further is needed, or an instruction that is all it takes (dev6a)
    ("ro", "Lucrarea este acoperită de garanție și nu este necesar niciun alt demers."),
    ("ro", "Dacă observați din nou probleme, ne puteți anunța la 0800 500 500."),
    ("zh-Hant", "下次結帳時勾選「使用購物金」即可折抵。"),
    ("zh-Hans", "下单时选择“到店自提”即可。"),
    # nothing needed because it happens without an application (dev8a)
    ("ro", "Compensația de 50 de lei se scade automat din factura de septembrie, fără să fie "
           "nevoie de vreo cerere."),
    ("ro", "Dacă nu sunteți de acord cu această soluție, ne puteți răspunde în scris."),
    ("en", "The £50 credit is applied to your September bill automatically, without any "
           "application."),
    ("hu", "Az 5000 forintos jóváírást külön kérelem nélkül a szeptemberi számlán érvényesítjük."),
    ("et", "Hüvitis arvestatakse septembri arvest maha, eraldi taotlust pole vaja esitada."),
    ("et", "Summa kantakse Teie kontole viie tööpäeva jooksul."),
    # an instruction to activate what was sent, and a delivery with its time
    ("en", "Your new card should reach you within five working days; activate it in the app "
           "before first use."),
    ("hu", "Új kártyája öt munkanapon belül megérkezik, első használat előtt aktiválja az "
           "alkalmazásban."),
    ("et", "Enne esimest kasutamist aktiveerige kaart rakenduses."),
    ("ro", "Înainte de prima utilizare, activați-l din aplicație."),
    ("zh-Hans", "您的新卡已寄出，首次使用前请在App中激活。"),
    ("et", "Teilt ei ole vaja rohkem dokumente ega toiminguid, sest kõik vajalik on meil olemas."),
    # requests with verbs the lists lacked, found by probing clean letters in every language
    ("en", "Your parking permit is valid from 1 June. Please display it behind the windscreen."),
    ("en", "The repair is complete. Please unplug the dryer before the technician arrives."),
    ("en", "Your booking is confirmed. Please arrive at the reception desk by 14:00 on 2 June."),
    ("hu", "Az engedélye június 1-jétől érvényes. Kérjük, helyezze el jól láthatóan a szélvédő "
           "mögött."),
    ("hu", "A javítás befejeződött. Kérjük, a szerelő érkezése előtt áramtalanítsa a gépet."),
    ("ro", "Permisul este valabil din 1 iunie. Vă rugăm să îl afișați la vedere, în spatele "
           "parbrizului."),
    ("ro", "Reparația a fost finalizată. Vă rugăm să deconectați uscătorul de la priză."),
    ("zh-Hans", "维修已完成，技术人员上门前请先拔掉烘干机电源。"),
]

WITHOUT = [
    ("en", "Your tariff will change from 1 July. The new unit rate will be 24.5p per kWh."),
    ("en", "Your application is being processed."),
    ("en", "Thank you for taking the time to write to us about the delay."),
    ("en", "If we had received the form earlier, the refund would have been quicker."),
    ("en", "Our team is sorry for the trouble the delay caused."),
    ("hu", "Tájékoztatjuk, hogy július 1-jétől változik az árszabása."),
    ("hu", "Az igénylése feldolgozás alatt áll."),
    # a missing signature stated, nothing asked ("taotlusega" is no "taotluseta")
    ("et", "Taotlusega koos saadetud volikirjal puudub volitaja allkiri."),
    # "înregistrată" (registered) is no "înregistrați" (register!)
    ("ro", "Plata dumneavoastră a fost înregistrată pe 3 mai."),
    ("hu", "Sajnáljuk, hogy a szerelőnek kétszer kellett kimennie."),
    ("et", "Anname teada, et alates 1. juulist muutub Teie paketi hind."),
    ("et", "Teie taotlus on menetlemisel."),
    ("et", "Palume vabandust tekkinud ebamugavuste pärast."),
    ("ro", "Vă informăm că tariful se modifică de la 1 iulie."),
    ("ro", "Cererea dumneavoastră este în curs de procesare."),
    ("ro", "Ne pare rău că a trebuit să reveniți de mai multe ori."),
    ("zh-Hans", "自7月1日起，会员年费将调整为199元。"),
    ("zh-Hans", "您的申请正在处理中。"),
    ("zh-Hant", "您的申請正在處理中。"),
    # a request that asks for patience, not for a step: 'please excuse us', 'please take note'
    ("ro", "Abonamentul a fost suspendat pe 3 mai. Vă rugăm să ne scuzați pentru neplăcere."),
    ("hu", "A díj júliustól 12 000 forintra emelkedik. Kérjük, vegye tudomásul."),
    ("en", "Your card was blocked on 3 May. Please accept our apologies for the delay."),
    # "până la emiterea ei" (until it is issued) sets no deadline (dev12a)
    ("ro", "Factura pe firmă nu a fost încă emisă. Până la emiterea ei, plata apare în cont ca "
     "plată a unei persoane fizice."),
]


def _letter_report(lang: str, sentence: str) -> set[str]:
    head, tail = FRAMES[lang]
    report = check_text(head + sentence + tail, lang=lang, channel="letter", spelling=False,
                        org=_org(lang))
    return set(report.requirements)


_ORG_CACHE: dict[str, OrgRules] = {}


def _org(lang: str) -> OrgRules:
    if lang not in _ORG_CACHE:  # one object per language: packs are compiled per object
        _ORG_CACHE[lang] = OrgRules(organisation=ORGS[lang])
    return _ORG_CACHE[lang]


@pytest.mark.parametrize(("lang", "sentence"), WITH_NEXT_STEP)
def test_a_letter_with_a_next_step_is_silent(lang: str, sentence: str) -> None:
    """R-LETTER-1: a conditional invitation, a passive obligation, where to turn or a plain
    imperative tells the customer what is expected of them."""
    assert "R-LETTER-1" not in _letter_report(lang, sentence)


@pytest.mark.parametrize(("lang", "sentence"), WITHOUT)
def test_a_letter_that_only_informs_is_reported(lang: str, sentence: str) -> None:
    """R-LETTER-1: news, a status, thanks for writing or an apology say nothing of what the
    customer is to do ("kellett kimennie", "a trebuit să reveniți": an obligation in the
    past; "palume vabandust": an apology, no request)."""
    assert "R-LETTER-1" in _letter_report(lang, sentence)
