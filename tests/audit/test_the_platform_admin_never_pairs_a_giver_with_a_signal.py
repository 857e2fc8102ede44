"""Defect 11 (first half): the platform admin (Django admin at /beheer/) never sees who gave which signal, and never a
second factor's secret. Not in the audit list or an audit row, not in the outbox (subject, body), not in the admin's
page titles, and not by filtering through the URL (`?actor=…`, `?subject__contains=…`, `?data__contains=…`)."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.reference.models import Theme
from tests.factories import UserFactory, coordinator, member, with_totp

GIVER = "Marie Verborgen"
GIVER_EMAIL = "marie.verborgen@caw.be"
SECRET = "JBSWY3DPEHPK3PXPGEHEIMGEHEIM2345"


@pytest.fixture
def given(municipality, reference_lists):
    """A hidden-name giver's signal (audited, receipt mailed) that a coordinator then marked as received."""
    from lokaalsignaal.intake import triage

    giver = member(municipality, full_name=GIVER, email=GIVER_EMAIL)
    signal = intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": "Wachtlijst budgetbegeleiding", "hide_name": True,
        "description": "Gezinnen wachten maanden op budgetbegeleiding."}, [Theme.objects.first()])[0]
    triage.mark_read(coordinator(municipality, full_name="Koen Coördinator"), [signal.pk])
    return signal


@pytest.fixture
def platform_admin(db, client, login):
    login(with_totp(UserFactory(full_name="Platformbeheer", is_staff=True, is_superuser=True)))
    return client


def _body(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_the_audit_list_and_rows_never_show_the_giver_next_to_the_signal(platform_admin, given):
    submitted = AuditEvent.objects.get(action="signal.submitted")
    assert submitted.actor.full_name == GIVER  # the log keeps it (append-only); the admin does not show it

    listing = _body(platform_admin.get(reverse("admin:audit_auditevent_changelist")))
    row = _body(platform_admin.get(reverse("admin:audit_auditevent_change", args=[submitted.pk])))

    for page in (listing, row):
        assert GIVER not in page
        assert GIVER_EMAIL not in page
    assert given.reference not in row
    assert "intake.signal" not in row  # nor which signal
    assert "Signaal gegeven" in listing  # what happened and when stays visible


def test_the_audit_list_cannot_be_filtered_by_actor_or_object(platform_admin, given):
    giver = given.giver
    url = reverse("admin:audit_auditevent_changelist")

    for lookup in ({"actor__id__exact": giver.pk}, {"actor": giver.pk}, {"object_id": given.pk},
                   {"payload__reference": given.reference}, {"actor__full_name__contains": "Marie"}):
        assert platform_admin.get(url, lookup).status_code == 400, lookup
    assert platform_admin.get(url, {"action__exact": "signal.submitted"}).status_code == 200


def test_the_outbox_shows_neither_subject_nor_body_but_failures_stay_retryable(platform_admin, given, settings):
    receipt = OutgoingMail.objects.get(to=GIVER_EMAIL)
    assert given.reference in receipt.subject  # what the admin used to see next to the giver's address
    receipt.status, receipt.last_error = OutgoingMail.Status.FAILED, "SMTPServerDisconnected: weg"
    receipt.save()

    listing = _body(platform_admin.get(reverse("admin:mail_outgoingmail_changelist")))
    page = _body(platform_admin.get(reverse("admin:mail_outgoingmail_change", args=[receipt.pk])))

    for shown in (listing, page):
        assert given.reference not in shown
        assert "goed ontvangen" not in shown
        assert "Gezinnen wachten" not in shown
    assert "SMTPServerDisconnected" in listing  # the failure is visible
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    platform_admin.post(reverse("admin:mail_outgoingmail_changelist"),
                      {"action": "retry_now", "_selected_action": [receipt.pk]})
    receipt.refresh_from_db()
    assert receipt.status == OutgoingMail.Status.SENT  # and retryable


def test_the_outbox_cannot_be_searched_or_filtered_by_subject_or_body(platform_admin, given):
    url = reverse("admin:mail_outgoingmail_changelist")

    assert platform_admin.get(url, {"subject__contains": given.reference}).status_code == 400
    assert platform_admin.get(url, {"body_text__contains": "Gezinnen"}).status_code == 400
    assert GIVER_EMAIL not in _body(platform_admin.get(url, {"q": given.reference}))


@pytest.fixture
def second_factor(municipality):
    user = coordinator(municipality, full_name="Carla Coördinator")
    Authenticator.objects.filter(user=user).delete()
    return TOTP.activate(user, SECRET).instance


def test_no_second_factor_secret_is_shown_or_editable(platform_admin, second_factor):
    listing = _body(platform_admin.get(reverse("admin:mfa_authenticator_changelist")))
    page = _body(platform_admin.get(reverse("admin:mfa_authenticator_change", args=[second_factor.pk])))

    for shown in (listing, page):
        assert SECRET not in shown
        assert "secret" not in shown
    assert 'name="data"' not in page
    response = platform_admin.post(reverse("admin:mfa_authenticator_change", args=[second_factor.pk]),
                                 {"user": second_factor.user_id, "type": "totp", "data": '{"secret": "AAAA"}'})
    assert response.status_code == 403
    second_factor.refresh_from_db()
    assert second_factor.data == {"secret": SECRET}


def test_the_secret_cannot_be_guessed_through_a_filter(platform_admin, second_factor):
    url = reverse("admin:mfa_authenticator_changelist")

    assert platform_admin.get(url, {"data__contains": "JBSW"}).status_code == 400
    assert platform_admin.get(url, {"user__password__startswith": "argon2"}).status_code == 400


def test_a_second_factor_can_be_deleted_for_lockout_recovery_and_it_is_audited(platform_admin, second_factor):
    response = platform_admin.post(reverse("admin:mfa_authenticator_delete", args=[second_factor.pk]), {"post": "yes"})

    assert response.status_code == 302
    assert not Authenticator.objects.filter(pk=second_factor.pk).exists()
    event = AuditEvent.objects.get(action="mfa.admin_removed")
    assert event.payload == {"kind": "totp", "member": second_factor.user_id}
