"""Similar knelpunten and signals where they help (Django): the giver's form, the coordinator's triage page, the
cluster suggestions and the region's escalated knelpunt. Every queryset comes from an access module
(`similarity.access`, `intake.access`, `casework.knelpunten.access`, `casework.joins.access`,
`casework.regions.access`); the engine only returns ids.

- Signals are found through their stored vectors (`services.similar_signals`).
- Knelpunten are found through their signals (hits grouped by `signal.knelpunt_id`) *and* through their own
  title + summary, kept in small in-memory engine partitions ("knelpunten:<municipality>" for a municipality's
  open knelpunten, "knelpunten:<scope>" for a scope's escalated knelpunten; `knelpunt_index`), scored on the
  scale of the municipality's signals.
- "Why": the stemmed words two texts share (`shared_terms`), shown highlighted (`highlight`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from lokaalsignaal.casework.joins import access as join_access
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.regions import access as region_access
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.models import SignalStatus
from lokaalsignaal.similarity import access as similarity_access

from . import services
from .knelpunt_index import hits as _knelpunt_hits
from .knelpunt_index import knelpunt_text
from .lexical import DUTCH_STOPWORDS, normalise, stem
from .thresholds import CLUSTER_SCORE, GIVER_SCORE, MIN_SCORE

MAX_TERMS = 5
CLUSTER_MAX_SIGNALS = 500
CLUSTER_DAYS = 365
CLUSTER_NEIGHBOURS = 8


# Extra words that say nothing about the problem (on top of the engine's stopwords).
_WEAK = frozenset("""
mensen persoon personen iemand gezin zien merken steeds vaker meer minder lang lange veel weinig maand maanden
week weken jaar jaren keer komen komt gaan gaat doen doet krijgen krijgt hebben heeft maken maakt omdat wanneer
terwijl alleen eigen andere ander zeer echt goed slecht groot grote klein kleine nieuw nieuwe oude blijft
blijven moeilijk probleem problemen signaal signalen situatie situaties verschillende hetzelfde zelfde onze
""".split())


def _min_score(kind: dict) -> float:
    method = services.get_engine().method
    return kind.get(method, MIN_SCORE.get(method, 0.1))


# --- why: shared key terms -----------------------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def _key_stems(text: str) -> set[str]:
    return {stem(w) for w in normalise(text).split()
            if len(w) > 3 and w not in DUTCH_STOPWORDS and w not in _WEAK and not w.isdigit()}


def shared_terms(text: str, other: str, limit: int = MAX_TERMS, *, stems: set[str] | None = None) -> list[str]:
    """Up to `limit` words of `other` whose stem also occurs in `text` (as written in `other`, first seen first)."""
    mine = _key_stems(text) if stems is None else stems
    found: list[str] = []
    seen: set[str] = set()
    for match in _WORD.finditer(other):
        word = match.group(0)
        norm = normalise(word)
        if len(norm) <= 3 or norm in DUTCH_STOPWORDS or norm in _WEAK or norm.isdigit():
            continue
        s = stem(norm)
        if s in mine and s not in seen:
            seen.add(s)
            found.append(word)
            if len(found) >= limit:
                break
    return found


def highlight(text: str, terms) -> SafeString:
    """`text`, HTML-escaped, with every word whose stem is one of the terms' stems wrapped in <mark>."""
    stems = {stem(normalise(t)) for t in terms}
    if not stems:
        return escape(text)
    out, last = [], 0
    for match in _WORD.finditer(text):
        norm = normalise(match.group(0))
        if len(norm) > 3 and stem(norm) in stems:
            out.append(escape(text[last:match.start()]))
            out.append(f"<mark>{escape(match.group(0))}</mark>")
            last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 (every piece is escaped above)


def _relevant(score: float, terms: list[str], kind: dict = MIN_SCORE) -> bool:
    if score < _min_score(kind):
        return False
    return bool(terms) or services.get_engine().uses_dense


# --- the giver's form ----------------------------------------------------------------------------------------

@dataclass
class Suggestion:
    obj: object
    score: float
    terms: list[str] = field(default_factory=list)


@dataclass
class GiverSuggestions:
    knelpunten: list[Suggestion] = field(default_factory=list)
    signals: list[Suggestion] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.knelpunten or self.signals)


