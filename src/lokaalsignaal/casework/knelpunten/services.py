"""A knelpunt's actions: make and change it, link and unlink signals, move it through its stages, send its givers a
message (and show it on the public page of results), merge it, write a note. One function per action: permission,
one transaction, audit, and what happened announced after commit (`casework.knelpunten.domain_events`; who
listens: `lokaalsignaal.subscriptions`). Signals are written through `intake.triage`; views (and later the API) call
only these."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from lokaalsignaal import domain_events
from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten import flow, priority
from lokaalsignaal.casework.knelpunten.domain_events import FeedbackSent, JoinsMoved, SignalsLinked, StageChanged
from lokaalsignaal.casework.knelpunten.models import Join, Knelpunt, KnelpuntMessage, Note, StageChange
from lokaalsignaal.casework.knelpunten.stages import Stage, check_transition
from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake import triage
from lokaalsignaal.intake.models import Signal, SignalStatus
from lokaalsignaal.intake.services import record_first_feedback
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import ScopeMembership

ScopeRole = ScopeMembership.ScopeRole


class StaleEdit(Exception):
    """Someone else changed the knelpunt in the meantime."""

    def __init__(self, knelpunt):
        super().__init__(knelpunt.pk)
        self.knelpunt = knelpunt


def knelpunt_for_update(actor, knelpunt_id) -> Knelpunt:
    """A knelpunt the actor may manage: of a municipality they coordinate, or a regional/Flemish knelpunt of a
    scope they coordinate."""
    knelpunt = knelpunt_access.knelpunten_for(actor, perm="knelpunten.manage").select_for_update().filter(
        pk=knelpunt_id).first()
    if knelpunt is None:
        knelpunt = (knelpunt_access.regional_knelpunten_for(actor, role=ScopeRole.COORDINATOR).select_for_update()
                    .filter(pk=knelpunt_id).first())
    if knelpunt is None:
        raise PermissionDenied
    return knelpunt


def recount(*knelpunt_ids) -> None:
    """Keep the signal count and the priority of these knelpunten up to date. A withdrawn signal that still sits in
    a knelpunt (linked before `link` refused it) does not count: the count is the signals its readers see."""
    for pk in {b for b in knelpunt_ids if b}:
        signals = Signal.objects.filter(knelpunt_id=pk).exclude(status=SignalStatus.WITHDRAWN)
        Knelpunt.objects.filter(pk=pk).update(signal_count=signals.count(),
                                                join_count=Join.objects.filter(knelpunt_id=pk).count())
        priority.refresh(pk)


# --- signals in a knelpunt -----------------------------------------------------------------------------------

@transaction.atomic
def not_retain(actor, signal_ids, explanation: str) -> int:
    """'Niet weerhouden' (`intake.triage.set_aside`): the signals leave their knelpunt, which is recounted."""
    signals = triage.signals_for_update(actor, signal_ids)
    left = triage.set_aside(actor, signals, explanation)
    recount(*left)
    return len(signals)


@transaction.atomic
def link(actor, signal_ids, knelpunt_id: int) -> int:
    """Link signals to a knelpunt of the same municipality (also: move them from another knelpunt). A withdrawn
    signal is refused (ValidationError), and then nothing is linked."""
    signals = triage.signals_for_update(actor, signal_ids)
    knelpunt = knelpunt_for_update(actor, knelpunt_id)
    if any(s.municipality_id != knelpunt.municipality_id for s in signals):
        raise PermissionDenied
    previous = {s.knelpunt_id for s in signals}
    linked = triage.attach(actor, signals, knelpunt)
    recount(knelpunt.pk, *previous)
    if linked:
        domain_events.announce(SignalsLinked(knelpunt.pk, tuple(s.pk for s in linked)))
    return len(linked)


@transaction.atomic
def unlink(actor, signal_id: int) -> Signal:
    (signal,) = triage.signals_for_update(actor, [signal_id])
    recount(triage.detach(actor, signal))
    return signal


# --- knelpunten ----------------------------------------------------------------------------------------------

KNELPUNT_FIELDS = ["title", "summary", "owner", "responsible_level", "severity", "visible_to_givers", "public",
                   "public_title", "public_summary"]


def _public_texts(values: dict) -> None:
    """What the public page shows is written for it: a public knelpunt needs its public title."""
    values["public_title"] = guard.clean(values.get("public_title"))
    values["public_summary"] = guard.clean(values.get("public_summary"))
    if values.get("public") and not values["public_title"]:
        raise ValidationError(_("Geef een publieke titel: die staat op de publieke pagina van de gemeente."))


@transaction.atomic
def create_knelpunt(actor, municipality, data: dict, themes=(), target_groups=(), signal_ids=()) -> Knelpunt:
    if not scoping.can(actor, municipality, "knelpunten.manage"):
        raise PermissionDenied
    values = {k: data[k] for k in KNELPUNT_FIELDS if k in data}
    values["title"] = guard.clean_required(values.get("title", ""), _("Geef het knelpunt een titel."))
    values["summary"] = guard.clean(values.get("summary"))
    _public_texts(values)
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
    knelpunt = knelpunt_for_update(actor, knelpunt_id)
    if knelpunt.version != expected_version:
        raise StaleEdit(knelpunt)
    data = dict(data)
    data["title"] = guard.clean_required(data.get("title", ""), _("Geef het knelpunt een titel."))
    data["summary"] = guard.clean(data.get("summary"))
    _public_texts(data)
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


def _escalation(knelpunt, escalate_to, responsible_level):
    """Where an escalated knelpunt goes: (scope, level). A municipal knelpunt needs both; a regional/Flemish one
    needs the level (the scope is optional: a Flanders scope, or none for the federal or European level)."""
    from lokaalsignaal.reference.models import ResponsibleLevel

    scope_id = getattr(escalate_to, "pk", escalate_to)
    level_id = getattr(responsible_level, "pk", responsible_level)
    scope = knelpunt_access.escalation_targets(knelpunt).filter(pk=scope_id).first() if scope_id else None
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
    invitations for good (`casework.partners.services.end_on_close` listens in the transaction). A regional/Flemish
    knelpunt's message flows down to the knelpunten bundled into it and their givers (`flow.flow_down`)."""
    knelpunt = knelpunt_for_update(actor, knelpunt_id)
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
    record_first_feedback(signal_ids, now)
    audit.record(actor, "knelpunt.stage_changed", knelpunt, from_stage=change.from_stage, to_stage=to,
                 **escalation)
    # in this transaction: a closed knelpunt's partners leave for good (`casework.partners.services.end_on_close`);
    # after commit: its givers and joiners hear it
    domain_events.announce(StageChanged(knelpunt.pk, to, tuple(signal_ids), actor.pk))
    if knelpunt.scope_id:
        flow.flow_down(actor, knelpunt, message, stage=to)
    return change


