"""Demo data of the other municipalities in the demo region: Roeselare (a city) and Kortemark (a small
municipality), and what the region does with what they escalate. The signals reuse Kortrijk's topics (`signals.TOPICS`)
with their own numbers; each municipality has its own people and knelpunten. Written by `region.seed_towns`."""

from __future__ import annotations

from dataclasses import dataclass, field

from lokaalsignaal.accounts.models import NotificationPreference
from lokaalsignaal.casework.knelpunten.stages import Stage

from .replay import FEEDBACK
from .signals import DOMAIN, DemoKnelpunt

Pref = NotificationPreference


@dataclass
class Town:
    name: str
    coordinator: tuple[str, str, str, str]  # e-mail, name, function, organisation
    organisations: list[tuple[str, str]]  # name, sector slug (existing organisations are shared)
    givers: list[tuple[str, str, str, str, str]]  # e-mail, name, function, organisation, notification preference
    topics: dict[str, tuple[int, str | None]]  # topic key -> (how many signals, the knelpunt they go to)
    knelpunten: list[DemoKnelpunt] = field(default_factory=list)
    demo_giver_topics: tuple[str, ...] = ()  # topics where the demo giver gives a signal here (she works here too)

    @property
    def giver_emails(self) -> list[str]:
        return [g[0] for g in self.givers]


