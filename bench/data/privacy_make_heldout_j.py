"""Build bench/data/privacy_heldout_j.jsonl: held-out privacy set J (2,000 realistic "signalen").

Purpose
    An independent evaluation set for the privacy guard, written without looking at the guard, its tests,
    its benchmarks or the texts of the earlier sets. Like set I it measures ordinary use: a Flemish frontline
    worker (OCMW/CAW social worker, school care coordinator, Kind en Gezin nurse, outreach worker, buurtwerker,
    schuldbemiddelaar, jeugdwerker, woonbegeleider, voedselbank volunteer) types a free-text signal of 1-8
    sentences about a structural problem, often with a case. The set is realistic, not adversarial. It follows
    set I's card, format and labelling rules, but every frame, sentence, street, organisation and opener is new,
    and so are the names. It leans on what set I had little of: a case told in the middle of a policy text,
    lists of several people, names in lower case and at the very start of a text, Flemish dialect spellings
    ("ons Sandra", "den Jef", "da ze 't nie meer ziet zitten"), birth dates in many notations ("°12/03/1985",
    "geb. 12.3.1985", "(°1985-03-12)", "12/3/'85", "12 mrt. 1985"), addresses with "bus", "/", "app." and
    "bte", bilingual Brussels street names ("Rue de Brabant / Brabantstraat 112"), phone numbers in all usual
    Belgian layouts and some foreign ones (NL, FR, DE, UK, MA, TR, PL, RO).

Sources
    - Names: first names and surnames drawn once from the PyPI package names-dataset 3.3.1
      (NameDataset().get_top_names per country and gender) and stored in privacy_make_heldout_j_lists.NAMES,
      so this script needs only the standard library. Ranks were chosen to avoid set I's draw:
        BE, NL: first names ranks 201-480 per gender, surnames ranks 301-950 (I took the top 200 / 300);
        MA, TR, SY, AF: first names 81-200 (MA to 220, SY to 300), surnames 101-300 (AF to 260, MA and SY
        to 500); PL, CM: first names 81-180, surnames 101-260;
        countries set I did not use (first-name ranks / surname ranks, before cleaning): Algeria 1-150/1-300,
        Egypt 1-200/1-400, Iraq 1-400/1-600 (mostly Kurdish names), Iran 1-110/1-160, India 1-90/1-130,
        Nigeria and Ghana 1-100/1-150, Burkina Faso 1-80/1-120, Angola 1-80/1-250, Brazil 1-90/1-130,
        Portugal 1-250/1-400, Greece 1-90/1-130, Serbia 1-90/1-250, Croatia 1-70/1-100, Czechia, Lithuania
        1-80/1-120, Hungary 1-150/1-200, Russia 1-700/1-1000 (Latin-script entries only; most are Cyrillic).
        Pakistan, Senegal, Guinea, Bosnia and Slovakia are not in the package. A name drawn for two countries
        was kept once, for the first.
      Drawn names were cleaned: Latin script only, no single letters or one-letter tokens, no all-caps, no
      tokens without a vowel, a hand-made list of nicknames, places, clubs and junk removed, Czech names removed
      from the Iranian list, surnames that are first names in the same country removed (except West Africa,
      Algeria and Portuguese-speaking countries), Moroccan and Algerian surnames restricted to usual shapes,
      Hungarian surnames that are Hungarian first names removed.
      Then every name with a token (casefolded and accent-folded, particles van/de/el/ben/... ignored) that
      occurs in a labelled person_name span of any earlier set bench/data/privacy_*.jsonl (sets A-I, dev and
      eval) was dropped: of 7,718 cleaned names 2,144 were dropped and 5,574 kept; two junk first
      names seen when reading samples were removed by hand, so 5,572 are stored. Women from Russia, Czechia,
      Lithuania and Poland get a female surname form, men a male one.
    - Everything else is hand-written for this set (privacy_make_heldout_j_lists.py): 99 Flemish streets,
      29 Brussels streets in French and Dutch, 85 postcodes and municipalities, 46 organisations, 158 clean
      signal sentences over the same 14 themes as set I (wonen, energie, schulden, onderwijs, kinderopvang,
      gezondheid, mobiliteit, digitaal, verblijf, werk, eenzaamheid, jeugd, handicap, voedsel), 213 frames that
      carry personal data (63 built around a name, 38 an address, 34 a birth date, 30 a phone number, 18 an
      e-mail address, 16 an IBAN, 14 a national number), 6 list heads and 26 list items for texts that list
      several people, 14 openers, 12 closers and 10 sign-offs. About 5% of the texts with data are such lists,
      and about 30% tell the case in the middle of two or three policy sentences.
    - Phone numbers, IBANs, national numbers, e-mail addresses, birth dates and house numbers are invented
      here with a fixed seed. IBANs carry valid Belgian national and IBAN check digits; rijksregisternummers
      carry a valid mod-97 checksum (with the "2" prefix for births from 2000) and match the person's birth
      date and sex.

Record format
    {"id": "hoj-<kind or clean>-NNN", "text": ..., "spans": [{"kind", "start", "end"}]}; spans are sorted,
    do not overlap, end is exclusive and text[start:end] is exactly the datum. The id names the kind of
    the frame the text was built around (other kinds may occur in the same text) or "clean".

What is labelled (as in set I)
    person_name      every private person: clients, children, family, landlords, lawyers, and also social
                     workers, volunteers and colleagues. Only the name: titles (dhr., mevr., Mme, meester),
                     articles and dialect words ("den Jef", "ons Sandra") and words like "fam." stay outside the
                     span. Full names, first names, surnames, "SURNAME First", "Surname, First", "F. Surname"
                     and lowercase names are all labelled.
    address          street + house number (+ bus/bte/app./"/", + postcode and locality when written; an
                     address over several lines is one span that includes the line breaks), or
                     "postcode locality" alone when it says where someone lives (a postcode may carry a typo).
                     A bilingual Brussels street ("Rue X / Y-straat 12") is one span.
    birth_date       the date only, without "geboren op", "geb.", "°", "(°" or "né(e) le".
    phone            Belgian mobile and landline numbers in the usual layouts and some foreign mobiles.
    email            personal and work e-mail addresses of persons.
    iban             Belgian IBANs with and without spaces.
    national_number  rijksregisternummers / INSZ in several layouts.

What is not labelled (and may occur in clean texts)
    Organisations and services (also when named after a person or saint), streets without a house number,
    municipalities without a postcode ("geboren te Lier"), dates of measures and meetings, years, ages,
    amounts, percentages, opening hours, structured payment references (+++...+++). About 800 of the 2,000
    texts are clean: they contain no personal data at all.

Run
    python bench/data/privacy_make_heldout_j.py   (writes bench/data/privacy_heldout_j.jsonl)
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "privacy_heldout_j.jsonl"
SEED = 20261206
N_TOTAL = 2000
N_CLEAN = 800

_spec = importlib.util.spec_from_file_location("privacy_make_heldout_j_lists", HERE / "privacy_make_heldout_j_lists.py")
L = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(L)

rng = random.Random(SEED)

# --------------------------------------------------------------------------------------------- parsing lists


def _entries(block: str) -> list[str]:
    """Entries of a hand-written block; a line starting with a space continues the entry above."""
    out: list[str] = []
    for line in block.split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith(" ") and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line.strip())
    return out


STREETS = [s for s in (x.strip() for x in L.STREETS) if s]
BXL_STREETS = [tuple(x.split("|")) for x in (y.strip() for y in L.BXL_STREETS) if x]
PLACES = [tuple(x.split("|")) for x in (y.strip() for y in L.PLACES) if x]
BXL_PLACES = {p[0]: p for p in PLACES if len(p) == 3}
FL_PLACES = [p for p in PLACES if len(p) == 2]
GEMEENTEN = sorted({p[1] for p in FL_PLACES} | {"Gent", "Antwerpen", "Leuven", "Brugge", "Kortrijk", "Hasselt"})
ORGS = [o for o in (x.strip() for x in L.ORGS) if o]
WELFARE_ORGS = [o for o in ORGS if re.search(r"OCMW|CAW|Sociaal Huis|dienstencentr|Welzijnsschakel|Oranjehuis", o)]
OPENERS_BY_THEME = [tuple(o.split("|", 1)) for o in (x.strip() for x in L.CLEAN_OPENERS) if o]
OPENERS = [o for _t, o in OPENERS_BY_THEME]


def opener(theme: str) -> str:
    return rng.choice([o for t, o in OPENERS_BY_THEME if t == "*" or theme in t.split(",")])


CLOSERS = [o for o in (x.strip() for x in L.CLEAN_CLOSERS) if o]

SENT: dict[str, dict[str, list[str]]] = {}
_section = None
for _e in _entries(L.CLEAN_SENTENCES):
    if _e.startswith("=="):
        _theme, _part = _e[2:].strip().split("/")
        _section = SENT.setdefault(_theme, {}).setdefault(_part, [])
    else:
        _section.append(_e)
THEMES = sorted(SENT)

FRAMES: list[tuple[str, str, str]] = []
for _e in _entries(L.FRAMES):
    _kind, _theme, _tpl = _e.split("|", 2)
    FRAMES.append((_kind, _theme, _tpl.replace("\\n", "\n")))
FRAMES_BY_KIND: dict[str, list[tuple[str, str, str]]] = {}
for _f in FRAMES:
    FRAMES_BY_KIND.setdefault(_f[0], []).append(_f)
LIST_HEADS = [x.strip() for x in L.LIST_HEADS if x.strip()]
LIST_ITEMS = {}
for _e in [x.strip() for x in L.LIST_ITEMS if x.strip()]:
    _theme, _item = _e.split("|", 1)
    LIST_ITEMS.setdefault(_theme, []).append(_item)

# Sign-offs written by hand for set J; they carry the worker's own name, phone or e-mail.
SIGNOFFS = [
    "Groetjes, {w1.first}",
    "Met vriendelijke groeten\n{w1.full}\nsociaal werker",
    "{w1.full} (woonbegeleiding) – {w1.mobile}",
    "Vragen? {w1.wmail}",
    "Tot op het overleg,\n{w1.first}",
    "mvg\n{w1.low}",
    "Verstuurd namens het team door {w1.full}.",
    "{w1.first} – brugfiguur\n{w1.wphone}",
    "Hartelijke groet,\n{w1.full}\n{w1.wmail}\n{w1.wphone}",
    "Gr, {w1.first} (CAW)",
]

# --------------------------------------------------------------------------------------------- names

COUNTRY_WEIGHTS = {
    "BE": 28,
    "NL": 20,
    "MA": 8,
    "DZ": 2,
    "TR": 6,
    "PL": 3,
    "AF": 2,
    "SY": 2,
    "IQ": 2,
    "EG": 1,
    "IR": 2,
    "IN": 1,
    "NG": 2,
    "GH": 2,
    "BF": 1,
    "CM": 2,
    "AO": 1,
    "BR": 2,
    "PT": 2,
    "GR": 1,
    "RS": 2,
    "HR": 1,
    "CZ": 1,
    "HU": 1,
    "LT": 1,
    "RU": 2,
}
WORKER_WEIGHTS = {"BE": 58, "NL": 14, "MA": 9, "TR": 5, "PT": 3, "GR": 2, "PL": 3, "CM": 2, "RS": 2, "GH": 2}
# People in residence-status cases mostly come from outside the EU.
MIGRATION_WEIGHTS = {"MA": 6, "DZ": 4, "SY": 6, "AF": 7, "IQ": 6, "IR": 4, "EG": 3, "NG": 4, "GH": 4, "BF": 3}
MIGRATION_WEIGHTS |= {"CM": 5, "AO": 3, "BR": 3, "RU": 4, "TR": 3, "IN": 2}
CONTEXT = {"theme": ""}


def _pool(country: str, key: str) -> list[str]:
    return L.NAMES[country][key]


FEMALE_SURNAME = re.compile(r"(ova|eva|ina|ová|á|ienė|aitė|ytė|utė|ska|cka|dzka)$")


def _surnames(country: str, gender: str) -> list[str]:
    """Surnames of a country; where the form depends on sex (-ova, -ová, -ienė, -ska), the matching form."""
    pool = _pool(country, "S")
    if country in ("RU", "CZ", "LT", "PL"):
        pool = [s for s in pool if bool(FEMALE_SURNAME.search(s)) == (gender == "f")] or pool
    return pool


def _weighted(weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


# Birth years of adults by theme, so that a pensioner is not looking for a first job.
ADULT_BIRTH_YEARS = {
    "eenzaamheid": (1932, 1960),
    "werk": (1970, 2005),
    "verblijf": (1972, 2006),
    "onderwijs": (1973, 1996),
    "kinderopvang": (1984, 2004),
    "jeugd": (1972, 1994),
    "voedsel": (1952, 2005),
}
CHILD_BIRTH_YEARS = {
    "kinderopvang": (2023, 2026),
    "gezondheid": (2024, 2026),
    "onderwijs": (2009, 2020),
    "jeugd": (2007, 2013),
    "handicap": (2008, 2020),
}


class Person:
    def __init__(self, role: str, gender: str | None, family: Person | None = None):
        self.role = role
        self.gender = gender or rng.choice("fm")
        if family is not None and rng.random() < 0.9:
            self.country, self.sur = family.country, family.sur
        else:
            if role == "w":
                weights = WORKER_WEIGHTS
            elif CONTEXT["theme"] == "verblijf" and rng.random() < 0.85:
                weights = MIGRATION_WEIGHTS
            else:
                weights = COUNTRY_WEIGHTS
            self.country = _weighted(weights)
            self.sur = rng.choice(_surnames(self.country, self.gender))
        self.first = rng.choice(_pool(self.country, "F" if self.gender == "f" else "M"))
        if role == "k":
            self.birth = _rand_date(*CHILD_BIRTH_YEARS.get(CONTEXT["theme"], (2008, 2022)))
        elif role == "w":
            self.birth = _rand_date(1966, 2001)
        else:
            self.birth = _rand_date(*ADULT_BIRTH_YEARS.get(CONTEXT["theme"], (1948, 2004)))
        self.home: str | None = None


# --------------------------------------------------------------------------------------------- data makers

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"]
MONTHS += ["november", "december"]
MONTHS_SHORT = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre"]
MOIS += ["novembre", "décembre"]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _rand_date(y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, DAYS_IN[m - 1])
    return y, m, d


def fmt_date(date: tuple[int, int, int], style: str = "") -> str:
    y, m, d = date
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    if style == "apo":
        return rng.choice([f"{d}/{m}/'{y % 100:02d}", f"{d:02d}/{m:02d}/'{y % 100:02d}", f"{d}.{m}.'{y % 100:02d}"])
    r = rng.random()
    if r < 0.24:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.36:
        return f"{d}/{m}/{y}"
    if r < 0.45:
        return f"{d:02d}.{m:02d}.{y}"
    if r < 0.5:
        return f"{d}.{m}.{y}"
    if r < 0.56:
        return f"{d:02d}-{m:02d}-{y}"
    if r < 0.6:
        return f"{d}-{m}-{y % 100:02d}"
    if r < 0.72:
        return f"{d} {MONTHS[m - 1]} {y}"
    if r < 0.78:
        return f"{d} {MONTHS_SHORT[m - 1]} {y}"
    if r < 0.82:
        return f"{d}/{m}/'{y % 100:02d}"
    if r < 0.86:
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if r < 0.91:
        return f"{y}-{m:02d}-{d:02d}"
    if r < 0.95:
        return f"{d:02d}{m:02d}{y}"
    if r < 0.98:
        return f"{d} {MONTHS[m - 1][:3]} {y}"
    return f"{d} {MOIS[m - 1]} {y}"


def make_nrn(person: Person) -> str:
    y, m, d = person.birth
    serial = rng.randrange(1, 998)
    if (serial % 2 == 1) != (person.gender == "m"):
        serial = serial + 1 if serial < 997 else serial - 1
    base = f"{y % 100:02d}{m:02d}{d:02d}{serial:03d}"
    num = int(("2" + base) if y >= 2000 else base)
    check = 97 - num % 97
    yy, mm, dd, sss, cc = base[:2], base[2:4], base[4:6], base[6:9], f"{check:02d}"
    r = rng.random()
    if r < 0.4:
        return f"{yy}.{mm}.{dd}-{sss}.{cc}"
    if r < 0.62:
        return f"{yy}{mm}{dd}{sss}{cc}"
    if r < 0.74:
        return f"{yy}{mm}{dd} {sss} {cc}"
    if r < 0.82:
        return f"{yy}{mm}{dd}-{sss}-{cc}"
    if r < 0.88:
        return f"{yy}.{mm}.{dd}.{sss}.{cc}"
    if r < 0.94:
        return f"{yy}{mm}{dd}-{sss}.{cc}"
    return f"{yy} {mm} {dd} {sss} {cc}"


BANK_CODES = ["000", "001", "063", "068", "083", "088", "096", "103", "143", "310", "320", "363", "377", "523"]
BANK_CODES += ["630", "645", "651", "731", "733", "734", "735", "737", "738", "742", "750", "751", "777", "850"]
BANK_CODES += ["860", "890", "973", "979"]


def make_iban() -> str:
    bban10 = rng.choice(BANK_CODES) + f"{rng.randrange(10**7):07d}"
    nat = int(bban10) % 97 or 97
    bban = bban10 + f"{nat:02d}"
    check = 98 - int(bban + "111400") % 97  # "BE00" -> B=11, E=14, 00
    iban = f"BE{check:02d}{bban}"
    r = rng.random()
    spaced = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    if r < 0.58:
        return spaced
    if r < 0.82:
        return iban
    if r < 0.87:
        return spaced.lower()
    if r < 0.92:
        return iban[:4] + " " + iban[4:7] + "-" + iban[7:14] + "-" + iban[14:]
    if r < 0.96:
        return "BE " + iban[2:4] + " " + " ".join(iban[i : i + 4] for i in range(4, 16, 4))
    return iban.lower()


def _digits(n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_foreign() -> str:
    r = rng.random()
    if r < 0.22:
        return rng.choice([f"+31 6 {_digits(8)}", f"+31 6 {_digits(4)} {_digits(4)}", f"06-{_digits(8)}"])
    if r < 0.4:
        d = " ".join(_digits(2) for _ in range(4))
        return rng.choice([f"+33 6 {d}", f"+33 7 {d}", f"0033 6 {d}"])
    if r < 0.52:
        return f"+49 1{rng.choice(['51', '52', '60', '70', '76'])} {_digits(8)}"
    if r < 0.62:
        return f"+44 7{_digits(3)} {_digits(6)}"
    if r < 0.76:
        return f"+212 6 {_digits(2)} {_digits(2)} {_digits(2)} {_digits(2)}"
    if r < 0.86:
        return f"+90 5{_digits(2)} {_digits(3)} {_digits(2)} {_digits(2)}"
    if r < 0.93:
        return f"+48 {_digits(3)} {_digits(3)} {_digits(3)}"
    return f"+40 7{_digits(2)} {_digits(3)} {_digits(3)}"


def make_mobile() -> str:
    if rng.random() < 0.06:
        return make_foreign()
    pre = rng.choice(["46", "47", "47", "48", "48", "49", "49"]) + str(rng.randrange(10))
    a, b, c = _digits(2), _digits(2), _digits(2)
    r = rng.random()
    if r < 0.26:
        return f"0{pre} {a} {b} {c}"
    if r < 0.38:
        return f"0{pre}/{a}.{b}.{c}"
    if r < 0.46:
        return f"0{pre}/{a}{b}{c}"
    if r < 0.54:
        return f"0{pre} {a}{b[0]} {b[1]}{c}"
    if r < 0.63:
        return f"+32 {pre} {a} {b} {c}"
    if r < 0.67:
        return f"+32 (0){pre} {a} {b} {c}"
    if r < 0.72:
        return f"+32{pre}{a}{b}{c}"
    if r < 0.76:
        return f"0032 {pre} {a} {b} {c}"
    if r < 0.86:
        return f"0{pre}{a}{b}{c}"
    if r < 0.91:
        return f"0{pre}.{a}.{b}.{c}"
    if r < 0.96:
        return f"0{pre}-{a}-{b}-{c}"
    return f"0{pre}/{a} {b} {c}"


def make_fixed() -> str:
    zone = rng.choice(["2", "2", "3", "3", "9", "9", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59"])
    zone = rng.choice([zone, zone, "11", "12", "13", "14", "15", "16", "89"])
    if len(zone) == 1:
        a, b, c = _digits(3), _digits(2), _digits(2)
        r = rng.random()
        if r < 0.42:
            return f"0{zone} {a} {b} {c}"
        if r < 0.64:
            return f"0{zone}/{a}.{b}.{c}"
        if r < 0.74:
            return f"+32 {zone} {a} {b} {c}"
        if r < 0.82:
            return f"0{zone}/{a} {b} {c}"
        if r < 0.9:
            return f"0{zone}-{a} {b} {c}"
        return f"0{zone}{a}{b}{c}"
    a, b, c = _digits(2), _digits(2), _digits(2)
    r = rng.random()
    if r < 0.45:
        return f"0{zone} {a} {b} {c}"
    if r < 0.7:
        return f"0{zone}/{a}.{b}.{c}"
    if r < 0.8:
        return f"0{zone}/{a}{b}{c}"
    if r < 0.9:
        return f"+32 {zone} {a} {b} {c}"
    return f"0{zone} {a}{b}{c}"


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


PERSONAL_DOMAINS = ["gmail.com"] * 7 + ["hotmail.com"] * 3 + ["outlook.com", "outlook.be", "hotmail.be", "live.com"]
PERSONAL_DOMAINS += ["telenet.be"] * 2 + ["skynet.be", "yahoo.com", "icloud.com", "proximus.be", "gmx.net"]
PERSONAL_DOMAINS += ["hotmail.fr", "yahoo.fr", "mail.ru", "wp.pl"]
WORK_DOMAINS = ["ocmwdeinze.be", "zottegem.be", "cawbrussel.be", "geel.be", "sociaalhuisaalter.be"]
WORK_DOMAINS += ["kindengezin.be", "vzwdesloep.be", "wgc-rabot.be", "sint-truiden.be", "jeugdwerknet.be"]
WORK_DOMAINS += ["ocmw-izegem.be", "maasmechelen.be", "cawbovenschelde.be", "lokaalbestuurlebbeke.be"]


def make_email(p: Person, work: bool) -> str:
    f, s = _ascii(p.first), _ascii(p.sur)
    if work:
        dom = rng.choice(WORK_DOMAINS)
        return rng.choice([f"{f}.{s}@{dom}", f"{f}.{s}@{dom}", f"{f[0]}{s}@{dom}", f"{f}@{dom}", f"{s}.{f}@{dom}"])
    dom = rng.choice(PERSONAL_DOMAINS)
    yy = f"{p.birth[0] % 100:02d}"
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f}{s}",
            f"{f}{s}{yy}",
            f"{f}_{yy}",
            f"{s}{f}",
            f"{f}-{s}",
            f"{f}.{s[0]}",
            f"{f}.{p.birth[0]}",
            f"{s}.{f}{rng.randint(1, 99)}",
            f"{f}{s[:3]}",
        ]
    )
    return f"{local}@{dom}"


def _postcode_typo(pc: str) -> str:
    r = rng.random()
    if r < 0.5:
        return pc[1] + pc[0] + pc[2:]
    if r < 0.8:
        return pc[:-1]
    return pc + pc[-1]


def _house_number(french: bool = False) -> str:
    n = str(int(rng.triangular(1, 240, 14)))
    r = rng.random()
    if french and r < 0.3:
        return rng.choice(
            [f"{n} bte {rng.randint(1, 30)}", f"{n}/{rng.randint(1, 9)}", f"{n} boîte {rng.randint(1, 12)}"]
        )
    if r < 0.12:
        return f"{n} bus {rng.randint(1, 30)}"
    if r < 0.16:
        return f"{n} bus 0{rng.randint(1, 4)}.{rng.randint(1, 9)}"
    if r < 0.24:
        return f"{n}/{rng.randint(1, 14)}"
    if r < 0.28:
        return f"{n}/{rng.choice(['A', 'B', '0'])}{rng.randint(1, 3)}"
    if r < 0.32:
        return f"{n}{rng.choice('ABCD')}"
    if r < 0.35:
        return f"{n} b.{rng.randint(1, 9)}"
    if r < 0.37:
        return f"{n}-{int(n) + 2}"
    return n


def _fl_place() -> tuple[str, str]:
    return rng.choice(FL_PLACES)


def _join(street: str, pc: str, gem: str) -> str:
    if rng.random() < 0.04:
        pc = _postcode_typo(pc)
    sep = rng.choice([", ", ", ", ", ", " ", " - ", ", "])
    return f"{street}{sep}{pc} {gem}"


def make_address(p: Person, style: str) -> str:
    """style: full (street + number + maybe place), street, app, bxl."""
    if style == "bxl":
        fr, nl, pcs = rng.choice(BXL_STREETS)
        pc = rng.choice(pcs.split(","))
        _pc, gem_nl, gem_fr = BXL_PLACES[pc]
        r = rng.random()
        if r < 0.35:
            street, gem = f"{fr} {_house_number(True)}", gem_fr
        elif r < 0.65:
            street, gem = f"{nl} {_house_number()}", gem_nl
        elif r < 0.85:
            street, gem = f"{fr} / {nl} {_house_number()}", rng.choice([gem_nl, gem_fr])
        else:
            street, gem = f"{nl}/{fr} {_house_number()}", gem_nl
        return street if rng.random() < 0.25 else _join(street, pc, gem)
    if p.home is None:
        p.home = f"{rng.choice(STREETS)} {_house_number()}"
    pc, gem = _fl_place()
    if style == "app":
        base = p.home.split(" bus ")[0].split("/")[0]
        apt = rng.choice(
            [
                f" app. {rng.randint(1, 40)}",
                f", app. {rng.randint(1, 5)}.{rng.randint(1, 9)}",
                f" app {rng.randint(1, 24)}",
            ]
        )
        street = base + apt
        return street if rng.random() < 0.45 else _join(street, pc, gem).replace("\n", ", ")
    if style == "street" or rng.random() < 0.2:
        return p.home
    return _join(p.home, pc, gem)


def make_pcgem() -> str:
    pc, gem = _fl_place()
    if rng.random() < 0.04:
        pc = _postcode_typo(pc)
    return f"{pc} {gem}"


# --------------------------------------------------------------------------------------------- fillers


def filler(name: str) -> str:
    if name == "gem":
        if not CONTEXT.get("gem"):
            CONTEXT["gem"] = rng.choice(GEMEENTEN)  # one municipality per text
        return CONTEXT["gem"]
    if name == "straat":
        return rng.choice(STREETS)
    if name == "org":
        return rng.choice(ORGS)
    if name == "orgw":
        return rng.choice(WELFARE_ORGS)
    if name == "n":
        return str(rng.choice([2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 11, 12, 15, 18, 30]))
    if name == "jaren":
        return str(rng.randint(2, 8))
    if name == "jaar":
        return str(rng.randint(2016, 2026))
    if name == "kleeft":
        return str(rng.randint(12, 17))
    if name == "pct":
        return str(rng.randint(10, 60))
    if name.startswith("bedrag:"):
        lo, hi = (int(x) for x in name[7:].split("-"))
        v = rng.randint(lo, hi)
        v = v - v % 10 + rng.choice([0, 0, 0, 5, 9]) if v > 100 else v
        s = f"{v:,}".replace(",", ".")
        r = rng.random()
        if r < 0.45:
            return f"€ {s}"
        if r < 0.7:
            return f"{s} euro"
        if r < 0.85:
            return f"{s} EUR"
        return f"€{s},{rng.choice(['00', '50', '20', '75'])}"
    if name == "datum":
        m = rng.choice(MONTHS)
        return rng.choice(
            [f"{rng.randint(1, 28)} {m} {rng.randint(2024, 2026)}", f"{m}", f"eind {m}", "de paasvakantie", "nieuwjaar"]
        )
    if name == "dag":
        m = rng.choice(MONTHS)
        wd = rng.choice(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"])
        return rng.choice(
            [
                f"{rng.randint(1, 28)} {m}",
                f"{wd} {rng.randint(1, 28)} {m}",
                f"{wd} {rng.randint(1, 28)}/{rng.randint(1, 12)}",
            ]
        )
    if name == "ref":
        base = f"{rng.randrange(10**10):010d}"
        c = int(base) % 97 or 97
        d = base + f"{c:02d}"
        return f"+++{d[:3]}/{d[3:7]}/{d[7:]}+++"
    raise KeyError(name)


# --------------------------------------------------------------------------------------------- rendering

TITLES_F = ["mevr. ", "Mevr. ", "mevrouw ", "Mevrouw ", "mw. ", "Mw. ", "Mme ", "madame "]
TITLES_M = ["dhr. ", "Dhr. ", "meneer ", "Meneer ", "mijnheer ", "Mr. ", "dhr ", "M. "]
PRON = {
    "zij": ("zij", "hij"),
    "Zij": ("Zij", "Hij"),
    "haar": ("haar", "zijn"),
    "Haar": ("Haar", "Zijn"),
    "hem": ("haar", "hem"),
}

Seg = tuple[str, str | None]


def _maybe_lower(s: str, p: float) -> str:
    return s.lower() if rng.random() < p else s


def render_slot(p: Person, attr: str) -> list[Seg]:
    """Segments (text, kind or None) for one attribute of a person."""
    f = p.gender == "f"
    if attr in PRON:
        return [(PRON[attr][0 if f else 1], None)]
    if attr == "full":
        return [(_maybe_lower(f"{p.first} {p.sur}", 0.07), "person_name")]
    if attr == "first":
        return [(_maybe_lower(p.first, 0.08), "person_name")]
    if attr == "sur":
        return [(p.sur, "person_name")]
    if attr == "low":
        return [(rng.choice([f"{p.first} {p.sur}", p.first, f"{p.first} {p.sur}"]).lower(), "person_name")]
    if attr in ("tsur", "tfull"):
        title = rng.choice(TITLES_F if f else TITLES_M)
        name = p.sur if attr == "tsur" else f"{p.first} {p.sur}"
        return [(title, None), (name, "person_name")]
    if attr == "adm":
        form = rng.choice([f"{p.sur.upper()} {p.first}", f"{p.sur}, {p.first}", f"{p.sur.upper()}, {p.first}"])
        return [(form, "person_name")]
    if attr == "ini":
        return [(rng.choice([f"{p.first[0]}. {p.sur}", f"{p.first} {p.sur[0]}."]), "person_name")]
    if attr == "bd":
        return [(fmt_date(p.birth), "birth_date")]
    if attr in ("bdiso", "bdapo"):
        return [(fmt_date(p.birth, attr[2:]), "birth_date")]
    if attr == "nrn":
        return [(make_nrn(p), "national_number")]
    if attr == "iban":
        return [(make_iban(), "iban")]
    if attr == "phone":
        return [(make_mobile() if rng.random() < 0.6 else make_fixed(), "phone")]
    if attr == "mobile":
        return [(make_mobile(), "phone")]
    if attr in ("fixed", "wphone"):
        return [(make_fixed(), "phone")]
    if attr == "fphone":
        return [(make_foreign(), "phone")]
    if attr == "email":
        return [(make_email(p, work=False), "email")]
    if attr == "wmail":
        return [(make_email(p, work=True), "email")]
    if attr == "addr":
        return [(make_address(p, "full"), "address")]
    if attr in ("street", "app", "bxl"):
        return [(make_address(p, attr), "address")]
    if attr == "pcgem":
        return [(make_pcgem(), "address")]
    raise KeyError(attr)


def _parent_slot(idx: str) -> str:
    """The first adult of the same frame (frames added second are shifted by three slots)."""
    return f"p{1 + 3 * ((int(idx) - 1) // 3)}"


TOKEN = re.compile(r"\{([pkw])(\d)([fm]?)\.(\w+)\}|\{(\w+(?::\d+-\d+)?)\}")


def render(template: str, people: dict[str, Person]) -> list[Seg]:
    for role, idx, g, _attr, _ in TOKEN.findall(template):
        if role and g:
            key = role + idx
            if key not in people:
                family = people.get(_parent_slot(idx)) if role == "k" else None
                people[key] = Person(role, g, family)
            elif people[key].gender != g:
                raise ValueError("gender clash")
    segs: list[Seg] = []
    pos = 0
    for m in TOKEN.finditer(template):
        segs.append((template[pos : m.start()], None))
        pos = m.end()
        if m.group(5):
            segs.append((filler(m.group(5)), None))
            continue
        role, idx, _g, attr = m.group(1), m.group(2), m.group(3), m.group(4)
        key = role + idx
        if key not in people:
            family = None
            if role == "k":
                family = people.get(_parent_slot(idx))
            elif key in ("p2", "p3") and "p1" in people and rng.random() < 0.3:
                family = people["p1"]
            people[key] = Person(role, None, family)
        segs.extend(render_slot(people[key], attr))
    segs.append((template[pos:], None))
    return segs


def shift_slots(template: str, offset: int) -> str:
    return re.sub(r"\{([pkw])(\d)", lambda m: "{" + m.group(1) + str(int(m.group(2)) + offset), template)


def assemble(parts: list[list[Seg]], seps: list[str]) -> tuple[str, list[dict]]:
    text = ""
    spans: list[dict] = []
    for i, segs in enumerate(parts):
        if i:
            text += seps[i - 1]
        for s, kind in segs:
            if kind:
                prev = spans[-1] if spans else None
                gap = text[prev["end"] :] if prev else None
                if prev and prev["kind"] == kind and (kind, gap) in (("person_name", " "), ("address", "\n")):
                    prev["end"] = len(text) + len(s)  # "{p1.first} {p1.sur}" is one name; so is a two-line address
                else:
                    spans.append({"kind": kind, "start": len(text), "end": len(text) + len(s)})
            text += s
    return text, spans


def _sep() -> str:
    return rng.choices([" ", "\n", "\n\n", "  "], weights=[78, 13, 7, 2])[0]


# --------------------------------------------------------------------------------------------- texts


def clean_text() -> tuple[str, list[dict]]:
    theme = rng.choice(THEMES)
    CONTEXT["theme"], CONTEXT["gem"] = theme, ""
    s = SENT[theme]
    body = rng.sample(s["problem"], k=rng.choice([1, 1, 2, 2, 3, 4]))
    if rng.random() < 0.55:
        body.insert(rng.randint(0, len(body)), rng.choice(s["case"]))
    pieces = ([opener(theme)] if rng.random() < 0.3 else []) + body
    if rng.random() < 0.45:
        pieces.append(rng.choice(s["ask"]))
    if rng.random() < 0.3:
        pieces.append(rng.choice(CLOSERS))
    people: dict[str, Person] = {}
    parts = [render(p, people) for p in pieces]
    return assemble(parts, [_sep() for _ in parts])


KIND_WEIGHTS = {
    "person_name": 27,
    "address": 15,
    "birth_date": 15,
    "phone": 14,
    "email": 10,
    "iban": 9,
    "national_number": 10,
}
NAME_START = re.compile(r"^\{[pkw]\d[fm]?\.(full|first|low|adm|sur|ini)\}")


def list_text() -> tuple[str, list[dict]]:
    """A pasted list of several people (with a birth date or a phone number now and then)."""
    theme = rng.choice(sorted(LIST_ITEMS))
    CONTEXT["theme"], CONTEXT["gem"] = theme, ""
    s = SENT[theme]
    extra = rng.choice(["", "", "", " ({p.bd})", ", °{p.bd}", " – {p.phone}"])
    name = rng.choice(["{p.full}", "{p.full}", "{p.adm}", "{p.first}", "{p.tfull}"])
    bullet = rng.choice(["- ", "* ", "• ", ""])
    items = rng.sample(LIST_ITEMS[theme], k=min(len(LIST_ITEMS[theme]), rng.randint(2, 5)))
    lines = [
        bullet + (name + extra + ": " + item).replace("{p.", "{p" + str(i) + ".") for i, item in enumerate(items, 1)
    ]
    pieces = rng.sample(s["problem"], k=rng.choice([1, 2])) if rng.random() < 0.6 else []
    head = len(pieces)
    pieces += [rng.choice(LIST_HEADS), "\n".join(lines)]
    if rng.random() < 0.4:
        pieces.append(rng.choice(s["ask"]))
    people: dict[str, Person] = {}
    parts = [render(p, people) for p in pieces]
    seps = [_sep() for _ in parts]
    seps[head] = "\n"
    if len(pieces) > head + 2:
        seps[head + 1] = "\n\n"
    return assemble(parts, seps)


def data_text(kind: str) -> tuple[str, list[dict]]:
    _k, theme, frame = rng.choice(FRAMES_BY_KIND[kind])
    CONTEXT["theme"], CONTEXT["gem"] = theme, ""
    s = SENT[theme]
    before: list[str] = []
    after: list[str] = []
    policy = rng.random() < 0.3  # a case told in the middle of a policy text
    if policy:
        before = rng.sample(s["problem"], k=min(len(s["problem"]), rng.choice([2, 2, 3])))
        after = [x for x in s["problem"] if x not in before][: rng.choice([0, 1])]
        after += [rng.choice(s["ask"])] if rng.random() < 0.7 else []
    else:
        if rng.random() < 0.15:
            before.append(opener(theme))
        if rng.random() < 0.5:
            before.extend(rng.sample(s["problem"], k=rng.choice([1, 1, 2])))
        if rng.random() < 0.3:
            after.append(rng.choice(s["ask"]))
    if rng.random() < 0.1:
        after.append(rng.choice(CLOSERS))
    templates = [frame]
    if rng.random() < 0.2:
        _k2, _t2, frame2 = rng.choice([f for f in FRAMES if f[1] == theme and f[2] != frame])
        templates.append(shift_slots(frame2, 3))
    if not policy and NAME_START.match(frame) and rng.random() < 0.45:
        pieces = templates + [x for x in before if x not in OPENERS] + after  # the name opens the text
    elif not policy and before and before[0] not in OPENERS and rng.random() < 0.2:
        pieces = templates + before + after
    else:
        pieces = before + templates + after
    if rng.random() < 0.12 and "{w1." not in " ".join(templates):
        pieces.append(rng.choice(SIGNOFFS))
    people: dict[str, Person] = {}
    parts = [render(p, people) for p in pieces]
    seps = [_sep() for _ in parts]
    for i, p in enumerate(pieces[1:]):
        if p in SIGNOFFS:
            seps[i] = rng.choice(["\n\n", "\n"] if "\n" in p else ["\n\n", "\n", " "])
        elif "\n" in p or "\n" in pieces[i]:
            seps[i] = rng.choice(["\n", "\n\n"])  # a pasted list or mail starts on its own line
        elif pieces[i][-1] not in ".?!:)'\"" and seps[i] == " ":
            seps[i] = "\n"  # a quick note without a full stop ends its line
    return assemble(parts, seps)


def check(text: str, spans: list[dict]) -> None:
    last = 0
    for sp in spans:
        assert sp["start"] >= last and sp["end"] > sp["start"], (text, spans)
        datum = text[sp["start"] : sp["end"]]
        assert datum == datum.strip() and datum, (text, sp)
        last = sp["end"]


def main() -> None:
    records: list[dict] = []
    seen: set[str] = set()
    counters: dict[str, int] = {}

    def add(label: str, text: str, spans: list[dict]) -> bool:
        if text in seen:
            return False
        check(text, spans)
        seen.add(text)
        n = counters.get(label, 0)
        counters[label] = n + 1
        records.append({"id": f"hoj-{label}-{n:03d}", "text": text, "spans": spans})
        return True

    while counters.get("clean", 0) < N_CLEAN:
        add("clean", *clean_text())
    kinds = list(KIND_WEIGHTS)
    while len(records) < N_TOTAL:
        if rng.random() < 0.05:
            text, spans = list_text()
            kind = "person_name"
        else:
            kind = rng.choices(kinds, weights=[KIND_WEIGHTS[k] for k in kinds])[0]
            text, spans = data_text(kind)
        assert spans, text
        add(kind, text, spans)
    rng.shuffle(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
