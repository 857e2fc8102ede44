"""Issue 16, round 12: a number in a phone layout named as another kind of number (``Klantnummer``, ``EAN``,
``dossiernr.``) or in the middle of a longer run of digit groups (an 18-digit meter code in pairs) is no phone
(``privacy/not_phones.py``). A phone with its own label, none, or right after another phone stays one. The numbers
were written for these tests."""

import pytest

from lokaalsignaal.privacy import scan


def phones(text):
    return [f.text for f in scan(text) if f.kind == "phone"]


@pytest.mark.parametrize(
    "text",
    [
        "Klantnummer 091234567 staat onderaan de factuur van de waterleverancier.",
        "Het klantnr.: 0471 22 33 44 moet op elk formulier.",
        "De EAN 5414 07 31 22 09 46 18 70 staat op de meterkaart.",
        "Dossiernummer 0478 12 34 56 werd twee keer ingediend.",
        "Referentie: 0923456789 bij de netbeheerder.",
    ],
)
def test_another_number_is_no_phone(text):
    assert phones(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gsm-nummer: 0470 12 34 56, telefoonnummer 09 123 45 67.", ["0470 12 34 56", "09 123 45 67"]),
        ("Bel 0470123456 0471234567 na vijf uur.", ["0470123456", "0471234567"]),
        ("In 2024 0470 12 34 56 gebeld, geen antwoord.", ["0470 12 34 56"]),
        ("Tel. 03 234 56 78 (na 14u).", ["03 234 56 78"]),
    ],
)
def test_a_phone_stays_a_phone(text, expected):
    assert phones(text) == expected
