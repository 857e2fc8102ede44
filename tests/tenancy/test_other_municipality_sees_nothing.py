"""The isolation matrix: every page with tenant data, against everyone who may not see it.

Adding a tenant URL is one line in TENANT_URLS. Each case checks that the outsider gets a 404 (or, when
anonymous, the login page), that the response carries none of the member's data, and that a POST changed nothing.
"""

from dataclasses import dataclass
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import reverse

from lokaalsignaal.accounts.models import Invitation
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role
from tests.factories import coordinator, member

SECRET_NAME = "Geheime Aanvrager"
SECRET_EMAIL = "geheime.aanvrager@kortrijk-zorg.be"


@dataclass(frozen=True)
class TenantUrl:
    name: str
    method: str = "get"
    coordinator_only: bool = True
    with_membership: bool = False
    data: tuple = ()
    query: str = ""

    def __str__(self):
        return f"{self.method.upper()} {self.name}{self.query}"

    def url(self, slug, membership_id):
        if self.name == "pages:switch":
            return reverse(self.name) + self.query.format(slug=slug)
        args = [slug, membership_id] if self.with_membership else [slug]
        return reverse(self.name, args=args) + self.query


TENANT_URLS = [
    TenantUrl("accounts:members"),
    TenantUrl("accounts:members", query="?status=pending"),
    TenantUrl("accounts:decide", "post", with_membership=True, data=(("decision", "approve"), ("message", ""))),
    TenantUrl("accounts:decide", "post", with_membership=True,
              data=(("decision", "refuse"), ("message", "Geweigerd door een buitenstaander"))),
    TenantUrl("accounts:end", "post", with_membership=True),
    TenantUrl("accounts:settings"),
    TenantUrl("accounts:settings", "post", data=(("auto_approve_domains", "gekaapt.be"), ("response_days", "99"),
                                                 ("intro_text", "Overgenomen"), ("public_page", "on"))),
    TenantUrl("accounts:invite"),
    TenantUrl("accounts:invite", "post", data=(("email", "indringer@elders.be"), ("role", Role.COORDINATOR))),
    TenantUrl("pages:municipality", coordinator_only=False),
    TenantUrl("pages:switch", coordinator_only=False, query="?gemeente={slug}"),
]


def _other_coordinator(kortrijk, roeselare):
    return coordinator(roeselare, full_name="Coördinator Roeselare")


def _pending_coordinator(kortrijk, roeselare):
    return member(kortrijk, Role.COORDINATOR, MembershipStatus.PENDING, full_name="Kandidaat Coördinator")


def _refused_coordinator(kortrijk, roeselare):
    return member(kortrijk, Role.COORDINATOR, MembershipStatus.REFUSED, full_name="Geweigerde Coördinator")


def _ended_coordinator(kortrijk, roeselare):
    return member(kortrijk, Role.COORDINATOR, MembershipStatus.ENDED, full_name="Gewezen Coördinator")


def _giver_here(kortrijk, roeselare):
    return member(kortrijk, Role.GIVER, full_name="Gever Kortrijk")


def _reader_here(kortrijk, roeselare):
    return member(kortrijk, Role.READER, full_name="Lezer Kortrijk")


def _anonymous(kortrijk, roeselare):
    return None


OUTSIDERS = {
    "coordinator of another municipality": (_other_coordinator, False),
    "pending coordinator": (_pending_coordinator, False),
    "refused coordinator": (_refused_coordinator, False),
    "ended coordinator": (_ended_coordinator, False),
    "giver of the same municipality": (_giver_here, True),
    "reader of the same municipality": (_reader_here, True),
    "anonymous": (_anonymous, False),
}

CASES = [
    pytest.param(url, outsider, id=f"{outsider} | {url}")
    for url in TENANT_URLS
    for outsider, (_make, only_blocked_from_coordinator_pages) in OUTSIDERS.items()
    if url.coordinator_only or not only_blocked_from_coordinator_pages
]


