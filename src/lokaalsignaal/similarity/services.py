"""DB-backed similar-signal lookup (Django). The engine core stays Django-free; this module wires it to
``SignalVector`` rows with one in-process index per municipality.

On signal create/update (inside or right after the service transaction):  ``index_signal(signal)``
Lookup while typing (draft text):   ``similar_signals(municipality_id, text=..., k=5)``
Lookup for a stored signal:         ``similar_signals(municipality_id, signal_id=..., k=5)`` (no embedding)
Backfill / after a model change:    ``reindex(municipality_id=None)``

Results are ``Hit(id=signal_id, score)``. Callers must still fetch the signals through the tenancy-scoped
queryset (which also drops signals deleted or hidden since the index was loaded), so ask for a few more than
you show. Each process keeps its own indexes: a lookup first pulls rows changed since its last look (an index
range scan on (municipality, updated_at)), so a signal indexed by another worker is found at once; the whole
municipality is reloaded from stored bytes every ``RELOAD_SECONDS`` to forget deleted signals.
"""

from __future__ import annotations

import threading
import time

from django.db import transaction
from django.utils import timezone

from .engine import Encoded, Hit, SimilarityEngine
from .models import SignalVector

RELOAD_SECONDS = 600
# Rows are re-read from a little before the newest timestamp seen: a transaction that commits late can carry an
# updated_at older than rows already read. Rows already seen with the same updated_at are skipped.
LAG = timezone.timedelta(seconds=30)

_engine: SimilarityEngine | None = None
_seen: dict[int, tuple[float, object]] = {}  # municipality_id -> (loaded at, monotonic; max updated_at seen)
_recent: dict[int, dict[int, object]] = {}  # municipality_id -> {signal_id: updated_at} within LAG of the max
_lock = threading.RLock()


def get_engine() -> SimilarityEngine:
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = SimilarityEngine()
    return _engine


def signal_text(signal) -> str:
    """What is compared: the title and the description (what the giver sees)."""
    return f"{signal.title}\n{signal.description}".strip()


def index_signal(signal) -> SignalVector:
    """Encode one signal and store its vector; the local index sees it at once, other processes on their next
    lookup. Call on create and whenever title/description change. ~30-40 ms CPU (one embedding)."""
    engine = get_engine()
    encoded = engine.encode(signal_text(signal))
    row, _ = SignalVector.objects.update_or_create(
        signal_id=signal.pk,
        defaults={
            "municipality_id": signal.municipality_id,
            "model": engine.model_name,
            "vector": encoded.vector,
            "terms": encoded.terms,
        },
    )
    with _lock:
        if engine.has_partition(signal.municipality_id):
            engine.add_encoded(signal.pk, encoded, partition=signal.municipality_id)
            _recent.setdefault(signal.municipality_id, {})[signal.pk] = row.updated_at
            _last_search[0] = None  # the index changed
    return row


def on_commit_index_signal(signal) -> None:
    """Convenience for service functions: index after the surrounding transaction commits."""
    transaction.on_commit(lambda: index_signal(signal))


def _rows(qs, engine: SimilarityEngine):
    dense_model = engine.embedder.name if engine.uses_dense else ""
    for signal_id, vector, terms, updated_at in qs.values_list("signal_id", "vector", "terms", "updated_at").iterator(
        chunk_size=2000
    ):
        yield signal_id, Encoded(dense_model, bytes(vector), bytes(terms)), updated_at


