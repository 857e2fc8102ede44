"""The blend compares embeddings after removing the partition's mean and style directions (style.py) and uses
pseudo-relevance feedback from its best candidate (bench/results/similarity.json). These tests pin the general
rules, not the numbers."""

import numpy as np

from lokaalsignaal.similarity import SimilarityEngine
from lokaalsignaal.similarity.engine import Encoded
from lokaalsignaal.similarity.partition import CENTRE_PRIOR
from lokaalsignaal.similarity.style import centred_cosines

from .conftest import TEXTS


def test_scores_are_cosines_after_removing_the_shrunk_mean_and_the_style_directions(fake_embedder):
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    part = engine.partition()
    basis = part.centring()
    k = len(basis.dirs)
    assert k >= 2 and basis.dirs.shape[1] == fake_embedder.dim  # at least length and narrative register vary
    np.testing.assert_allclose(basis.dirs @ basis.dirs.T, np.eye(k), atol=1e-5)
    vecs = fake_embedder.embed(list(TEXTS.values()))
    mu = vecs.sum(axis=0) / (len(TEXTS) + CENTRE_PRIOR)
    np.testing.assert_allclose(basis.mu, mu, atol=1e-2)  # vectors are stored as int8

    def project(x):
        x = x - basis.mu
        return x - (x @ basis.dirs.T) @ basis.dirs

    query = fake_embedder.embed(["Wachtlijst voor een sociale woning"])[0]
    p_docs, p_query = project(part.dense[: len(TEXTS)]), project(query)
    expected = p_docs @ p_query / (np.linalg.norm(p_docs, axis=1) * np.linalg.norm(p_query))
    got = centred_cosines(part.dense[: part.n_rows], part.sqnorm[: part.n_rows], query, basis)
    np.testing.assert_allclose(got[: len(TEXTS)], expected, atol=1e-4)


def test_the_mean_follows_adds_and_removes(fake_embedder):
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    before = engine.partition().dense_mean().copy()
    engine.add("extra", "Een heel andere tekst over de bushalte die verdwenen is.")
    assert not np.allclose(engine.partition().dense_mean(), before)
    engine.remove("extra")
    np.testing.assert_allclose(engine.partition().dense_mean(), before, atol=1e-6)


def test_a_row_without_a_vector_never_outranks_one_with_a_vector(fake_embedder):
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    stored = engine.encode(TEXTS["meter-2"])
    engine.add_encoded("no-vector", Encoded("another-model", stored.vector, b""))  # vector of a foreign model
    for doc_id in TEXTS:
        assert "no-vector" not in [h.id for h in engine.similar_to(doc_id, k=len(TEXTS) - 1)]


def test_feedback_finds_a_rewording_through_the_best_match(fake_embedder):
    """The query shares nothing with 'itsme-3', but its best match does: feedback brings it up."""
    texts = dict(TEXTS)
    texts["itsme-3"] = "Ouderen aanmaken toegang dossier ziekenfonds lukt niet"
    query = "Zonder smartphone geen itsme"
    plain = SimilarityEngine("blend", embedder=fake_embedder, prf_weight=0)
    feedback = SimilarityEngine("blend", embedder=fake_embedder)
    for engine in (plain, feedback):
        engine.add_many(texts.items())
    rank = {name: [h.id for h in e.search(query, k=len(texts))].index("itsme-3")
            for name, e in (("plain", plain), ("feedback", feedback))}
    assert rank["feedback"] < rank["plain"]
    assert [h.id for h in feedback.search(query, k=2)][0].startswith("itsme")


def test_the_embedding_method_keeps_plain_cosine_scores(fake_embedder):
    """Callers threshold 'embedding' scores as cosines; centring and feedback are opt-in there."""
    engine = SimilarityEngine("embedding", embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    vecs = dict(zip(TEXTS, fake_embedder.embed(list(TEXTS.values())), strict=True))
    for hit in engine.similar_to("woning-1", k=3):
        assert abs(hit.score - float(vecs[hit.id] @ vecs["woning-1"])) < 1e-2
