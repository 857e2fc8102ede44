"""Round 8: a birth cue followed by a list of dates (``geb. … en …``, ``geboren op …, … en …``) makes every date of the
list a birth date, in any notation with a day, a month and a year. A list stops at a period (``tot``), a bare year
or a day without a year does not join it, and a date after the list that is not joined to it stays what it was.

Every sentence here was written for these tests; the names are invented."""

import pytest

from lokaalsignaal.privacy import scan


def birth_dates(text):
    return [f.text for f in scan(text) if f.kind == "birth_date"]


@pytest.mark.parametrize(
    "text,dates",
    [
        ("Twee zonen (geb. 4 maart 2016 en 22-9-11) zitten thuis.", ["4 maart 2016", "22-9-11"]),
        ("De tweeling is geboren op 03.05.2019 & 03.05.2019 volgens de papieren.", ["03.05.2019", "03.05.2019"]),
        (
            "Drie dochters, geboren op 7 jan 2010, 19/11/2013 en 2 okt 2017, gaan naar dezelfde school.",
            ["7 jan 2010", "19/11/2013", "2 okt 2017"],
        ),
        ("Kinderen: geb. 1/6/2012, 30-12-2014 en nog een baby.", ["1/6/2012", "30-12-2014"]),
    ],
)
def test_every_date_listed_after_one_birth_cue_is_a_birth_date(text, dates):
    assert birth_dates(text) == dates


@pytest.mark.parametrize(
    "text,dates",
    [
        # a period after the list: the second date ends something, it is no birth
        ("Geboren op 5/5/1990, 1/9/2015 tot 30/6/2020 in de opvang.", ["5/5/1990"]),
        # a bare year or a day without a year does not join the list
        ("Geb. 12 mei 1981 en 2019 verhuisd naar Lokeren.", ["12 mei 1981"]),
        ("Geboren op 8/2/1979 en 14/3 een afspraak bij de huisarts.", ["8/2/1979"]),
    ],
)
def test_a_period_a_bare_year_or_a_day_without_year_does_not_join_the_list(text, dates):
    assert birth_dates(text) == dates
