"""A person removes her account herself (or the platform admin does): her signals, what she wrote and her joins stay
without her name; her memberships end; her sessions, second factors and open invitations go; she gets a
confirmation e-mail; a knelpunt she was trekker of has no trekker and its other coordinators hear it. Read back from
the database, as after the request."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse

from lokaalsignaal.accounts import leaving
from lokaalsignaal.accounts.models import Invitation, User
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten.models import Join
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import Signal, SignalEvent
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.tenancy.models import Membership, MembershipStatus
from tests.factories import PASSWORD, InvitationFactory, UserFactory, coordinator, with_totp
from tests.html import page, words

pytestmark = pytest.mark.django_db

URL = reverse("account_remove")


@pytest.fixture
def her_world(giver, kortrijk, kortrijk_coordinator, make_signal, make_knelpunt, committed):
    """The giver's signal with her comment, her join on another knelpunt, an invitation she received."""
    with committed():
        signal = make_signal()
        intake.add_comment(giver, signal.pk, "Nog een aanvulling van mij.")
        other = make_knelpunt("Ouderen vereenzamen", visible_to_givers=True)
        joins.join(giver, other.pk, "Ik zie dit ook bij mijn cliënten.")
    InvitationFactory(email=giver.email, municipality=kortrijk, invited_by=kortrijk_coordinator)
    return signal, other


def remove_herself(client, user, password=PASSWORD):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client.post(URL, {"password": password})


def test_the_page_says_what_happens_and_asks_her_password(client, login, giver):
    login(giver)

    body = words(client.get(URL))

    assert "Je signalen blijven bewaard, zonder je naam" in body
    assert "Je kan dit niet ongedaan maken" in body
    assert 'type="password"' in page(client.get(URL))
    assert User.objects.get(pk=giver.pk).is_active  # a GET writes nothing


def test_a_wrong_password_removes_nothing(client, giver, her_world):
    response = remove_herself(client, giver, password="niet-mijn-wachtwoord")

    assert "Dit wachtwoord klopt niet" in page(response)
    giver.refresh_from_db()
    assert giver.is_active and giver.email == "sofie.gever@caw.be"
    assert Signal.objects.get(pk=her_world[0].pk).giver == giver


def test_her_signals_and_words_stay_without_her_name(client, giver, her_world, committed):
    signal, joined = her_world
    other_device = Client()
    other_device.force_login(giver, backend="django.contrib.auth.backends.ModelBackend")
    mails_before = set(OutgoingMail.objects.values_list("pk", flat=True))

    with committed():
        response = remove_herself(client, giver)

    assert "Je account is verwijderd" in page(response)
    signal.refresh_from_db()
    assert signal.giver is None and signal.title == "Lange wachttijd voor budgetbegeleiding"
    comment = signal.events.get(kind=SignalEvent.Kind.COMMENT)
    assert (comment.body, comment.actor) == ("Nog een aanvulling van mij.", None)
    join = Join.objects.get(knelpunt=joined)
    assert (join.user, join.context) == (None, "Ik zie dit ook bij mijn cliënten.")
    joined.refresh_from_db()
    assert joined.join_count == 1
    # the account: scrubbed, nothing to log in with
    person = User.objects.get(pk=giver.pk)
    assert (person.email, person.full_name, person.function, person.organisation) == (
        f"verwijderd-{giver.pk}@invalid", "Verwijderde gebruiker", "", None)
    assert not person.is_active and not person.has_usable_password()
    assert not EmailAddress.objects.filter(user=person).exists()
    assert set(Membership.objects.filter(user=person).values_list("status", flat=True)) == {MembershipStatus.ENDED}
    assert not Invitation.objects.filter(email__iexact="sofie.gever@caw.be").exists()
    assert not Notification.objects.filter(user=person).exists()
    assert not [s for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(person.pk)]
    assert other_device.get(reverse("pages:home")).status_code == 302  # logged out everywhere
    assert not client.login(email="sofie.gever@caw.be", password=PASSWORD)
    # told, and audited without content
    (mail,) = OutgoingMail.objects.exclude(pk__in=mails_before)
    assert mail.to == "sofie.gever@caw.be" and "verwijderd" in mail.subject
    (event,) = AuditEvent.objects.filter(action="account.removed")
    assert (event.actor_id, event.object_id, event.payload) == (giver.pk, str(giver.pk), {"by_admin": False})


