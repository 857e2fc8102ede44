"""Build bench/data/privacy_heldout_k.jsonl: held-out privacy set K (2,000 realistic "signalen").

Purpose
    An independent evaluation set for the privacy guard, written without looking at the guard, its data lists,
    its tests, its benchmark's error output or the generators of sets A-H. It measures ordinary use: a Flemish
    frontline worker (OCMW/sociaal huis, CAW, school and CLB, housing, health, youth work, debt counselling,
    newcomers, police liaison, buurtwerk) types a signal of 1-6 sentences into the web form, about a structural
    problem, with the personal detail inside. Texts are typed quickly: typos, missing capitals, abbreviations
    (mvg, tel., gsm, dd., °, ivm), tussentaal and dialect, French and English fragments, lists, forwarded mail
    headers, notes copied from a case file, chat-like lower-case texts.

Sources
    - Names: privacy_make_heldout_k_lists.NAMES, drawn once from names-dataset 3.3.1 at countries and ranks that
      sets I and J did not use, cleaned, and stripped of every name with a token in a labelled person_name span
      of an earlier set (A-J); the lists module's docstring gives ranks, countries and counts. Women from
      Poland, Bulgaria and Azerbaijan get a female surname form from the list, men a male one. Moroccan,
      Tunisian and Levantine surnames sometimes get a particle (El, Ben, Aït, Al-, El-), Belgian and Dutch ones
      keep theirs (Van, De, Ten); a few surnames are doubled.
    - Everything else is hand-written for set K in the lists module: 102 Flemish streets and 12 bilingual
      Brussels streets (none used in an address of an earlier set), 54 Flemish and 8 Brussels postcodes,
      40 organisations and services, 18 public places, 155 policy sentences without personal data over 14
      themes (with tussentaal, French and English lines), 182 frames that carry personal data (56 built around
      a name, 28 an address, 26 a birth date, 24 a phone number, 16 an e-mail address, 16 an IBAN, 16 a
      national number), 5 list heads and 8 list items, 12 openers, 12 sign-offs with the writer's name, and
      clean headings and sign-offs.
    - Phone numbers, IBANs, national numbers, e-mail addresses, birth dates and house numbers are invented here
      with a fixed seed (a local random.Random). IBANs carry valid check digits (Belgian ones also a valid
      account check); rijksregisternummers carry a valid mod-97 checksum (with the "2" prefix for births from
      2000) that matches the person's birth date and sex; "mistyped" ones ({RX}) have one wrong, missing or
      swapped digit and are labelled as well.

Composition
    2,000 texts: 800 clean, 1,200 with personal data whose frame kinds follow set J's mix (370 name, 176 birth
    date, 168 address, 160 phone, 110 IBAN, 109 e-mail, 107 national number). A text with data is its frame
    alone, or the frame told between policy sentences, or an opener, the frame and a closing line; about a
    third carry a second frame of another kind, a third a sign-off with the writer's name, and about 4% are
    lists of several people. About 8% are typed all in lower case and a quarter carry one or two typos in the
    surrounding words (never inside a datum).

Record format
    {"id": "hok-<kind or clean>-NNN", "text": ..., "spans": [{"kind", "start", "end"}]}; spans are sorted, do
    not overlap, end is exclusive and text[start:end] is exactly the datum. The id names the kind of the frame
    the text was built around (other kinds may occur in the same text) or "clean".

What is labelled (set J's convention)
    person_name      every private person (clients, children, family, landlords, lawyers, doctors, teachers,
                     social workers, volunteers). Only the name: titles (mevr., dhr., Mr., Madame, meester,
                     juffrouw, dokter), articles and dialect words ("den", "ons"), "fam." stay outside the span.
    address          street + house number (+ bus/bte/app., + postcode and town; over two lines it is one span),
                     a bilingual Brussels street "Rue X / Y-straat 12" as one span, or "postcode town" alone
                     when it says where someone lives.
    birth_date       the date only, without "geboren op", "geb.", "°", "né le" or "DOB".
    phone, email, iban, national_number   the number or address itself.
What is not labelled: organisations, public places and streets without a number, towns without a postcode,
dates of measures, years, ages, amounts, percentages, opening hours, dossier and reference numbers.

Run
    python bench/data/privacy_make_heldout_k.py   (writes bench/data/privacy_heldout_k.jsonl)
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy_make_heldout_k_lists as L  # noqa: E402

SEED = 5122026
OUT = Path(__file__).resolve().parent / "privacy_heldout_k.jsonl"
TODAY = date(2026, 12, 5)
CLEAN_COUNT = 800
FRAME_COUNTS = {"person_name": 370, "birth_date": 176, "address": 168, "phone": 160, "iban": 110, "email": 109,
                "national_number": 107}
FRAMES = {"person_name": L.NAME_FRAMES, "birth_date": L.BIRTH_FRAMES, "address": L.ADDRESS_FRAMES,
          "phone": L.PHONE_FRAMES, "iban": L.IBAN_FRAMES, "email": L.EMAIL_FRAMES, "national_number": L.NN_FRAMES}
# weights of the second frame a text may carry (set J has more dates and phones than texts built around them)
SECOND_FRAME = {"birth_date": 40, "phone": 30, "email": 14, "address": 10, "iban": 7, "national_number": 7}
ORIGINS = {"BE": 30, "NL": 7, "LU": 3, "CH": 1, "HT": 4, "MA": 11, "TN": 5, "TR": 8, "AZ": 2, "SY": 5, "LB": 3,
           "JO": 1, "AF": 5, "ET": 3, "DJ": 2, "BI": 5, "MD": 4, "BG": 3, "PL": 5, "SI": 3, "GE": 2, "FR": 3, "IE": 1}
# where a country's list lacks first names of one sex
FIRST_FROM = {"JO": "LB", "FR": "BE", "CH": "LU", "IE": "IE"}
PARTICLES = {"MA": ["El ", "Ben ", "Aït "], "TN": ["Ben "], "LB": ["El-"], "SY": ["Al-"], "JO": ["Al-"]}
NAME_FORMS = set("NFSUICLl")
SECOND = "\x00"  # marks a second frame in a text's parts
PLACEHOLDER = re.compile(r"\{([A-Za-z]+)(\d?)([fm]?)\}")
BIRTH_RANGES = {"": (1950, 2001), "k": (2010, 2023), "y": (1994, 2006), "o": (1935, 1961), "b": (2025, 2026),
                "t": (2009, 2009)}
MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_NL_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sept", "okt", "nov", "dec"]
LANDLINE_ZONES = ["02", "03", "09", "011", "013", "014", "015", "016", "050", "051", "052", "053", "054", "055",
                  "056", "057", "058", "059", "089"]
MAIL_HOSTS = ["gmail.com", "hotmail.com", "outlook.be", "telenet.be", "skynet.be", "yahoo.fr", "proximus.be",
              "live.be", "icloud.com"]
WORK_HOSTS = ["ocmw-{t}.be", "{t}.be", "cawdekaai.be", "caw-zuiderkempen.be", "buurtwerk{t}.be", "clb-{t}.be",
              "thuisnest.be", "vzwoverstap.be", "sociaalhuis{t}.be"]


def fold(text: str) -> str:
    """Lower case without accents, for e-mail addresses."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c) and (c.isalnum() or c in "-"))


