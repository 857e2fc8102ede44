"""The coordinator's side of a signal: receive it, ask the giver a question, see her answer, set it aside, and the
writes a knelpunt makes on its signals (attach, detach, carry a message). Signals and their events are written only
here and in `intake.services` (the giver's side); casework calls these inside its own transaction.

Each action checks the permission (`intake.access.signals_for_triage`), records an audit event and announces what
happened (`intake.domain_events`) after commit; who listens is `lokaalsignaal.subscriptions`."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lokaalsignaal import domain_events
from lokaalsignaal.audit import services as audit
from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.domain_events import QuestionAsked, SignalsNotRetained, SignalsReceived, SignalTextChanged
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus
from lokaalsignaal.intake.services import record_first_feedback


def signals_for_update(actor, signal_ids) -> list[Signal]:
    """The signals, locked, if the actor may triage every one of them (else PermissionDenied)."""
    ids = list(signal_ids)
    signals = list(signal_access.signals_for_triage(actor).select_for_update().filter(pk__in=ids))
    if len(signals) != len(set(ids)) or not signals:
        raise PermissionDenied
    return signals


def refuse_withdrawn(signals, action: str = "link") -> None:
    """A withdrawn signal is the giver's last word: it belongs in no knelpunt (it would count, show its title, notify
    its giver), gets no question and is not 'niet weerhouden' over her withdrawal. The services ask, not templates."""
    withdrawn = sorted(s.reference for s in signals if s.status == SignalStatus.WITHDRAWN)
    if not withdrawn:
        return
    if action == "link":
        text = ngettext(
            "Signaal %(references)s is ingetrokken door de signaalgever. Je kan het niet aan een knelpunt koppelen.",
            "De signalen %(references)s zijn ingetrokken door de signaalgevers. Je kan ze niet aan een knelpunt "
            "koppelen.", len(withdrawn))
    else:
        text = ngettext(
            "Signaal %(references)s is ingetrokken door de signaalgever. Je kan er niets meer mee doen.",
            "De signalen %(references)s zijn ingetrokken door de signaalgevers. Je kan er niets meer mee doen.",
            len(withdrawn))
    raise ValidationError(text % {"references": ", ".join(withdrawn)}, code="withdrawn")


def _receive(signal, actor, now) -> None:
    """Read for the first time (unsaved: the caller saves with its own fields)."""
    if signal.read_at is None:
        signal.read_at = now
        SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.RECEIVED, actor=actor)
    if signal.status == SignalStatus.SUBMITTED:
        signal.status = SignalStatus.RECEIVED


@transaction.atomic
def mark_read(actor, signal_ids) -> int:
    signals = signals_for_update(actor, signal_ids)
    now, changed = timezone.now(), []
    for signal in signals:
        if signal.read_at is None and signal.status != SignalStatus.WITHDRAWN:  # withdrawn: nothing to receive
            _receive(signal, actor, now)
            signal.save(update_fields=["read_at", "status", "updated_at"])
            audit.record(actor, "signal.received", signal, reference=signal.reference)
            changed.append(signal.pk)
    if changed:
        domain_events.announce(SignalsReceived(tuple(changed)))
    return len(changed)


@transaction.atomic
def ask_question(actor, signal_id: int, body: str) -> SignalEvent:
    (signal,) = signals_for_update(actor, [signal_id])
    refuse_withdrawn([signal], "ask")
    body = guard.clean_required(body, _("Schrijf je vraag."))
    if signal.giver_id is None:
        raise ValidationError(_("Deze signaalgever is niet meer bereikbaar."))
    now = timezone.now()
    _receive(signal, actor, now)
    signal.has_open_question = True
    signal.save(update_fields=["read_at", "status", "has_open_question", "updated_at"])
    event = SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.QUESTION, actor=actor, body=body)
    record_first_feedback([signal.pk], now)
    audit.record(actor, "signal.question_asked", signal, reference=signal.reference)
    domain_events.announce(QuestionAsked(signal.pk))
    return event


@transaction.atomic
def acknowledge(actor, signal_id: int) -> None:
    """The coordinator has seen the giver's answer or 'nog steeds'."""
    (signal,) = signals_for_update(actor, [signal_id])
    Signal.objects.filter(pk=signal.pk).update(needs_attention=False)


