"""Texts about one problem written in different styles (a telegram note, a long story) should find each other
before texts about other problems written in the same style. The blend removes the partition's style directions
(length, narrative register) from the embeddings for that (style.py)."""

import numpy as np

from lokaalsignaal.similarity import SimilarityEngine
from lokaalsignaal.similarity.lexical import terms_to_bytes
from lokaalsignaal.similarity.style import NARRATIVE_WORDS, measures_of, narrative_share, text_measures, with_measures

TOPICS = ("woning", "energie", "itsme", "bus", "tandarts", "opvang")


class StyledEmbedder:
    """An embedding in which style weighs more than topic, as with e5: a topic direction per problem plus a
    strong shared direction proportional to the text's length."""

    name = "test-styled"
    dim = 16

    def embed(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            topic = next(n for n, t in enumerate(TOPICS) if t in text)
            out[i, topic] = 1.0
            out[i, 10] = 0.12 * len(text.split())  # long texts share a big "length" component
            out[i, 11 + i % 3] = 0.05  # a little noise
            out[i] /= np.linalg.norm(out[i])
        return out


def _corpus():
    docs = {}
    for topic in TOPICS:
        docs[f"{topic}-short"] = f"{topic} probleem"
        docs[f"{topic}-long"] = f"{topic} " + " ".join(["lange beschrijving van wat we zien"] * 3)
    return docs


def test_a_short_note_finds_the_long_story_about_the_same_problem_first():
    docs = _corpus()
    # the embedding part alone (no lexical weight, no feedback), to see what the style directions do
    engine = SimilarityEngine("blend", embedder=StyledEmbedder(), prf_weight=0, blend_weight=1.0)
    engine.add_many(docs.items())
    for topic in TOPICS:
        assert engine.similar_to(f"{topic}-short", k=1)[0].id == f"{topic}-long"
        assert engine.similar_to(f"{topic}-long", k=1)[0].id == f"{topic}-short"


def test_without_the_style_directions_long_texts_would_cluster_together():
    """Control: plain cosines of the same vectors put a long story next to long stories of other problems."""
    docs = _corpus()
    engine = SimilarityEngine("embedding", embedder=StyledEmbedder())
    engine.add_many(docs.items())
    assert engine.similar_to("woning-long", k=1)[0].id.endswith("-long")


def test_the_style_directions_follow_adds_and_removes(fake_embedder):
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    engine.add_many(_corpus_texts())
    style = engine.partition().style
    before = style.directions().copy()
    engine.add("extra", "Een moeder vertelde vorige week dat ze haar huur niet meer kon betalen.")
    assert not np.allclose(style.directions(), before, atol=1e-4)
    engine.remove("extra")
    np.testing.assert_allclose(style.directions(), before, atol=1e-4)


def _corpus_texts():
    return [
        ("a", "Wachtlijst sociale woning te lang"),
        ("b", "Gezinnen wachten jaren op een sociale huurwoning en huren ondertussen te duur."),
        ("c", "Een vader vertelde ons vorige week dat hij de energiefactuur niet kon betalen."),
        ("d", "Budgetmeter: gezinnen zonder stroom"),
        ("e", "Ik zag gisteren een man die zijn itsme niet kon aanmaken omdat hij geen smartphone had."),
    ]


def test_the_narrative_share_counts_words_that_tell_a_case():
    assert narrative_share("Onvoldoende aanbod aan sociale huurwoningen") == 0.0
    assert narrative_share("Een moeder vertelde dat ze haar huur niet kon betalen") > 0.3
    assert narrative_share("") == 0.0
    assert not {"woning", "huur", "energie", "school", "schulden", "wachtlijst"} & NARRATIVE_WORDS


def test_the_telegram_and_sentence_measures_tell_a_note_from_a_paragraph():
    note = text_measures("voorschot gas/elek verdubbeld")
    paragraph = text_measures("De voorschotten stijgen. Gezinnen kunnen niet volgen. Wat moeten ze doen?")
    assert note[1] == 0.0 < paragraph[1]  # function words
    assert note[2] == 0.0 < paragraph[2]  # sentence marks


def test_the_text_measures_are_stored_with_the_terms_and_old_term_vectors_still_load(fake_embedder):
    ids, tf = np.array([1, 2, 3], dtype=np.uint32), np.array([1.0, 1.0, 1.5], dtype=np.float32)
    old = terms_to_bytes(ids, tf)
    assert measures_of(old) is None
    np.testing.assert_allclose(measures_of(with_measures(old, np.array([0.25, 0.5, 1.0]))), [0.25, 0.5, 1.0])
    fewer = measures_of(with_measures(old, np.array([0.25])))  # stored by an earlier version: one measure
    assert fewer[0] == 0.25 and np.isnan(fewer[1:]).all()
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    encoded = engine.encode("Een moeder vertelde dat ze haar huur niet kon betalen")
    assert measures_of(encoded.terms)[0] > 0.3
    stored_before_the_measures = type(encoded)(encoded.model, encoded.vector, encoded.terms[:-13])
    assert measures_of(stored_before_the_measures.terms) is None
    engine.load("", [("old", stored_before_the_measures), ("new", engine.encode("Wachtlijst sociale woning"))])
    assert [h.id for h in engine.similar_to("old", k=1)] == ["new"]


def test_rows_without_a_vector_do_not_count_for_the_style_directions(fake_embedder):
    engine = SimilarityEngine("blend", embedder=fake_embedder)
    engine.add_many(_corpus_texts())
    before = engine.partition().style.directions().copy()
    stored = engine.encode("Een moeder vertelde vorige week dat ze haar huur niet kon betalen.")
    engine.load("", [("foreign", type(stored)("another-model", stored.vector, stored.terms))])
    np.testing.assert_allclose(engine.partition().style.directions(), before, atol=1e-6)
