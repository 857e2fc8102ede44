"""Issue 16, round 10: eleven digits with a wrong check followed by a national-number cue (``privacy/identifiers.py``).
Every example was written for these tests (the numbers fail the checksum on purpose)."""

import pytest

from lokaalsignaal.privacy import scan


def numbers(text):
    return [f.text for f in scan(text) if f.kind == "national_number"]


@pytest.mark.parametrize(
    "text",
    [
        "In het dossier staat 85073003362 als rijksregisternummer van de moeder, maar dat klopt niet.",
        "De kas noteerde 85073003362 i.p.v. het juiste nummer.",
        "Ze noteerden 85073003362 in plaats van haar correcte rijksregisternummer.",
    ],
)
def test_a_mistyped_number_before_a_cue_is_reported(text):
    assert numbers(text) == ["85073003362"]


@pytest.mark.parametrize(
    "text",
    [
        "Factuur 85073003362 als referentie vermelden.",
        "Hij noteerde 85073003362 i.p.v. het nieuwe ordernummer.",
        "Dossier 85073003362 is afgesloten.",
    ],
)
def test_eleven_digits_without_a_cue_are_not_reported(text):
    assert numbers(text) == []
