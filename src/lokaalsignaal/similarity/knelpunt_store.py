"""Stored encodings of knelpunt texts (`TextEncoding`), looked up by the text's digest.

`stored(engine, texts)` returns the encodings already stored for these texts (by sha256, for the engine's model);
`store_all()` encodes and stores every knelpunt text (the internal title + summary and, when published, the public
ones) that has none yet, in batches: `manage.py encode_knelpunten` runs it nightly and after a model change
(docs/deploy.md). `knelpunt_index.sync` reads what is stored and encodes only the rest.
"""

from __future__ import annotations

import hashlib

from .engine import Encoded, SimilarityEngine
from .models import TextEncoding

BATCH = 64
INTERNAL_TEXT = ("title", "summary")
PUBLIC_TEXT = ("public_title", "public_summary")  # what everyone may read of a published knelpunt


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def stored(engine: SimilarityEngine, texts) -> dict[str, Encoded]:
    """{text: its stored encoding} for the texts that have one for this engine's model."""
    by_digest = {digest(text): text for text in texts}
    if not by_digest:
        return {}
    dense_model = engine.embedder.name if engine.uses_dense else ""
    rows = TextEncoding.objects.filter(model=engine.model_name, digest__in=list(by_digest)).values_list(
        "digest", "vector", "terms")
    return {by_digest[d]: Encoded(dense_model, bytes(vector), bytes(terms)) for d, vector, terms in rows}


def store_all(batch: int = BATCH, municipality_ids=None) -> int:
    """Encode and store every knelpunt text (of these municipalities, when given) without a stored encoding;
    returns how many were written. A run over all knelpunten also forgets the encodings no knelpunt text has any
    more (a text edited since, a knelpunt merged or gone, another model): the table stays what it is, a cache."""
    from lokaalsignaal.casework.knelpunten.models import Knelpunt

    from . import services

    engine = services.get_engine()
    knelpunten = Knelpunt.objects.filter(merged_into__isnull=True)
    if municipality_ids is not None:
        knelpunten = knelpunten.filter(municipality_id__in=municipality_ids)
    texts = set()
    for fields in (INTERNAL_TEXT, PUBLIC_TEXT):
        for values in knelpunten.values_list(*fields).iterator(chunk_size=2000):
            text = "\n".join(values).strip()
            if text:
                texts.add(text)
    wanted = {digest(text) for text in texts}
    if municipality_ids is None:
        stale = TextEncoding.objects.exclude(model=engine.model_name)
        stale.delete()
        have = set(TextEncoding.objects.values_list("digest", flat=True))
        TextEncoding.objects.filter(digest__in=list(have - wanted)).delete()
        have &= wanted
    else:
        have = set(TextEncoding.objects.filter(model=engine.model_name).values_list("digest", flat=True))
    missing = sorted(text for text in texts if digest(text) not in have)
    for start in range(0, len(missing), batch):
        part = missing[start:start + batch]
        TextEncoding.objects.bulk_create(
            [TextEncoding(digest=digest(text), model=engine.model_name, vector=enc.vector, terms=enc.terms)
             for text, enc in zip(part, engine.encode_many(part), strict=True)], ignore_conflicts=True)
    return len(missing)
