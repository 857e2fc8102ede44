"""The giver's side of a signal: give it, edit or withdraw it while unread, comment, answer a question, say she still
sees it. Each checks permission, writes in one transaction, records audit, queues mail and announces what happened
(`intake.domain_events`). The coordinator's side is `intake.triage`."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from lokaalsignaal import domain_events
from lokaalsignaal.audit import services as audit
from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.domain_events import SignalGiven, SignalTextChanged
from lokaalsignaal.intake.models import ReferenceCounter, Signal, SignalEvent, SignalStatus
from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.mail import services as mail
from lokaalsignaal.tenancy import scoping

FIELDS = ["signal_type", "title", "description", "frequency", "people_affected", "since", "tried", "idea",
          "may_contact", "may_invite", "hide_name"]


class StaleEdit(Exception):
    """Someone else changed the signal in the meantime."""


def next_reference(municipality, year: int) -> tuple[int, str]:
    """Take the next number for this municipality and year, without gaps, safe under concurrent submissions."""
    try:
        with transaction.atomic():
            ReferenceCounter.objects.get_or_create(municipality=municipality, year=year)
    except IntegrityError:
        pass  # another submission created the counter at the same moment
    counter = ReferenceCounter.objects.select_for_update().get(municipality=municipality, year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return counter.last_number, f"{municipality.reference_prefix}-{year}-{counter.last_number:04d}"


def _scrub(data: dict) -> dict:
    """Authoritative server-side guard: identifiers never reach the database, whatever the caller did."""
    guard.refuse_over_long(Signal, {field: data.get(field) for field in Signal.TEXT_FIELDS})
    clean = dict(data)
    for field in Signal.TEXT_FIELDS:
        if clean.get(field):
            clean[field], _removed = guard.strip_identifiers(clean[field])
    return clean


@transaction.atomic
def submit_signal(giver, municipalities, data: dict, themes, target_groups=()) -> list[Signal]:
    """One signal per municipality; signals sent together are linked as siblings."""
    municipalities = list(municipalities)
    if not municipalities:
        raise ValidationError(_("Kies minstens één gemeente."))
    for municipality in municipalities:
        if not scoping.can(giver, municipality, "signal.give"):
            raise PermissionDenied
    data = _scrub(data)
    group = uuid.uuid4() if len(municipalities) > 1 else None
    year = timezone.localdate().year
    organisation = giver.organisation
    signals = []
    for municipality in municipalities:
        number, reference = next_reference(municipality, year)
        signal = Signal.objects.create(
            municipality=municipality, reference=reference, year=year, number=number, giver=giver,
            organisation=organisation, sector=organisation.sector if organisation else None,
            sibling_group=group, **{f: data[f] for f in FIELDS if f in data})
        signal.themes.set(themes)
        signal.target_groups.set(target_groups)
        SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.SUBMITTED, actor=giver)
        audit.record(giver, "signal.submitted", signal, reference=reference)
        domain_events.announce(SignalGiven(signal.pk))
        signals.append(signal)
    mail.queue(giver.email, "signal_receipt", {
        "signals": signals, "my_signals_url": mail.absolute_url(reverse("intake:mine"))}, language=giver.language)
    return signals


def _own_signal_for_update(giver, signal_id: int) -> Signal:
    signal = signal_access.signals_given_by(giver).select_for_update().filter(pk=signal_id).first()
    if signal is None:
        raise PermissionDenied
    return signal


@transaction.atomic
def edit_signal(giver, signal_id: int, data: dict, themes, target_groups, expected_version: int) -> Signal:
    signal = _own_signal_for_update(giver, signal_id)
    if not signal.editable_by_giver:
        raise ValidationError(_("De gemeente heeft je signaal al gelezen. Je kan het niet meer aanpassen, "
                                "maar je kan wel een opmerking toevoegen."))
    if signal.version != expected_version:
        raise StaleEdit(signal)
    data = _scrub(data)
    for field in FIELDS:
        if field in data:
            setattr(signal, field, data[field])
    signal.version += 1
    signal.save()
    signal.themes.set(themes)
    signal.target_groups.set(target_groups)
    SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.EDITED, actor=giver)
    domain_events.announce(SignalTextChanged(signal.pk))
    audit.record(giver, "signal.edited", signal, reference=signal.reference)
    return signal


@transaction.atomic
def withdraw_signal(giver, signal_id: int) -> Signal:
    signal = _own_signal_for_update(giver, signal_id)
    if not signal.editable_by_giver:
        raise ValidationError(_("De gemeente heeft je signaal al gelezen. Intrekken kan niet meer."))
    signal.status, signal.version = SignalStatus.WITHDRAWN, signal.version + 1
    signal.save(update_fields=["status", "version", "updated_at"])
    SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.WITHDRAWN, actor=giver)
    audit.record(giver, "signal.withdrawn", signal, reference=signal.reference)
    return signal


@transaction.atomic
def add_comment(giver, signal_id: int, body: str) -> SignalEvent:
    signal = _own_signal_for_update(giver, signal_id)
    body = guard.clean(body)
    if not body:
        raise ValidationError(_("Schrijf een opmerking."))
    event = SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.COMMENT, actor=giver, body=body)
    audit.record(giver, "signal.commented", signal, reference=signal.reference)
    return event


# --- the giver's own answers on her signal (the coordinator's side is intake.triage) ------------------------------
@transaction.atomic
def answer_question(giver, signal_id: int, body: str) -> SignalEvent:
    """The giver answers the municipality's open question on her signal; the coordinator sees it in the inbox."""
    signal = signal_access.signals_given_by(giver).select_for_update().filter(pk=signal_id).first()
    if signal is None:
        raise PermissionDenied
    body = guard.clean_required(body, _("Schrijf je antwoord."))
    signal.has_open_question, signal.needs_attention = False, True
    signal.save(update_fields=["has_open_question", "needs_attention", "updated_at"])
    event = SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.ANSWER, actor=giver, body=body)
    audit.record(giver, "signal.answered", signal, reference=signal.reference)
    return event


