"""Two regions and Flanders: Zuid-West (Kortrijk, Roeselare), Gent's region, and Vlaanderen. Knelpunten are made and
escalated by the municipalities' coordinators through casework.services; the regions act through the same services
and casework.escalation."""

import pytest

from lokaalsignaal.casework import services as casework
from lokaalsignaal.casework.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from tests.factories import MunicipalityFactory, coordinator, escalation_to, member, region, scope_member

GIVER_NAME = "Sofie Gever"
GIVER_EMAIL = "sofie.gever@caw.be"


@pytest.fixture
def kortrijk(municipality, reference_lists):
    return municipality


@pytest.fixture
def roeselare(other_municipality, reference_lists):
    return other_municipality


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
def theme(reference_lists):
    return Theme.objects.filter(active=True).order_by("position").first()


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
def committed(django_capture_on_commit_callbacks):
    """with committed(): ... runs what the code queues after commit (notifications, mail), as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


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
def knelpunt(committed, theme):
    """knelpunt(coordinator, municipality, title, signals=(), to=None, scope=None, stages=()) -> a knelpunt, moved
    to 'opgeschaald' (to the scope) when `scope` is given."""

    def make(by, municipality, title, signals=(), scope=None, themes=None):
        with committed():
            bottleneck = casework.create_bottleneck(by, municipality, {"title": title}, themes=themes or [theme],
                                                    signal_ids=[s.pk for s in signals])
        if scope is not None:
            escalate(by, bottleneck, scope)
        bottleneck.refresh_from_db()
        return bottleneck

    def escalate(by, bottleneck, scope):
        bottleneck.refresh_from_db()
        with committed():
            casework.change_stage(by, bottleneck.pk, Stage.ESCALATED, "We geven dit door aan de regio.",
                                  bottleneck.version, **escalation_to(scope))

    make.escalate = escalate
    return make


def page(response) -> str:
    from html import unescape

    assert response.status_code == 200, response.status_code
    return unescape(response.content.decode())


def text_of(response) -> str:
    import re

    return " ".join(re.sub(r"<[^>]+>", " ", page(response)).split())
