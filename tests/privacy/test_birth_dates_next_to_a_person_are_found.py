"""Issue 16: a full calendar date about a person is a birth date, even without "geboren"."""

import pytest


@pytest.mark.parametrize(
    "text, date",
    [
        ("An Peeters (12 maart 1968) heeft recht op een verhoogde tegemoetkoming.", "12 maart 1968"),
        ("Meneer Janssens (13-12-1985) wacht op een rolstoel.", "13-12-1985"),
        ("Helmut Krüger, 3-7-1975, vraagt uitstel van betaling.", "3-7-1975"),
        ("Mevrouw Smit (24.12.1950) woont alleen.", "24.12.1950"),
        ("Haar zoon, geboren in Gent, staat sinds 14/09/2011 op de wachtlijst.", "14/09/2011"),
        ("Het meisje Nadia werd op 3 juli 1975 opgenomen.", "3 juli 1975"),
    ],
)
def test_a_full_date_about_a_person_is_a_birth_date(kinds, text, date):
    assert ("birth_date", date) in kinds(text)


def test_a_day_without_a_year_next_to_a_person_is_not_a_birth_date(kinds):
    assert not [k for k in kinds("Mevrouw Peeters (12/10) belde ons.") if k[0] == "birth_date"]
