"""The isolation matrix of the partner capability: every new URL against everyone who may not use it.

Each outsider gets a 404 (anonymous: the login page; the partner's own list: an empty list), sees nothing of the
knelpunt or its signals, and a POST changes nothing. An active partner cannot reach the coordinator's pages.
"""

from dataclasses import dataclass
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten.models import Knelpunt, Note
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.models import PartnerAccess
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.tenancy.models import Role
from tests.factories import OrganisationFactory, UserFactory, coordinator, member

from .partner_helpers import ANALYSIS, DESCRIPTION, KNELPUNT, SIGNAL_TITLE, SUMMARY, shared_knelpunt

SECRETS = (KNELPUNT, SUMMARY, SIGNAL_TITLE, DESCRIPTION, ANALYSIS)


@dataclass(frozen=True)
class Url:
    name: str
    method: str = "get"
    tenant: bool = False  # /g/<slug>/knelpunten/<pk>/partners/...
    access: bool = False  # .../<access_id>/...
    listing: bool = False

    def __str__(self):
        return f"{self.method.upper()} {self.name}"

    def url(self, slug, knelpunt, access):
        if self.listing:
            return reverse(self.name)
        args = ([slug] if self.tenant else []) + [knelpunt.pk] + ([access.pk] if self.access else [])
        return reverse(self.name, args=args)


URLS = [
    Url("partner:knelpunten", listing=True),
    Url("partner:knelpunt"),
    Url("partner:add_note", "post"),
    Url("partner:invite", "post", tenant=True),
    Url("partner:withdraw", tenant=True, access=True),
    Url("partner:withdraw", "post", tenant=True, access=True),
    Url("partner:coordinator_note", "post", tenant=True),
]
COORDINATOR_URLS = [u for u in URLS if u.tenant]
DATA = {"analysis": "Een analysenota", "organisation": "", "email": "pieter@welzijnsoverleg.be"}


def _no_invitation(s, kortrijk, roeselare, giver):
    return member(kortrijk, Role.PARTNER, full_name="Partner zonder uitnodiging")


def _withdrawn(s, kortrijk, roeselare, giver):
    partners.withdraw_partner(s.coordinator, s.access.pk)
    return s.partner


def _after_closing(s, kortrijk, roeselare, giver):
    Knelpunt.objects.filter(pk=s.knelpunt.pk).update(stage=Stage.DONE)
    return s.partner


def _after_not_retained(s, kortrijk, roeselare, giver):
    Knelpunt.objects.filter(pk=s.knelpunt.pk).update(stage=Stage.NOT_RETAINED)
    return s.partner


def _invited_on_another_knelpunt(s, kortrijk, roeselare, giver):
    other_person = UserFactory(organisation=OrganisationFactory(name="Andere partner"))
    partners.invite_partner(s.coordinator, s.other.pk, user=other_person)
    return other_person


def _other_coordinator(s, kortrijk, roeselare, giver):
    return coordinator(roeselare, full_name="Coördinator Roeselare")


def _giver(s, kortrijk, roeselare, giver):
    return giver


def _reader(s, kortrijk, roeselare, giver):
    return member(kortrijk, Role.READER, full_name="Lezer Kortrijk")


def _anonymous(s, kortrijk, roeselare, giver):
    return None


OUTSIDERS = {
    "partner without invitation": _no_invitation,
    "partner of a withdrawn invitation": _withdrawn,
    "partner after the knelpunt is afgerond": _after_closing,
    "partner after the knelpunt is niet weerhouden": _after_not_retained,
    "partner invited on another knelpunt": _invited_on_another_knelpunt,
    "coordinator of another municipality": _other_coordinator,
    "giver of the signal": _giver,
    "reader": _reader,
    "anonymous": _anonymous,
}
CASES = [pytest.param(url, outsider, id=f"{outsider} | {url}") for url in URLS for outsider in OUTSIDERS]


@dataclass
class Shared:
    coordinator: object
    knelpunt: object
    other: object
    access: object
    partner: object


