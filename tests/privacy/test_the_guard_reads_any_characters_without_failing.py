"""The guard reads any text a person or an import can send without failing (a failure would be a server error on
giving a signal): digits that are no number to Python ("10²", "①"), other scripts' digits, NUL, emoji, and lone
surrogates, which JSON can carry (`python -m lokaalsignaal.privacy --jsonl`). Its findings still point into the text
it was given."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lokaalsignaal.privacy import scan

ODD = ["²", "³", "①", "⑫", "٣", "੭", "\x00", "\ud800", "\udfff", "\u0301", "🙂", "\ufeff", "ǅ", "İ", "ß"]
PERSON = "Jan Peeters woont in de Kerkstraat 12, 8500 Kortrijk."


@pytest.mark.parametrize("odd", ODD, ids=[f"U+{ord(c):04X}" for c in ODD])
def test_an_odd_character_anywhere_does_not_stop_the_guard(odd):
    for text in (f"ruimte van 10{odd} groot", f"{odd}{PERSON}", f"{PERSON[:30]}{odd}{PERSON[30:]}", odd * 40):
        findings = scan(text)
        assert all(0 <= f.start < f.end <= len(text) for f in findings)


def test_a_lone_surrogate_does_not_hide_the_person_beside_it():
    text = f"\ud800 {PERSON}"
    assert {f.kind for f in scan(text)} >= {"person_name", "address"}
    assert [f.text for f in scan(text) if f.kind == "person_name"] == ["Jan Peeters"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(ODD + list("0123456789 .,-/") + ["Jan", "Peeters", "12", "maart", "1968", "\n"]),
                max_size=40))
def test_any_mix_of_odd_characters_digits_and_words_is_read(parts):
    text = "".join(parts)
    for finding in scan(text):
        assert 0 <= finding.start < finding.end <= len(text)