# fmt: off
ROESELARE = Town(
    "Roeselare",
    (f"coordinator.roeselare@{DOMAIN}", "Evelien Vercruysse", "signaalcoördinator", "OCMW Roeselare"),
    [("OCMW Roeselare", "lokaal-bestuurocmw"), ("CAW Centraal-West-Vlaanderen", "caw"),
     ("Wit-Gele Kruis West-Vlaanderen", "thuiszorg"), ("Huis van het Kind Roeselare", "kinderopvang"),
     ("Sociale kruidenier Roeselare", "vrijwilligersorganisatie"), ("Basisschool Het Kompas", "onderwijs"),
     ("Welzijnsschakel Roeselare", "armoedeorganisatie"), ("CGG Mandel en Leie", "geestelijke-gezondheidszorg")],
    [(f"hanne.dewulf@{DOMAIN}", "Hanne Dewulf", "maatschappelijk werker", "OCMW Roeselare", Pref.IMMEDIATE),
     (f"wouter.lambrecht@{DOMAIN}", "Wouter Lambrecht", "begeleider", "CAW Centraal-West-Vlaanderen", Pref.DAILY),
     (f"ines.vandewalle@{DOMAIN}", "Ines Vandewalle", "thuisverpleegkundige", "Wit-Gele Kruis West-Vlaanderen",
      Pref.WEEKLY),
     (f"sofie.depoorter@{DOMAIN}", "Sofie Depoorter", "gezinsondersteuner", "Huis van het Kind Roeselare",
      Pref.IMMEDIATE),
     (f"luc.vanhove@{DOMAIN}", "Luc Vanhove", "vrijwilliger", "Sociale kruidenier Roeselare", Pref.WEEKLY),
     (f"tine.bossuyt@{DOMAIN}", "Tine Bossuyt", "zorgcoördinator", "Basisschool Het Kompas", Pref.IMMEDIATE),
     (f"mehmet.yilmaz@{DOMAIN}", "Mehmet Yilmaz", "ervaringsdeskundige", "Welzijnsschakel Roeselare",
      Pref.IMMEDIATE),
     (f"griet.verstraete@{DOMAIN}", "Griet Verstraete", "psycholoog", "CGG Mandel en Leie", Pref.DAILY)],
    {"budget-wachtlijst": (6, "budget"), "budget-deurwaarder": (3, "budget"), "energie-huurwoning": (8, "energie"),
     "energie-vocht": (4, "energie"), "sociaal-tarief": (2, None), "digitaal-burgerprofiel": (7, "digitaal"),
     "digitaal-itsme": (3, "digitaal"), "opvang-werkzoekenden": (6, "opvang"), "ggz-wachttijd": (9, "ggz"),
     "psy-jongeren-school": (3, "ggz"), "voedsel-meer-gezinnen": (8, "voedsel"), "schoolkosten": (6, "school"),
     "eenzaamheid-ouderen": (6, "eenzaam"), "nieuwkomers-taal": (5, None), "nieuwkomers-nt2": (3, None),
     "mantelzorg-uitputting": (4, None), "leefloon-student": (4, "studenten"), "student-kot": (2, "studenten"),
     "mobiliteit-deelgemeenten": (3, None), "tandzorg": (3, None), "huurwaarborg": (4, None),
     "jeugdhulp-18": (3, None), "vrijetijd": (5, None), "klimaat-hitte": (5, None), "individueel-factuur": (2, None)},
    [
        DemoKnelpunt("energie", "Koude en vochtige huurwoningen",
                     "Huurders in oudere woningen zonder degelijke verwarming of met vocht: hoge facturen en "
                     "gezondheidsklachten.", 280, [
                         (12, Stage.ANALYSIS, "Bedankt voor jullie signalen. We brengen met de woondienst in kaart in "
                                              "welke wijken dit het meest speelt."),
                         (45, Stage.AGENDA, "Het knelpunt staat op de agenda van het lokaal woonoverleg."),
                         (90, Stage.PROPOSAL, "Voorstel uit het woonoverleg: proactieve woningcontroles en een "
                                              "renovatiepremie voor verhuurders die verwarming en isolatie "
                                              "vernieuwen."),
                         (150, Stage.EXECUTION, "Het college keurde het voorstel goed. De woningcontroles starten in "
                                                "de wijken met de meeste signalen."),
                         (230, FEEDBACK, "De eerste honderd woningen zijn gecontroleerd. Zie je nog koude of "
                                         "vochtige huurwoningen, laat het ons dan weten."),
                     ], severity=5, level="lokaal", decisions=[
                         (148, "college", "Het college keurt proactieve woningcontroles en een renovatiepremie voor "
                                          "verhuurders goed.", 150000),
                         (170, "gemeenteraad", "De gemeenteraad keurt het reglement voor de renovatiepremie goed.",
                          None),
                     ]),
        DemoKnelpunt("digitaal", "Digitale drempels bij aanvragen",
                     "Premies en attesten kunnen bijna enkel nog online; wie niet digitaal mee is, mist rechten.",
                     300, [
                         (8, Stage.ANALYSIS, "Herkenbaar. We vragen alle diensten welke aanvragen enkel online "
                                             "kunnen."),
                         (50, Stage.PROPOSAL, "Voorstel: een digitaal hulppunt in de bibliotheek en in het sociaal "
                                              "huis, en voor elke aanvraag ook een papieren weg."),
                         (100, Stage.EXECUTION, "De digitale hulppunten openen in het voorjaar."),
                         (200, Stage.DONE, "De digitale hulppunten zijn open en elke aanvraag kan ook op papier. "
                                           "Dank voor jullie signalen."),
                     ], severity=4, level="lokaal", decisions=[
                         (95, "college", "Het college keurt twee digitale hulppunten goed, met een begeleider en "
                                         "vrijwilligers.", 40000),
                     ]),
        DemoKnelpunt("ggz", "Wachttijden in de geestelijke gezondheidszorg",
                     "Wie psychologische hulp zoekt, wacht maanden; huisartsen en scholen vangen op.", 240, [
                         (10, Stage.ANALYSIS, "We vragen de wachttijden op bij het centrum geestelijke "
                                              "gezondheidszorg en de eerstelijnspsychologen."),
                         (55, Stage.ESCALATED, "De capaciteit van de geestelijke gezondheidszorg kunnen we als stad "
                                               "niet oplossen. We brengen het knelpunt naar de eerstelijnszone, samen "
                                               "met andere gemeenten."),
                     ], severity=5, level="bovenlokaalregio", decisions=[
                         (90, "gemeenteraad", "De gemeenteraad vraagt de eerstelijnszone om een regionaal plan tegen "
                                              "de wachttijden en stelt een lokaal voor een inloopmoment ter "
                                              "beschikking.", None),
                     ]),
        DemoKnelpunt("voedsel", "Meer vraag naar voedselhulp",
                     "Meer gezinnen, ook met werk, kloppen aan bij de sociale kruidenier en de voedselbedeling.", 320, [
                         (10, Stage.ANALYSIS, "We verzamelen de cijfers van de sociale kruidenier en de "
                                              "voedselbedeling."),
                         (40, Stage.AGENDA, "De voedselhulp staat op de agenda van het armoedeoverleg."),
                         (80, Stage.PROPOSAL, "Voorstel: een hogere subsidie voor de sociale kruidenier en een "
                                              "gedeelde koelcel voor verse voeding."),
                         (130, Stage.EXECUTION, "De subsidie is verhoogd en de koelcel wordt geplaatst."),
                     ], severity=4, level="lokaal", decisions=[
                         (125, "college", "Het college verhoogt de jaarlijkse subsidie voor de sociale kruidenier en "
                                          "betaalt een gedeelde koelcel.", 25000),
                     ]),
        DemoKnelpunt("opvang", "Kinderopvang voor ouders in een traject naar werk",
                     "Werkzoekende ouders vinden geen opvang en kunnen zo geen opleiding volgen.", 150, [
                         (20, Stage.AGENDA, "We zetten dit op de agenda van het lokaal overleg kinderopvang."),
                     ], severity=4, level="lokaal"),
        DemoKnelpunt("budget", "Wachttijd budgetbegeleiding",
                     "Wie hulp vraagt bij het beheer van het budget, wacht maanden.", 200, [
                         (10, Stage.ANALYSIS, "We bekijken met de dienst schuldhulp waar de wachttijd vandaan komt."),
                         (70, Stage.PROPOSAL, "Voorstel: een wekelijkse intakepermanentie, zodat niemand langer dan "
                                              "twee weken wacht op een eerste gesprek."),
                     ], severity=4, level="lokaal"),
        DemoKnelpunt("school", "Schoolkosten in het basisonderwijs",
                     "Ouders kunnen de schoolfactuur en de uitstappen niet betalen.", 60, [], severity=3,
                     level="lokaal"),
        DemoKnelpunt("eenzaam", "Eenzaamheid bij ouderen",
                     "Alleenwonende ouderen komen niet meer buiten en zien enkel de thuiszorg.", 210, [
                         (14, Stage.ANALYSIS, "We bekijken met de dienstencentra wie we niet bereiken."),
                         (60, Stage.NOT_RETAINED, "De dienstencentra starten zelf een buddywerking met vrijwilligers. "
                                                  "We volgen het daar op en werken hier niet apart aan verder."),
                     ], severity=3, level="lokaal"),
        DemoKnelpunt("studenten", "Leefloon en studeren",
                     "Studenten met een leefloon verliezen inkomen door hun vakantiewerk.", 160, [
                         (30, Stage.ESCALATED, "De regels rond leefloon voor studenten zijn federaal. We gaven het "
                                               "knelpunt door aan de eerstelijnszone en aan de federale overheid."),
                     ], severity=3, level="federaal"),
    ],
    demo_giver_topics=("energie-huurwoning", "digitaal-burgerprofiel"),
)