def set_aside(actor, signals, explanation: str) -> list[int | None]:
    """'Niet weerhouden' with the explanation for the givers, inside the caller's transaction (casework's
    `not_retain` also recounts the knelpunten they leave). Returns the knelpunt each signal left (or None)."""
    refuse_withdrawn(signals, "not_retain")
    explanation = guard.clean_required(
        explanation, _("Leg de signaalgever uit waarom het signaal niet weerhouden wordt."))
    now, left = timezone.now(), []
    for signal in signals:
        _receive(signal, actor, now)
        left.append(signal.knelpunt_id)
        signal.status, signal.knelpunt, signal.has_open_question = SignalStatus.NOT_RETAINED, None, False
        signal.save(update_fields=["read_at", "status", "knelpunt", "has_open_question", "updated_at"])
        SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.NOT_RETAINED, actor=actor, body=explanation)
        audit.record(actor, "signal.not_retained", signal, reference=signal.reference)
    record_first_feedback([s.pk for s in signals], now)
    domain_events.announce(SignalsNotRetained(tuple(s.pk for s in signals)))
    return left


def attach(actor, signals, knelpunt) -> list[Signal]:
    """Link signals to a knelpunt, inside the caller's transaction (casework's `link` checks the knelpunt): a
    signal in another knelpunt leaves it first; one set aside is taken up again. Returns those that moved."""
    refuse_withdrawn(signals)
    now, linked = timezone.now(), []
    for signal in signals:
        if signal.knelpunt_id == knelpunt.pk:
            continue
        if signal.knelpunt_id:
            SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.UNLINKED, actor=actor,
                                       knelpunt_id=signal.knelpunt_id)
        _receive(signal, actor, now)
        signal.knelpunt = knelpunt
        if signal.status == SignalStatus.NOT_RETAINED:
            signal.status = SignalStatus.RECEIVED
        signal.save(update_fields=["read_at", "status", "knelpunt", "updated_at"])
        SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.LINKED, actor=actor, knelpunt=knelpunt)
        audit.record(actor, "signal.linked", signal, reference=signal.reference, knelpunt=knelpunt.pk)
        linked.append(signal)
    record_first_feedback([s.pk for s in linked], now)
    return linked


def detach(actor, signal) -> int | None:
    """Unlink a signal from its knelpunt, inside the caller's transaction. Returns the knelpunt it left."""
    old = signal.knelpunt_id
    if old is None:
        return None
    signal.knelpunt = None
    signal.save(update_fields=["knelpunt", "updated_at"])
    SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.UNLINKED, actor=actor, knelpunt_id=old)
    audit.record(actor, "signal.unlinked", signal, reference=signal.reference, knelpunt=old)
    return old


def carry_message(actor, signal_ids, body: str, *, knelpunt_ids: dict[int, int], message_ids: dict[int, int]) -> None:
    """A knelpunt's message reaches the givers of its signals: one FEEDBACK event per signal, pointing at the
    knelpunt (`knelpunt_ids[signal]`) and its message (`message_ids[signal]`); first feedback set. Inside the
    caller's transaction; the caller announces who hears it."""
    ids = list(signal_ids)
    SignalEvent.objects.bulk_create([
        SignalEvent(signal_id=pk, kind=SignalEvent.Kind.FEEDBACK, actor=actor, body=body,
                    knelpunt_id=knelpunt_ids[pk], knelpunt_message_id=message_ids[pk]) for pk in ids])
    record_first_feedback(ids, timezone.now())


def remove_passage(actor, signal, passage: str, fields, *, places: int) -> None:
    """A coordinator's redaction reaches the signal itself (`casework.redaction.services.redact_passage` found the
    passage in these fields and rewrote its copies): inside the caller's transaction, with the signal locked."""
    for field in fields:
        setattr(signal, field, guard.redact_passage(getattr(signal, field), passage))
    signal.version += 1
    signal.save()
    SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.REDACTED, actor=actor)
    domain_events.announce(SignalTextChanged(signal.pk))
    audit.record(actor, "signal.redacted", signal, reference=signal.reference, places=places)
