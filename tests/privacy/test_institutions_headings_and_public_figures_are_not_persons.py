"""Issue 16, round 7: capitalised words that name no private person raise no warning: an institution named after
someone (also with its head written together, ``Ontmoetingshuis``, or in lower case after ``vzw``), a heading in title
case, a name after the article ``het``, a public figure (a royal or church title, a statue), a street after a title,
an abbreviation, a pronoun, a lone ordinary Dutch word after a list cue, a bank after an account number. Each case is
paired with a person written alike, who stays a name.

Every sentence here was written for these tests (none is copied from an evaluation set, and no frame of one); the
first names are common ones of the guard's lists, so that without these rules they were taken for persons."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


@pytest.mark.parametrize(
    "text,person",
    [
        # the head written together with what it is
        ("De kinderen van Montessorischool Fatima gaan op zeeklassen.", "Vandaag kwam Fatima langs."),
        ("De jongerenwerking verhuist: Tienerclub Youssef zit voortaan in de kelder.", "Youssef belde."),
        ("De affiche van Wijkhuis Zuster Marieke hangt aan de kerk.", "Zuster Marieke belde."),
        ("de affiche van buurthuis zuster marieke hangt aan de kerk", "zuster marieke belde"),
        # a head in lower case: "vzw", "het project", "Sociaal restaurant"
        ("Een gift aan vzw De Vrienden van Ahmed is fiscaal aftrekbaar.", "Een gift van Ahmed Benali kwam aan."),
        ("Voor het project Mama Leila zoeken we nog kookpotten.", "De mama Leila kwam langs."),
        ("Sociaal restaurant Bij Karim serveert ook op zondag soep.", "Bij Karim Ouali thuis is het koud."),
        ("In Atelier Sofie Claes schilderen senioren.", "Sofie Claes schildert."),
        ("Kinderopvang Jonas en Lotte sluit in augustus.", "Jonas en Lotte Peeters zijn ziek."),
        # a building word written together with the words after the name
        ("Het Mira Engels Cultuurfonds geeft beurzen.", "Mira Peeters geeft les."),
    ],
)
def test_an_institution_named_after_someone_is_no_person(text, person):
    assert names(text) == []
    assert names(person)


@pytest.mark.parametrize(
    "text",
    [
        "Agenda: Terugkoppeling Over Marie Voor De Zomer",
        "Nieuwe Spreekuren In Ronse vanaf maart",
        "Voorstel: het Dagelijks Bureau Peeters geeft advies over de premie.",
    ],
)
def test_a_heading_in_title_case_or_a_name_after_the_article_het_is_no_person(text):
    assert names(text) == []


def test_a_flemish_surname_with_a_preposition_stays_a_name():
    assert names("Mevrouw Fatima Op de Beeck belde.") == ["Fatima Op de Beeck"]


@pytest.mark.parametrize(
    "text",
    [
        "Toen prinses Elisabeth de school bezocht, kwam de pers mee.",
        "Aan het borstbeeld van Emiel Verhaeren liggen bloemen.",
        "Het ruiterbeeld van Pater Damiaan krijgt een nieuwe sokkel.",
    ],
)
def test_a_public_figure_is_no_client(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "De wijkagent patrouilleert in de Dokter Janssensstraat.",
        "Langs de Pastoor Verrieststeenweg rijdt geen bus meer.",
    ],
)
def test_a_street_named_after_a_titled_person_is_no_person(text):
    assert names(text) == []


@pytest.mark.parametrize(
    "text,person",
    [
        ("Max 12 kinderen per groep in de speelpleinwerking.", "Max belde terug."),
        ("Geachte heer,\nUw aanvraag voor de premie is onvolledig.", "Meneer Uw belde."),
        ("Beste buurvrouw,\n\nHiermee bezorg ik u het verslag.", "Beste buurvrouw Hanna,"),
        ("Deelnemers: Buurtwerking, OCMW, CAW", "Deelnemers: Hanna Peeters, OCMW"),
        ("De premie komt op BE71 0961 2345 6769 (Revolut) binnen.", "De premie komt op BE71 0961 2345 6769 (Hanna)."),
    ],
)
def test_an_abbreviation_a_pronoun_an_ordinary_word_or_a_bank_is_no_name(text, person):
    assert names(text) == []
    assert names(person)


def test_a_surname_that_is_an_ordinary_word_stays_a_name_after_a_title_or_a_file_label():
    assert names("Dossier Bakker: geen antwoord van de kas.") == ["Bakker"]
    assert names("Mevrouw Bakker belde.") == ["Bakker"]
    assert names("Dank aan Elke van Samenlevingsopbouw.") == ["Elke"]


def test_a_locality_abroad_a_foreign_street_and_a_field_abbreviation_are_no_names():
    found = [(f.kind, f.text) for f in scan("Nieuw adres: ul. Lipowa 7, 20-020 Lublin, sinds maart.")]
    assert [t for k, t in found if k == "person_name"] == []
    assert names("Contact: Hanna Peeters, RRN 85.07.30-033.61") == ["Hanna Peeters"]
    assert names("Ze woont in de Strada Mihai Viteazu 4 in Cluj.") == []
    assert names("Op 15.09.2025 Hanna Peeters gezien.") == ["Hanna Peeters"]
