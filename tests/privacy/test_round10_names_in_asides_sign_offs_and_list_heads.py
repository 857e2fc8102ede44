"""Issue 16, round 10: names in asides and sign-offs (``privacy/name_asides.py``), at list heads or above a job
(``privacy/name_lists.py``), after a title behind an institution's name (``privacy/institutions.py``). The names
(Wendelien, Oswin, Ysolde, Vermaercke, Rinalda, Quenzo) were written for these tests; each frame has a text without a
person that must stay clean."""

import pytest

from lokaalsignaal.privacy import scan


def names(text):
    return [f.text for f in scan(text) if f.kind == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bel gerust: 0470 12 34 56 (Wendelien).", "Wendelien"),
        ("Terugbellen naar Oswin op 0470 12 34 56 ivm afspraak.", "Oswin"),
        ("Ysolde Marchal (RRN 85.07.30-033.61) heeft geen inkomen.", "Ysolde Marchal"),
        ("De jongen (Oswin, 17j) woont bij zijn oom.", "Oswin"),
        ("Rinalda (43j, 14 mei 1983) verloor haar werk.", "Rinalda"),
        ("Sinds de brand zitten de Vermaercke's in een hotel.", "Vermaercke"),
        ("Niemand reageert op onze mails. merci, wendelien", "wendelien"),
        ("Het dossier is dringend.\ngrtz ysolde", "ysolde"),
        ("Graag een reactie.\nOswin (jeugdwerker)", "Oswin"),
        ("De wachtlijst blijft lang.\nYsolde Marchal\nmaatschappelijk werker", "Ysolde Marchal"),
        ("Openstaand:\n* Vermaercke, Ysolde: geen inkomen", "Ysolde"),
        ("graag opvolging voor ysolde marchal 6 décembre 1992, staat niet ingeschreven", "ysolde marchal"),
        ("* Ben Tarik, Quenzo: geen inkomen\n* Wonen, Welzijn: overleg", "Ben Tarik, Quenzo"),
        ("De wachtlijst is te lang. Ysolde Marchal\nmaatschappelijk werker", "Ysolde Marchal"),
        ("Het dossier is dringend.\n\nmvg,\nYsolde Van Den Kelen\ntel. 0470 12 34 56", "Ysolde Van Den Kelen"),
        ("Kan iemand van de vzw Zonnebloem mevrouw Vermaercke terugbellen?", "Vermaercke"),
    ],
)
def test_names_in_these_frames_are_found(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "De vzw (tel. 0470 12 34 56) is open op dinsdag.",
        "De CD's en de pc's zijn gestolen.",
        "Het project loopt af.\nGroetjes, het team",
        "Openstaand:\n* Wonen, Welzijn: overleg in maart",
        "Team Armoede vergadert do 1/4/2024 in zaal 3.",
        "Het gezin (5 jaar in België) zoekt een woning.",
        "Dit is een probleem. Sociale Dienst\nmaatschappelijk werker",
        "Het ontmoetingshuis Zonnebloem is dicht.",
    ],
)
def test_the_same_frames_without_a_person_stay_clean(text):
    assert names(text) == []
