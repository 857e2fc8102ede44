import pytest

from lokaalsignaal.similarity import SimilarityEngine

from .conftest import TEXTS


@pytest.mark.parametrize("method", ["embedding", "blend", "lexical", "words"])
def test_similar_to_never_returns_the_document_itself(method, fake_embedder):
    engine = SimilarityEngine(method, embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    for doc_id in TEXTS:
        hits = engine.similar_to(doc_id, k=10)
        assert doc_id not in [h.id for h in hits]
        assert len(hits) == len(TEXTS) - 1


@pytest.mark.parametrize("method", ["embedding", "blend", "lexical"])
def test_search_with_exclude_skips_the_querys_own_id(method, fake_embedder):
    engine = SimilarityEngine(method, embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    hits = engine.search(TEXTS["meter-1"], k=3, exclude=["meter-1"])
    assert [h.id for h in hits][0] == "meter-2"
    assert "meter-1" not in [h.id for h in hits]


@pytest.mark.parametrize("method", ["lexical", "words"])
def test_nearest_neighbour_describes_the_same_problem(method):
    engine = SimilarityEngine(method, embedder=None)
    engine.add_many(TEXTS.items())
    for doc_id in TEXTS:
        best = engine.similar_to(doc_id, k=1)[0].id
        assert best.split("-")[0] == doc_id.split("-")[0]


def test_partitions_are_isolated(fake_embedder):
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    engine.add("a", TEXTS["meter-1"], partition=1)
    engine.add("b", TEXTS["meter-2"], partition=2)
    assert [h.id for h in engine.search(TEXTS["meter-2"], k=5, partition=1)] == ["a"]
    assert engine.search("iets", k=5, partition=3) == []
