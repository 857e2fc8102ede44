import pytest

from lokaalsignaal.privacy import scan


@pytest.mark.parametrize(
    "text, date",
    [
        ("Ze is geboren op 3 maart 1987 in Gent.", "3 maart 1987"),
        ("Cliënt, geb. 03/03/1987, woont alleen.", "03/03/1987"),
        ("Karim (°12.05.1990) zoekt werk.", "12.05.1990"),
        ("Meneer (°1987) is dakloos.", "1987"),
        ("Geboortedatum: 14-02-2011", "14-02-2011"),
        ("DOB 1990-05-12", "1990-05-12"),
        ("De baby, geboren te Sint-Niklaas op 2 januari 2024, heeft geen kinderbijslag.", "2 januari 2024"),
        ("Ze is geboren in 1954 en woont alleen.", "1954"),
    ],
)
def test_dates_of_birth_are_found(text, date):
    assert [(f.kind, f.text) for f in scan(text) if f.kind == "birth_date"] == [("birth_date", date)]


@pytest.mark.parametrize(
    "text",
    [
        "Sinds 1 maart 2024 is het loket gesloten.",
        "Op 12/10 was er een infosessie.",
        "De geboortepremie van 1.200 euro komt pas na 3 maanden.",
        "Ze is geboren in Marokko.",
    ],
)
def test_other_dates_are_not_birth_dates(text):
    assert [f for f in scan(text) if f.kind == "birth_date"] == []
