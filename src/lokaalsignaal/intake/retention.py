"""How long a signal keeps its giver: the retention term of its municipality, and the one way a signal loses her.

- `anonymise(signal_ids)`: the signals no longer name who gave them. Their text, organisation, sector, themes and
  every number stay; what the giver wrote on them (comments, answers, "nog steeds") stays without her name (the
  events' actor is cleared). Whoever else lists her beside those signals (her notifications about them) removes that
  too: `SignalsAnonymised` is announced, its subscribers act in the same transaction. Used by the retention below
  and when a person removes her account (`accounts.leaving`, through the subscriptions): one primitive, no copy.
- The retention: a signal is due `Municipality.retention_months` (6 to 120, default 24) after it was closed: its
  knelpunt was closed (afgerond or niet weerhouden: the knelpunt's last stage change) or the signal itself was set
  aside (niet weerhouden: its last such event). A knelpunt reopened, or a signal taken up again, is not closed any
  more and not due. `apply_retention` (daily: the `apply_retention` command, or the task in `intake.tasks`) is
  idempotent (a signal without giver is never due again) and records per municipality one audit event with the
  count, never a reference or a text. `upcoming` lists for coordinators what becomes anonymous soon.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Case, F, OuterRef, Subquery, When
from django.utils import timezone

from lokaalsignaal import domain_events
from lokaalsignaal.audit import services as audit
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.domain_events import SignalsAnonymised
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus
from lokaalsignaal.tenancy.models import Municipality

# The stages of a closed knelpunt: `casework.knelpunten.stages.CLOSED` (intake sits below casework and cannot import
# it; tests/intake/test_signals_lose_their_giver_after_the_retention_term.py checks that both say the same).
KNELPUNT_CLOSED = ("done", "not_retained")
SOON = timedelta(days=30)  # what coordinators see coming: the next month
BATCH = 500  # signals anonymised per transaction


def add_months(moment: datetime, months: int) -> datetime:
    """`moment` moved by whole calendar months (negative: back), on the same day or the month's last one."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


# --- the primitive -------------------------------------------------------------------------------------------------
def anonymise(signal_ids) -> int:
    """The signals lose the link to their giver; inside the caller's transaction. Returns how many still had one."""
    ids = list(Signal.objects.select_for_update().filter(pk__in=list(signal_ids), giver__isnull=False)
               .values_list("pk", flat=True))
    if not ids:
        return 0
    # what she wrote on them stays, without her name (one query, however many givers)
    SignalEvent.objects.filter(signal_id__in=ids, actor_id=F("signal__giver_id")).update(actor=None)
    # nobody to ask, contact or invite any more
    Signal.objects.filter(pk__in=ids).update(giver=None, may_contact=False, may_invite=False, has_open_question=False,
                                             updated_at=timezone.now())
    domain_events.announce(SignalsAnonymised(tuple(ids)))
    return len(ids)


def anonymise_given_by(user_id: int) -> int:
    """Every signal a person gave (she removes her account: `accounts.leaving`), inside the caller's transaction."""
    return anonymise(Signal.objects.filter(giver_id=user_id).values_list("pk", flat=True))


# --- the retention -------------------------------------------------------------------------------------------------
def _with_closed_at(signals):
    """`closed_at`: when the signal was closed (its knelpunt closed, or it was set aside); None while it is open."""
    set_aside_at = Subquery(SignalEvent.objects.filter(signal=OuterRef("pk"), kind=SignalEvent.Kind.NOT_RETAINED)
                            .order_by("-created_at").values("created_at")[:1])
    return signals.annotate(closed_at=Case(
        When(knelpunt__stage__in=KNELPUNT_CLOSED, then=F("knelpunt__stage_changed_at")),
        When(knelpunt__isnull=True, status=SignalStatus.NOT_RETAINED, then=set_aside_at),
        default=None))


def due(municipality: Municipality, now: datetime | None = None, within: timedelta = timedelta(0)):
    """The municipality's signals that still name their giver and are due by `now + within`, with `closed_at`."""
    cutoff = add_months((now or timezone.now()) + within, -municipality.retention_months)
    return (_with_closed_at(Signal.objects.filter(municipality=municipality, giver__isnull=False))
            .filter(closed_at__isnull=False, closed_at__lte=cutoff))


def due_on(signal, municipality: Municipality) -> datetime:
    """The day a signal of `due(...)` or `upcoming(...)` loses its giver."""
    return add_months(signal.closed_at, municipality.retention_months)


def upcoming(user, municipality: Municipality, now: datetime | None = None, within: timedelta = SOON):
    """For the municipality's coordinators: what loses its giver within the next month (the first due first), with
    `closed_at`. Only signals the user may triage."""
    allowed = signal_access.signals_for_triage(user, municipality).values("pk")
    return (due(municipality, now, within).filter(pk__in=allowed).select_related("knelpunt")
            .only("pk", "reference", "title", "status", "municipality_id", "knelpunt__title",
                  "knelpunt__stage", "knelpunt__stage_changed_at")
            .order_by("closed_at", "pk"))


def apply_retention(now: datetime | None = None) -> dict[str, int]:
    """Anonymise every signal whose term has passed, in every municipality. Returns {slug: count} of those changed;
    a second run changes nothing. One audit event per municipality, with the count only."""
    now = now or timezone.now()
    done: dict[str, int] = {}
    for municipality in Municipality.objects.filter(signals__giver__isnull=False).distinct().order_by("pk"):
        count = 0
        while True:
            with transaction.atomic():
                ids = list(due(municipality, now).order_by("pk").values_list("pk", flat=True)[:BATCH])
                count += anonymise(ids)
            if len(ids) < BATCH:
                break
        if count:
            audit.record(None, "signals.anonymised", municipality=municipality, signals=count,
                         months=municipality.retention_months)
            done[municipality.slug] = count
    return done
