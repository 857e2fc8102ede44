"""The audit log can only grow: no update, no delete, through any path of the ORM."""

import pytest

from lokaalsignaal.audit import services as audit
from lokaalsignaal.audit.models import AppendOnlyError, AuditEvent
from tests.factories import coordinator


@pytest.fixture
def event(municipality):
    return audit.record(coordinator(municipality), "membership.approved", municipality=municipality, role="giver")


def test_saving_an_existing_event_again_is_refused(event):
    event.action = "membership.refused"

    with pytest.raises(AppendOnlyError):
        event.save()

    assert AuditEvent.objects.get(pk=event.pk).action == "membership.approved"


def test_deleting_an_event_is_refused(event):
    with pytest.raises(AppendOnlyError):
        event.delete()

    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_bulk_update_is_refused(event):
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.filter(pk=event.pk).update(action="iets anders")

    assert AuditEvent.objects.get(pk=event.pk).action == "membership.approved"


def test_bulk_delete_is_refused(event):
    with pytest.raises(AppendOnlyError):
        AuditEvent.objects.all().delete()

    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_recording_adds_a_row_with_actor_municipality_and_object(municipality):
    actor = coordinator(municipality)

    event = audit.record(actor, "municipality.settings_changed", municipality, municipality=municipality,
                         fields=["response_days"])

    assert (event.actor, event.municipality, event.object_type, event.object_id) == (
        actor, municipality, "tenancy.municipality", str(municipality.pk))
    assert event.payload == {"fields": ["response_days"]}
