"""Before a coordinator makes a knelpunt: the knelpunten of her municipality, open or closed, that look like it.

An open one can take the signals instead ("voeg toe"), a closed one can be reopened: either way no duplicate. The
partition "knelpunten-any:<municipality>" holds every knelpunt of the municipality that was not merged into another
(open and closed; `similarity.access.knelpunt_match_source`), compared by title and summary."""

from __future__ import annotations

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.similarity import access as similarity_access

from . import services
from .knelpunt_index import hits, knelpunt_text
from .suggest import Suggestion, _key_stems, _relevant, highlight, shared_terms


def similar_knelpunten(user, municipality, text: str, *, k: int = 5) -> list[Suggestion]:
    """Up to `k` knelpunten of the municipality (open or closed) most like `text`, each with the key words it shares
    and `closed` set; only those the user may manage. A bounded number of queries."""
    if not text.strip():
        return []
    services.load_municipality(municipality.pk)  # scores on the scale of the municipality's signals
    found = hits(f"knelpunten-any:{municipality.pk}", similarity_access.knelpunt_match_source(municipality),
                 text=text, k=k * 3, reference=municipality.pk)
    knelpunten = {b.pk: b for b in knelpunt_access.knelpunten_for(user, municipality, perm="knelpunten.manage")
                  .filter(pk__in=[h.id for h in found]).only("pk", "title", "summary", "stage", "signal_count")}
    stems = _key_stems(text)
    result = []
    for hit in found:
        knelpunt = knelpunten.get(hit.id)
        if knelpunt is None:
            continue
        terms = shared_terms(text, knelpunt_text(knelpunt), stems=stems)
        if _relevant(hit.score, terms):
            knelpunt.reason = highlight(knelpunt.title, terms)
            knelpunt.closed = knelpunt.stage in CLOSED
            result.append(Suggestion(knelpunt, hit.score, terms))
        if len(result) >= k:
            break
    return result
