"""Issue 16: Dutch ten-digit numbers, area codes in parentheses and foreign prefixes are phones."""

import pytest


@pytest.mark.parametrize(
    "number",
    ["020 1234567", "010-7603276", "0513-668960", "(020) 1234567", "(0513)-045766", "06-12345678", "06 93319160",
     "+31 6 12345678", "+31-(0)20-1234567", "+49 89 1234567", "+90 532 123 4567", "+212 661 123456",
     "0031 20 1234567", "(0475) 123456"],
)
def test_phone_layout_is_found_whole(kinds, number):
    assert kinds(f"Bel de broer op {number} na 17 uur.") == [("phone", number)]


@pytest.mark.parametrize("text", ["Dossiernummer 0123456789 is afgesloten.", "Het kost 1.250.000 euro in 2025."])
def test_reference_numbers_and_amounts_are_no_phone(kinds, text):
    assert kinds(text) == []
