"""Issue 16: a title with a surname that is also a word, foreign full names at a sentence start, name lists."""

import pytest


@pytest.mark.parametrize("text, name", [("Mevrouw Bakker kreeg een brief.", "Bakker"),
                                        ("Gisteren belde meneer De Wolf ons op.", "De Wolf"),
                                        ("Volgens mijnheer Post wordt de huur cash betaald.", "Post")])
def test_title_with_a_word_surname(kinds, text, name):
    assert ("person_name", name) in kinds(text)


@pytest.mark.parametrize("name", ["Ingrid Vogt", "Małgorzata Zielińska", "Radosław Wiśniewski", "Ayşegül Korkmaz",
                                  "Abdelilah Bouazza"])
def test_foreign_full_name_at_sentence_start_before_a_verb(kinds, name):
    assert kinds(f"{name} kreeg geen antwoord op de aanvraag.") == [("person_name", name)]


def test_every_name_of_a_list(kinds):
    assert [k[1] for k in kinds("Contact: Ingrid Vogt, Mehmet Öztürk en Paweł Bouharrou.")] == [
        "Ingrid Vogt", "Mehmet Öztürk", "Paweł Bouharrou"]


@pytest.mark.parametrize("text", ["Sociale Zaken heeft geen antwoord.", "Vlaamse Overheid kreeg kritiek."])
def test_capitalised_organisation_words_before_a_verb_are_no_name(kinds, text):
    assert kinds(text) == []
