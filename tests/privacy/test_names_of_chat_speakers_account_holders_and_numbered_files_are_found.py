"""Issue 16, round 12: the speaker of a chat line after its time (``[9:12] X: …``), the holder of an account or the
person concerned in a field (``Titularis: X``, ``pers. betrokken: X``), and the name after a file's number and a dash
(``dossier ocmw/2024/118 – X:``) are names, in any case (``privacy/name_labels.py``). A desk or an ordinary word in
these frames stays clean. The sentences were written for these tests."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("- [9:12] wendelien: de mama vraagt of we morgen bellen", "wendelien"),
        ("[14:03] Oswin Marchal: de jongen was weer niet op school", "Oswin Marchal"),
        ("Voorschot gestort.\nTitularis: ysolde quaghebeur (moeder)", "ysolde quaghebeur"),
        ("pers. betrokken: ysolde quaghebeur - slaapt nu in de nachtopvang", "ysolde quaghebeur"),
        ("dossier ocmw/2024/118 – quaghebeur ysolde: de huur is nog niet betaald.", "quaghebeur ysolde"),
        ("Dossier SH20931 – MARCHAL Oswin: wacht op het attest.", "MARCHAL Oswin"),
    ],
)
def test_the_name_is_found(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "[10:02] Onthaal: de wachtrij is lang vandaag.",
        "[10:02] iedereen: vergadering om drie uur.",
        "dossier 2024/118 – wachtlijst: geen nieuws.",
        "Betrokkene: de school en het CLB.",
    ],
)
def test_a_desk_or_a_word_in_these_frames_is_no_name(text):
    assert names(text) == []