def for_giver(user, municipality, text: str, *, k_knelpunten: int = 3, k_signals: int = 5) -> GiverSuggestions:
    """Knelpunten the giver may join and recent signals (title + date only) similar to a draft text."""
    text = (text or "").strip()
    result = GiverSuggestions()
    if len(text) < 12:
        return result
    joinable = join_access.joinable_knelpunten(user, municipality)
    signal_hits = services.similar_signals(municipality.pk, text=text, k=40)
    knelpunt_hits = _knelpunt_hits(f"knelpunten:{municipality.pk}", _open_knelpunten(municipality), text=text,
                                     reference=municipality.pk)
    stems = _key_stems(text)

    recent = {s.pk: s for s in similarity_access.recent_signal_titles_for_giver(user, municipality).filter(
        pk__in=[h.id for h in signal_hits])}
    scores: dict[int, float] = {}
    for hit in knelpunt_hits:
        scores[hit.id] = max(scores.get(hit.id, float("-inf")), hit.score)
    for hit in signal_hits:
        signal = recent.get(hit.id)
        if signal is not None and signal.knelpunt_id:
            scores[signal.knelpunt_id] = max(scores.get(signal.knelpunt_id, float("-inf")), hit.score)
    knelpunten = {b.pk: b for b in joinable.filter(pk__in=list(scores)).only(
        "pk", "title", "summary", "stage", "municipality_id", "signal_count", "join_count")}
    joined = set(join_access.joins_of(user).filter(knelpunt_id__in=list(knelpunten)).values_list("knelpunt_id",
                                                                                                flat=True))
    mine = set(signal_access.signals_given_by(user).filter(knelpunt_id__in=list(knelpunten)).exclude(
        status=SignalStatus.WITHDRAWN).values_list("knelpunt_id", flat=True))
    for pk, score in sorted(scores.items(), key=lambda item: -item[1]):
        knelpunt = knelpunten.get(pk)
        if knelpunt is None:
            continue
        terms = shared_terms(text, knelpunt_text(knelpunt), stems=stems)
        if _relevant(score, terms, GIVER_SCORE):
            knelpunt.already_joined = pk in joined
            knelpunt.holds_my_signal = pk in mine
            result.knelpunten.append(Suggestion(knelpunt, score, terms))
        if len(result.knelpunten) >= k_knelpunten:
            break
    shown = {s.obj.pk for s in result.knelpunten}
    for hit in signal_hits:
        signal = recent.get(hit.id)
        if signal is None or (signal.knelpunt_id and signal.knelpunt_id in shown):
            continue
        terms = shared_terms(text, signal.title, stems=stems)
        if _relevant(hit.score, terms, GIVER_SCORE):
            result.signals.append(Suggestion(signal, hit.score, terms))
        if len(result.signals) >= k_signals:
            break
    return result


def _open_knelpunten(municipality):
    return similarity_access.knelpunt_index_source(municipality)


# --- the coordinator's triage page ---------------------------------------------------------------------------

@dataclass
class TriageSuggestions:
    knelpunten: list[Suggestion] = field(default_factory=list)
    signals: list[Suggestion] = field(default_factory=list)


def for_triage(user, municipality, signal, *, k: int = 5) -> TriageSuggestions:
    """The open knelpunten and unlinked signals most similar to a signal, with the shared key terms. A bounded
    number of queries whatever the size of the municipality."""
    text = services.signal_text(signal)
    stems = _key_stems(text)
    signal_hits = services.similar_signals(municipality.pk, signal_id=signal.pk, text=text, k=40)
    knelpunt_hits = _knelpunt_hits(f"knelpunten:{municipality.pk}", _open_knelpunten(municipality), text=text,
                                     reference=municipality.pk)
    candidates = {s.pk: s for s in signal_access.signals_for_triage(user, municipality).filter(
        pk__in=[h.id for h in signal_hits]).exclude(status__in=["withdrawn"]).only(
        "pk", "reference", "title", "description", "submitted_at", "knelpunt_id", "status")}
    scores: dict[int, tuple[float, str]] = {}
    for hit in knelpunt_hits:
        scores[hit.id] = (hit.score, "")
    for hit in signal_hits:
        other = candidates.get(hit.id)
        if other is not None and other.knelpunt_id and hit.score > scores.get(other.knelpunt_id, (-1e9, ""))[0]:
            scores[other.knelpunt_id] = (hit.score, services.signal_text(other))
    scores.pop(signal.knelpunt_id, None)
    open_ids = [pk for pk in scores]
    knelpunten = {b.pk: b for b in knelpunt_access.knelpunten_for(user, municipality, perm="knelpunten.manage").filter(
        pk__in=open_ids).exclude(stage__in=_closed()).only("pk", "title", "summary", "stage", "signal_count")}
    result = TriageSuggestions()
    for pk, (score, via) in sorted(scores.items(), key=lambda item: -item[1][0]):
        knelpunt = knelpunten.get(pk)
        if knelpunt is None:
            continue
        terms = shared_terms(text, f"{knelpunt_text(knelpunt)}\n{via}", stems=stems)
        if _relevant(score, terms):
            knelpunt.reason = highlight(knelpunt.title, terms)
            result.knelpunten.append(Suggestion(knelpunt, score, terms))
        if len(result.knelpunten) >= k:
            break
    for hit in signal_hits:
        other = candidates.get(hit.id)
        if other is None or other.knelpunt_id or other.status == "not_retained":
            continue
        terms = shared_terms(text, services.signal_text(other), stems=stems)
        if _relevant(hit.score, terms):
            other.reason = highlight(_excerpt(other.description, terms), terms)
            result.signals.append(Suggestion(other, hit.score, terms))
        if len(result.signals) >= k:
            break
    return result


def _closed():
    from lokaalsignaal.casework.knelpunten.stages import CLOSED

    return list(CLOSED)


