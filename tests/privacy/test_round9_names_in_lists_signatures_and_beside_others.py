"""Issue 16, round 9: names by their place among lines and words (``privacy/name_lists.py``,
``privacy/name_neighbours.py``): list items next to a found name, signatures, chat senders, the writer of minutes, a
name before a birth cue, a name joined to another name, a name a verb is done to.

Every example here was written for these tests (none is copied from a development or held-out set). The invented
names (Travko, Quenzi, zolvane, Ulvira, Pravosz, Dremka, yelvia) are in no name list, so the place alone must find
them; each place has a text without a person that must stay clean."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


# --- peers in a list ----------------------------------------------------------------------------------------------


def test_list_items_beside_a_found_name_are_names():
    text = "Het gaat over deze mensen:\n* Sarah Peeters: geen laptop\n* zolvane dremka: schoolrekening onbetaald\n"
    assert "zolvane dremka" in names(text)


def test_a_list_of_topics_beside_a_found_name_stays_a_list_of_topics():
    text = "Opvolging door Sarah Peeters:\n* Huur: te hoog\n* Energie: budgetmeter\n* Onderwijs: geen laptop"
    assert names(text) == ["Sarah Peeters"]


# --- signatures, senders, writers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Graag agenderen op het volgende overleg.\nGr, Quenzi (OCMW)", "Quenzi"),
        ("Kunnen we dit bespreken?\nTot op het overleg,\nUlvira", "Ulvira"),
        ("Graag een reactie.\nTravko – brugfiguur\n09 123 45 67", "Travko"),
        ("[14:32, 3/2/2026] Pravosz: de mama van de tweeling belde net", "Pravosz"),
        ("Aanwezig: wijkagent, twee buurtwerkers\nVerslag: Ulvira\n\n1. Goedkeuring", "Ulvira"),
    ],
)
def test_the_writer_of_a_note_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Graag agenderen op het volgende overleg.\nGr, Team Welzijn",
        "Tot later,\nDe Werkgroep",
        "Gent – stadsdienst\nopen op maandag",
        "Verslag: Goedgekeurd\nVolgende vergadering in maart.",
        "[10:05] Onthaal: het loket is gesloten",
    ],
)
def test_a_team_a_service_or_a_decision_in_that_place_is_no_name(text):
    assert names(text) == []


# --- before a birth -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("yelvia geb. 3/4/'81, hartpatiënt, kan haar medicatie niet betalen.", "yelvia"),
        ("CV van Dremka: geboren 12/01/1990, diploma lasser, geen rijbewijs.", "Dremka"),
        ("Pravosz Dremka (°1966-02-11) staat al zes jaar op de wachtlijst.", "Pravosz Dremka"),
    ],
)
def test_the_words_before_a_birth_cue_are_a_name(text, name):
    assert name in names(text)


def test_a_lower_case_name_before_a_date_of_birth_label_is_a_name():
    assert "yelvia dremka" in names("Klant yelvia dremka, geboortedatum 03/04/1981, wacht op haar premie.")


def test_a_child_or_a_number_word_before_a_birth_cue_is_no_name():
    assert names("Het kind, geboren op 11.04.2025, is nog niet ingeënt.") == []
    assert names("hij woont op nummer vierendertig geboren op 27 maart 1960 zegt hij") == []


# --- beside another name ------------------------------------------------------------------------------------------


def test_a_word_joined_by_en_to_a_found_name_is_a_name():
    assert "Quenzi" in names("Quenzi en Sarah Peeters moesten hun woning verlaten na de keuring.")


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Peeters en Armoede Aan De Kaak organiseren samen de infoavond.",
        "Volgens Sarah Peeters en Vlaanderen blijft de wachtlijst te lang.",
    ],
)
def test_a_place_or_an_ordinary_word_joined_to_a_name_is_no_name(text):
    assert names(text) == ["Sarah Peeters"]


def test_two_people_opening_a_sentence_before_a_plural_verb_are_names():
    assert names("Quenzi en Travko zijn als erkende vluchtelingen uit het opvangcentrum vertrokken.") == [
        "Quenzi",
        "Travko",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Wonen en Welzijn hebben samen een actieplan opgesteld.",
        "Kind en Gezin zijn partner in het project.",
        "Gent en Brugge hebben een gelijkaardig project.",
        "Kinderarmoede en Schooluitval hebben een grote impact op de wijk.",
    ],
)
def test_two_services_places_or_topics_opening_a_sentence_are_no_names(text):
    assert names(text) == []


# --- whose number ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nieuwe gsm van Dremka: 0471 23 45 67 (het oude nummer werkt niet meer).", "Dremka"),
        ("De school vraagt het rijksregisternummer van yelvia: 85.07.30-033.61.", "yelvia"),
    ],
)
def test_the_owner_of_a_number_before_a_colon_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het nummer van Fluvius: 078 35 35 34, bereikbaar op werkdagen.",
        "Het nummer van Onthaal: 09 123 45 67.",
        "Het nummer van het loket: 09 123 45 67.",
    ],
)
def test_the_number_of_a_service_names_no_one(text):
    assert names(text) == []


# --- done to a person ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ik heb Travko gezegd dat hij met zijn bankkaart moet komen.", "Travko"),
        ("De kinderopvang heeft Quenzi uitgeschreven omdat de ouders niet betaalden.", "Quenzi"),
        ("Ik heb aan Ulvira beloofd dat we dit meenemen.", "Ulvira"),
    ],
)
def test_the_person_a_verb_is_done_to_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb Fluvius gebeld over de afsluiting.",
        "We hebben Energie gezegd dat het zo niet verder kan.",
        "Het CAW heeft Sociaal Verhuurkantoor gevraagd om mee te denken.",
    ],
)
def test_a_service_a_verb_is_done_to_is_no_name(text):
    assert names(text) == []
