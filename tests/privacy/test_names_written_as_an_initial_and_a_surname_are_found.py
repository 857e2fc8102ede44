"""Issue 16, round 11: an initial and a surname (``privacy/name_initials.py``), also when the surname is an ordinary
Dutch word (``m. kast``) or the name is in lower case. The names and sentences were written for these tests; each text
without a person (a house number's letter, a lettered heading, a sentence ending in a letter) must stay clean."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("we kregen een berichtje van de buurvrouw van m. kast, zij is meestal thuis.", "m. kast"),
        ("Het loket was dicht.\nR. Bakkes krijgt haar toeslag nog altijd niet.", "R. Bakkes"),
        ("Het loket was dicht.\nT. Brood, 79 jaar, woont alleen op de vierde verdieping.", "T. Brood"),
        ("we gingen dinsdag langs bij e. wojtyszek, de verwarming werkt niet", "e. wojtyszek"),
        ("zorgcoach j. van der vorst belde gisteren over de huur", "j. van der vorst"),
        ("maar m. reus kreeg de brief niet.", "m. reus"),
        ("we gingen langs bij a. quintela ferrandiz zagen vocht in de slaapkamer", "a. quintela ferrandiz"),
        ("Het dossier loopt. m. kast belt morgen terug.", "m. kast"),
    ],
)
def test_an_initial_and_a_surname_are_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Adres: Beukendreef 9 B. Ze verblijft nu bij haar zus.",
        "A. Situatie van de bewoners\nB. Vraag aan het beleid",
        "Het is 2019. A. Situatie van de bewoners",
        "We zien o. a. de huur stijgen, d.w.z. veel meer dan vorig jaar.",
        "Het verslag staat op p. 12 van de bijlage.",
        "Het dossier kreeg code B. Vlak daarna kwam de brief.",
    ],
)
def test_letters_that_are_no_initials_stay_clean(text):
    assert names(text) == []
