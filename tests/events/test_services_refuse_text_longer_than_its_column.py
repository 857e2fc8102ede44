"""A service refuses a short text (a title, an address, a room) longer than its column holds, also when no form
stopped it first: a clear ValidationError on that field, nothing written (never a database error)."""

import pytest
from django.core.exceptions import ValidationError

from lokaalsignaal.events import services
from lokaalsignaal.events.models import Event
from lokaalsignaal.intake.models import Signal
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("field,length", [("title", 201), ("address", 251), ("room", 121)])
def test_creating_an_event_refuses_a_field_longer_than_its_column(make_event, field, length):
    with pytest.raises(ValidationError) as refused:
        make_event(**{field: "x" * length})

    assert field in refused.value.message_dict
    assert not Event.objects.exists()


def test_changing_an_event_refuses_a_title_longer_than_its_column(make_event, boss):
    event = make_event()

    with pytest.raises(ValidationError) as refused:
        services.update_event(boss, event.pk, {"title": "x" * 201})

    assert "title" in refused.value.message_dict
    event.refresh_from_db()
    assert event.title == "Werksessie wachttijden"


def test_giving_a_signal_refuses_a_title_longer_than_its_column(kortrijk, give):
    giver = member(kortrijk)

    with pytest.raises(ValidationError) as refused:
        give(giver, kortrijk, title="x" * 151)

    assert "title" in refused.value.message_dict
    assert not Signal.objects.exists()


def test_a_text_that_fits_its_column_is_kept(make_event):
    assert make_event(title="x" * 200).title == "x" * 200
