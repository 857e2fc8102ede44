"""Issue 16, round 4: IBANs with the country code set apart, birth-date notations and frames, names by their frame,
more street words.

Every example here was written for these tests (none is copied from a development or held-out set). The invented
names (Tavo Brenkamir, Selvira Okwuendo, Ulwen Draskotto) are in no name list, so the frame alone must find them."""

import pytest

from lokaalsignaal.privacy import scan


def of_kind(text, kind):
    return [f.text for f in scan(text) if f.kind == kind]


def names(text):
    return of_kind(text, "person_name")


# --- IBANs -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "account",
    ["BE 04 3058 0824 6231", "be 04 3058 0824 6231", "NL 91 ABNA 0417 1643 00", "BE-04 3058 0824 6231"],
)
def test_iban_with_the_country_code_set_apart_is_found_whole(account):
    assert of_kind(f"Graag storten op {account} met vermelding huur.", "iban") == [account]


def test_country_code_set_apart_needs_a_real_iban_country_and_checksum():
    assert of_kind("Storten op BE 05 3058 0824 6231 met vermelding huur.", "iban") == []  # wrong check digits
    assert of_kind("Er waren op 12 3456 7890 1234 5678 geen fouten.", "iban") == []


# --- birth dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geb. 03091985 in Kabul", "03091985"),
        ("Geboortedatum 21071979, woont alleen.", "21071979"),
        ("° 3-mei-1964", "3-mei-1964"),
        ("DOB 12-MAR-1990", "12-MAR-1990"),
        ("Geboren te Herat op 1988/11/02.", "1988/11/02"),
        ("geboren op 19 mrt '14 in Gent", "19 mrt '14"),
        ("Geboortedatum: 28 FEB 2000", "28 FEB 2000"),
    ],
)
def test_birth_cue_before_compact_eid_and_month_word_notations_gives_a_birth_date(text, date):
    assert of_kind(text, "birth_date") == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Cliënte is van 4 juni 1977 en woont alleen.", "4 juni 1977"),
        ("Hij is van 12/11/1985 maar oogt ouder.", "12/11/1985"),
        ("Mama is van 1979 en werkt halftijds.", "1979"),
        ("Op haar verblijfskaart staat 14021993 als geboortedatum.", "14021993"),
        ("Hij werd op 12/03/1990 geboren in Kabul.", "12/03/1990"),
        ("Tavo Brenkamir (1990/04/12) woont alleen.", "1990/04/12"),
        ("Mevrouw Okwuendo (21071979) vraagt een afspraak.", "21071979"),
        ("Selvira Okwuendo °12.03.1991 vraagt steun.", "12.03.1991"),
    ],
)
def test_date_said_of_a_person_is_a_birth_date(text, date):
    assert of_kind(text, "birth_date") == [date]


@pytest.mark.parametrize(
    "text",
    [
        "De brief is van 21/10/2024.",
        "Het gebouw is van 1979.",
        "De cijfers zijn van 2023.",
        "Het plan is van 2021 tot 2025.",
        "Dossiernummer 12031990 werd afgesloten.",
        "Het nummer 23121992 staat op de factuur.",
        "De factuur van 12 FEB 2024 is betaald.",
    ],
)
def test_dates_and_numbers_not_said_of_a_person_are_no_birth_date(text):
    assert of_kind(text, "birth_date") == []


# --- names by their frame ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dossier Brenkamir-Draskotto: achterstal energiefactuur.", "Brenkamir-Draskotto"),
        ("Namens Selvira Okwuendo: bedankt voor de hulp.", "Selvira Okwuendo"),
        ("Betreft: Tavo Brenkamir – huurachterstand", "Tavo Brenkamir"),
        ("De aanvraag werd i.o.v. Ulwen Draskotto ingediend.", "Ulwen Draskotto"),
        ("Afspraak met de tolk (Tavo Brenkamir) om 14u.", "Tavo Brenkamir"),
        ("Selvira Okwuendo. Geen inkomen, geen verzekering.", "Selvira Okwuendo"),
        ("Dank je!\ngrtjs Selvira", "Selvira"),
        ("Ik zag Ulwen gisteren op de markt.", "Ulwen"),
    ],
)
def test_name_in_a_frame_of_its_own_is_found_without_a_list(text, name):
    assert names(text) == [name]


def test_every_name_of_a_copy_line_or_a_slash_list_is_found():
    assert names("cc Tavo Brenkamir, Ulwen Draskotto") == ["Tavo Brenkamir", "Ulwen Draskotto"]
    assert names("Contact via Ulwen Draskotto / Selvira Okwuendo.") == ["Ulwen Draskotto", "Selvira Okwuendo"]