def _refresh(municipality_id: int) -> None:
    engine = get_engine()
    base = SignalVector.objects.filter(municipality_id=municipality_id, model=engine.model_name)
    loaded_at, last = _seen.get(municipality_id, (None, None))
    now = time.monotonic()
    if loaded_at is None or now - loaded_at > RELOAD_SECONDS or not engine.has_partition(municipality_id):
        started = timezone.now()
        engine.drop_partition(municipality_id)
        latest = [None]

        def stream():
            for signal_id, enc, updated_at in _rows(base, engine):
                if latest[0] is None or updated_at > latest[0]:
                    latest[0] = updated_at
                yield signal_id, enc

        engine.load(municipality_id, stream())
        engine.partition(municipality_id)  # an empty municipality still counts as loaded
        last = latest[0] or started
        _seen[municipality_id] = (now, last)
        _recent[municipality_id] = dict(base.filter(updated_at__gt=last - LAG).values_list("signal_id", "updated_at"))
        return
    recent = _recent.setdefault(municipality_id, {})
    # ordered by updated_at so the planner walks the (municipality, updated_at) index, not the whole municipality
    for signal_id, enc, updated_at in _rows(base.filter(updated_at__gt=last - LAG).order_by("updated_at"), engine):
        if recent.get(signal_id) == updated_at:
            continue
        engine.add_encoded(signal_id, enc, partition=municipality_id)
        recent[signal_id] = updated_at
        last = max(last, updated_at)
    _recent[municipality_id] = {sid: ts for sid, ts in recent.items() if ts > last - LAG}
    _seen[municipality_id] = (loaded_at, last)


_last_search: list = [None, []]  # (what was asked, the hits) of the last text search in this process


def similar_signals(
    municipality_id: int, *, text: str | None = None, signal_id: int | None = None, k: int = 5, exclude=()
) -> list[Hit]:
    """The k most similar signals of one municipality, best first; never ``signal_id`` itself."""
    engine = get_engine()
    with _lock:
        _refresh(municipality_id)
        if signal_id is not None and (municipality_id, signal_id) in engine:
            return engine.similar_to(signal_id, k, partition=municipality_id, exclude=exclude)
    if text is None:
        return []
    encoded = engine.encode(text)  # outside the lock: embedding is the slow part
    excluded = {*exclude, signal_id} if signal_id is not None else set(exclude)
    with _lock:
        # the give form asks the same search twice (its similar knelpunten and its theme suggestions): the answer
        # holds while the municipality's index is as it was (`_seen` moves whenever `_refresh` adds a signal)
        key = (municipality_id, text, k, frozenset(excluded), _seen.get(municipality_id), id(engine))
        if _last_search[0] == key:
            return list(_last_search[1])
        hits = engine.search_encoded(encoded, k, partition=municipality_id, exclude=excluded)
        _last_search[:] = [key, hits]
        return list(hits)


def load_municipality(municipality_id: int) -> None:
    """Make sure this process's index of the municipality's signals is loaded and up to date (the reference
    scale of ``SimilarityEngine.search_calibrated``)."""
    with _lock:
        _refresh(municipality_id)


def neighbours_of(municipality_id: int, signal_ids, k: int = 8) -> dict[int, list[Hit]]:
    """Stored neighbours of many signals of one municipality with one refresh (cluster suggestions). Signals
    without a stored vector are left out."""
    engine = get_engine()
    out: dict[int, list[Hit]] = {}
    with _lock:
        _refresh(municipality_id)
        for signal_id in signal_ids:
            if (municipality_id, signal_id) in engine:
                out[signal_id] = engine.similar_to(signal_id, k, partition=municipality_id)
    return out


def reindex(municipality_id: int | None = None, batch_size: int = 64) -> int:
    """(Re)encode signals whose vector is missing or of another model. Returns how many were written."""
    from lokaalsignaal.intake.models import Signal

    engine = get_engine()
    qs = Signal.objects.exclude(similarity_vector__model=engine.model_name).order_by("pk")
    if municipality_id is not None:
        qs = qs.filter(municipality_id=municipality_id)
    written = 0
    batch = []
    for signal in qs.only("pk", "municipality_id", "title", "description").iterator(chunk_size=500):
        batch.append(signal)
        if len(batch) >= batch_size:
            written += _write_batch(engine, batch)
            batch = []
    if batch:
        written += _write_batch(engine, batch)
    with _lock:
        _seen.clear()  # force reloads
    return written


def _write_batch(engine: SimilarityEngine, signals) -> int:
    encoded = engine.encode_many([signal_text(s) for s in signals])
    for signal, enc in zip(signals, encoded, strict=True):
        SignalVector.objects.update_or_create(
            signal_id=signal.pk,
            defaults={
                "municipality_id": signal.municipality_id,
                "model": engine.model_name,
                "vector": enc.vector,
                "terms": enc.terms,
            },
        )
    return len(signals)
