"""Theme and target-group suggestions while a giver types (Django).

A small classifier per municipality, learned from its *coordinator-confirmed* signals (read by a coordinator, or
linked to a knelpunt): the k most similar confirmed signals (stored vectors, `services.similar_signals`) vote with
their themes and target groups, weighted by rank. A default vocabulary (keywords per theme and target group, from
the reference lists in `reference.data`) covers a new municipality and adds a prior for rare themes; its weight
shrinks as the municipality's confirmed history grows. The giver confirms by ticking: nothing is ticked for them.

    suggest(municipality_id, text) -> Suggestions(themes=[(Theme, score)...], target_groups=[...])
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from . import services
from .lexical import normalise

K_NEIGHBOURS = 10
TOP = 3
CACHE_SECONDS = 300
FULL_HISTORY = 30  # confirmed signals after which the keywords weigh least

# Keywords (lowercase, no accents) per theme, matched inside words (so "huur" matches "huurwoning",
# "energie" matches "energiefactuur"). Short, ambiguous stems are avoided.
THEME_KEYWORDS: dict[str, tuple[str, ...]] = {
    "wonen en energie": (
        "huur", "woning", "wonen", "woon", "verhuurder", "huisvesting", "sociale woning", "woonmaatschappij",
        "waarborg", "energie", "elektriciteit", "stroom", "gasfactuur", "verwarming", "verwarmen", "kachel",
        "isolatie", "isoleren", "vocht", "schimmel", "budgetmeter", "afsluiting", "uithuiszetting", "dakloos",
        "krot", "renovatie", "nutsvoorziening", "waterfactuur", "opvangwoning", "woonwinkel", "koud",
    ),
    "inkomen en schulden": (
        "schuld", "budget", "deurwaarder", "aanmaning", "factuur", "facturen", "leefloon", "uitkering",
        "inkomen", "afbetal", "collectieve schuldenregeling", "schuldbemiddel", "bewindvoer", "armoede",
        "rekening", "kinderbijslag", "groeipakket", "invordering", "toeslag", "pensioen", "loonbeslag",
        "financ", "betalen", "kosten", "geld", "duur",
    ),
    "werk en sociale economie": (
        "werk", "job", "vdab", "sollicit", "werkloos", "werkzoek", "sociale economie", "maatwerk", "tewerkstelling",
        "arbeid", "werkgever", "interim", "contract", "opleiding", "stage", "activering", "artikel 60", "loon",
        "ontslag", "werkloosheid", "beroeps",
    ),
    "gezondheid en zorg": (
        "zorg", "dokter", "huisarts", "ziekenhuis", "tandarts", "tandzorg", "medicatie", "medicijn", "ziekte",
        "ziek", "gezondheid", "ziekenfonds", "mutualiteit", "verpleeg", "thuiszorg", "revalidatie", "handicap",
        "luchtweg", "chronisch", "apotheek", "specialist", "bril", "gezinszorg", "verzorging",
    ),
    "geestelijke gezondheid": (
        "psycholoog", "psychiater", "psychisch", "geestelijk", "depress", "angst", "burn", "trauma", "suicid",
        "zelfdoding", "verslaving", "cgg", "ggz", "mentaal", "mentale", "stress", "crisis", "wachtlijst psych",
        "therapie", "begeleid wonen", "eetstoornis", "welbevinden",
    ),
    "onderwijs en kinderopvang": (
        "school", "leerling", "leerkracht", "onderwijs", "kinderopvang", "opvang", "creche", "schoolfactu",
        "huiswerk", "spijbel", "klas", "studie", "clb", "buitengewoon onderwijs", "kleuter", "secundair",
        "lager onderwijs", "schoolreis", "naschoolse", "uitval", "diploma",
    ),
    "vrije tijd en participatie": (
        "vrije tijd", "vrijetijd", "sport", "sportclub", "jeugdbeweging", "cultuur", "hobby", "vakantie",
        "speelplein", "vereniging", "uitpas", "participatie", "lidgeld", "kamp", "zwembad", "jeugdhuis",
        "muziek", "academie", "bibliotheek", "speelpein",
    ),
    "mobiliteit": (
        "bus", "vervoer", "mobiliteit", "trein", "tram", "de lijn", "fiets", "rijbewijs", "auto", "taxi",
        "verplaats", "openbaar vervoer", "halte", "dienstregeling", "rolstoel", "parkeer", "belbus",
        "deelgemeente", "bereikbaar",
    ),
    "digitalisering en digitale kloof": (
        "digitaal", "digitale", "online", "internet", "computer", "laptop", "smartphone", "itsme", "app",
        "e-mail", "website", "burgerprofiel", "eid", "kaartlezer", "wifi", "login", "account", "formulier online",
        "bankapp", "wachtwoord", "qr",
    ),
    "voeding en basisbehoeften": (
        "voedsel", "voeding", "eten", "honger", "voedselbank", "voedselbedeling", "sociale kruidenier",
        "maaltijd", "boterham", "kleding", "kledij", "hygiene", "luiers", "maandverband", "basisbehoefte",
        "ontbijt", "boodschappen", "brood", "douche",
    ),
    "toegang tot rechten en dienstverlening": (
        "recht", "rechten", "aanvraag", "aanvragen", "premie", "tegemoetkoming", "loket", "dienstverlening",
        "formulier", "administratie", "procedure", "ocmw", "sociaal huis", "brief", "brieven", "attest",
        "dossier", "non-take", "onderbescherming", "afspraak", "wachttijd", "automatische toekenning",
        "verhoogde tegemoetkoming", "papieren",
    ),
    "veiligheid en justitie": (
        "politie", "justitie", "gevangenis", "detentie", "rechter", "advocaat", "pro deo", "juridisch",
        "geweld", "intrafamiliaal", "partnergeweld", "misbruik", "diefstal", "overlast", "veilig", "onveilig",
        "criminaliteit", "drugs", "straf", "parket", "jeugdrechter",
    ),
    "migratie en inburgering": (
        "nieuwkomer", "migrant", "migratie", "inburger", "asiel", "vluchteling", "verblijf", "verblijfsvergunning",
        "oekraine", "nederlands leren", "taalles", "taalcursus", "tolk", "vertaling", "anderstalig", "integratie",
        "gezinshereniging", "fedasil", "opvangcentrum", "nationaliteit", "taal",
    ),
    "eenzaamheid en sociaal netwerk": (
        "eenzaam", "isolement", "geisoleerd", "alleen thuis", "sociaal netwerk", "contact", "buren", "netwerk",
        "vriend", "familie", "verlies", "rouw", "weduw", "ontmoeting", "buddy", "bezoek", "niemand",
    ),
    "klimaat": (
        "klimaat", "hitte", "hittegolf", "overstroming", "wateroverlast", "groen", "natuur", "duurzaam",
        "co2", "zonnepaneel", "zonnepanelen", "warmtepomp", "vervuiling", "luchtkwaliteit", "energietransitie",
        "lage-emissiezone", "lez",
    ),
}

TARGET_GROUP_KEYWORDS: dict[str, tuple[str, ...]] = {
    "kinderen": ("kind", "kinderen", "baby", "peuter", "kleuter", "leerling", "lagere school", "speelplein"),
    "jongeren": ("jongere", "jongeren", "tiener", "adolescent", "jeugd", "18-jarig", "meerderjarig", "student",
                 "secundair", "jeugdhulp"),
    "gezinnen met kinderen": ("gezin", "gezinnen", "ouders", "kinderen", "moeder", "vader", "groeipakket",
                              "kinderopvang", "schoolfactu"),
    "alleenstaande ouders": ("alleenstaande ouder", "alleenstaande moeder", "alleenstaande vader",
                             "eenoudergezin", "alleenstaand", "alimentatie", "co-ouderschap"),
    "ouderen": ("ouderen", "oudere", "senior", "gepensioneerd", "pensioen", "woonzorgcentrum", "rusthuis",
                "75-plus", "65-plus", "bejaard", "dementie"),
    "personen met een handicap": ("handicap", "beperking", "rolstoel", "doof", "blind", "slechtziend",
                                  "vaph", "persoonsvolgend budget", "mindervalid", "autisme", "verstandelijk"),
    "personen met psychische kwetsbaarheid": ("psychisch", "psychische", "psychiatr", "depress", "angst",
                                              "verslaving", "cgg", "geestelijk", "psycholoog", "kwetsbaar"),
    "mensen in armoede": ("armoede", "arm", "leefloon", "laag inkomen", "lage inkomens", "schuld", "voedselbank",
                          "sociale kruidenier", "rondkomen", "budget", "ocmw"),
    "dak- en thuislozen": ("dakloos", "daklozen", "thuisloos", "thuislozen", "nachtopvang", "straat",
                           "crisisopvang", "uithuiszetting", "zonder woning", "referentieadres", "gevangenis"),
    "nieuwkomers": ("nieuwkomer", "nieuwkomers", "vluchteling", "asiel", "inburger", "anderstalig", "migrant",
                    "oekraine", "taalles", "tolk", "nederlands"),
    "mensen zonder wettig verblijf": ("zonder papieren", "mensen zonder papieren", "zonder wettig verblijf",
                                      "illegaal", "dringende medische hulp", "uitgeprocedeerd", "sans-papiers"),
    "werkzoekenden": ("werkzoekend", "werkloos", "werkloosheid", "vdab", "sollicit", "job", "werk zoeken",
                      "activering", "trajectbegeleid"),
    "mantelzorgers": ("mantelzorg", "mantelzorger", "mantelzorgers", "zorgen voor", "respijt", "overbelast",
                      "uitgeput", "dagopvang"),
    "studenten": ("student", "studenten", "hogeschool", "universiteit", "studiebeurs", "kot", "studie",
                  "hoger onderwijs"),
}


@dataclass
class Suggestions:
    themes: list = field(default_factory=list)  # [(Theme, score)], best first
    target_groups: list = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.themes or self.target_groups)


@dataclass
class _Training:
    themes: dict[int, list[int]]  # confirmed signal id -> theme ids
    groups: dict[int, list[int]]
    loaded_at: float


_lock = threading.Lock()
_training: dict[int, _Training] = {}


def _confirmed(municipality_id: int):
    """Coordinator-confirmed signals of a municipality: read by a coordinator, or linked to a knelpunt."""
    from lokaalsignaal.intake.models import Signal

    return Signal.objects.filter(municipality_id=municipality_id).filter(
        Q(read_at__isnull=False) | Q(knelpunt__isnull=False)).exclude(status="withdrawn")


def training(municipality_id: int, *, refresh: bool = False) -> _Training:
    """The confirmed signals' themes and target groups (two queries; cached for a few minutes per process)."""
    from lokaalsignaal.intake.models import Signal

    with _lock:
        cached = _training.get(municipality_id)
        if cached is not None and not refresh and time.monotonic() - cached.loaded_at < CACHE_SECONDS:
            return cached
    ids = _confirmed(municipality_id).values("pk")
    themes: dict[int, list[int]] = defaultdict(list)
    for signal_id, theme_id in Signal.themes.through.objects.filter(signal_id__in=ids).values_list(
            "signal_id", "theme_id"):
        themes[signal_id].append(theme_id)
    groups: dict[int, list[int]] = defaultdict(list)
    for signal_id, group_id in Signal.target_groups.through.objects.filter(signal_id__in=ids).values_list(
            "signal_id", "targetgroup_id"):
        groups[signal_id].append(group_id)
    result = _Training(dict(themes), dict(groups), time.monotonic())
    with _lock:
        _training[municipality_id] = result
    return result


