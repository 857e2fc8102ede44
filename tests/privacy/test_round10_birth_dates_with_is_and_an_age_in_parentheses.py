"""Issue 16, round 10: birth dates after ``geboortedatum is`` and beside an age in parentheses
(``privacy/identifiers.py``). Every example was written for these tests."""

import pytest

from lokaalsignaal.privacy import scan


def dates(text):
    return [f.text for f in scan(text) if f.kind == "birth_date"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Haar geboortedatum is 14.02.1971 volgens de kaart.", "14.02.1971"),
        ("Zijn geboortedatum is 3 Maart 1959, zegt hij.", "3 Maart 1959"),
        ("Zijn geboortedatum was 7/9/'82 volgens de school.", "7/9/'82"),
        ("Haar geboortedatum is 30 / 1 / 1990 op de kaart.", "30 / 1 / 1990"),
        ("Zijn geboortedatum is June 2, 1977 volgens het paspoort.", "June 2, 1977"),
        ("Tiemen (44j, 2 décembre 1981) verloor zijn werk.", "2 décembre 1981"),
        ("Het meisje (9 jaar - 12.05.2016) gaat niet naar school.", "12.05.2016"),
    ],
)
def test_birth_dates_in_these_frames_are_found(text, date):
    assert date in dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "De vergadering is 12.03.2025 in zaal 2.",
        "Het project (2 jaar, tot 2026) loopt af.",
    ],
)
def test_other_dates_stay_clean(text):
    assert dates(text) == []