def _excerpt(text: str, terms, width: int = 220) -> str:
    """A piece of `text` around the first shared term."""
    if len(text) <= width:
        return text
    stems = {stem(normalise(t)) for t in terms}
    start = 0
    for match in _WORD.finditer(text):
        norm = normalise(match.group(0))
        if len(norm) > 3 and stem(norm) in stems:
            start = max(0, match.start() - width // 3)
            break
    piece = text[start:start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


# --- cluster suggestions -------------------------------------------------------------------------------------

@dataclass
class Cluster:
    signals: list
    terms: list[str]
    title: str


def clusters(user, municipality, *, max_signals: int = CLUSTER_MAX_SIGNALS, days: int = CLUSTER_DAYS,
             threshold: float | None = None) -> list[Cluster]:
    """Groups (>= 2) of unlinked signals of the last `days` that belong together: for each signal, its neighbours
    above the threshold among the others; groups are merged greedily (union-find). At most `max_signals` (the most
    recent) are considered, so the work is bounded."""
    since = timezone.now() - timedelta(days=days)
    signals = list(signal_access.unlinked_signals_for_triage(user, municipality).filter(submitted_at__gte=since)
                   .order_by("-submitted_at", "-pk").only("pk", "reference", "title", "description", "submitted_at")
                   [:max_signals])
    by_id = {s.pk: s for s in signals}
    threshold = _min_score(CLUSTER_SCORE) if threshold is None else threshold
    parent = {pk: pk for pk in by_id}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    neighbours = services.neighbours_of(municipality.pk, list(by_id), k=CLUSTER_NEIGHBOURS)
    for signal in signals:
        for hit in neighbours.get(signal.pk, []):
            if hit.id in by_id and hit.score >= threshold:
                a, b = find(signal.pk), find(hit.id)
                if a != b:
                    parent[b] = a
    groups: dict[int, list] = {}
    for pk in by_id:
        groups.setdefault(find(pk), []).append(by_id[pk])
    result = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda s: s.submitted_at, reverse=True)
        terms = _common_terms(members)
        result.append(Cluster(members, terms, _representative(members, terms).title))
    result.sort(key=lambda c: (-len(c.signals), -c.signals[0].submitted_at.timestamp()))
    return result


def _representative(signals, terms):
    """The signal that says most of what the group shares (the most common key words in its text; the oldest on a
    tie): its title names the group, readable where a list of key words is not."""
    stems = {stem(normalise(t)) for t in terms}
    return max(reversed(signals), key=lambda s: len(_key_stems(services.signal_text(s)) & stems))


def _common_terms(signals, limit: int = MAX_TERMS) -> list[str]:
    """Key words most of the group's signals share (as written in the first signal)."""
    from collections import Counter

    counts = Counter()
    for s in signals:
        counts.update(_key_stems(services.signal_text(s)))
    need = max(2, (len(signals) + 1) // 2)
    common = {t for t, c in counts.items() if c >= need}
    words = []
    for s in signals:
        words += [w for w in shared_terms("", services.signal_text(s), limit=50, stems=common)
                  if stem(normalise(w)) not in {stem(normalise(x)) for x in words}]
    words.sort(key=lambda w: -counts[stem(normalise(w))])
    return words[:limit]


# --- region: similar escalated knelpunten in other municipalities --------------------------------------------

def escalated_peers(user, scope, knelpunt, *, k: int = 5) -> list[Suggestion]:
    """Escalated knelpunten of other municipalities of the scope most similar to this one (title + summary),
    scored on the scale of the signals of this knelpunt's municipality (a region has only a few escalated
    knelpunten: among themselves the best one would always look like a strong match)."""
    peers = region_access.escalated_peers_for(user, scope)
    services.load_municipality(knelpunt.municipality_id)
    hits = _knelpunt_hits(f"knelpunten:{scope.pk}", peers, text=knelpunt_text(knelpunt),
                            knelpunt_id=knelpunt.pk, k=k + 10, reference=knelpunt.municipality_id)
    found = {b.pk: b for b in peers.filter(pk__in=[h.id for h in hits]).exclude(
        municipality_id=knelpunt.municipality_id).select_related("municipality").only(
        "pk", "title", "summary", "signal_count", "municipality__name")}
    return relevant_knelpunten(knelpunt_text(knelpunt), hits, found, k)


def relevant_knelpunten(text: str, hits, knelpunten: dict, k: int) -> list[Suggestion]:
    """The first `k` of `hits` (best first) that are in `knelpunten` (pk -> knelpunt, what the user may see) and
    share enough key words with `text`, each with the shared words and its title highlighted (`reason`)."""
    stems = _key_stems(text)
    out = []
    for hit in hits:
        other = knelpunten.get(hit.id)
        if other is None:
            continue
        terms = shared_terms(text, knelpunt_text(other), stems=stems)
        if _relevant(hit.score, terms):
            other.reason = highlight(other.title, terms)
            out.append(Suggestion(other, hit.score, terms))
        if len(out) >= k:
            break
    return out
