"""Generator of held-out set N of issue 16 (``privacy_heldout_n.jsonl``); this docstring is the set's card.

    .venv/bin/python bench/data/privacy_make_heldout_n.py

Set N (2,000 texts, 800 clean) was written by a helper who never opened the guard, its lists, its tests,
``docs/privacy-guard.md``, the privacy benchmark or its results, or the generators of the earlier sets (M included),
and never ran the guard. Of the earlier sets only the docstrings of ``bench/privacy_heldout_{i,k,l,m}.py`` were read
(for the countries and ranks they used) and, in their data files, only the text inside person_name and address spans
(to leave those names and streets out). Lists are in ``privacy_make_heldout_n_lists.py``; the generator is
deterministic (seed 160014) and needs no package beyond the standard library.

Card: signals as frontline workers type them into the web form (OCMW and social services, CAW, schools and CLB,
housing, health, youth work, debt counselling, newcomers, police liaison, buurtwerk, elderly care, disability
services, VDAB, childcare): 1-6 sentences about a structural problem with a concrete case inside, typed quickly (typos
in 18 % of the composed sentences, lower case, abbreviations mevr./dhr./mw./geb./°/tel./gsm/nr./bus/bte/RRN, French
and English fragments, bullet lists, forwarded mail headers, signatures, case-note layouts "Naam: / Adres: /
Probleem:", chat lines). 182 frames with personal data, all written for N (66 built around a name, 24 a birth date, 24
an address, 23 a phone, 15 a national number, 15 an IBAN, 15 an e-mail address); a text with data has its main frame
and in 45 % a second frame of another kind. Problem sentences are composed from hand-written parts: 12 topics with 48
plural subjects and 61 predicates, 17 lead-ins and 19 tails, plus 16 closing remarks. Clean texts use the same problem
sentences and 50 hand-written templates that tell a case by role and organisation only ("een alleenstaande mama", "de
VDAB-consulent") with the clutter of real notes: dates of measures (full dates only in clean texts; in texts with a
named person a measure's date is kept partial, "12 maart", "begin mei", so that it cannot be read as a birth date),
amounts, years, ages, percentages, counts, dossier, ticket, customer, reference, invoice and court-roll numbers, EAN
wording, opening hours, municipalities and public places without a house number; 547 of the 800 clean texts contain a
digit. No sentence of three words or more (mail header lines aside) occurs in more than three texts: the generator
redraws a text until this holds (4,365 distinct sentences, the most repeated in 3 texts).

Counts: 1,200 texts with data built around a name (370), a birth date (176), an address (168), a phone (160), an IBAN
(110), an e-mail address (109) or a national number (107); 782 texts carry more than one kind. Spans: 1,384
person_name (1,236 distinct strings), 277 birth_date, 275 phone, 262 address, 163 email, 136 iban, 132
national_number. 194 texts are all lower case (5 % lowered on purpose, the rest typed without capitals); in 3 % of the
texts with data the names alone are lower case. Birth dates in fourteen notations (d-m-yyyy, dd.mm.yyyy, dd/mm/yyyy,
d/m/'yy, ISO, Dutch month names, abbreviated Dutch with and without a dot, French and English month names, "3 Jul
1975", spaced slashes, dd-mm-yyyy, d.m.yy), with years fitting the frame (children, pensioners, young mothers).
Phones: Belgian mobile and fixed (one- and two-digit zones) with spaces, slashes, dots, dashes, parentheses, +32,
+32(0) and 0032; Dutch mobile and fixed (06-, +31 6, +31 (0)6, area codes); twelve foreign prefixes (+33, +44, +40,
+48, +880, +57, +593, +51, +46, +45, +358, +970) with 00 and + forms. National numbers in seven layouts, 28 of 132
mistyped (the layout kept, a checksum that fails for both centuries), the others valid for their century (births from
2000 checked with the "2" prefix). IBANs: 108 Belgian and 28 foreign (NL, FR, DE, LU, ES, GB, PL, RO, BG, PT, TN), all
of the country's length and valid mod-97, 60 % printed in groups of four. Addresses: invented streets (320, from 141
Flemish roots and 38 street words: straat, laan, pad, ring, hof, dreef, kaai, vest, lei, dijk, wal, baan, singel,
plantsoen, erf, werf, steenweg, plein, weg, dries, kouter, veld, berg, gracht, markt, hoek, heide, gang, dal, beek,
meers, bos, wijk, park, kant, vliet, hoeve, akker), sometimes with Oude/Kleine/Nieuwe/Hoge/Lage, house numbers with
letters, bus/bte/slash boxes and "nr."; postal lines of 59 Flemish/Belgian places (15 % with a code of another
municipality) and four Dutch ones; no street occurs in an address span of an earlier set.

Names: names-dataset 3.3.1, countries none of sets I, K, L and M names: Sudan, Palestine, Bangladesh, Sweden, Denmark,
Finland, Estonia, Chile, Colombia, Ecuador, Peru, Cyprus and the United Kingdom (Pakistan has no names in the package;
Yemen, Libya, Kazakhstan and Malta were drawn and dropped whole as junk or implausible). Per country the top 150 male
and 150 female first names and 300 last names: 7,800 drawn; 6,427 after cleaning (Latin script, every token of three
letters or more, a hand-made junk list of about 250 nicknames, words, places, clubs and abbreviations, Ecuadorian
diminutives); 2,133 of those dropped because a token (casefolded, accent-folded, particles ignored) occurs in a
labelled person_name span of any earlier set (all ``bench/data/privacy_*.jsonl``, M included); of the 4,294 left the
best-ranked 40 male and 40 female first names and 90 last names per country were kept: 2,006 stored (482 male and 465
female first names, 1,059 last names). A person's first and last name come from the same country (Sudan, short of
first names, borrows them from another).

Labelling: titles (mevrouw, mevr., mw., mme, meneer, dhr., mr., de heer, mijnheer) outside the name span; "geb.", "°",
"geboren", "né le", "born" outside the birth-date span; names also as first names alone, "SURNAME First", "Surname
First", initial + surname ("M. Georgiou", "M.Georgiou"), in signatures, lists, chat speakers and "naam:" fields; an
address with its postal line is one span (the separator ", ", " ", " - ", newline or ", B-" inside it); "de" before a
street ("woont in de X 12") stays outside; a postcode with its municipality alone is an address; an e-mail address is
only an email span, even when it holds a name; the phones, IBANs and national numbers of landlords, administrators and
relatives are labelled like a client's. Not labelled: birthplaces and municipalities alone, organisations, roles,
public streets without a number, dates of measures, ages, dossier and other file numbers.
"""

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_make_heldout_n_lists as L  # noqa: E402

