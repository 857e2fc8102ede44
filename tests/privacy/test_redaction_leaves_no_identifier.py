import random

from hypothesis import given, settings
from hypothesis import strategies as st

from lokaalsignaal.privacy import PLACEHOLDERS, STRUCTURED_KINDS, WARNING_KINDS, redact, scan

from .conftest import make_be_iban, make_national_number

TEXT = (
    "Mevrouw Fatma Yilmaz (°12.05.1990), Kerkstraat 12, 9000 Gent, INSZ {nn}, tel. 0470/12.34.56, "
    "fatma.y@gmail.com, rekening {iban}. Haar zoon Kevin zit op school."
)


def test_redaction_replaces_each_finding_with_its_dutch_placeholder():
    text = TEXT.format(nn="85.07.30-033.43", iban="BE68 5390 0754 7034")
    out = redact(text, scan(text))
    assert "Yilmaz" not in out and "Kerkstraat" not in out and "0470" not in out and "gmail" not in out
    for ph in (
        "[naam]",
        "[geboortedatum]",
        "[adres]",
        "[telefoonnummer]",
        "[e-mailadres]",
        "[rekeningnummer]",
    ):
        assert ph in out, out


def test_scanning_redacted_text_finds_nothing():
    text = TEXT.format(nn="85.07.30-033.43", iban="BE68 5390 0754 7034")
    once = redact(text, scan(text))
    assert scan(once) == []
    assert redact(once, scan(once)) == once


def test_every_kind_has_a_placeholder_and_the_kind_sets_split_them():
    assert set(PLACEHOLDERS) == STRUCTURED_KINDS | WARNING_KINDS
    assert not STRUCTURED_KINDS & WARNING_KINDS
    assert STRUCTURED_KINDS == {"national_number", "iban", "email", "phone"}


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10**9), filler=st.text(alphabet="abc de.,\n", max_size=30))
def test_redact_of_scan_has_no_structured_finding(seed, filler):
    rng = random.Random(seed)
    d = make_national_number(rng)
    text = f"{filler} INSZ {d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]} en {make_be_iban(rng)} {filler}"
    out = redact(text, scan(text))
    assert not [f for f in scan(out) if f.kind in STRUCTURED_KINDS]


def test_findings_are_sorted_non_overlapping_and_carry_their_text():
    text = TEXT.format(nn="85.07.30-033.43", iban="BE68 5390 0754 7034")
    found = scan(text)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    assert all(text[f.start : f.end] == f.text for f in found)
