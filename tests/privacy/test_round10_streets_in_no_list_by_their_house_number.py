"""Issue 16, round 10: streets in no list found by a house number only an address writes
(``privacy/street_frames.py``), and postal lines in lower case, with a comma or after ``verhuisde``
(``privacy/addresses.py``). Every street here is invented for these tests."""

import pytest

from lokaalsignaal.privacy import scan


def addresses(text):
    return [f.text for f in scan(text) if f.kind in ("address", "postal_address")]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("De eigenaar woont zelf op Vlasbloem 21b en doet niets.", "Vlasbloem 21b"),
        ("Klacht: op Reigersnest 8 b3 werkt de lift niet.", "Reigersnest 8 b3"),
        ("C/o zus, Kromhout 37 - 8000 Brugge, post daarheen.", "Kromhout 37 - 8000 Brugge"),
        ("Bezoek: smidsweide nr. 14 (achterdeur).", "smidsweide nr. 14"),
        ("Jan Peeters - hendrik bruyneellaan nr. 3 - gelijkvloers", "hendrik bruyneellaan nr. 3"),
        ("Ze woont in het blok op Kuiperij nr 12/204.", "Kuiperij nr 12/204"),
        ("Mevrouw verhuisde van 3630 Maasmechelen naar hier.", "3630 Maasmechelen"),
        ("Hij woont bij zijn zus (9200, Dendermonde) tijdelijk.", "9200, Dendermonde"),
        ("ze verhuisde van 8500 kortrijk naar hier", "8500 kortrijk"),
    ],
)
def test_streets_and_postal_lines_in_these_frames_are_found(text, address):
    assert address in addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dossier nr. 12 is afgesloten.",
        "Kamer 3b is vrij vanaf maandag.",
        "Projectnummer 2024/017 loopt af.",
        "Lokalen 12-14 zijn vrij.",
        "In 2024 waren er 1000 mensen op de wachtlijst.",
        "Wijk\tAantal\nVlasbloem\t87",
    ],
)
def test_things_with_numbers_stay_clean(text):
    assert addresses(text) == []
