"""Generator of held-out set M of issue 16 (``privacy_heldout_m.jsonl``); lists in ``privacy_make_heldout_m_lists.py``.

    .venv/bin/python bench/data/privacy_make_heldout_m.py

Card. Set M (2,000 texts, 800 clean) was written by a helper who never opened the guard, its lists, its tests,
``docs/privacy-guard.md``, the privacy benchmark or its results, or the generators of earlier sets, and never ran
the guard. Of the earlier sets only the docstrings of ``bench/privacy_heldout_{i,k,l}.py`` were read, and the
labelled files ``bench/data/privacy_*.jsonl`` only to collect the tokens of their person_name spans and the street
names of their address spans (to exclude them). The texts are signals as Flemish frontline workers type them into
the web form (OCMW and social services, CAW, schools and CLB, housing, health, youth work, debt counselling,
newcomers, police liaison, buurtwerk, elderly care, disability services, VDAB, childcare): 1-6 sentences about a
structural problem with a concrete case inside, typed quickly (a typo in up to 12 % of the filler sentences, lower
case, mevr./dhr./ mw./geb./°/tel./gsm/nr./bus/bte, French and English fragments, bullet lists, forwarded mail
headers and signatures, case notes "Naam: / Adres: / Probleem:", chat fragments).

How. 165 frames with personal data, all written fresh for M (names 50, birth dates 24, addresses 24, phones 22,
IBANs 15, e-mail 15, national numbers 15), each text built around one frame of its main kind (the frames of a kind
are used in turn). Around it 0-3 filler sentences: composed from 40 subjects x 50 predicates x 19 tails x 15
lead-ins, 60 hand-written remarks, or one of 50 clean templates; 35 % of the texts get one of 22 add-ons (a phone,
birth date, address, e-mail, IBAN, national number or second name), and the mail layout adds a sender with address
and a signed name in 60 % of its texts with data. Layouts: prose, lines, bullets, forwarded mail (header lines
"Van:/Verzonden:/Aan:/Onderwerp:"), plain. Clean texts: one clean template plus 1-4 fillers, with organisations and
people by role only and the clutter that is not personal data (dates of measures, amounts, years, ages, percentages,
counts, dossier/ticket/customer/invoice numbers, EAN codes, court-roll numbers, opening hours, public places and
streets without a house number, organisation names; 63 with a single capital as anonymised person, e.g. "W heeft
sinds 1 maart 2025 ..." or "Mevrouw X", the date a measure's date). 178 texts (8.9 %) are lower-cased whole. No
sentence of three words or more (mail header lines aside, case-folded) occurs in more than three texts: the
generator rejects and redraws a text that would break this, and caps a text at six such sentences.

Labelling. Titles (mevrouw, meneer, mevr., dhr., mw., Mme, M., Mr., Mrs., dokter, dr., juf, meester), roles
("Wijkagent", "zorgkundige"), "@" and cue words (geb., °, geboren, RRN, tel., IBAN ...) are outside the spans;
particles of a surname (De, Van Der, ...) inside. Names: full names, "SURNAME First", initial + surname, first names
alone, surnames after a title or "familie/Gezin", names in lists and signatures, lower-case names. Birth dates only
after a cue, in parentheses after a person, or in a sentence about a named person (13 notations: d-m-yyyy,
dd.mm.yyyy, dd/mm/yyyy, d/m/'yy, ISO, Dutch, abbreviated Dutch, French and English month names, "Month d, yyyy",
spaced slashes, dd-mm-yyyy, d.m.yy). An address is street + number (+ bus/bte/b/slash), with its postcode line as
one span, or a postcode with a municipality alone (some codes belong to another municipality). Phones: Belgian
mobile and fixed in 25 layouts, Dutch mobile and area codes, 20 foreign layouts. National numbers in seven layouts;
mistyped ones keep the yy.mm.dd-xxx.cc layout with a checksum that fails for both centuries. IBANs: Belgian (with a
valid national check) and twelve foreign countries, all of correct length and mod-97, with and without spaces. An
e-mail address is only an email span, also when it holds a name. Every span is checked against the value inserted.
Mail header dates ("Verzonden: ...") are not labelled.

Counts: 2,000 texts, 800 clean; 1,200 with data built around a name (370), a birth date (176), an address (168), a
phone number (160), an IBAN (110), an e-mail address (109) or a national number (107); 718 texts carry more than one
kind. Spans: 1,322 person_name, 327 phone, 269 address, 241 birth_date, 236 email, 144 iban, 144 national_number
(2,683). National numbers: 114 valid, 30 mistyped; IBANs: 103 Belgian, 41 foreign. 5,880 distinct sentences, the
most repeated in 3 texts; 158 texts have one sentence, 38 six.

Names come from names-dataset 3.3.1 (installed in a scratch venv; the lists are stored, the generator does not need
it). Countries none of the docstrings of sets I, K and L name, plausible in Flanders: Germany, Austria, Czechia,
Hungary, Greece, Lithuania, Croatia, India and Iran at ranks 1-100..160 of first names per gender and 1-150..220 of
last names, plus Belgium and the Netherlands at first-name ranks 2,501-3,300 and last-name ranks 3,001-4,200 (I-L
give no numeric ranks; any overlap goes through the token filter); Sudan and Palestine were drawn and dropped whole
(few Latin-script names, mostly nicknames). Set I does not name its seventeen countries, so any overlap with it is
left to the token filter: 10,570 drawn, 9,911 after cleaning (Latin script, no one-letter tokens, at most three
tokens), 2,771 of those dropped because a token (casefolded, accent-folded, particles ignored) occurs in a labelled
person_name span of an earlier set (12,471 distinct span texts in 14 files), 7,140 left; then 120 of the two dropped
countries, 677 junk (a token of three characters or less, no vowel, Hungarian married forms in -né, and a hand list
of 445 entries: nicknames, words, shops, places), 444 duplicates across countries and 168 names that are both first
and last name in one country removed: 5,731 stored (2,880 first names, 2,851 last names; BE 1,885, NL 2,048, IN 322,
LT 275, GR 266, CZ 240, HR 193, DE 148, HU 146, IR 113, AT 95). Streets: 420 invented from 110 Flemish roots and 44
street words (some with Oude/Nieuwe/Hoge/Lange/Korte/Kleine/Grote/Achter de), none equal to one of the 1,709 street
names in the address spans of earlier sets. Seed 20261205.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_make_heldout_m_lists as L  # noqa: E402

SEED = 20261205
OUT = Path(__file__).resolve().with_name("privacy_heldout_m.jsonl")
MIX = {"person_name": 370, "birth_date": 176, "address": 168, "phone": 160, "iban": 110, "email": 109,
       "national_number": 107}
N_CLEAN = 800
LOWER_SHARE = 0.085
MISTYPED_NN_SHARE = 0.2
MAX_REPEAT = 3
MAX_SENTENCES = 6
# Country weights for drawing a person: Belgium and the Netherlands (deep ranks) about half, the rest spread.
COUNTRY_WEIGHTS = {"BE": 30, "NL": 16, "DE": 5, "AT": 2, "CZ": 5, "HU": 5, "GR": 6, "LT": 6, "HR": 5, "IN": 10, "IR": 6}
PARTICLES = ("Van Der ", "Van Den ", "Van De ", "Van ", "De ", "Ten ", "Ter ", "Den ")
HEADER_PREFIXES = ("van:", "aan:", "verzonden:", "onderwerp:", "cc:", "from:", "to:", "sent:", "subject:")
ABBREV = re.compile(r"(?:\b(?:mevr|dhr|mw|dr|geb|nr|tel|bv|mr|mrs|ms|mme|nat|rijksreg|m|j)\.|\b[A-Z]\.)$", re.I)
EXTRA = "<extra>"  # marks where an add-on about the person goes
SLOT = re.compile(r"\{([A-Z]+?)(\d?)\}")


class Person:
    """A drawn person: names, gender and the e-mail address that goes with them."""

    def __init__(self, rng: random.Random):
        countries = list(COUNTRY_WEIGHTS)
        cc = rng.choices(countries, weights=[COUNTRY_WEIGHTS[c] for c in countries])[0]
        self.gender = rng.choice("FM")
        self.first = rng.choice(L.NAMES[cc][self.gender])
        # One in six couples of names crosses countries, as in mixed families.
        lcc = rng.choice(countries) if rng.random() < 0.17 else cc
        self.last = rng.choice(L.NAMES[lcc]["L"])
        if rng.random() < 0.3 and self.last.startswith(PARTICLES):
            # Dutch spelling writes the particles in lower case after a first name.
            for part in PARTICLES:
                if self.last.startswith(part):
                    self.last_mid = part.lower() + self.last[len(part):]
                    break
        else:
            self.last_mid = self.last
        self.mail = make_mail(rng, self.first, self.last)


def ascii_fold(text: str) -> str:
    """Lower-case ASCII of a name, as people type it in an e-mail address."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if c.isascii() and (c.isalnum()))