@dataclass
class Person:
    first: str
    sur: str
    sex: str
    birth: date | None = None
    tail: str = field(default="")  # three digits of the national number


class Names:
    """Draws people from the stored names, by origin weight."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.origins = list(ORIGINS)
        self.weights = [ORIGINS[o] for o in self.origins]

    def first(self, origin: str, sex: str) -> str:
        pool = L.NAMES[origin].get(sex) or L.NAMES[FIRST_FROM.get(origin, "BE")].get(sex) or L.NAMES["BE"][sex]
        return self.rng.choice(pool)

    def surname(self, origin: str, sex: str) -> str:
        pool = L.NAMES[origin]["s"]
        if origin in ("PL", "BG", "AZ"):
            female = re.compile(r"(ska|cka|dzka|ova|eva|yeva)$")
            pool = [s for s in pool if bool(female.search(s)) == (sex == "f")] or pool
        sur = self.rng.choice(pool)
        if origin in PARTICLES and self.rng.random() < 0.2:
            sur = self.rng.choice(PARTICLES[origin]) + sur
        elif self.rng.random() < 0.04:
            sur = sur + self.rng.choice(["-", " "]) + self.rng.choice(pool)
        if origin == "NL" and self.rng.random() < 0.7:
            sur = re.sub(r"^(Van Der|Van Den|Van De|Van|De|Ten|Ter|Te) ", lambda m: m.group(1).lower() + " ", sur)
        return sur

    def person(self, sex: str = "") -> Person:
        origin = self.rng.choices(self.origins, self.weights)[0]
        sex = sex or self.rng.choice("mf")
        return Person(self.first(origin, sex), self.surname(origin, sex), sex)


class Values:
    """Invented data values in the many notations workers type."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def birth(self, band: str) -> date:
        lo, hi = BIRTH_RANGES[band]
        start = date(lo, 1, 1)
        end = min(date(hi, 12, 31), TODAY - timedelta(days=20)) if band != "t" else date(2009, 5, 31)
        return start + timedelta(days=self.rng.randrange((end - start).days))

    def birth_text(self, d: date, style: str = "") -> str:
        r = self.rng
        dd, mm, yy = d.day, d.month, d.year
        numeric = [f"{dd:02d}/{mm:02d}/{yy}", f"{dd}/{mm}/{yy}", f"{dd:02d}-{mm:02d}-{yy}", f"{dd:02d}.{mm:02d}.{yy}",
                   f"{dd}.{mm}.{yy}", f"{dd}/{mm}/{yy % 100:02d}", f"{dd}/{mm}/'{yy % 100:02d}",
                   f"{yy}-{mm:02d}-{dd:02d}", f"{dd:02d}/{mm:02d}/ {yy}", f"{dd} / {mm} / {yy}", f"{dd}-{mm}-{yy}"]
        nl = MONTHS_NL[mm - 1]
        short = MONTHS_NL_SHORT[mm - 1]
        dot = "." if short != nl else ""
        written = [f"{dd} {nl} {yy}", f"{dd} {short}{dot} {yy}", f"{dd} {short} {yy}", f"{dd} {nl} '{yy % 100:02d}",
                   f"{dd} {MONTHS_FR[mm - 1]} {yy}", f"{dd} {MONTHS_EN[mm - 1]} {yy}",
                   f"{MONTHS_EN[mm - 1]} {dd}, {yy}", f"{dd}e {nl} {yy}", f"{dd} {nl.capitalize()} {yy}"]
        if style == "N":
            return r.choice(numeric)
        if style == "W":
            return r.choice(written)
        return r.choice(numeric) if r.random() < 0.6 else r.choice(written)

    def national(self, p: Person) -> str:
        d = p.birth
        if not p.tail:
            odd = self.rng.randrange(1, 499) * 2 + (1 if p.sex == "m" else 0)
            p.tail = f"{odd:03d}"
        base = int(f"{d.year % 100:02d}{d.month:02d}{d.day:02d}{p.tail}")
        check = 97 - ((base + (2_000_000_000 if d.year >= 2000 else 0)) % 97)
        raw = f"{base:09d}{check:02d}"
        return self.layout_national(raw)

    def layout_national(self, raw: str) -> str:
        a, b, c, e, f = raw[:2], raw[2:4], raw[4:6], raw[6:9], raw[9:]
        return self.rng.choice([f"{a}.{b}.{c}-{e}.{f}", raw, f"{a}{b}{c} {e} {f}", f"{a}{b}{c}-{e}-{f}",
                                f"{a} {b} {c} {e} {f}", f"{a}.{b}.{c}-{e} {f}", f"{a}{b}{c}-{e}.{f}",
                                f"{a}.{b}.{c}.{e}.{f}"])

    def national_mistyped(self, p: Person) -> str:
        raw = re.sub(r"\D", "", self.national(p))
        how = self.rng.choice(["check", "drop", "swap"])
        if how == "check":
            raw = raw[:9] + f"{(int(raw[9:]) + self.rng.randrange(1, 9)) % 100:02d}"
        elif how == "drop":
            i = self.rng.randrange(11)
            short = raw[:i] + raw[i + 1:]
            return self.rng.choice([short, f"{short[:2]}.{short[2:4]}.{short[4:6]}-{short[6:9]}.{short[9:]}"])
        else:
            i = self.rng.randrange(2, 8)
            raw = raw[:i] + raw[i + 1] + raw[i] + raw[i + 2:]
        return self.layout_national(raw)

    def phone(self, kind: str) -> str:
        r = self.rng
        if kind == "X":
            return self.foreign_phone()
        if kind == "L" or (kind == "" and r.random() < 0.3):
            zone = r.choice(LANDLINE_ZONES)
            rest = self.digits(9 - len(zone))
            head, tail = (rest[:3], rest[3:]) if len(zone) == 2 else (rest[:2], rest[2:])
            groups = [head, tail[:2], tail[2:]]
            return r.choice([f"{zone} {' '.join(groups)}", f"{zone}/{head}.{tail[:2]}.{tail[2:]}",
                             f"{zone} {head} {tail}", f"{zone}{rest}", f"+32 {zone[1:]} {' '.join(groups)}",
                             f"{zone}/{head} {tail[:2]} {tail[2:]}", f"{zone}-{head}-{tail[:2]}-{tail[2:]}"])
        pre = r.choice(["470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "483", "484", "485",
                        "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499",
                        "465", "466", "467", "468"])
        s = self.digits(6)
        a, b, c = s[:2], s[2:4], s[4:]
        return r.choice([f"0{pre} {a} {b} {c}", f"0{pre}/{a}.{b}.{c}", f"0{pre}.{a}.{b}.{c}", f"0{pre}{s}",
                         f"0{pre}-{a}-{b}-{c}", f"+32 {pre} {a} {b} {c}", f"+32(0){pre} {a}{b}{c}",
                         f"0032 {pre} {a} {b} {c}", f"+32{pre}{s}", f"0{pre} {a}{b}{c}", f"0{pre}/{a}{b}{c}",
                         f"0{pre} {s[:3]} {s[3:]}"])

    def foreign_phone(self) -> str:
        d = self.digits
        return self.rng.choice([
            f"+31 6 {d(8)}", f"06-{d(8)}", f"+31 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 7 {d(2)} {d(2)} {d(2)} {d(2)}", f"0033 6{d(8)}",
            f"+49 151 {d(8)}", f"+49 (0)176 {d(7)}", f"+44 7{d(3)} {d(6)}", f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"00212 6{d(8)}", f"+90 53{d(1)} {d(3)} {d(2)} {d(2)}",
            f"+48 5{d(2)} {d(3)} {d(3)}", f"+40 7{d(2)} {d(3)} {d(3)}", f"+380 6{d(1)} {d(3)} {d(4)}",
            f"+243 8{d(1)} {d(3)} {d(4)}", f"+963 9{d(2)} {d(3)} {d(3)}", f"+216 {d(2)} {d(3)} {d(3)}",
            f"+352 621 {d(3)} {d(3)}", f"+359 88 {d(3)} {d(4)}"])

    def iban(self, country: str = "BE") -> str:
        r = self.rng
        if country == "BE":
            first = f"{r.randrange(1, 1000):03d}{self.digits(7)}"
            national = int(first) % 97 or 97
            bban = f"{first}{national:02d}"
        else:
            country, bban = r.choice([
                ("NL", r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + self.digits(10)),
                ("FR", self.digits(23)), ("DE", self.digits(18)), ("LU", self.digits(16)),
                ("PL", self.digits(24)), ("RO", r.choice(["BTRL", "RNCB", "BRDE"]) + self.digits(16)),
                ("TR", self.digits(24)), ("ES", self.digits(20)), ("BG", "UNCR" + self.digits(14))])
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        code = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        grouped = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
        return r.choice([grouped, grouped, code, grouped.lower() if country == "BE" else grouped,
                         grouped.replace(" ", "-") if country == "BE" else code])

    def email(self, p: Person, work: bool = False) -> str:
        r = self.rng
        f, s = fold(p.first), fold(p.sur).replace("-", "")
        if work:
            host = r.choice(WORK_HOSTS).format(t=fold(r.choice(L.TOWN_NAMES)))
            user = r.choice([f"{f}.{s}", f"{f[0]}.{s}", f, f"{f}{s[0]}"])
        else:
            host = r.choice(MAIL_HOSTS)
            user = r.choice([f"{f}.{s}", f"{f}{s}{r.randrange(70, 100)}", f"{f}_{s}", f"{f[0]}{s}", f"{s}.{f}",
                             f"{f}{r.randrange(1, 999)}", f"{f}.{s}{r.randrange(1, 30)}"])
        return f"{user}@{host}"

    def house_number(self) -> str:
        r = self.rng
        n = str(r.choice([r.randrange(1, 40), r.randrange(1, 200), r.randrange(1, 400)]))
        return r.choice([n, n, n, n + r.choice("ABab"), f"{n} bus {r.randrange(1, 30)}",
                         f"{n} bus 0.{r.randrange(1, 9)}",
                         f"{n}/{r.randrange(1, 12)}", f"{n} bte {r.randrange(1, 20)}", f"{n} b{r.randrange(1, 9)}",
                         f"{n}-{int(n) + 2}", f"{n} app. {r.randrange(1, 4)}.{r.randrange(1, 6)}",
                         f"{n}/{r.randrange(1, 4)}0{r.randrange(1, 6)}"])

    def address(self, kind: str) -> str:
        r = self.rng
        street, nr = r.choice(L.STREETS), self.house_number()
        if r.random() < 0.1:
            street = street.lower()
        pc, town = r.choice(L.TOWNS)
        if kind == "AP":
            return r.choice([f"{pc} {town}", f"{pc} {town}", f"{pc} {town.upper()}", f"{pc}, {town}"])
        if kind == "AS":
            return r.choice([f"{street} {nr}", f"{street} {nr}", f"{street} nr. {nr}", f"{street} nr {nr}"])
        if kind == "AM":
            return f"{street} {nr}\n{pc} {town}"
        if kind == "AB":
            fr, nl = r.choice(L.BRUSSELS)
            bpc, btown = r.choice(L.BRUSSELS_TOWNS)
            return r.choice([f"{fr} {nr}, {bpc} {btown}", f"{fr} / {nl} {nr}", f"{nl} {nr}, {bpc} {btown}",
                             f"{fr} {nr}", f"{fr} / {nl} {nr}, {bpc} {btown}"])
        return r.choice([f"{street} {nr}, {pc} {town}", f"{street} {nr} {pc} {town}", f"{street} {nr} - {pc} {town}",
                         f"{street} {nr}, {pc} {town.upper()}", f"{street} {nr} te {pc} {town}"])

    def filler(self, name: str) -> str:
        r = self.rng
        if name == "DATE":
            return r.choice([f"1 januari {r.choice([2025, 2026])}", "1 juli", "de zomer",
                             f"het voorjaar van {r.randrange(2023, 2027)}", f"01/09/{r.choice([2025, 2026])}",
                             f"1 {r.choice(MONTHS_NL)} {r.randrange(2024, 2027)}",
                             "vorig jaar", f"{r.randrange(1, 29)}/{r.randrange(1, 13)}"])
        if name == "YEAR":
            return str(r.randrange(2018, 2027))
        if name == "AMT":
            return r.choice([f"€ {r.randrange(1, 4)}.{r.randrange(100, 999)}", f"{r.randrange(40, 990)} euro",
                             f"{r.randrange(20, 400)},{r.randrange(10, 99)} EUR", f"{r.randrange(2, 9)}.000€"])
        if name == "PCT":
            return r.choice([f"{r.randrange(5, 60)}%", f"{r.randrange(2, 30)},{r.randrange(1, 9)} %",
                             f"{r.randrange(5, 50)} procent"])
        if name == "DOS":
            return r.choice([f"W/{r.randrange(2022, 2027)}/{self.digits(4)}",
                             f"SD-{r.randrange(22, 27)}-{self.digits(4)}",
                             f"{r.randrange(2022, 2027)}-{self.digits(5)}", f"REF {self.digits(4)}-{r.choice('ABCK')}"])
        if name == "NUM":
            return str(r.randrange(12, 450))
        if name == "FEW":
            return str(r.randrange(3, 19))
        table = {"ORG": L.ORGS, "TOWN": L.TOWN_NAMES, "PLACE": L.PLACES, "KID": L.KIDS}
        return r.choice(table[name])


