"""Generate ``bench/data/privacy_eval.jsonl``: labelled Flemish signal texts for the privacy guard.

Names, streets and organisations below are written by hand for this evaluation (NOT taken from
the detector's word lists); many are rare or invented spellings on purpose, so the benchmark
also measures how the rules generalise beyond the lists. National numbers, BIS numbers and
IBANs get valid check digits. Deterministic (fixed seed).

    .venv/bin/python bench/data/privacy_make_eval.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("privacy_eval.jsonl")
rng = random.Random(20240521)

# ---------------------------------------------------------------------------- hand-written names
FIRST = """
Youssef Fatma Kevin Aïcha Lotte Jonas Mehmet Elif Agnieszka Piotr Ioana Bogdan Desislava Ivaylo
Grâce Patience Chancelle Exaucé Mukendi Ahmad Zainab Farid Mariam Nour Omar Sultana Wahid
Gulalai Hasib Annelies Jef Mieke Staf Rita Frieda Godelieve Marcel Gilberte Jean-Pierre Véronique
Amélie Thibault Gaëtan Océane Mathéo Inès Soufiane Bilal Imane Hamza Khadija Rachida Naima Nordin
Said Samira Yasmina Ilyas Adam Rayan Emre Zeynep Hatice Ayşe Mustafa Burak Kübra Tomasz Kasia
Katarzyna Marek Andrei Florin Mihaela Elena Stoyan Radka Milen Blessing Chioma Kwame Amina Idrissa
Moussa Aminata Dieudonné Bénédicte Kalala Tshibola Nsimba Lukas Noor Ruben Wout Febe Jolien Ine
Sander Brent Kenzo Lowie Mila Yana Nora Fien Margot Arthur Victor Jules Oscar Lucas Senne Lars
Dirk Hilde Gert Kristof Sofie Evelien Bart Tine Liesbeth Koen Nele Griet Tuur Rik Miet Jozefien
Ilse Wim Luc Pascale Bernadette Christiaan Ahmet Dilan Berivan Rojin Shirin Parwana Mohammad-Ali
Yannick Kimberly Jordy Shana Dylan Jessy Cindy Britt Ziggy Naomi Wendelien Gijsbrecht Ayla Serwa
Nokuthula Tsegaye Hagos Selam Mebrahtu Aziz Latifa Anouar Ouassim Wiktoria Radosław Dorota
Yaw Efua Ngozi Bogumiła Zdzisław Bojidar Anelia Gheorghița Ionuț Ljiljana Kadiatou Oumou Mamadou
Fatoumata Sediqa Gulnaz Fereshta Nasratullah Zabihullah Mahbooba Rojda Berfin Zilan Nurcan Gülsüm
Ümmühan Tijl Warre Briek Lewieke Jozefa Marie-Ghislaine Kpakpo Ayodele Tshilanda Mwinyi Habibullah
""".split()

SURNAMES = """
Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters De Smet Dubois Lambert Dupont
Van den Broeck Vermeulen Van Damme De Clercq Desmet Vandenberghe Verstraete Declercq Coppens
El Amrani El Idrissi Ben Ali Aït Ouali Bouzid Benali Ouahabi Azzouzi Chakir El Khattabi Boukhari
Yilmaz Kaya Demir Şahin Çelik Öztürk Aydın Arslan Doğan Kowalski Nowak Wiśniewski Wójcik
Kowalczyk Kamińska Popescu Ionescu Dumitru Stan Georgescu Petrov Ivanova Dimitrov Georgieva
Mbuyi Kabila Tshisekedi Nsimba Kalonji Mukendi Ilunga Lumbala Kasongo Mulumba Al-Hassan Haddad
Khalil Haidari Rahimi Ahmadzai Noorzai Sultani Popal Hakimi Vandevelde Vanhoutte De Wever
Verhaeghe Van Acker Callewaert Devos Lemmens Vanderlinden De Backer Van Hoof Verbeke Timmermans
Thys Hermans Smets Lenaerts Vanhove Deprez Leclercq Lejeune Renard Collignon Delvaux Michaux
Vandermeersch Van Steenkiste Ghekiere Dewulf Vanmarcke Bracke Haesebrouck Vergote Quaghebeur
Tshibangu Mwamba Kabongo Bakari Diallo Traoré Camara Keita Sow Bah Osei Mensah Okafor Adeyemi
Tesfaye Haile Gebremedhin Abdi Warsame Hussein Qasimi Zazai Wardak Karimi Jafari Mahmoudi
Vanquathem Dekeyzer Spriet Vanlerberghe Van Nieuwenhuyse Snauwaert Blomme Vanslembrouck Ooghe
""".split("\n")
SURNAMES = [s for line in SURNAMES for s in re.findall(r"(?:(?:Van den|Van|De|El|Ben|Aït|Al-)\s)?\S+", line)]

TITLES = [
    "mevrouw",
    "meneer",
    "mijnheer",
    "dhr.",
    "mevr.",
    "Mevrouw",
    "Meneer",
    "Dhr.",
    "Mevr.",
    "mr.",
    "mw.",
    "dokter",
    "juf",
    "Madame",
    "Monsieur",
    "de heer",
]
ROLES = [
    "mijn cliënt",
    "onze cliënte",
    "de cliënt",
    "mama",
    "papa",
    "haar zoon",
    "zijn dochter",
    "de bewoner",
    "buurvrouw",
    "haar partner",
    "zijn vrouw",
    "de leerling",
    "de jongere",
    "de huurder",
    "haar broer",
    "oma",
    "de patiënte",
    "onze klant",
    "zijn ex-partner",
    "de aanvrager",
]
ROLE_OF = [
    "de zoon van",
    "de dochter van",
    "de mama van",
    "de papa van",
    "de partner van",
    "de kinderen van",
    "de broer van",
    "de moeder van",
]

STREETS = """
Kerkstraat|Stationsstraat|Dorpsstraat|Sint-Pietersnieuwstraat|Grote Markt|Frankrijklei|Brugsesteenweg
Koning Albertlaan|Hoogstraat|Molenstraat|Nieuwstraat|Kortrijksesteenweg|Dendermondsesteenweg
Antwerpsesteenweg|Turnhoutsebaan|Lange Kievitstraat|Bredabaan|Vlaanderenstraat|Tolhuislaan
Sleepstraat|Wondelgemstraat|Dampoortstraat|Kiel|Meir|Vrijdagmarkt|Korenmarkt|Oude Vest
Burgemeester Van Gansberghelaan|Rue de la Loi|Avenue Louise|Chaussée de Gand|Place Flagey
Heirweg|Kapelledreef|Lindenlaan|Beukenlaan|Schoolstraat|Pastoor Cooremansstraat|Leopold II-laan
Provinciebaan|Oudenaardsesteenweg|Gasthuisstraat|Vaartkaai|Scheldekaai|Zuidlaan|Kasteeldreef
Groenplaats|Begijnhofstraat|Sint-Bernardsesteenweg|Kiel|Kolonel Silvertopstraat|Diksmuidelaan
""".replace("\n", "|").split("|")
STREETS = [s for s in STREETS if s]
POSTAL = [
    ("9000", "Gent"),
    ("2000", "Antwerpen"),
    ("1000", "Brussel"),
    ("3000", "Leuven"),
    ("8000", "Brugge"),
    ("2800", "Mechelen"),
    ("9300", "Aalst"),
    ("3500", "Hasselt"),
    ("3600", "Genk"),
    ("8500", "Kortrijk"),
    ("8400", "Oostende"),
    ("9100", "Sint-Niklaas"),
    ("2060", "Antwerpen"),
    ("9040", "Sint-Amandsberg"),
    ("9050", "Gentbrugge"),
    ("2140", "Borgerhout"),
    ("1080", "Sint-Jans-Molenbeek"),
    ("1030", "Schaarbeek"),
    ("2300", "Turnhout"),
    ("9200", "Dendermonde"),
    ("8800", "Roeselare"),
    ("3290", "Diest"),
    ("2500", "Lier"),
    ("9700", "Oudenaarde"),
    ("1800", "Vilvoorde"),
]
MONTHS_ABBR = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MUNIS = [
    "Gent",
    "Antwerpen",
    "Brussel",
    "Leuven",
    "Aalst",
    "Mechelen",
    "Kortrijk",
    "Genk",
    "Hasselt",
    "Sint-Niklaas",
    "Roeselare",
    "Oostende",
    "Turnhout",
    "Lokeren",
    "Ninove",
    "Zottegem",
    "Geraardsbergen",
    "Temse",
    "Beveren",
    "Lier",
    "Herentals",
    "Geel",
    "Mol",
    "Tienen",
    "Vilvoorde",
    "Halle",
    "Dilbeek",
    "Ronse",
    "Eeklo",
    "Tielt",
    "Izegem",
    "Waregem",
    "Menen",
    "Ieper",
    "Poperinge",
    "Diksmuide",
    "Maasmechelen",
    "Beringen",
    "Lommel",
    "Tongeren",
    "Sint-Truiden",
    "Bilzen",
    "Wetteren",
    "Deinze",
    "Evergem",
    "Merelbeke",
]
DISTRICTS = [
    "Sint-Amandsberg",
    "Gentbrugge",
    "Ledeberg",
    "Oostakker",
    "Wondelgem",
    "Mariakerke",
    "Drongen",
    "Borgerhout",
    "Deurne",
    "Merksem",
    "Hoboken",
    "Berchem",
    "Wilrijk",
    "Ekeren",
    "Kessel-Lo",
    "Heverlee",
    "Wilsele",
    "Sint-Andries",
    "Assebroek",
    "Sint-Kruis",
    "Muizen",
    "Heule",
    "Marke",
    "Mariaburg",
    "Sluizeken",
    "Rabot",
    "Brugse Poort",
    "Dampoort",
    "het Kiel",
    "Seefhoek",
    "Luchtbal",
]
ORGS = [
    "het OCMW",
    "het CAW",
    "de VDAB",
    "de CM",
    "Solidaris",
    "Kind en Gezin",
    "Opgroeien",
    "De Lijn",
    "Fedasil",
    "het Huis van het Kind",
    "het Wit-Gele Kruis",
    "i-mens",
    "Familiehulp",
    "het LDC",
    "het JAC",
    "het CGG",
    "de DMW",
    "het Sociaal Huis",
    "de voedselbank",
    "Samenlevingsopbouw",
    "het Rode Kruis",
    "Welzijnsschakels",
    "de Helan-kantoren",
    "het Vlaams Agentschap Opgroeien",
    "het CLB",
    "de sociale dienst van het OCMW",
    "vzw De Vlaspit",
    "Buurtwerk 't Lampeke",
    "het Agentschap Integratie en Inburgering",
    "de Huurdersbond",
    "het SVK",
    "Woonhaven",
    "het wijkgezondheidscentrum De Brugse Poort",
    "AZ Jan Palfijn",
    "AZ Sint-Jan",
    "het UZ Gent",
    "de Liberale Mutualiteit",
    "Partena",
    "het Neutraal Ziekenfonds",
    "Vluchtelingenwerk Vlaanderen",
    "Dokters van de Wereld",
    "de Vincentiusvereniging",
    "Poverello",
    "de Kringwinkel",
    "Fluvius",
    "Infino",
    "het Groeipakket",
    "de Vlaamse Sociale Bescherming",
    "het Justitiehuis",
    "de DVZ",
    "het lokaal dienstencentrum De Vlier",
    "sociaal restaurant De Zuidpool",
    "vzw Jong",
    "Ferm",
    "De Sleutel",
    "het MSOC",
    "Tele-Onthaal",
    "de Gezinsbond",
    "OKRA",
    "Vief",
    "het Energiehuis",
    "het Vlaams Woningfonds",
    "het Kinderrechtencommissariaat",
    "Unia",
    "Armen Tekort",
    "het inloopcentrum Open Huis",
    "de Kinderboerderij Sint-Pietersabdij",
    "basisschool De Toverfluit",
    "GO! atheneum Voskenslaan",
    "Sint-Lievenscollege",
    "het Don Bosco-instituut",
    "Arktos",
    "Alba",
]

# ---------------------------------------------------------------------------- identifiers


def nn(year: int | None = None, bis: bool = False) -> str:
    y = year or rng.randint(1940, 2022)
    mm = rng.randint(1, 12) + (rng.choice([20, 40]) if bis else 0)
    dd = rng.randint(1, 28)
    seq = rng.randint(1, 997)
    base = f"{y % 100:02d}{mm:02d}{dd:02d}{seq:03d}"
    num = int(("2" if y >= 2000 else "") + base)
    check = 97 - num % 97
    digits = f"{base}{check:02d}"
    f = rng.choice(["dots", "plain", "space", "mixed", "dots2"])
    a, b, c, d, e = digits[:2], digits[2:4], digits[4:6], digits[6:9], digits[9:]
    return {
        "dots": f"{a}.{b}.{c}-{d}.{e}",
        "plain": digits,
        "space": f"{a}{b}{c} {d} {e}",
        "mixed": f"{a}.{b}.{c} {d}-{e}",
        "dots2": f"{a}{b}{c}-{d}-{e}",
    }[f]


def iban(country: str | None = None) -> str:
    country = country or rng.choice(["BE"] * 6 + ["NL", "FR", "DE", "LU", "PL", "RO", "BG", "TR"])
    lens = {"BE": 12, "NL": None, "FR": 23, "DE": 18, "LU": 16, "PL": 24, "RO": None, "BG": None, "TR": 22}
    if country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + "".join(rng.choice("0123456789") for _ in range(10))
    elif country == "RO":
        bban = "RNCB" + "".join(rng.choice("0123456789") for _ in range(16))
    elif country == "BG":
        bban = "BNBG" + "".join(rng.choice("0123456789") for _ in range(14))
    elif country == "BE":
        b = rng.randint(0, 9999999999)
        bban = f"{b:010d}{b % 97 or 97:02d}"
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(lens[country]))
    conv = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(conv) % 97
    raw = f"{country}{check:02d}{bban}"
    if rng.random() < 0.6:
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))
    return raw


def phone() -> str:
    kind = rng.random()
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    if kind < 0.35:
        m = f"04{rng.choice('5679')}{rng.randint(0, 9)}"
        return rng.choice(
            [
                f"{m} {d(2)} {d(2)} {d(2)}",
                f"{m}/{d(2)}.{d(2)}.{d(2)}",
                f"{m}{d(6)}",
                f"{m} {d(3)} {d(3)}",
                f"{m}-{d(2)}-{d(2)}-{d(2)}",
            ]
        )
    if kind < 0.6:
        z = rng.choice(["09", "03", "02", "016", "011", "050", "056", "053", "014", "015"])
        rest = d(9 - len(z))
        if len(z) == 2:
            return rng.choice(
                [f"{z} {rest[:3]} {rest[3:5]} {rest[5:]}", f"{z}/{rest[:3]}.{rest[3:5]}.{rest[5:]}"]
            )
        return rng.choice(
            [f"{z} {rest[:2]} {rest[2:4]} {rest[4:]}", f"{z}/{rest[:2]}.{rest[2:4]}.{rest[4:]}"]
        )
    if kind < 0.85:
        m = f"4{rng.choice('5679')}{rng.randint(0, 9)}"
        return rng.choice(
            [
                f"+32 {m} {d(2)} {d(2)} {d(2)}",
                f"0032 {m} {d(2)} {d(2)} {d(2)}",
                f"+32{m}{d(6)}",
                f"+32 (0){m} {d(2)} {d(2)} {d(2)}",
                f"+32 9 {d(3)} {d(2)} {d(2)}",
            ]
        )
    return rng.choice(
        [
            f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
            f"+31 6 {d(8)}",
            f"+212 6{d(2)} {d(3)} {d(3)}",
            f"+90 5{d(2)} {d(3)} {d(2)} {d(2)}",
            f"+48 {d(3)} {d(3)} {d(3)}",
            f"+40 7{d(2)} {d(3)} {d(3)}",
            f"+243 8{d(2)} {d(3)} {d(3)}",
            f"+44 7{d(3)} {d(6)}",
            f"+359 8{d(2)} {d(3)} {d(3)}",
        ]
    )


def email(first: str, last: str) -> str:
    def slug(s: str) -> str:
        s = s.lower()
        for a, b in [
            ("ï", "i"),
            ("ë", "e"),
            ("é", "e"),
            ("è", "e"),
            ("â", "a"),
            ("ş", "s"),
            ("ç", "c"),
            ("ö", "o"),
            ("ü", "u"),
            ("ğ", "g"),
            ("ı", "i"),
            ("ś", "s"),
            ("ń", "n"),
            ("ó", "o"),
            ("ł", "l"),
            ("ć", "c"),
            ("ê", "e"),
            (" ", ""),
            ("-", ""),
        ]:
            s = s.replace(a, b)
        return s

    dom = rng.choice(
        ["gmail.com", "hotmail.com", "telenet.be", "outlook.be", "skynet.be", "yahoo.fr", "proximus.be"]
    )
    return rng.choice(
        [
            f"{slug(first)}.{slug(last)}@{dom}",
            f"{slug(first)}{rng.randint(1, 99)}@{dom}",
            f"{slug(last)}.{slug(first)[0]}@{dom}",
        ]
    )


def birth() -> str:
    y = rng.randint(1935, 2021)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return rng.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}-{m}-{y}",
            f"{d:02d}/{m:02d}/{y % 100:02d}",
            f"{d} {MONTHS_ABBR[m - 1]} {y}",
        ]
    )


def plain_date() -> str:
    y = rng.randint(2019, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return rng.choice(
        [
            f"{d} {MONTHS[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {MONTHS[m - 1]}",
            f"{MONTHS[m - 1]} {y}",
        ]
    )


def amount() -> str:
    return rng.choice(
        [
            f"€ {rng.randint(1, 3)}.{rng.randint(0, 999):03d},{rng.randint(0, 99):02d}",
            f"{rng.randint(20, 900)} euro",
            f"€{rng.randint(20, 900)}",
            f"{rng.randint(5, 95)}%",
            f"{rng.randint(50, 1500)},{rng.randint(0, 99):02d} EUR",
        ]
    )


def full_name() -> tuple[str, str, str]:
    f, s = rng.choice(FIRST), rng.choice(SURNAMES)
    if rng.random() < 0.1:
        return f"{f[0]}. {s}", f, s
    return f"{f} {s}", f, s


# ---------------------------------------------------------------------------- templates
# Slots: {N} full name, {F} first name only, {S} surname only, {T} title, {R} role, {RO} role-of,
# {NN} national number, {BIS}, {IBAN}, {PH} phone, {EM} e-mail, {ADR} street + number,
# {ADRP} street + number + postal line, {PC} postal line alone (labelled: residence context),
# {BD} birth date, {YEAR} birth year; unlabelled: {M} municipality, {D} district, {O} organisation,
# {DATE} ordinary date, {AMT} amount, {NUM} count.

PII = [
    "{T} {S} komt al drie maanden niet meer naar {O} omdat de bus naar {D} geschrapt werd.",
    "{R} {F} kan de energiefactuur van {AMT} niet betalen en dreigt afgesloten te worden.",
    "{N} woont met vier kinderen in een te kleine woning in {D}; de huur bedraagt {AMT}.",
    "Gisteren belde {N} ons in paniek: de huisbaas wil haar uit de woning zetten.",
    "Vandaag was {F} opnieuw bij {O} voor een voedselpakket, voor de derde keer deze maand.",
    "We begeleiden {T} {N} sinds {DATE}; het leefloon werd stopgezet zonder duidelijke reden.",
    "{RO} {F} heeft geen toegang tot de kinderopvang omdat de wachtlijst te lang is.",
    "Rijksregisternummer van de cliënt: {NN}. Het dossier ligt bij {O}.",
    "INSZ {NN} – de aanvraag voor een verhoogde tegemoetkoming werd geweigerd.",
    "Het BIS-nummer {BIS} van {F} werd nog niet geactiveerd, waardoor de mutualiteit niet terugbetaalt.",
    "Cliënt met nummer {NN} kreeg geen antwoord van {O} na drie herinneringen.",
    "De huur werd gestort op rekening {IBAN}, maar de verhuurder ontkent de betaling.",
    "Gelieve de premie over te schrijven op {IBAN} (rekening van {T} {S}).",
    "{F} kan bereikt worden op {PH} na 17 uur.",
    "Contact: {PH} of {EM}.",
    "Bel gerust naar {PH} als er vragen zijn over deze situatie.",
    "De mama is enkel bereikbaar via {EM}, ze heeft geen vaste telefoon.",
    "Meer info bij de maatschappelijk werker via {EM} of op {PH}.",
    "Het gezin woont in de {ADR} in een woning met ernstige vochtproblemen.",
    "Adres: {ADRP}. Het dak lekt al sinds de winter.",
    "{T} {S} woont {ADRP} en heeft al maanden geen warm water.",
    "De woning in de {ADR} werd ongeschikt verklaard, toch blijft de familie er wonen.",
    "{N}, {ADRP}, vraagt hulp bij de aanvraag van een sociale woning.",
    "Zij is gedomicilieerd in {PC} maar verblijft eigenlijk bij haar zus.",
    "Het jongetje, geboren op {BD}, heeft nog steeds geen plaats in een school.",
    "{N} (° {BD}) heeft een schuld van {AMT} bij de energieleverancier.",
    "{F} (°{YEAR}) kreeg een uithuiszetting betekend.",
    "Geboortedatum: {BD}. Nationaliteit: Syrisch. Verblijfsstatuut: onzeker.",
    "Onze cliënt, geb. {BD}, werd zonder opvang ontslagen uit het ziekenhuis.",
    "{T} {S} is geboren in {YEAR} en woont alleen.",
    "{R} {F} (geboren {BD}) slaapt al twee weken in de auto.",
    "De oudste dochter, geboren op {BD} in {M}, heeft geen verblijfsvergunning.",
    "{N} en {N2} staan al vier jaar op de wachtlijst voor een sociale woning.",
    "{T} {N} werd doorverwezen naar {O}, maar daar was geen plaats.",
    "Bij het huisbezoek bij {T} {S} bleek de koelkast leeg.",
    "{F} vertelt dat {R2} {F2} de hele dag alleen thuis is.",
    "Ik sprak met {N} over de schuldbemiddeling; {F} begrijpt de brieven van de deurwaarder niet.",
    "Volgens {T} {S} wordt de huur elke maand cash opgehaald door de eigenaar.",
    "{R} {F} is 78 jaar en kan de trap naar het appartement niet meer op.",
    "Na het overlijden van haar man moet {N} rondkomen met {AMT} per maand.",
    "Het dossier van {N} (rijksregisternummer {NN}) werd afgesloten zonder overleg.",
    "{N}, {PH}, {EM}",
    "{N}\n{ADRP}\n{PH}",
    "Naam: {N}\nGeboortedatum: {BD}\nAdres: {ADRP}\nRekeningnummer: {IBAN}",
    "Gegevens cliënt: {N}, geboren op {BD}, INSZ {NN}, tel. {PH}.",
    "{F} werd door {O} doorverwezen, maar niemand kon haar helpen met het Nederlands.",
    "{RO} {F} zit in het derde middelbaar en spijbelt vaak.",
    "De kinderen van {T} {S} eten 's middags niet op school omdat de maaltijd {AMT} kost.",
    "Ik verwijs naar het gesprek met {N} van {DATE}.",
    "{N} kreeg van {O} een brief in het Frans, terwijl ze enkel Arabisch en Nederlands leest.",
    "Sinds {DATE} logeert {F} bij {R2} {F2} in {D}.",
    "Op vraag van {T} {S} contacteerden we {O}.",
    "{T} {S} en haar zoon {F2} wonen in een kamer zonder ramen.",
    "Dankzij {N} van de buurtwinkel kregen we zicht op de situatie.",
    "Telefoonnummer van de huisbaas: {PH}. Hij weigert de herstellingen uit te voeren.",
    "De IBAN {IBAN} staat op naam van de ex-partner.",
    "Het adres {ADR} is een referentieadres bij het OCMW.",
    "De familie verhuisde naar {ADRP}, een woning die niet conform is.",
    "Meneer woont {ADR} te {PCX} en krijgt geen thuiszorg omdat hij niet ingeschreven is.",
    "{F} {S} heeft schulden bij drie incassobureaus.",
    "Er is geen plaats in de opvang voor {N} en haar baby.",
]

CLEAN = [
    "Sinds {DATE} stellen we vast dat steeds meer gezinnen in {D} aankloppen bij {O}.",
    "Op {DATE} was er een infosessie van {O} over het Groeipakket in {M}.",
    "De huurprijzen in {M} stegen het voorbije jaar met {AMT}, terwijl het leefloon amper volgde.",
    "{O} kan de vraag naar voedselpakketten niet meer aan: {NUM} gezinnen per week.",
    "In {D} sluit het postkantoor op {DATE}, waardoor ouderen geen cash meer kunnen afhalen.",
    "De wachttijd bij {O} loopt op tot {NUM} weken, ook voor dringende dossiers.",
    "Volgens artikel 14 §2 van de wet van 26 mei 2002 heeft iedereen recht op maatschappelijke integratie.",
    "Het KB van 11 juli 2002 en de omzendbrief van {DATE} zijn hierover niet eenduidig.",
    "De buslijn 3 naar {D} rijdt na 19u30 niet meer, waardoor cursisten van het CVO de les missen.",
    "Vanaf {DATE} moeten aanvragen voor de huurpremie digitaal ingediend worden via het e-loket.",
    "We zien dat {NUM} % van de bezoekers van {O} geen toegang heeft tot een computer.",
    "Het energiehuis van {M} is enkel open op dinsdag van 9 tot 12 uur.",
    "Samen met {O} en {O2} organiseerden we een overleg in {M} op {DATE}.",
    "Er zijn in {M} slechts {NUM} sociale woningen vrijgekomen in 2023.",
    "Veel jongeren in {D} haken af omdat het JAC maar twee halve dagen open is.",
    "De kosten voor een schooluitstap bedragen {AMT}, wat voor veel gezinnen te veel is.",
    "Kind en Gezin meldt dat de consultaties in {D} verhuizen naar {M}.",
    "De Lijn schrapte de halte aan de Kerkstraat, waardoor de bewoners van het woonzorgcentrum "
    "geïsoleerd raken.",
    "Het OCMW van {M} vraagt sinds januari een bewijs van inschrijving bij de VDAB.",
    "Mensen zonder wettig verblijf vinden de weg naar {O} niet, zeker niet in {D}.",
    "In de Sleepstraat en omgeving staan veel panden leeg terwijl de wachtlijst groeit.",
    "Tijdens de Ramadan merken we een piek in de vraag naar voedselhulp.",
    "De brieven van de FOD Financiën zijn enkel in het Frans beschikbaar voor inwoners van {M}.",
    "Het aantal uithuiszettingen in {M} steeg van {NUM} naar {NUM2} tussen 2022 en 2024.",
    "Fedasil sluit het opvangcentrum in {M}, wat gevolgen heeft voor {NUM} bewoners.",
    "Op woensdagnamiddag is er geen kinderopvang in {D}, ook niet via het Huis van het Kind.",
    "De digitale kloof treft vooral ouderen: 1 op 3 heeft geen itsme.",
    "Sociaal Huis {M} en {O} werken samen rond energiearmoede.",
    "Wij vragen aan het lokaal bestuur van {M} om de toelage voor schoolmaaltijden te verhogen tot {AMT}.",
    "Van maandag tot vrijdag wachten er elke ochtend om 8u30 al mensen aan de deur van {O}.",
    "De Vlaamse Codex Wonen, artikel 6.2, voorziet in een recht op een conforme woning.",
    "Het Wit-Gele Kruis en i-mens melden een tekort aan verpleegkundigen in {D}.",
    "Familiehulp kan in {M} pas na {NUM} weken starten.",
    "Sinds de hervorming van 1 januari 2025 vallen {NUM} gezinnen buiten de regeling.",
    "Het CAW Oost-Vlaanderen ziet een stijging van dakloze jongeren in {M}.",
    "De sociale kruidenier in {D} is verhuisd naar de Dampoortstraat, verder van de wijk.",
    "Volgens de Armoedebarometer leeft 12,3% van de kinderen in {M} in armoede.",
    "De Liberale Mutualiteit en Solidaris hebben hun kantoren in {D} gesloten.",
    "We kregen {NUM} meldingen over schimmel in woningen van Woonhaven in {D}.",
    "Het CGG heeft een wachtlijst van zes maanden voor kinderen en jongeren.",
    "Op de Grote Markt van {M} staat sinds december een warmtepunt.",
    "Opgroeien en het CLB willen samen de schoolkosten in kaart brengen.",
    "Tijdens de paasvakantie is het LDC Ter Kaai gesloten, waardoor ouderen geen warme maaltijd krijgen.",
    "Het sociaal restaurant in {D} serveert een maaltijd voor {AMT}.",
    "De VDAB-cursus Nederlands op niveau 1.2 start pas in september.",
    "Het aantal aanvragen bij {O} steeg met {AMT} ten opzichte van vorig jaar.",
    "Mensen met een leefloon van € 1.263,17 kunnen de huur van € 850 niet dragen.",
    "De hulpvraag kwam binnen via het onthaal op {DATE} om 14u15.",
    "Volgens de DMW van AZ Jan Palfijn worden patiënten zonder opvang ontslagen.",
    "De buurtbewoners van {D} vragen een veilige oversteekplaats aan de school.",
    "Sinds de sluiting van het filiaal van Belfius in {M} moeten ouderen naar {M2}.",
    "Het Vlaams Agentschap Opgroeien erkent slechts {NUM} plaatsen in {M}.",
    "Er is nood aan meer budgetbegeleiding in {M}: de wachttijd is {NUM} weken.",
    "In het dossier verwijzen we naar de beslissing van het BCSD van {DATE}.",
    "Buurtwerk in {D} organiseert elke donderdag een soepmoment voor {NUM} mensen.",
    "De gemeente {M} vraagt een retributie van {AMT} voor een attest van gezinssamenstelling.",
    "Veel nieuwkomers uit Oekraïne en Syrië vinden geen woning in {M}.",
    "Het Agentschap Integratie en Inburgering heeft in {M} een wachtlijst voor tolken.",
    "Ook in {D} stellen we vast dat de premie pas na zes maanden wordt uitbetaald.",
    "Projectnummer 2024/017 van het lokaal sociaal beleid loopt af op {DATE}.",
    "Zie ook het verslag van het overleg van {DATE} (punt 4.3).",
    "Dienst Vreemdelingenzaken behandelt aanvragen 9bis gemiddeld binnen 18 maanden.",
    "Het budget voor de UiTPAS met kansentarief werd verlaagd naar {AMT}.",
    "Jongeren uit {D} moeten voor een afspraak bij het CLB naar {M}.",
]


def fill(template: str) -> dict:
    spans = []
    out = ""
    pos = 0
    names = {}
    for m in re.finditer(r"\{([A-Z0-9]+)\}", template):
        out += template[pos : m.start()]
        slot = m.group(1)
        label = None
        if slot in ("N", "N2"):
            val, f, s = full_name()
            names[slot] = (f, s)
            label = "person_name"
        elif slot in ("F", "F2"):
            val = rng.choice(FIRST)
            label = "person_name"
        elif slot == "S":
            val = rng.choice(SURNAMES)
            label = "person_name"
        elif slot == "T":
            val = rng.choice(TITLES)
            if m.start() == 0:
                val = val[0].upper() + val[1:]
        elif slot in ("R", "R2"):
            val = rng.choice(ROLES)
            if m.start() == 0:
                val = val[0].upper() + val[1:]
        elif slot == "RO":
            val = rng.choice(ROLE_OF)
            if m.start() == 0:
                val = val[0].upper() + val[1:]
        elif slot == "NN":
            val, label = nn(), "national_number"
        elif slot == "BIS":
            val, label = nn(bis=True), "national_number"
        elif slot == "IBAN":
            val, label = iban(), "iban"
        elif slot == "PH":
            val, label = phone(), "phone"
        elif slot == "EM":
            f, s = names.get("N", (rng.choice(FIRST), rng.choice(SURNAMES)))
            val, label = email(f, s), "email"
        elif slot == "ADR":
            val, label = (
                f"{rng.choice(STREETS)} {rng.randint(1, 250)}{rng.choice(['', '', '', 'A', ' bus 3', '/2'])}",
                "address",
            )
        elif slot == "ADRP":
            pc, city = rng.choice(POSTAL)
            sep = rng.choice([", ", " ", " te ", ", B-"]) if "\n" not in template else "\n"
            if sep == ", B-":
                sep, pc = ", ", "B-" + pc
            val, label = f"{rng.choice(STREETS)} {rng.randint(1, 250)}{sep}{pc} {city}", "address"
        elif slot in ("PC", "PCX"):
            pc, city = rng.choice(POSTAL)
            val = f"{pc} {city}"
            label = "postal_address" if slot == "PC" else "address"
        elif slot == "BD":
            val, label = birth(), "birth_date"
        elif slot == "YEAR":
            val, label = str(rng.randint(1940, 2020)), "birth_date"
        elif slot in ("M", "M2"):
            val = rng.choice(MUNIS)
        elif slot == "D":
            val = rng.choice(DISTRICTS)
        elif slot in ("O", "O2"):
            val = rng.choice(ORGS)
            if m.start() == 0 or out.endswith(". "):
                val = val[0].upper() + val[1:]
        elif slot == "DATE":
            val = plain_date()
        elif slot == "AMT":
            val = amount()
        elif slot in ("NUM", "NUM2"):
            val = str(rng.randint(3, 480))
        else:  # pragma: no cover
            raise KeyError(slot)
        if label:
            spans.append({"kind": label, "start": len(out), "end": len(out) + len(val)})
        out += val
        pos = m.end()
    out += template[pos:]
    # "{ADR} te {PCX}": one address from street to municipality
    merged = []
    for sp in spans:
        if (
            merged
            and sp["kind"] == "address"
            and merged[-1]["kind"] == "address"
            and re.fullmatch(r"\s*(?:,|te|in)?\s*", out[merged[-1]["end"] : sp["start"]])
        ):
            merged[-1]["end"] = sp["end"]
            continue
        merged.append(sp)
    return {"text": out, "spans": merged}


def main() -> None:
    rows = []
    # single PII sentences, several instantiations each
    for ti, t in enumerate(PII):
        for k in range(5):
            rows.append({"id": f"pii-{ti:02d}-{k}", **fill(t)})
    # PII sentence embedded in a longer signal with clean context
    for k in range(120):
        parts = [fill(rng.choice(CLEAN)), fill(rng.choice(PII)), fill(rng.choice(CLEAN))]
        rng.shuffle(parts)
        text, spans = "", []
        for p in parts:
            if text:
                text += " "
            for sp in p["spans"]:
                spans.append({**sp, "start": sp["start"] + len(text), "end": sp["end"] + len(text)})
            text += p["text"]
        rows.append({"id": f"mix-{k:03d}", "text": text, "spans": spans})
    # clean signals: single sentences and longer multi-sentence texts
    for ti, t in enumerate(CLEAN):
        for k in range(3):
            rows.append({"id": f"clean-{ti:02d}-{k}", **fill(t)})
    for k in range(150):
        parts = [fill(t)["text"] for t in rng.sample(CLEAN, rng.randint(2, 6))]
        rows.append({"id": f"cleanlong-{k:03d}", "text": " ".join(parts), "spans": []})
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} texts -> {OUT}")


if __name__ == "__main__":
    main()
