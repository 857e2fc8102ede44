"""Issue 16, round 11: a full date in a sentence about the writer's own colleague, or after ``sinds``/``vanaf``/
``tot`` before anyone is named, is the date of a measure, not a birth date (``privacy/person_dates.py``, also for the
learned tagger's dates). A birth cue, or a person named before the date, still makes it one. The sentences were
written for these tests."""

import pytest

from lokaalsignaal.privacy import scan


def birth_dates(text):
    return [f.text for f in scan(text) if f.kind == "birth_date"]


@pytest.mark.parametrize(
    "text",
    [
        "Onze collega van de sociale dienst heeft sinds 2019-11-12 twee dossiers extra per dag.",
        "onze collega van de sociale dienst krijgt sinds 12 april '22 meer telefoons.",
        "Mijn begeleidster werkt hier sinds 1 maart 2018 en kent de wijk goed.",
        "W heeft sinds 2019-11-12 twee dossiers extra per dag.",
        "het loket is sinds 1 maart 2019 op vrijdag dicht. dochtertje nora, 4 jaar, mist de voorleesuurtjes.",
        "vanaf 1/9/2018 geldt de nieuwe regel ook voor mevrouw Peeters.",
    ],
)
def test_a_measures_date_is_no_birth_date(text):
    assert birth_dates(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Haar zoon Tuvshin woont sinds 2 mei 2014 bij ons in de opvang.", "2 mei 2014"),
        ("Haar zoon, geboren in Gent, staat sinds 14/09/2011 op de wachtlijst.", "14/09/2011"),
        ("Mijn collega Jan Peeters (12/3/1975) is ziek.", "12/3/1975"),
        ("Tuvshin Batbayar, 3-7-1975, vraagt een afspraak.", "3-7-1975"),
    ],
)
def test_a_persons_date_is_still_a_birth_date(text, date):
    assert date in birth_dates(text)


def test_a_lower_case_sentence_ends_at_its_full_stop():
    text = "madame Batbayar, née le 15 oktober 1999, cherche un logement. op 5 december 2021 sluit het restaurant."
    assert birth_dates(text) == ["15 oktober 1999"]
