"""`make run` shows the insights for real: a year of signals in three municipalities of one region (Kortrijk,
Roeselare, Kortemark), written as the services write them; knelpunten in several stages with their history and
decisions of the college and the council, some escalated to the region and bundled there; Kortrijk's public page with
public knelpunten and theme counts of five or more; the region's numbers. Seeded at two in the night (UTC), nothing
lies in the future, and seeding twice adds nothing."""

import re
from datetime import UTC, datetime, timedelta
from html import unescape
from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import models
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from lokaalsignaal.accounts.models import User
from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten.models import Knelpunt, StageChange
from lokaalsignaal.insights import periods, public
from lokaalsignaal.insights.scope_overview import scope_overview
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import ReferenceCounter, Signal, SignalEvent, SignalStatus, SignalType
from lokaalsignaal.similarity import services as similarity
from lokaalsignaal.similarity.models import SignalVector
from lokaalsignaal.tenancy.models import Municipality, Scope
from tests.factories import MunicipalityFactory

# committed for real: the notifications, mail and similarity index that the services queue after commit are made
# at the moment of each replayed action, as in `make run`
pytestmark = pytest.mark.django_db(transaction=True)

TOWNS = ["Kortrijk", "Roeselare", "Kortemark"]


@pytest.fixture
def two_in_the_night(monkeypatch):
    """The clock reads the last 02:00 UTC (and runs on from there)."""
    real = datetime.now(UTC)
    night = real.replace(hour=2, minute=0, second=0, microsecond=0)
    night -= timedelta(days=1) if night > real else timedelta(0)
    monkeypatch.setattr(timezone, "now", lambda: night + (datetime.now(UTC) - real))
    return night


def test_the_demo_shows_a_year_of_three_municipalities(settings, municipality, other_municipality, reference_lists,
                                                       two_in_the_night, client, login):
    """One seeding (it takes some 20 seconds), every expectation on it."""
    MunicipalityFactory(name="Kortemark", refnis="32011")
    settings.DEMO_MODE = True
    call_command("seed_demo", stdout=StringIO())
    nothing_lies_in_the_future(timezone.now())
    a_year_of_signals_in_each_municipality()
    signals_are_written_as_the_services_write_them()
    knelpunten_in_several_stages_with_history_and_decisions()
    the_public_page_shows_public_knelpunten_and_theme_counts_of_five_or_more(client)
    the_region_has_numbers_escalations_and_a_bundle(client, login)
    seeding_twice_adds_nothing()
    a_new_signal_continues_the_references()


PLANNED = {("Event", "starts_at"), ("Event", "ends_at")}  # an upcoming event's own date is in the future


def nothing_lies_in_the_future(now):
    """Every moment the demo wrote is before now (a field whose default is the real clock, like an account's
    `date_joined`, is when the row was made: not demo history), but for the date of an upcoming event."""
    today = timezone.localdate(now)
    for model in apps.get_models():
        for f in model._meta.concrete_fields:
            if not isinstance(f, models.DateField) or (f.has_default() and callable(f.default)):
                continue
            if (model.__name__, f.name) in PLANNED:
                continue
            limit = now if isinstance(f, models.DateTimeField) else today
            later = model._default_manager.filter(**{f"{f.name}__gt": limit})
            assert not later.exists(), (model.__name__, f.name, later.values_list(f.name, flat=True)[:3])


def a_year_of_signals_in_each_municipality():
    now = timezone.now()
    for name in TOWNS:
        signals = Signal.objects.filter(municipality__name=name)
        assert signals.count() >= 50, name
        moments = list(signals.values_list("submitted_at", flat=True))
        assert (max(moments) - min(moments)).days > 300 and (now - max(moments)).days < 30, name
        months = {timezone.localtime(m).strftime("%Y-%m") for m in moments}
        assert len(months) >= 11, name
        assert signals.values("giver").distinct().count() >= 5, name
        for status in (SignalStatus.RECEIVED, SignalStatus.NOT_RETAINED):
            assert signals.filter(status=status).exists(), (name, status)
        assert signals.filter(knelpunt__isnull=False).count() >= 25, name
    assert Signal.objects.count() >= 300


def signals_are_written_as_the_services_write_them():
    for signal in Signal.objects.select_related("municipality", "organisation").prefetch_related("themes"):
        year = timezone.localtime(signal.submitted_at).year
        assert (signal.year, signal.reference) == (year, f"{signal.municipality.reference_prefix}-{year}-"
                                                         f"{signal.number:04d}")
        assert signal.sector_id == signal.organisation.sector_id and signal.themes.all()
        if signal.knelpunt_id:  # linking is the first answer, if no question came before
            assert signal.status == SignalStatus.RECEIVED and signal.submitted_at <= signal.first_feedback_at
        if signal.status == SignalStatus.RECEIVED:
            assert signal.read_at >= signal.submitted_at
    # gapless per municipality and year, and the counter stands at the last number
    for municipality, year, n, last in (Signal.objects.values_list("municipality", "year")
                                        .annotate(n=Count("pk"), last=models.Max("number"))):
        assert n == last == ReferenceCounter.objects.get(municipality=municipality, year=year).last_number
    # each signal's history starts when it was given; it is in the similarity index and the audit log
    submitted = dict(SignalEvent.objects.filter(kind=SignalEvent.Kind.SUBMITTED).values_list("signal", "created_at"))
    assert all(submitted[s.pk] == s.submitted_at for s in Signal.objects.all())
    linked = set(SignalEvent.objects.filter(kind=SignalEvent.Kind.LINKED).values_list("signal", flat=True))
    assert set(Signal.objects.filter(knelpunt__isnull=False).values_list("pk", flat=True)) <= linked
    assert SignalVector.objects.count() == Signal.objects.count()
    engine = similarity.get_engine()
    for vector in SignalVector.objects.filter(municipality__name__in=TOWNS[1:]).select_related("signal")[:20]:
        encoded = engine.encode(similarity.signal_text(vector.signal))
        assert (vector.model, bytes(vector.vector), bytes(vector.terms)) == (engine.model_name, encoded.vector,
                                                                              encoded.terms)
    assert AuditEvent.objects.filter(action="signal.submitted").count() == Signal.objects.count()