KORTEMARK = Town(
    "Kortemark",
    (f"coordinator.kortemark@{DOMAIN}", "Bart Vanhoutte", "welzijnscoördinator", "OCMW Kortemark"),
    [("OCMW Kortemark", "lokaal-bestuurocmw"), ("CAW Centraal-West-Vlaanderen", "caw"),
     ("Wit-Gele Kruis West-Vlaanderen", "thuiszorg"), ("Huisartsenpraktijk Kortemark", "gezondheidszorg"),
     ("Basisschool De Klimop", "onderwijs"), ("Vrijwilligerswerking Kortemark", "vrijwilligersorganisatie")],
    [(f"eline.vandenberghe@{DOMAIN}", "Eline Vandenberghe", "maatschappelijk werker", "OCMW Kortemark",
      Pref.IMMEDIATE),
     (f"dirk.maes@{DOMAIN}", "Dirk Maes", "thuisverpleegkundige", "Wit-Gele Kruis West-Vlaanderen", Pref.WEEKLY),
     (f"joke.pattyn@{DOMAIN}", "Joke Pattyn", "huisarts", "Huisartsenpraktijk Kortemark", Pref.DAILY),
     (f"stijn.decock@{DOMAIN}", "Stijn Decock", "zorgleerkracht", "Basisschool De Klimop", Pref.IMMEDIATE),
     (f"marleen.vandaele@{DOMAIN}", "Marleen Vandaele", "vrijwilliger", "Vrijwilligerswerking Kortemark",
      Pref.WEEKLY)],
    {"mobiliteit-deelgemeenten": (8, "mobiliteit"), "eenzaamheid-ouderen": (7, "eenzaam"),
     "bankkantoor": (5, "bank"), "digitaal-burgerprofiel": (5, "digitaal"), "digitaal-afspraak": (3, "digitaal"),
     "energie-huurwoning": (5, None), "mantelzorg-uitputting": (5, None), "ggz-wachttijd": (5, "ggz"),
     "tandzorg": (3, None), "voedsel-meer-gezinnen": (8, None), "schoolkosten": (3, None),
     "gsm-abonnement": (4, None), "sociaal-tarief": (3, None), "individueel-klacht": (1, None)},
    [
        DemoKnelpunt("mobiliteit", "Geen openbaar vervoer 's avonds en in het weekend",
                     "Wie geen auto heeft, raakt 's avonds en in het weekend niet naar werk, zorg of winkel.", 300, [
                         (10, Stage.ANALYSIS, "We bekijken met de mobiliteitsdienst welke verbindingen wegvielen."),
                         (50, Stage.ESCALATED, "De dienstregeling van het openbaar vervoer wordt in de vervoerregio "
                                               "bepaald. We brengen dit samen met de buurgemeenten naar de regio."),
                         (120, FEEDBACK, "In afwachting zoekt de gemeente vrijwillige chauffeurs voor een "
                                         "mindermobielencentrale."),
                     ], severity=4, level="bovenlokaalregio", decisions=[
                         (115, "college", "Het college financiert een mindermobielencentrale met vrijwillige "
                                          "chauffeurs, in afwachting van beter openbaar vervoer.", 12000),
                     ]),
        DemoKnelpunt("eenzaam", "Eenzaamheid bij alleenwonende ouderen",
                     "Alleenwonende ouderen in de deelgemeenten zien bijna niemand meer.", 260, [
                         (15, Stage.ANALYSIS, "We vragen de thuiszorg en de huisartsen hoeveel ouderen dit treft."),
                         (45, Stage.PROPOSAL, "Voorstel: buurtbabbels in elke deelgemeente en vervoer naar het "
                                              "dienstencentrum."),
                         (80, Stage.EXECUTION, "De eerste buurtbabbels zijn gestart. Vrijwilligers halen wie dat "
                                               "wil thuis op."),
                         (200, Stage.DONE, "De buurtbabbels lopen nu vast in elke deelgemeente, met vervoer door "
                                           "vrijwilligers. Dank voor jullie signalen."),
                     ], severity=3, level="lokaal", decisions=[
                         (75, "college", "Het college keurt buurtbabbels in elke deelgemeente en vervoer door "
                                         "vrijwilligers goed.", 8000),
                         (95, "gemeenteraad", "De gemeenteraad neemt de buurtbabbels op in het meerjarenplan.", 8000),
                     ]),
        DemoKnelpunt("digitaal", "Digitale aanvragen zonder hulp",
                     "Ouderen raken niet aan hun premies en attesten zonder hulp bij de computer.", 130, [
                         (20, Stage.ANALYSIS, "We bekijken met de bibliotheek of er een digitaal spreekuur kan "
                                              "komen."),
                     ], severity=3, level="lokaal"),
        DemoKnelpunt("ggz", "Wachttijden voor psychologische hulp",
                     "Inwoners wachten maanden op psychologische hulp; de huisartsen vangen op.", 200, [
                         (30, Stage.ESCALATED, "Dit overstijgt onze gemeente. We brengen het naar de "
                                               "eerstelijnszone, waar ook andere gemeenten het signaleren."),
                     ], severity=4, level="bovenlokaalregio"),
        DemoKnelpunt("bank", "Geen geldautomaat meer in de deelgemeenten",
                     "Ouderen zonder auto of bankapp raken niet meer aan cash geld.", 90, [
                         (10, Stage.AGENDA, "We zetten dit op de agenda van de seniorenraad en vragen de banken om "
                                            "een automaat in het centrum van elke deelgemeente."),
                     ], severity=3, level="lokaal"),
    ],
)
# fmt: on

TOWNS = [ROESELARE, KORTEMARK]


@dataclass
class Bundle:
    """A regional knelpunt: the region bundles what its municipalities escalated (town name, knelpunt key)."""

    title: str
    summary: str
    children: list[tuple[str, str]]
    created_days_ago: int
    history: list[tuple[int, str, str]]
    decisions: list = field(default_factory=list)  # none: a region records no decisions of a college or council


REGIONAL = Bundle(
    "Wachttijden in de geestelijke gezondheidszorg in de regio",
    "Verschillende gemeenten signaleren maanden wachten op psychologische hulp, voor jongeren en volwassenen.",
    [("Roeselare", "ggz"), ("Kortemark", "ggz")], 160, [
        (10, Stage.ANALYSIS, "We bundelen de signalen van de gemeenten en vragen de wachttijden op bij de centra "
                             "geestelijke gezondheidszorg en de eerstelijnspsychologen van de regio."),
        (100, FEEDBACK, "De eerstelijnszone start een groepsaanbod en een wekelijks inloopmoment voor jongeren. We "
                        "blijven de wachttijden opvolgen."),
    ])