def test_a_trekker_who_leaves_leaves_her_knelpunten_without_trekker_and_her_colleagues_hear_it(
        client, kortrijk, kortrijk_coordinator, make_knelpunt, committed):
    leaving_one = coordinator(kortrijk, full_name="Vertrekkende Trekker", email="trekker@kortrijk.be")
    colleague = coordinator(kortrijk, full_name="Collega", email="collega@kortrijk.be")
    knelpunt = make_knelpunt(by=leaving_one, owner=leaving_one)
    version = knelpunt.version
    Authenticator.objects.get(user=leaving_one)  # she had two-factor
    client.force_login(leaving_one, backend="django.contrib.auth.backends.ModelBackend")

    assert "enige coördinator" not in words(client.get(URL))  # a colleague stays
    with committed():
        remove_herself(client, leaving_one)

    knelpunt.refresh_from_db()
    assert knelpunt.owner is None and knelpunt.version == version + 1
    assert not Authenticator.objects.filter(user=leaving_one).exists()
    news = Notification.objects.filter(kind=Notification.Kind.TREKKER_LEFT)
    assert {(n.user, n.knelpunt) for n in news} == {(colleague, knelpunt), (kortrijk_coordinator, knelpunt)}
    assert AuditEvent.objects.filter(action="knelpunt.trekker_left", object_id=str(knelpunt.pk),
                                     municipality=kortrijk).exists()


def test_the_last_coordinator_is_warned_but_may_leave(client, login, kortrijk):
    alone = coordinator(kortrijk, email="enige@kortrijk.be")
    login(alone)

    assert "je bent de enige coördinator van Kortrijk" in words(client.get(URL))
    assert "Je account is verwijderd" in page(remove_herself(client, alone))


def test_the_platform_admin_removes_an_account_in_the_admin(client, giver, her_world, committed):
    admin = with_totp(UserFactory(email="beheer@lokaalsignaal.be", is_staff=True, is_superuser=True))
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")

    with committed():
        response = client.post(reverse("admin:accounts_user_changelist"),
                               {"action": "remove_accounts", "_selected_action": [giver.pk, admin.pk]})

    assert response.status_code == 302
    giver.refresh_from_db()
    assert not giver.is_active and Signal.objects.get(pk=her_world[0].pk).giver is None
    admin.refresh_from_db()
    assert admin.is_active  # not herself
    assert AuditEvent.objects.get(action="account.removed").payload == {"by_admin": True}
    assert OutgoingMail.objects.filter(to="sofie.gever@caw.be", subject__contains="verwijderd").exists()


def test_the_admin_offers_no_outright_delete_of_an_account(client, giver):
    """Deleting the row would skip what removal does (audit, her logins and invitations, the people waiting on her)."""
    admin = with_totp(UserFactory(email="beheer@lokaalsignaal.be", is_staff=True, is_superuser=True))
    client.force_login(admin, backend="django.contrib.auth.backends.ModelBackend")

    changelist = client.get(reverse("admin:accounts_user_changelist")).content.decode()
    assert 'value="remove_accounts"' in changelist and 'value="delete_selected"' not in changelist
    assert client.get(reverse("admin:accounts_user_delete", args=[giver.pk])).status_code == 403
    client.post(reverse("admin:accounts_user_changelist"), {"action": "delete_selected", "post": "yes",
                                                            "_selected_action": [giver.pk]})
    client.post(reverse("admin:accounts_user_delete", args=[giver.pk]), {"post": "yes"})
    giver.refresh_from_db()
    assert giver.is_active


def test_a_platform_admin_does_not_remove_herself_and_nobody_else_removes_another(giver, kortrijk_coordinator):
    admin = UserFactory(email="beheer@lokaalsignaal.be", is_staff=True, is_superuser=True)

    with pytest.raises(leaving.ValidationError):
        leaving.remove_account(admin, admin.pk)
    with pytest.raises(leaving.PermissionDenied):
        leaving.remove_account(kortrijk_coordinator, giver.pk)
    assert User.objects.get(pk=admin.pk).is_active and User.objects.get(pk=giver.pk).is_active


def test_the_last_coordinator_warning_costs_the_same_queries_however_many_municipalities(db):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from lokaalsignaal.tenancy.models import Role
    from tests.factories import MembershipFactory, MunicipalityFactory

    first = MunicipalityFactory(name="Eerste stad")
    alone = coordinator(first, email="overal@voorbeeld.be")
    with CaptureQueriesContext(connection) as one:
        assert leaving.last_coordinator_of(alone) == ["Eerste stad"]
    covered = MunicipalityFactory(name="Stad met collega")
    for town in (MunicipalityFactory(name="Derde stad"), covered, MunicipalityFactory(name="Vierde stad")):
        MembershipFactory(user=alone, municipality=town, role=Role.COORDINATOR, status=MembershipStatus.APPROVED)
    coordinator(covered, email="collega@voorbeeld.be")

    with CaptureQueriesContext(connection) as four:
        assert leaving.last_coordinator_of(alone) == ["Derde stad", "Eerste stad", "Vierde stad"]
    assert len(four) == len(one)


def test_guessing_her_password_on_the_removal_page_stops_after_a_few_tries(client, giver, settings):
    from lokaalsignaal import ratelimit

    settings.LOKAALSIGNAAL_RATE_LIMITS = {"accounts.remove": "2/h"}
    ratelimit.the_cache().clear()
    remove_herself(client, giver, password="gok-1")
    remove_herself(client, giver, password="gok-2")

    response = remove_herself(client, giver)  # the right one, too late

    assert response.status_code == 429 and "Te veel pogingen" in response.content.decode()
    giver.refresh_from_db()
    assert giver.is_active