def make_mail(rng: random.Random, first: str, last: str) -> str:
    f, la = ascii_fold(first), ascii_fold(last)
    user = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{rng.randint(1, 99)}", f"{la}.{f}", f"{f}_{la}",
                       f"{f}{rng.randint(70, 99)}", f"{f}.{la[:1]}", f"{la}{f[0]}"])
    return f"{user}@{rng.choice(L.MAIL_DOMAINS)}"


# ---------------------------------------------------------------------------------------------------- dates
def random_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 31).toordinal()))


def birth_date(rng: random.Random, y0: int = 1934, y1: int = 2024) -> str:
    """A birth date between y0 and y1 in one of thirteen notations."""
    d = random_date(rng, y0, y1)
    m = d.month - 1
    return rng.choice([
        f"{d.day}-{d.month}-{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day}/{d.month}/'{d.year % 100:02d}", d.isoformat(), f"{d.day} {L.MONTHS_NL[m]} {d.year}",
        f"{d.day} {L.MONTHS_NL_ABBR[m]} {d.year}", f"{d.day} {L.MONTHS_FR[m]} {d.year}",
        f"{L.MONTHS_EN[m]} {d.day}, {d.year}", f"{d.day} {L.MONTHS_EN[m]} {d.year}",
        f"{d.day:02d} / {d.month:02d} / {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
        f"{d.day}.{d.month}.{d.year % 100:02d}",
    ])


