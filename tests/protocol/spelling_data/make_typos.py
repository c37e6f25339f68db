"""Writes <lang>_typos.tsv from <lang>_clean.txt: one realistic typo per sentence (R-TALK-8).

Run from the repository root: ``python tests/protocol/spelling_data/make_typos.py``. The
output is committed; the generator is deterministic (a fixed seed), so a rerun reproduces it.

Each row is ``typo<TAB>correct<TAB>kind<TAB>sentence`` where ``sentence`` is the clean
sentence with the one word replaced. Kinds: ``swap`` (two neighbouring letters exchanged),
``double`` (a letter typed twice), ``drop`` (a letter left out), ``accent`` (one diacritic
left out while the rest of the message keeps its diacritics), ``hand`` (a common real-life
misspelling, listed below). A generated typo is skipped when it is a word of the clean set
(a real word, not a misspelling), or when it is listed in ``REAL_WORDS`` (real words found
on review of the misses; each with its meaning).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).parent
WORD = re.compile(r"(?<![\w@./:-])[^\W\d_]{5,}(?![\w@/:-]|\.\w)")
ACCENTS = {
    "hu": {"á": "a", "é": "e", "í": "i", "ó": "o", "ö": "o", "ő": "ö", "ú": "u", "ü": "u",
           "ű": "ü"},
    "ro": {"ă": "a", "â": "a", "î": "i", "ș": "s", "ț": "t"},
    "et": {"ä": "a", "ö": "o", "õ": "o", "ü": "u"},
    "en": {},
}
# Generated typos that are real words (a different word, not a misspelling), with meanings.
REAL_WORDS: dict[str, dict[str, str]] = {
    "en": {"wile": "a trick", "toady": "a flatterer", "reason": "reason (from reasons)",
           "sable": "a marten", "paced": "walked", "chare": "a chore", "sore": "painful",
           "pace": "speed", "minuets": "dances", "instruction": "from instructions",
           "stat": "a statistic", "compete": "to contend"},
    "hu": {"találhat": "may find", "varosban": "in the scabby one (varos)",
           "jeleink": "our signals", "kérhet": "may ask", "termek": "halls",
           "csapta": "struck"},
    "ro": {"cole": "colas", "cinic": "cynical", "corect": "correct", "serviciu": "service",
           "stadiu": "stage", "pata": "the stain", "cotul": "the elbow", "dori": "to wish",
           "aşteptai": "you were waiting", "sarea": "the salt"},
    "et": {"kannatlikkus": "patience", "koopa": "of the cave", "olevas": "in the existing",
           "maks": "tax, liver", "turvalisel": "on the safe", "ilmud": "you appear",
           "suhtumisse": "into the attitude", "tellimusse": "into the order",
           "olud": "conditions", "vastava": "of the corresponding", "saastime": "we polluted",
           "vahemällu": "into the cache", "kinnitusse": "into the confirmation",
           "saaks": "would get", "taud": "a plague", "sade": "precipitation"},
}
# Common misspellings seen in real writing, each in a sentence of the language.
HAND: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("recieved", "received", "We have recieved your parcel."),
        ("seperate", "separate", "The kettle was sent in a seperate parcel."),
        ("definately", "definitely", "The refund will definately arrive this week."),
        ("adress", "address", "Please confirm your delivery adress."),
        ("accomodate", "accommodate", "We will try to accomodate your request."),
        ("occured", "occurred", "We are sorry the error occured."),
        ("untill", "until", "The code is valid untill Friday."),
        ("tommorow", "tomorrow", "The courier will call you tommorow."),
        ("neccessary", "necessary", "No further action is neccessary."),
        ("succesful", "successful", "Your payment was succesful."),
        ("unfortunatly", "unfortunately", "The item is unfortunatly out of stock."),
        ("sincerly", "sincerely", "We sincerly apologise for the delay."),
        ("guarentee", "guarantee", "The guarentee covers two years."),
        ("wich", "which", "Please tell us wich size you prefer."),
        ("thier", "their", "The couriers update thier status every hour."),
    ],
    "hu": [
        ("muszály", "muszáj", "Nem muszály új rendelést leadnia."),
        ("mindíg", "mindig", "Mindíg szívesen segítünk."),
        ("lessz", "lesz", "A csomag holnap a futárnál lessz."),
        ("kiváncsi", "kíváncsi", "Kiváncsi vagyok a véleményére, kérem, írja meg."),
        ("probálja", "próbálja", "Kérjük, probálja meg újra."),
        ("szivesen", "szívesen", "Szivesen segítünk, kérjük, írjon bátran."),
        ("ujra", "újra", "Kérjük, próbálja meg ujra később."),
        ("kérjűk", "kérjük", "Kérjűk, ellenőrizze a szállítási címét."),
        ("tisztelettell", "tisztelettel", "Tisztelettell: Kovács Anna"),
        ("visszatérités", "visszatérítés", "A visszatérités öt napon belül megtörténik."),
        ("kézbesítyük", "kézbesítjük", "A csomagot holnap kézbesítyük."),
        ("egyszerüen", "egyszerűen", "Egyszerüen válaszoljon erre az e-mailre."),
        ("sajnáljok", "sajnáljuk", "Nagyon sajnáljok a kellemetlenséget."),
    ],
    "ro": [
        ("mulțumin", "mulțumim", "Vă mulțumin pentru răbdare."),
        ("dumneavoastra", "dumneavoastră", "Am verificat comanda dumneavoastra și vă sunăm."),
        ("dumneavostră", "dumneavoastră", "Am primit mesajul dumneavostră."),
        ("aștepăm", "așteptăm", "Vă aștepăm în magazinul nostru."),
        ("livrara", "livrarea", "Vă confirmăm că livrara a fost programată."),
        ("produsu", "produsul", "Am verificat produsu și funcționează."),
        ("imediatt", "imediat", "Vă sunăm imediatt ce aflăm."),
        ("înțelelg", "înțeleg", "Vă înțelelg nemulțumirea."),
        ("rambursara", "rambursarea", "Rambursara a fost aprobată."),
        ("facturra", "factura", "Vă trimitem facturra astăzi."),
        ("scuzze", "scuze", "Ne cerem scuzze pentru întârziere."),
        ("curieurl", "curierul", "Mâine vă sună curieurl."),
    ],
    "et": [
        ("tänn", "täna", "Saadame paki tänn teele."),
        ("vabandme", "vabandame", "Me vabandme tekkinud ebamugavuste pärast."),
        ("klienditenindus", "klienditeenindus", "Meie klienditenindus on avatud iga päev."),
        ("kahuks", "kahjuks", "Me ei saa kahuks seda toodet enam tellida."),
        ("aitah", "aitäh", "Suur aitah, et võtsite meiega ühendust."),
        ("tagasimakke", "tagasimakse", "Teie tagasimakke on kinnitatud."),
        ("kinnitme", "kinnitame", "Me kinnitme Teie tellimuse homme."),
        ("kohaletoimetmine", "kohaletoimetamine", "Paki kohaletoimetmine võtab kaks päeva."),
        ("pakiatomaat", "pakiautomaat", "Pakiatomaat hoiab pakki kolm päeva."),
        ("ühenndust", "ühendust", "Võtame Teiega ühenndust homme."),
        ("kontrolige", "kontrollige", "Palun kontrolige oma postkasti."),
    ],
}


def typos_for(lang: str, seed: int = 8) -> list[tuple[str, str, str, str]]:
    rng = random.Random(seed)
    lines = [x for x in (HERE / f"{lang}_clean.txt").read_text(encoding="utf-8").splitlines()
             if x.strip()]
    vocab = {w.lower() for line in lines for w in re.findall(r"[^\W\d_]+", line)}
    accents = ACCENTS[lang]
    kinds = ["swap", "double", "drop", "accent"] if accents else ["swap", "double", "drop"]
    out: list[tuple[str, str, str, str]] = []
    for n, line in enumerate(lines):
        words = [m for m in WORD.finditer(line) if m.group().islower()]
        if not words:
            continue
        kind = kinds[n % len(kinds)]
        m = rng.choice(words)
        word = m.group()
        typo = _apply(kind, word, rng, accents)
        if kind == "accent" and typo is not None:
            rest = line[:m.start()] + line[m.end():]
            if not any(ch in accents for ch in rest.lower()):
                typo = None  # the message would be all without diacritics: a style, no typo
        if typo is None:
            typo = _apply("swap", word, rng, accents)
            kind = "swap"
        if (typo is None or typo == word or typo.lower() in vocab
                or typo in REAL_WORDS[lang]):
            continue
        out.append((typo, word, kind, line[:m.start()] + typo + line[m.end():]))
    for typo, correct, sentence in HAND[lang]:
        if sentence:
            out.append((typo, correct, "hand", sentence))
    return out


def _apply(kind: str, word: str, rng: random.Random, accents: dict[str, str]) -> str | None:
    if kind == "swap":
        spots = [i for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
        if not spots:
            return None
        i = rng.choice(spots)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "double":
        i = rng.randrange(1, len(word))
        return word[:i] + word[i] + word[i:]
    if kind == "drop":
        i = rng.randrange(1, len(word))
        return word[:i] + word[i + 1:]
    spots = [i for i, ch in enumerate(word) if ch in accents]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + accents[word[i]] + word[i + 1:]


def main() -> None:
    for lang in ("en", "hu", "ro", "et"):
        rows = typos_for(lang)
        body = "".join("\t".join(r) + "\n" for r in rows)
        (HERE / f"{lang}_typos.tsv").write_text(
            "typo\tcorrect\tkind\tsentence\n" + body, encoding="utf-8")
        print(lang, len(rows))


if __name__ == "__main__":
    main()