SEED = 16_0014
OUT = Path(__file__).resolve().parent / "privacy_heldout_n.jsonl"
MIX = {
    "person_name": 370,
    "birth_date": 176,
    "address": 168,
    "phone": 160,
    "iban": 110,
    "email": 109,
    "national_number": 107,
}
N_CLEAN = 800
MAX_SENTENCE_TEXTS = 3
HEADER = re.compile(r"^\s*(van|aan|cc|onderwerp|verzonden|datum|from|to|subject|sent|date|objet)\s*:", re.I)
SIGNATURE = re.compile(r"^(groeten|mvg|vriendelijke)", re.I)
ASCII_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "ß": "ss", "đ": "d", "ð": "d", "þ": "th"})
SLOT = re.compile(r"\{([A-Za-z0-9]+)\}")


def fold(text):
    """Casefold and strip accents, for e-mail addresses and sentence counting."""
    norm = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in norm if not unicodedata.combining(c))


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def pattern(rng, pat):
    """Fill a pattern: # a digit, L an upper-case letter."""
    return "".join(
        rng.choice("0123456789") if c == "#" else rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ") if c == "L" else c for c in pat
    )


class Person:
    def __init__(self, rng, female=None):
        country = rng.choice(sorted(L.LAST))
        self.female = rng.random() < 0.55 if female is None else female
        pool = (L.FIRST_FEMALE if self.female else L.FIRST_MALE).get(country) or []
        if len(pool) < 3:  # a country with few names of this gender borrows from another
            pool = (L.FIRST_FEMALE if self.female else L.FIRST_MALE)[rng.choice(["SE", "CO", "BD", "CY", "GB"])]
        self.first = rng.choice(pool)
        self.last = rng.choice(L.LAST[country])


def title(rng, person):
    return rng.choice(L.FEMALE_TITLES if person.female else L.MALE_TITLES)


BIRTH_YEARS = {"": (1938, 2007), "k": (2008, 2025), "o": (1933, 1960), "y": (1983, 2005)}


