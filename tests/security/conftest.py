"""One world for the security tests: two participating municipalities (Kortrijk, Roeselare) in one region
(Zuid-West) and in Flanders, a third municipality in another region (Gent), and one person of every kind.

The world is built once per test module (`world`), inside a transaction that is rolled back when the module ends;
each test runs in a savepoint inside it (pytest-django's `db`), and `isolated()` wraps one request in a savepoint of
its own, so a request that writes never changes what the next one sees.

Everyone who can read other people's signal texts has two-factor set up (coordinators, readers, partners, region and
Flanders members, the platform admin), so the two-factor middleware lets them through whatever roles it covers.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client, TestCase
from django.utils import timezone

from lokaalsignaal.accounts import saved_filters
from lokaalsignaal.casework.joins import services as joins
from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners import invitations as partner_invitations
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.events import participation
from lokaalsignaal.events import services as events
from lokaalsignaal.events.models import EventKind
from lokaalsignaal.insights import periods, reports
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.models import MembershipStatus, Role
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import (
    InvitationFactory,
    MunicipalityFactory,
    OrganisationFactory,
    UserFactory,
    coordinator,
    escalation_to,
    member,
    region,
    scope_member,
    with_totp,
)

# The kinds of visitor, in the order the matrix reports them.
ANONYMOUS = "anonymous"
PENDING = "pending member"
GIVER = "giver"
COORDINATOR = "coordinator"
PARTNER = "partner"
READER = "reader"
REGION_READER = "region reader"
REGION_COORDINATOR = "region coordinator"
FLANDERS_COORDINATOR = "Flanders coordinator"
ADMIN = "platform admin"
OTHER_COORDINATOR = "other municipality's coordinator"
VISITORS = (ANONYMOUS, PENDING, GIVER, COORDINATOR, PARTNER, READER, REGION_READER, REGION_COORDINATOR,
            FLANDERS_COORDINATOR, ADMIN, OTHER_COORDINATOR)


# Texts that tell exactly where they stand (tests/security/access_table.py: MAY_READ says who may read them).
TEXTS = {
    "signal": "Gezinnen vinden geen opvangplaats voor hun peuters.",  # the giver's, unlinked
    "linked": "Budgetbegeleiding heeft een wachtlijst van vier maanden.",  # the giver's, in `knelpunt`
    "second": "Kinderopvang weigert peuters met een zorgnood.",
    "joined": "Ouderen zonder familie komen hun huis niet meer uit.",
    "escalated": "Schuldhulpverlening neemt geen nieuwe dossiers meer aan.",  # escalated to Zuid-West
    "bundled": "Budgetbeheer via het OCMW zit helemaal vol.",  # below Zuid-West's regional knelpunt
    "to_flanders": "Huurprijzen stijgen sneller dan de leefloonbedragen.",  # below Flanders' knelpunt
    "roeselare": "In Roeselare nemen huisartsen geen nieuwe patiënten aan.",
    "internal_note": "Interne nota: de directeur van het OCMW bellen.",
    "analysis_note": "Analyse van de partner: de wachtlijst verdubbelde sinds vorig jaar.",
}
GIVER_IDENTITY = ("Sofie Gever", "sofie@caw.be")


@dataclass
class World:
    """Everything the URL arguments are made of. Kortrijk's objects are 'own', Roeselare's are another tenant's."""

    kortrijk: object
    roeselare: object
    gent: object
    zuidwest: object  # region scope: Kortrijk + Roeselare
    flanders: object  # Flanders scope: Kortrijk + Roeselare + Gent
    gent_region: object  # a region none of the visitors belongs to
    people: dict = field(default_factory=dict)  # visitor kind -> user (None: anonymous)
    sessions: dict = field(default_factory=dict)  # visitor kind -> session key (logged in once, for the module)
    # Kortrijk
    signal: object = None  # the giver's signal, unread, not linked (the giver may still edit it)
    second_signal: object = None  # another unlinked signal (a cluster of two)
    linked_signal: object = None  # the giver's signal in `knelpunt`
    knelpunt: object = None  # with the partner invited by name
    other_knelpunt: object = None  # a second open knelpunt (move/merge target), visible to givers
    joined_knelpunt: object = None  # the giver joined it ("ik zie dit ook")
    escalated: object = None  # escalated to Zuid-West, not bundled
    bundled: object = None  # escalated to Zuid-West and bundled into `regional`
    regional: object = None  # Zuid-West's regional knelpunt
    to_flanders: object = None  # escalated to Flanders and bundled into `flemish`
    flemish: object = None  # Flanders' knelpunt
    to_flanders_unbundled: object = None  # escalated to Flanders, not bundled
    access: object = None  # the partner's invitation on `knelpunt`
    partner_invitation: object = None  # an invitation by e-mail (no account yet) on `knelpunt`, with its `token`
    pending: object = None  # the pending membership
    membership: object = None  # the giver's (approved) membership
    invitation: object = None  # a coordinator invitation (token) of Kortrijk
    event: object = None  # an invitation-only event with `knelpunt` on the agenda, the giver invited
    agenda_item: object = None
    notification: object = None  # one of the giver's notifications
    saved_filter: object = None  # the coordinator's saved inbox filter
    feed: object = None  # the giver's calendar feed
    # Roeselare
    roeselare_giver: object = None
    roeselare_signal: object = None
    roeselare_knelpunt: object = None  # open, not escalated
    roeselare_access: object = None
    roeselare_partner_invitation: object = None
    roeselare_pending: object = None
    roeselare_membership: object = None  # the Roeselare giver's (approved) membership
    roeselare_event: object = None
    roeselare_item: object = None
    roeselare_notification: object = None
    roeselare_saved_filter: object = None  # the Roeselare coordinator's saved inbox filter
    roeselare_joined: object = None  # a knelpunt of Roeselare the Roeselare giver joined


