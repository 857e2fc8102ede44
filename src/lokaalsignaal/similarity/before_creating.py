"""Before a coordinator makes a knelpunt: the knelpunten of her municipality, open or closed, that look like it.

An open one can take the signals instead ("voeg toe"), a closed one can be reopened: either way no duplicate. The
partition "knelpunten-any:<municipality>" holds every knelpunt of the municipality that was not merged into another
(open and closed; `similarity.access.knelpunt_match_source`), compared by title and summary."""

from __future__ import annotations

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.stages import CLOSED
from lokaalsignaal.similarity import access as similarity_access

from . import services
from .knelpunt_index import hits
from .suggest import Suggestion, relevant_knelpunten


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
    result = relevant_knelpunten(text, found, knelpunten, k)
    for suggestion in result:
        suggestion.obj.closed = suggestion.obj.stage in CLOSED
    return result
