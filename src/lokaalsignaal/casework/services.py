"""Coordinator actions on signals and knelpunten. One function per action: permission, one transaction, audit,
notifications after commit. Views (and later the API) call only these."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lokaalsignaal.accounts.models import ScopeMembership
from lokaalsignaal.audit import services as audit
from lokaalsignaal.feedback import services as feedback
from lokaalsignaal.feedback.models import Notification
from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus
from lokaalsignaal.tenancy import scoping

from . import partners, priority
from .models import Join, Knelpunt, KnelpuntMessage, Note, StageChange
from .stages import CLOSED, Stage, check_transition

ScopeRole = ScopeMembership.ScopeRole


class StaleEdit(Exception):
    """Someone else changed the knelpunt in the meantime."""

    def __init__(self, knelpunt):
        super().__init__(knelpunt.pk)
        self.knelpunt = knelpunt


def _signals_for_update(actor, signal_ids) -> list[Signal]:
    ids = list(signal_ids)
    signals = list(scoping.signals_for_triage(actor).select_for_update().filter(pk__in=ids))
    if len(signals) != len(set(ids)) or not signals:
        raise PermissionDenied
    return signals


def _knelpunt_for_update(actor, knelpunt_id) -> Knelpunt:
    """A knelpunt the actor may manage: of a municipality they coordinate, or a regional/Flemish knelpunt of a
    scope they coordinate."""
    knelpunt = scoping.knelpunten_for(actor, perm="knelpunten.manage").select_for_update().filter(
        pk=knelpunt_id).first()
    if knelpunt is None:
        knelpunt = scoping.regional_knelpunten_for(actor, role=ScopeRole.COORDINATOR).select_for_update().filter(
            pk=knelpunt_id).first()
    if knelpunt is None:
        raise PermissionDenied
    return knelpunt


def _refuse_withdrawn(signals, action: str = "link") -> None:
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


def _first_feedback(signals, now) -> None:
    intake.record_first_feedback([s.pk for s in signals], now)


def _mark_read(signal, actor, now) -> None:
    if signal.read_at is None:
        signal.read_at = now
        SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.RECEIVED, actor=actor)
    if signal.status == SignalStatus.SUBMITTED:
        signal.status = SignalStatus.RECEIVED


def _recount(*knelpunt_ids) -> None:
    """Keep the signal count and the priority of these knelpunten up to date. A withdrawn signal that still sits in
    a knelpunt (linked before `link` refused it) does not count: the count is the signals its readers see."""
    for pk in {b for b in knelpunt_ids if b}:
        signals = Signal.objects.filter(knelpunt_id=pk).exclude(status=SignalStatus.WITHDRAWN)
        Knelpunt.objects.filter(pk=pk).update(signal_count=signals.count(),
                                                join_count=Join.objects.filter(knelpunt_id=pk).count())
        priority.refresh(pk)


# --- signals -------------------------------------------------------------------------------------------------

@transaction.atomic
def mark_read(actor, signal_ids) -> int:
    signals = _signals_for_update(actor, signal_ids)
    now, changed = timezone.now(), []
    for signal in signals:
        if signal.read_at is None and signal.status != SignalStatus.WITHDRAWN:  # withdrawn: nothing to receive
            _mark_read(signal, actor, now)
            signal.save(update_fields=["read_at", "status", "updated_at"])
            audit.record(actor, "signal.received", signal, reference=signal.reference)
            changed.append(signal.pk)
    feedback.notify_givers(changed, Notification.Kind.RECEIVED)
    return len(changed)


@transaction.atomic
def ask_question(actor, signal_id: int, body: str) -> SignalEvent:
    (signal,) = _signals_for_update(actor, [signal_id])
    _refuse_withdrawn([signal], "ask")
    body = guard.clean_required(body, _("Schrijf je vraag."))
    if signal.giver_id is None:
        raise ValidationError(_("Deze signaalgever is niet meer bereikbaar."))
    now = timezone.now()
    _mark_read(signal, actor, now)
    signal.has_open_question = True
    signal.save(update_fields=["read_at", "status", "has_open_question", "updated_at"])
    event = SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.QUESTION, actor=actor, body=body)
    _first_feedback([signal], now)
    audit.record(actor, "signal.question_asked", signal, reference=signal.reference)
    feedback.notify_givers([signal.pk], Notification.Kind.QUESTION)
    return event


@transaction.atomic
def acknowledge(actor, signal_id: int) -> None:
    """The coordinator has seen the giver's answer or 'nog steeds'."""
    (signal,) = _signals_for_update(actor, [signal_id])
    Signal.objects.filter(pk=signal.pk).update(needs_attention=False)