def knelpunten_in_several_stages_with_history_and_decisions():
    for name in TOWNS:
        knelpunten = Knelpunt.objects.filter(municipality__name=name)
        assert knelpunten.values("stage").distinct().count() >= 4, name
        assert StageChange.objects.filter(knelpunt__in=knelpunten).count() >= knelpunten.count(), name
        for knelpunt in knelpunten:
            assert knelpunt.signal_count == knelpunt.signals.exclude(status=SignalStatus.WITHDRAWN).count()
        bodies = set(Decision.objects.filter(knelpunt__in=knelpunten).values_list("body", flat=True))
        assert {Decision.Body.COLLEGE, Decision.Body.COUNCIL} <= bodies, name
        # a decision reaches the givers of the knelpunt's signals as a message
        decision = Decision.objects.filter(knelpunt__in=knelpunten).first()
        assert SignalEvent.objects.filter(knelpunt_message=decision.message, kind=SignalEvent.Kind.FEEDBACK).exists()
    escalated = Knelpunt.objects.filter(stage="escalated", escalated_to__kind=Scope.Kind.REGION)
    assert set(escalated.values_list("municipality__name", flat=True)) == set(TOWNS)


def the_public_page_shows_public_knelpunten_and_theme_counts_of_five_or_more(client):
    kortrijk = Municipality.objects.get(name="Kortrijk")
    shown = list(public.public_knelpunten(kortrijk))
    assert kortrijk.public_page and len(shown) >= 2
    period = periods.last_12_months()
    counts = {line.label: line.shown for line in public.themes(period, [kortrijk])}
    for knelpunt in shown:
        assert knelpunt.public_title and knelpunt.public_summary and int(knelpunt.signals_shown) >= 5
        for theme in knelpunt.themes.values_list("name", flat=True):
            assert int(counts[theme]) >= 5, (knelpunt.public_title, theme, counts[theme])
    page = unescape(client.get(reverse("pages:results", args=[kortrijk.slug])).content.decode())
    assert all(k.public_title in page for k in shown) and "De gemeenteraad" in page
    # all of Flanders: most themes show a number (none below five leaks from the other municipalities)
    flanders = public.themes(period, Municipality.objects.filter(participating=True))
    assert sum(line.shown.isdigit() for line in flanders) >= 12
    assert client.get(reverse("pages:results_flanders")).status_code == 200


def the_region_has_numbers_escalations_and_a_bundle(client, login):
    scope = Scope.objects.get(name="Eerstelijnszone Zuid-West-Vlaanderen")
    region_user = User.objects.get(email="regio@demo.lokaalsignaal.be")
    o = scope_overview(region_user, scope, periods.last_12_months())
    assert {line.label for line in o.municipalities} == set(TOWNS)
    assert all(line.total.isdigit() and int(line.total) >= 50 for line in o.municipalities)
    assert o.total.isdigit() and int(o.total) >= 300 and all(cell.isdigit() for cell in o.type_totals)
    assert o.escalated_knelpunten >= 4 and o.decided_knelpunten >= 1
    assert sum(line.shown.isdigit() for line in o.themes) >= 12
    regional = Knelpunt.objects.get(scope=scope)
    assert set(regional.children.values_list("municipality__name", flat=True)) == {"Roeselare", "Kortemark"}
    assert regional.stage_changes.exists() and regional.messages.exists()
    login(region_user)
    page = unescape(client.get(reverse("region:numbers", args=[scope.pk])).content.decode())
    assert all(name in page for name in TOWNS) and re.search(rf">{o.total}<", page)


def seeding_twice_adds_nothing():
    def counts():
        return [m.objects.count() for m in (Signal, SignalEvent, SignalVector, Knelpunt, StageChange, Decision,
                                            AuditEvent, User)]

    before = counts()
    call_command("seed_demo", stdout=StringIO())
    assert counts() == before


def a_new_signal_continues_the_references():
    roeselare = Municipality.objects.get(name="Roeselare")
    giver = User.objects.get(email="hanne.dewulf@demo.lokaalsignaal.be")
    year = timezone.localdate().year
    last = ReferenceCounter.objects.filter(municipality=roeselare, year=year).values_list("last_number",
                                                                                         flat=True).first() or 0
    (signal,) = intake.submit_signal(giver, [roeselare], {"signal_type": SignalType.THRESHOLD, "title": "Nieuw",
                                                          "description": "Nog een wachtlijst."},
                                     roeselare.signals.first().themes.all())
    assert signal.reference == f"ROESELARE-{year}-{last + 1:04d}"
