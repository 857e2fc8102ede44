"""Issue 16, round 12: a street in no list with a street's ending in any case before a plain house number
(``op wilgendijk 61``, ``Lindekant 166``), a place's adjective with a street word (``Bredense kant 11``), a postal
line with the country prefix in any case (``in b-8500 kortrijk``), a street with its postal line on the next line;
the tagger's addresses need a letter and start with no number's label (``privacy/street_endings.py``,
``street_frames.py``, ``addresses.py``, ``tagger.py``). Counts, dates, surnames and compounds in a Dutch list stay
clean. The addresses were written for these tests."""

import pytest

from lokaalsignaal.privacy import scan


def addresses(text):
    return [f.text for f in scan(text) if f.kind in ("address", "postal_address")]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("afspraak gemaakt op wilgendijk 61 om tien uur.", "wilgendijk 61"),
        ("Het gezin op Lindekant 166 heeft geen verwarming.", "Lindekant 166"),
        ("na het bezoek aan hazelaardries 64 bleek de kachel stuk.", "hazelaardries 64"),
        ("De brievenbus van Rietput 37 is al weken stuk.", "Rietput 37"),
        ("De huisbaas van Bredense kant 11 reageert niet.", "Bredense kant 11"),
        ("sleutel afhalen aan wingense wal 17b bij de buren", "wingense wal 17b"),
        ("Hij huurt een studio in B-3500 Hasselt sinds maart.", "B-3500 Hasselt"),
        ("vader verblijft nu bij zijn broer in b-8500 kortrijk.", "b-8500 kortrijk"),
        ("post sturen naar oude molenkamp 17\n8900 ieper", "molenkamp 17\n8900 ieper"),
    ],
)
def test_the_address_is_found(text, address):
    assert any(address in a for a in addresses(text))


@pytest.mark.parametrize(
    "text",
    [
        "Verslag teamvergadering 22 juni: weinig volk.",
        "Sara Vandebroek, 2 kinderen, zoekt een woning.",
        "Het fietspad 2 jaar lang onderbroken door werken.",
        "Aan de Franse kant 3 keer zoveel aanvragen.",
        "De dienst telde in 2021 37 aanvragen voor een premie.",
        "Zaak met rolnummer A.R. 22/4120/A staat op de zitting van mei.",
        "Input 3 van de bevraging was onduidelijk.",
    ],
)
def test_a_count_a_date_or_a_reference_is_no_address(text):
    assert addresses(text) == []