def two_factor(user):
    """TOTP set up for this user (whether or not the factory already did)."""
    from allauth.mfa.models import Authenticator

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        with_totp(user)
    return user


@contextmanager
def committed():
    """Run what the code queues after commit (notifications, mail), as in production."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        yield


@contextmanager
def isolated():
    """A savepoint around one request: whatever it writes is rolled back afterwards."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


def _signal(giver, municipality, theme, title, description):
    data = {"signal_type": SignalType.THRESHOLD, "title": title, "description": description}
    with committed():
        return intake.submit_signal(giver, [municipality], data, [theme])[0]


def _knelpunt(by, municipality, theme, title, signals=(), scope=None, **fields):
    with committed():
        knelpunt = casework.create_knelpunt(by, municipality, {"title": title, **fields}, themes=[theme],
                                                signal_ids=[s.pk for s in signals])
        if scope is not None:
            casework.change_stage(by, knelpunt.pk, Stage.ESCALATED, "We geven dit door.", knelpunt.version,
                                  **escalation_to(scope))
    knelpunt.refresh_from_db()
    return knelpunt


def _event(by, municipality, title, agenda):
    start = timezone.now() + timedelta(days=10)
    data = {"kind": EventKind.WORK_SESSION, "title": title, "description": "", "starts_at": start,
            "ends_at": start + timedelta(hours=2), "address": "Grote Markt 1", "room": "", "online_url": "",
            "capacity": None, "registration_deadline": None, "open_to_all": False, "reminder_hours": 24}
    with committed():
        return events.create_event(by, municipality, data, [agenda.pk], "")


