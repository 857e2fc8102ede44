"""Generator of held-out privacy set L (``bench/data/privacy_heldout_l.jsonl``).

    .venv/bin/python bench/data/privacy_make_heldout_l.py

Written without opening the guard, its lists, its tests or the generators of sets A-K. Texts are signals as
frontline workers type them: one frame with personal data (``FRAMES`` in the lists module) among filler sentences
that are composed from hand-written parts, with openers, remarks, lists, typos and lower case. Clean texts carry
policy dates, amounts, dossier numbers, ages, public places and organisations only. Deterministic (one local
``random.Random``), standard library only. The self-check at the end asserts every span, no overlaps, no labelled
value also unlabelled in its text, no duplicate texts and no sentence in more than three texts.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import privacy_make_heldout_l_lists as L  # noqa: E402

OUT = Path(__file__).resolve().parent / "privacy_heldout_l.jsonl"
SEED = 20261205
MIX = {"person_name": 370, "birth_date": 176, "address": 168, "phone": 160, "iban": 110, "email": 109,
       "national_number": 107}
N_CLEAN = 800
MAX_SENTENCE_TEXTS = 3
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_ABBR = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
SLOT = re.compile(r"\{(\w+)\}")
FEMALE = re.compile(r"\b(haar|ze|elle|bewoonster|meisje|moeder)\b")
MALE = re.compile(r"\b(zijn|hem|vader|man|zoontje)\b")
ABBREVIATIONS = {"mevr.", "dhr.", "geb.", "tel.", "nr.", "rijksreg.", "dd.", "bv.", "ivm.", "o.a."} | {
    m for m in MONTHS_ABBR}
CHILD = re.compile(r"(?i)kind|zoontje|jongste|leerling|school|opvang|meerderjarig")


def split(block: str) -> list[str]:
    return [s.strip() for s in block.replace("\n", "|").split("|") if s.strip()]


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def sentences(text: str) -> list[str]:
    """Sentences of three words or more (mail header lines aside), normalised, as the repetition check counts them."""
    parts: list[str] = []
    for line in text.split("\n"):
        for piece in re.split(r"(?<=[.!?])\s+", line):
            last = parts[-1].split()[-1].lower() if parts and parts[-1].split() else ""
            if parts and not parts[-1].endswith("\n") and (last in ABBREVIATIONS or re.fullmatch(r"\w\.", last)):
                parts[-1] += " " + piece
            else:
                parts.append(piece)
        parts[-1] += "\n"
    keys = [" ".join(p.lower().split()).lstrip("-• ") for p in parts if not p.startswith("-----")]
    return [k for k in keys if len(k.split()) >= 3]


class Names:
    """The pre-drawn names, by country and gender."""

    WEIGHTS = {"BE": 30, "NL": 14, "AL": 6, "TR": 7, "GH": 4, "RS": 5, "NG": 4, "PL": 6, "IT": 4, "AO": 4,
               "PH": 3, "CM": 4, "PT": 4, "BR": 3, "ES": 2}

    def __init__(self, rnd: random.Random):
        self.rnd = rnd
        self.first = {g: {cc: split(s) for cc, s in src.items()} for g, src in (("M", L.FIRST_M), ("F", L.FIRST_F))}
        self.last = {cc: split(s) for cc, s in L.SURNAMES.items()}
        self.words = split(L.WORD_SURNAMES)

    def person(self, gender: str | None = None) -> dict:
        rnd = self.rnd
        gender = gender or rnd.choice("MF")
        cc = rnd.choices(list(self.WEIGHTS), list(self.WEIGHTS.values()))[0]
        first = rnd.choice(self.first[gender][cc])
        lcc = cc if rnd.random() < 0.85 else rnd.choice(list(self.WEIGHTS))
        last = rnd.choice(self.words) if rnd.random() < 0.07 else rnd.choice(self.last[lcc])
        if cc in ("PT", "BR", "ES", "AO") and rnd.random() < 0.35:
            last = f"{last} {rnd.choice(self.last[cc])}"
        elif cc in ("BE", "NL") and rnd.random() < 0.06:
            last = f"{last}-{rnd.choice(self.last[cc])}"
        return {"first": first, "last": last, "gender": gender, "cc": cc}

    def full(self, p: dict) -> str:
        rnd, first, last = self.rnd, p["first"], p["last"]
        if p["cc"] == "NL" and re.match(r"(Van|De|Den|Ter|Van Der|Van Den) ", last) and rnd.random() < 0.7:
            particle, _, rest = last.rpartition(" ")
            last = f"{particle.lower()} {rest}"
        form = rnd.random()
        if form < 0.5:
            return f"{first} {last}"
        if form < 0.6:
            return f"{last.upper()} {first}"
        if form < 0.68:
            return f"{last}, {first}"
        if form < 0.78:
            return f"{first} {last}".lower()
        if form < 0.84:
            return f"{first[0]}. {last}"
        if form < 0.9:
            return f"{last} {first}"
        return first


class Values:
    """Dates, phone numbers, national numbers, IBANs, addresses and e-mail addresses."""

    PHONE_ABROAD = ["+33 6 {2} {2} {2} {2}", "+212 6{2} {2} {2} {2}", "+90 5{2} {3} {2} {2}", "+48 {3} {3} {3}",
                    "+40 7{2} {3} {3}", "+355 6{1} {3} {4}", "+234 80{1} {3} {4}", "+351 9{2} {3} {3}",
                    "+233 2{1} {3} {4}", "+237 6 {2} {2} {2} {2}", "+49 15{1} {8}", "+39 3{2} {3} {4}"]
    IBAN_ABROAD = {"NL": "aaaa" + "n" * 10, "DE": "n" * 18, "FR": "n" * 23, "LU": "nnn" + "c" * 13, "PT": "n" * 21,
                   "PL": "n" * 24, "ES": "n" * 20, "TR": "nnnnn0" + "n" * 16, "IT": "a" + "n" * 10 + "c" * 12,
                   "RO": "aaaa" + "c" * 16, "AL": "n" * 8 + "c" * 16}

    def __init__(self, rnd: random.Random):
        self.rnd = rnd
        self.streets = [(s, "VL") for s in split(L.STREETS_VL)] + [(s, "BXL") for s in split(L.STREETS_BXL)]
        self.streets += [(s, "NL") for s in split(L.STREETS_NL)]
        self.places = {"VL": split(L.PLACES_VL), "BXL": split(L.PLACES_BXL), "NL": split(L.PLACES_NL)}

    def digits(self, n: int) -> str:
        return "".join(self.rnd.choice("0123456789") for _ in range(n))

    def day(self, young: bool) -> tuple[int, int, int]:
        year = self.rnd.randint(2009, 2024) if young else self.rnd.randint(1936, 2004)
        return year, self.rnd.randint(1, 12), self.rnd.randint(1, 28)

    def date(self, ymd: tuple[int, int, int], policy: bool = False) -> str:
        y, m, d = ymd
        notations = [
            f"{d}-{m}-{y}", f"{d:02}.{m:02}.{y}", f"{d:02}/{m:02}/{y}", f"{d}/{m}/'{y % 100:02}", f"{y}-{m:02}-{d:02}",
            f"{d} {MONTHS_NL[m - 1]} {y}", f"{d} {MONTHS_ABBR[m - 1]} {y}", f"{d} {MONTHS_FR[m - 1]} {y}",
            f"{MONTHS_EN[m - 1]} {d}, {y}", f"{d} {MONTHS_EN[m - 1]} {y}", f"{d}.{m}.{y}", f"{d:02} / {m:02} / {y}",
            f"{d:02}-{m:02}-{y}", f"{d} {MONTHS_NL[m - 1]} '{y % 100:02}"]
        if policy:  # dates of measures in Dutch sentences: numeric or Dutch notations only
            notations = [n for n in notations if not re.search("[A-Zéû]|ai|ier|ars|vril|llet|juin|bre", n)]
        return self.rnd.choice(notations)

    def phone(self) -> str:
        rnd, dg = self.rnd, self.digits
        kind = rnd.random()
        if kind < 0.5:
            m = f"4{rnd.choice('6789')}{dg(1)}"
            a, b, c = dg(2), dg(2), dg(2)
            return rnd.choice([f"0{m} {a} {b} {c}", f"0{m}/{a}.{b}.{c}", f"0{m}{a}{b}{c}", f"0{m}-{a}-{b}-{c}",
                               f"0{m} {a}{b[0]} {b[1]}{c}", f"+32 {m} {a} {b} {c}", f"+32(0){m} {a} {b} {c}",
                               f"0032 {m} {a} {b} {c}", f"+32{m}{a}{b}{c}"])
        if kind < 0.72:
            area = rnd.choice(["2", "3", "9", "11", "13", "14", "15", "16", "50", "51", "53", "56", "57", "59", "89"])
            rest = dg(8 - len(area))
            if len(area) == 1:
                return rnd.choice([f"0{area} {rest[:3]} {rest[3:5]} {rest[5:]}",
                                   f"0{area}/{rest[:3]}.{rest[3:5]}.{rest[5:]}",
                                   f"+32 {area} {rest[:3]} {rest[3:5]} {rest[5:]}"])
            return rnd.choice([f"0{area} {rest[:2]} {rest[2:4]} {rest[4:]}",
                               f"0{area}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                               f"0{area} {rest}", f"(0{area}) {rest[:2]} {rest[2:4]} {rest[4:]}"])
        if kind < 0.85:
            mob = dg(8)
            return rnd.choice([f"06-{mob}", f"06 {mob[:4]} {mob[4:]}", f"+31 6 {mob}", f"+31 (0)6 {mob[:4]} {mob[4:]}",
                               f"010-{dg(7)}", f"0031 20 {dg(3)} {dg(4)}"])
        return re.sub(r"\{(\d)\}", lambda m: dg(int(m.group(1))), rnd.choice(self.PHONE_ABROAD))

    def national_number(self, ymd: tuple[int, int, int]) -> str:
        rnd = self.rnd
        y, m, d = ymd
        base = f"{y % 100:02}{m:02}{d:02}{rnd.randint(1, 997):03}"
        check = 97 - (int(("2" if y >= 2000 else "") + base) % 97)
        if rnd.random() < 0.2:  # mistyped: the national-number layout with a checksum that fails either way
            bad = {97 - int(base) % 97, 97 - int("2" + base) % 97}
            check = rnd.choice([c for c in range(1, 98) if c not in bad])
            return f"{base[:2]}.{base[2:4]}.{base[4:6]}-{base[6:]}.{check:02}"
        n = f"{base}{check:02}"
        return rnd.choice([f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"] * 3 + [
            n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}", f"{n[:6]}-{n[6:9]}-{n[9:]}", f"{n[:6]} {n[6:9]} {n[9:]}",
            f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]} {n[9:]}", f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:9]}.{n[9:]}"])

    def iban(self) -> str:
        rnd = self.rnd
        if rnd.random() < 0.72:
            cc, first10 = "BE", f"{rnd.randint(1, 999):03}{self.digits(7)}"
            bban = f"{first10}{int(first10) % 97 or 97:02}"
        else:
            cc = rnd.choice(list(self.IBAN_ABROAD))
            pick = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"}
            bban = "".join(rnd.choice(pick[c]) if c in pick else c for c in self.IBAN_ABROAD[cc])
        numeric = "".join(str(int(c, 36)) for c in bban + cc + "00")
        iban = f"{cc}{98 - int(numeric) % 97:02}{bban}"
        form = rnd.random()
        if form < 0.55:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        if form < 0.88:
            return iban
        if form < 0.94:
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()
        return "-".join(iban[i:i + 4] for i in range(0, len(iban), 4))

    def street(self) -> tuple[str, str]:
        rnd = self.rnd
        name, region = rnd.choice(self.streets)
        number = str(rnd.choice([rnd.randint(1, 60), rnd.randint(1, 60), rnd.randint(61, 320)]))
        number += rnd.choice(["", "", "", "", " bus 3", f" bus {rnd.randint(1, 40)}", f" bte {rnd.randint(1, 12)}",
                              f"/{rnd.randint(1, 4)}0{rnd.randint(1, 9)}", rnd.choice("ABC"), f" b{rnd.randint(1, 9)}",
                              f" bus 0.{rnd.randint(1, 9)}", "-1"])
        text = f"{name} nr. {number}" if rnd.random() < 0.07 else f"{name} {number}"
        return (text.lower() if rnd.random() < 0.08 else text), region

    def address(self) -> str:
        text, region = self.street()
        form = self.rnd.random()
        place = self.rnd.choice(self.places[region])
        if form < 0.45 and region != "NL":
            return text
        return text + (f", {place}" if form < 0.85 else f"\n{place}")

    def email(self, p: dict | None, org: bool = False) -> str:
        rnd = self.rnd
        if p is None:
            p = {"first": rnd.choice(["info", "contact", "verhuur", "beheer"]), "last": ""}
        first = re.sub(r"[^a-z]", "", fold(p["first"]).lower())
        last = re.sub(r"[^a-z]", "", fold(p["last"]).lower())
        if org:
            local = rnd.choice([f"{first}.{last}", f"{first[0]}.{last}", first, f"{first}{last[:1]}"])
            return f"{local}@{rnd.choice(split(L.MAIL_DOMAINS_ORG))}"
        local = rnd.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rnd.randint(1, 99)}",
                            f"{first}_{last}",
                            f"{last}.{first}", f"{first}{rnd.randint(60, 2005)}", f"{last}{first[0]}"])
        return f"{local.strip('.')}@{rnd.choice(split(L.MAIL_DOMAINS_PRIV))}"


class Writer:
    """Builds texts from frames and fillers, with spans."""

    def __init__(self, seed: int = SEED):
        self.rnd = random.Random(seed)
        self.names = Names(self.rnd)
        self.values = Values(self.rnd)
        self.used: Counter[str] = Counter()
        self.subjects = [tuple(x.split(":", 1)) for x in split(L.SUBJECTS)]
        self.predicates = [tuple(x.split(":", 1)) for x in split(L.PREDICATES)]
        self.tails = [""] + split(L.TAILS)
        self.issues, self.qualifiers = split(L.ISSUES), [""] + split(L.QUALIFIERS)
        self.remarks, self.openers, self.lead_ins = split(L.REMARKS), split(L.OPENERS), split(L.LEAD_INS)
        self.clean_templates, self.public = split(L.CLEAN_TEMPLATES), split(L.PLACES_PUBLIC)
        self.orgs = split(L.ORGS)
        self.frame_cycle: dict[str, list[str]] = {}
        self.frames_used: set[str] = set()

    # --- fillers -------------------------------------------------------------------------------------------------
    def fresh(self, make, taken: set[str], tries: int = 200) -> str:
        """A sentence from `make` that is in fewer than three texts so far and not yet in this one."""
        for _ in range(tries):
            sentence = make()
            keys = sentences(sentence)
            if all(self.used[k] < MAX_SENTENCE_TEXTS and k not in taken for k in keys):
                taken.update(keys)
                return sentence
        if tries < 200:  # a small pool ran dry: compose instead
            return self.fresh(self.composed, taken)
        raise RuntimeError("filler pool exhausted")

    def typo(self, sentence: str) -> str:
        words = sentence.split(" ")
        long = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
        if not long or self.rnd.random() > 0.14:
            return sentence
        i = self.rnd.choice(long)
        w, j = words[i], self.rnd.randint(1, len(words[i]) - 3)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if self.rnd.random() < 0.6 else w[:j] + w[j + 1:]
        return " ".join(words)

    def composed(self) -> str:
        rnd = self.rnd
        tags, subject = rnd.choice(self.subjects)
        predicate = rnd.choice([p for group, p in self.predicates if group in tags])
        if rnd.random() < 0.3:
            subject = f"{rnd.choice(self.lead_ins)} {subject[0].lower()}{subject[1:]}"
        return self.typo(f"{subject} {predicate}{rnd.choice(self.tails)}.")

    def issue(self) -> str:
        return f"{self.rnd.choice(self.issues)}{self.rnd.choice(self.qualifiers)}"

    def clean_sentence(self) -> str:
        rnd = self.rnd
        y, m, d = rnd.randint(2019, 2026), rnd.randint(1, 12), rnd.randint(1, 28)
        dg = self.values.digits
        slots = {"date": self.values.date((y, m, d), policy=True), "date2": f"{rnd.randint(1, 28)} {MONTHS_NL[m % 12]}",
                 "amount": f"{rnd.randint(120, 1950):,}".replace(",", "."),
                 "small": f"{rnd.randint(2, 60)},{rnd.randint(0, 99):02}", "pct": str(rnd.randint(3, 85)),
                 "num": str(rnd.randint(2, 9)), "num2": str(rnd.randint(12, 18)), "big": str(rnd.randint(40, 2600)),
                 "year": str(y), "month": MONTHS_NL[rnd.randint(0, 11)], "place": rnd.choice(self.public),
                 "ref10": f"{rnd.randint(3, 7)}{dg(9)}", "ean": f"5414{dg(14)}", "age": str(rnd.randint(19, 91)),
                 "kbo": f"0{rnd.randint(200, 999)}.{dg(3)}.{dg(3)}",
                 "rol": f"{y % 100}/{rnd.randint(100, 9999)}/{rnd.choice('ABC')}",
                 "dossier": rnd.choice([f"{y}/{rnd.randint(1, 9999):04}", f"D-{rnd.randint(10000, 99999)}",
                                        f"{rnd.randint(100, 999)}.{rnd.randint(100, 999)}",
                                        f"#{rnd.randint(1000, 99999)}"])}
        return SLOT.sub(lambda mt: slots[mt.group(1)], rnd.choice(self.clean_templates))

    def filler(self, taken: set[str], clean_bias: float = 0.25) -> str:
        r = self.rnd.random()
        if r < clean_bias:
            return self.fresh(self.clean_sentence, taken)
        if r < clean_bias + 0.2:
            return self.fresh(lambda: self.rnd.choice(self.remarks), taken, 30)
        return self.fresh(self.composed, taken)

    # --- frames --------------------------------------------------------------------------------------------------
    def frame(self, kind: str) -> str:
        cycle = self.frame_cycle.setdefault(kind, [])
        if not cycle:
            cycle.extend(self.rnd.sample(L.FRAMES[kind], len(L.FRAMES[kind])))
        frame = cycle.pop()
        self.frames_used.add(frame)
        return frame

    def render(self, frame: str, taken: set[str]) -> tuple[str, list[dict]]:
        rnd, nm, vl = self.rnd, self.names, self.values
        plain = SLOT.sub("", frame)
        gender = "F" if FEMALE.search(plain) else "M" if MALE.search(plain) else None
        main, second, worker = nm.person(gender), nm.person(), nm.person()
        young = bool(CHILD.search(plain))
        ymd = vl.day(young)
        pron = {"hij": ("hij", "ze"), "Hij": ("Hij", "Ze"), "zijn": ("zijn", "haar"), "hem": ("hem", "haar")}
        titles = {"M": ["meneer", "dhr.", "Dhr.", "mijnheer", "M.", "Meneer"],
                  "F": ["mevrouw", "mevr.", "Mevr.", "Mme", "Mevrouw"]}
        values = {
            "N": lambda: nm.full(main), "F": lambda: main["first"], "L": lambda: main["last"],
            "N2": lambda: nm.full(second), "F2": lambda: second["first"], "L2": lambda: nm.person()["last"],
            "W": lambda: f"{worker['first']} {worker['last']}", "P": vl.phone, "P2": vl.phone,
            "B": lambda: vl.date(ymd), "B2": lambda: vl.date(vl.day(False)), "A": vl.address,
            "AS": lambda: vl.street()[0], "AP": lambda: rnd.choice(vl.places["VL"]),
            "R": lambda: vl.national_number(ymd),
            "R2": lambda: vl.national_number(vl.day(True)), "I": vl.iban, "E": lambda: vl.email(main),
            "E2": lambda: vl.email(second), "WE": lambda: vl.email(worker, org=True),
        }
        kinds = {"N": "person_name", "F": "person_name", "L": "person_name", "N2": "person_name", "F2": "person_name",
                 "L2": "person_name", "W": "person_name", "P": "phone", "P2": "phone", "B": "birth_date",
                 "B2": "birth_date", "A": "address", "AS": "address", "AP": "address", "R": "national_number",
                 "R2": "national_number", "I": "iban", "E": "email", "E2": "email", "WE": "email"}
        g = main["gender"]
        text, spans, pos = "", [], 0
        for m in SLOT.finditer(frame):
            text += frame[pos:m.start()]
            slot = m.group(1)
            if slot in kinds:
                value = values[slot]()
                if slot in ("F", "F2", "L") and rnd.random() < 0.08:
                    value = value.lower()
                spans.append({"kind": kinds[slot], "start": len(text), "end": len(text) + len(value)})
            elif slot in pron:
                value = pron[slot][g == "F"]
            elif slot == "tit":
                value = rnd.choice(titles[g])
            elif slot == "land":
                value = L.COUNTRY_NL[main["cc"]]
            else:  # issue
                value = self.fresh(self.issue, taken)
            text += value
            pos = m.end()
        return text + frame[pos:], spans

    # --- texts ---------------------------------------------------------------------------------------------------
    def assemble(self, blocks: list[tuple[str, list[dict]]], taken: set[str], n_fill: int, clean_bias: float) -> dict:
        rnd = self.rnd
        pieces: list[tuple[str, list[dict]]] = [(self.filler(taken, clean_bias), []) for _ in range(n_fill)]
        for block in blocks:
            pieces.insert(rnd.randint(0, len(pieces)), block)
        if blocks and any(b[0].startswith(("Groet", "Mvg", "Neem gerust", "Vragen?")) for b in blocks):
            pieces.sort(key=lambda b: b[0].startswith(("Groet", "Mvg", "Neem gerust", "Vragen?")))
        style = rnd.random()
        if style < 0.12 and len(pieces) >= 3:
            pieces = [(f"- {t}", [dict(s, start=s["start"] + 2, end=s["end"] + 2) for s in sp]) for t, sp in pieces]
            seps = ["\n"] * len(pieces)
        else:
            seps = [rnd.choice([" ", " ", " ", "\n", "\n\n"]) for _ in pieces]
        head = ""
        if rnd.random() < 0.18:
            head = rnd.choice(self.openers) + rnd.choice(["\n", "\n\n", " "])
        elif rnd.random() < 0.05:
            head = "---------- Doorgestuurd bericht ----------\n"
        text, spans = head, []
        for (t, sp), sep in zip(pieces, seps, strict=True):
            if text and not text.endswith(("\n", " ")):
                text += sep if text.endswith((".", "!", "?", ",")) else "\n"
            spans += [dict(s, start=s["start"] + len(text), end=s["end"] + len(text)) for s in sp]
            text += t
        if rnd.random() < 0.1:
            text = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        return {"text": text, "spans": sorted(spans, key=lambda s: s["start"])}

    def data_text(self, kind: str) -> dict:
        taken: set[str] = set()
        blocks = [self.render(self.frame(kind), taken)]
        if self.rnd.random() < 0.22:
            other = self.rnd.choices(list(MIX), list(MIX.values()))[0]
            blocks.append(self.render(self.frame(other), taken))
        return self.assemble(blocks, taken, self.rnd.choice([0, 1, 1, 2, 2, 3, 4]), 0.2)

    def clean_text(self) -> dict:
        rnd = self.rnd
        taken: set[str] = set()
        row = self.assemble([], taken, rnd.choice([1, 2, 2, 3, 3, 4, 5]), 0.4)
        if rnd.random() < 0.3:
            row["text"] += self.fresh(self.org_line, taken, 30)
        return row

    def org_line(self) -> str:
        org = self.rnd.choice(self.orgs)
        return self.rnd.choice([f" Ook {org} ziet dit.", f" Doorverwezen naar {org}.", f"\n(afstemming met {org})",
                                f" {org[0].upper() + org[1:]} is op de hoogte.",
                                f" Vraag gesteld aan {org}, nog geen antwoord."])


def check(rows: list[dict]) -> Counter:
    """The self-check: spans, overlaps, unlabelled repeats of labelled values, duplicates, sentence repetition."""
    seen, per_sentence = set(), Counter()
    for row in rows:
        text, spans = row["text"], row["spans"]
        assert text not in seen, row["id"]
        seen.add(text)
        for a, b in zip(spans, spans[1:], strict=False):
            assert a["end"] <= b["start"], row["id"]
        for s in spans:
            value = s["text"]
            assert text[s["start"]:s["end"]] == value and value == value.strip() and value, row["id"]
            for m in re.finditer(re.escape(value), text):
                assert any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans), (row["id"], value)
        per_sentence.update(set(sentences(text)))
    assert max(per_sentence.values()) <= MAX_SENTENCE_TEXTS, per_sentence.most_common(3)
    return per_sentence


def build() -> list[dict]:
    writer = Writer()
    rows: list[dict] = []
    plan = [kind for kind, n in MIX.items() for _ in range(n)] + ["clean"] * N_CLEAN
    writer.rnd.shuffle(plan)
    seen: set[str] = set()
    number: Counter[str] = Counter()
    for kind in plan:
        while True:
            row = writer.clean_text() if kind == "clean" else writer.data_text(kind)
            for s in row["spans"]:
                s["text"] = row["text"][s["start"]:s["end"]]
            if row["text"] not in seen and unlabelled_ok(row):
                break
        seen.add(row["text"])
        writer.used.update(set(sentences(row["text"])))
        number[kind] += 1
        rows.append({"id": f"hol-{kind}-{number[kind]:03}", **row})
    per_sentence = check(rows)
    frames = len(writer.frames_used)
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    print(f"{len(rows)} texts, {sum(not r['spans'] for r in rows)} clean, {frames} frames used, "
          f"{len(per_sentence)} distinct sentences, most repeated {per_sentence.most_common(1)}; spans {dict(kinds)}")
    return rows


def unlabelled_ok(row: dict) -> bool:
    spans = row["spans"]
    for s in spans:
        for m in re.finditer(re.escape(s["text"]), row["text"]):
            if not any(o["start"] <= m.start() and m.end() <= o["end"] for o in spans):
                return False
    return all(a["end"] <= b["start"] for a, b in zip(spans, spans[1:], strict=False))


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            spans = [{"kind": s["kind"], "start": s["start"], "end": s["end"]} for s in row["spans"]]
            out.write(json.dumps({"id": row["id"], "text": row["text"], "spans": spans}, ensure_ascii=False) + "\n")
    print(f"-> {OUT}")


if __name__ == "__main__":
    main()
