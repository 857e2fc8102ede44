"""Fixtures for giving a signal: a giver in Kortrijk, what a giver types, a signal given through the service."""

import pytest
from django.urls import reverse

from lokaalsignaal.intake import services
from lokaalsignaal.intake.models import SignalType


@pytest.fixture
def form_data(kortrijk, theme):
    """form_data(**overrides): what a giver types in the give form (only the required fields by default)."""

    def make(**overrides):
        data = {
            "municipalities": [kortrijk.pk],
            "signal_type": SignalType.THRESHOLD,
            "title": "Lange wachttijd voor budgetbegeleiding",
            "description": "Veel gezinnen wachten maanden op budgetbegeleiding en raken dieper in de schulden.",
            "themes": [theme.pk],
            "may_contact": "on",
            "may_invite": "on",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return make


@pytest.fixture
def give_url(kortrijk):
    return reverse("intake:give", args=[kortrijk.slug])


@pytest.fixture
def give_signal(theme, django_capture_on_commit_callbacks):
    """give_signal(giver, *municipalities, **fields) -> the first signal, given through the one write path."""

    def give(giver, *municipalities, **fields):
        data = {"signal_type": SignalType.THRESHOLD, "title": "Lange wachttijd voor budgetbegeleiding",
                "description": "Veel gezinnen wachten maanden op budgetbegeleiding.", **fields}
        with django_capture_on_commit_callbacks(execute=True):
            return services.submit_signal(giver, municipalities, data, [theme])[0]

    return give