def build_world() -> World:
    load_lists()
    theme = Theme.objects.filter(active=True).order_by("position").first()
    kortrijk = MunicipalityFactory(name="Kortrijk", refnis="34022", public_page=True)
    roeselare = MunicipalityFactory(name="Roeselare", refnis="36015")
    gent = MunicipalityFactory(name="Gent", refnis="44021")
    w = World(kortrijk=kortrijk, roeselare=roeselare, gent=gent,
              zuidwest=region(kortrijk, roeselare, name="Eerstelijnszone Zuid-West-Vlaanderen"),
              flanders=region(kortrijk, roeselare, gent, name="Vlaanderen", kind="flanders"),
              gent_region=region(gent, name="Eerstelijnszone Gent"))

    boss = coordinator(kortrijk, full_name="Koen Kortrijk", email="koen@kortrijk.be")
    partner_organisation = OrganisationFactory(name="Welzijnsoverleg Zuid", verified=True)
    giver = member(kortrijk, full_name=GIVER_IDENTITY[0], email=GIVER_IDENTITY[1])
    other_boss = coordinator(roeselare, full_name="Rita Roeselare", email="rita@roeselare.be")
    region_boss = scope_member(w.zuidwest, full_name="Inge Regio", email="inge@regio.be")
    flanders_boss = scope_member(w.flanders, full_name="Vera Vlaanderen", email="vera@vlaanderen.be")
    w.people = {
        ANONYMOUS: None,
        # an outsider with an account: his only membership waits, and he claims the organisation invited on
        # `knelpunt` (a claim nobody verified)
        PENDING: member(kortrijk, status=MembershipStatus.PENDING, full_name="Paul Pending", email="paul@elders.be",
                        organisation=partner_organisation),
        GIVER: giver,
        COORDINATOR: boss,
        PARTNER: two_factor(member(kortrijk, Role.PARTNER, full_name="Pieter Partner", email="pieter@partner.be")),
        READER: two_factor(member(kortrijk, Role.READER, full_name="Lies Lezer", email="lies@kortrijk.be")),
        REGION_READER: two_factor(scope_member(w.zuidwest, role="reader", full_name="Rob Regio",
                                               email="rob@regio.be")),
        REGION_COORDINATOR: two_factor(region_boss),
        FLANDERS_COORDINATOR: two_factor(flanders_boss),
        ADMIN: two_factor(UserFactory(full_name="Bea Beheer", email="bea@lokaalsignaal.be", is_staff=True,
                                     is_superuser=True)),
        OTHER_COORDINATOR: other_boss,
    }
    w.pending = w.people[PENDING].memberships.get()
    w.membership = giver.memberships.get()

    # Kortrijk: signals and knelpunten
    w.signal = _signal(giver, kortrijk, theme, "Geen plaats in de kinderopvang", TEXTS["signal"])
    w.linked_signal = _signal(giver, kortrijk, theme, "Maanden wachten op budgetbegeleiding", TEXTS["linked"])
    neighbour = member(kortrijk, full_name="Nina Buur", email="nina@ocmw.be")
    w.second_signal = _signal(neighbour, kortrijk, theme, "Geen plaats in de opvang", TEXTS["second"])
    w.knelpunt = _knelpunt(boss, kortrijk, theme, "Wachttijden budgetbegeleiding", [w.linked_signal],
                           visible_to_givers=True)
    w.other_knelpunt = _knelpunt(boss, kortrijk, theme, "Energiearmoede", visible_to_givers=True)
    w.joined_knelpunt = _knelpunt(boss, kortrijk, theme, "Eenzaamheid bij ouderen",
                                  [_signal(neighbour, kortrijk, theme, "Ouderen vereenzamen", TEXTS["joined"])],
                                  visible_to_givers=True)
    joins.join(giver, w.joined_knelpunt.pk)
    w.escalated = _knelpunt(boss, kortrijk, theme, "Schuldhulp zit vol",
                            [_signal(neighbour, kortrijk, theme, "Schuldhulp", TEXTS["escalated"])],
                            scope=w.zuidwest)
    w.bundled = _knelpunt(boss, kortrijk, theme, "Wachtlijsten budgetbeheer",
                          [_signal(neighbour, kortrijk, theme, "Budgetbeheer", TEXTS["bundled"])], scope=w.zuidwest)
    w.regional = escalation.bundle(region_boss, w.zuidwest, [w.bundled.pk], "Schuldhulp in de regio")
    w.to_flanders = _knelpunt(boss, kortrijk, theme, "Huurprijzen",
                              [_signal(neighbour, kortrijk, theme, "Huur", TEXTS["to_flanders"])], scope=w.flanders)
    w.flemish = escalation.bundle(flanders_boss, w.flanders, [w.to_flanders.pk], "Betaalbaar wonen")
    w.to_flanders_unbundled = _knelpunt(boss, kortrijk, theme, "Mobiliteit", scope=w.flanders)
    with committed():
        w.access = partners.invite_partner(boss, w.knelpunt.pk, user=w.people[PARTNER])
        partners.invite_partner(boss, w.knelpunt.pk, organisation=partner_organisation)
        casework.send_feedback(boss, w.knelpunt.pk, "We bekijken dit met het OCMW.")
        triage.ask_question(boss, w.linked_signal.pk, "Hoeveel gezinnen zie je per maand?")
        casework.add_note(boss, w.knelpunt.pk, TEXTS["internal_note"])
        partners.add_analysis_note(w.people[PARTNER], w.knelpunt.pk, TEXTS["analysis_note"])
        w.partner_invitation = partner_invitations.invite(boss, w.knelpunt.pk, "nieuwe.partner@voorbeeld.be")
    w.invitation = InvitationFactory(municipality=kortrijk, invited_by=boss, email="nieuw@kortrijk.be")
    w.event = _event(boss, kortrijk, "Werksessie wachttijden", w.knelpunt)
    w.agenda_item = w.event.agenda.get()
    with committed():
        events.send_invitations(boss, w.event.pk, events.Audience(user_ids=[giver.pk]))
    w.notification = giver.notifications.order_by("pk").first()
    w.feed = participation.calendar_feed_of(giver)

    # Roeselare: the other tenant's objects
    w.roeselare_giver = member(roeselare, full_name="Rune Roeselare", email="rune@caw.be")
    w.roeselare_pending = member(roeselare, status=MembershipStatus.PENDING, email="wacht@roeselare.be"
                                 ).memberships.get()
    w.roeselare_membership = w.roeselare_giver.memberships.get()
    w.roeselare_signal = _signal(w.roeselare_giver, roeselare, theme, "Geen huisarts meer", TEXTS["roeselare"])
    w.roeselare_knelpunt = _knelpunt(other_boss, roeselare, theme, "Huisartsentekort", [w.roeselare_signal],
                                     visible_to_givers=True)
    w.roeselare_joined = _knelpunt(other_boss, roeselare, theme, "Vervoer", visible_to_givers=True)
    joins.join(w.roeselare_giver, w.roeselare_joined.pk)
    with committed():
        w.roeselare_access = partners.invite_partner(other_boss, w.roeselare_knelpunt.pk,
                                                     user=UserFactory(email="partner@roeselare.be"))
        w.roeselare_partner_invitation = partner_invitations.invite(other_boss, w.roeselare_knelpunt.pk,
                                                                    "nieuwe.partner@roeselare.be")
    w.roeselare_event = _event(other_boss, roeselare, "Overleg huisartsen", w.roeselare_knelpunt)
    w.roeselare_item = w.roeselare_event.agenda.get()
    w.roeselare_notification = w.roeselare_giver.notifications.order_by("pk").first()
    w.saved_filter = saved_filters.save_filter(boss, kortrijk, "Nieuwe signalen", "status=new")
    w.roeselare_saved_filter = saved_filters.save_filter(other_boss, roeselare, "Nieuwe signalen", "status=new")
    # a signalenrapport of Kortrijk quoting the linked signal, with its PDF; one of Roeselare
    year = periods.this_year()
    w.report = reports.create_report(boss, kortrijk, {"title": "Jaarrapport"}, year)
    w.report = reports.update_report(boss, kortrijk, w.report.pk, {"title": "Jaarrapport"}, year, [w.knelpunt.pk],
                                     [w.linked_signal.pk], w.report.version)
    with committed():
        reports.request_pdf(boss, kortrijk, w.report.pk)
    w.roeselare_report = reports.create_report(other_boss, roeselare, {"title": "Rapport Roeselare"}, year)
    for obj in (w.knelpunt, w.other_knelpunt, w.escalated, w.bundled, w.regional, w.to_flanders, w.flemish,
                w.to_flanders_unbundled):
        obj.refresh_from_db()
    assert w.notification is not None and w.roeselare_notification is not None
    w.sessions = {visitor: _session(user) for visitor, user in w.people.items()}
    return w


def _session(user) -> str:
    """The session key of a completed login (two-factor included where set up)."""
    if user is None:
        return ""
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def client_of(world: World, visitor: str) -> Client:
    """A fresh client (no cookies left by an earlier request) logged in as the visitor."""
    client = Client(raise_request_exception=False)
    if world.sessions[visitor]:
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[visitor]
    return client


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The world, built once per module in a transaction rolled back at the end of the module."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built = build_world()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    yield built
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