@transaction.atomic
def not_retain(actor, signal_ids, explanation: str) -> int:
    signals = _signals_for_update(actor, signal_ids)
    _refuse_withdrawn(signals, "not_retain")
    explanation = guard.clean_required(
        explanation, _("Leg de signaalgever uit waarom het signaal niet weerhouden wordt."))
    now = timezone.now()
    for signal in signals:
        _mark_read(signal, actor, now)
        old_knelpunt = signal.knelpunt_id
        signal.status, signal.knelpunt, signal.has_open_question = SignalStatus.NOT_RETAINED, None, False
        signal.save(update_fields=["read_at", "status", "knelpunt", "has_open_question", "updated_at"])
        SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.NOT_RETAINED, actor=actor, body=explanation)
        audit.record(actor, "signal.not_retained", signal, reference=signal.reference)
        _recount(old_knelpunt)
    _first_feedback(signals, now)
    feedback.notify_givers([s.pk for s in signals], Notification.Kind.NOT_RETAINED)
    return len(signals)


@transaction.atomic
def link(actor, signal_ids, knelpunt_id: int) -> int:
    """Link signals to a knelpunt of the same municipality (also: move them from another knelpunt). A withdrawn
    signal is refused (ValidationError), and then nothing is linked."""
    signals = _signals_for_update(actor, signal_ids)
    knelpunt = _knelpunt_for_update(actor, knelpunt_id)
    if any(s.municipality_id != knelpunt.municipality_id for s in signals):
        raise PermissionDenied
    _refuse_withdrawn(signals)
    now, previous = timezone.now(), {s.knelpunt_id for s in signals}
    linked = []
    for signal in signals:
        if signal.knelpunt_id == knelpunt.pk:
            continue
        if signal.knelpunt_id:
            SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.UNLINKED, actor=actor,
                                       knelpunt_id=signal.knelpunt_id)
        _mark_read(signal, actor, now)
        signal.knelpunt = knelpunt
        if signal.status == SignalStatus.NOT_RETAINED:
            signal.status = SignalStatus.RECEIVED
        signal.save(update_fields=["read_at", "status", "knelpunt", "updated_at"])
        SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.LINKED, actor=actor, knelpunt=knelpunt)
        audit.record(actor, "signal.linked", signal, reference=signal.reference, knelpunt=knelpunt.pk)
        linked.append(signal)
    _recount(knelpunt.pk, *previous)
    _first_feedback(linked, now)
    feedback.notify_givers([s.pk for s in linked], Notification.Kind.LINKED, knelpunt.title)
    return len(linked)


@transaction.atomic
def unlink(actor, signal_id: int) -> Signal:
    (signal,) = _signals_for_update(actor, [signal_id])
    old = signal.knelpunt_id
    if old is None:
        return signal
    signal.knelpunt = None
    signal.save(update_fields=["knelpunt", "updated_at"])
    SignalEvent.objects.create(signal=signal, kind=SignalEvent.Kind.UNLINKED, actor=actor, knelpunt_id=old)
    audit.record(actor, "signal.unlinked", signal, reference=signal.reference, knelpunt=old)
    _recount(old)
    return signal


# --- knelpunten ----------------------------------------------------------------------------------------------

KNELPUNT_FIELDS = ["title", "summary", "owner", "responsible_level", "severity", "visible_to_givers", "public"]


@transaction.atomic
def create_knelpunt(actor, municipality, data: dict, themes=(), target_groups=(), signal_ids=()) -> Knelpunt:
    if not scoping.can(actor, municipality, "knelpunten.manage"):
        raise PermissionDenied
    values = {k: data[k] for k in KNELPUNT_FIELDS if k in data}
    values["title"] = guard.clean_required(values.get("title", ""), _("Geef het knelpunt een titel."))
    values["summary"] = guard.clean(values.get("summary"))
    knelpunt = Knelpunt.objects.create(municipality=municipality, created_by=actor, **values)
    knelpunt.themes.set(themes)
    knelpunt.target_groups.set(target_groups)
    priority.refresh(knelpunt.pk)
    audit.record(actor, "knelpunt.created", knelpunt)
    if signal_ids:
        link(actor, signal_ids, knelpunt.pk)
    return knelpunt


@transaction.atomic
def update_knelpunt(actor, knelpunt_id: int, data: dict, themes, target_groups, expected_version: int):
    knelpunt = _knelpunt_for_update(actor, knelpunt_id)
    if knelpunt.version != expected_version:
        raise StaleEdit(knelpunt)
    data = dict(data)
    data["title"] = guard.clean_required(data.get("title", ""), _("Geef het knelpunt een titel."))
    data["summary"] = guard.clean(data.get("summary"))
    changed = [f for f in KNELPUNT_FIELDS if f in data and getattr(knelpunt, f) != data[f]]
    for field in changed:
        setattr(knelpunt, field, data[field])
    knelpunt.version += 1
    knelpunt.save()
    knelpunt.themes.set(themes)
    knelpunt.target_groups.set(target_groups)
    if "severity" in changed:
        priority.refresh(knelpunt.pk)
    audit.record(actor, "knelpunt.updated", knelpunt, fields=changed)
    return knelpunt


