"""Issue 16, round 9: names by the words right around them (``privacy/name_frames.py``): a Flemish article before a
first name, a sentence opened by a person, a visit, a title with lower-case particles, a person named by her home,
case headings.

Every example here was written for these tests (none is copied from a development or held-out set). The invented
names (Travko, morvin, Quenzi, Ulvira, Xandrelle, Pravosz, Dremkova) are in no name list, so the frame alone must find
them; each frame has a sentence without a person that must stay clean."""

import pytest

from lokaalsignaal.privacy import scan


def found(text):
    return [(f.kind, f.text) for f in scan(text)]


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


def named(name, text):
    """Is ``name`` (part of) a name found in ``text``? ("Den Travko" holds "Travko")."""
    return any(name in found_name for found_name in names(text))


# --- Flemish articles ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Den Travko zegt dat hij al een week bij zijn nonkel slaapt.", "Travko"),
        ("Den morvin werkt al drie maanden zonder contract.", "morvin"),
        ("Ons Quenzi zit al twee weken zonder verwarming.", "Quenzi"),
        ("De Ulvira van hiernaast komt niet meer buiten sinds de winter.", "Ulvira"),
    ],
)
def test_a_first_name_after_a_flemish_article_is_a_name(text, name):
    assert named(name, text)


def test_den_before_a_first_name_and_a_street_is_a_person_and_her_street():
    assert found("Den Travko van Molenstraat 31 zit zonder gas.") == [
        ("person_name", "Travko"),
        ("address", "Molenstraat 31"),
    ]
    assert found("De eigenaar doet niets. Den Willem van Ter Heydelaan 12 zit zonder gas.") == [
        ("person_name", "Willem"),
        ("address", "Ter Heydelaan 12"),
    ]


def test_den_before_a_lower_case_known_first_name_and_a_verb_is_a_name():
    assert names("Den marco werkt al twee maanden voor een baas die hem niet betaalt.") == ["marco"]


@pytest.mark.parametrize(
    "text",
    [
        "Den Haag heeft een gelijkaardig project opgezet.",
        "Ons Huis zoekt nieuwe vrijwilligers voor de zomer.",
        "De Lijn van hierachter rijdt niet meer na 20 uur.",
        "Ze woont in de Den Haaglaan, vlak bij het station.",
    ],
)
def test_an_article_before_a_place_an_organisation_or_a_street_is_no_name(text):
    assert names(text) == []


# --- a sentence opened by a person ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Xandrelle heeft een diploma verpleegkunde uit haar thuisland, maar het wordt niet erkend.", "Xandrelle"),
        ("Pravosz Dremkova tekende aan de deur een contract, hij begreep niet wat erin stond.", "Pravosz Dremkova"),
    ],
)
def test_a_sentence_opened_by_a_person_with_her_pronoun_later_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kinderarmoede raakt hem als vrijwilliger elke dag opnieuw.",
        "Huurachterstand heeft voor haar gezin grote gevolgen.",
    ],
)
def test_a_noun_opening_a_sentence_is_no_name_even_with_a_pronoun_later(text):
    assert names(text) == []


# --- a visit ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Onze vrijwilliger gaat elke vrijdag bij Quenzi langs.", "Quenzi"),
        ("Een buurvrouw gaat op zondag bij Ulvira koffie drinken.", "Ulvira"),
        ("bij hanne is de verwarming al drie weken kapot.", "hanne"),
    ],
)
def test_the_person_visited_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "We gaan bij Colruyt langs voor de boodschappen.",
        "Bij ons is de verwarming al drie weken kapot.",
        "bij mama is het altijd warm.",
    ],
)
def test_a_visit_to_a_shop_or_a_home_without_a_name_stays_clean(text):
    assert names(text) == []


# --- a title with lower-case particles ----------------------------------------------------------------------------


def test_a_title_with_lower_case_particles_and_a_listed_surname_is_a_name():
    assert "van den Heuvel" in names("Mevrouw van den Heuvel is vanmorgen langsgekomen op het loket.")


def test_a_title_before_an_office_is_no_name():
    assert names("Meneer van de Stad, zo noemen ze de ombudsman hier.") == []


# --- a person named by her home -----------------------------------------------------------------------------------


def test_a_name_right_before_an_address_at_a_sentence_start_is_a_name():
    text = "Signaal van het wijkteam. Dremkova, Kapelstraat 14 – lek in het dak sinds november."
    assert ("person_name", "Dremkova") in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Signaal van het wijkteam. Gent, Kapelstraat 14 – het loket is verhuisd.",
        "Zorgpunt, Kapelstraat 14 – open op dinsdag en donderdag.",
    ],
)
def test_a_place_or_a_service_right_before_an_address_is_no_name(text):
    assert names(text) == []


# --- case headings ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Casus: Dremkova, Travko, alleenstaand, leefloon.", "Dremkova, Travko"),
        ("Casus: VELKANO Travko, alleenstaand, leefloon.", "VELKANO Travko"),
        ("Betrokkene: PRAVOSZ Ulvira ; geboren in Polen", "PRAVOSZ Ulvira"),
    ],
)
def test_a_surname_and_first_name_in_a_case_heading_are_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Casus: Huisvesting, Energie, Onderwijs.",
        "Thema: OCMW Gent, verslag van het overleg.",
        "Verslag van het CAW Oost-Vlaanderen: geen opmerkingen.",
    ],
)
def test_a_heading_of_topics_or_services_is_no_name(text):
    assert names(text) == []