def reset() -> None:
    with _lock:
        _training.clear()


def keyword_scores(text: str, vocabulary: dict[str, tuple[str, ...]]) -> dict[str, float]:
    """How many of each label's keywords occur in the text (inside words; multi-word keywords as phrases)."""
    norm = f" {normalise(text)} "
    scores = {}
    for label, keywords in vocabulary.items():
        hits = sum(1 for k in keywords if (f" {k}" in norm if " " in k or len(k) <= 4 else k in norm))
        if hits:
            scores[label] = float(hits)
    return scores


def _combine(votes: dict[int, float], keywords: dict[int, float], history: int) -> dict[int, float]:
    """Neighbour votes (normalised to 1) plus keyword hits (normalised to 1) weighted down as history grows."""
    total = sum(votes.values()) or 1.0
    top_kw = max(keywords.values(), default=0.0) or 1.0
    kw_weight = 1.0 - 0.7 * min(1.0, history / FULL_HISTORY)  # 1.0 for a new municipality, 0.3 with history
    out: dict[int, float] = defaultdict(float)
    for pk, v in votes.items():
        out[pk] += v / total
    for pk, v in keywords.items():
        out[pk] += kw_weight * v / top_kw
    return out


def rank(municipality_id: int, text: str, *, exclude=(), k: int = K_NEIGHBOURS) -> tuple[dict, dict]:
    """(theme id -> score, target group id -> score) for a draft text. `exclude`: signal ids never used (the
    benchmark's held-back signals)."""
    from lokaalsignaal.reference import lists as reference_lists
    from lokaalsignaal.reference.models import TargetGroup, Theme

    data = training(municipality_id)
    excluded = set(exclude)
    theme_votes: dict[int, float] = defaultdict(float)
    group_votes: dict[int, float] = defaultdict(float)
    # the signals whose themes a coordinator confirmed (a view of the training's keys: a big city has 60,000 of them,
    # and copying them into a set was ~5 ms a lookup)
    confirmed = data.themes.keys() - excluded if excluded else data.themes.keys()
    if confirmed:
        hits = services.similar_signals(municipality_id, text=text, k=k * 4, exclude=excluded)
        neighbours = [h for h in hits if h.id in confirmed][:k]
        for position, hit in enumerate(neighbours):
            weight = 1.0 / (1.0 + position)
            for theme_id in data.themes.get(hit.id, ()):
                theme_votes[theme_id] += weight
            for group_id in data.groups.get(hit.id, ()):
                group_votes[group_id] += weight
    names = reference_lists.active_by_name(Theme)  # from the one read of the reference tables
    theme_kw = {names[n]: s for n, s in keyword_scores(text, THEME_KEYWORDS).items() if n in names}
    group_names = reference_lists.active_by_name(TargetGroup)
    group_kw = {group_names[n]: s for n, s in keyword_scores(text, TARGET_GROUP_KEYWORDS).items() if n in group_names}
    history = len(confirmed)
    return _combine(theme_votes, theme_kw, history), _combine(group_votes, group_kw, history)


def suggest(municipality_id: int, text: str, *, top: int = TOP) -> Suggestions:
    """The `top` themes and target groups for a draft text, as objects with their score (best first)."""
    from lokaalsignaal.reference.models import TargetGroup, Theme

    text = (text or "").strip()
    if len(text) < 12:
        return Suggestions()
    themes, groups = rank(municipality_id, text)
    best_themes = sorted(themes.items(), key=lambda item: -item[1])[:top]
    best_groups = sorted(groups.items(), key=lambda item: -item[1])[:top]
    theme_objs = Theme.objects.in_bulk([pk for pk, _s in best_themes])
    group_objs = TargetGroup.objects.in_bulk([pk for pk, _s in best_groups])
    return Suggestions(
        themes=[(theme_objs[pk], s) for pk, s in best_themes if pk in theme_objs],
        target_groups=[(group_objs[pk], s) for pk, s in best_groups if pk in group_objs],
    )