@transaction.atomic
def override_priority(actor, knelpunt_id: int, value: int | None, reason: str = "") -> Knelpunt:
    """A coordinator sets (or clears, with None) the priority by hand. A reason is required and audited."""
    knelpunt = _knelpunt_for_update(actor, knelpunt_id)
    if value is not None:
        if not 0 <= value <= 100:
            raise ValidationError(_("Kies een prioriteit van 0 tot 100."))
        reason = guard.clean_required(reason, _("Schrijf waarom je de prioriteit aanpast."))
    knelpunt.priority_override, knelpunt.priority_reason = value, (reason if value is not None else "")
    knelpunt.version += 1
    knelpunt.save(update_fields=["priority_override", "priority_reason", "version", "updated_at"])
    audit.record(actor, "knelpunt.priority_overridden", knelpunt, value=value, computed=knelpunt.priority)
    return knelpunt


def _escalation(knelpunt, escalate_to, responsible_level):
    """Where an escalated knelpunt goes: (scope, level). A municipal knelpunt needs both; a regional/Flemish one
    needs the level (the scope is optional: a Flanders scope, or none for the federal or European level)."""
    from lokaalsignaal.reference.models import ResponsibleLevel

    scope_id = getattr(escalate_to, "pk", escalate_to)
    level_id = getattr(responsible_level, "pk", responsible_level)
    scope = scoping.escalation_targets(knelpunt).filter(pk=scope_id).first() if scope_id else None
    if scope is None and (scope_id or knelpunt.municipality_id is not None):
        raise ValidationError(_("Kies naar welke regio of naar Vlaanderen je het knelpunt opschaalt."))
    level = ResponsibleLevel.objects.filter(pk=level_id, active=True).first() if level_id else None
    if level is None:
        raise ValidationError(_("Kies het verantwoordelijke niveau voor het opgeschaalde knelpunt."))
    return scope, level


@transaction.atomic
def change_stage(actor, knelpunt_id: int, to: str, message: str, expected_version: int,
                 remark: str = "", *, escalate_to=None, responsible_level=None) -> StageChange:
    """Move a knelpunt to the next stage with a message to its givers. To 'opgeschaald': `escalate_to` (a Scope
    or its pk) and `responsible_level` are required. Returning an escalated knelpunt (opgeschaald → in analyse)
    keeps `escalated_to` (history) but unbundles it from a regional knelpunt. Closing it ends the partners'
    invitations for good (`partners.end_on_close`). A regional/Flemish knelpunt's message flows down to the
    knelpunten bundled into it and their givers (casework.escalation.flow_down)."""
    knelpunt = _knelpunt_for_update(actor, knelpunt_id)
    if knelpunt.version != expected_version:
        raise StaleEdit(knelpunt)
    check_transition(knelpunt.stage, to)
    fields = ["stage", "stage_changed_at", "version", "updated_at"]
    escalation = {}
    if to == Stage.ESCALATED:
        scope, level = _escalation(knelpunt, escalate_to, responsible_level)
        knelpunt.escalated_to, knelpunt.responsible_level = scope, level
        fields += ["escalated_to", "responsible_level"]
        escalation = {"escalated_to": scope.pk if scope else None, "responsible_level": level.pk}
    message = guard.clean_required(message, _("Schrijf een bericht aan de signaalgevers. Zij lezen wat er verandert."))
    remark = guard.clean(remark)
    change = StageChange.objects.create(knelpunt=knelpunt, from_stage=knelpunt.stage, to_stage=to, by=actor,
                                        message=message, remark=remark)
    if change.from_stage == Stage.ESCALATED and to == Stage.ANALYSIS and knelpunt.parent_id:
        escalation["unbundled_from"] = knelpunt.parent_id
        knelpunt.parent = None
        fields.append("parent")
    now = timezone.now()
    knelpunt.stage, knelpunt.stage_changed_at, knelpunt.version = to, now, knelpunt.version + 1
    knelpunt.save(update_fields=fields)
    signal_ids = list(knelpunt.signals.values_list("pk", flat=True))
    intake.record_first_feedback(signal_ids, now)
    audit.record(actor, "knelpunt.stage_changed", knelpunt, from_stage=change.from_stage, to_stage=to,
                 **escalation)
    if to in CLOSED:  # partners leave for good: reopening does not invite them again
        partners.end_on_close(actor, knelpunt, to)
    feedback.notify_givers(signal_ids, Notification.Kind.STAGE, str(Stage(to).label))
    feedback.notify_joiners([knelpunt.pk], Notification.Kind.STAGE, str(Stage(to).label))
    if knelpunt.scope_id:
        from . import escalation as regions

        regions.flow_down(actor, knelpunt, message, stage=to)
    return change


