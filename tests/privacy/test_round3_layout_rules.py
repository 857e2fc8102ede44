"""Issue 16, round 3: names found by where they stand, birth-date cues with a role, identifier layouts, addresses.

Every example here was written for these tests (none is copied from a development or held-out set). The invented
names are in no name list, so the layout alone must find them."""

import gzip
from importlib import resources

from lokaalsignaal.privacy import scan
from lokaalsignaal.privacy.lexicon import COMMON_WORDS, fold, lexicon


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


def of_kind(text, kind):
    return [f.text for f in scan(text) if f.kind == kind]


# --- names by layout ---------------------------------------------------------------------------------------------


def test_name_next_to_an_email_or_in_a_mail_header_is_a_name():
    assert names("Zorvath Qelmiri (zq@voorbeeld.be) vraagt een gesprek.") == ["Zorvath Qelmiri"]
    assert names("Van: Zorvath Qelmiri <zorvath@voorbeeld.be>\nOnderwerp: huur") == ["Zorvath Qelmiri"]


def test_name_next_to_a_national_number_or_after_a_birth_date_between_dashes_is_a_name():
    assert "Zorvath Qelmiri" in names("Zorvath Qelmiri – 85.07.30-033.61 – wacht op antwoord.")
    assert "Zorvath Qelmiri" in names("Geb. 3 mei 1987 – Zorvath Qelmiri – zoekt een woning.")


def test_account_holder_after_tnv_is_a_name():
    assert names("Te storten op BE68 5390 0754 7034 t.n.v. Zorvath Qelmiri.") == ["Zorvath Qelmiri"]


def test_name_with_an_apposition_of_a_person_is_a_name():
    assert names("Ik sprak met Qelmira, de jongste dochter van het gezin.") == ["Qelmira"]
    assert names("Zorvath Qelmiri, een jonge vader uit de buurt, zoekt werk.") == ["Zorvath Qelmiri"]
    assert names("Samen met Qelmira (34 jaar) ging ik naar het OCMW.") == ["Qelmira"]


def test_names_in_a_bullet_list_of_people_are_names():
    text = "- Zorvath Qelmiri (alleenstaand, 3 kinderen)\n* Ardunel Vosskar: wacht op leefloon"
    assert names(text) == ["Zorvath Qelmiri", "Ardunel Vosskar"]


def test_children_listed_with_their_birth_dates_are_names_and_birth_dates():
    found = [(f.kind, f.text) for f in scan("Kinderen: Qelmira (1 mrt. 2015), Ardunel (2011-06-30).")]
    assert found == [
        ("person_name", "Qelmira"),
        ("birth_date", "1 mrt. 2015"),
        ("person_name", "Ardunel"),
        ("birth_date", "2011-06-30"),
    ]


def test_signature_under_a_closing_greeting_is_a_name():
    assert names("Ze komt morgen terug.\n\nGroetjes,\nQelmira") == ["Qelmira"]
    assert names("Tot dan.\nmvg\nZorvath Qelmiri") == ["Zorvath Qelmiri"]


def test_name_line_above_an_address_is_a_name():
    assert "Zorvath Qelmiri" in names("Zorvath Qelmiri\nKerkstraat 12, 9000 Gent")


def test_two_unknown_capitalised_words_mid_sentence_are_a_name():
    assert names("Gisteren belde ik met Zorvath Qelmiri over de huur.") == ["Zorvath Qelmiri"]
    assert names("Opvolging Zorvath Qelmiri — nieuwe afspraak.") == ["Zorvath Qelmiri"]


def test_title_with_common_word_surname_is_a_name():
    assert names("Mevrouw Bakker belde.") == ["Bakker"]
    assert names("Dossier De Wolf: geen antwoord van de kas.") == ["De Wolf"]
    assert names("Dossier Bakker: geen antwoord van de kas.") == ["Bakker"]


def test_lowercase_first_name_with_unknown_surname_is_a_name():
    assert names("nog terugbellen naar isaac qelmiri ivm de waarborg") == ["isaac qelmiri"]


def test_organisations_lists_of_services_and_places_are_not_names_by_layout():
    for text in (
        "Speelclub Tovertuin zoekt vrijwilligers voor de zomer.",
        "We werken samen met Samenlevingsopbouw Gent en Welzijnsschakels Oostende.",
        "- Sociaal Huis (open op maandag)\n- Huurdersbond: juridisch advies\n1. Warme Buurten: aanvraag",
        "Tot volgende week.\nGroetjes,\nTeam Welzijn",
        "Stort op BE68 5390 0754 7034 t.n.v. Stad Gent.",
        "De consultaties in Brugse Poort verhuizen.",
        "Er komen meer opvangplaatsen in Nazareth-De Pinte.",
        "Opvolging Huurpremie — afspraak volgende week.",
        "De workshop van Kunstwerkplaats Pianofabriek was druk bezocht.",
    ):
        assert names(text) == [], text


