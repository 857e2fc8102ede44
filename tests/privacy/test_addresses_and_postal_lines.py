import pytest

from lokaalsignaal.privacy import scan


def found(text):
    return [(f.kind, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    "street",
    [
        "Kerkstraat 12",
        "Sint-Pietersnieuwstraat 41 bus 3",
        "Grote Markt 1",
        "Frankrijklei 5",
        "Koning Albertlaan 103A",
        "Rue de la Loi 16",
        "Brugsesteenweg 255/2",
        "Meir 78",
    ],
)
def test_street_with_house_number_is_an_address(street):
    assert found(f"Het gezin woont in de {street} sinds vorig jaar.") == [("address", street)]


def test_street_and_postal_line_form_one_address():
    text = "Adres: Sint-Pietersnieuwstraat 41 bus 3, 9000 Gent."
    assert found(text) == [("address", "Sint-Pietersnieuwstraat 41 bus 3, 9000 Gent")]


def test_postal_line_where_someone_lives_is_a_postal_address():
    assert found("Ze is gedomicilieerd in 9050 Gentbrugge maar woont bij haar zus.") == [
        ("postal_address", "9050 Gentbrugge")
    ]


def test_postal_line_without_residence_is_not_reported():
    assert found("Het OCMW van 9000 Gent organiseert een infosessie.") == []


def test_street_without_number_counts_and_percentages_is_not_an_address():
    assert found("In de Kerkstraat wonen 12 gezinnen; de Stationsstraat 40% leegstand.") == []
