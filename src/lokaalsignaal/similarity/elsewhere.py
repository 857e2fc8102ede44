"""'Ook in andere gemeenten': knelpunten of other municipalities like one of ours, as they published them (Django).

Only published knelpunten (`access.published_elsewhere_for`): made public with a public title by a participating
municipality whose public page is on, so everyone may read them anyway. They are shown and compared by their public
title and summary, never the internal ones. Escalated knelpunten are not among them: a region or Flanders reads what
its municipalities escalated to it (`casework.regions.access`), the other municipalities do not.

The published knelpunten live in one engine partition ("knelpunten:published", `knelpunt_index`); this knelpunt's
title and summary are scored against it on the scale of its municipality's signals (as `suggest.escalated_peers`),
and the own municipality's published knelpunten are left out. Encoding is the slow part (measured ~70 ms a knelpunt
with the embedding model on a busy 2-core machine), so one lookup encodes at most `ENCODE_PER_LOOKUP` new or changed
knelpunten and says how many are still waiting; the knelpunt page loads this panel lazily (htmx, or a link).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch

from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.similarity import access as similarity_access

from . import knelpunt_index, services
from .suggest import Suggestion, _key_stems, _relevant, highlight, shared_terms

KEY = "knelpunten:published"
ENCODE_PER_LOOKUP = 100


@dataclass
class Elsewhere:
    found: list[Suggestion] = field(default_factory=list)
    pending: int = 0  # published knelpunten not compared yet (the next lookups encode them)


def similar_elsewhere(user, municipality, knelpunt, *, k: int = 5) -> Elsewhere:
    """Published knelpunten of other municipalities most like `knelpunt` (of `municipality`), best first, each with
    its municipality (and its contact for peers, when it allows it), stage and decisions, and the shared words
    (`reason`: the public title with them marked). A fixed number of queries."""
    shown = similarity_access.published_elsewhere_for(user, municipality)
    source = similarity_access.published_knelpunten()
    pending = knelpunt_index.sync(KEY, source, fields=knelpunt_index.PUBLIC_TEXT, limit=ENCODE_PER_LOOKUP)
    services.load_municipality(municipality.pk)
    own = set(source.filter(municipality=municipality).values_list("pk", flat=True))
    text = knelpunt_index.knelpunt_text(knelpunt)
    hits = knelpunt_index.find(KEY, text=text, k=k + 10, reference=municipality.pk, exclude=own)
    found = {b.pk: b for b in shown.filter(pk__in=[h.id for h in hits]).select_related("municipality").only(
        "pk", "public_title", "public_summary", "stage", "municipality__name", "municipality__slug",
        "municipality__contact_for_peers", "municipality__peer_contact_email").prefetch_related(
        Prefetch("decisions", Decision.objects.only("knelpunt_id", "body", "body_name", "decided_on", "text",
                                                    "budget", "link")))}
    stems = _key_stems(text)
    result = Elsewhere(pending=pending)
    for hit in hits:
        other = found.get(hit.id)
        if other is None:
            continue
        terms = shared_terms(text, f"{other.public_title}\n{other.public_summary}", stems=stems)
        if _relevant(hit.score, terms):
            other.reason = highlight(other.public_title, terms)
            result.found.append(Suggestion(other, hit.score, terms))
        if len(result.found) >= k:
            break
    return result