def measure_date(rng: random.Random) -> str:
    """The date of a measure or event (not about a person): no span."""
    d = random_date(rng, 2023, 2026)
    if rng.random() < 0.4:
        d = d.replace(day=1)
    return rng.choice([f"{d.day} {L.MONTHS_NL[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                       f"{d.day} {L.MONTHS_NL[d.month - 1]}", f"{d.day}/{d.month}/{d.year}",
                       f"{d.day} {L.MONTHS_NL_ABBR[d.month - 1]} {d.year}"])


# ---------------------------------------------------------------------------------------------------- phones
def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def be_mobile(rng: random.Random) -> str:
    p = rng.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486",
                    "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499", "456",
                    "460", "465", "466", "467", "468"])
    a, b, c, d = digits(rng, 2), digits(rng, 2), digits(rng, 2), digits(rng, 3)
    return rng.choice([f"0{p} {a} {b} {c}", f"0{p}/{a}.{b}.{c}", f"0{p}{a}{b}{c}", f"0{p} {d} {b}{c[0]}",
                       f"0{p}-{a}-{b}-{c}", f"+32 {p} {a} {b} {c}", f"+32(0){p} {a} {b} {c}",
                       f"0032 {p} {a} {b} {c}", f"+32{p}{a}{b}{c}", f"0{p}.{a}.{b}.{c}", f"0{p}/{a}{b}{c}"])


def be_fixed(rng: random.Random) -> str:
    if rng.random() < 0.45:
        z = rng.choice("239")
        a, b, c = digits(rng, 3), digits(rng, 2), digits(rng, 2)
        return rng.choice([f"0{z} {a} {b} {c}", f"0{z}/{a}.{b}.{c}", f"0{z}{a}{b}{c}", f"(0{z}) {a} {b} {c}",
                           f"+32 {z} {a} {b} {c}", f"0{z}-{a} {b} {c}", f"+32 (0){z} {a}{b}{c}"])
    z = rng.choice(["11", "13", "14", "15", "16", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59",
                    "60", "63", "67", "69", "71", "80", "81", "82", "85", "86", "87", "89"])
    a, b, c = digits(rng, 2), digits(rng, 2), digits(rng, 2)
    return rng.choice([f"0{z} {a} {b} {c}", f"0{z}/{a}.{b}.{c}", f"0{z}-{a} {b} {c}", f"+32 {z} {a} {b} {c}",
                       f"(0{z}) {a} {b} {c}", f"0{z}{a}{b}{c}", f"0{z} {a}{b}{c}"])


