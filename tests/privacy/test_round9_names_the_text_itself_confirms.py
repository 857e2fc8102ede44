"""Issue 16, round 9: a name the text itself confirms, once found in full elsewhere in it or spelled in an e-mail
address of the same text (``privacy/name_echoes.py``).

Every example here was written for these tests (none is copied from a development or held-out set). The invented
names (Dralvo Mistenko, Quimsa, yorvel, Brenta Olvakis) are in no name list, so only the text itself can confirm
them."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


# --- a name found once is found again -----------------------------------------------------------------------------


def test_a_first_name_repeated_after_the_full_name_is_found_again():
    text = (
        "- Dralvo Mistenko (gsm 0471 23 45 67) zit sinds maandag zonder stroom.\n"
        "Dralvo is akkoord om het signaal anoniem door te geven."
    )
    assert names(text).count("Dralvo") == 1 and "Dralvo Mistenko" in names(text)


def test_a_child_named_in_the_attendance_list_is_found_in_the_discussion():
    text = (
        "Aanwezig: leerkracht, mama van Quimsa Doravek\n\nBespreking:\n"
        "Quimsa komt vaak zonder boterhammen naar school."
    )
    assert "Quimsa" in names(text)


def test_an_echo_keeps_the_way_it_was_written():
    # capitalised once, the same word in lower case elsewhere is another word
    text = "Mevrouw Kiel belde gisteren. De wijk kiel heeft geen bibliotheek meer."
    assert names(text) == ["Kiel"]


def test_a_word_of_a_name_that_is_an_ordinary_word_is_not_echoed():
    text = "Meneer Bakker kwam langs. Bakker is een beroep dat verdwijnt, zegt hij."
    assert names(text) == ["Bakker"]


def test_without_a_found_name_nothing_is_echoed():
    text = "De wachtlijst groeit. De wachtlijst is het grootste probleem van de wijk."
    assert names(text) == []


# --- a name spelled in an e-mail address ---------------------------------------------------------------------------


def test_a_signature_spelled_in_the_e_mail_address_is_a_name():
    text = "Vragen? Mail gerust naar yorvel.astrani@jeugdwerk.be.\nYorvel, jeugdwerker"
    assert "Yorvel" in names(text)


def test_a_lower_case_name_spelled_in_the_e_mail_address_is_a_name():
    text = "De sollicitaties van yorvel vertrekken van yorvel-astrani@gmail.com, het kantoor antwoordt nooit."
    assert "yorvel" in names(text)


def test_a_surname_with_particles_written_together_in_the_address_is_a_name():
    text = "De verhuurder, brenta van olvakis, antwoordt enkel op mails: vanolvakis.brenta@outlook.be."
    assert "brenta van olvakis" in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Meer info via onthaal.gent@ocmw.be, het onthaal is open op maandag.",
        "Schrijf naar team.welzijn@stad.be: het Team Welzijn plant de infosessie.",
        "Vragen over de premie? Mail naar info@energiehuis.be, het Energiehuis belt terug.",
    ],
)
def test_an_office_address_names_no_one(text):
    assert names(text) == []
