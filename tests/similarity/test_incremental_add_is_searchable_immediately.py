import pytest

from lokaalsignaal.similarity import SimilarityEngine

from .conftest import TEXTS


@pytest.mark.parametrize("method", ["embedding", "blend", "lexical"])
def test_a_new_document_is_found_by_the_next_search(method, fake_embedder):
    engine = SimilarityEngine(method, embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    query = "Scholen sturen alle berichten via Smartschool en ouders zonder computer missen alles."
    assert "school-1" not in [h.id for h in engine.search(query, k=3)]
    engine.add("school-1", "De school communiceert enkel via Smartschool; ouders zonder computer missen berichten.")
    assert engine.search(query, k=1)[0].id == "school-1"


@pytest.mark.parametrize("method", ["embedding", "blend", "lexical"])
def test_re_adding_an_id_replaces_its_text_and_remove_forgets_it(method, fake_embedder):
    engine = SimilarityEngine(method, embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    engine.add("woning-1", "Budgetmeter leeg, gezin zonder stroom in de winter.")
    assert engine.size() == len(TEXTS)
    assert engine.similar_to("meter-1", k=1)[0].id in {"woning-1", "meter-2"}
    assert engine.remove("meter-2")
    assert "meter-2" not in [h.id for h in engine.similar_to("meter-1", k=10)]
    assert engine.size() == len(TEXTS) - 1


def test_many_removes_compact_the_index_without_changing_results(fake_embedder):
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    before = [h.id for h in engine.similar_to("woning-1", k=3)]
    engine.add_many((f"tmp-{i}", f"tijdelijke tekst nummer {i} over iets anders") for i in range(1500))
    for i in range(1500):
        engine.remove(f"tmp-{i}")
    assert engine.partition().n_rows < 1500  # compacted
    assert [h.id for h in engine.similar_to("woning-1", k=3)] == before


def test_stored_vectors_rebuild_the_index_without_embedding(fake_embedder):
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    stored = engine.add_many(TEXTS.items())
    calls = fake_embedder.calls
    fresh = SimilarityEngine("blend", embedder=fake_embedder)
    fresh.load("", stored.items())
    assert fake_embedder.calls == calls  # nothing re-embedded
    for doc_id in TEXTS:
        assert [h.id for h in fresh.similar_to(doc_id, k=3)] == [h.id for h in engine.similar_to(doc_id, k=3)]


def test_a_draft_looked_up_several_times_is_embedded_once(fake_embedder):
    """The giver's form compares one draft with the signals, the knelpunten and the theme history."""
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    engine.add_many(TEXTS.items())
    before = fake_embedder.calls
    for _ in range(3):
        engine.search("Wachtlijst voor een sociale woning", k=2)
    assert fake_embedder.calls == before + 1
    engine.search("Een andere tekst over de bus", k=2)
    assert fake_embedder.calls == before + 2
