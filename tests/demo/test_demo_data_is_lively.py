"""`make run` shows a lively Kortrijk: a year of signals from a dozen givers, knelpunten in every stage, each
stage change with a message to the givers, every role at work (events past and upcoming with invitations and answers,
the demo partner invited on a knelpunt with a message), no identifiers in any text, and seeding twice adds nothing."""

from html import unescape
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal import privacy
from lokaalsignaal.accounts.models import User
from lokaalsignaal.casework.knelpunten.models import Knelpunt, Note, StageChange
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.partners.models import PartnerAccess
from lokaalsignaal.demo.work import PARTNER_MESSAGE
from lokaalsignaal.events.models import AgendaItem, Event, Invitation, Response
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.tenancy.models import Municipality

pytestmark = pytest.mark.django_db


def test_demo_data_is_lively(settings, municipality, other_municipality, reference_lists, client, login):
    """One seeding (it takes a few seconds), every expectation on it."""
    settings.DEMO_MODE = True
    call_command("seed_demo", stdout=StringIO())
    a_year_of_signals_from_a_dozen_givers()
    the_demo_giver_has_rich_stories()
    knelpunten_in_every_stage_with_a_message_for_every_change()
    events_past_and_upcoming_with_invitations_and_answers(client, login)
    the_demo_partner_is_invited_on_a_knelpunt_with_a_message(client, login)
    no_identifier_in_any_text()
    seeding_twice_adds_nothing()


def a_year_of_signals_from_a_dozen_givers():
    kortrijk = Municipality.objects.get(name="Kortrijk")
    signals = Signal.objects.filter(municipality=kortrijk)
    assert 130 <= signals.count() <= 170
    assert signals.values("giver").distinct().count() >= 12
    assert all(email.endswith("@demo.lokaalsignaal.be") for email in signals.values_list("giver__email", flat=True))
    days = {s.date() for s in signals.values_list("submitted_at", flat=True)}
    first, last = min(signals.values_list("submitted_at", flat=True)), max(signals.values_list("submitted_at",
                                                                                              flat=True))
    assert (last - first).days > 300 and len(days) > 90
    # references follow the year in which the signal was given
    assert all(s.reference.startswith(f"KORTRIJK-{s.year}-") for s in signals)
    assert all(timezone_year(s.submitted_at) == s.year for s in signals)
    # an inbox with every situation
    for status in SignalStatus.values:
        assert signals.filter(status=status).exists(), status
    assert signals.filter(knelpunt__isnull=False).count() > 80
    assert signals.filter(knelpunt__isnull=True, status=SignalStatus.SUBMITTED).exists()
    assert signals.filter(has_open_question=True).exists()
    assert signals.filter(needs_attention=True).exists()


def timezone_year(moment):
    from django.utils import timezone

    return timezone.localtime(moment).year


def the_demo_giver_has_rich_stories():
    mine = Signal.objects.filter(giver__email="signaalgever@demo.lokaalsignaal.be")
    assert mine.count() >= 8
    kinds = set(SignalEvent.objects.filter(signal__in=mine).values_list("kind", flat=True))
    assert {"submitted", "received", "question", "answer", "linked", "feedback", "not_retained"} <= kinds
    stages = set(mine.exclude(knelpunt=None).values_list("knelpunt__stage", flat=True))
    assert {Stage.DONE, Stage.EXECUTION, Stage.ESCALATED} <= stages


def knelpunten_in_every_stage_with_a_message_for_every_change():
    knelpunten = Knelpunt.objects.filter(municipality__name="Kortrijk")
    assert knelpunten.count() >= 15
    assert set(knelpunten.values_list("stage", flat=True)) == set(Stage.values)
    changes = StageChange.objects.filter(knelpunt__in=knelpunten)
    assert changes.count() >= 35
    assert all(len(message.strip()) > 20 for message in changes.values_list("message", flat=True))
    reopened = changes.filter(from_stage__in=[Stage.DONE, Stage.NOT_RETAINED], to_stage=Stage.ANALYSIS)
    assert reopened.count() >= 2
    # the history is spread over the year, in order, and every knelpunt's count is right
    for knelpunt in knelpunten:
        times = [c.created_at for c in knelpunt.stage_changes.all()]
        assert times == sorted(times)
        assert all(knelpunt.created_at <= t for t in times)
        assert knelpunt.signal_count == knelpunt.signals.count()
    # spread over the year on many days (how many exactly depends on the hour the demo is seeded: ~25-30)
    days = {c.created_at.date() for c in changes}
    assert len(days) >= 20 and (max(days) - min(days)).days > 180


def no_identifier_in_any_text():
    texts = []
    for signal in Signal.objects.all():
        texts += [getattr(signal, field) for field in Signal.TEXT_FIELDS]
    texts += list(SignalEvent.objects.exclude(body="").values_list("body", flat=True))
    texts += list(StageChange.objects.values_list("message", flat=True))
    found = [(f.kind, f.text) for text in texts for f in privacy.scan(text) if f.kind in privacy.STRUCTURED_KINDS]
    assert found == []


def events_past_and_upcoming_with_invitations_and_answers(client, login):
    now = timezone.now()
    events = Event.objects.filter(municipality__name="Kortrijk")
    past, upcoming = events.filter(ends_at__lt=now), events.filter(starts_at__gt=now)
    assert past.exists() and upcoming.count() >= 2
    invitations = Invitation.objects.filter(event__in=events)
    assert {Response.REGISTERED, Response.DECLINED, Response.PENDING} <= set(invitations.values_list("response",
                                                                                                     flat=True))
    assert invitations.filter(event__in=past, attended=True).exists()
    assert AgendaItem.objects.filter(event__in=past).exclude(outcome="").exists()
    giver = User.objects.get(email="signaalgever@demo.lokaalsignaal.be")
    assert invitations.filter(event__in=upcoming, user=giver, response=Response.REGISTERED).exists()
    for email in ("partner@demo.lokaalsignaal.be", "lezer@demo.lokaalsignaal.be"):
        assert invitations.filter(event__in=upcoming, user__email=email, invited=True).exists(), email
    login(giver)
    page = client.get(reverse("events:mine")).content.decode()
    assert all(event.title in page for event in upcoming)


def the_demo_partner_is_invited_on_a_knelpunt_with_a_message(client, login):
    partner = User.objects.get(email="partner@demo.lokaalsignaal.be")
    access = PartnerAccess.objects.get(user=partner, ended_at__isnull=True)
    assert not access.knelpunt.is_closed
    invited = OutgoingMail.objects.filter(to=partner.email, body_text__contains=PARTNER_MESSAGE[:40])
    assert invited.exists()  # the coordinator's message came with the invitation
    assert access.knelpunt.notes.filter(author=partner).exists()  # her analysis
    login(partner)
    assert access.knelpunt.title in unescape(client.get(reverse("partner:knelpunten")).content.decode())


def seeding_twice_adds_nothing():
    def counts():
        return (Signal.objects.count(), Knelpunt.objects.count(), StageChange.objects.count(),
                SignalEvent.objects.count(), Event.objects.count(), Invitation.objects.count(),
                PartnerAccess.objects.count(), Note.objects.count())

    before = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == before
