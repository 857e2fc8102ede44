"""Issue 16, round 7: names in the layouts of pasted tables (a name column under its head, ``SURNAME;Given;…`` rows),
chat exports (WhatsApp and Teams speakers), beside a found name (a nickname, ``X en Y (de tweeling van Z)``, ``den X``)
and in lines written in capitals, which are read as if written normally. Identifiers in capitals are still found, and
an institution in capitals is no person.

Every text here was written for these tests (no frame of an evaluation set); the names (Nora Velkan, Odrin Pask,
Trusoma, Dunaveli, Lirem) are invented."""

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


def test_the_cells_of_a_name_column_are_names():
    text = "Intakes maart\nFamilienaam\tVoornaam\tVraag\nTrusoma\tLirem\thuurschuld\nPask\tOdrin\tenergie"
    assert names(text) == ["Trusoma", "Lirem", "Pask", "Odrin"]


def test_a_column_that_is_no_name_column_gives_no_names():
    text = "Buurt\tVragen\tBedrag\nRabot\t12\t€ 40\nMuide\t3\t€ 12"
    assert names(text) == []


def test_a_surname_in_capitals_and_a_given_name_in_a_semicolon_row_are_names():
    assert names("TRUSOMA;Lirem;huurschuld;terugbellen") == ["TRUSOMA", "Lirem"]
    assert names("GARCIA;Odrin;huurschuld;terugbellen") == ["GARCIA", "Odrin"]  # a surname also in the word list
    assert names("OCMW;Gent;huurschuld;terugbellen") == []


def test_the_speakers_of_a_chat_export_are_names_but_a_service_is_not():
    text = "[09:12, 3/2/2025] Lirem: mevrouw Pask belde net\n[09:40, 3/2/2025] Odrin: ik bel haar terug"
    assert names(text) == ["Lirem", "Pask", "Odrin"]
    text = "Lirem Trusoma  09:14\nIk neem het op.\nTeam Welzijn  10:02\nDank je."
    assert names(text) == ["Lirem Trusoma"]


def test_a_nickname_twins_before_their_role_and_den_before_a_first_name_are_names():
    assert names("Mevrouw Nora Velkan (Noke) vraagt een voedselpakket.") == ["Nora Velkan", "Noke"]
    assert names("Lirem en Odrin (de tweeling van Dunaveli) halen de bus niet.") == ["Lirem", "Odrin", "Dunaveli"]
    assert names("de buren zeggen dat den Odrin zijn huur niet meer betaalt") == ["Odrin"]
    assert names("Hij verhuist naar den Haag.") == []
    assert names("Mevrouw Nora Velkan (OKAN) spijbelt.") == ["Nora Velkan"]


def test_a_line_in_capitals_is_read_as_if_written_normally():
    text = "AAN HET CAW\n\nWIJ MELDEN U LIREM TRUSOMA, GEBOREN OP 26/10/1961, VOOR EEN OPVANGPLAATS."
    found = [(f.kind, f.text) for f in scan(text)]
    assert ("person_name", "LIREM TRUSOMA") in found
    assert ("birth_date", "26/10/1961") in found
    assert [k for k, _t in found if k == "person_name"] == ["person_name"]


def test_identifiers_in_capitals_are_found_as_written_and_an_institution_in_capitals_is_no_person():
    text = "MEVROUW PASK BELDE VANDAAG. REK RO49 AAAA 1B31 0075 9384 0000 VOOR DE HUUR."
    found = [(f.kind, f.text) for f in scan(text)]
    assert ("iban", "RO49 AAAA 1B31 0075 9384 0000") in found
    assert ("person_name", "PASK") in found
    assert names("DE FOLDER VAN KINDERDAGVERBLIJF LIREM VERMELDT GEEN TELEFOONNUMMER.") == []


def test_a_word_in_no_dutch_list_before_a_birth_or_after_a_kinship_word_is_a_name_also_in_lower_case():
    assert names("odrin is geboren op 3/4/2012 en gaat nog naar school") == ["odrin"]
    assert names("het kind is geboren op 3/4/2012") == []
    assert names("graag mama lirem bellen, ze spreekt weinig nederlands") == ["lirem"]
    assert names("graag mama bellen, ze spreekt weinig nederlands") == []


def test_a_name_before_a_flemish_possessive_is_a_name():
    assert names("Lirem haar dochter zit al een maand thuis.") == ["Lirem"]
    assert names("Vandaag haar dochter gezien.") == []
