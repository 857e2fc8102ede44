"""Issue 16, round 11: names after a case-note label or heading, before a colon and an identifier, between dashes,
in parentheses after an identifier, after a thing of a person, and in French and English frames
(``privacy/name_labels.py``, ``privacy/name_asides.py``). The names and sentences were written for these tests; each
frame has a text without a person that must stay clean."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a field of a case note, in any case
        ("naam: ozan yıldırımtepe\nadres: onbekend", "ozan yıldırımtepe"),
        ("Identificatie: Kwabena Oduro-Mensah, RRN 61.05.03-117.08", "Kwabena Oduro-Mensah"),
        ("Betreft: Ifeoma Nwachukwu (geboren 4 maart 1980), vraag naar een premie", "Ifeoma Nwachukwu"),
        ("contactpersoon: tuvshin batbayar - gsm 0493 12 34 56", "tuvshin batbayar"),
        # a case heading before a colon
        ("Casus Ndeye Faye: drie kinderen, geen inkomen.", "Ndeye Faye"),
        ("Update over Yaaba: de premie is eindelijk toegekend.", "Yaaba"),
        ("ivm kwabena: zijn huurcontract loopt af in mei", "kwabena"),
        # whose data: the words before a colon and an identifier or address
        ("Rekening van de bewindvoerder van Yaaba: BE68 5390 0754 7034", "Yaaba"),
        ("rekeningnummer tuvshin: BE68539007547034", "tuvshin"),
        ("Nieuw adres van Ifeoma: Kapelstraat 10, 2800 Mechelen", "Ifeoma"),
        ("Numéro national de Kwabena: 61.05.03-117.08", "Kwabena"),
        # the owner between dashes, or heading a line before a dash and an identifier
        ("IBAN BE68 5390 0754 7034 - ozan yıldırımtepe - voorschot premie", "ozan yıldırımtepe"),
        ("tuvshin batbayar - 0487 60 53 42 - dossier loopt", "tuvshin batbayar"),
        # the owner of a number in parentheses, in lower case
        ("bellen kan op 0470 12 34 56 (yaaba), liefst na vier uur.", "yaaba"),
        # a thing of a person, a role
        ("de opvang van ifeoma is voorlopig geregeld.", "ifeoma"),
        ("De schoolrekening van Yaaba moet betaald worden op BE68 5390 0754 7034.", "Yaaba"),
        ("De klasleerkracht van tuvshin zegt dat hij geen boeken heeft.", "tuvshin"),
        # French and English frames
        ("la cliente, batbayar, tuvshin, né(e) le 15 oktober '99, cherche un logement.", "tuvshin"),
        ("fyi kwabena oduro lost his job, he can't pay the rent.", "kwabena oduro"),
        ("L'adresse de Yaaba: Kapelstraat 10, 2800 Mechelen.", "Yaaba"),
        ("DOB: 11/06/1997 (Ifeoma Nwachukwu) - asks help with the energy bill.", "Ifeoma Nwachukwu"),
    ],
)
def test_names_in_these_frames_are_found(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Naam: Dienst Welzijn\nBetreft: aanvraag huurpremie",
        "Dossier 2024/17: geen antwoord. Update over de huurpremie: nog niets.",
        "Gezin met 3 kinderen: geen inkomen. ivm de huurpremie: niets.",
        "Numéro de la maman: +32 470 12 34 56, elle travaille le matin.",
        "numéro de compte: BE68 5390 0754 7034",
        "INSZ van de cliënt: 61.05.03-117.08.",
        "Telefoon zus in Lviv: 0473 28 26 82",
        "Bel 0470 12 34 56 (gsm) of 03 123 45 67 (werk) - privé - graag.",
        "Dienst Wonen - tel. 03 123 45 67 - open op maandag",
        "de situatie van asielzoekers in Gent is: slecht.",
        "haar zoon van tien vertaalt de brieven.",
        "De kamer van koophandel is dicht.",
    ],
)
def test_the_same_frames_without_a_person_stay_clean(text):
    assert names(text) == []