@transaction.atomic
def send_feedback(actor, knelpunt_id: int, message: str, public: bool = False) -> int:
    """A message to every giver of the knelpunt's signals and everyone who joined it, without a stage change.
    `public`: also on the municipality's public page of results (`set_message_public`); refused, and nothing sent,
    when the message may not be public."""
    knelpunt = knelpunt_for_update(actor, knelpunt_id)
    message = guard.clean_required(message, _("Schrijf een bericht aan de signaalgevers."))
    if public:
        _may_be_public(knelpunt, message, _("Haal ze eruit, of vink ‘Ook tonen op de publieke pagina’ uit."))
    # the knelpunt's message (its timeline and its joiners read it), carried to each signal's giver
    sent = KnelpuntMessage.objects.create(knelpunt=knelpunt, author=actor, body=message, public=public)
    signal_ids = list(knelpunt.signals.values_list("pk", flat=True))
    triage.carry_message(actor, signal_ids, message, knelpunt_ids=dict.fromkeys(signal_ids, knelpunt.pk),
                         message_ids=dict.fromkeys(signal_ids, sent.pk))
    audit.record(actor, "knelpunt.feedback_sent", knelpunt, signals=len(signal_ids),
                 **({"public": True} if public else {}))
    domain_events.announce(FeedbackSent(knelpunt.pk, tuple(signal_ids)))
    if knelpunt.scope_id:
        return len(signal_ids) + flow.flow_down(actor, knelpunt, message)
    return len(signal_ids)


def _may_be_public(knelpunt, body: str, what_now) -> None:
    """A message everyone may read on the public page of results: the municipality's own message about its own
    knelpunt (not a region's or Flanders' message, nor one on a regional knelpunt), in which the privacy guard finds
    nothing. It was written for the givers and stands there as written, so a name, an address or a birth date that
    its writer confirmed for the givers keeps it off the public page (ValidationError, `what_now` says what to do)."""
    if knelpunt.municipality_id is None:
        raise ValidationError(_("Alleen een bericht over een knelpunt van een gemeente kan op haar publieke pagina."))
    found = guard.check(body)
    if found:
        raise ValidationError(_("Dit bericht lijkt persoonsgegevens te bevatten (%(what)s), en iedereen leest de "
                                "publieke pagina. %(what_now)s")
                              % {"what": ", ".join(sorted({str(w.label) for w in found})), "what_now": what_now})


