"""Regression tests for the general rules added after the independent held-out evaluation."""

from lokaalsignaal.privacy import scan


def kinds(text):
    return [(f.kind, f.text) for f in scan(text)]


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


def test_lower_case_surname_after_a_title_is_a_name():
    assert names("Huisbezoek bij mevr. vermeulen gedaan.") == ["vermeulen"]
    assert names("ik ben bij mr janssens geweest") == ["janssens"]
    assert names("mevr. de smet belde.") == ["de smet"]


def test_lower_case_title_followed_by_an_ordinary_word_is_no_name():
    assert names("mevrouw de schepen heeft beloofd dat het opgelost wordt") == []
    assert names("meneer de voorzitter, wij vragen een oplossing") == []
    assert names("de dokter zegt dat het goed gaat") == []


def test_lower_case_first_name_plus_surname_is_a_name():
    assert names("we zagen sarah de clercq gisteren terug") == ["sarah de clercq"]


def test_mid_sentence_first_name_that_is_also_a_word_or_place_is_a_name():
    assert names("Dank aan Elke van Samenlevingsopbouw.") == ["Elke"]
    assert names("Gisteren kwam Dries langs.") == ["Dries"]
    assert names("De jongen, Dries, verblijft bij zijn oma.") == ["Dries"]
    # ... but not after a determiner or a place preposition
    assert names("De vzw De Hoop helpt daklozen.") == []
    assert names("De wijken Kiel, Hoboken-Zuid en Linkeroever zijn arm.") == []


def test_possessive_without_apostrophe_is_a_name():
    assert names("Malikas zoon wordt gepest.") == ["Malikas"]


def test_quoted_project_title_and_adjective_after_role_are_no_names():
    assert names("De stad lanceert het project 'Warme Winter' met het OCMW.") == []
    assert names("E-mail: y.benali@etu.ulb.be – student, Franstalig.") == []


def test_family_abbreviation_introduces_a_name():
    assert names("Fam. Claeys-Verstraete kan de kosten niet betalen.") == ["Claeys-Verstraete"]


def test_lower_case_street_with_number_after_place_cue_is_an_address():
    assert ("address", "kerkstraat 7") in kinds("hij woont in de kerkstraat 7 zonder verwarming")
    assert kinds("op de arbeidsmarkt 2024 is er weinig werk") == []
    assert kinds("ze heeft in de stationsstraat 20 jaar gewoond") == []


def test_more_birth_date_forms():
    assert ("birth_date", "8 mei 1992") in kinds("Geb. datum: 8 mei 1992. Zwanger.")
    assert ("birth_date", "2019-08-30") in kinds("Geboortedatum van het kind: 2019-08-30.")
    assert ("birth_date", "december 1985") in kinds("Hij is 38 (geboren in december 1985).")
    assert ("birth_date", "12-3-'85") in kinds("Ze is geboren op 12-3-'85.")
    assert ("birth_date", "'87") in kinds("Hij is van '87 en werkt in de haven.")
    assert kinds("Het decreet is van 2018 en de wet van '93 ook.") == []
    assert kinds("Sinds december 2023 woont hij hier.") == []
