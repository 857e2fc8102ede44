"""Issue 16, round 7: birth dates in more notations after a cue (``geb. dd.``, a remark in parentheses, ``=``, a
weekday, ordinals, ISO date-times, dates in words, the month names of identity papers in Polish, Turkish, Romanian,
German, Spanish, Portuguese and Italian) and in more frames without one (a role word with the date in parentheses,
``den X is van``, what a passport says, the birth-date column of a table). Not birth dates: the birth year of someone
unnamed, the founding date of an institution, a period (``is van … tot``).

Every sentence here was written for these tests (no frame of an evaluation set); the names are invented."""

import pytest

from lokaalsignaal.privacy import scan


def birth_dates(text):
    return [f.text for f in scan(text) if f.kind == "birth_date"]


@pytest.mark.parametrize(
    "text,date",
    [
        ("Moeder geb. dd. 14.3.1979 in Aalst.", "14.3.1979"),
        ("Geboortedatum (zie kopie eID): 2.11.1990", "2.11.1990"),
        ("velden: naam=Velkan, geboortedatum=1975-06-30T00:00:00, status=open", "1975-06-30"),
        ("Hij is geboren op vr 8 maart 1968 in Lier.", "8 maart 1968"),
        ("Geb.: de 12de van oktober 1984", "12de van oktober 1984"),
        ("Born on the 3rd of April 1991 in Accra.", "3rd of April 1991"),
        (
            "ze zegt geboren op zevenentwintig mei negentienhonderdachtenzestig te zijn",
            "zevenentwintig mei negentienhonderdachtenzestig",
        ),
        ("geboren op drie juni negentien vierentachtig volgens de moeder", "drie juni negentien vierentachtig"),
        ("Zijn broer is geboren op 9 marca 1977 in Lublin.", "9 marca 1977"),
        ("Geboren: 14 Ekim 1986", "14 Ekim 1986"),
    ],
)
def test_a_birth_date_after_a_cue_in_other_notations_is_found(text, date):
    assert birth_dates(text) == [date]


@pytest.mark.parametrize(
    "text,date",
    [
        ("De dochter (14-2-2016) zit in het derde leerjaar.", "14-2-2016"),
        ("Intake met de jongere (wo 3 mei 2009) verliep vlot.", "3 mei 2009"),
        ("den Velkan is van 12 augustus 1961 en woont alleen", "12 augustus 1961"),
        ("Haar Roemeense paspoort vermeldt 3 martie 1979 als datum.", "3 martie 1979"),
    ],
)
def test_a_date_said_of_someone_without_a_cue_is_a_birth_date(text, date):
    assert birth_dates(text) == [date]


def test_the_dates_in_the_birth_date_column_of_a_table_are_birth_dates():
    text = "Naam\tGeb.datum\tIntake\nTrusoma\t21-4-1983\t16-3-2020\nPask\t\t12 mei"
    assert birth_dates(text) == ["21-4-1983"]


@pytest.mark.parametrize(
    "text",
    [
        "Een man van 60 jaar, geboren in 1965, slaapt in zijn auto.",
        "Het wijkhuis van Zuster Marieke werd opgericht op 3 mei 1971 door de parochie.",
        "Mevrouw Velkan is van 12.04.2024 tot eind mei in het buitenland.",
    ],
)
def test_a_birth_year_of_someone_unnamed_a_founding_date_and_a_period_are_no_birth_dates(text):
    assert birth_dates(text) == []


def test_a_birth_year_of_someone_named_or_a_relative_is_still_a_birth_date():
    assert birth_dates("Meneer Pask, een man van 60 jaar, geboren in 1965, slaapt in zijn auto.") == ["1965"]
    assert birth_dates("Zijn dochter, geboren in 2012, woont bij hem.") == ["2012"]