def birth_date(rng, band=""):
    """A birth date in one of fourteen notations; the band keeps children young and pensioners old."""
    year = rng.randint(*BIRTH_YEARS[band])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    style = rng.randrange(14)
    yy = f"{year % 100:02d}"
    return [
        f"{day}-{month}-{year}",
        f"{day:02d}.{month:02d}.{year}",
        f"{day:02d}/{month:02d}/{year}",
        f"{day}/{month}/'{yy}",
        f"{year}-{month:02d}-{day:02d}",
        f"{day} {L.MONTHS_NL[month - 1]} {year}",
        f"{day} {L.MONTHS_NL_ABBR[month - 1]}. {year}",
        f"{day} {L.MONTHS_NL_ABBR[month - 1]} {year}",
        f"{day} {L.MONTHS_FR[month - 1]} {year}",
        f"{L.MONTHS_EN[month - 1]} {day}, {year}",
        f"{day} / {month} / {year}",
        f"{day:02d}-{month:02d}-{year}",
        f"{day}.{month}.{yy}",
        f"{day} {L.MONTHS_EN[month - 1][:3]} {year}",
    ][style]


def measure_date(rng, full):
    """A date of a measure or appointment: never a birth date. In texts with a person it is kept partial."""
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)
    partial = [
        f"{day} {L.MONTHS_NL[month - 1]}",
        f"{day}/{month}",
        f"begin {L.MONTHS_NL[month - 1]}",
        f"{L.MONTHS_NL[month - 1]} {year}",
        f"{day:02d}/{month:02d}",
        f"eind {L.MONTHS_NL[month - 1]}",
    ]
    if not full:
        return rng.choice(partial)
    return rng.choice(
        partial
        + [
            f"{day} {L.MONTHS_NL[month - 1]} {year}",
            f"{day:02d}/{month:02d}/{year}",
            f"1 {L.MONTHS_NL[month - 1]} {year}",
            f"{day}.{month:02d}.{year}",
        ]
    )


def address(rng, postal):
    street = rng.choice(L.STREETS)
    if rng.random() < 0.12:
        street = rng.choice(["Oude ", "Kleine ", "Nieuwe ", "Hoge ", "Lage "]) + street
    if rng.random() < 0.1:
        street = street.lower()
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
    number += rng.choice(["", "", "", "", "A", "b"])
    bus = rng.choice(
        [
            "",
            "",
            "",
            "",
            f" bus {rng.randint(1, 30)}",
            f" bte {rng.randint(1, 12)}",
            f"/{rng.randint(1, 9)}",
            f" b{rng.randint(1, 9)}",
            f"/0{rng.randint(1, 4)}.{rng.randint(1, 9)}",
        ]
    )
    text = rng.choice([f"{street} {number}{bus}", f"{street} {number}{bus}", f"{street} nr. {number}{bus}"])
    if postal:
        code = postcode(rng)
        dutch = code[5:7].isalpha() and code[5:7].isupper() and code[7:8] == " "  # "3011 AB Rotterdam"
        text += rng.choice([", ", " ", "\n"] + ([] if dutch else [" - ", ", B-"])) + code
    return text


def postcode(rng):
    if rng.random() < 0.05:
        code, place = rng.choice(L.DUTCH_PLACES)
        return f"{code} {place}"
    code, place = rng.choice(L.PLACES)
    if rng.random() < 0.15:  # a code that belongs to another municipality is still an address
        place = rng.choice(L.PLACES)[1]
    return f"{code} {place.upper() if rng.random() < 0.1 else place}"


