"""Issue 16, round 10: words of a sentence that the name lists also hold are no names (``privacy/not_name_words.py``,
``privacy/not_persons.py``): English words in an English sentence, Flemish contractions, a lower-case noun after an
indefinite article, question and closing words, a frequent word opening a sentence after a heading without a stop.

Every example here was written for these tests (none is copied from a development or held-out set)."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


@pytest.mark.parametrize(
    "text",
    [
        "Most parents simply can't pay this bill anymore.",
        "The rent is just too high for them, so they give up.",
        "Many elderly people don't know where to go.",
        "Tis al de derde keer deze maand, de huur is te hoog.",
        "Kheb het al gezegd: de wachtlijst is te lang.",
        "Verslag buurtwerk Er zijn te weinig plaatsen in de opvang.",
        "Zie foto in bijlage. Hoe zit het met de isolatie?",
        "Ze zocht een job voorr haar oudste zoon.",
        "info@voorbeeld.be Kan iemand van de dienst terugbellen?",
    ],
)
def test_sentence_words_are_no_names(text):
    assert names(text) == []


def test_a_name_in_an_english_sentence_is_still_found():
    assert "Wendelien" in names("Thanks to Wendelien we found out that the rent doubled.")


def test_a_contraction_before_a_name_is_trimmed():
    assert names("Tis Wendelien Marchal die belde.") == ["Wendelien Marchal"]


def test_a_frequent_word_after_a_title_stays_a_surname():
    assert names("mevrouw Steeds komt morgen langs") == ["Steeds"]


def test_a_closing_word_before_a_comma_is_no_name_but_the_name_after_it_is():
    assert names("Tot volgende week.\nMerci, Wendelien") == ["Wendelien"]
