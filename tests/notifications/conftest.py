"""Fixtures for notifications: a giver in Kortrijk with signals, a coordinator who works on them through the
services."""

import pytest

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalType
from tests.factories import coordinator, escalation_to, member, region
from tests.html import page, words  # noqa: F401  (page: imported from here by the tests)

GIVER_NAME = "Sofie Gever"
OTHER_GIVER_NAME = "Jonas Anderegever"
COORDINATOR_NAME = "Coördinator Karel"
SIGNAL_TITLE = "Lange wachttijd voor budgetbegeleiding"
SIGNAL_TEXT = "Veel gezinnen wachten maanden op budgetbegeleiding en raken dieper in de schulden."


@pytest.fixture
def giver(kortrijk):
    return member(kortrijk, full_name=GIVER_NAME, email="sofie.gever@caw.be")


@pytest.fixture
def other_giver(kortrijk):
    return member(kortrijk, full_name=OTHER_GIVER_NAME, email="jonas@ocmw.be")


@pytest.fixture
def kortrijk_coordinator(kortrijk):
    return coordinator(kortrijk, full_name=COORDINATOR_NAME, email="karel@kortrijk.be")


@pytest.fixture
def give(giver, kortrijk, theme, committed):
    """give(by=giver, **fields) -> a signal, given through the one write path."""

    def _give(by=None, **fields):
        data = {"signal_type": SignalType.THRESHOLD, "title": SIGNAL_TITLE, "description": SIGNAL_TEXT, **fields}
        with committed():
            return intake.submit_signal(by or giver, [kortrijk], data, [theme])[0]

    return _give


class Coordinator:
    """What the coordinator does, through casework.knelpunten.services and intake.triage, with everything that follows
    a commit."""

    def __init__(self, user, municipality, committed):
        self.user, self.municipality, self.committed = user, municipality, committed

    def knelpunt(self, *signals, title="Wachtlijsten in de schuldhulp"):
        with self.committed():
            return casework.create_knelpunt(self.user, self.municipality, {"title": title},
                                              signal_ids=[s.pk for s in signals])

    def stage(self, knelpunt, to, message, remark=""):
        knelpunt.refresh_from_db()
        where = escalation_to(region(self.municipality)) if to == Stage.ESCALATED else {}
        with self.committed():
            return casework.change_stage(self.user, knelpunt.pk, to, message, expected_version=knelpunt.version,
                                         remark=remark, **where)

    def feedback(self, knelpunt, message):
        with self.committed():
            return casework.send_feedback(self.user, knelpunt.pk, message)

    def link(self, signal, knelpunt):
        with self.committed():
            return casework.link(self.user, [signal.pk], knelpunt.pk)

    def ask(self, signal, question):
        with self.committed():
            return triage.ask_question(self.user, signal.pk, question)

    def not_retain(self, signal, explanation):
        with self.committed():
            return casework.not_retain(self.user, [signal.pk], explanation)

    def receive(self, signal):
        with self.committed():
            return triage.mark_read(self.user, [signal.pk])


@pytest.fixture
def municipality_staff(kortrijk_coordinator, kortrijk, committed):
    return Coordinator(kortrijk_coordinator, kortrijk, committed)


def text_of(response) -> str:
    """What a reader sees: the page without tags, whitespace collapsed, no space before a colon or inside brackets."""
    return words(response).replace(" :", ":").replace("( ", "(").replace(" )", ")")
