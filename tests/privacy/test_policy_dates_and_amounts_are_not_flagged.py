"""Issue 16: dates, amounts, years and reference numbers in a sentence about no one are never reported."""

import pytest

from lokaalsignaal.privacy import scan


@pytest.mark.parametrize(
    "text",
    [
        "Sinds 1 januari 2025 geldt een nieuwe berekening van de huurpremie.",
        "Vanaf 01/07/2024 moeten alle aanvragen digitaal.",
        "Het decreet van 3-5-2019 werd gewijzigd op 12.12.2023.",
        "Dossier 2024/00417 werd afgesloten; referentie KAB-2023-118.",
        "Het leefloon steeg in 2024 met 2,5% tot € 1.320,53 per maand.",
        "Factuurnummer 2024-118734, vervaldag 15 maart 2025, bedrag 1.245 euro.",
        "Ticket 4481273 bij de helpdesk bleef onbeantwoord.",
        "Dossiernummer 0123456789 is afgesloten.",
        "Ondernemingsnummer 0412.345.678, een typfout in het KBO-nummer.",
        "De bakker van het dorp geeft brood aan de voedselbank.",
        "Een visser uit Oostende schonk vis aan het sociaal restaurant.",
        "In Zele, Lebbeke en Buggenhout is er geen sociaal verhuurkantoor.",
        "De vergadering 3 van de werkgroep ging over de huurprijzen.",
        "Op 12 mei 2023 besliste de gemeenteraad van Temse over het reglement.",
        "Het OCMW van 9000 Gent vraagt een attest.",
    ],
)
def test_policy_sentence_has_no_finding(text):
    assert scan(text) == []


@pytest.mark.parametrize("number", ["0693.118.452", "0642.907.318"])
def test_an_enterprise_number_announced_with_is_is_no_phone_and_the_same_digits_alone_are(number):
    """(stop 26) "Het ondernemingsnummer van de vzw is 0xxx.xxx.xxx": a company's number in the landline layout, its
    check wrong (a typo); the cue counts through "is"/"was". Without the cue the same digits are a phone number."""
    assert scan(f"Het ondernemingsnummer van de vzw is {number}, maar de bank weigert de rekening.") == []
    assert scan(f"Ons ondernemingsnummer was {number}.") == []
    assert [f.kind for f in scan(f"Bel de vzw op {number}, ze zijn open tot vijf.")] == ["phone"]