KIND_OF = {"N": "person_name", "F": "person_name", "S": "person_name", "U": "person_name", "C": "person_name",
           "I": "person_name", "L": "person_name", "l": "person_name", "W": "person_name", "WN": "person_name",
           "WE": "email", "WP": "phone", "A": "address", "AS": "address", "AP": "address", "AB": "address",
           "AM": "address", "P": "phone", "PM": "phone", "PL": "phone", "PX": "phone", "R": "national_number",
           "RX": "national_number", "IB": "iban", "IX": "iban", "E": "email", "EX": "email"}


class Text:
    """One signal under construction: its people and its segments (literal text or a labelled datum)."""

    def __init__(self, gen: Generator) -> None:
        self.gen = gen
        self.people: dict[str, Person] = {}
        self.segments: list[tuple[str, str | None]] = []

    def person(self, slot: str, sex: str = "") -> Person:
        if slot not in self.people:
            self.people[slot] = self.gen.names.person(sex)
        return self.people[slot]

    def add(self, template: str, shift: int = 0) -> None:
        """Append `template`; `shift` moves its person slots (a second frame is about other people)."""
        def slot(m: re.Match) -> str:
            return str(int(m.group(2) or "1") + shift)

        for m in PLACEHOLDER.finditer(template):  # fix sex and age band before anything is drawn
            if m.group(1) in NAME_FORMS and m.group(3):
                self.person(slot(m), m.group(3))
            band = re.fullmatch(r"B[NW]?([kyobt])", m.group(1))
            if band:
                p = self.person(slot(m))
                p.birth = p.birth or self.gen.values.birth(band.group(1))
        pos = 0
        for m in PLACEHOLDER.finditer(template):
            self.segments.append((template[pos:m.start()], None))
            self.segments.append(self.value(m.group(1), slot(m)))
            pos = m.end()
        self.segments.append((template[pos:], None))

    def value(self, name: str, slot: str) -> tuple[str, str | None]:
        v = self.gen.values
        birth = re.fullmatch(r"B(N|W)?([kyobt]?)", name)
        if birth:
            p = self.person(slot)
            p.birth = p.birth or v.birth(birth.group(2))
            return v.birth_text(p.birth, birth.group(1) or ""), "birth_date"
        if name == "AGE":
            p = self.person(slot)
            p.birth = p.birth or v.birth("")
            b = p.birth
            return str(TODAY.year - b.year - ((TODAY.month, TODAY.day) < (b.month, b.day))), None
        if name in ("W", "WN", "WE", "WP"):
            w = self.person("w")
            text = {"W": w.first, "WN": f"{w.first} {w.sur}"}.get(name)
            if name == "WE":
                text = v.email(w, work=True)
            elif name == "WP":
                text = v.phone("")
            return text, KIND_OF[name]
        if name in NAME_FORMS:
            p = self.person(slot)
            return {"N": f"{p.first} {p.sur}", "F": p.first, "S": p.sur, "U": f"{p.sur.upper()} {p.first}",
                    "C": f"{p.sur}, {p.first}", "I": f"{p.first[0]}. {p.sur}", "L": f"{p.first} {p.sur}".lower(),
                    "l": p.first.lower()}[name], "person_name"
        if name in ("R", "RX"):
            p = self.person(slot)
            p.birth = p.birth or v.birth("")
            return (v.national(p) if name == "R" else v.national_mistyped(p)), "national_number"
        if name in ("A", "AS", "AP", "AB", "AM"):
            return v.address(name), "address"
        if name in ("P", "PM", "PL", "PX"):
            return v.phone(name[1:]), "phone"
        if name in ("IB", "IX"):
            return v.iban("BE" if name == "IB" else "XX"), "iban"
        if name == "E":
            return v.email(self.person(slot)), "email"
        if name == "EX":
            return v.email(self.gen.names.person()), "email"
        return v.filler(name), None

    def render(self, lower: bool, typos: int) -> tuple[str, list[dict]]:
        literal = [i for i, (s, k) in enumerate(self.segments) if k is None and len(s) > 12]
        segments = list(self.segments)
        for _ in range(typos):
            if literal:
                i = self.gen.rng.choice(literal)
                segments[i] = (self.gen.typo(segments[i][0]), None)
        out, spans, pos = [], [], 0
        for s, kind in segments:
            s = s.lower() if lower else s
            if kind:
                spans.append({"kind": kind, "start": pos, "end": pos + len(s)})
            out.append(s)
            pos += len(s)
        text = "".join(out)
        stripped = text.strip()
        shift = len(text) - len(text.lstrip())
        for span in spans:
            span["start"] -= shift
            span["end"] -= shift
        return stripped, spans


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names = Names(self.rng)
        self.values = Values(self.rng)
        self.frame_use: dict[str, list[str]] = {k: [] for k in FRAMES}
        self.used: set[str] = set()
        self.in_text: set[str] = set()
        self.texts: set[str] = set()

    def typo(self, s: str) -> str:
        words = [m for m in re.finditer(r"[a-zà-ÿ]{5,}", s) if "{" not in m.group()]
        if not words:
            return s
        m = self.rng.choice(words)
        w, i = m.group(), self.rng.randrange(1, len(m.group()) - 2)
        how = self.rng.choice(["swap", "drop", "double"])
        w = {"swap": w[:i] + w[i + 1] + w[i] + w[i + 2:], "drop": w[:i] + w[i + 1:],
             "double": w[:i] + w[i] + w[i:]}[how]
        return s[:m.start()] + w + s[m.end():]

    def frame(self, kind: str) -> str:
        if not self.frame_use[kind]:
            self.frame_use[kind] = self.rng.sample(FRAMES[kind], len(FRAMES[kind]))
        f = self.frame_use[kind].pop()
        self.used.add(f)
        return f

    def policy(self, n: int) -> list[str]:
        """`n` policy sentences not yet used in the text being composed."""
        picked = self.rng.sample([p for p in L.POLICY if p not in self.in_text], n)
        self.in_text.update(picked)
        return picked

    def sep(self) -> str:
        return self.rng.choice([" ", " ", " ", "\n", "\n\n"])

    def compose_data(self, kind: str, as_list: bool) -> Text:
        r, t = self.rng, Text(self)
        self.in_text = set()
        parts: list[str] = []
        if r.random() < 0.2:
            parts.append(r.choice(L.OPENERS))
        if as_list:
            items = r.sample(L.LIST_ITEMS, r.randrange(3, 6))
            body = r.choice(L.LIST_HEADS) + "\n" + "\n".join(i.replace("1", str(n + 1)) for n, i in enumerate(items))
            parts += [body, "\n" + self.policy(1)[0]]
        else:
            core = [self.frame(kind)]
            if r.random() < 0.33:
                second = self.frame(r.choices(list(SECOND_FRAME), list(SECOND_FRAME.values()))[0])
                core.insert(r.randrange(2), SECOND + second)
            shape = r.random()
            if shape < 0.4:
                parts += core + self.policy(r.randrange(0, 2))
            elif shape < 0.75:
                parts += self.policy(r.randrange(1, 3)) + core + self.policy(r.randrange(0, 2))
            else:
                parts += core + self.policy(r.randrange(1, 3))
        if r.random() < 0.33 and not any("{W" in p for p in parts):
            parts.append(r.choice(L.SIGNOFFS))
        for i, p in enumerate(parts):
            shift = 4 if p.startswith(SECOND) else 0
            p = p.removeprefix(SECOND)
            t.add(p if i == 0 or p.startswith("\n") else self.sep() + p, shift)
        return t

    def compose_clean(self) -> Text:
        r, t = self.rng, Text(self)
        self.in_text = set()
        parts = self.policy(r.randrange(1, 6))
        if r.random() < 0.15:
            parts.insert(0, r.choice(L.CLEAN_HEADS))
        elif r.random() < 0.1:
            parts.insert(0, r.choice(L.OPENERS))
        if r.random() < 0.15:
            parts.append(r.choice(L.CLEAN_SIGNOFFS))
        for i, p in enumerate(parts):
            t.add(p if i == 0 else self.sep() + p)
        return t

    def record(self, make) -> tuple[str, list[dict]]:
        """A text from `make`, drawn again until it passes the label checks."""
        while True:
            lower = self.rng.random() < 0.08
            typos = self.rng.choice([0, 0, 0, 0, 0, 0, 1, 2])
            text, spans = make().render(lower, typos)
            if text and text not in self.texts and problems(text, spans) == []:
                self.texts.add(text)
                return text, spans

    def build(self) -> list[dict]:
        rows = []
        for kind, count in FRAME_COUNTS.items():
            lists = 50 if kind == "person_name" else 0
            for n in range(count):
                text, spans = self.record(lambda k=kind, is_list=n < lists: self.compose_data(k, is_list))
                rows.append({"id": f"hok-{kind}-{n + 1:03d}", "text": text, "spans": spans})
        for n in range(CLEAN_COUNT):
            text, spans = self.record(self.compose_clean)
            rows.append({"id": f"hok-clean-{n + 1:03d}", "text": text, "spans": spans})
        self.rng.shuffle(rows)
        return rows


