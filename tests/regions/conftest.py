"""Two regions and Flanders: Zuid-West (Kortrijk, Roeselare), Gent's region, and Vlaanderen. Knelpunten are made and
escalated by the municipalities' coordinators through casework.knelpunten.services; the regions act through the same
services and casework.regions.services."""

import pytest

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from tests.factories import MunicipalityFactory, coordinator, escalation_to, member, region, scope_member
from tests.html import page  # noqa: F401  (the region tests import page and text_of from here)
from tests.html import words as text_of  # noqa: F401

GIVER_NAME = "Sofie Gever"
GIVER_EMAIL = "sofie.gever@caw.be"


@pytest.fixture
def gent(reference_lists):
    return MunicipalityFactory(name="Gent", refnis="44021")


@pytest.fixture
def zuidwest(kortrijk, roeselare):
    return region(kortrijk, roeselare, name="Eerstelijnszone Zuid-West-Vlaanderen")


@pytest.fixture
def gent_region(gent):
    return region(gent, name="Eerstelijnszone Gent")


@pytest.fixture
def flanders(kortrijk, roeselare, gent):
    return region(kortrijk, roeselare, gent, name="Vlaanderen", kind="flanders")


@pytest.fixture
def region_user(zuidwest):
    return scope_member(zuidwest, full_name="Inge Regio", email="inge@regio.be")


@pytest.fixture
def region_reader(zuidwest):
    return scope_member(zuidwest, role="reader", full_name="Lezer Regio", email="lezer@regio.be")


@pytest.fixture
def gent_region_user(gent_region):
    return scope_member(gent_region, full_name="Gentse Regio", email="regio@gent.be")


@pytest.fixture
def giver(kortrijk):
    return member(kortrijk, full_name=GIVER_NAME, email=GIVER_EMAIL)


@pytest.fixture
def kortrijk_coordinator(kortrijk):
    return coordinator(kortrijk, full_name="Koen Kortrijk", email="koen@kortrijk.be")


@pytest.fixture
def roeselare_coordinator(roeselare):
    return coordinator(roeselare, full_name="Rita Roeselare", email="rita@roeselare.be")


@pytest.fixture
def gent_coordinator(gent):
    return coordinator(gent, full_name="Geert Gent", email="geert@gent.be")


@pytest.fixture
def give(theme, committed):
    """give(giver, municipality, title=..., description=...) -> a signal given through intake.services."""

    def _give(by, municipality, title="Lange wachttijd voor budgetbegeleiding",
              description="Veel gezinnen wachten maanden op budgetbegeleiding.", themes=None):
        data = {"signal_type": SignalType.THRESHOLD, "title": title, "description": description}
        with committed():
            return intake.submit_signal(by, [municipality], data, themes or [theme])[0]

    return _give


@pytest.fixture
def add_knelpunt(committed, theme):
    """knelpunt(coordinator, municipality, title, signals=(), to=None, scope=None, stages=()) -> a knelpunt, moved
    to 'opgeschaald' (to the scope) when `scope` is given."""

    def make(by, municipality, title, signals=(), scope=None, themes=None):
        with committed():
            knelpunt = casework.create_knelpunt(by, municipality, {"title": title}, themes=themes or [theme],
                                                    signal_ids=[s.pk for s in signals])
        if scope is not None:
            escalate(by, knelpunt, scope)
        knelpunt.refresh_from_db()
        return knelpunt

    def escalate(by, knelpunt, scope):
        knelpunt.refresh_from_db()
        with committed():
            casework.change_stage(by, knelpunt.pk, Stage.ESCALATED, "We geven dit door aan de regio.",
                                  knelpunt.version, **escalation_to(scope))

    make.escalate = escalate
    return make


@pytest.fixture
def flemish_team(flanders):
    return scope_member(flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be")


@pytest.fixture
def joiner(kortrijk):
    """Someone of Kortrijk who joins a knelpunt ("ik zie dit ook") in the tests that need one."""
    return member(kortrijk, full_name="Jan Aansluiter", email="jan.aansluiter@ocmw.be")


@pytest.fixture
def flanders_situation(give, add_knelpunt, giver, kortrijk, roeselare, gent, zuidwest, flanders, kortrijk_coordinator,
                       roeselare_coordinator, gent_coordinator, region_user, committed):
    """Zuid-West bundles Kortrijk's (2 signals) and Roeselare's (1 signal) knelpunt and escalates the bundle to
    Flanders; Kortrijk (6 signals) and Gent (1 signal) escalate a knelpunt to Flanders directly."""
    from lokaalsignaal.casework.regions import services as escalation

    rune, greet = (member(roeselare, full_name="Rune Roeselare", email="rune@caw.be"),
                   member(gent, full_name="Greet Gent", email="greet@caw.be"))
    via_region = [
        add_knelpunt(kortrijk_coordinator, kortrijk, "Wachtlijsten budgetbeheer",
                 [give(giver, kortrijk, title=f"Wachtlijst {i}") for i in range(2)], scope=zuidwest),
        add_knelpunt(roeselare_coordinator, roeselare, "Schuldhulp zit vol", [give(rune, roeselare)], scope=zuidwest)]
    regional = escalation.bundle(region_user, zuidwest, [c.pk for c in via_region], "Schuldhulp in de regio")
    with committed():
        casework.change_stage(region_user, regional.pk, Stage.ESCALATED, "Naar Vlaanderen.", regional.version,
                              **escalation_to(flanders))
    direct = [
        add_knelpunt(kortrijk_coordinator, kortrijk, "Energiearmoede",
                 [give(giver, kortrijk, title=f"Energie {i}") for i in range(6)], scope=flanders),
        add_knelpunt(gent_coordinator, gent, "Schuldhulp in Gent", [give(greet, gent)], scope=flanders)]
    return {"regional": regional, "kortrijk_via_region": via_region[0], "roeselare": via_region[1],
            "kortrijk_direct": direct[0], "gent": direct[1]}


def move(actor, knelpunt, committed, to, message, **extra):
    """Move a knelpunt to another stage through the service, running what happens after commit; the knelpunt is
    refreshed before and after. Returns the service's result (the stage change)."""
    knelpunt.refresh_from_db()
    with committed():
        change = casework.change_stage(actor, knelpunt.pk, to, message, knelpunt.version, **extra)
    knelpunt.refresh_from_db()
    return change