def test_world_name_lists_hold_no_frequent_dutch_word():
    def read(name):
        ref = resources.files("lokaalsignaal.privacy").joinpath("data", name)
        with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            return [ln for ln in fh.read().split("\n") if ln]

    world = {fold(n) for n in read("world_first_names.txt.gz") + read("world_surnames.txt.gz")}
    assert not world & COMMON_WORDS
    assert {"de", "het", "huis", "werk", "straat"}.isdisjoint(world)
    assert "onthaal" in lexicon().dutch_words


# --- birth dates, identifiers, addresses -------------------------------------------------------------------------


def test_birth_date_after_a_role_and_a_colon_is_found():
    assert of_kind("geboortedatum papa: 3/4/1961", "birth_date") == ["3/4/1961"]
    assert of_kind("Geboortedatum oudste zoon: 2011", "birth_date") == ["2011"]
    assert of_kind("Geboortedatum onbekend, afspraak: 12/3/2025.", "birth_date") == []


def test_iso_and_apostrophe_year_dates_next_to_a_person_are_birth_dates():
    assert of_kind("Voor mevrouw Peeters, 1961-04-03, vragen we een woning.", "birth_date") == ["1961-04-03"]
    assert of_kind("Jan Peeters (03/04/'61) zoekt een woning.", "birth_date") == ["03/04/'61"]
    assert of_kind("Sinds 2025-01-01 geldt een nieuwe regel.", "birth_date") == []


def test_enterprise_number_written_as_one_run_after_its_cue_is_no_phone():
    for text in (
        "KBO-nummer van de vzw: 0412345678.",
        "BTW BE 0412345678 – rekening op aanvraag.",
        "Ondernemingsnummer 0898765432 (vzw Buurtwerk).",
    ):
        assert of_kind(text, "phone") == [], text
    assert of_kind("Bel haar op 0478123456.", "phone") == ["0478123456"]


def test_national_number_with_a_slash_or_in_six_and_five_digits_is_found():
    # check digits wrong (a typo): the layout says national number
    assert of_kind("Jan Peeters – 850730/033-62 – wacht.", "national_number") == ["850730/033-62"]
    assert of_kind("Het nummer 850730-03362 klopt niet.", "national_number") == ["850730-03362"]


def test_box_number_with_a_floor_belongs_to_the_address():
    assert of_kind("Afspraak op Kerkstraat 12 bus 3.02 te 9000 Gent.", "address") == [
        "Kerkstraat 12 bus 3.02 te 9000 Gent"
    ]


def test_street_without_suffix_after_moved_from_or_address_is_an_address():
    assert of_kind("Verhuisd van de Korte Munt 5 naar Brussel.", "address") == ["Korte Munt 5"]
    assert of_kind("Het adres Zand 14 is een referentieadres.", "address") == ["Zand 14"]


def test_municipality_followed_by_a_count_is_no_address():
    assert of_kind("Tussen 2015 en 2025 sloten in Grimbergen 7 bankkantoren.", "address") == []


def test_surname_comma_first_name_is_a_name_in_both_parts():
    assert names("Peeters, Jan (cliënt) belde gisteren.") == ["Peeters", "Jan"]


def test_one_unknown_word_before_a_verb_only_a_person_does_is_a_name():
    assert names("Qelmira vertelt dat de huur te hoog is.") == ["Qelmira"]
    assert names("Niemand begrijpt de brief.") == []


def test_abbreviated_birth_date_cue_is_found():
    assert of_kind("geb.dat.: 3/3/82", "birth_date") == ["3/3/82"]


def test_flemish_welfare_organisations_are_not_names():
    assert names("Contact opnemen met Tele Onthaal, Awel of Samana kan altijd.") == []


def test_institutions_named_after_a_person_are_not_names():
    for text in (
        "Woonzorgcentrum Sint-Jozef en Huize Johanna zoeken vrijwilligers.",
        "Residentie Jan Van Eyck heeft nog plaats.",
        "Het Fonds Georges Brugmann geeft een subsidie.",
        "Het Jan Breydelstadion is vol.",
        "Dienst Welzijn Lier, Sociale Zaken, Markt 2.",
    ):
        assert names(text) == [], text
    assert names("Jan Van Eyck woont in een residentie.") == ["Jan Van Eyck"]


def test_date_in_a_sentence_addressing_an_office_is_no_birth_date():
    assert of_kind("Mevrouw de minister antwoordde op 3 maart 2023 op de vraag.", "birth_date") == []
    assert of_kind("Mevrouw De Smet kwam op 3 maart 1950 ter wereld in Gent.", "birth_date") == ["3 maart 1950"]