def phone(rng):
    kind = rng.random()
    if kind < 0.45:
        body = "4" + rng.choice("5679") + digits(rng, 7)
        a, b, c, d = body[:3], body[3:5], body[5:7], body[7:]
        return rng.choice(
            [
                f"0{a} {b} {c} {d}",
                f"0{a}/{b}.{c}.{d}",
                f"0{a}{b}{c}{d}",
                f"+32 {a} {b} {c} {d}",
                f"+32(0){a} {b}{c}{d}",
                f"0032 {a} {b} {c} {d}",
                f"0{a}-{b}{c}{d}",
                f"0{a} {b}{c}{d}",
                f"+32{a}{b}{c}{d}",
                f"0{a}/{b} {c} {d}",
            ]
        )
    if kind < 0.72:
        zone = rng.choice(["2", "3", "9", "50", "11", "51", "52", "53", "14", "15", "56", "13", "16", "89"])
        rest = digits(rng, 8 - len(zone))
        if len(zone) == 1:
            return rng.choice(
                [
                    f"0{zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                    f"0{zone}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                    f"+32 {zone} {rest[:3]} {rest[3:5]} {rest[5:]}",
                    f"(0{zone}) {rest}",
                    f"0{zone}-{rest[:3]}-{rest[3:5]}-{rest[5:]}",
                ]
            )
        return rng.choice(
            [
                f"0{zone} {rest[:2]} {rest[2:4]} {rest[4:]}",
                f"0{zone}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                f"+32 {zone} {rest[:2]} {rest[2:4]} {rest[4:]}",
                f"0{zone}-{rest}",
            ]
        )
    if kind < 0.85:
        mob = "6" + digits(rng, 8)
        area = rng.choice(["20", "10", "76", "40", "13", "118"])
        return rng.choice(
            [
                f"06-{mob[1:]}",
                f"+31 6 {mob[1:]}",
                f"+31 (0)6 {mob[1:5]} {mob[5:]}",
                f"06 {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}",
                f"0{area}-{digits(rng, 9 - len(area))}",
                f"+31 {area} {digits(rng, 9 - len(area))}",
            ]
        )
    prefix, pat = rng.choice(L.FOREIGN_PHONES)
    return rng.choice(
        [
            f"{prefix} {pattern(rng, pat)}",
            f"00{prefix[1:]} {pattern(rng, pat)}",
            f"{prefix}{pattern(rng, pat).replace(' ', '')}",
        ]
    )


def national_number(rng, stats):
    year = rng.randint(1940, 2024)
    nine = f"{year % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 997):03d}"
    checks = {97 - int(nine) % 97, 97 - int("2" + nine) % 97}
    check = 97 - int(("2" + nine) if year >= 2000 else nine) % 97
    if rng.random() < 0.2:  # mistyped: the layout stays, the checksum fails for both centuries
        check = rng.choice([c for c in range(1, 98) if c not in checks])
    n, cc = nine, f"{check:02d}"
    return rng.choice(
        [
            f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:]}.{cc}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:]}.{cc}",
            f"{n[:6]}-{n[6:]}-{cc}",
            f"{n}{cc}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:]} {cc}",
            f"{n[:6]} {n[6:]} {cc}",
            f"{n[:2]} {n[2:4]} {n[4:6]}-{n[6:]}.{cc}",
            f"{n[:6]}.{n[6:]}.{cc}",
        ]
    )


def iban(rng, stats):
    if rng.random() < 0.75:
        country, base = "BE", f"{rng.randint(0, 999):03d}{digits(rng, 7)}"
        national = int(base) % 97 or 97
        bban = f"{base}{national:02d}"
    else:
        country = rng.choice(sorted(L.IBAN_FORMATS))
        bban = pattern(rng, L.IBAN_FORMATS[country])
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    text = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    if rng.random() < 0.6:
        text = " ".join(text[i : i + 4] for i in range(0, len(text), 4))
    return text


def email(rng, person):
    # letters without a decomposition (ø, æ, ł) are spelled out as people do in their addresses
    first, last = (re.sub(r"[^a-z]", "", fold(x).translate(ASCII_LETTERS)) for x in (person.first, person.last))
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first}{last}",
            f"{first[0]}.{last}",
            f"{last}.{first}{rng.randint(1, 99)}",
            f"{first}_{last}{rng.randint(70, 99)}",
            f"{first}{rng.randint(1, 2005)}",
        ]
    )
    domain = rng.choice(L.WORK_DOMAINS if rng.random() < 0.2 else L.MAIL_DOMAINS)
    return f"{local}@{domain}"


