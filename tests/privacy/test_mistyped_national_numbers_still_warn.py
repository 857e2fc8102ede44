"""Issue 16: a national number in its layout whose check digits are wrong (a typo) is still reported."""

import random

import pytest

from .conftest import make_national_number


def _mistyped(seed: int) -> str:
    d = make_national_number(random.Random(seed))
    return d[:9] + f"{(int(d[9:]) + 1) % 100:02d}"


@pytest.mark.parametrize("seed", range(5))
def test_mistyped_number_in_national_layout_is_reported(kinds, seed):
    d = _mistyped(seed)
    for written in (f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", f"{d[:6]}-{d[6:9]}-{d[9:]}"):
        assert kinds(f"Cliënt {written} kreeg geen antwoord.") == [("national_number", written)]


def test_bare_mistyped_number_after_a_cue_is_reported(kinds):
    d = _mistyped(7)
    assert kinds(f"Rijksregisternummer: {d}") == [("national_number", d)]


def test_the_guard_says_it_looks_like_a_national_number():
    pytest.importorskip("django")
    from django.conf import settings

    if not settings.configured:
        pytest.skip("needs Django settings")
    from lokaalsignaal.guard.services import EXPLANATIONS

    assert "lijkt een rijksregisternummer" in str(EXPLANATIONS["national_number"])


def test_a_bare_mistyped_number_after_a_word_ending_like_a_cue_is_not_reported(kinds):
    d = _mistyped(8)
    assert not [k for k in kinds(f"Klant Mann {d} belde.") if k[0] == "national_number"]
