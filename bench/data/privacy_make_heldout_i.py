"""Build bench/data/privacy_heldout_i.jsonl: held-out privacy set I (2,000 realistic "signalen").

Purpose
    An independent evaluation set for the privacy guard, written without looking at the guard, its tests,
    its benchmarks or the texts of the earlier sets. It measures ordinary use: a Flemish frontline worker
    (OCMW/CAW social worker, school care coordinator, Kind en Gezin nurse, outreach worker, buurtwerker,
    schuldbemiddelaar, jeugdwerker, woonbegeleider, voedselbank volunteer) types a free-text signal of 1-8
    sentences about a structural problem, often with a case. The set is realistic, not adversarial.

Sources
    - Names: first names and surnames drawn once from the PyPI package names-dataset 3.3.1
      (NameDataset().get_top_names per country) and stored in privacy_make_heldout_i_lists.NAMES, so this
      script needs only the standard library. Countries: BE and NL (together about half of all people),
      Morocco and Tunisia (Maghreb), Turkey, Poland, Bulgaria, Moldova (for Romanian names; RO is not in
      the package), Syria, Afghanistan, Ethiopia, Djibouti (Somali names; SO is not in the package),
      Cameroon and Burundi (for Central African names; CD is not in the package), France, Germany, Italy,
      Spain and Albania. Drawn names were cleaned (Latin script only, no single letters, a hand-made list of
      nicknames, cities and clubs removed): 4,590 names. Then every name with a token (casefolded, also
      accent-folded) that occurs in a labelled person_name span of an earlier set bench/data/privacy_*.jsonl
      was dropped (2,119 names), so the 2,471 names left are new to the guard. Particles (van, de, den, el,
      ben, ...) were ignored for that comparison, so "Van der Meer" is kept when "meer" is new.
    - Everything else is hand-written for this set (privacy_make_heldout_i_lists.py): streets, postcodes
      and municipalities, organisations, about 150 clean signal sentences over 14 themes (housing, energy,
      debt, education, childcare, health, mobility, digital exclusion, residence status, work, loneliness,
      youth, disability, food aid), 159 frames that carry personal data, and openers, closers and
      sign-offs (about 350 hand-written sentence skeletons in all).
    - Phone numbers, IBANs, national numbers, e-mail addresses, birth dates and house numbers are invented
      here with a fixed seed. IBANs carry valid Belgian national and IBAN check digits; rijksregisternummers
      carry a valid mod-97 checksum (with the "2" prefix for births from 2000) and match the person's birth
      date and sex when both appear.

Record format
    {"id": "hoi-<kind or clean>-NNN", "text": ..., "spans": [{"kind", "start", "end"}]}; spans are sorted,
    do not overlap, end is exclusive and text[start:end] is exactly the datum. The id names the kind of
    the frame the text was built around (other kinds may occur in the same text) or "clean".

What is labelled
    person_name      every private person: clients, children, family, landlords, and also social workers,
                     volunteers and colleagues. Only the name: titles (dhr., mevr., mw., Madame), articles
                     ("den Ahmed") and words like "fam." stay outside the span. Full names, first names,
                     surnames, "SURNAME First", "F. Surname" and lowercase names are all labelled.
    address          street + house number (+ bus/box, + postcode and locality when written; an address
                     written over two lines is one span that includes the line break), or
                     "postcode locality" alone when it says where someone lives (a postcode may carry a typo).
    birth_date       the date only, without "geboren op", "geb.", "°" or "né(e) le".
    phone            Belgian mobile and landline numbers in the usual layouts, some Dutch and French mobiles.
    email            personal and work e-mail addresses of persons.
    iban             Belgian IBANs with and without spaces.
    national_number  rijksregisternummers / INSZ in several layouts.

What is not labelled (and may occur in clean texts)
    Organisations and services (also when named after a person or saint: Huize Sint-Jozef, Sint-Vincentius),
    streets without a house number, municipalities without a postcode, dates of measures and meetings,
    years, ages, amounts, percentages, opening hours, structured payment references (+++...+++), short
    service numbers (1712). About 800 of the 2,000 texts are clean: they contain no personal data at all.

Run
    python bench/data/privacy_make_heldout_i.py   (writes bench/data/privacy_heldout_i.jsonl)
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
OUT = HERE / "privacy_heldout_i.jsonl"
SEED = 20261205
N_TOTAL = 2000
N_CLEAN = 800

_spec = importlib.util.spec_from_file_location("privacy_make_heldout_i_lists", HERE / "privacy_make_heldout_i_lists.py")
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
FR_STREETS = [s for s in STREETS if s.split()[0] in ("Rue", "Chaussée", "Avenue")]
BXL_STREETS = set(FR_STREETS) | {
    "Sint-Jans-Molenbeekstraat",
    "Ninoofsesteenweg",
    "Haachtsesteenweg",
    "Bergensesteenweg",
    "Vooruitgangstraat",
    "Gallaitstraat",
    "Waterloosesteenweg",
    "Lakenstraat",
    "Paleizenstraat",
    "Lange Lozanastraat",
}
PLACES = [tuple(x.split("|")) for x in (y.strip() for y in L.PLACES) if x]
BXL_PLACES = [p for p in PLACES if p[0].startswith("1") and p[0] < "1300"]
FL_PLACES = [p for p in PLACES if p not in BXL_PLACES]
FR_NAMES = {
    "1000": "Bruxelles",
    "1030": "Schaerbeek",
    "1070": "Anderlecht",
    "1080": "Molenbeek-Saint-Jean",
    "1081": "Koekelberg",
    "1190": "Forest",
    "1210": "Saint-Josse-ten-Noode",
    "1020": "Laeken",
    "1060": "Saint-Gilles",
}
GEMEENTEN = sorted({p[1] for p in PLACES})
ORGS = [o for o in (x.strip() for x in L.ORGS) if o]
# Organisations that would recognise any social problem (for the general closers).
WELFARE_ORGS = [o for o in ORGS if o.split()[-1] in ("OCMW", "Huis", "Oost-Vlaanderen", "Antwerpen", "Limburg")]
WELFARE_ORGS += ["Samenlevingsopbouw", "Sint-Vincentius", "het buurthuis", "het straathoekwerk", "de dienst Welzijn"]
WELFARE_ORGS += ["het Centrum Algemeen Welzijnswerk", "het inloopteam", "de mutualiteit", "Huize Sint-Jozef"]
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

# Sign-offs and asides written by hand; they carry the worker's own name, phone or e-mail.
SIGNOFFS = [
    "Groeten, {w1.first}",
    "Groetjes,\n{w1.full}",
    "Vriendelijke groeten,\n{w1.full}\nmaatschappelijk werker",
    "Mvg, {w1.full} ({org})",
    "- {w1.first}, buurtwerker",
    "Vr. gr.\n{w1.full}\n{w1.wphone}",
    "Bij vragen: {w1.full}, {w1.wmail}",
    "{w1.first} (straathoekwerk) - bereikbaar op {w1.mobile}",
    "Met vriendelijke groet,\n{w1.full}\nZorgcoördinator\n{w1.wmail}",
    "Signaal ingegeven door {w1.full}, woonbegeleiding.",
    "Ingegeven namens mijn collega {w1.full}, die met verlof is.",
    "Kind regards, {w1.first} (outreach, Brussel)",
]

# --------------------------------------------------------------------------------------------- names

COUNTRY_WEIGHTS = {
    "BE": 28,
    "NL": 21,
    "MA": 10,
    "TR": 7,
    "PL": 4,
    "BG": 3,
    "MD": 3,
    "SY": 3,
    "AF": 4,
    "ET": 3,
    "DJ": 2,
    "CM": 3,
    "BI": 1,
    "FR": 2,
    "DE": 1,
    "IT": 2,
    "ES": 1,
    "AL": 2,
}
WORKER_WEIGHTS = {"BE": 60, "NL": 15, "MA": 8, "TR": 5, "FR": 3, "IT": 3, "PL": 2, "CM": 2, "AL": 2}


def _pool(country: str, key: str) -> list[str]:
    names = L.NAMES
    if country == "MA":
        if key == "S":
            return names["MA"]["S"] + names["TN"]["S"]
        return names["MA"][key] + names["TN"][key]
    if country == "SY" and key == "S":
        return names["SY"]["S"] + names["MA"]["S"]
    return names[country][key]


def _weighted(weights: dict[str, int]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


# Birth years of adults by theme, so that a pensioner is not looking for a first job.
ADULT_BIRTH_YEARS = {
    "eenzaamheid": (1930, 1962),
    "werk": (1968, 2004),
    "verblijf": (1970, 2005),
    "onderwijs": (1972, 1995),
    "kinderopvang": (1982, 2004),
    "jeugd": (1970, 1992),
    "voedsel": (1950, 2005),
}
CHILD_BIRTH_YEARS = {
    "kinderopvang": (2023, 2025),
    "gezondheid": (2024, 2025),
    "onderwijs": (2008, 2019),
    "jeugd": (2006, 2012),
    "handicap": (2009, 2019),
}
# People in residence-status cases mostly come from outside the EU.
MIGRATION_WEIGHTS = {"MA": 10, "SY": 8, "AF": 9, "ET": 7, "DJ": 5, "CM": 7, "BI": 3, "AL": 4, "MD": 3, "TR": 4}
CONTEXT = {"theme": ""}


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
            self.sur = rng.choice(_pool(self.country, "S"))
        self.first = rng.choice(_pool(self.country, "F" if self.gender == "f" else "M"))
        if role == "k":
            self.birth = _rand_date(*CHILD_BIRTH_YEARS.get(CONTEXT["theme"], (2009, 2022)))
        elif role == "w":
            self.birth = _rand_date(1965, 2000)
        else:
            self.birth = _rand_date(*ADULT_BIRTH_YEARS.get(CONTEXT["theme"], (1950, 2003)))
        self.home: tuple[str, str, str] | None = None


# --------------------------------------------------------------------------------------------- data makers

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"]
MONTHS += ["november", "december"]
MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sept", "okt", "nov", "dec"]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _rand_date(y0: int, y1: int) -> tuple[int, int, int]:
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, DAYS_IN[m - 1])
    return y, m, d


def fmt_date(date: tuple[int, int, int]) -> str:
    y, m, d = date
    r = rng.random()
    if r < 0.34:
        return f"{d:02d}/{m:02d}/{y}"
    if r < 0.46:
        return f"{d}/{m}/{y}"
    if r < 0.56:
        return f"{d:02d}.{m:02d}.{y}"
    if r < 0.66:
        return f"{d}-{m}-{y % 100:02d}"
    if r < 0.74:
        return f"{d:02d}-{m:02d}-{y}"
    if r < 0.88:
        return f"{d} {MONTHS[m - 1]} {y}"
    if r < 0.93:
        return f"{d} {MONTHS_SHORT[m - 1]} {y}"
    if r < 0.97:
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    return f"{y}-{m:02d}-{d:02d}"


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
    if r < 0.45:
        return f"{yy}.{mm}.{dd}-{sss}.{cc}"
    if r < 0.7:
        return f"{yy}{mm}{dd}{sss}{cc}"
    if r < 0.85:
        return f"{yy}{mm}{dd} {sss} {cc}"
    if r < 0.93:
        return f"{yy}{mm}{dd}-{sss}-{cc}"
    return f"{yy}.{mm}.{dd} {sss}-{cc}"


BANK_CODES = ["001", "063", "068", "083", "088", "103", "143", "310", "320", "363", "377", "523", "630", "651"]
BANK_CODES += ["731", "733", "734", "735", "737", "738", "742", "750", "751", "777", "850", "973", "979"]


def make_iban() -> str:
    bban10 = rng.choice(BANK_CODES) + f"{rng.randrange(10**7):07d}"
    nat = int(bban10) % 97 or 97
    bban = bban10 + f"{nat:02d}"
    check = 98 - int(bban + "111400") % 97  # "BE00" -> B=11, E=14, 00
    iban = f"BE{check:02d}{bban}"
    r = rng.random()
    spaced = " ".join(iban[i : i + 4] for i in range(0, 16, 4))
    if r < 0.62:
        return spaced
    if r < 0.84:
        return iban
    if r < 0.9:
        return spaced.lower()
    if r < 0.96:
        return "BE " + iban[2:4] + " " + " ".join(iban[i : i + 4] for i in range(4, 16, 4))
    return "-".join(iban[i : i + 4] for i in range(0, 16, 4))


def _digits(n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_mobile() -> str:
    r = rng.random()
    if r < 0.04:
        d = _digits(8)
        return rng.choice([f"06 {d}", f"+31 6 {d}", f"06-{d}"])
    if r < 0.07:
        d = [_digits(2) for _ in range(4)]
        return rng.choice([f"06 {' '.join(d)}", f"+33 6 {' '.join(d)}", f"07 {' '.join(d)}"])
    pre = rng.choice(["47", "48", "49"]) + str(rng.randrange(10))
    a, b, c = _digits(2), _digits(2), _digits(2)
    r = rng.random()
    if r < 0.32:
        return f"0{pre} {a} {b} {c}"
    if r < 0.47:
        return f"0{pre}/{a}.{b}.{c}"
    if r < 0.57:
        return f"0{pre}/{a}{b}{c}"
    if r < 0.69:
        return f"+32 {pre} {a} {b} {c}"
    if r < 0.75:
        return f"+32{pre}{a}{b}{c}"
    if r < 0.8:
        return f"0032 {pre} {a} {b} {c}"
    if r < 0.9:
        return f"0{pre}{a}{b}{c}"
    if r < 0.95:
        return f"0{pre} {a}{b[0]} {b[1]}{c}"
    return f"0{pre}-{a}-{b}-{c}"


def make_fixed() -> str:
    zone = rng.choice(["2", "2", "3", "3", "9", "9", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59"])
    zone = rng.choice([zone, zone, "11", "13", "14", "15", "16", "89"])
    if len(zone) == 1:
        a, b, c = _digits(3), _digits(2), _digits(2)
        r = rng.random()
        if r < 0.5:
            return f"0{zone} {a} {b} {c}"
        if r < 0.75:
            return f"0{zone}/{a}.{b}.{c}"
        if r < 0.87:
            return f"+32 {zone} {a} {b} {c}"
        return f"0{zone}/{a}{b}{c}"
    a, b, c = _digits(2), _digits(2), _digits(2)
    r = rng.random()
    if r < 0.55:
        return f"0{zone} {a} {b} {c}"
    if r < 0.8:
        return f"0{zone}/{a}.{b}.{c}"
    if r < 0.9:
        return f"0{zone}/{a}{b}{c}"
    return f"+32 {zone} {a} {b} {c}"


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).replace("ı", "i").replace("ł", "l").replace("Ł", "L")
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in s if not unicodedata.combining(c)).lower())


PERSONAL_DOMAINS = ["gmail.com"] * 6 + ["hotmail.com"] * 3 + ["outlook.com", "outlook.be", "hotmail.be"]
PERSONAL_DOMAINS += ["telenet.be"] * 2 + ["skynet.be", "live.be", "yahoo.fr", "icloud.com", "proximus.be", "msn.com"]
WORK_DOMAINS = ["ocmwgent.be", "stad.gent", "antwerpen.be", "caw.be", "kindengezin.be", "sociaalhuisaalst.be"]
WORK_DOMAINS += ["ocmwlokeren.be", "wgcdemuze.be", "clbnet.be", "lokeren.be", "ocmw-mechelen.be", "leuven.be"]
WORK_DOMAINS += ["vzwdeschakel.be", "samenlevingsopbouw.be", "jac-oost.be", "svkmeetjesland.be", "ocmwhasselt.be"]


def make_email(p: Person, work: bool) -> str:
    f, s = _ascii(p.first), _ascii(p.sur)
    if work:
        dom = rng.choice(WORK_DOMAINS)
        return rng.choice([f"{f}.{s}@{dom}", f"{f}.{s}@{dom}", f"{f[0]}.{s}@{dom}", f"{f}@{dom}"])
    dom = rng.choice(PERSONAL_DOMAINS)
    yy = f"{p.birth[0] % 100:02d}"
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f}{s}",
            f"{f}.{s}{yy}",
            f"{f}{yy}",
            f"{s}.{f}",
            f"{f}_{s}",
            f"{f[0]}{s}",
            f"{f}{p.birth[0]}",
            f"{f}.{s}{rng.randint(1, 99)}",
            f"mama.{f}" if p.gender == "f" else f"{f}.{s}",
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


def _house_number() -> str:
    n = str(int(rng.triangular(1, 260, 18)))
    r = rng.random()
    if r < 0.12:
        return f"{n} bus {rng.randint(1, 24)}"
    if r < 0.2:
        return f"{n}/{rng.randint(1, 12)}"
    if r < 0.25:
        return f"{n}{rng.choice('ABC')}"
    if r < 0.28:
        return f"{n} b{rng.randint(1, 9)}"
    return n


def _street_and_place(french: bool = False) -> tuple[str, str, str]:
    street = rng.choice(FR_STREETS) if french else rng.choice(STREETS)
    pc, gem = rng.choice(BXL_PLACES if street in BXL_STREETS else FL_PLACES)
    if street in FR_STREETS and pc in FR_NAMES and rng.random() < 0.7:
        gem = FR_NAMES[pc]
    return street, pc, gem


def person_home(p: Person, french: bool = False) -> tuple[str, str, str]:
    """Street with number, postcode and locality of one person, drawn once so that lines agree."""
    if p.home is None:
        street, pc, gem = _street_and_place(french)
        p.home = (f"{street} {_house_number()}", pc, gem)
    return p.home


def make_address(p: Person, full: bool, french: bool = False) -> str:
    s, pc, gem = person_home(p, french)
    if not full or rng.random() < 0.2:
        return s
    if rng.random() < 0.04:
        pc = _postcode_typo(pc)
    sep = rng.choice([", ", ", ", ", ", " ", " - ", ", "])
    return f"{s}{sep}{pc} {gem}"


def make_pcgem(p: Person) -> str:
    _s, pc, gem = person_home(p)
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
        return rng.choice([s for s in STREETS if s not in FR_STREETS])
    if name == "org":
        return rng.choice(ORGS)
    if name == "orgw":
        return rng.choice(WELFARE_ORGS)
    if name == "n":
        return str(rng.choice([2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 20, 25]))
    if name == "jaren":
        return str(rng.randint(2, 9))
    if name == "jaar":
        return str(rng.randint(2015, 2025))
    if name == "leeftijd":
        return str(rng.randint(24, 86))
    if name == "kleeft":
        return str(rng.randint(11, 17))
    if name == "pct":
        return str(rng.randint(8, 45))
    if name == "wleeft":
        return str(rng.randint(45, 63))
    if name.startswith("bedrag:"):
        lo, hi = (int(x) for x in name[7:].split("-"))
        v = rng.randint(lo, hi)
        v = v - v % 10 + rng.choice([0, 0, 0, 5, 7]) if v > 100 else v
        s = f"{v:,}".replace(",", ".")
        r = rng.random()
        if r < 0.4:
            return f"€ {s}"
        if r < 0.7:
            return f"{s} euro"
        if r < 0.85:
            return f"€{s}"
        return f"{s},{rng.choice(['00', '50', '35', '80'])} euro"
    if name == "datum":
        m = rng.choice(MONTHS)
        return rng.choice(
            [
                f"1 {m} {rng.randint(2023, 2025)}",
                f"1 januari {rng.randint(2024, 2025)}",
                f"{m}",
                f"{m} vorig jaar",
                "de zomer",
                "de herfstvakantie",
                f"{rng.randint(1, 28)} {m}",
                "begin dit jaar",
            ]
        )
    if name == "dag":
        m = rng.choice(MONTHS)
        wd = rng.choice(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"])
        return rng.choice(
            [
                f"{rng.randint(1, 28)} {m}",
                f"{wd} {rng.randint(1, 28)} {m}",
                wd,
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

TITLES_F = ["mevr. ", "Mevr. ", "mevrouw ", "Mevrouw ", "mw. ", "Mw. ", "mevr ", "Mme "]
TITLES_M = ["dhr. ", "Dhr. ", "meneer ", "Meneer ", "mr. ", "Mr. ", "dhr ", "M. "]
PRON = {
    "zij": ("zij", "hij"),
    "Zij": ("Zij", "Hij"),
    "haar": ("haar", "zijn"),
    "Haar": ("Haar", "Zijn"),
    "hem": ("haar", "hem"),
    "mama": ("mama", "papa"),
    "vrouw": ("vrouw", "man"),
    "zoon": ("dochter", "zoon"),
    "Mevr": ("Mevr.", "Dhr."),
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
        return [(_maybe_lower(f"{p.first} {p.sur}", 0.06), "person_name")]
    if attr == "first":
        return [(_maybe_lower(p.first, 0.06), "person_name")]
    if attr == "sur":
        return [(p.sur, "person_name")]
    if attr == "low":
        return [(f"{p.first} {p.sur}".lower(), "person_name")]
    if attr in ("tsur", "tfull"):
        title = rng.choice(TITLES_F if f else TITLES_M)
        name = p.sur if attr == "tsur" else f"{p.first} {p.sur}"
        return [(title, None), (name, "person_name")]
    if attr == "adm":
        form = rng.choice([f"{p.sur.upper()} {p.first}", f"{p.sur}, {p.first}", f"{p.sur} {p.first}"])
        return [(form, "person_name")]
    if attr == "ini":
        return [(f"{p.first[0]}. {p.sur}", "person_name")]
    if attr == "den":
        return [("den " if not f else "de ", None), (p.first, "person_name")]
    if attr == "bd":
        return [(fmt_date(p.birth), "birth_date")]
    if attr == "nrn":
        return [(make_nrn(p), "national_number")]
    if attr == "iban":
        return [(make_iban(), "iban")]
    if attr == "phone":
        return [(make_mobile() if rng.random() < 0.65 else make_fixed(), "phone")]
    if attr == "mobile":
        return [(make_mobile(), "phone")]
    if attr in ("fixed", "wphone"):
        return [(make_fixed(), "phone")]
    if attr == "email":
        return [(make_email(p, work=False), "email")]
    if attr == "wmail":
        return [(make_email(p, work=True), "email")]
    if attr == "addr":
        return [(make_address(p, full=True), "address")]
    if attr == "street":
        return [(make_address(p, full=False), "address")]
    if attr == "frstreet":
        return [(make_address(p, full=False, french=True), "address")]
    if attr == "pcgem":
        return [(make_pcgem(p), "address")]
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
    return rng.choices([" ", "\n", "\n\n", "  "], weights=[80, 12, 6, 2])[0]


# --------------------------------------------------------------------------------------------- texts


def clean_text() -> tuple[str, list[dict]]:
    theme = rng.choice(THEMES)
    CONTEXT["theme"], CONTEXT["gem"] = theme, ""
    s = SENT[theme]
    body = rng.sample(s["problem"], k=rng.choice([1, 1, 2, 2, 3]))
    if rng.random() < 0.55:
        body.insert(rng.randint(0, len(body)) if rng.random() < 0.3 else len(body), rng.choice(s["case"]))
    pieces = ([opener(theme)] if rng.random() < 0.3 else []) + body
    if rng.random() < 0.45:
        pieces.append(rng.choice(s["ask"]))
    if rng.random() < 0.3:
        pieces.append(rng.choice(CLOSERS))
    people: dict[str, Person] = {}
    parts = [render(p, people) for p in pieces]
    return assemble(parts, [_sep() for _ in parts])


KIND_WEIGHTS = {
    "person_name": 30,
    "address": 15,
    "birth_date": 13,
    "phone": 14,
    "email": 10,
    "iban": 9,
    "national_number": 11,
}


def data_text(kind: str) -> tuple[str, list[dict]]:
    _k, theme, frame = rng.choice(FRAMES_BY_KIND[kind])
    CONTEXT["theme"], CONTEXT["gem"] = theme, ""
    s = SENT[theme]
    before: list[str] = []
    after: list[str] = []
    if rng.random() < 0.15:
        before.append(opener(theme))
    if rng.random() < 0.6:
        before.extend(rng.sample(s["problem"], k=rng.choice([1, 1, 2])))
    templates = [frame]
    if rng.random() < 0.2:
        _k2, _t2, frame2 = rng.choice([f for f in FRAMES if f[1] == theme and f[2] != frame])
        templates.append(shift_slots(frame2, 3))
    if rng.random() < 0.3:
        after.append(rng.choice(s["ask"]))
    if rng.random() < 0.12:
        after.append(rng.choice(CLOSERS))
    if before and before[0] not in OPENERS and rng.random() < 0.25:
        pieces = templates + before + after  # case first, then the structural point
    else:
        pieces = before + templates + after
    if rng.random() < 0.13 and "{w1." not in " ".join(templates):
        pieces.append(rng.choice(SIGNOFFS))
    people: dict[str, Person] = {}
    parts = [render(p, people) for p in pieces]
    seps = [_sep() for _ in parts]
    for i, p in enumerate(pieces[1:]):
        if p in SIGNOFFS:
            seps[i] = rng.choice(["\n\n", "\n"] if "\n" in p else ["\n\n", "\n", " "])
        elif "\n" in p or "\n" in pieces[i]:
            seps[i] = rng.choice(["\n", "\n\n"])  # a pasted list or mail starts on its own line
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
        records.append({"id": f"hoi-{label}-{n:03d}", "text": text, "spans": spans})
        return True

    while counters.get("clean", 0) < N_CLEAN:
        add("clean", *clean_text())
    kinds = list(KIND_WEIGHTS)
    while len(records) < N_TOTAL:
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