@pytest.fixture
def kortrijk(municipality):
    municipality.auto_approve_domains = "kortrijk.be"
    municipality.response_days = 14
    municipality.intro_text = "Welkom in Kortrijk"
    municipality.save()
    coordinator(municipality, full_name="Coördinator Kortrijk")
    return municipality


@pytest.fixture
def target(kortrijk):
    """A pending request in Kortrijk: the data nobody outside Kortrijk's coordinators may see or touch."""
    user = member(kortrijk, status=MembershipStatus.PENDING, full_name=SECRET_NAME, email=SECRET_EMAIL)
    return Membership.objects.get(user=user)


def _snapshot(municipality, target):
    municipality = Municipality.objects.get(pk=municipality.pk)
    target = Membership.objects.get(pk=target.pk)
    return {
        "settings": (municipality.auto_approve_domains, municipality.response_days, municipality.intro_text,
                     municipality.public_page),
        "target": (target.status, target.decided_by_id, target.message),
        "memberships": Membership.objects.count(),
        "invitations": Invitation.objects.count(),
        "mails": OutgoingMail.objects.count(),
        "audit": AuditEvent.objects.count(),
    }


@pytest.mark.parametrize(("tenant_url", "outsider"), CASES)
def test_outsider_gets_nothing_and_changes_nothing(client, login, kortrijk, other_municipality, target,
                                                   tenant_url, outsider, django_capture_on_commit_callbacks):
    make, _ = OUTSIDERS[outsider]
    user = make(kortrijk, other_municipality)
    if user is not None:
        login(user)
    before = _snapshot(kortrijk, target)

    with django_capture_on_commit_callbacks(execute=True):
        response = getattr(client, tenant_url.method)(tenant_url.url(kortrijk.slug, target.pk),
                                                      dict(tenant_url.data))

    if user is None:
        assert response.status_code == 302
        assert urlparse(response["Location"]).path == reverse(settings.LOGIN_URL)
    else:
        assert response.status_code == 404
    body = response.content.decode()
    assert SECRET_EMAIL not in body
    assert SECRET_NAME not in body
    assert "Welkom in Kortrijk" not in body
    assert _snapshot(kortrijk, target) == before


@pytest.mark.parametrize("name", ["accounts:decide", "accounts:end"])
def test_coordinator_cannot_reach_a_membership_of_another_municipality_through_their_own(
        client, login, kortrijk, other_municipality, target, name):
    login(coordinator(other_municipality))
    before = _snapshot(kortrijk, target)

    response = client.post(reverse(name, args=[other_municipality.slug, target.pk]),
                           {"decision": "approve", "message": ""})

    assert response.status_code == 404
    assert _snapshot(kortrijk, target) == before


@pytest.mark.parametrize("tenant_url", [u for u in TENANT_URLS if u.method == "get"], ids=str)
def test_coordinator_of_the_municipality_does_see_the_page(client, login, kortrijk, target, tenant_url):
    """The control group: the same requests by Kortrijk's own coordinator succeed (so the 404s above mean something)."""
    login(coordinator(kortrijk))

    response = client.get(tenant_url.url(kortrijk.slug, target.pk), follow=True)

    assert response.status_code == 200
    if tenant_url.name == "accounts:members":
        assert SECRET_EMAIL in response.content.decode()


def test_coordinator_of_the_municipality_can_decide_through_the_same_url(client, login, kortrijk, target):
    login(coordinator(kortrijk))

    response = client.post(reverse("accounts:decide", args=[kortrijk.slug, target.pk]), {"decision": "approve"})

    assert response.status_code == 302
    target.refresh_from_db()
    assert target.status == MembershipStatus.APPROVED


def test_coordinator_loses_access_when_the_municipality_stops_participating(client, login, kortrijk, target):
    user = coordinator(kortrijk)
    Municipality.objects.filter(pk=kortrijk.pk).update(participating=False)
    login(user)

    response = client.get(reverse("accounts:members", args=[kortrijk.slug]))

    assert response.status_code == 404
    assert SECRET_EMAIL not in response.content.decode()
