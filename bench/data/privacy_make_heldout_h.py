"""Generate the held-out privacy evaluation set H (bench/data/privacy_heldout_h.jsonl).

Written by an independent helper who had not seen the privacy guard's code, word lists, tests
or earlier generators. Of the earlier bench/data/privacy_*.jsonl sets only one line was read, to
copy the JSON format; otherwise their texts were only scanned by script, to drop every
hand-written name whose tokens occur in them (see the lists module) and to re-check that here.

Sources: hand lists only (bench/data/privacy_make_heldout_h_lists.py: first names and surnames
of the origins living in Flanders and Brussels, written from general knowledge), plus the
hand-written street names, municipalities, sentences and text frames in this file. No name
package, name-frequency table or word list was used. Standard library only, fixed seed.

Each line: {"id": "hoh-<kind or clean>-NNN", "text": ..., "spans": [{"kind", "start", "end"}]}
with spans sorted, non-overlapping, `end` exclusive. Kinds: person_name, address, birth_date,
phone, email, iban, national_number. Every personal datum in a text is labelled, also the
names, phones and e-mail addresses of social workers and colleagues (they are private persons).
An address span is street + number (+ postcode and locality when written), or "postcode
locality" alone when it says where someone lives; a birth_date span is the date only, without
"geboren op" or the "°" sign. Not labelled: organisations (also when named after a person),
streets without a house number, municipalities without a postcode, public figures and saints,
policy, meeting and founding dates, a year of birth alone, ages, amounts, dossier/reference/
KBO/court numbers, structured payment references, short service numbers (1712, 106).

Text frames: team-meeting minutes (notulen), case discussion in bullets, voice dictation without
punctuation and with spoken numbers, tab-separated tables pasted from a spreadsheet, forwarded
e-mails with signature blocks, SMS/WhatsApp shorthand, referral letters, home-visit reports,
school care meetings (MDO), Brussels Dutch-French mixing, intake/CRM exports, chat messages with
@mentions, budget-guidance notes, long texts with the personal data in the middle, and any of
these in ALL CAPS. Names appear as full names, first name only on second mention, with titles
outside the span, as initials ("J. Peeters"), as "SURNAME First" and "Surname, First", with
particles and as hyphenated or double surnames.

Usage: .venv/bin/python bench/data/privacy_make_heldout_h.py
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import privacy_make_heldout_h_lists as lists  # noqa: E402

SEED = 20261205
N_TEXTS = 2000
N_CLEAN = 720
OUT = HERE / "privacy_heldout_h.jsonl"
KINDS = ("person_name", "address", "birth_date", "phone", "email", "iban", "national_number")
# How many personal-data texts are written "for" each kind (the kind in the id).
FOCUS_WEIGHTS = {
    "person_name": 330,
    "address": 170,
    "birth_date": 165,
    "phone": 165,
    "email": 150,
    "iban": 150,
    "national_number": 150,
}

rng = random.Random(SEED)


def pick(seq):
    return rng.choice(seq)


def chance(p):
    return rng.random() < p


# ---------------------------------------------------------------------------
# Names

FIRST_BY_ORIGIN = {k: v.split() for k, v in lists.FIRST_NAMES.items()}
SUR_BY_ORIGIN = {k: [s.strip() for s in v.replace("\n", " ").split("|")] for k, v in lists.SURNAMES.items()}
ALL_FIRST = [n for v in FIRST_BY_ORIGIN.values() for n in v]
ALL_SUR = [n for v in SUR_BY_ORIGIN.values() for n in v]
SINGLE_SUR = [s for s in ALL_SUR if " " not in s and "-" not in s]


class Person:
    """A private person; renders name forms as segment lists."""

    def __init__(self):
        origin = pick(list(FIRST_BY_ORIGIN))
        self.first = pick(FIRST_BY_ORIGIN[origin])
        if origin in ("flemish_dutch", "walloon_french", "moroccan_berber", "mix") and chance(0.08):
            second = pick(FIRST_BY_ORIGIN[origin])
            if second != self.first:
                self.first = f"{self.first}-{second}"  # Jean-Pierre style compound first name
        if chance(0.12):
            self.last = pick(SUR_BY_ORIGIN["with_particles"])
        elif origin in SUR_BY_ORIGIN and chance(0.7):
            self.last = pick(SUR_BY_ORIGIN[origin])
        else:
            self.last = pick(ALL_SUR)
        same = [x for x in SUR_BY_ORIGIN.get(origin, SINGLE_SUR) if " " not in x and "-" not in x]
        other = pick(same or SINGLE_SUR)
        r = rng.random()
        if r < 0.06 and other != self.last:  # hyphenated double surname
            self.last = f"{self.last}-{other}"
        elif r < 0.10 and other != self.last:  # two surnames without hyphen (Portuguese, Filipino)
            self.last = f"{self.last} {other}"
        self.middle = pick(FIRST_BY_ORIGIN[origin]) if chance(0.06) else None
        self.title = pick(["mevrouw", "meneer", "mevr.", "dhr.", "mw.", "mr.", "mevrouw", "meneer"])

    def full(self):
        if self.middle:
            return f"{self.first} {self.middle} {self.last}"
        return f"{self.first} {self.last}"

    def initial(self):
        if self.middle and chance(0.5):
            return f"{self.first[0]}.{self.middle[0]}. {self.last}"
        if "-" in self.first and chance(0.7):
            a, b = self.first.split("-", 1)
            return f"{a[0]}.-{b[0]}. {self.last}"
        return f"{self.first[0]}. {self.last}"

    def caps_last(self):
        return f"{self.last.upper()} {self.first}"

    def comma(self):
        return f"{self.last}, {self.first}"

    def any_form(self, titles=True):
        """A first mention: a segment list."""
        r = rng.random()
        if r < 0.50:
            return [("person_name", self.full())]
        if r < 0.65 and titles:
            return [self.title + " ", ("person_name", self.last)]
        if r < 0.75 and titles:
            return [self.title + " ", ("person_name", self.initial())]
        if r < 0.87:
            return [("person_name", self.initial())]
        if r < 0.94:
            return [("person_name", self.caps_last())]
        return [("person_name", self.full())]

    def again(self):
        """A second mention: first name, or title + surname."""
        if chance(0.6):
            return [("person_name", self.first)]
        return [self.title + " ", ("person_name", self.last)]


FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d", "ə": "e"})


def ascii_fold(s):
    s = s.translate(FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def mail_part(s):
    return re.sub(r"[^a-z0-9]", "", ascii_fold(s).lower())


# ---------------------------------------------------------------------------
# Places (municipalities are public geography; streets invented or generic)

MUNICIPALITIES = [
    ("9000", "Gent"),
    ("9040", "Sint-Amandsberg"),
    ("9050", "Ledeberg"),
    ("2000", "Antwerpen"),
    ("2060", "Antwerpen"),
    ("2140", "Borgerhout"),
    ("2100", "Deurne"),
    ("2170", "Merksem"),
    ("2800", "Mechelen"),
    ("3000", "Leuven"),
    ("3010", "Kessel-Lo"),
    ("3500", "Hasselt"),
    ("3600", "Genk"),
    ("3580", "Beringen"),
    ("3920", "Lommel"),
    ("8000", "Brugge"),
    ("8400", "Oostende"),
    ("8500", "Kortrijk"),
    ("8800", "Roeselare"),
    ("8900", "Ieper"),
    ("9300", "Aalst"),
    ("9100", "Sint-Niklaas"),
    ("9200", "Dendermonde"),
    ("9400", "Ninove"),
    ("1800", "Vilvoorde"),
    ("1500", "Halle"),
    ("1700", "Dilbeek"),
    ("1930", "Zaventem"),
    ("2300", "Turnhout"),
    ("2200", "Herentals"),
    ("2400", "Mol"),
    ("2500", "Lier"),
    ("3200", "Aarschot"),
    ("3300", "Tienen"),
    ("9600", "Ronse"),
    ("9700", "Oudenaarde"),
    ("8700", "Tielt"),
    ("8600", "Diksmuide"),
    ("3700", "Tongeren"),
    ("3900", "Pelt"),
    ("1000", "Brussel"),
    ("1080", "Sint-Jans-Molenbeek"),
    ("1070", "Anderlecht"),
    ("1030", "Schaarbeek"),
    ("1210", "Sint-Joost-ten-Node"),
    ("1190", "Vorst"),
]
STREETS = [
    "Kapelstraat",
    "Molenstraat",
    "Statiestraat",
    "Dorpsstraat",
    "Kerkstraat",
    "Beekstraat",
    "Leeuwerikenlaan",
    "Populierenlaan",
    "Boomgaardstraat",
    "Brugsesteenweg",
    "Antwerpsesteenweg",
    "Kortrijksesteenweg",
    "Zandstraat",
    "Hoogstraat",
    "Nieuwstraat",
    "Veldstraat",
    "Lindenlaan",
    "Kouterstraat",
    "Bremstraat",
    "Heidestraat",
    "Vijverstraat",
    "Schoolstraat",
    "Torenstraat",
    "Weverstraat",
    "Brouwersstraat",
    "Ververijstraat",
    "Spoorweglaan",
    "Kanaalstraat",
    "Vaartkaai",
    "Tramlaan",
    "Esdoornlaan",
    "Berkenhof",
    "Merelstraat",
    "Zwaluwstraat",
    "Klaprozenlaan",
    "Korenbloemstraat",
    "Akkerweg",
    "Ringlaan",
    "Parklaan",
    "Kasteelstraat",
    "Gildestraat",
    "Bakkersstraat",
    "Blekerijstraat",
    "Lijnwaadmarkt",
    "Oude Baan",
    "Nieuwe Steenweg",
    "Sint-Pietersnieuwstraat",
    "Sint-Bernardsesteenweg",
    "Dokter Verhaeghestraat",
    "Pastoor Coplaan",
    "Koning Albertlaan",
    "Koningin Astridlaan",
    "Jozef Cardijnstraat",
    "Pater Damiaanstraat",
    "Guido Gezellelaan",
    "Hendrik Consciencestraat",
    "Vlasmarkt",
    "Ter Platen",
    "Hof ter Beke",
    "Rabotstraat",
    "Gebroeders De Cockstraat",
    "Wijnegemhof",
    "Europalaan",
    "Industrieweg",
    "Kiosk",
    "Meersstraat",
    "Groene Wandeling",
]
BRUSSELS_STREETS = [
    "Rue de Ribaucourt",
    "Chaussée de Gand",
    "Rue Heyvaert",
    "Avenue de la Reine",
    "Rue Josaphat",
    "Chaussée de Haecht",
    "Rue de Brabant",
    "Rue Brogniez",
    "Boulevard Léopold II",
    "Rue des Palais",
    "Chaussée de Mons",
    "Rue de Fiennes",
]
FOREIGN_ADDRESSES = [
    "ul. Długa 15/4, 80-831 Gdańsk",
    "Strada Mihai Eminescu 27, 550169 Sibiu",
    "Rruga e Kavajës 112, 1001 Tiranë",
    "Rua de Santa Catarina 214, 4000-447 Porto",
    "Hauptstraße 41, 52062 Aachen",
    "Kerkweg 8, 4571 AB Axel",
    "18 rue des Tanneurs, 59000 Lille",
    "vul. Shevchenka 9, kv. 14, 79005 Lviv",
    "bul. Vasil Levski 56, 9000 Varna",
]


def house_number():
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 260)]))
    r = rng.random()
    if r < 0.10:
        n += pick("ABC")
    elif r < 0.20:
        n += f" bus {rng.randint(1, 24)}"
    elif r < 0.26:
        n += f"/{rng.randint(0, 4):02d}{rng.randint(1, 12):02d}"
    elif r < 0.30:
        n += f" b{rng.randint(1, 9)}"
    return n


def address_value(allow_foreign=True):
    """Return (value, street_form). street_form False means 'postcode locality' only."""
    r = rng.random()
    pc, loc = pick(MUNICIPALITIES)
    if r < 0.10:
        return f"{pc} {loc}", False
    if r < 0.16 and allow_foreign:
        return pick(FOREIGN_ADDRESSES), True
    if r < 0.24:
        street = pick(BRUSSELS_STREETS)
        pc, loc = pick(
            [
                ("1080", "Molenbeek-Saint-Jean"),
                ("1070", "Anderlecht"),
                ("1030", "Schaerbeek"),
                ("1000", "Bruxelles"),
                ("1210", "Saint-Josse"),
            ]
        )
        return f"{street} {house_number()}, {pc} {loc}", True
    street = pick(STREETS)
    num = house_number()
    form = rng.random()
    if form < 0.40:
        return f"{street} {num}", True
    if form < 0.75:
        return f"{street} {num}, {pc} {loc}", True
    if form < 0.88:
        return f"{street} {num} - {pc} {loc}", True
    return f"{street} {num} {pc} {loc}", True


# ---------------------------------------------------------------------------
# Numbers, dates, spoken forms

MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
MONTHS_ABBR = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sept.", "okt.", "nov.", "dec."]
MOIS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
UNITS = [
    "nul",
    "een",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "acht",
    "negen",
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]


def spoken(n):
    """Dutch number words for 0..9999."""
    if n < 20:
        return UNITS[n]
    if n < 100:
        t, u = divmod(n, 10)
        if u == 0:
            return TENS[t]
        unit = "één" if u == 1 else UNITS[u]
        return unit + ("ën" if unit.endswith("e") else "en") + TENS[t]
    if n < 1000:
        h, rest = divmod(n, 100)
        head = "honderd" if h == 1 else UNITS[h] + "honderd"
        return head + (spoken(rest) if rest else "")
    th, rest = divmod(n, 1000)
    head = "duizend" if th == 1 else UNITS[th] + "duizend"
    return head + (" " + spoken(rest) if rest else "")


def spoken_year(y):
    if y < 2000:
        return f"{spoken(y // 100)} {spoken(y % 100)}" if y % 100 else f"{spoken(y // 100)} honderd"
    return spoken(y)


def spoken_digits_groups(groups):
    """'0476','12','34','56' -> words: 4-digit groups digit by digit, pairs as numbers."""
    words = []
    for g in groups:
        if len(g) == 2 and g[0] != "0":
            words.append(spoken(int(g)))
        else:
            words.extend(UNITS[int(c)] for c in g)
    return " ".join(words)


def random_birth(kind=None):
    if kind == "child":
        start, end = dt.date(2008, 1, 1), dt.date(2022, 12, 31)
    elif kind == "old":
        start, end = dt.date(1931, 1, 1), dt.date(1960, 12, 31)
    else:
        start, end = dt.date(1940, 1, 1), dt.date(2003, 12, 31)
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def birth_text(d, style=None):
    style = style or rng.randint(0, 11)
    if style == 0:
        return f"{d.day}/{d.month}/{d.year}"
    if style == 1:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == 3:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == 4:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 5:
        return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"
    if style == 6:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == 7:
        return f"{d.day}.{d.month}.{d.year}"
    if style == 8:
        return f"{d.day} {MONTHS[d.month - 1]} '{d.year % 100:02d}"
    if style == 9:
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == 10:
        return f"{d.day}-{d.month}-{d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def birth_spoken(d):
    day = "eerste" if d.day == 1 else spoken(d.day)
    return f"{day} {MONTHS[d.month - 1]} {spoken_year(d.year)}"


def birth_french(d):
    day = "1er" if d.day == 1 else str(d.day)
    return f"{day} {MOIS[d.month - 1]} {d.year}"


def meeting_date():
    d = dt.date(2024, 9, 1) + dt.timedelta(days=rng.randint(0, 600))
    s = rng.randint(0, 4)
    if s == 0:
        return f"{d.day}/{d.month}/{d.year}"
    if s == 1:
        return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"
    if s == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if s == 3:
        return f"{d.day} {MONTHS[d.month - 1]}"
    return f"{d.year}-{d.month:02d}-{d.day:02d}"


def national_number(d=None, bis=False):
    d = d or random_birth()
    seq = rng.randint(1, 997)
    month = d.month + (rng.choice([20, 40]) if bis else 0)
    base = f"{d.year % 100:02d}{month:02d}{d.day:02d}{seq:03d}"
    num = int(("2" + base) if d.year >= 2000 else base)
    cc = 97 - num % 97
    digits = f"{base}{cc:02d}"
    y, m, dd, s, c = digits[0:2], digits[2:4], digits[4:6], digits[6:9], digits[9:11]
    style = rng.randint(0, 6)
    if style == 0:
        return f"{y}.{m}.{dd}-{s}.{c}"
    if style == 1:
        return f"{y}{m}{dd}-{s}-{c}"
    if style == 2:
        return digits
    if style == 3:
        return f"{y}{m}{dd} {s} {c}"
    if style == 4:
        return f"{y} {m} {dd} {s} {c}"
    if style == 5:
        return f"{y}.{m}.{dd} {s}-{c}"
    return f"{y}.{m}.{dd}-{s}.{c}"


def nn_valid(s):
    digits = re.sub(r"\D", "", s)
    if len(digits) != 11:
        return False
    base, cc = digits[:9], int(digits[9:])
    return 97 - int(base) % 97 == cc or 97 - int("2" + base) % 97 == cc


def _iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return f"{98 - int(num) % 97:02d}"


def _digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _letters(n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def iban(country=None):
    country = country or rng.choice(["BE"] * 7 + ["NL", "FR", "DE", "LU", "PL", "RO", "PT", "BG", "TR", "ES"])
    if country == "BE":
        first10 = pick(
            ["001", "063", "068", "143", "310", "363", "375", "390", "651", "735", "736", "751", "891", "973", "979"]
        ) + _digits(7)
        chk = int(first10) % 97 or 97
        bban = f"{first10}{chk:02d}"
    elif country == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + _digits(10)
    elif country == "FR":
        bank, branch, acct = _digits(5), _digits(5), _digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif country == "DE":
        bban = _digits(18)
    elif country == "LU":
        bban = _digits(3) + _digits(13)
    elif country == "PL":
        bban = _digits(24)
    elif country == "RO":
        bban = pick(["BTRL", "RNCB", "BRDE", "INGB", "RZBR"]) + _digits(16)
    elif country == "PT":
        bban = "0035" + _digits(17)
    elif country == "BG":
        bban = pick(["UNCR", "BPBI", "STSA", "FINV"]) + _digits(6) + _digits(8)
    elif country == "TR":
        bban = _digits(5) + "0" + _digits(16)
    else:  # ES
        bban = _digits(20)
    raw = country + _iban_check(country, bban) + bban
    style = rng.random()
    if style < 0.55:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style < 0.85:
        return raw
    if style < 0.93:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)).lower()
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def iban_valid(s):
    raw = re.sub(r"[\s-]", "", s).upper()
    num = "".join(str(int(ch, 36)) for ch in raw[4:] + raw[:4])
    if int(num) % 97 != 1:
        return False
    if raw.startswith("BE"):
        return len(raw) == 16 and (int(raw[4:14]) % 97 or 97) == int(raw[14:16])
    return True


BE_MOBILE_PREFIX = [
    "460",
    "465",
    "466",
    "467",
    "468",
    "470",
    "471",
    "472",
    "473",
    "474",
    "475",
    "476",
    "477",
    "478",
    "479",
    "483",
    "484",
    "485",
    "486",
    "487",
    "488",
    "489",
    "491",
    "492",
    "493",
    "494",
    "495",
    "496",
    "497",
    "498",
    "499",
]
BE_ZONES_1 = ["2", "3", "9"]
BE_ZONES_2 = ["11", "13", "14", "15", "16", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59"]


def phone(spoken_form=False):
    """A phone number string. With spoken_form, a Belgian mobile in words."""
    if spoken_form:
        p = pick(BE_MOBILE_PREFIX)
        pairs = [_digits(2) for _ in range(3)]
        return spoken_digits_groups(["0" + p] + pairs)
    r = rng.random()
    if r < 0.55:
        p, d = pick(BE_MOBILE_PREFIX), _digits(6)
        a, b, c = d[0:2], d[2:4], d[4:6]
        return pick(
            [
                f"0{p} {a} {b} {c}",
                f"0{p}/{a}.{b}.{c}",
                f"0{p}/{d}",
                f"0{p} {d[:3]} {d[3:]}",
                f"0{p}{d}",
                f"+32 {p} {a} {b} {c}",
                f"+32{p}{d}",
                f"0032 {p} {a} {b} {c}",
                f"+32 (0){p} {a} {b} {c}",
                f"0{p}-{a}-{b}-{c}",
                f"0{p} {a}{b}{c}",
                f"0{p}.{a}.{b}.{c}",
            ]
        )
    if r < 0.75:
        if chance(0.5):
            z, d = pick(BE_ZONES_1), _digits(7)
            d = str(rng.randint(2, 8)) + d[1:]
            return pick(
                [
                    f"0{z} {d[:3]} {d[3:5]} {d[5:]}",
                    f"0{z}/{d[:3]}.{d[3:5]}.{d[5:]}",
                    f"+32 {z} {d[:3]} {d[3:5]} {d[5:]}",
                    f"0{z} {d}",
                ]
            )
        z, d = pick(BE_ZONES_2), _digits(6)
        d = str(rng.randint(2, 8)) + d[1:]
        return pick(
            [
                f"0{z} {d[:2]} {d[2:4]} {d[4:]}",
                f"0{z}/{d[:2]}.{d[2:4]}.{d[4:]}",
                f"0{z} {d}",
                f"+32 {z} {d[:2]} {d[2:4]} {d[4:]}",
            ]
        )
    d = _digits(10)
    return pick(
        [
            f"+31 6 {d[:4]} {d[4:8]}",
            f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"+212 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
            f"00212 6{d[:8]}",
            f"+90 5{d[:2]} {d[2:5]} {d[5:7]} {d[7:9]}",
            f"+40 7{d[:2]} {d[2:5]} {d[5:8]}",
            f"+48 {rng.randint(5, 8)}{d[:2]} {d[2:5]} {d[5:8]}",
            f"+380 {d[:2]} {d[2:5]} {d[5:9]}",
            f"+49 15{d[:1]} {d[1:5]} {d[5:9]}",
            f"+359 88 {d[:3]} {d[3:7]}",
            f"+383 4{d[:1]} {d[1:4]} {d[4:7]}",
            f"+243 8{d[:1]} {d[1:4]} {d[4:8]}",
            f"+291 7 {d[:6]}",
            f"+252 61 {d[:7]}",
            f"+93 7{d[:1]} {d[1:4]} {d[4:8]}",
            f"+963 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"+964 7{d[:2]} {d[2:5]} {d[5:9]}",
            f"+91 9{d[:4]} {d[4:9]}",
            f"+977 98{d[:1]}-{d[1:8]}",
            f"+86 13{d[:1]} {d[1:5]} {d[5:9]}",
            f"+63 9{d[:2]} {d[2:5]} {d[5:9]}",
            f"+55 11 9{d[:4]}-{d[4:8]}",
            f"+351 9{d[:2]} {d[2:5]} {d[5:8]}",
            f"0031 6 {d[:8]}",
            f"+33 (0)3 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}",
        ]
    )


PRIVATE_DOMAINS = ["gmail.com"] * 5 + [
    "hotmail.com",
    "hotmail.be",
    "outlook.be",
    "outlook.com",
    "telenet.be",
    "telenet.be",
    "skynet.be",
    "proximus.be",
    "live.be",
    "icloud.com",
    "yahoo.fr",
    "gmx.de",
    "wp.pl",
    "o2.pl",
    "ukr.net",
    "abv.bg",
    "yahoo.com",
    "hotmail.fr",
    "msn.com",
    "protonmail.com",
    "seznam.cz",
    "mail.ru",
]
WORK_DOMAINS = [
    "ocmw-lindeveld.be",
    "sociaalhuis-brugstede.be",
    "caw-kempenland.be",
    "welzijnsregio-leie.be",
    "cgg-dijleland.be",
    "clb-rivierenland.be",
    "buurtwerk-noordrand.be",
    "wijkgezondheidscentrum-de-sleutel.be",
    "ocmw.beverhout.be",
    "stad-heerdegem.be",
]


def email(p, work=False):
    f, s = mail_part(p.first), mail_part(p.last)
    if work:
        return pick([f"{f}.{s}", f"{f}.{s}", f"{f[0]}{s}", f"{f}"]) + "@" + pick(WORK_DOMAINS)
    local = pick(
        [
            f"{f}.{s}",
            f"{f}{s}",
            f"{f[0]}.{s}",
            f"{s}.{f}",
            f"{f}_{rng.randint(60, 99)}",
            f"{f}{s}{rng.randint(1, 99)}",
            f"{s}{f[0]}",
            f"{f}.{s}{rng.randint(70, 2010)}",
            f"{f}-{s}",
            f"mama.{f}",
            f"{f}{rng.randint(100, 999)}",
        ]
    )
    return local + "@" + pick(PRIVATE_DOMAINS)


def kbo():
    base = rng.choice([rng.randint(2000000, 9999999), rng.randint(4600000, 4999999)])
    first8 = int(f"0{base}")
    chk = 97 - first8 % 97
    s = f"0{base}{chk:02d}"
    return f"{s[:4]}.{s[4:7]}.{s[7:]}"


def amount():
    v = rng.choice([rng.randint(5, 300), rng.randint(300, 4000)]) + rng.choice([0, 0.5, rng.randint(1, 99) / 100])
    s = f"{v:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return pick([f"€ {s}", f"{s} euro", f"EUR {s}", f"€{int(v)}", f"{int(v)} euro"])


def ref_number():
    y = rng.choice([2024, 2025, 2026])
    return pick(
        [
            f"dossier {y}/{rng.randint(1, 9999):04d}",
            f"ref. SD-{y % 100}-{rng.randint(1, 99999):05d}",
            f"beslissing {y}_CBS_{rng.randint(1, 9999):05d}",
            f"ticket #{rng.randint(1000, 99999)}",
            f"factuur F{y}-{rng.randint(1, 99999):05d}",
            f"signaal nr. {rng.randint(100, 999)}",
            f"agendapunt {rng.randint(1, 40)}",
            f"kenmerk LS/{y}/{rng.randint(10, 999)}",
        ]
    )


def structured_ref():
    base = rng.randint(1, 9999999999)
    chk = base % 97 or 97
    s = f"{base:010d}{chk:02d}"
    return f"+++{s[:3]}/{s[3:7]}/{s[7:]}+++"


# ---------------------------------------------------------------------------
# Sentence pools (hand-written)

ISSUES = [
    "De wachtlijst voor een sociale woning loopt in onze gemeente op tot zeven jaar.",
    "Gezinnen met een budgetmeter zitten in de winter dagen zonder verwarming.",
    "De huurpremie wordt pas uitbetaald na maanden, intussen stapelen de achterstallen zich op.",
    "Verschillende huisbazen weigeren huurders met een leefloon.",
    "De inschrijving in de basisschool kan enkel digitaal en veel ouders hebben geen computer.",
    "Er is geen tolk beschikbaar bij het onthaal, dus kinderen vertalen voor hun ouders.",
    "Mensen zonder itsme raken niet meer aan hun documenten van de mutualiteit.",
    "De bus naar het ziekenhuis rijdt niet meer na 18 uur.",
    "Het sociaal restaurant is gesloten in juli en augustus, net wanneer de scholen dicht zijn.",
    "De kinderopvang vraagt een voorschot dat gezinnen in armoede niet kunnen betalen.",
    "Oudere mensen vinden de weg niet in de nieuwe digitale loketten van de stad.",
    "De schoolfactuur voor uitstappen loopt op tot honderden euro per jaar.",
    "Er zijn te weinig plaatsen in de nachtopvang; mensen slapen in het station.",
    "De energieleverancier stuurt afsluitbrieven in het Frans naar Nederlandstalige klanten.",
    "Jongeren die 18 worden vallen uit de jeugdhulp zonder opvolging.",
    "Er is een lange wachttijd bij het CGG, soms meer dan negen maanden.",
    "Vrouwen die partnergeweld melden vinden geen betaalbare woning om te vertrekken.",
    "De huizen in de wijk hebben vochtproblemen en schimmel, de eigenaar reageert niet.",
    "Seizoenarbeiders wonen met tien in een huis zonder degelijk sanitair.",
    "Ouders begrijpen de brieven van de school niet en missen zo de oudercontacten.",
    "Het OCMW vraagt bewijsstukken die mensen zonder papieren niet kunnen voorleggen.",
    "De wachttijd voor een afspraak bij het loket vreemdelingenzaken is drie maanden.",
    "Gezinnen kunnen de waarborg voor een huurwoning niet samenbrengen.",
    "De voedselbank kan de vraag niet meer volgen sinds de prijzen stegen.",
    "Er is geen toegankelijke tandarts die nog nieuwe patiënten met een verhoogde tegemoetkoming aanvaardt.",
    "Mensen met een schuldenlast durven de post niet meer te openen.",
    "De gemeentelijke sporthal vraagt een lidgeld dat de Uitpas niet dekt.",
    "Nieuwkomers vinden geen plaats in een cursus Nederlands op hun niveau.",
    "Door de werken aan de brug is het dienstencentrum onbereikbaar voor rolstoelgebruikers.",
    "De opvang voor niet-begeleide minderjarigen zit vol.",
    "Studenten uit kwetsbare gezinnen haken af omdat ze geen laptop hebben.",
    "Mantelzorgers krijgen geen respijtzorg omdat het aanbod volzet is.",
    "Huurders krijgen hun huurwaarborg niet terug en weten niet waar ze terecht kunnen.",
    "De sociale verhuurkantoren vinden geen nieuwe woningen meer op de private markt.",
    "Mensen met een beperking wachten jaren op een persoonsvolgend budget.",
    "De wijkpost is maar twee halve dagen per week open.",
    "Het aantal mensen dat aanklopt voor een voedselpakket is op een jaar verdubbeld.",
    "Mensen in collectieve schuldenregeling krijgen hun leefgeld te laat van de budgetbeheerder.",
    "Er is in de hele regio geen enkele crisisopvang voor gezinnen met kinderen.",
    "Huurders van een kamer krijgen geen domicilie en verliezen zo hun rechten.",
    "De digitale afsprakenplanner van het OCMW werkt niet op oudere smartphones.",
    "Gezinnen zonder wagen geraken niet tot het recyclagepark of de sociale kruidenier.",
    "Door de nieuwe parkeerregeling kunnen thuisverpleegkundigen nergens meer staan.",
    "De terugbetaling van de bril voor kinderen duurt maanden.",
    "Veel mensen weten niet dat ze recht hebben op het sociaal tarief voor energie.",
    "Na een brand staan gezinnen op straat omdat er geen noodwoning vrij is.",
    "Jonge moeders vinden geen kinderopvang en kunnen daardoor hun opleiding niet volgen.",
    "De brieven van de belastingdienst zijn onleesbaar voor wie laaggeletterd is.",
    "Sinds de sluiting van het bankkantoor kunnen ouderen geen cash meer afhalen in het dorp.",
    "Er zijn geen openbare toiletten meer in het centrum, wat daklozen in de problemen brengt.",
    "Mensen met een leefloon krijgen geen lening voor een huurwaarborg bij de bank.",
    "De sociale kruidenier kan geen verse groenten meer aanbieden.",
    "Tieners hangen 's avonds rond omdat het jeugdhuis dicht is.",
    "In de zomer wordt het in de dakappartementen van de sociale woonblokken ondraaglijk warm.",
]
SIGNAL_ASKS = [
    "Graag agenderen op het volgende overleg.",
    "Kan dit mee in het signaaldossier naar het schepencollege?",
    "We vragen een structurele oplossing, geen uitzondering voor één gezin.",
    "Is dit ook in andere wijken gekend?",
    "Dit is geen alleenstaand geval.",
    "Wie neemt dit op met de huisvestingsdienst?",
    "Voorstel: een vast aanspreekpunt bij de stad.",
    "Dit signaal werd ook al in het vorige kwartaal gemeld.",
]
PROBLEMS_SHORT = [
    "huurachterstand",
    "afsluiting gas",
    "geen leefloon sinds 2 mnd",
    "schimmel in slaapkamer",
    "dakloos sinds ontslag ziekenhuis",
    "schoolfactuur onbetaald",
    "geen mutualiteit",
    "budgetmeter elektriciteit",
    "uithuiszetting gepland",
    "verblijfsdocument vervallen",
    "geen tolk bij afspraak",
    "wachtlijst sociale woning",
    "energiefactuur 1.900 euro",
    "kinderbijslag stopgezet",
    "geen internet thuis",
    "problemen met verhuurder",
]
ORG_NAMES_PERSON = [
    "vzw Huis {f}",
    "Dienstencentrum {f}",
    "Ontmoetingshuis Zuster {f}",
    "Sociaal restaurant Bij {f}",
    "Kinderdagverblijf {f}",
    "Woonzorgcentrum {f}hof",
    "Jeugdhuis {f}",
    "vzw De Vrienden van {f}",
    "Buurthuis {f}",
    "Huiswerkklas {f}",
]
ORGS = [
    "het OCMW",
    "het Sociaal Huis",
    "het CAW",
    "het CLB",
    "de mutualiteit",
    "het Huis van het Kind",
    "de Welzijnsschakel",
    "het Wijkgezondheidscentrum",
    "de dienst Wonen",
    "het Vredegerecht",
    "het Rode Kruis",
    "de Voedselbank",
    "Kind en Gezin",
    "het Agentschap Integratie en Inburgering",
    "de Vlaamse Woonmaatschappij",
    "Fluvius",
    "De Lijn",
    "het sociaal verhuurkantoor",
    "het Centrum Algemeen Welzijnswerk",
    "het JAC",
    "VDAB",
    "de sociale dienst van de mutualiteit",
]
SCHOOLS = [
    "Basisschool Sint-Lutgardis",
    "GO! basisschool De Regenboog",
    "Sint-Jozefinstituut",
    "Don Boscocollege",
    "Freinetschool De Vlieger",
    "Atheneum Pater Damiaan",
    "Basisschool Guido Gezelle",
    "Stedelijke basisschool Het Kompas",
    "Sint-Vincentiusschool",
    "Kunstschool Jacob van Artevelde",
]
PUBLIC = [
    "koning Filip",
    "koningin Mathilde",
    "Pater Damiaan",
    "Adolf Daens",
    "Guido Gezelle",
    "Hendrik Conscience",
    "Jacob van Artevelde",
    "Ambiorix",
    "Peter Paul Rubens",
    "Jacques Brel",
    "Sint-Maarten",
    "Sinterklaas",
    "Sint-Vincentius",
    "Don Bosco",
]
PRODUCTS = [
    "itsme",
    "de Uitpas",
    "MyMinfin",
    "Mijn Burgerprofiel",
    "Smartschool",
    "Doccle",
    "Bancontact",
    "Payconiq",
    "WhatsApp",
    "Teams",
    "Google Translate",
    "de Lijn-app",
    "het Groeipakket",
    "de MAF",
    "de energiepremie",
]
WORKER_ROLES = [
    "maatschappelijk werker",
    "trajectbegeleider",
    "brugfiguur",
    "wijkwerker",
    "schuldbemiddelaar",
    "straathoekwerker",
    "ervaringsdeskundige in armoede",
    "teamverantwoordelijke",
    "onthaalmedewerker",
    "gezinsondersteuner",
    "verpleegkundige",
    "zorgcoördinator",
    "CLB-medewerker",
    "jeugdwerker",
    "huisarts",
]
REL = [
    "haar zoon",
    "haar dochter",
    "zijn vrouw",
    "haar man",
    "de partner",
    "haar broer",
    "de oudste dochter",
    "zijn moeder",
    "de grootmoeder",
    "haar zus",
    "de pleegmoeder",
    "de buurman",
]


SERVICE_LINES = ["Tele-Onthaal op 106", "de Zelfmoordlijn op 1813", "het nummer 1712", "de Vlaamse Infolijn op 1700"]
SQUARES = ["Sint-Jansplein", "Koningin Elisabethplein", "Rubensplein", "Marktplein", "Daensplein"]


def org_person():
    return pick(ORG_NAMES_PERSON).format(f=pick(ALL_FIRST))


# ---------------------------------------------------------------------------
# Segments: a text is a list of str (plain) and (kind, str) (labelled) items.


def render(segs, transform=None):
    text, spans, pos = [], [], 0
    for seg in segs:
        kind, s = (None, seg) if isinstance(seg, str) else seg
        if transform:
            s = transform(s, kind)
        if kind:
            spans.append({"kind": kind, "start": pos, "end": pos + len(s)})
        text.append(s)
        pos += len(s)
    return "".join(text), spans


def lower_nl(s):
    return s.replace("İ", "I").lower()


def upper_nl(s, kind=None):
    return s.upper()


def dictated(s, kind=None):
    """Speech-to-text look: lower case; plain words and names lose commas and full stops."""
    s = lower_nl(s)
    if kind in (None, "person_name") and not re.search(r"\d", s):
        s = s.replace(",", "").replace(".", "")
    return s


class Client:
    """A client with all personal data; frames render the fields they need."""

    def __init__(self, age=None):
        self.person = Person()
        self.birth = random_birth(age)
        self.bis = chance(0.12)
        self.nn = national_number(self.birth, self.bis)
        self.addr, self.addr_street = address_value()
        self.phone = phone()
        self.email = email(self.person)
        self.iban = iban()


def choose_fields(focus, p_name=0.75, p_extra=0.17):
    fields = {focus}
    if chance(p_name):
        fields.add("person_name")
    for k in KINDS:
        if k != "person_name" and chance(p_extra):
            fields.add(k)
    return fields


INLINE = {
    "address": [
        "woont in de {}",
        "wonende te {}",
        "adres: {}",
        "woont sinds kort in de {}",
        "verblijft in de {}",
        "domicilie {}",
        "woont op {}",
    ],
    "address_pc": ["woont in {}", "verhuisde naar {}", "is ingeschreven in {}", "woonplaats {}"],
    "birth_date": ["geboren op {}", "° {}", "geb. {}", "°{}", "geboortedatum {}", "geboren {}"],
    "phone": ["bereikbaar op {}", "tel. {}", "gsm {}", "belt vanaf {}", "nummer: {}", "tel {}"],
    "email": ["mailt vanaf {}", "e-mail: {}", "mailadres {}", "mail: {}", "bereikbaar via {}"],
    "iban": ["rekeningnummer {}", "IBAN {}", "stort de huur op {}", "rek. {}", "leefgeld naar {}"],
    "national_number": ["RRN {}", "rijksregisternummer {}", "INSZ {}", "rijksregisternr. {}", "NN {}", "RR {}"],
}
LABELS = {
    "person_name": ["Naam", "Cliënt", "Betrokkene", "Aanvrager"],
    "address": ["Adres", "Domicilieadres", "Verblijfsadres", "Woonplaats"],
    "birth_date": ["Geboortedatum", "Geb.", "Geboren", "°"],
    "phone": ["Tel.", "Gsm", "Telefoon", "GSM-nr", "Contact"],
    "email": ["E-mail", "Mail", "E-mailadres"],
    "iban": ["IBAN", "Rekeningnr.", "Rekening", "Bankrekening"],
    "national_number": ["RRN", "Rijksregisternr.", "INSZ", "Rijksregisternummer", "NN"],
}


def value(c, kind):
    return {
        "address": c.addr,
        "birth_date": birth_text(c.birth),
        "phone": c.phone,
        "email": c.email,
        "iban": c.iban,
        "national_number": c.nn,
    }[kind]


def inline(c, kind):
    """An inline phrase with the field, as segments."""
    key = kind
    if kind == "address" and not c.addr_street:
        key = "address_pc"
    tpl = pick(INLINE[key])
    pre, post = tpl.split("{}")
    return [pre, (kind, value(c, kind)), post]


def inline_fields(c, fields, sep=", "):
    out = []
    ks = [k for k in KINDS if k in fields and k != "person_name"]
    rng.shuffle(ks)
    for i, k in enumerate(ks):
        if i:
            out.append(sep)
        out += inline(c, k)
    return out


def labelled_lines(c, fields, prefix="", sep=": ", name_form=None):
    out = []
    ks = [k for k in KINDS if k in fields]
    for k in ks:
        lab = pick(LABELS[k])
        s = "" if lab == "°" else sep
        if k == "person_name":
            out += [prefix + lab + sep] + (name_form or [("person_name", c.person.full())]) + ["\n"]
        else:
            out += [prefix + lab + s, (k, value(c, k)), "\n"]
    return out


def name_or_role(c, fields):
    if "person_name" in fields:
        return c.person.any_form()
    return [
        pick(
            [
                "een alleenstaande moeder",
                "een oudere man",
                "een gezin met drie kinderen",
                "een jonge vader",
                "een cliënt",
                "een vrouw van middelbare leeftijd",
                "een student",
                "een koppel met een baby",
                "een bewoner",
            ]
        )
    ]


def worker():
    p = Person()
    return p, email(p, work=True), phone()


# ---------------------------------------------------------------------------
# Personal-data frames. Each takes (focus) and returns segments.


def f_notulen(focus):
    c = Client()
    fields = choose_fields(focus)
    ws = [worker()[0] for _ in range(rng.randint(2, 4))]
    segs = [
        pick(["Notulen teamoverleg ", "Verslag teamvergadering ", "NOTULEN wijkoverleg ", "Notulen intervisie "]),
        meeting_date(),
        "\n",
        "Aanwezig: ",
    ]
    for i, w in enumerate(ws):
        if i:
            segs.append(", ")
        segs += [("person_name", pick([w.full(), w.first, w.initial()]))]
        if chance(0.4):
            segs.append(f" ({pick(WORKER_ROLES)})")
    segs += ["\n", "Verontschuldigd: "]
    if chance(0.5):
        segs += [("person_name", Person().full())]
    else:
        segs += [pick(["CLB", "wijkagent", "niemand", "OCMW-secretaris"])]
    segs += ["\nVerslag: ", ("person_name", ws[0].first), "\n\n1. Goedkeuring vorig verslag\nOK.\n\n2. Casussen\n- "]
    segs += name_or_role(c, fields) + [" "]
    extra = inline_fields(c, fields)
    if extra:
        segs += ["("] + extra + [") "]
    segs += [
        pick(
            [
                "komt niet rond met het leefloon. ",
                "heeft een vonnis tot uithuiszetting. ",
                "vraagt hulp bij de aanvraag huurpremie. ",
                "zit zonder elektriciteit. ",
            ]
        )
    ]
    if "person_name" in fields and chance(0.6):
        segs += c.person.again() + [
            pick(
                [
                    " wil dat we dit signaleren.",
                    " is akkoord om het signaal anoniem door te geven.",
                    " komt volgende week terug.",
                ]
            )
        ]
    segs += [
        "\n- ",
        pick(ISSUES),
        "\n\n3. Signalen naar de stad\n",
        pick(SIGNAL_ASKS),
        "\n\nVolgende vergadering: ",
        meeting_date(),
        ".",
    ]
    return segs


def f_bullets(focus):
    c = Client()
    fields = choose_fields(focus, p_extra=0.3)
    bullet = pick(["• ", "- ", "* ", "> "])
    segs = [pick(["Casusbespreking", "Casus voor intervisie", "CASUS", "Bespreking gezin", "Situatieschets"]), "\n"]
    nf = pick(
        [
            [("person_name", c.person.full())],
            [("person_name", c.person.caps_last())],
            [("person_name", c.person.comma())],
            [c.person.title + " ", ("person_name", c.person.last)],
        ]
    )
    segs += labelled_lines(c, fields, prefix=bullet, name_form=nf)
    if chance(0.5):
        k = Client(age="child")
        segs += [
            bullet,
            "Kind: ",
            ("person_name", pick([k.person.first, k.person.full()])),
            " (°",
            ("birth_date", birth_text(k.birth)),
            ")\n",
        ]
    segs += [
        bullet,
        "Probleem: ",
        pick(PROBLEMS_SHORT),
        "\n",
        bullet,
        "Structureel: ",
        pick(ISSUES),
        "\n",
        bullet,
        "Actie: ",
        pick(SIGNAL_ASKS),
    ]
    return segs


def f_dictation(focus):
    c = Client()
    fields = choose_fields(focus, p_extra=0.12)
    segs = [pick(["signaal voor de stad ", "nota voor het dossier ", "ok dictee ", "verslag van vandaag "])]
    segs += [
        pick(
            ["ik was vandaag op huisbezoek bij ", "vanmorgen kwam ", "ik heb net gebeld met ", "op het spreekuur zat "]
        )
    ]
    p = c.person
    if "person_name" in fields:
        segs += pick([[("person_name", p.full())], [pick(["mevrouw ", "meneer "]), ("person_name", p.last)]])
    else:
        segs += ["een mama van twee kinderen"]
    for k in [k for k in KINDS if k in fields and k != "person_name"]:
        if k == "address":
            if c.addr_street and chance(0.7):
                street = pick(STREETS)
                n = rng.randint(1, 180)
                segs += [" die woont in de ", ("address", f"{street} {pick(['nummer ', ''])}{spoken(n)}")]
            else:
                segs += [" adres ", ("address", c.addr)]
        elif k == "birth_date":
            segs += [" geboren op ", ("birth_date", pick([birth_spoken(c.birth), birth_text(c.birth, 4)]))]
        elif k == "phone":
            segs += [
                pick([" haar nummer is ", " gsm nummer ", " telefoon "]),
                ("phone", phone(spoken_form=True) if chance(0.6) else c.phone),
            ]
        elif k == "email":
            segs += [" mail ", ("email", c.email)]
        elif k == "iban":
            segs += [" rekeningnummer ", ("iban", c.iban)]
        else:
            segs += [" rijksregisternummer ", ("national_number", c.nn)]
    segs += [
        " ",
        pick(ISSUES).rstrip("."),
        " ",
        pick(
            [
                "dat is al de derde keer deze maand",
                "ze heeft al twee keer gebeld naar het loket zonder antwoord",
                "de kinderen gaan daardoor niet naar school",
                "graag opnemen in het signaal",
            ]
        ),
    ]
    if "person_name" in fields and chance(0.5):
        segs += [
            " ",
            ("person_name", p.first),
            " ",
            pick(["vraagt of er iets kan gebeuren", "is ten einde raad", "komt donderdag terug"]),
        ]
    segs += [pick([" punt", "", " einde dictee", " nieuwe lijn tot zover"])]
    return segs, (dictated if chance(0.75) else None)


def f_table(focus):
    cols = ["person_name"]
    if focus != "person_name":
        cols.append(focus)
    for k in KINDS[1:]:
        if k not in cols and chance(0.18):
            cols.append(k)
    split_name = chance(0.4)
    head = {
        "person_name": "Naam",
        "address": "Adres",
        "birth_date": pick(["Geboortedatum", "Geb.datum", "°"]),
        "phone": pick(["Gsm", "Tel", "Telefoon"]),
        "email": "E-mail",
        "iban": "IBAN",
        "national_number": pick(["RRN", "INSZ"]),
    }
    header = (["Achternaam", "Voornaam"] if split_name else ["Naam"]) + [head[k] for k in cols[1:]]
    extra_cols = rng.sample(["Datum melding", "Probleem", "Bedrag", "Dossiernr", "Status"], k=rng.randint(1, 2))
    segs = [pick(["", "Overzicht signalen week " + str(rng.randint(1, 52)) + "\n", "Export uit registratie\n"])]
    segs.append("\t".join(header + extra_cols) + "\n")
    for _ in range(rng.randint(2, 5)):
        c = Client()
        cells = []
        if split_name:
            cells += [
                [("person_name", c.person.last.upper() if chance(0.3) else c.person.last)],
                [("person_name", c.person.first)],
            ]
        else:
            cells.append([("person_name", pick([c.person.full(), c.person.caps_last(), c.person.comma()]))])
        for k in cols[1:]:
            if chance(0.1):
                cells.append([""])  # empty cell
            else:
                cells.append([(k, value(c, k))])
        for e in extra_cols:
            cells.append(
                [
                    {
                        "Datum melding": meeting_date(),
                        "Probleem": pick(PROBLEMS_SHORT),
                        "Bedrag": amount(),
                        "Dossiernr": f"{rng.choice([2024, 2025])}/{rng.randint(1, 9999):04d}",
                        "Status": pick(["open", "afgesloten", "doorverwezen", "wacht op documenten"]),
                    }[e]
                ]
            )
        for i, cell in enumerate(cells):
            if i:
                segs.append("\t")
            segs += cell
        segs.append("\n")
    segs.append(pick(["", "\n" + pick(ISSUES)]))
    return segs


def f_email(focus):
    c = Client()
    fields = choose_fields(focus)
    w, wmail, wphone = worker()
    segs = [
        pick(
            [
                "---------- Doorgestuurd bericht ---------\n",
                "-----Oorspronkelijk bericht-----\n",
                "Begin doorgestuurd bericht:\n\n",
            ]
        ),
        "Van: ",
        ("person_name", w.full()),
        " <",
        ("email", wmail),
        ">\n",
        "Datum: ",
        meeting_date(),
        " ",
        f"{rng.randint(8, 17)}:{rng.randint(0, 59):02d}",
        "\n",
        "Onderwerp: ",
        pick(["signaal woonst", "RE: vraag leefloon", "FW: dringend - energie", "casus voor overleg"]),
        "\n",
        "Aan: ",
        pick(["Lokaal Signaal", "team welzijn", "Werkgroep Armoede"]),
        "\n\n",
        pick(["Dag collega's,", "Hoi allemaal,", "Beste,", "Goeiemiddag,"]),
        "\n\n",
    ]
    segs += [pick(["Ik stuur jullie de situatie van ", "Hieronder de vraag van ", "Gisteren kwam "])]
    segs += name_or_role(c, fields)
    ex = inline_fields(c, fields)
    if ex:
        segs += [", "] + ex
    segs += [". ", pick(ISSUES), " ", pick(SIGNAL_ASKS), "\n\n"]
    if "person_name" in fields and chance(0.5):
        segs += [
            pick(["Ik heb aan ", "Ik beloofde "]),
            ("person_name", c.person.first),
            " gezegd dat we dit meenemen.\n\n",
        ]
    segs += [
        pick(["Met vriendelijke groeten,", "Groetjes,", "Vriendelijke groet,", "mvg"]),
        "\n",
        ("person_name", w.full()),
        "\n",
        pick(WORKER_ROLES).capitalize(),
        "\n",
        pick(["Sociaal Huis", "OCMW", "CAW", "Welzijnsloket"]),
        " ",
        pick(["Lindeveld", "Brugstede", "Heerdegem", "Beverhout", "Noordrand"]),
        "\n",
    ]
    segs += [pick(["T ", "Tel. ", "GSM: ", "M "]), ("phone", wphone), "\n"]
    if chance(0.6):
        segs += [pick(["E ", "Mail: ", ""]), ("email", wmail), "\n"]
    segs += [pick(["Werkdagen: ma-di-do", "Afwezig op woensdag", "Bekijk onze privacyverklaring op de website"])]
    return segs


def f_sms(focus):
    c = Client()
    fields = choose_fields(focus)
    a, b = Person(), Person()
    d = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    minute = [rng.randint(8 * 60, 17 * 60)]

    def stamp():
        minute[0] += rng.randint(1, 90)
        return f"[{minute[0] // 60:02d}:{minute[0] % 60:02d}, {d.day}/{d.month}/{d.year}] "

    segs = [stamp(), ("person_name", a.first), ": "]
    segs += [pick(["mvr ", "mr ", "dhr "]), ("person_name", c.person.last)] if "person_name" in fields else ["iemand "]
    segs += [pick([" belde net", " stond hier aan de deur", " stuurde sms", " was op spreekuur"]), " "]
    for k in [k for k in KINDS if k in fields and k != "person_name"]:
        segs += [
            {
                "address": "adr ",
                "birth_date": "°",
                "phone": pick(["nr ", "gsm ", "tel "]),
                "email": "mail ",
                "iban": "rek ",
                "national_number": "rrn ",
            }[k],
            (k, value(c, k)),
            " ",
        ]
    segs += [
        pick(["ivm", "vr", "omwille v"]),
        " ",
        pick(PROBLEMS_SHORT),
        pick([" !!", " ..", "", " 🙁"]),
        "\n",
        stamp(),
        ("person_name", b.first),
        ": ",
        pick(
            [
                "ok ik bel terug",
                "zet het op de lijst vr signaal",
                "idem bij ons deze week",
                "👍 neem ik mee naar overleg",
            ]
        ),
    ]
    if chance(0.4):
        segs += ["\n", stamp(), ("person_name", a.first), ": ", pick(["thx", "top", "merci!"])]
    return segs


def f_referral(focus):
    c = Client()
    fields = choose_fields(focus, p_name=0.95, p_extra=0.3)
    fields.add("person_name")
    w, wmail, wphone = worker()
    segs = [
        pick(["VERWIJSBRIEF", "Verwijsbrief", "Doorverwijzing"]),
        "\n\n",
        "Aan: ",
        pick(ORGS),
        "\nBetreft: ",
        pick(["aanmelding schuldhulp", "vraag naar opvang", "aanvraag psychologische begeleiding", "woonbegeleiding"]),
        "\n\nGeachte collega,\n\nHierbij verwijzen wij ",
        ("person_name", c.person.full()),
    ]
    if "birth_date" in fields:
        segs += [", geboren op ", ("birth_date", birth_text(c.birth))]
    if "national_number" in fields:
        segs += [" (rijksregisternummer ", ("national_number", c.nn), ")"]
    if "address" in fields:
        segs += [pick([", wonende te ", ", woonachtig ", ", met adres "]), ("address", c.addr)]
    segs += [", naar uw dienst. ", pick(ISSUES), "\n"]
    if "phone" in fields or "email" in fields:
        segs += ["Betrokkene is bereikbaar"]
        if "phone" in fields:
            segs += [" op ", ("phone", c.phone)]
        if "email" in fields:
            segs += [" en via " if "phone" in fields else " via ", ("email", c.email)]
        segs += [".\n"]
    if "iban" in fields:
        segs += ["Eventuele terugbetalingen kunnen op rekening ", ("iban", c.iban), ".\n"]
    segs += [
        "\nMet collegiale groeten,\n\n",
        ("person_name", w.full()),
        "\n",
        pick(WORKER_ROLES),
        "\n",
        ("phone", wphone),
    ]
    return segs


def f_visit(focus):
    c = Client()
    fields = choose_fields(focus, p_extra=0.25)
    partner = Person()
    segs = [pick(["Verslag huisbezoek", "Huisbezoek", "VERSLAG HUISBEZOEK"]), " d.d. ", meeting_date(), "\n"]
    if "person_name" in fields:
        segs += [
            "Gezin: ",
            ("person_name", c.person.full()),
            " en ",
            ("person_name", partner.full() if chance(0.5) else partner.first),
            "\n",
        ]
    if "address" in fields:
        segs += ["Adres: ", ("address", c.addr), "\n"]
    kids = [Client(age="child") for _ in range(rng.randint(0, 3))]
    if kids:
        segs += ["Kinderen: "]
        for i, k in enumerate(kids):
            if i:
                segs.append(", ")
            segs += [("person_name", k.person.first)]
            if chance(0.5) or focus == "birth_date":
                segs += [" (°", ("birth_date", birth_text(k.birth)), ")"]
            else:
                segs += [f" ({rng.randint(1, 16)} jaar)"]
        segs.append("\n")
    segs += [
        "\nVaststellingen: ",
        pick(
            [
                "vocht en schimmel in de badkamer",
                "geen verwarming op de bovenverdieping",
                "koelkast leeg",
                "elektrische leidingen los",
                "zes personen in twee kamers",
            ]
        ),
        ". ",
        pick(ISSUES),
        "\n",
    ]
    ex = [k for k in ("birth_date", "phone", "email", "iban", "national_number") if k in fields]
    for k in ex:
        segs += [pick(LABELS[k]).replace("°", "Geb.") + ": ", (k, value(c, k)), "\n"]
    if chance(0.35):
        doctor = Person()
        segs += [
            pick(["Huisarts: ", "Opvolging door ", "Huisarts is "]),
            pick(["dokter ", "dr. ", "Dr. "]),
            ("person_name", doctor.last),
            pick(["", " (wijkgezondheidscentrum)", ", die ook het attest opmaakte"]),
            ".\n",
        ]
    if "person_name" in fields and chance(0.5):
        segs += [
            "\n",
            ("person_name", c.person.first),
            pick([" vraagt ons dit mee te nemen naar de stad.", " toonde ons de brief van de verhuurder."]),
        ]
    return segs


def f_mdo(focus):
    c = Client(age="child")
    parent = Client()
    fields = choose_fields(focus)
    juf, zc, clb = Person(), Person(), Person()
    segs = [
        "MDO ",
        pick(["1ste", "2de", "3de", "4de", "5de", "6de"]),
        " leerjaar – ",
        pick(SCHOOLS),
        "\n",
        "Datum: ",
        meeting_date(),
        "\nAanwezig: ",
        pick(["juf ", "meester ", "juf ", "klasleerkracht "]),
        ("person_name", juf.last),
        ", zorgcoördinator ",
        ("person_name", zc.full()),
        ", ",
        ("person_name", clb.initial()),
        " (CLB)",
    ]
    if "person_name" in fields:
        segs += [", ", pick(["mama", "papa", "oma", "pleegmoeder"]), " van ", ("person_name", c.person.full())]
    segs += ["\n\nBespreking:\n"]
    if "person_name" in fields:
        segs += [("person_name", c.person.first), " komt vaak te laat en heeft geen boterhammen mee. "]
    else:
        segs += ["Een leerling komt vaak te laat en heeft geen boterhammen mee. "]
    if "birth_date" in fields:
        segs += ["Geboortedatum leerling: ", ("birth_date", birth_text(c.birth)), ". "]
    segs += [pick(ISSUES), "\n"]
    for k in ("address", "phone", "email", "iban", "national_number"):
        if k in fields:
            segs += [
                {
                    "address": "Adres gezin: ",
                    "phone": "Gsm mama: ",
                    "email": "Mail ouders: ",
                    "iban": "Rekening voor terugbetaling schoolfactuur: ",
                    "national_number": "INSZ kind: ",
                }[k],
                (k, value(parent if k != "national_number" else c, k)),
                "\n",
            ]
    segs += [
        "Afspraak: ",
        pick(
            [
                "CLB neemt contact op met het OCMW.",
                "school vraagt korting op de factuur.",
                "signaal over schoolkosten naar de stad.",
            ]
        ),
    ]
    return segs


def f_brussels(focus):
    c = Client()
    fields = choose_fields(focus)
    segs = [pick(["Signaal vanuit het Sociaal Huis Molenbeek: ", "Note CPAS / OCMW: ", "Wijkpost Anneessens: ", ""])]
    if "person_name" in fields:
        segs += [pick(["Madame ", "Monsieur ", "Mevrouw ", "Mme "]), ("person_name", c.person.last)]
    else:
        segs += [pick(["Une dame", "Een meneer", "Een famille"])]
    segs += [
        pick([" est passée au loket, ", " is langsgekomen, ", " est venu pour "]),
        pick(
            [
                "ze heeft geen chauffage depuis trois semaines",
                "le propriétaire wil haar buiten zetten",
                "elle comprend pas les brieven van de huisvestingsmaatschappij",
                "de kinderen vont pas à l'école",
            ]
        ),
        ". ",
    ]
    for k in [k for k in KINDS if k in fields and k != "person_name"]:
        if k == "address":
            street = pick(BRUSSELS_STREETS)
            segs += [
                pick(["Elle habite ", "Ze woont ", "Adresse: "]),
                ("address", f"{street} {house_number()}" + pick(["", ", 1080 Molenbeek", " à 1070 Anderlecht"])),
                ". ",
            ]
        elif k == "birth_date":
            segs += [
                pick(["Née le ", "Né le ", "Geboren "]),
                ("birth_date", pick([birth_french(c.birth), birth_text(c.birth)])),
                ". ",
            ]
        elif k == "phone":
            segs += [pick(["Son GSM: ", "Tel: ", "Numéro "]), ("phone", c.phone), ". "]
        elif k == "email":
            segs += ["Mail: ", ("email", c.email), ". "]
        elif k == "iban":
            segs += [pick(["Compte ", "Rekening "]), ("iban", c.iban), ". "]
        else:
            segs += [pick(["Numéro national ", "NN ", "RRN "]), ("national_number", c.nn), ". "]
    issue = pick(ISSUES)
    lead = pick(["C'est pas le seul cas, ", "Dat is geen uitzondering: ", ""])
    segs += [lead, issue[0].lower() + issue[1:] if lead else issue]
    if "person_name" in fields and chance(0.4):
        segs += [" ", ("person_name", c.person.first), " a dit que sa voisine a le même problème."]
    return segs


def f_long(focus):
    c = Client()
    fields = choose_fields(focus, p_extra=0.2)
    pool = ISSUES[:]
    rng.shuffle(pool)
    head = [
        pick(["Signaal: ", "Signaal Wonen – ", "Nota voor de werkgroep armoede\n\n", "Toelichting bij het signaal\n\n"])
    ]
    before = " ".join(pool[: rng.randint(5, 7)])
    after = " ".join(pool[8 : 8 + rng.randint(4, 6)])
    mid = [" Een voorbeeld: "] + name_or_role(c, fields)
    ex = inline_fields(c, fields)
    if ex:
        mid += [" ("] + ex + [")"]
    mid += [
        pick(
            [
                " kreeg in maart een afsluitbrief van de leverancier.",
                " wacht al twee jaar op een sociale woning.",
                " moest haar kinderen tijdelijk bij familie onderbrengen.",
            ]
        )
    ]
    if "person_name" in fields:
        mid += [" "] + c.person.again() + [" gaf toestemming om dit te melden. "]
    else:
        mid += [" "]
    segs = head + [before] + mid + [after, " ", pick(SIGNAL_ASKS)]
    return segs


def f_intake(focus):
    c = Client()
    fields = choose_fields(focus, p_name=0.9, p_extra=0.35)
    sep = pick([" | ", " ; ", " · "])
    segs = [pick(["Registratie ", "CRM-export ", "Intakefiche "]), ref_number(), sep]
    first = True
    for k in KINDS:
        if k not in fields:
            continue
        if not first:
            segs.append(sep)
        first = False
        lab = pick(LABELS[k])
        segs += [lab + ("" if lab == "°" else ": ")]
        segs += (
            [(k, c.person.caps_last() if chance(0.4) else c.person.full())]
            if k == "person_name"
            else [(k, value(c, k))]
        )
    segs += [sep, "Vraag: ", pick(PROBLEMS_SHORT), sep, "Signaal: ", pick(["ja", "nee", "te bespreken"])]
    return segs


def f_chat(focus):
    c = Client()
    fields = choose_fields(focus)
    a, b = Person(), Person()
    segs = [
        ("person_name", a.full()),
        f"  {rng.randint(8, 17)}:{rng.randint(0, 59):02d}\n",
        "@",
        ("person_name", b.full()),
        " ",
        pick(["kan jij morgen langsgaan bij ", "heb jij nog nieuws van ", "wil jij het dossier opnemen van "]),
    ]
    segs += name_or_role(c, fields) + ["? "]
    ex = inline_fields(c, fields, sep=" – ")
    segs += ex
    segs += [
        "\n",
        ("person_name", b.full()),
        f"  {rng.randint(8, 17)}:{rng.randint(0, 59):02d}\n",
        pick(["Doe ik. ", "Ja, morgen om 10u. ", "Nog niets gehoord. "]),
        pick(ISSUES),
    ]
    return segs


def f_budget(focus):
    c = Client()
    fields = choose_fields(focus, p_extra=0.25)
    landlord = Person()
    segs = [pick(["Budgetbegeleiding", "Nota budgetbeheer", "Schuldbemiddeling – stand van zaken"]), "\n"]
    segs += name_or_role(c, fields) + [": inkomen ", amount(), ", vaste kosten ", amount(), ".\n"]
    if "iban" in fields:
        segs += [pick(["Leefgeld wekelijks naar ", "Rekening cliënt: ", "Budgetrekening "]), ("iban", c.iban), ".\n"]
        if chance(0.5):
            segs += [
                "Huur naar de verhuurder, ",
                ("person_name", landlord.full()),
                ", op ",
                ("iban", iban()),
                " met mededeling ",
                structured_ref(),
                ".\n",
            ]
    for k in ("address", "birth_date", "phone", "email", "national_number"):
        if k in fields:
            lab = pick(LABELS[k])
            segs += [lab + ("" if lab == "°" else ": "), (k, value(c, k)), "\n"]
    segs += [pick(ISSUES), " ", ref_number().capitalize(), "."]
    return segs


def f_notes(focus):
    c = Client()
    fields = choose_fields(focus)
    segs = [pick(["nota's spreekuur ", "kladje ", "notities ", "TODO "]), meeting_date(), ":\n"]
    p = c.person
    if "person_name" in fields:
        if chance(0.4):
            segs += [("person_name", p.full())]
        else:
            segs += [pick(["mvr. ", "dhr. ", "mw ", "mr "]), ("person_name", pick([p.initial(), p.last]))]
    else:
        segs += ["anon. cliënt"]
    for k in [k for k in KINDS if k in fields and k != "person_name"]:
        segs += [
            pick([", ", " - ", " / "]),
            {
                "address": "adr. ",
                "birth_date": pick(["°", "° ", "geb. "]),
                "phone": pick(["tel ", "gsm: ", "☎ "]),
                "email": "@: ",
                "iban": "rek.nr ",
                "national_number": pick(["RRN ", "rr-nr "]),
            }[k],
            (k, value(c, k)),
        ]
    segs += [
        "\n-> ",
        pick(PROBLEMS_SHORT),
        ", ",
        pick(
            [
                "terugbellen",
                "doorverwijzen naar CAW",
                "signaal!",
                "bespreken op teamoverleg",
                "afspraak maken met dienst wonen",
            ]
        ),
    ]
    return segs


PII_FRAMES = {
    "notulen": f_notulen,
    "bullets": f_bullets,
    "dictation": f_dictation,
    "table": f_table,
    "email": f_email,
    "sms": f_sms,
    "referral": f_referral,
    "visit": f_visit,
    "mdo": f_mdo,
    "brussels": f_brussels,
    "long": f_long,
    "intake": f_intake,
    "chat": f_chat,
    "budget": f_budget,
    "notes": f_notes,
}


# ---------------------------------------------------------------------------
# Clean frames (no personal data, but tempting)


def tempting_sentence():
    t = rng.randint(0, 29)
    if t == 0:
        return f"Op {meeting_date()} besliste de gemeenteraad over het nieuwe reglement."
    if t == 1:
        return f"De stad trok {amount()} uit voor de energiepremie ({ref_number()})."
    if t == 2:
        return f"{org_person()} (ondernemingsnummer {kbo()}) zoekt vrijwilligers voor de avondopvang."
    if t == 3:
        return f"In de {pick(STREETS)} staan sinds de zomer drie sociale woningen leeg."
    if t == 4:
        return f"{rng.randint(12, 64)} % van de gezinnen in de wijk heeft een betalingsachterstand."
    if t == 5:
        return f"{pick(WEEKDAYS).capitalize()} is het loket in {pick(MUNICIPALITIES)[1]} gesloten."
    if t == 6:
        return f"{pick(MONTHS).capitalize()} wordt een drukke maand voor de schuldbemiddeling."
    if t == 7:
        return f"Het standbeeld van {pick(PUBLIC)} op het plein werd gerestaureerd, de banken errond verdwenen."
    if t == 8:
        return f"Veel ouders weten niet hoe ze {pick(PRODUCTS)} moeten gebruiken."
    if t == 9:
        return f"Leerlingen van {pick(SCHOOLS)} gaan niet mee op uitstap omdat de kost te hoog is."
    if t == 10:
        return (
            f"Het bezoek van {pick(PUBLIC[:2])} aan {pick(MUNICIPALITIES)[1]} "
            f"kreeg veel aandacht, maar de wachtlijsten bleven."
        )
    if t == 11:
        return f"De subsidie wordt gestort met mededeling {structured_ref()}."
    if t == 12:
        return (
            f"Vanaf {rng.randint(1, 28)} {pick(MONTHS)} {rng.choice([2025, 2026])} "
            f"verhuist de dienst naar de {pick(STREETS)}."
        )
    if t == 13:
        return f"Wie in nood zit kan bellen naar {pick(SERVICE_LINES)}."
    if t == 14:
        return (
            f"In {rng.choice([2023, 2024])} werden {rng.randint(40, 900)} "
            f"aanvragen geregistreerd, een stijging met {rng.randint(3, 40)} %."
        )
    if t == 15:
        return (
            f"Het project van {org_person()} loopt nog tot "
            f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.choice([2025, 2026])}."
        )
    if t == 16:
        return (
            f"Volgens de {pick(['Armoedebarometer', 'Gemeentemonitor', 'Sociale Kaart'])} "
            f"gaat het om {rng.randint(2, 30)},{rng.randint(0, 9)} % van de inwoners."
        )
    if t == 17:
        return f"De nieuwe wijkpost aan het {pick(SQUARES)} opent in het voorjaar."
    if t == 18:
        return f"Het maximumfactuur voor de kleuterklas bedraagt {amount()} per schooljaar."
    if t == 19:
        return f"Sinds 1 januari {rng.choice([2025, 2026])} geldt een nieuw inkomensplafond van {amount()}."
    if t == 20:
        return f"Zie {ref_number()} en de beslissing van het vast bureau van {meeting_date()}."
    if t == 21:
        return (
            f"De Sint-{pick(['Maartens', 'Niklaas', 'Elooi', 'Rita'])}feesten "
            f"brengen veel volk naar de {pick(STREETS)}."
        )
    if t == 22:
        year = rng.randint(1937, 2001)
        return (
            f"Een vrouw van {2025 - year} jaar, geboren in {year}, woont met "
            f"{pick(['twee', 'drie', 'vier'])} kinderen in de {pick(STREETS)} in een woning zonder verwarming."
        )
    if t == 23:
        return (
            f"{pick(['Meneer', 'Mevrouw', 'De cliënt'])} (naam gekend "
            f"bij de dienst) belt al weken tevergeefs naar de verhuurder."
        )
    if t == 24:
        return (
            f"Het gezin woont in de {pick(STREETS)} in {pick(MUNICIPALITIES)[1]}, op de derde verdieping zonder lift."
        )
    if t == 25:
        return (
            f"{org_person()} werd opgericht op {rng.randint(1, 28)} "
            f"{pick(MONTHS)} {rng.randint(1950, 2010)} en bestaat dus al lang."
        )
    if t == 26:
        return (
            f"Het vredegerecht behandelt de zaak onder rolnummer "
            f"{rng.randint(23, 25)}A{rng.randint(100, 9999)} op {meeting_date()}."
        )
    if t == 27:
        return (
            f"Een man van {rng.randint(19, 80)} uit {pick(MUNICIPALITIES)[1]} kreeg een eindafrekening van {amount()}."
        )
    if t == 28:
        return f"Op de affiche van {org_person()} staat enkel een QR-code, geen telefoonnummer."
    return f"De leverancier (ondernemingsnummer {kbo()}) verhoogde het voorschot tot {amount()} per maand."


def c_notulen():
    segs = [
        pick(["Notulen teamoverleg ", "Verslag werkgroep armoede ", "Notulen Lokaal Overleg Kinderopvang "]),
        meeting_date(),
        "\nAanwezig: ",
        ", ".join(
            rng.sample(
                [
                    "OCMW",
                    "CAW",
                    "CLB",
                    "wijkagent",
                    "Huis van het Kind",
                    "buurtwerk",
                    "Welzijnsschakel",
                    "dienst Wonen",
                    org_person(),
                ],
                4,
            )
        ),
        "\nVerontschuldigd: ",
        pick(["mutualiteit", "VDAB", "niemand"]),
        "\n\n1. ",
        pick(ISSUES),
        "\n2. ",
        tempting_sentence(),
        "\n3. Varia: ",
        tempting_sentence(),
    ]
    return segs


def c_bullets():
    b = pick(["• ", "- ", "* "])
    segs = [
        pick(["Signalen Kwartaal ", "Overzicht Signalen ", "Thema's Voor Het Schepencollege "]),
        str(rng.randint(1, 4)),
        "\n",
    ]
    for _ in range(rng.randint(3, 5)):
        segs += [b, pick([pick(ISSUES), tempting_sentence()]), "\n"]
    return segs


def c_dictation():
    words = " ".join([pick(ISSUES), tempting_sentence(), pick(ISSUES)])
    words = dictated(words)
    n = rng.randint(3, 40)
    return [
        pick(["signaal voor de stad ", "ok dictee "]),
        words,
        f" dat zijn nu al {spoken(n)} gezinnen op {spoken(rng.randint(2, 12))} maanden tijd",
        pick([" punt", ""]),
    ]


def c_table():
    cols = ["Wijk", "Aantal meldingen", "Bedrag", "Datum"]
    segs = ["\t".join(cols) + "\n"]
    wijken = rng.sample(
        [
            "Rabot",
            "Brugse Poort",
            "Ledeberg",
            "Seefhoek",
            "Kiel",
            "Oud-Berchem",
            "Winterslag",
            "Sint-Kruis",
            "Heilig Hart",
            "Kessel-Lo Centrum",
        ],
        4,
    )
    for wk in wijken:
        segs.append(f"{wk}\t{rng.randint(2, 140)}\t{amount()}\t{meeting_date()}\n")
    segs.append(pick(["Bron: registratie welzijnsloket", "Totaal exclusief BTW", ""]))
    return segs


def c_email():
    return [
        "---------- Doorgestuurd bericht ---------\nVan: Team Welzijnsloket\nOnderwerp: ",
        pick(["signaal schoolkosten", "FW: cijfers energiearmoede", "agenda overleg"]),
        "\n\n",
        pick(["Dag allemaal,", "Beste partners,"]),
        "\n\n",
        pick(ISSUES),
        " ",
        tempting_sentence(),
        "\n\n",
        "Met vriendelijke groeten,\nTeam Welzijnsloket\n",
        pick(["Sociaal Huis", "OCMW", "Dienstencentrum"]),
        " ",
        pick(["Lindeveld", "Brugstede", "Heerdegem"]),
        "\n",
        pick(["Open ma-vr 9u-12u", "Volg ons op Facebook"]),
    ]


def c_sms():
    d = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    return [
        f"[{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}, {d.day}/{d.month}/{d.year}] Team Noord: ",
        pick(["vandaag 3 mensen aan loket ivm ", "al 5e melding deze week ivm ", "weer iemand ivm "]),
        pick(PROBLEMS_SHORT),
        "\n",
        f"[{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}, {d.day}/{d.month}/{d.year}] Onthaal: ",
        pick(["idem hier", "zet het op de agenda vr ", "ok"]) + pick(["", meeting_date()]),
    ]


def c_mdo():
    return [
        "MDO ",
        pick(["3de", "5de", "6de"]),
        " leerjaar – ",
        pick(SCHOOLS),
        "\nDatum: ",
        meeting_date(),
        "\nAanwezig: klastitularis, zorgcoördinator, CLB\n\n",
        pick(["Een derde van de klas", "Vier leerlingen", "Meerdere kinderen"]),
        " ",
        pick(["komt zonder ontbijt naar school.", "kan de schoolreis niet betalen.", "heeft thuis geen internet."]),
        " ",
        tempting_sentence(),
    ]


def c_brussels():
    return [
        pick(["Note CPAS / OCMW: ", "Wijkpost Anneessens: "]),
        pick(["Beaucoup de familles ", "Veel gezinnen "]),
        pick(["in de Rue Heyvaert ", "rond de Chaussée de Gand ", "à Molenbeek "]),
        pick(["ont pas de chauffage, ", "vinden geen logement, "]),
        pick(["c'est structureel. ", "dat is niet normaal. "]),
        tempting_sentence(),
    ]


def c_long():
    pool = ISSUES[:]
    rng.shuffle(pool)
    parts = pool[:7] + [tempting_sentence() for _ in range(4)]
    rng.shuffle(parts)
    return [
        pick(["Signaal: Betaalbaar Wonen In De Rand\n\n", "Nota voor de werkgroep armoede\n\n", "Toelichting\n\n"]),
        " ".join(parts),
        " ",
        pick(SIGNAL_ASKS),
    ]


def c_plain():
    return [" ".join([pick(ISSUES), tempting_sentence(), pick([tempting_sentence(), pick(SIGNAL_ASKS)])])]


def c_intake():
    sep = pick([" | ", " ; "])
    return [
        "Registratie ",
        ref_number(),
        sep,
        "Thema: ",
        pick(PROBLEMS_SHORT),
        sep,
        "Wijk: ",
        pick(["Rabot", "Kiel", "Winterslag"]),
        sep,
        "Partner: ",
        org_person(),
        sep,
        "KBO ",
        kbo(),
        sep,
        "Bedrag: ",
        amount(),
    ]


def c_chat():
    return [
        pick(["Team Noord", "Onthaal", "Werkgroep Wonen"]),
        f"  {rng.randint(8, 17)}:{rng.randint(0, 59):02d}\n",
        "@",
        pick(["Team Zuid", "Dienst Wonen", "iedereen"]),
        " ",
        pick(["hebben jullie ook meldingen over ", "wie volgt het signaal op over "]),
        pick(PROBLEMS_SHORT),
        "? ",
        tempting_sentence(),
        "\n",
        pick(["Dienst Wonen", "Team Zuid"]),
        f"  {rng.randint(8, 17)}:{rng.randint(0, 59):02d}\n",
        pick(["Ja, drie deze week. ", "Nog niet. ", "Nemen we mee. "]),
        pick(ISSUES),
    ]


def c_visit():
    return [
        pick(["Verslag huisbezoek", "Huisbezoek"]),
        " d.d. ",
        meeting_date(),
        "\n",
        (
            f"Gezin ({rng.randint(2, 9)} personen), woning in de {pick(STREETS)}, "
            f"{pick(['huurwoning', 'sociale woning', 'kamer'])}.\n"
        ),
        "Vaststellingen: ",
        pick(
            [
                "vocht en schimmel in de badkamer",
                "geen verwarming op de bovenverdieping",
                "ramen die niet sluiten",
                "geen warm water",
            ]
        ),
        ".\n",
        tempting_sentence(),
        "\n",
        pick(ISSUES),
    ]


def c_referral():
    return [
        "Doorverwijzing\n\nAan: ",
        pick(ORGS),
        "\n\nGeachte collega,\n\nHierbij verwijzen wij ",
        pick(["een jonge moeder", "een alleenstaande man", "een gezin met vier kinderen", "een student"]),
        f" ({rng.randint(18, 80)} jaar) naar uw dienst. ",
        pick(ISSUES),
        " ",
        tempting_sentence(),
        "\n\nMet collegiale groeten,\nTeam Onthaal ",
        pick(["Sociaal Huis", "OCMW", "CAW"]),
    ]


CLEAN_FRAMES = {
    "chat": c_chat,
    "visit": c_visit,
    "referral": c_referral,
    "notulen": c_notulen,
    "bullets": c_bullets,
    "dictation": c_dictation,
    "table": c_table,
    "email": c_email,
    "sms": c_sms,
    "mdo": c_mdo,
    "brussels": c_brussels,
    "long": c_long,
    "plain": c_plain,
    "intake": c_intake,
}


# ---------------------------------------------------------------------------
# Build and check


def earlier_name_tokens():
    toks = set()
    for f in sorted(glob.glob(str(HERE / "privacy_*.jsonl"))):
        if Path(f).resolve() == OUT:
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                toks.update(w.casefold() for w in re.findall(r"\w+", json.loads(line)["text"]))
    return toks


def name_tokens(s):
    return [t for t in re.findall(r"\w+", s.casefold()) if t not in lists.PARTICLES and len(t) > 1]


def make_one(kind):
    if kind == "clean":
        name = pick(list(CLEAN_FRAMES))
        segs, tf = CLEAN_FRAMES[name](), None
        name = "clean/" + name
        if chance(0.07):
            tf = upper_nl
    else:
        name = pick(list(PII_FRAMES))
        out = PII_FRAMES[name](kind)
        segs, tf = out if isinstance(out, tuple) else (out, None)
        if tf is None and chance(0.07):
            tf = upper_nl
            name += "+caps"
    text, spans = render(segs, tf)
    return name, text, spans


def check(rows, earlier):
    def dotless(t):  # "TAŞKIN".casefold() gives "taşkin", the list has "Taşkın"
        return t.replace("ı", "i")

    allowed = {dotless(t) for n in ALL_FIRST + ALL_SUR for t in name_tokens(n)}
    for r in rows:
        text, spans = r["text"], r["spans"]
        assert r["id"].startswith("hoh-")
        last_end = 0
        for s in spans:
            assert s["kind"] in KINDS, s
            assert s["start"] >= last_end and s["end"] > s["start"], r
            last_end = s["end"]
            frag = text[s["start"] : s["end"]]
            assert frag and frag == frag.strip(), (r["id"], frag)
            if s["kind"] == "iban":
                assert iban_valid(frag), (r["id"], frag)
            if s["kind"] == "national_number":
                assert nn_valid(frag), (r["id"], frag)
            if s["kind"] == "person_name":
                for t in name_tokens(frag):
                    assert t not in earlier, (r["id"], frag, t)
                    assert dotless(t) in allowed, (r["id"], frag, t)
        if r["id"].startswith("hoh-clean-"):
            assert not spans
        else:
            assert spans
    counts = {k: sum(1 for r in rows for s in r["spans"] if s["kind"] == k) for k in KINDS}
    minimum = {
        "person_name": 800,
        "address": 150,
        "birth_date": 150,
        "phone": 150,
        "email": 120,
        "iban": 120,
        "national_number": 120,
    }
    for k, m in minimum.items():
        assert counts[k] >= m, (k, counts[k])
    n_clean = sum(1 for r in rows if not r["spans"])
    assert n_clean >= 0.35 * len(rows), n_clean
    assert len(rows) == N_TEXTS
    return counts, n_clean


def main():
    focus = []
    total_w = sum(FOCUS_WEIGHTS.values())
    n_pii = N_TEXTS - N_CLEAN
    for k, w in FOCUS_WEIGHTS.items():
        focus += [k] * round(n_pii * w / total_w)
    focus = (focus + ["person_name"] * n_pii)[:n_pii]
    jobs = focus + ["clean"] * N_CLEAN
    rng.shuffle(jobs)
    rows, counter, frames = [], {}, {}
    for kind in jobs:
        name, text, spans = make_one(kind)
        n = counter.get(kind, 0)
        counter[kind] = n + 1
        frames[name] = frames.get(name, 0) + 1
        rows.append({"id": f"hoh-{kind}-{n:03d}", "text": text, "spans": spans})
    earlier = earlier_name_tokens()
    counts, n_clean = check(rows, earlier)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} texts to {OUT.name}; clean: {n_clean}")
    print("spans per kind:", counts)
    print("texts per frame:", dict(sorted(frames.items())))


if __name__ == "__main__":
    main()
