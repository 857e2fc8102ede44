"""Issue 16, round 12: a single letter the writer put for a person (``Mevrouw X``, ``K zit …``) and the desk that
signs a forwarded mail (``Van: Permanentie …``) name no one (``privacy/unnamed_persons.py``); a date in a sentence
about such a letter is no birth date. An initial with a surname, a letter beside another name, a first name in a mail
header and a person with an e-mail address in it stay names. The sentences were written for these tests."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


@pytest.mark.parametrize(
    "text",
    [
        "Mevrouw X heeft haar energiefactuur nog altijd niet gekregen.",
        "Meneer Y belde opnieuw over de afrekening van de stookolie.",
        "B wacht sinds 3 februari 2024 op zijn leefloon en heeft geen eten meer.",
        "Z staat sinds 12/06/2023 op de wachtlijst voor budgetbegeleiding.",
        "Van: Onthaalbalie Sociaal Huis Lommel\nVerzonden: maandag 4 maart 2024 10:12\nAan: meldpunt\n\n"
        "De wachtrij aan het loket wordt elke week langer.",
        "Aan: Nachtpermanentie CAW Zuid\nOnderwerp: signaal\n\nDe Nachtpermanentie krijgt meer oproepen.",
    ],
)
def test_a_letter_or_a_desk_is_no_name(text):
    assert names(text) == []
    assert [f for f in scan(text) if f.kind == "birth_date"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meneer D. Vanoverbeke belde opnieuw over de stookolie.", "D. Vanoverbeke"),
        ("Aanwezig: T.-J. Dewaele en de wijkagent.", "Dewaele"),
        ("Van: Yasmina CAW Noord\nAan: meldpunt\n\nGraag een overleg.", "Yasmina"),
        ("Van: Wendelien Quaghebeur <wq@voorbeeld.be>\nAan: meldpunt\n\nGraag een overleg.", "Wendelien Quaghebeur"),
    ],
)
def test_a_name_beside_a_letter_or_in_a_header_stays(text, name):
    assert any(name in n for n in names(text))


def test_an_article_makes_a_lower_case_word_a_noun():
    text = "Bel naar de mentor op 0470 12 34 56 na de les."
    assert names(text) == []
    assert "wendelien" in names("Bel naar wendelien op 0470 12 34 56 na de les.")
