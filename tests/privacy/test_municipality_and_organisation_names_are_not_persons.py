import pytest

from lokaalsignaal.privacy import scan

CLEAN = [
    "Sinds 1 maart 2024 zien we in Sint-Amandsberg meer gezinnen bij het OCMW en het CAW.",
    "Op 12/10 was er een infosessie van Kind en Gezin in Borgerhout.",
    "De Lijn schrapte de bus naar Sint-Pieters-Leeuw en Heist-op-den-Berg.",
    "Het Wit-Gele Kruis, i-mens en Familiehulp hebben wachtlijsten in Lier en Mol.",
    "Patiënten van AZ Jan Palfijn en AZ Maria Middelares worden te vroeg ontslagen.",
    "Fedasil en Vluchtelingenwerk Vlaanderen zien nieuwkomers uit Syrië en Oekraïne.",
    "De huurprijs steeg met 12% tot € 1.250,00 per maand; zie artikel 5 van de Vlaamse Codex Wonen.",
    "Van maandag tot vrijdag is het Huis van het Kind open van 9 tot 12 uur.",
    "Het LDC, het JAC, het CGG en de DMW overleggen op 3 december in Gentbrugge.",
    "In de Kerkstraat en de Stationsstraat staan veel panden leeg.",
    "Tijdens de Ramadan en na Nieuwjaar stijgt de vraag bij de voedselbank.",
    "Ze spreekt enkel Arabisch en een beetje Frans.",
    "De sluiting van het kantoor van Belfius in Halle treft ouderen.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_signal_texts_get_no_finding(text):
    assert scan(text) == []


def test_organisation_names_passed_in_allow_are_not_reported():
    # (round 3) "De vzw Gudrun Peeters Fonds" is now seen as an institution by itself, and (round 7) so is "Project
    # Gudrun Peeters"; this name has no such head
    text = "Gudrun Peeters helpt gezinnen."
    assert [f for f in scan(text) if f.kind == "person_name"]
    assert scan(text, allow=["Gudrun Peeters"]) == []


def test_allow_does_not_hide_structured_identifiers():
    text = "Rekening van vzw De Vlaspit: BE71 0961 2345 6769."
    assert [f.kind for f in scan(text, allow=["De Vlaspit", "BE71 0961 2345 6769"])] == ["iban"]