def test_name_after_a_greeting_a_mention_or_before_a_possessive_role_is_a_name():
    assert names("Beste Selvira,\nhierbij de documenten.") == ["Selvira"]
    assert names("Hoi Ulwen! Ik bel je straks.") == ["Ulwen"]
    assert names("@Tavo kan jij dit opvolgen?") == ["Tavo"]
    assert names("Selvira's zoon gaat naar school.") == ["Selvira"]


def test_greeting_to_a_group_or_a_service_is_no_name():
    for text in ("Beste collega's,", "Dag allemaal,", "Hoi iedereen!", "Beste Sociale Dienst,", "Dag Fedasil,"):
        assert names(text) == [], text


def test_list_entry_after_a_name_with_its_service_in_parentheses_is_a_name():
    assert names("Aanwezig: Tavo Brenkamir (CAW), Selvira Okwuendo (OCMW)") == ["Tavo Brenkamir", "Selvira Okwuendo"]


def test_lower_case_unknown_surname_after_a_title_is_a_name():
    assert names("gesprek met dhr brenkamir over de huur") == ["brenkamir"]


def test_two_unknown_words_after_a_colon_or_before_an_identifier_label_are_a_name():
    assert names("Afspraak dinsdag: Tavo Brenkamir + tolk.") == ["Tavo Brenkamir"]
    assert names("Selvira Okwuendo, rijksregisternr. volgt nog.") == ["Selvira Okwuendo"]


def test_owner_of_identity_papers_is_a_name_but_not_a_country_or_a_place():
    assert names("Op de verblijfskaart van Ulwen staat een andere datum.") == ["Ulwen"]
    assert names("Het paspoort van Syrië is niet geldig.") == []


def test_words_after_a_colon_that_are_a_neighbourhood_and_street_are_no_name():
    assert names("Wijk: Rabot Blaisantvest") == []
    assert names("Thema: Warme Winter") == []


def test_weekday_after_a_title_is_a_surname_but_not_before_a_time():
    assert names("Mevrouw Vrijdag vroeg een afspraak.") == ["Vrijdag"]
    assert names("Afspraak met meneer Maandag om 14u.") == []


def test_lower_case_first_name_before_a_persons_verb_or_in_bij_x_geweest_is_a_name():
    assert names("ok voor mij, rudi komt dinsdag langs") == ["rudi"]
    assert names("gisteren nog bij matthew geweest, alles ok") == ["matthew"]


def test_two_unknown_lower_case_words_after_met_are_a_name():
    assert names("belde met selvira okwuendo ivm de huur") == ["selvira okwuendo"]


def test_lower_case_turkish_dotted_i_stays_inside_the_name():
    # a lower-cased "İ" is "i" + U+0307: the combining dot must not cut the word
    assert names("ok, i\u0307lkşen komt morgen langs") == ["i\u0307lkşen"]


@pytest.mark.parametrize(
    "text",
    [
        "Betreft: Aanvraag leefloon en huurpremie",
        "Namens Samenlevingsopbouw Gent willen we reageren.",
        "Dossier Oost-Vlaanderen: stand van zaken",
        "Gent-Dampoort is 's avonds slecht verlicht.",
        "Volgens Sciensano is het risico laag.",
        "Ik belde Sibelga voor de meter.",
        "Ik sprak Tigrinya met de familie.",
        "De tolk (Arabisch) kon pas om 15u.",
        "Geboren te Sanaa op 3 mei 1990.",
        "Hij werd geboren op 2 juni 1985 in Bagdad.",
        "Zie art. 1675/2 Ger.W. Vergadering verplaatst naar maandag.",
        "Il faut prévoir une réunion avec le CPAS.",
        "belde met de huisbaas ivm de huurwaarborg",
    ],
)
def test_services_places_and_words_in_those_frames_are_no_name(text):
    assert names(text) == []


# --- addresses ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Ze woont in de Lindegaarde 12.", "Lindegaarde 12"),
        ("Ze logeert in de Grote Akker 17 bus 2.", "Grote Akker 17 bus 2"),
        ("Adres: Hoge Beemd 4", "Hoge Beemd 4"),
        ("Ze verblijft op de Boterbloemdriesen 40.", "Boterbloemdriesen 40"),
        ("Postadres: Oude Erf 9", "Oude Erf 9"),
    ],
)
def test_streets_ending_in_gaarde_beemd_driesen_or_with_akker_erf_are_addresses(text, street):
    assert of_kind(text, "address") == [street]
