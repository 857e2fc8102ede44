"""Issue 16, round 7: an address span of the learned tagger holds one address. It does not run over a sentence end, a
tab (the cells of a table are cut apart, and a cell counts only with a letter and a digit), an amount, a day and
month, or start with a year-like number before a Dutch word; and in a table a neighbourhood and a count are no street
and house number for the rules either. Examples written for these tests (no frame of an evaluation set)."""

import pytest

from lokaalsignaal.privacy import scan
from lokaalsignaal.privacy.tagger import _cells, _meant


def span(text, part):
    s = text.index(part)
    return s, s + len(part)


@pytest.mark.parametrize(
    "text,part",
    [
        ("OP HET PLEIN LIGT AFVAL. DE STAD BETAALDE 300 EURO", "PLEIN LIGT AFVAL. DE STAD BETAALDE 300"),
        ("Het loket verhuist naar de Leopoldlaan.\n4. Rondvraag", "Leopoldlaan.\n4"),
        ("SINDS 2022 KWAMEN 312 VRAGEN BINNEN.", "2022 KWAMEN 312 VRAGEN BINNEN"),
        ("Bij 18 % van de huurders in de wijk", "18 % van de huurders"),
        ("Saldo\tEUR 75,20\nNaam", "EUR 75,20"),
        ("Melding\t4 MAART\topen", "4 MAART"),
        (
            "een zin die maar doorgaat langs Molenstraat 5 en nog veel verder tot aan het eind",
            "zin die maar doorgaat langs Molenstraat 5 en nog veel verder tot aan het eind",
        ),
    ],
)
def test_what_no_address_holds_is_no_tagger_address(text, part):
    assert not _meant("address", text, *span(text, part))


@pytest.mark.parametrize(
    "text,part",
    [
        ("Ze woont in de Meidoornln. 8 b2, 9300 Aalst.", "Meidoornln. 8 b2, 9300 Aalst"),
        ("adres Av. de la Couronne 40 te 1050 Elsene", "Av. de la Couronne 40 te 1050 Elsene"),
        ("Hij logeert in 3540 Herk-de-Stad bij zijn neef.", "3540 Herk-de-Stad"),
    ],
)
def test_an_address_with_abbreviations_and_a_postal_line_stays_a_tagger_address(text, part):
    assert _meant("address", text, *span(text, part))


def test_a_tagger_address_across_table_cells_is_cut_into_the_cells_that_hold_an_address():
    text = "Naam\tWoonplaats\nNora Velkan\t9000 Gent\nRabot\t57\t12"
    s, e = span(text, "Nora Velkan\t9000 Gent")
    assert [text[a:b] for _k, a, b in _cells(text, "address", s, e)] == ["9000 Gent"]
    s, e = span(text, "Rabot\t57\t12")
    assert _cells(text, "address", s, e) == []


def test_a_neighbourhood_and_a_count_in_a_table_are_no_address():
    text = "Buurt\tGezinnen\tKosten\nZandhoek\t31\t€ 410\nMeir\t12\t€ 95"
    assert [f for f in scan(text) if f.kind in ("address", "postal_address")] == []
    assert [(f.kind, f.text) for f in scan("Ze woont nu op de Zandhoek 31.")] == [("address", "Zandhoek 31")]
    assert [(f.kind, f.text) for f in scan("Ze woont nu op de Meir 12.")] == [("address", "Meir 12")]


def test_an_address_column_and_an_address_field_with_a_number_are_addresses_also_abroad():
    text = "Familienaam\tVoornaam\tWoonplaats\nTrusoma\tLirem\t2600 Berchem\nPask\tOdrin\t\n"
    assert [(f.kind, f.text) for f in scan(text) if f.kind in ("address", "postal_address")] == [
        ("address", "2600 Berchem")
    ]
    text = "Casus\n• Naam: mevrouw Trusoma\n• Verblijfsadres: ul. Lipowa 7, 20-020 Lublin\n• Vraag: huurschuld"
    assert ("address", "ul. Lipowa 7, 20-020 Lublin") in [(f.kind, f.text) for f in scan(text)]
    assert [f for f in scan("• Adres: nog onbekend\n• Vraag: huurschuld") if f.kind == "address"] == []