def problems(text: str, spans: list[dict]) -> list[str]:
    """What is wrong with a record's labels (empty when it is sound)."""
    found = []
    ends = 0
    for s in spans:
        value = text[s["start"]:s["end"]]
        if s["start"] < ends or not value or value != value.strip():
            found.append(f"bad span {s}")
        ends = s["end"]
        if len(value) < 3:
            continue
        pattern = r"(?<!\w)" + re.escape(value) + r"(?!\w)"
        for m in re.finditer(pattern, text, flags=re.IGNORECASE):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                found.append(f"unlabelled copy of {value!r}")
    return found


def check(rows: list[dict]) -> None:
    """Assert every record's labels: exact surface strings, no overlap, no unlabelled copy of a datum."""
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len({r["text"] for r in rows}) == len(rows), "duplicate texts"
    for r in rows:
        assert problems(r["text"], r["spans"]) == [], (r["id"], problems(r["text"], r["spans"]))
        assert r["id"].startswith("hok-clean-") == (r["spans"] == []), r["id"]
        assert all(s["kind"] in FRAMES for s in r["spans"]), r["id"]


def main() -> None:
    gen = Generator(SEED)
    rows = gen.build()
    check(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    print(f"{len(rows)} texts, {sum(not r['spans'] for r in rows)} clean, spans {counts}, "
          f"{len(gen.used)} distinct data frames used -> {OUT.name}")


if __name__ == "__main__":
    main()
