"""The coordinators' audit page `/g/<slug>/audit/`: who did what in their municipality and when, newest first,
paginated, in plain Dutch, never content; only for the municipality's coordinators (404 otherwise); never a giver's
own acts on a signal (it would pair a hidden-name giver with her signal); a constant number of queries per page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lokaalsignaal.accounts import services as accounts
from lokaalsignaal.audit import services as audit
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.factories import MunicipalityFactory, UserFactory, coordinator, member, with_totp

REFUSAL = "Mevrouw Janssens werkt niet bij ons"


def _page(client, municipality, **params):
    return client.get(reverse("audit:log", args=[municipality.slug]), params)


def _table(response) -> str:
    """The log itself (the filters above it name everyone in the log and every action)."""
    body = response.content.decode()
    return body[body.index('id="auditlog"'):]


def test_the_page_lists_who_did_what_and_when_never_content(client, login, kortrijk, boss):
    worker = member(kortrijk, full_name="Wout Werker", status=MembershipStatus.PENDING)
    accounts.decide_membership(boss, Membership.objects.get(user=worker).pk, approve=False, message=REFUSAL)
    login(boss)

    body = _page(client, kortrijk).content.decode()

    assert "Aanvraag geweigerd" in body
    assert "Koen Coördinator" in body
    assert "Wout Werker" in body  # about whom
    assert "Janssens" not in body


def test_a_givers_own_acts_on_a_signal_are_never_listed(client, login, kortrijk, boss):
    giver = member(kortrijk, full_name="Marie Verborgen")
    intake.submit_signal(giver, [kortrijk], {
        "signal_type": SignalType.THRESHOLD, "title": "Wachtlijst", "hide_name": True,
        "description": "Gezinnen wachten maanden op budgetbegeleiding."}, [Theme.objects.first()])
    login(boss)

    body = _page(client, kortrijk).content.decode()

    assert "Marie Verborgen" not in body
    assert "Signaal gegeven" not in body


@pytest.mark.parametrize("who", ["reader", "giver", "other coordinator", "platform admin"])
def test_only_the_municipalitys_coordinators_open_it(client, login, kortrijk, who):
    person = {
        "reader": lambda: member(kortrijk, Role.READER),
        "giver": lambda: member(kortrijk),
        "other coordinator": lambda: coordinator(MunicipalityFactory(name="Roeselare")),
        "platform admin": lambda: with_totp(UserFactory(is_staff=True, is_superuser=True)),
    }[who]()
    login(person)

    assert _page(client, kortrijk).status_code == 404


def test_newest_first_and_paginated_with_a_constant_number_of_queries(client, login, kortrijk, boss):
    names = []

    def fill(count):
        for _n in range(count):
            person = UserFactory(full_name=f"Lid {len(names):03d}")
            names.append(person.full_name)
            membership = Membership.objects.create(user=person, municipality=kortrijk, role=Role.GIVER)
            audit.record(boss, "membership.approved", membership, role=Role.GIVER, member=person.pk)

    login(boss)
    fill(3)
    _page(client, kortrijk)  # warm up (session, sites)
    with CaptureQueriesContext(connection) as few:
        assert _page(client, kortrijk).status_code == 200
    fill(60)
    with CaptureQueriesContext(connection) as many:
        first = _table(_page(client, kortrijk))

    assert len(many) == len(few)
    assert first.index(names[-1]) < first.index(names[-2])  # newest first
    assert names[0] not in first  # the oldest are on the next page
    assert "Pagina 1 van 2" in first
    assert names[0] in _table(_page(client, kortrijk, pagina="2"))
    assert _page(client, kortrijk, pagina="2").status_code == 200
    assert _page(client, kortrijk, pagina="99999999999999999999").status_code == 200
    assert _page(client, kortrijk, pagina="x").status_code == 200
