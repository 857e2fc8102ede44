import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lokaalsignaal.privacy import scan

from .conftest import make_be_iban


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**9), spaced=st.booleans())
def test_any_valid_belgian_iban_is_found_spaced_or_not(seed, spaced):
    iban = make_be_iban(random.Random(seed))
    if spaced:
        iban = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    text = f"Storten op {iban} en niet op de oude rekening."
    assert [(f.kind, f.text) for f in scan(text)] == [("iban", iban)]


@pytest.mark.parametrize(
    "iban", ["NL91 ABNA 0417 1643 00", "FR1420041010050500013M02606", "DE89 3704 0044 0532 0130 00"]
)
def test_foreign_ibans_are_found(iban):
    assert ("iban", iban) in [(f.kind, f.text) for f in scan(f"Rekening {iban}.")]


@pytest.mark.parametrize(
    "phone",
    [
        "0470/12.34.56",
        "0470 12 34 56",
        "0470123456",
        "09 123 45 67",
        "02/123.45.67",
        "+32 470 12 34 56",
        "0032 9 123 45 67",
        "+32 (0)470 12 34 56",
        "+33 6 12 34 56 78",
        "+212 612 345 678",
        "016 23 45 67",
    ],
)
def test_belgian_and_foreign_phone_numbers_are_found(phone):
    text = f"Ze is bereikbaar op {phone} na 17 uur."
    assert [(f.kind, f.text) for f in scan(text)] == [("phone", phone)]


@pytest.mark.parametrize(
    "text",
    [
        "Een leefloon van € 1.263,17 per maand.",
        "Op 12/10/2024 om 14u30.",
        "Artikel 1675/2 Ger.W.",
        "Ondernemingsnummer 0403.170.701 van de vzw.",
        "In 2023 waren er 1250 aanvragen.",
        "Bel 1712 of 112.",
    ],
)
def test_amounts_dates_and_references_are_not_phone_numbers(text):
    assert not [f for f in scan(text) if f.kind in {"phone", "iban", "national_number"}]


def test_email_addresses_are_found():
    text = "Mail naar fatma.yilmaz@hotmail.com of j.peeters+ocmw@telenet.be."
    assert [f.text for f in scan(text) if f.kind == "email"] == [
        "fatma.yilmaz@hotmail.com",
        "j.peeters+ocmw@telenet.be",
    ]