def clutter(rng, slot, full_dates):
    """Values that are not personal data: dates of measures, amounts, counts, numbers of files and places."""
    amount = rng.choice(
        [
            f"{rng.randint(20, 990)}",
            f"{rng.randint(1, 9)}.{rng.randint(0, 999):03d}",
            f"{rng.randint(5, 400)},{rng.choice(['50', '00', '25', '80'])}",
        ]
    )
    table = {
        "D": lambda: measure_date(rng, full_dates),
        "D2": lambda: measure_date(rng, full_dates),
        "EUR": lambda: amount,
        "EUR2": lambda: f"{rng.randint(900, 2100)}",
        "K": lambda: str(rng.randint(2, 12)),
        "KK": lambda: str(rng.randint(13, 480)),
        "KK2": lambda: str(rng.randint(13, 480)),
        "Y": lambda: str(rng.randint(16, 91)),
        "YR": lambda: str(rng.randint(2012, 2025)),
        "YR2": lambda: str(rng.randint(2026, 2029)),
        "PCT": lambda: rng.choice([f"{rng.randint(3, 85)}%", f"{rng.randint(3, 85)} %"]),
        "DOS": lambda: rng.choice(
            [
                f"{rng.randint(2019, 2025)}/{rng.randint(1, 9999):04d}",
                f"D-{rng.randint(19, 25)}-{rng.randint(100, 9999)}",
                f"SD{rng.randint(10000, 99999)}",
            ]
        ),
        "TKT": lambda: f"#{rng.randint(10000, 999999)}",
        "CUST": lambda: f"{rng.randint(10**9, 10**10 - 1)}",
        "REF": lambda: f"REF-{rng.randint(2022, 2025)}-{rng.randint(100, 9999)}",
        "ROL": lambda: f"{rng.randint(20, 25)}A{rng.randint(100, 9999)}",
        "INV": lambda: f"F{rng.randint(2023, 2025)}-{rng.randint(1, 99999):05d}",
        "H": lambda: rng.choice(
            [
                f"{rng.randint(8, 10)}u tot {rng.randint(11, 13)}u",
                f"{rng.randint(8, 10)}-{rng.randint(11, 16)}u",
                f"{rng.randint(8, 10)}.30 tot {rng.randint(12, 16)}.00",
            ]
        ),
        "HH": lambda: rng.choice(
            [
                f"{rng.randint(8, 20)}u{rng.choice(['', '30', '15', '45'])}",
                f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}",
            ]
        ),
        "W": lambda: rng.choice(L.WEEKDAYS),
        "PS": lambda: rng.choice(L.PUBLIC_STREETS),
        "M": lambda: rng.choice(L.PLACES)[1],
        "ROLE": lambda: rng.choice(L.ROLES),
        "O": lambda: rng.choice(L.ORGS),
        "PER": lambda: rng.choice(["week", "maand", "veertien dagen"]),
        "ORD": lambda: rng.choice(L.ORDINALS),
    }
    return table[slot]()


class Renderer:
    """Fills one frame; returns its text and its spans (offsets within the frame)."""

    def __init__(self, rng, stats):
        self.rng, self.stats = rng, stats

    def render(self, frame, lower_names=False):
        rng, out, spans, pos, last = self.rng, [], [], 0, None
        for m in SLOT.finditer(frame):
            out.append(frame[pos : m.start()])
            slot, pos = m.group(1), m.end()
            kind, value, prefix = None, None, ""
            if slot[:1] in "NTFIL" and slot[1:] in ("", "v", "m"):  # v/m: the frame says she or he
                last = Person(rng, {"v": True, "m": False}.get(slot[1:]))
                slot = slot[0]
            elif slot in ("f", "t") and last is None:
                last = Person(rng)
            if slot == "N":
                kind = "person_name"
                value = rng.choice(
                    [f"{last.first} {last.last}"] * 6
                    + [f"{last.last.upper()} {last.first}", f"{last.last} {last.first}"]
                )
            elif slot in ("T", "t"):
                kind, prefix, value = "person_name", title(rng, last) + " ", last.last
            elif slot in ("F", "f"):
                kind, value = "person_name", last.first
            elif slot == "L":
                kind, value = "person_name", last.last
            elif slot == "I":
                kind, value = "person_name", f"{last.first[0]}.{rng.choice([' ', '', ' '])}{last.last}"
            elif slot[:1] == "B" and slot[1:] in BIRTH_YEARS:
                kind, value = "birth_date", birth_date(rng, slot[1:])
            elif slot in ("A", "AP"):
                kind, value = "address", address(rng, slot == "AP" or rng.random() < 0.2)
            elif slot == "PC":
                kind, value = "address", postcode(rng)
            elif slot == "P":
                kind, value = "phone", phone(rng)
            elif slot == "R":
                kind, value = "national_number", national_number(rng, self.stats)
            elif slot == "IB":
                kind, value = "iban", iban(rng, self.stats)
            elif slot == "E":
                kind, value = "email", email(rng, last or Person(rng))
            else:
                out.append(clutter(rng, slot, full_dates=False))
                continue
            if kind == "person_name" and lower_names:
                value = value.lower()
            out.append(prefix)
            start = sum(len(x) for x in out)
            out.append(value)
            spans.append({"kind": kind, "start": start, "end": start + len(value), "value": value})
        out.append(frame[pos:])
        return "".join(out), spans