@pytest.fixture
def shared(make_signal, make_knelpunt, kortrijk_coordinator):
    s = shared_knelpunt(make_signal, make_knelpunt, kortrijk_coordinator, invite=None)
    access = partners.invite_partner(kortrijk_coordinator, s.knelpunt.pk, user=s.partner)
    other = make_knelpunt("Ander knelpunt")
    return Shared(kortrijk_coordinator, s.knelpunt, other, access, s.partner)


def _snapshot():
    return {
        "signals": list(Signal.objects.order_by("pk").values()),
        "knelpunten": list(Knelpunt.objects.order_by("pk").values()),
        "accesses": list(PartnerAccess.objects.order_by("pk").values()),
        "notes": list(Note.objects.order_by("pk").values()),
        "audit": AuditEvent.objects.count(),
        "mails": OutgoingMail.objects.count(),
    }


@pytest.mark.parametrize(("case_url", "outsider"), CASES)
def test_outsider_gets_nothing_and_changes_nothing(client, login, kortrijk, roeselare, giver, shared, case_url,
                                                   outsider, django_capture_on_commit_callbacks):
    user = OUTSIDERS[outsider](shared, kortrijk, roeselare, giver)
    if user is not None:
        login(user)
    before = _snapshot()

    with django_capture_on_commit_callbacks(execute=True):
        response = getattr(client, case_url.method)(case_url.url(kortrijk.slug, shared.knelpunt, shared.access),
                                                    DATA)

    if user is None:
        assert response.status_code == 302
        assert urlparse(response["Location"]).path == reverse(settings.LOGIN_URL)
    elif case_url.listing:
        assert response.status_code == 200
    else:
        assert response.status_code == 404
    body = response.content.decode()
    for secret in SECRETS:
        assert secret not in body
    assert _snapshot() == before


def _active_partner(shared, kortrijk):
    return shared.partner


def _active_partner_who_is_also_a_giver(shared, kortrijk):
    from tests.factories import MembershipFactory

    MembershipFactory(user=shared.partner, municipality=kortrijk, role=Role.GIVER)
    return shared.partner


@pytest.mark.parametrize("who", [_active_partner, _active_partner_who_is_also_a_giver], ids=lambda f: f.__name__)
@pytest.mark.parametrize("name", ["casework:knelpunt", "casework:inbox", "casework:knelpunten", "casework:signal"])
def test_an_active_partner_cannot_reach_the_coordinators_pages(client, login, kortrijk, make_signal, shared, who,
                                                                name):
    login(who(shared, kortrijk))
    signal = Signal.objects.filter(knelpunt=shared.knelpunt).get()
    args = {"casework:knelpunt": [kortrijk.slug, shared.knelpunt.pk], "casework:signal": [kortrijk.slug, signal.pk]}

    response = client.get(reverse(name, args=args.get(name, [kortrijk.slug])))

    assert response.status_code == 404
    assert SIGNAL_TITLE not in response.content.decode()


@pytest.mark.parametrize("case_url", COORDINATOR_URLS, ids=str)
def test_an_active_partner_cannot_use_the_coordinators_panel(client, login, kortrijk, shared, case_url):
    login(shared.partner)
    before = _snapshot()

    response = getattr(client, case_url.method)(case_url.url(kortrijk.slug, shared.knelpunt, shared.access), DATA)

    assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize("case_url", COORDINATOR_URLS, ids=str)
def test_a_coordinator_cannot_reach_kortrijk_through_their_own_municipality(client, login, roeselare, shared,
                                                                             case_url):
    login(coordinator(roeselare))
    before = _snapshot()

    response = getattr(client, case_url.method)(case_url.url(roeselare.slug, shared.knelpunt, shared.access), DATA)

    assert response.status_code == 404
    assert _snapshot() == before


@pytest.mark.parametrize("case_url", [u for u in URLS if u.method == "get"], ids=str)
def test_the_control_group_does_reach_every_page(client, login, kortrijk, shared, case_url):
    """The same GETs by the invited partner (partner pages) or Kortrijk's coordinator (panel pages) succeed."""
    login(shared.coordinator if case_url.tenant else shared.partner)

    response = client.get(case_url.url(kortrijk.slug, shared.knelpunt, shared.access))

    assert response.status_code == 200
    assert KNELPUNT in response.content.decode()