@transaction.atomic
def send_feedback(actor, knelpunt_id: int, message: str) -> int:
    """A message to every giver of the knelpunt's signals and everyone who joined it, without a stage change."""
    knelpunt = _knelpunt_for_update(actor, knelpunt_id)
    message = guard.clean_required(message, _("Schrijf een bericht aan de signaalgevers."))
    # the knelpunt's message (its timeline and its joiners read it), carried to each signal's giver
    sent = KnelpuntMessage.objects.create(knelpunt=knelpunt, author=actor, body=message)
    signals = list(knelpunt.signals.all())
    SignalEvent.objects.bulk_create([SignalEvent(signal=s, kind=SignalEvent.Kind.FEEDBACK, actor=actor, body=message,
                                                 knelpunt=knelpunt, knelpunt_message=sent) for s in signals])
    _first_feedback(signals, timezone.now())
    audit.record(actor, "knelpunt.feedback_sent", knelpunt, signals=len(signals))
    feedback.notify_givers([s.pk for s in signals], Notification.Kind.FEEDBACK)
    feedback.notify_joiners([knelpunt.pk], Notification.Kind.FEEDBACK)
    if knelpunt.scope_id:
        from . import escalation as regions

        return len(signals) + regions.flow_down(actor, knelpunt, message)
    return len(signals)


@transaction.atomic
def merge(actor, source_id: int, target_id: int, message: str) -> Knelpunt:
    """Merge knelpunt `source` into `target`: its signals move (with history) and its joins too, the source is
    closed as merged. The message reaches the remaining knelpunt; the givers of the moved signals and the people
    whose join moved are notified after commit."""
    if source_id == target_id:
        raise ValidationError(_("Kies een ander knelpunt om mee samen te voegen."))
    source = _knelpunt_for_update(actor, source_id)
    target = _knelpunt_for_update(actor, target_id)
    if source.municipality_id != target.municipality_id:
        raise PermissionDenied
    message = guard.clean_required(message, _("Schrijf een bericht aan de signaalgevers over de samenvoeging."))
    # a withdrawn signal that sits in the source (`link` refuses it) stays behind on the merged knelpunt
    signal_ids = list(source.signals.exclude(status=SignalStatus.WITHDRAWN).values_list("pk", flat=True))
    if signal_ids:
        link(actor, signal_ids, target.pk)
    # the message reaches the remaining knelpunt: its timeline and its joiners (also those who move) read it
    sent = KnelpuntMessage.objects.create(knelpunt=target, author=actor, body=message)
    if signal_ids:
        SignalEvent.objects.bulk_create([SignalEvent(signal_id=pk, kind=SignalEvent.Kind.FEEDBACK, actor=actor,
                                                     body=message, knelpunt=target, knelpunt_message=sent)
                                         for pk in signal_ids])
    # joins ("ik zie dit ook") follow the signals; a person who joined both keeps one join
    already = set(target.joins.values_list("user_id", flat=True))
    moving = list(source.joins.exclude(user_id__in=already).values_list("pk", "user_id"))
    moved = Join.objects.filter(pk__in=[pk for pk, _user in moving]).update(knelpunt=target)
    source.joins.all().delete()
    source.merged_into, source.version = target, source.version + 1
    source.save(update_fields=["merged_into", "version", "updated_at"])
    Knelpunt.objects.filter(pk=target.pk).update(version=F("version") + 1)
    _recount(source.pk, target.pk)
    audit.record(actor, "knelpunt.merged", source, into=target.pk, signals=len(signal_ids), joins=moved)
    # the givers of the moved signals hear it through `link`; the people whose join moved read the message on
    # their page of the remaining knelpunt
    feedback.notify_joiners([target.pk], Notification.Kind.FEEDBACK, user_ids=[user for _pk, user in moving])
    return target


@transaction.atomic
def add_note(actor, knelpunt_id: int, body: str, kind: str = Note.Kind.INTERNAL) -> Note:
    knelpunt = _knelpunt_for_update(actor, knelpunt_id)
    body = guard.clean_required(body, _("Schrijf een nota."))
    note = Note.objects.create(knelpunt=knelpunt, author=actor, kind=kind, body=body)
    audit.record(actor, "knelpunt.note_added", knelpunt, kind=kind)
    return note