def nl_phone(rng: random.Random) -> str:
    if rng.random() < 0.5:
        n = digits(rng, 8)
        return rng.choice([f"06 {n}", f"06-{n}", f"+31 6 {n}", f"+31 (0)6 {n[:4]} {n[4:]}", f"06 {n[:2]} {n[2:4]} "
                           f"{n[4:6]} {n[6:]}"])
    area = rng.choice(["20", "10", "70", "30", "40", "76", "118", "591", "113", "499", "546"])
    n = digits(rng, 9 - len(area))
    return rng.choice([f"0{area} {n}", f"0{area}-{n}", f"(0{area}) {n}", f"+31 {area} {n}"])




def foreign_phone(rng: random.Random) -> str:
    return re.sub(r"\{(\d)\}", lambda m: digits(rng, int(m.group(1))), rng.choice(L.FOREIGN_PHONES))


def any_phone(rng: random.Random) -> str:
    return rng.choices([be_mobile, be_fixed, nl_phone, foreign_phone], weights=[50, 25, 12, 13])[0](rng)


# ---------------------------------------------------------------------------------------------------- numbers
def nn_check(base9: str, year: int) -> int:
    value = int(("2" + base9) if year >= 2000 else base9)
    return 97 - value % 97


def nn_passes(value: str) -> bool:
    """True when the eleven digits pass the checksum for a birth in the 1900s or the 2000s."""
    d = re.sub(r"\D", "", value)
    return int(d[9:]) in (97 - int(d[:9]) % 97, 97 - int("2" + d[:9]) % 97)


def national_number(rng: random.Random, stats: Counter) -> str:
    d = random_date(rng, 1934, 2024)
    base = f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{rng.randint(1, 997):03d}"
    if rng.random() < MISTYPED_NN_SHARE:
        # In the national-number layout, but the checksum fails for both centuries.
        bad = {97 - int(base) % 97, 97 - int("2" + base) % 97}
        cc = rng.choice([c for c in range(1, 98) if c not in bad])
        value = f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{cc:02d}"
        assert not nn_passes(value)
        return value
    cc = f"{nn_check(base, d.year):02d}"
    assert nn_passes(base + cc)
    y, m, dd, s = base[:2], base[2:4], base[4:6], base[6:]
    return rng.choice([f"{y}.{m}.{dd}-{s}.{cc}", f"{y}.{m}.{dd}-{s}.{cc}", f"{y}{m}{dd}{s}{cc}",
                       f"{y}{m}{dd} {s} {cc}", f"{y}{m}{dd}-{s}-{cc}", f"{y}.{m}.{dd} {s}-{cc}",
                       f"{y} {m} {dd} {s} {cc}", f"{y}{m}{dd}-{s}.{cc}"])


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def with_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"




def iban(rng: random.Random, stats: Counter, foreign: bool = False) -> str:
    if foreign:
        cc = rng.choice(sorted(L.FOREIGN_IBAN))
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "A" else str(rng.randint(0, 9))
                       for c in L.FOREIGN_IBAN[cc])
    else:
        cc = "BE"
        head = rng.choice(L.BE_BANKS) + digits(rng, 7)
        bban = head + f"{(int(head) % 97) or 97:02d}"
    value = with_check(cc, bban)
    assert iban_valid(value)
    if rng.random() < 0.7:
        value = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


# ---------------------------------------------------------------------------------------------------- addresses
def street_number(rng: random.Random) -> str:
    street = rng.choice(L.STREETS)
    nr = str(rng.randint(1, 190)) + (rng.choice(["A", "a", "B", "b"]) if rng.random() < 0.1 else "")
    return f"{street} {nr}"


def street_bus(rng: random.Random) -> str:
    bus = rng.choice([f" bus {rng.randint(1, 24)}", f" bte {rng.randint(1, 12)}", f" bus 0.{rng.randint(1, 9):02d}",
                      f"/{rng.randint(1, 4)}0{rng.randint(1, 6)}", f" b{rng.randint(1, 9)}",
                      f" bus {rng.randint(1, 9)}B"])
    return street_number(rng) + bus


