"""Defect 11 (second half): a role the platform admin gives from the admin (a membership on a user's page, a region or
Flanders membership, an invitation) or a setting she changes there is never noticed only in the admin's audit table:
the municipality's coordinators get a notification and an e-mail at once, and read it on their audit page
(`/g/<slug>/audit/`), linked from the members page."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.notifications.models import Notification
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role, ScopeMembership
from tests.factories import MunicipalityFactory, UserFactory, coordinator, region, with_totp

ADMIN_NAME = "Paula Platformbeheer"


class _FormValues(HTMLParser):
    """The values a browser would post for the admin's change form (inputs, checked boxes, selected options)."""

    def __init__(self):
        super().__init__()
        self.values, self._select, self._textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file"):
            if attrs.get("type") == "checkbox":
                if "checked" in attrs:
                    self.values[name] = attrs.get("value", "on")
            else:
                self.values[name] = attrs.get("value", "")
        elif tag == "select" and name:
            self._select = name
            self.values.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.values[self._select] = attrs.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data


@pytest.fixture
def platform_admin(db):
    return with_totp(UserFactory(full_name=ADMIN_NAME, email="paula@beheer.be", is_staff=True, is_superuser=True))


def _as(client, user):
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def _add_membership_in_the_admin(client, person, municipality, role=Role.COORDINATOR):
    url = reverse("admin:accounts_user_change", args=[person.pk])
    page = client.get(url)
    assert page.status_code == 200
    parser = _FormValues()
    parser.feed(page.content.decode())
    data = {key: value for key, value in parser.values.items() if "__prefix__" not in key}
    data.update({"memberships-TOTAL_FORMS": "1", "memberships-INITIAL_FORMS": "0",
                 "memberships-0-municipality": str(municipality.pk), "memberships-0-role": role,
                 "memberships-0-status": MembershipStatus.APPROVED, "memberships-0-user": str(person.pk),
                 "memberships-0-id": "", "_save": "Bewaren"})
    response = client.post(url, data)
    assert response.status_code == 302, getattr(response, "context", None) and [
        f.errors for f in response.context["inline_admin_formsets"][0].formset.forms]
    return Membership.objects.get(user=person, municipality=municipality, role=role)


def test_a_membership_added_in_the_admin_reaches_the_coordinators_and_their_audit_page(
        client, kortrijk, boss, platform_admin, django_capture_on_commit_callbacks):
    newcomer = UserFactory(full_name="Nieuwe Coördinator", email="nieuw@elders.be")

    with django_capture_on_commit_callbacks(execute=True):
        _add_membership_in_the_admin(_as(client, platform_admin), newcomer, kortrijk)

    news = Notification.objects.get(user=boss)
    assert (news.kind, news.municipality) == (Notification.Kind.ADMIN_CHANGE, kortrijk)
    mail = OutgoingMail.objects.get(to=boss.email)
    assert "Nieuwe Coördinator" in mail.body_text
    assert reverse("audit:log", args=[kortrijk.slug]) in mail.body_text
    assert not Notification.objects.filter(user=platform_admin).exists()

    _as(client, boss)
    assert reverse("audit:log", args=[kortrijk.slug]) in client.get(
        reverse("accounts:members", args=[kortrijk.slug])).content.decode()
    page = client.get(reverse("audit:log", args=[kortrijk.slug])).content.decode()
    assert "Rol gegeven of gewijzigd door het platformbeheer" in page
    assert ADMIN_NAME in page
    assert "Nieuwe Coördinator" in page
    news.refresh_from_db()
    assert news.read_at is not None  # reading the audit page reads the news


def test_the_notification_leads_to_the_audit_page(client, kortrijk, boss, platform_admin,
                                                 django_capture_on_commit_callbacks):
    newcomer = UserFactory(full_name="Nieuwe Lezer")
    with django_capture_on_commit_callbacks(execute=True):
        _add_membership_in_the_admin(_as(client, platform_admin), newcomer, kortrijk, role=Role.READER)
    news = Notification.objects.get(user=boss)

    _as(client, boss)
    assert "auditlog" in client.get(reverse("notifications:notifications")).content.decode()
    response = client.get(reverse("notifications:open", args=[news.pk]))

    assert response["Location"] == reverse("audit:log", args=[kortrijk.slug])


def test_a_region_role_given_in_the_admin_reaches_the_coordinators_of_its_municipalities(
        client, kortrijk, boss, platform_admin, django_capture_on_commit_callbacks):
    roeselare = MunicipalityFactory(name="Roeselare")
    roeselare_boss = coordinator(roeselare)
    outsider_boss = coordinator(MunicipalityFactory(name="Gent"))
    zuidwest = region(kortrijk, roeselare, name="Zuid-West")
    reader = UserFactory(full_name="Regio Lezer")

    with django_capture_on_commit_callbacks(execute=True):
        response = _as(client, platform_admin).post(reverse("admin:tenancy_scopemembership_add"), {
            "user": reader.pk, "scope": zuidwest.pk, "role": ScopeMembership.ScopeRole.READER})

    assert response.status_code == 302
    told = set(Notification.objects.filter(kind=Notification.Kind.ADMIN_CHANGE).values_list("user_id", flat=True))
    assert told == {boss.pk, roeselare_boss.pk}
    assert outsider_boss.pk not in told
    assert set(AuditEvent.objects.filter(action="scope_membership.admin_change").values_list(
        "municipality_id", flat=True)) == {kortrijk.pk, roeselare.pk}


def test_an_invitation_sent_from_the_admin_reaches_the_coordinators(client, kortrijk, boss, platform_admin,
                                                                    django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = _as(client, platform_admin).post(reverse("admin:accounts_invitation_add"), {
            "email": "paula@beheer.be", "municipality": kortrijk.pk, "role": Role.COORDINATOR})

    assert response.status_code == 302
    assert Notification.objects.filter(user=boss, kind=Notification.Kind.ADMIN_CHANGE).exists()
    assert "paula@beheer.be" in OutgoingMail.objects.get(to=boss.email).body_text
    page = _as(client, boss).get(reverse("audit:log", args=[kortrijk.slug])).content.decode()
    assert "Uitnodiging voor een rol verstuurd" in page
    assert "paula@beheer.be" in page


def test_an_invitation_by_a_coordinator_tells_nobody_else(kortrijk, boss):
    from lokaalsignaal.accounts import services

    colleague = coordinator(kortrijk)
    services.invite(boss, kortrijk, "nieuw@kortrijk.be", Role.READER)

    assert not Notification.objects.filter(user=colleague).exists()


def test_settings_changed_in_the_admin_reach_the_coordinators(client, kortrijk, boss, platform_admin,
                                                              django_capture_on_commit_callbacks):
    url = reverse("admin:tenancy_municipality_change", args=[kortrijk.pk])
    parser = _FormValues()
    parser.feed(_as(client, platform_admin).get(url).content.decode())
    data = {**parser.values, "auto_approve_domains": "gmail.com", "_save": "Bewaren"}

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    assert Notification.objects.filter(user=boss, kind=Notification.Kind.ADMIN_CHANGE).exists()
