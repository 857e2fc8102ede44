import pytest

from lokaalsignaal.privacy import scan


def names(text, **kw):
    return [f.text for f in scan(text, **kw) if f.kind == "person_name"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gisteren kwam mevrouw Nsimba Mbuyi langs.", "Nsimba Mbuyi"),
        ("Dhr. Vandenbroucke kan de huur niet betalen.", "Vandenbroucke"),
        ("Mijn cliënt Youssef heeft geen verblijfspapieren.", "Youssef"),
        ("De zoon van Kevin spijbelt.", "Kevin"),
        ("Mama Fatma zoekt een kinderopvang.", "Fatma"),
        ("Ik sprak met J. Peeters over de schulden.", "J. Peeters"),
        ("Youssef El Amrani woont in een krot.", "Youssef El Amrani"),
        ("Annelies Van den Broeck belde.", "Annelies Van den Broeck"),
        ("De kinderen van Agnieszka Kowalczyk eten niet op school.", "Agnieszka Kowalczyk"),
        ("Madame Tshibola Kalonji attend une réponse.", "Tshibola Kalonji"),
        ("Haar partner Mehmet Yilmaz werkt in het weekend.", "Mehmet Yilmaz"),
        ("Het gesprek met Ioana Popescu verliep moeizaam.", "Ioana Popescu"),
        ("Na het overlijden van haar man moet Zainab Haidari rondkomen met weinig.", "Zainab Haidari"),
    ],
)
def test_names_are_found_with_titles_roles_and_known_names(text, name):
    found = names(text)
    assert any(name in f or f in name for f in found), found


def test_an_unknown_name_after_a_title_is_found():
    assert names("Meneer Xqorbvelt heeft geen warm water.") == ["Xqorbvelt"]


def test_possessive_is_not_part_of_the_name():
    assert names("Fatma's kinderen gaan niet naar school.") == ["Fatma"]


def test_capitalised_sentence_starts_are_not_names():
    text = (
        "Volgens de dienst is dit structureel. Zie ook het verslag. Sinds januari is het erger. Even geduld."
    )
    assert names(text) == []


def test_a_common_word_before_a_name_is_not_part_of_it():
    assert names("Volgens Stijn Bex van het Netwerk tegen Armoede is dit structureel.") == ["Stijn Bex"]