@transaction.atomic
def set_message_public(actor, knelpunt_id: int, message_id: int, public: bool) -> KnelpuntMessage:
    """Show a message of the knelpunt on the municipality's public page of results ("Wat deden we met jullie
    signalen?", while the knelpunt is public), or no longer. Only the municipality's own messages (one that flowed
    down from a region or Flanders is not hers to publish), and only when the privacy guard finds nothing in it
    (`_may_be_public`). A message that is not on this knelpunt is a PermissionDenied, as a knelpunt the actor may
    not manage."""
    knelpunt = knelpunt_for_update(actor, knelpunt_id)
    message = knelpunt.messages.filter(pk=message_id).first()
    if message is None:
        raise PermissionDenied
    if public:
        if message.scope_id is not None:
            raise ValidationError(_("Dit bericht kwam van de regio of Vlaanderen: het kan niet op de publieke "
                                    "pagina van de gemeente."))
        _may_be_public(knelpunt, message.body, _("Schrijf de signaalgevers eventueel een nieuw bericht zonder die "
                                                 "gegevens, en zet dat op de publieke pagina."))
    if message.public != public:
        message.public = public
        message.save(update_fields=["public"])
        audit.record(actor, "knelpunt.message_published" if public else "knelpunt.message_unpublished", knelpunt,
                     message=message.pk)
    return message


@transaction.atomic
def merge(actor, source_id: int, target_id: int, message: str) -> Knelpunt:
    """Merge knelpunt `source` into `target`: its signals move (with history) and its joins too, the source is
    closed as merged. The message reaches the remaining knelpunt; what the givers of the moved signals and the
    people whose join moved hear is announced after commit (`SignalsLinked` through `link`, `JoinsMoved`)."""
    if source_id == target_id:
        raise ValidationError(_("Kies een ander knelpunt om mee samen te voegen."))
    source = knelpunt_for_update(actor, source_id)
    target = knelpunt_for_update(actor, target_id)
    if source.municipality_id != target.municipality_id:
        raise PermissionDenied
    message = guard.clean_required(message, _("Schrijf een bericht aan de signaalgevers over de samenvoeging."))
    # a withdrawn signal that sits in the source (`link` refuses it) stays behind on the merged knelpunt
    signal_ids = list(source.signals.exclude(status=SignalStatus.WITHDRAWN).values_list("pk", flat=True))
    if signal_ids:
        link(actor, signal_ids, target.pk)
    # the message reaches the remaining knelpunt: its timeline and its joiners (also those who move) read it
    sent = KnelpuntMessage.objects.create(knelpunt=target, author=actor, body=message)
    triage.carry_message(actor, signal_ids, message, knelpunt_ids=dict.fromkeys(signal_ids, target.pk),
                         message_ids=dict.fromkeys(signal_ids, sent.pk))
    # joins ("ik zie dit ook") follow the signals; a person who joined both keeps one join
    already = set(target.joins.values_list("user_id", flat=True))
    moving = list(source.joins.exclude(user_id__in=already).values_list("pk", "user_id"))
    moved = Join.objects.filter(pk__in=[pk for pk, _user in moving]).update(knelpunt=target)
    source.joins.all().delete()
    source.merged_into, source.version = target, source.version + 1
    source.save(update_fields=["merged_into", "version", "updated_at"])
    Knelpunt.objects.filter(pk=target.pk).update(version=F("version") + 1)
    recount(source.pk, target.pk)
    audit.record(actor, "knelpunt.merged", source, into=target.pk, signals=len(signal_ids), joins=moved)
    # the givers of the moved signals hear it through `link`; the people whose join moved read the message on
    # their page of the remaining knelpunt
    if moving:
        domain_events.announce(JoinsMoved(target.pk, tuple(user for _pk, user in moving)))
    return target


@transaction.atomic
def add_note(actor, knelpunt_id: int, body: str, kind: str = Note.Kind.INTERNAL) -> Note:
    knelpunt = knelpunt_for_update(actor, knelpunt_id)
    body = guard.clean_required(body, _("Schrijf een nota."))
    note = Note.objects.create(knelpunt=knelpunt, author=actor, kind=kind, body=body)
    audit.record(actor, "knelpunt.note_added", knelpunt, kind=kind)
    return note