def postcode(rng: random.Random) -> str:
    code, town = rng.choice(L.POSTCODES)
    return rng.choice([f"{code} {town}", f"{code} {town}", f"B-{code} {town}", f"{code} {town.upper()}"])


def full_address(rng: random.Random) -> str:
    street = street_bus(rng) if rng.random() < 0.3 else street_number(rng)
    return street + rng.choice([", ", ", ", " ", "\n", " - "]) + postcode(rng)


# ---------------------------------------------------------------------------------------------------- clutter
def amount(rng: random.Random) -> str:
    v = rng.choice([rng.randint(12, 95), rng.randint(100, 990), rng.randint(1000, 9800)])
    shown = f"{v:,}".replace(",", ".")
    return rng.choice([f"€ {shown}", f"{shown} euro", f"€{shown},{rng.randint(0, 99):02d}", f"EUR {shown}",
                       f"{shown} EUR", f"{shown}€"])


def dossier(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(2021, 2026)}/{rng.randint(1, 9999):04d}",
                       f"D-{rng.randint(21, 26)}-{digits(rng, 5)}",
                       f"OCMW/{rng.randint(2022, 2026)}/{rng.randint(100, 4999)}", f"#{digits(rng, 5)}",
                       f"SH{digits(rng, 6)}", f"nr. {rng.randint(2023, 2026)}-{digits(rng, 4)}"])


