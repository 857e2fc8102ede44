import random

from hypothesis import given, settings
from hypothesis import strategies as st

from lokaalsignaal.privacy import scan

from .conftest import make_national_number

FORMS = [
    lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}",
    lambda d: d,
    lambda d: f"{d[:6]} {d[6:9]} {d[9:]}",
    lambda d: f"{d[:2]}.{d[2:4]}.{d[4:6]} {d[6:9]}-{d[9:]}",
    lambda d: f"{d[:6]}-{d[6:9]}-{d[9:]}",
]


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 10**9),
    form=st.sampled_from(FORMS),
    bis=st.booleans(),
    before=st.sampled_from(["INSZ ", "rijksregisternummer: ", "(", "nr. ", ""]),
    after=st.sampled_from([".", ")", " werd geweigerd.", ", tel. volgt", ""]),
)
def test_any_valid_national_or_bis_number_in_text_is_found(seed, form, bis, before, after):
    number = form(make_national_number(random.Random(seed), bis=bis))
    text = f"Cliënt met {before}{number}{after}"
    found = [f for f in scan(text) if f.kind == "national_number"]
    assert [text[f.start : f.end] for f in found] == [number]


def test_a_bare_eleven_digit_number_with_a_wrong_check_digit_is_not_a_national_number():
    # in the national-number layout a typo is still reported (test_mistyped_national_numbers_still_warn.py);
    # a bare run of eleven digits without a cue is a reference number
    assert not [f for f in scan("Dossier 85073003362 werd afgesloten.") if f.kind == "national_number"]