STILL_SEEN_AFTER = timedelta(days=30)
# what restarts the wait for 'nog steeds': news from the municipality on the signal, and her own last 'nog steeds'
STILL_SEEN_RESTARTS = (SignalEvent.Kind.RECEIVED, SignalEvent.Kind.QUESTION, SignalEvent.Kind.NOT_RETAINED,
                       SignalEvent.Kind.LINKED, SignalEvent.Kind.UNLINKED, SignalEvent.Kind.FEEDBACK,
                       SignalEvent.Kind.STILL_SEEN)


def still_seen_opens(signal: Signal) -> datetime | None:
    """When the giver may say 'ik zie dit nog steeds' (None: not for this signal now): for a signal the municipality
    received, with no question waiting for her answer, 30 days after the latest of: she sent it, the last news on it
    (an event from the municipality, a new stage of its knelpunt) and her own last 'nog steeds'. One query."""
    if signal.status != SignalStatus.RECEIVED or signal.has_open_question:
        return None
    news, stage = _LATEST_NEWS(signal_id=signal.pk)[0]
    return max(at for at in (signal.submitted_at, news, stage) if at) + STILL_SEEN_AFTER


# asked on every visit to her signal's page: built once per process (`kept_queries`)
_LATEST_NEWS = KeptQuery(lambda signal_id: Signal.objects.filter(pk=signal_id).values("pk").annotate(
    news=Max("events__created_at", filter=Q(events__kind__in=STILL_SEEN_RESTARTS)),
    stage=Max("knelpunt__stage_changes__created_at")).values_list("news", "stage"))


def still_seen_refusal(signal: Signal, opens: datetime | None, now: datetime | None = None) -> str:
    """Why 'ik zie dit nog steeds' is not possible now, in plain Dutch ("" when it is). `opens`: `still_seen_opens`."""
    if signal.has_open_question and signal.status == SignalStatus.RECEIVED:
        return _("De gemeente wacht nog op je antwoord op haar vraag. Beantwoord eerst die vraag.")
    if opens is None:
        return _("Voor dit signaal kan je dit niet meer laten weten.")
    if (now or timezone.now()) < opens:
        return _("Dat kan vanaf %(date)s: 30 dagen nadat je het signaal gaf of na het laatste nieuws erover.") % {
            "date": formats.date_format(timezone.localtime(opens), "j F Y")}
    return ""


@transaction.atomic
def still_seen(giver, signal_id: int, body: str = "") -> SignalEvent:
    """'Ik zie dit nog steeds': the giver says the problem goes on. The coordinator sees it in the inbox. Refused
    before `still_seen_opens` (too soon after sending or after the last news, or a question waits for her)."""
    signal = signal_access.signals_given_by(giver).select_for_update().filter(pk=signal_id).first()
    if signal is None:
        raise PermissionDenied
    refusal = still_seen_refusal(signal, still_seen_opens(signal))
    if refusal:
        raise ValidationError(refusal)
    body = guard.clean(body)
    signal.needs_attention = True
    signal.save(update_fields=["needs_attention", "updated_at"])
    event = SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.STILL_SEEN, actor=giver, body=body)
    audit.record(giver, "signal.still_seen", signal, reference=signal.reference)
    return event


def record_first_feedback(signal_ids, now=None) -> None:
    """The first time the municipality answered these signals (a question, a stage message, feedback, a message that
    flowed down from a region): set once, never moved. The response-time numbers read it. Called inside the caller's
    transaction."""
    Signal.objects.filter(pk__in=list(signal_ids), first_feedback_at__isnull=True).update(
        first_feedback_at=now or timezone.now())
