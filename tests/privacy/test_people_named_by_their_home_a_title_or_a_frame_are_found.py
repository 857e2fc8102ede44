"""Round 8: names found by the construction they stand in.

* a person named by where they live: ``X van <street> <number>``, ``de familie van de X op <street> <number>``; a
  lone known first name before a lower-case ``van`` and a street is a person and a street, not one street name
  (``woont in de Jan van Rijswijcklaan 12`` stays one street);
* ``Me`` (maître), the French title of a lawyer, before a surname;
* a title, lower-case particles and a capitalised surname: ``mr van der X``, ``mvr. da X``, ``meneer de la X``; not
  an office after a lone ``de`` (``Mevrouw de Schepen``);
* a first name written in lower case before an auxiliary (``kan``, ``moet``, ``heeft``, ``slaapt`` …), after a role
  (``haar zoon X``), under a sign-off on the same line (``Groeten, X``), with an age, a role or a date in parentheses
  (``X (12)``, ``X (buurtwerk)``), with a role after a comma, or right before a phone number or e-mail address;
* after the Flemish article ``den`` (``den X is van 1990``), not in the surname particle ``van den``;
* one name before ``en`` and a name already found (``X en Y Z moesten verhuizen``);
* two capitalised words before ``, nationaal nummer``; one word between commas before ``werd … geboren``;
* in lower case, the two words of a bullet of a list (``• X Y – schulden``) and ``gsm van X:``;
* in lower case, in ``ik heb X … gezien`` and ``kan iemand X Y terugbellen``;
* not after an institution's head (``huis X kan …``) or an article (``de maman: …``).

Every sentence here was written for these tests; the names are invented."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


def kinds(text):
    return [(f.kind, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    "text,name,address",
    [
        ("Rukiye van Molenstraat 45 kan de trap niet meer op.", "Rukiye", "Molenstraat 45"),
        ("Bij de familie van de Gulnara op Populierenlaan 8 lekt het dak.", "Gulnara", "Populierenlaan 8"),
        ("We gingen langs bij Teodora uit de Bergstraat 17 voor de premie.", "Teodora", "Bergstraat 17"),
    ],
)
def test_a_person_named_by_the_street_they_live_in_is_a_name(text, name, address):
    found = kinds(text)
    assert ("person_name", name) in found
    assert ("address", address) in found


def test_a_street_named_after_a_person_after_a_place_cue_stays_one_street():
    assert kinds("Ze woont in de Pieter van Maldeghemstraat 21 in Brugge.")[:1] == [
        ("address", "Pieter van Maldeghemstraat 21")
    ]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Le dossier est suivi par Me Vanderkelen depuis mars.", "Vanderkelen"),
        ("Son conseil, Me Oukili, demande une copie du jugement.", "Oukili"),
    ],
)
def test_a_lawyer_after_the_french_title_me_is_a_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text,name",
    [
        ("Vanmorgen belde mr van der Meiren over de huurwaarborg.", "van der Meiren"),
        ("Afspraak met mvr. da Cunha - gsm 0473 11 22 33", "da Cunha"),
        ("Opvolging door meneer de la Vallée, die het attest opmaakte.", "de la Vallée"),
    ],
)
def test_a_title_with_lower_case_particles_before_a_surname_is_one_name(text, name):
    assert names(text) == [name]


def test_an_office_after_a_title_and_de_is_no_name():
    assert names("Geachte mevrouw de Voorzitter, hierbij ons signaal.") == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Volgens de buren slaapt den Wout-Jan al een week in zijn bestelwagen.", "Wout-Jan"),
        ("den Rik-Wannes is van 12-04-1983 en zoekt werk.", "Rik-Wannes"),
    ],
)
def test_a_first_name_after_the_flemish_article_den_is_a_name(text, name):
    assert name in names(text)


def test_van_den_stays_a_surname_particle():
    assert "Kerkhove" not in names("We zagen de familie van den Kerkhove gisteren.")


@pytest.mark.parametrize(
    "text,name",
    [
        ("Betrokkene Zerihun Qorane, nationaal nummer 770412-31590, werd geschrapt.", "Zerihun Qorane"),
        ("Betrokkene Ilyasov Durdyev, bisnummer onbekend, werd geschrapt.", "Ilyasov Durdyev"),
    ],
)
def test_a_name_before_a_national_number_label_is_a_name(text, name):
    assert names(text) == [name]


def test_one_word_between_commas_before_werd_geboren_is_a_name():
    assert names("De jongste, Wubet, werd in maart geboren in de opvang.") == ["Wubet"]


@pytest.mark.parametrize(
    "text,found",
    [
        ("Wachtlijst:\n• ngozi okafor – huurachterstand\n• brahimi soraya – idem", ["ngozi okafor", "brahimi soraya"]),
        ("nieuw nummer: gsm van ngozi: 0468 12 34 56", ["ngozi"]),
    ],
)
def test_lower_case_names_in_a_bullet_list_or_with_their_number_are_found(text, found):
    assert names(text) == found


def test_a_bullet_list_of_chores_holds_no_name():
    assert names("Te doen:\n- brood halen\n- huur betalen\n- post openen") == []


def test_a_name_before_en_and_a_found_name_is_a_name_too():
    assert names("Gisteren zijn Hamdiya en Amira Yilmaz verhuisd naar een studio.") == ["Hamdiya", "Amira Yilmaz"]


@pytest.mark.parametrize(
    "text,name",
    [
        ("svetlana moet elke week naar het OCMW voor een voedselbon.", "svetlana"),
        ("Sinds de brand slaapt haar zoon dimitri bij een vriend.", "dimitri"),
        ("Dank voor de snelle hulp.\nGroeten, esmeralda", "esmeralda"),
        ("kenan (11) gaat niet meer naar school sinds de verhuis.", "kenan"),
        ("Vragen? Neem contact op met ons team - gisela, buurtwerker", "gisela"),
        ("Voor bogdan (02-03-2022) zoekt het gezin een crèche.", "bogdan"),
        ("Wie wil helpen, belt best naar svetlana, 0471 23 45 67.", "svetlana"),
    ],
)
def test_a_lower_case_first_name_in_a_frame_of_a_person_is_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("ik heb svetlana vorige week nog gezien op de markt", "svetlana"),
        ("kan iemand wubalem tesfamariam terugbellen? ze heeft geen beltegoed", "wubalem tesfamariam"),
    ],
)
def test_a_lower_case_name_met_or_to_be_called_back_is_a_name(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "huis esmeralda kan vanaf maandag geen nieuwe bewoners opnemen.",
        "Voici l'adresse de la maman: contact.famille@exemple.be",
        "ik heb het gisteren nog gezien in de krant",
        "kan iemand morgen terugbellen voor de afspraak?",
    ],
)
def test_no_name_after_an_institution_or_an_article_or_in_an_empty_frame(text):
    assert names(text) == []