def typo(rng, text):
    """One quick-typing slip in a word of filler text (never in a slot value)."""
    words = [m for m in re.finditer(r"[a-z]{5,}", text)]
    if not words:
        return text
    w = rng.choice(words)
    s, i = w.group(), rng.randrange(1, len(w.group()) - 2)
    s = rng.choice([s[:i] + s[i + 1] + s[i] + s[i + 2 :], s[:i] + s[i + 1 :], s[:i] + s[i] + s[i:]])
    return text[: w.start()] + s + text[w.end() :]


def filler(rng):
    topic = rng.choice(sorted(L.TOPICS))
    subjects, predicates = L.TOPICS[topic]
    lead = rng.choice(L.LEADS)
    text = f"{lead} {rng.choice(subjects)} {rng.choice(predicates)}{rng.choice(L.TAILS)}".strip()
    if rng.random() < 0.18:
        text = typo(rng, text)
    return text


def remark(rng):
    return L.REMARKS[rng.randrange(len(L.REMARKS))].replace("{ORD}", rng.choice(L.ORDINALS))


def sentences(text):
    """Sentences of three words or more, for the repetition check; mail header lines are left out."""
    found = set()
    for line in text.split("\n"):
        if HEADER.match(line):
            continue
        for piece in re.split(r"(?<=[.!?])\s+|:\s+(?=[a-z])", line):
            words = re.findall(r"\w+", fold(piece))
            if len(words) >= 3:
                found.add(" ".join(words))
    return found


def assemble(rng, parts):
    """Join parts (text, spans) into one text: sentences with '. ', blocks with newlines, sometimes a bullet list."""
    bullets = rng.random() < 0.07 and all("\n" not in t for t, _ in parts) and len(parts) > 1
    text, spans = "", []
    for i, (part, part_spans) in enumerate(parts):
        if bullets:
            sep = "" if i == 0 else "\n"
            part = rng.choice(["- ", "* ", "• "]) + part
        elif i == 0:
            sep = ""
        elif "\n" in part or "\n" in parts[i - 1][0]:
            sep = "\n"
        elif parts[i - 1][0][-1:] in ".?!:":
            sep = rng.choice([" ", " ", "\n"])
        else:
            sep = rng.choice([". ", ". ", ". ", ".  ", "! ", ", ", " - ", ".\n"])
        if not part_spans or part_spans[0]["start"] > 0:
            if sep.strip(" ") in (".", "!", ".\n", "") and rng.random() < 0.7 and not bullets:
                part = part[:1].upper() + part[1:]
        offset = len(text) + len(sep) + (len(part) - len(parts[i][0]))
        text += sep + part
        spans += [{**s, "start": s["start"] + offset, "end": s["end"] + offset} for s in part_spans]
    if not bullets and "\n" not in text[-30:] and rng.random() < 0.6:
        text += rng.choice([".", ".", "!", " .."]) if text[-1].isalnum() else ""
    return text, spans


def mail_header(rng):
    return (
        f"---------- Doorgestuurd bericht ---------\nVan: {rng.choice(L.ORGS)}\nDatum: {measure_date(rng, True)}\n"
        f"Onderwerp: signaal {rng.choice(sorted(L.TOPICS))}",
        [],
    )


