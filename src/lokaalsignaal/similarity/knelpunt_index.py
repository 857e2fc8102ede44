"""Small in-memory engine partitions of knelpunt texts (title + summary), for the suggestions (Django).

"knelpunten:<municipality>" holds a municipality's open knelpunten, "knelpunten:<scope>" a scope's escalated
knelpunten, "knelpunten:published" every published knelpunt by its public title and summary (`PUBLIC_TEXT`; "Ook in
andere gemeenten"). A partition is synchronised on use: one aggregate (count, newest updated_at) says whether
anything changed since the last time; only then one query for (pk, updated_at); new or changed
knelpunten are read from the stored encodings of their texts (`knelpunt_store`) or else (re-)encoded, at most `limit`
per call when given (the rest on the next calls). Scores can be put on
the scale of a municipality's signals (``reference``; see ``SimilarityEngine.search_calibrated``).
"""

from __future__ import annotations

import threading
from datetime import datetime

from django.db.models import Count, Max

from . import knelpunt_store, services

_lock = threading.RLock()
_synced: dict[str, dict[int, datetime]] = {}  # partition key -> {knelpunt pk: updated_at}
_summaries: dict[str, dict] = {}  # partition key -> {"n": count, "last": newest updated_at} when last fully synced

INTERNAL_TEXT = knelpunt_store.INTERNAL_TEXT
PUBLIC_TEXT = knelpunt_store.PUBLIC_TEXT  # what everyone may read of a published knelpunt


def knelpunt_text(knelpunt) -> str:
    return f"{knelpunt.title}\n{knelpunt.summary}".strip()


def sync(key: str, queryset, *, fields=INTERNAL_TEXT, limit: int | None = None) -> int:
    """Make the partition `key` hold exactly the knelpunten of `queryset`, compared by the texts in `fields`
    (re-encoding only what changed; at most `limit` of them). Returns how many are still to encode."""
    engine = services.get_engine()
    summary = queryset.aggregate(n=Count("pk"), last=Max("updated_at"))
    with _lock:
        if engine.has_partition(key) and key in _synced and _summaries.get(key) == summary:
            return 0  # nothing came, went or changed since the last sync (any change moves updated_at)
    current = dict(queryset.values_list("pk", "updated_at"))
    with _lock:
        known = _synced.get(key) if engine.has_partition(key) else None
        if known is None:
            known = {}
            engine.drop_partition(key)
            engine.partition(key)
        changed = sorted(pk for pk, at in current.items() if known.get(pk) != at)
        for pk in [pk for pk in known if pk not in current]:
            engine.remove(pk, partition=key)
            known.pop(pk)
    pending = changed[limit:] if limit is not None else []
    changed = changed[:limit] if limit is not None else changed
    if changed:
        rows = list(queryset.model.objects.filter(pk__in=changed).values_list("pk", *fields))
        encoded = _encodings(engine, ["\n".join(texts).strip() for _pk, *texts in rows])
        with _lock:
            for (pk, *_texts), enc in zip(rows, encoded, strict=True):
                engine.remove(pk, partition=key)
                engine.add_encoded(pk, enc, partition=key)
                known[pk] = current[pk]
    with _lock:
        _synced[key] = known
        if pending:
            _summaries.pop(key, None)
        else:
            _summaries[key] = summary
    return len(pending)


def _encodings(engine, texts: list[str]) -> list:
    """The texts' encodings: stored ones read (`knelpunt_store`), the others encoded here."""
    found = knelpunt_store.stored(engine, texts)
    missing = [text for text in texts if text not in found]
    found.update(zip(missing, engine.encode_many(missing), strict=True))
    return [found[text] for text in texts]


def hits(key: str, queryset, *, text: str | None = None, knelpunt_id: int | None = None, k: int = 10,
         reference=None):
    """Knelpunten of `queryset` similar to a text or to one of them. With `reference` (a municipality whose
    signals were just looked up, so its index is loaded) a text is scored on the scale of those signals."""
    sync(key, queryset)
    return find(key, text=text, knelpunt_id=knelpunt_id, k=k, reference=reference)


def find(key: str, *, text: str | None = None, knelpunt_id: int | None = None, k: int = 10, reference=None,
         exclude=()):
    """`hits` in the partition as it was last synchronised; never a knelpunt in `exclude` when searching by
    text."""
    engine = services.get_engine()
    with _lock:
        if knelpunt_id is not None and (key, knelpunt_id) in engine:
            if reference is not None:
                return engine.similar_to_calibrated(knelpunt_id, k, partition=key, reference=reference)
            return engine.similar_to(knelpunt_id, k, partition=key)
    if not text:
        return []
    if reference is not None and not knelpunt_id:
        return engine.search_calibrated(text, k, partition=key, reference=reference, exclude=exclude)
    return engine.search(text, k, partition=key, exclude=[*exclude, knelpunt_id] if knelpunt_id else exclude)


def reset() -> None:
    """Forget the knelpunt partitions (tests)."""
    with _lock:
        engine = services.get_engine()
        for key in list(_synced):
            engine.drop_partition(key)
        _synced.clear()
        _summaries.clear()