CLUTTER = {
    "ORG": lambda r: r.choice(L.ORGS), "TOWN": lambda r: r.choice(L.TOWNS), "AMT": amount, "AMT2": amount,
    "PCT": lambda r: r.choice([f"{r.randint(3, 60)}%", f"{r.randint(3, 60)} procent",
                               f"{r.randint(3, 60)},{r.randint(1, 9)} %"]),
    "AGE": lambda r: str(r.randint(17, 93)), "CNT": lambda r: str(r.randint(2, 40)),
    "YEAR": lambda r: str(r.randint(2019, 2026)), "MDATE": measure_date, "MDATE2": measure_date, "DOS": dossier,
    "STREET": lambda r: r.choice(L.STREETS_PUBLIC), "PLACE": lambda r: r.choice(L.PLACES),
    "HOURS": lambda r: r.choice(["van 9u tot 12u", "ma-vr 8.30-12.00", "tussen 13u30 en 16u",
                                 "op di en do van 9 tot 11u30", "enkel 's voormiddags",
                                 "van 8u30 tot 12u en van 13u tot 16u"]),
    "EAN": lambda r: r.choice(["5414" + digits(r, 14), "5414 " + " ".join(digits(r, 2) for _ in range(7))]),
    "ROL": lambda r: r.choice([f"{r.randint(23, 26)}A{digits(r, 4)}", f"A.R. {r.randint(23, 26)}/{digits(r, 4)}/A",
                               f"{r.randint(23, 26)}B{digits(r, 3)}"]),
    "TICKET": lambda r: r.choice([f"INC{digits(r, 7)}", f"T-{digits(r, 5)}", f"#{digits(r, 6)}"]),
    "KLANT": lambda r: r.choice([f"K-{digits(r, 7)}", digits(r, 9), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"]),
    "WEEKDAY": lambda r: r.choice(L.WEEKDAYS), "MONTH": lambda r: r.choice(L.MONTHS_NL),
    "HH": lambda r: str(r.randint(8, 12)), "HH2": lambda r: str(r.randint(13, 17)),
    "MM": lambda r: f"{r.randint(0, 59):02d}",
    "BIC": lambda r: r.choice(["GEBABEBB", "KREDBEBB", "BBRUBEBB", "GKCCBEBB", "ARSPBE22", "NICABEBB", "TRIOBEBB"]),
    "CTRY": lambda r: r.choice(L.COUNTRIES),
}


class Builder:
    """Builds one text piece by piece and records the spans of the personal parts."""

    def __init__(self, rng: random.Random, stats: Counter):
        self.rng, self.stats = rng, stats
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.expected: list[str] = []
        self.length = 0
        self.people: dict[str, Person] = {}

    def add(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.spans.append({"kind": kind, "start": self.length, "end": self.length + len(text)})
            self.expected.append(text)
        self.parts.append(text)
        self.length += len(text)

    def person(self, idx: str) -> Person:
        if not idx:
            return Person(self.rng)
        if idx not in self.people:
            self.people[idx] = Person(self.rng)
        return self.people[idx]

    def name_form(self, p: Person) -> str:
        r = self.rng.random()
        if r < 0.72:
            return f"{p.first} {p.last_mid}"
        if r < 0.80:
            return f"{p.last.upper()} {p.first}"
        if r < 0.88:
            return f"{p.first[0]}. {p.last}"
        if r < 0.93:
            return f"{p.first} {p.last}".lower()
        return f"{p.first} {p.last}"

    def slot(self, name: str, idx: str) -> None:
        rng, p = self.rng, None
        if name in {"N", "F", "S", "I", "U", "L", "T", "TF", "TE", "HZ", "ZH", "JUF", "MAIL"}:
            p = self.person(idx)
        table = {
            "N": lambda: (self.name_form(p), "person_name"), "F": lambda: (p.first, "person_name"),
            "S": lambda: (p.last, "person_name"), "I": lambda: (f"{p.first[0]}. {p.last}", "person_name"),
            "U": lambda: (f"{p.last.upper()} {p.first}", "person_name"),
            "L": lambda: (f"{p.first} {p.last}".lower(), "person_name"),
            "T": lambda: (rng.choice(L.TITLES_NL[p.gender]), None),
            "TF": lambda: (rng.choice(L.TITLES_FR[p.gender]), None),
            "TE": lambda: (rng.choice(L.TITLES_EN[p.gender]), None),
            "HZ": lambda: ("haar" if p.gender == "F" else "zijn", None),
            "ZH": lambda: ("zij" if p.gender == "F" else "hij", None),
            "JUF": lambda: ("juf" if p.gender == "F" else "meester", None), "MAIL": lambda: (p.mail, "email"),
            "DOB": lambda: (birth_date(rng), "birth_date"), "KDOB": lambda: (birth_date(rng, 2007, 2023), "birth_date"),
            "BDOB": lambda: (birth_date(rng, 2024, 2025), "birth_date"),
            "ODOB": lambda: (birth_date(rng, 1928, 1958), "birth_date"), "ADDR": lambda: (full_address(rng), "address"),
            "STR": lambda: (street_number(rng), "address"), "STRB": lambda: (street_bus(rng), "address"),
            "PC": lambda: (postcode(rng), "address"), "GSM": lambda: (be_mobile(rng), "phone"),
            "FIX": lambda: (be_fixed(rng), "phone"), "TEL": lambda: (any_phone(rng), "phone"),
            "FPHONE": lambda: (foreign_phone(rng), "phone"), "NLPHONE": lambda: (nl_phone(rng), "phone"),
            "NN": lambda: (national_number(rng, self.stats), "national_number"),
            "IBAN": lambda: (iban(rng, self.stats, foreign=rng.random() < 0.15), "iban"),
            "FIBAN": lambda: (iban(rng, self.stats, foreign=True), "iban"),
            "PROB": lambda: (self.render_plain(rng.choice(L.PROBLEMS)) + rng.choice(L.PROBLEM_TAILS), None),
        }
        if name in table:
            value, kind = table[name]()
        else:
            value, kind = CLUTTER[name + idx](rng), None
        self.add(value, kind)

    def render_plain(self, template: str) -> str:
        """Fill a template that holds only clutter slots (no spans)."""
        return SLOT.sub(lambda m: CLUTTER[m.group(1) + m.group(2)](self.rng), template)

    def render(self, template: str) -> None:
        pos = 0
        for m in SLOT.finditer(template):
            self.add(template[pos:m.start()])
            self.slot(m.group(1), m.group(2))
            pos = m.end()
        self.add(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------------------------------------------- fillers
def typo(rng: random.Random, sentence: str) -> str:
    """Swap two letters in one word, drop a letter, or double one: typed in a hurry."""
    words = sentence.split(" ")
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 4 and w.isalpha():
        j = rng.randrange(1, len(w) - 2)
        w = rng.choice([w[:j] + w[j + 1] + w[j] + w[j + 2:], w[:j] + w[j + 1:], w[:j] + w[j] + w[j:]])
    words[i] = w
    return " ".join(words)


def filler(rng: random.Random, used: set[str]) -> str:
    """A sentence about the structural problem, without personal data; no template twice in one text."""
    if rng.random() < 0.3:
        s = rng.choice([r for r in L.REMARKS if r not in used])
        used.add(s)
    elif rng.random() < 0.25:
        template = rng.choice([t for t in L.CLEAN if t not in used])
        used.add(template)
        s = Builder(rng, Counter()).render_plain(template)
    else:
        lead = rng.choice(L.LEADS)
        subj = rng.choice(L.SUBJECTS)
        if lead:
            subj = subj[0].lower() + subj[1:]
        s = f"{lead}{subj} {rng.choice(L.PREDICATES)}{rng.choice(L.TAILS)}."
    return typo(rng, s) if rng.random() < 0.12 else s


def mail_header(rng: random.Random, b: Builder, personal: bool) -> None:
    """A forwarded mail header; with personal data the sender is a named person with an address."""
    b.add(rng.choice(["---------- Doorgestuurd bericht ----------\n", "-----Oorspronkelijk bericht-----\n",
                      "Begin doorgestuurd bericht:\n", ""]))
    if personal:
        b.add("Van: ")
        b.render(rng.choice(["{N9} <{MAIL9}>", "{N9} [mailto:{MAIL9}]", "{MAIL9}"]))
        b.add("\n")
    else:
        b.add(f"Van: {rng.choice(['Onthaal', 'Secretariaat', 'Permanentie', 'Team'])} {bare(rng.choice(L.ORGS))}\n")
    b.add(f"Verzonden: {rng.choice(L.WEEKDAYS)} {measure_date(rng)} {rng.randint(8, 18)}:{rng.randint(0, 59):02d}\n")
    b.add(f"Aan: {rng.choice(['Signalen', 'meldpunt', 'Lokaal Signaal', 'Welzijnsoverleg'])}\n")
    b.add(f"Onderwerp: {rng.choice(['Fw: signaal', 'TR: situatie', 'RE: vraag', 'FW: dringend', 'signaal'])} "
          f"{rng.choice(['huisvesting', 'schulden', 'school', 'zorg', 'energie', 'opvang', 'werk'])}\n\n")


def bare(text: str) -> str:
    """Drop the article before an organisation name at the start of a header or signature line."""
    return re.sub(r"(?m)(^|(?:Onthaal|Secretariaat|Permanentie|Team|onthaalteam) )(?:de|het) ", r"\1", text)


def signature(rng: random.Random, b: Builder, personal: bool) -> None:
    if personal:
        b.render(rng.choice(["\n\nGroetjes,\n{F8}", "\n\nmvg\n{N8}\n{ORG}", "\n\n{N8} | {ORG} | {TEL}",
                             "\n\nKind regards,\n{N8}", "\n\nCordialement,\n{N8}\n{ORG}"]))
    else:
        b.add("\n\n" + bare(b.render_plain(rng.choice(L.ROLE_SIGNATURES))))


def compose(rng: random.Random, frame: str | None, stats: Counter) -> Builder:
    """One text: the frame (or clean sentences) among filler sentences, in one of five layouts."""
    b = Builder(rng, stats)
    n_fill = rng.choice([0, 1, 1, 2, 2, 3, 3]) if frame else rng.choice([1, 2, 2, 3, 4])
    used: set[str] = set()
    if frame is None:
        template = rng.choice(L.CLEAN)
        used.add(template)
    fills = [filler(rng, used) for _ in range(n_fill)]
    if frame is None:
        fills.insert(rng.randrange(len(fills) + 1), b.render_plain(template))
    at = rng.randrange(len(fills) + 1)
    layout = rng.choices(["prose", "lines", "bullets", "mail", "plain"], weights=[45, 14, 10, 14, 17])[0]
    personal_extra = frame is not None and rng.random() < 0.6
    if layout == "mail":
        mail_header(rng, b, personal_extra)
    sep = {"prose": " ", "lines": "\n", "bullets": "\n", "mail": " ", "plain": " "}[layout]
    bullet = rng.choice(["- ", "* ", "• ", "> "]) if layout == "bullets" else ""
    items: list[str | None] = fills[:at] + [None] + fills[at:] if frame else fills
    if frame and rng.random() < 0.35:
        items.insert(at + 1, EXTRA)
    for k, item in enumerate(items):
        if k:
            # A piece without a full stop is followed by a new line, not glued to the next sentence.
            b.add(sep if b.text().rstrip()[-1:] in ".!?" else "\n")
        b.add(bullet)
        if item is None:
            b.render(frame)
        elif item is EXTRA:
            b.render(rng.choice(L.EXTRAS))
        else:
            b.add(item)
    if layout == "mail" or (layout == "prose" and rng.random() < 0.15):
        signature(rng, b, personal_extra)
    return b


def sentences(text: str) -> list[str]:
    """Sentences of three words or more, mail header lines aside."""
    out = []
    for line in text.split("\n"):
        if line.strip().casefold().startswith(HEADER_PREFIXES):
            continue
        pieces: list[str] = []
        for piece in re.split(r"(?<=[.!?])\s+", line):
            # An abbreviation or an initial does not end a sentence.
            if pieces and ABBREV.search(pieces[-1]):
                pieces[-1] += " " + piece
            else:
                pieces.append(piece)
        for s in pieces:
            s = s.strip(" -*•>")
            if len(s.split()) >= 3:
                out.append(s)
    return out


# ---------------------------------------------------------------------------------------------------- main
def build() -> tuple[list[dict], Counter]:
    rng = random.Random(SEED)
    stats: Counter = Counter()
    seen: Counter = Counter()
    plan: list[tuple[str, str | None]] = []
    for kind, n in MIX.items():
        frames = list(L.FRAMES[kind])
        order: list[str] = []
        while len(order) < n:
            rng.shuffle(frames)
            order += frames
        plan += [(kind, f) for f in order[:n]]
    plan += [("clean", None)] * N_CLEAN
    rng.shuffle(plan)
    records, ids = [], Counter()
    for kind, frame in plan:
        for _ in range(200):
            b = compose(rng, frame, stats)
            # Counted case-insensitively, as some texts are lower-cased afterwards.
            sents = {s.casefold() for s in sentences(b.text())}
            if 1 <= len(sentences(b.text())) <= MAX_SENTENCES and all(seen[s] < MAX_REPEAT for s in sents):
                break
        else:
            raise RuntimeError(f"no fresh text for frame {frame!r}")
        seen.update(sents)
        text = b.text()
        if rng.random() < LOWER_SHARE and len(text.lower()) == len(text):
            text = text.lower()
            stats["lower"] += 1
        for span, want in zip(b.spans, b.expected, strict=True):
            got = text[span["start"]:span["end"]]
            assert got in (want, want.lower()), (got, want)
            assert got == got.strip() and got, got
        if frame is None:
            assert not b.spans
        ids[kind] += 1
        records.append({"id": f"hom-{kind}-{ids[kind]:03d}", "text": text, "spans": b.spans})
    return records, stats


def report(records: list[dict], stats: Counter) -> None:
    main = Counter(r["id"].split("-")[1] for r in records)
    spans = Counter(s["kind"] for r in records for s in r["spans"])
    multi = sum(len({s["kind"] for s in r["spans"]}) > 1 for r in records)
    print("texts", len(records), "by main kind", dict(main))
    print("spans", dict(spans), "total", sum(spans.values()))
    print("texts with more than one kind", multi, "| lower case", stats["lower"])
    found = Counter()
    for r in records:
        for s in r["spans"]:
            value = r["text"][s["start"]:s["end"]]
            if s["kind"] == "national_number":
                found["nn_valid" if nn_passes(value) else "nn_mistyped"] += 1
            elif s["kind"] == "iban":
                assert iban_valid(value.upper())
                found["iban_be" if value.upper().startswith("BE") else "iban_foreign"] += 1
    print("national numbers valid", found["nn_valid"], "mistyped", found["nn_mistyped"],
          "| IBAN BE", found["iban_be"], "foreign", found["iban_foreign"])
    per_text = Counter(s for r in records for s in {x.casefold() for x in sentences(r["text"])})
    lengths = Counter(min(len(sentences(r["text"])), MAX_SENTENCES + 1) for r in records)
    print("distinct sentences (>=3 words, headers aside, case-folded)", len(per_text),
          "| most repeated in", max(per_text.values()), "texts | sentences per text", sorted(lengths.items()))
    print("frames with personal data", sum(len(v) for v in L.FRAMES.values()))


def main() -> None:
    records, stats = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report(records, stats)


if __name__ == "__main__":
    main()