def build_text(rng, renderer, main):
    parts = []
    if rng.random() < 0.05:
        parts.append(mail_header(rng))
    for _ in range(rng.choice([0, 1, 1, 1, 2])):
        parts.append((filler(rng), []))
    lower_names = rng.random() < 0.03
    if main:
        parts.append(renderer.render(rng.choice(L.FRAMES[main]), lower_names))
        if rng.random() < 0.45:
            kinds = sorted(L.SECOND_KIND)
            second = rng.choices(kinds, [L.SECOND_KIND[k] for k in kinds])[0]
            parts.append(renderer.render(rng.choice(L.FRAMES[second]), lower_names))
    else:
        for _ in range(rng.choice([0, 0, 1, 1, 1, 2])):
            template = rng.choice(L.CLEAN)
            parts.append((SLOT.sub(lambda m: clutter(rng, m.group(1), full_dates=True), template), []))
        if len(parts) < 2:
            parts.append((filler(rng), []))
    if rng.random() < 0.3:
        parts.append((filler(rng), []))
    if rng.random() < 0.3:
        parts.append((remark(rng), []))
    # a signature closes a message and a mail header opens it, wherever the frame was drawn
    parts.sort(key=lambda p: -1 if HEADER.match(p[0]) or p[0].startswith("-") else 1 if SIGNATURE.match(p[0]) else 0)
    text, spans = assemble(rng, parts)
    if rng.random() < 0.05 and len(text.lower()) == len(text):
        text = text.lower()
        spans = [{**s, "value": s["value"].lower()} for s in spans]
    return text, spans


def generate():
    rng = random.Random(SEED)
    stats = Counter()
    renderer = Renderer(rng, stats)
    seen = Counter()
    plan = [k for k, n in MIX.items() for _ in range(n)] + [None] * N_CLEAN
    rows, counters = [], Counter()
    for main in plan:
        for _ in range(500):
            text, spans = build_text(rng, renderer, main)
            found = sentences(text)
            if all(seen[s] < MAX_SENTENCE_TEXTS for s in found):
                break
        else:
            raise RuntimeError(f"no text for {main} within 500 draws")
        seen.update(found)
        for s in spans:
            assert text[s["start"] : s["end"]] == s["value"], (text, s)
        ordered = sorted(spans, key=lambda s: s["start"])
        assert all(a["end"] <= b["start"] for a, b in zip(ordered, ordered[1:], strict=False)), text
        label = (
            "clean"
            if main is None
            else {"person_name": "name", "birth_date": "birth", "national_number": "nn"}.get(main, main)
        )
        counters[label] += 1
        rows.append(
            {
                "id": f"hon-{label}-{counters[label]:03d}",
                "text": text,
                "spans": [{k: s[k] for k in ("kind", "start", "end")} for s in ordered],
            }
        )
        stats["lower"] += text == text.lower()
    rng.shuffle(rows)
    return rows, stats, seen


def nn_valid(value):
    """True when the check digits fit the first nine digits for a birth in either century."""
    num = re.sub(r"\D", "", value)
    return int(num[9:]) in (97 - int(num[:9]) % 97, 97 - int("2" + num[:9]) % 97)


def iban_valid(value):
    compact = value.replace(" ", "")
    numeric = "".join(str(int(c, 36)) for c in compact[4:] + compact[:4])
    length = 16 if compact[:2] == "BE" else 4 + len(L.IBAN_FORMATS[compact[:2]])
    return len(compact) == length and int(numeric) % 97 == 1


def check_values(rows, stats):
    """Recount national numbers and IBANs on the texts kept (drafts were thrown away) and check every IBAN."""
    for row in rows:
        for span in row["spans"]:
            value = row["text"][span["start"] : span["end"]]
            if span["kind"] == "national_number":
                stats["nn_kept"] += 1
                stats["nn_mistyped_kept"] += not nn_valid(value)
            elif span["kind"] == "iban":
                assert iban_valid(value.upper()), value
                stats["iban_kept"] += 1
                stats["iban_foreign_kept"] += not value.upper().startswith("BE")


def main():
    rows, stats, seen = generate()
    check_values(rows, stats)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    multi = sum(len({s["kind"] for s in r["spans"]}) > 1 for r in rows)
    frames = sum(len(v) for v in L.FRAMES.values())
    print(f"{len(rows)} texts, {sum(not r['spans'] for r in rows)} clean, {multi} with more than one kind")
    print("spans:", dict(kinds.most_common()))
    print(f"frames with data: {frames}; clean templates: {len(L.CLEAN)}")
    print(f"distinct sentences: {len(seen)}, most repeated in {max(seen.values())} texts")
    print(
        f"national numbers {stats['nn_kept']} ({stats['nn_mistyped_kept']} mistyped); IBANs {stats['iban_kept']} "
        f"({stats['iban_foreign_kept']} foreign); all lower case: {stats['lower']}"
    )


if __name__ == "__main__":
    main()
