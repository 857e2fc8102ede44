"""The story of a signal as its giver reads it: what happened, in plain Dutch, oldest first.

Built from the signal's own events and the stage changes of the knelpunten it is (or was) linked to, in a fixed
number of queries. Only what is meant for the giver is read: never internal remarks, notes or who did what.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cached_property
from types import SimpleNamespace

from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.casework.knelpunten.models import Knelpunt, KnelpuntMessage, StageChange
from lokaalsignaal.casework.knelpunten.stages import GIVER_TEXT, Stage
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus
from lokaalsignaal.kept_queries import KeptQuery

Kind = SignalEvent.Kind

# What each event is called in the giver's story, and the plain sentence under it.
EVENT_TEXT = {
    Kind.SUBMITTED: (_("Ingediend"), _("Je hebt dit signaal gegeven.")),
    Kind.EDITED: (_("Aangepast"), _("Je hebt je signaal aangepast.")),
    Kind.WITHDRAWN: (_("Ingetrokken"), _("Je hebt je signaal ingetrokken.")),
    Kind.RECEIVED: (_("Ontvangen door de gemeente"), _("De gemeente heeft je signaal gelezen.")),
    Kind.COMMENT: (_("Jouw opmerking"), ""),
    Kind.QUESTION: (_("Vraag van de gemeente"), ""),
    Kind.ANSWER: (_("Jouw antwoord"), ""),
    Kind.NOT_RETAINED: (_("Niet weerhouden"), _("De gemeente werkt niet verder met dit signaal. Dit is de uitleg:")),
    Kind.LINKED: (_("Gekoppeld aan een knelpunt"),
                  _("De gemeente heeft je signaal samen met andere signalen gebundeld in een knelpunt.")),
    Kind.UNLINKED: (_("Losgekoppeld van een knelpunt"), _("Je signaal hoort niet meer bij dit knelpunt.")),
    Kind.FEEDBACK: (_("Bericht van de gemeente"), ""),
    Kind.STILL_SEEN: (_("Je ziet dit nog steeds"), _("Je hebt laten weten dat het probleem blijft.")),
    Kind.REDACTED: (_("Persoonsgegevens verwijderd"),
                    _("De gemeente heeft persoonsgegevens uit je signaal gehaald.")),
}


@dataclass(frozen=True)
class Entry:
    """One step in the story. `kind` is a SignalEvent kind or "stage"."""

    at: datetime
    kind: str
    title: str
    text: str = ""
    body: str = ""
    knelpunt_id: int | None = None
    knelpunt_title: str = ""
    stage: str = ""
    stage_label: str = ""
    is_outcome: bool = False
    sender: str = ""  # the region / Flanders a message flowed down from ("" for the municipality)
    order: int = 0  # at the same moment: the signal's own event first


@dataclass(frozen=True)
class Status:
    """The one line that says where a signal stands, for the list and the top of the page."""

    code: str
    label: str
    badge: str
    knelpunt_title: str = ""
    stage_label: str = ""


@dataclass
class Story:
    signal: Signal
    status: Status
    entries: list[Entry] = field(default_factory=list)
    open_question: Entry | None = None
    outcome: Entry | None = None
    stage: GiverStage | None = None

    @cached_property
    def still_seen_opens(self) -> datetime | None:
        """When 'ik zie dit nog steeds' opens (None: not for this signal now); `intake.services.still_seen_opens`."""
        return intake.still_seen_opens(self.signal)

    @property
    def still_seen_refusal(self) -> str:
        return intake.still_seen_refusal(self.signal, self.still_seen_opens)

    @property
    def can_still_see(self) -> bool:
        return not self.still_seen_refusal


@dataclass(frozen=True)
class GiverStage:
    """The stage of a knelpunt as its givers and joiners read it."""

    stage: Stage
    label: str
    text: str
    decided_by: str = ""  # the region / Flanders that closed (or did not retain) an escalated knelpunt


# Related fields `giver_stage` follows: select them with a knelpunt (as `knelpunt__` + these for a signal).
ABOVE = ("escalated_to", "parent__scope", "parent__parent__scope")
WITH_KNELPUNT = ("knelpunt", *(f"knelpunt__{up}" for up in ABOVE))  # a signal's knelpunt as `giver_stage` reads it
ABOVE_FIELDS = ("stage", "parent_id", "escalated_to", "escalated_to__name",
                *(f"{up}__{name}" for up in ("parent", "parent__parent")
                  for name in ("stage", "parent_id", "scope_id", "scope__name")))
# What a row of her signals reads (`giver_signal_rows`, `status_of`), as one row of values (`rows_of` gives them
# the attributes those read). Model instances for a signal, its place and its knelpunt chain cost more than the row.
_SIGNAL_VALUES = ("pk", "reference", "title", "submitted_at", "status", "has_open_question", "read_at", "knelpunt_id",
                  "municipality__name")
_NODE = ("stage", "parent_id", "scope_id", "scope__name")  # a knelpunt above hers (`giver_stage` walks up)
ROW_VALUES = (*_SIGNAL_VALUES, "knelpunt__title", "knelpunt__stage", "knelpunt__parent_id",
              "knelpunt__escalated_to_id", "knelpunt__escalated_to__name",
              *(f"knelpunt__{up}__{name}" for up in ("parent", "parent__parent") for name in _NODE))


def rows_of(values) -> list[SimpleNamespace]:
    """Rows of `ROW_VALUES` as her lists read them: a signal with `municipality.name` and, when linked, its
    `knelpunt` with what `giver_stage` reads of it and of the two knelpunten above it (a region's, Flanders')."""
    rows = []
    for row in values:
        own, chain = row[:len(_SIGNAL_VALUES)], row[len(_SIGNAL_VALUES):]
        signal = SimpleNamespace(**dict(zip(_SIGNAL_VALUES, own, strict=True)), knelpunt=None)
        signal.municipality = SimpleNamespace(name=signal.municipality__name)
        if signal.knelpunt_id is not None:
            title, stage, parent_id, escalated_to_id, escalated_name, *above = chain
            grandparent = _above(above[4:], None)
            signal.knelpunt = SimpleNamespace(
                title=title, stage=stage, parent_id=parent_id, escalated_to_id=escalated_to_id,
                escalated_to=SimpleNamespace(name=escalated_name), scope_id=None,
                parent=_above(above[:4], grandparent) if parent_id is not None else None)
        rows.append(signal)
    return rows


def _above(values, parent) -> SimpleNamespace:
    stage, parent_id, scope_id, scope_name = values
    return SimpleNamespace(stage=stage, parent_id=parent_id, scope_id=scope_id, scope=SimpleNamespace(name=scope_name),
                           parent=parent if parent_id is not None else None)


def escalated_label(knelpunt) -> str:
    """"Opgeschaald naar <regio / Vlaanderen>", from the knelpunt's `escalated_to` ("" when it has none)."""
    if knelpunt is None or not knelpunt.escalated_to_id:
        return ""
    return str(gettext("Opgeschaald naar %(scope)s") % {"scope": knelpunt.escalated_to.name})


def giver_stage(knelpunt) -> GiverStage:
    """An escalated knelpunt stays "opgeschaald" at the municipality until its coordinator closes it, but once the
    region / Flanders closed the knelpunt it was bundled into, that is what the giver waits for: it reads
    "Afgerond door <regio>" (or "Niet weerhouden door <regio>"); while the region / Flanders works on it, "Bij
    <regio>: <fase>". Otherwise the knelpunt's own stage ("Opgeschaald naar <regio>" while it waits there)."""
    node = knelpunt
    while node.stage == Stage.ESCALATED and node.parent_id:
        node = node.parent
    if node is not knelpunt and node.stage != Stage.ESCALATED:
        scope = {"scope": node.scope.name if node.scope_id else ""}
        if node.stage == Stage.DONE:
            return GiverStage(Stage.DONE, gettext("Afgerond door %(scope)s") % scope, str(gettext(
                "%(scope)s heeft het knelpunt afgerond. De uitkomst staat hieronder.") % scope), scope["scope"])
        if node.stage == Stage.NOT_RETAINED:
            return GiverStage(Stage.NOT_RETAINED, gettext("Niet weerhouden door %(scope)s") % scope, str(gettext(
                "%(scope)s werkt niet verder met het knelpunt. De uitleg staat hieronder.") % scope), scope["scope"])
        at = gettext("Bij %(scope)s: %(stage)s") % {**scope, "stage": Stage(node.stage).label}
        return GiverStage(Stage.ESCALATED, at,
                          str(gettext("De gemeente gaf het knelpunt door. %(scope)s werkt er nu aan.") % scope))
    stage = Stage(knelpunt.stage)
    if stage == Stage.ESCALATED and knelpunt.escalated_to_id:
        return GiverStage(stage, escalated_label(knelpunt), str(gettext(
            "De gemeente gaf het knelpunt door aan %(scope)s.") % {"scope": knelpunt.escalated_to.name}))
    return GiverStage(stage, str(stage.label), str(GIVER_TEXT[stage]))


def status_of(signal: Signal) -> Status:
    """The derived status in plain Dutch. Reads `signal.knelpunt` (select or prefetch it for lists)."""
    if signal.status == SignalStatus.WITHDRAWN:
        return Status("withdrawn", gettext("Ingetrokken"), "ended")
    if signal.status == SignalStatus.NOT_RETAINED:
        return Status("not_retained", gettext("Niet weerhouden"), "ended")
    if signal.has_open_question:
        return Status("question", gettext("Vraag voor jou"), "pending")
    knelpunt = signal.knelpunt if signal.knelpunt_id else None
    if knelpunt is not None:
        stage = giver_stage(knelpunt)
        if stage.stage == Stage.DONE:
            return Status("done", gettext("Afgerond"), "approved", knelpunt.title, stage.label)
        if stage.stage == Stage.NOT_RETAINED:
            return Status("not_retained", gettext("Niet weerhouden"), "ended", knelpunt.title, stage.label)
        return Status("linked", gettext("Gekoppeld aan knelpunt"), "approved", knelpunt.title, stage.label)
    if signal.read_at or signal.status == SignalStatus.RECEIVED:
        return Status("received", gettext("Ontvangen"), "approved")
    return Status("submitted", gettext("Ingediend"), "pending")


# What `_message_entry` reads of a KnelpuntMessage (select "scope" and "origin" with it).
MESSAGE_FIELDS = ("created_at", "body", "stage", "scope_id", "scope__name", "origin_id", "origin__title")


def _message_entry(message: KnelpuntMessage) -> Entry:
    """A knelpunt's message as givers and joiners read it: "Bericht van de gemeente", or "Bericht van <regio /
    Vlaanderen>" (with the stage its knelpunt moved to) for one that flowed down from a regional/Flemish knelpunt."""
    if message.scope_id is None:
        return Entry(at=message.created_at, kind=Kind.FEEDBACK, title=str(EVENT_TEXT[Kind.FEEDBACK][0]),
                     body=message.body)
    text = ""
    if message.stage:
        text = gettext("Het knelpunt ‘%(title)s’ is nu in de fase ‘%(stage)s’.") % {
            "title": message.origin.title if message.origin_id else "", "stage": Stage(message.stage).label}
    return Entry(at=message.created_at, kind=Kind.FEEDBACK, title=gettext("Bericht van %(scope)s") % {
        "scope": message.scope.name}, text=str(text), body=message.body, stage=message.stage,
        stage_label=str(Stage(message.stage).label) if message.stage else "", sender=message.scope.name,
        is_outcome=message.stage == Stage.DONE)


def _event_entry(event: SignalEvent) -> Entry:
    knelpunt = event.knelpunt if event.knelpunt_id else None
    knelpunt_title = knelpunt.title if knelpunt else ""
    if event.kind == Kind.FEEDBACK and event.knelpunt_message_id:
        # the event carries a knelpunt's message to the giver: read it as the joiners do, with its sender (the
        # municipality, or the region / Flanders it came from) in the title and the message as it was written
        return replace(_message_entry(event.knelpunt_message), at=event.created_at,
                       knelpunt_id=event.knelpunt_id, knelpunt_title=knelpunt_title)
    title, text = EVENT_TEXT.get(event.kind, (event.get_kind_display(), ""))
    return Entry(at=event.created_at, kind=event.kind, title=str(title), text=str(text), body=event.body,
                 knelpunt_id=event.knelpunt_id, knelpunt_title=knelpunt_title)


def _stage_entry(change: StageChange, knelpunt_title: str, escalated: str = "") -> Entry:
    """`escalated`: the knelpunt's `escalated_label`, said for a move to "opgeschaald" ("" for a plain one)."""
    stage = Stage(change.to_stage)
    label = escalated if escalated and stage == Stage.ESCALATED else str(stage.label)
    return Entry(at=change.created_at, kind="stage", title=str(gettext("Nieuwe stap voor het knelpunt")),
                 text=str(GIVER_TEXT[stage]), body=change.message, knelpunt_id=change.knelpunt_id,
                 knelpunt_title=knelpunt_title,
                 stage=stage.value, stage_label=label, is_outcome=stage == Stage.DONE, order=1)


# built once per process (`kept_queries`): every visit of a signal's page tells its story
_EVENTS = KeptQuery(lambda signal_id: SignalEvent.objects.filter(signal_id=signal_id).select_related(
    "knelpunt", "knelpunt_message__scope", "knelpunt_message__origin").only(
    "created_at", "kind", "body", "knelpunt_id", "signal_id", "knelpunt__title", "knelpunt__stage",
    "knelpunt_message_id", *(f"knelpunt_message__{name}" for name in MESSAGE_FIELDS)))


def _changes(shape, **values):
    """The stage changes of the knelpunten a signal was in while it was there: per knelpunt in `shape`, whether
    the signal's link to it is known (`since{i}`) and whether it left it (`until{i}`)."""
    condition = Q(pk__in=[])
    for i, (since, until) in enumerate(shape):
        part = Q(knelpunt_id=values[f"knelpunt{i}"])
        if since:
            part &= Q(created_at__gte=values[f"since{i}"])
        if until:
            part &= Q(created_at__lte=values[f"until{i}"])
        condition |= part
    return StageChange.objects.filter(condition).only("knelpunt_id", "to_stage", "message", "created_at")


_CHANGES = KeptQuery(_changes)


def story_for(signal: Signal) -> Story:
    """The giver's story of one signal, in two queries (plus one for `signal.knelpunt` if not selected)."""
    events = _EVENTS(signal_id=signal.pk)
    current = signal.knelpunt if signal.knelpunt_id else None
    titles: dict[int, str] = {current.pk: current.title} if current else {}
    # a knelpunt's stage changes from the moment the signal was linked to it, up to the moment it left
    linked_at: dict[int, datetime] = {}
    left_at: dict[int, datetime] = {}
    for event in events:
        if event.knelpunt_id:
            titles.setdefault(event.knelpunt_id, event.knelpunt.title)
            if event.kind == Kind.LINKED:
                linked_at.setdefault(event.knelpunt_id, event.created_at)
            elif event.kind == Kind.UNLINKED:
                left_at[event.knelpunt_id] = event.created_at
    shape, values = [], {}
    for pk in titles:
        left = pk != getattr(current, "pk", None)  # a knelpunt it was in before its current one
        if not left or pk in left_at:
            i = len(shape)
            values[f"knelpunt{i}"] = pk
            if pk in linked_at:
                values[f"since{i}"] = linked_at[pk]
            if left:
                values[f"until{i}"] = left_at[pk]
            shape.append((pk in linked_at, left))
    changes = _CHANGES(shape=tuple(shape), **values) if shape else []

    entries = [_event_entry(e) for e in events]
    escalated = {current.pk: escalated_label(current)} if current else {}
    entries += [_stage_entry(c, titles.get(c.knelpunt_id, ""), escalated.get(c.knelpunt_id, "")) for c in changes]
    entries.sort(key=lambda e: (e.at, e.order))

    story = Story(signal=signal, status=status_of(signal), entries=entries)
    if signal.has_open_question:
        story.open_question = next((e for e in reversed(entries) if e.kind == Kind.QUESTION), None)
    if current is not None:
        story.stage = giver_stage(current)
        if story.stage.decided_by:
            story.outcome = _closed_higher_up(entries, current.pk)
        elif current.stage == Stage.DONE:
            story.outcome = next((e for e in reversed(entries) if e.is_outcome
                                  and e.knelpunt_id == current.pk), None)
        elif current.stage == Stage.NOT_RETAINED:
            story.outcome = next((e for e in reversed(entries) if e.kind == "stage"
                                  and e.stage == Stage.NOT_RETAINED and e.knelpunt_id == current.pk), None)
    elif signal.status == SignalStatus.NOT_RETAINED:
        story.outcome = next((e for e in reversed(entries) if e.kind == Kind.NOT_RETAINED), None)
    return story


def _closed_higher_up(entries: list[Entry], knelpunt_id: int) -> Entry | None:
    """The outcome of a knelpunt still "opgeschaald" at the municipality that the region / Flanders closed: the
    last stage message that flowed down to it from above."""
    return next((e for e in reversed(entries) if e.knelpunt_id == knelpunt_id and e.sender and e.stage), None)


def joined_story(knelpunt) -> list[Entry]:
    """What someone who joined a knelpunt ("ik zie dit ook") reads about it, oldest first: its stage messages, the
    messages of its municipality, and the messages of the regional/Flemish knelpunt it is bundled into (they flowed
    down to it). Two queries; never remarks, notes, signals or who wrote anything."""
    changes = StageChange.objects.filter(knelpunt=knelpunt).only("knelpunt_id", "to_stage", "message",
                                                                      "created_at")
    messages = (KnelpuntMessage.objects.filter(knelpunt=knelpunt).select_related("scope", "origin")
                .only(*MESSAGE_FIELDS))
    escalated = escalated_label(knelpunt)
    entries = [_stage_entry(c, "", escalated) for c in changes] + [_message_entry(m) for m in messages]
    entries.sort(key=lambda e: (e.at, e.order))
    return entries


def with_knelpunten(signals) -> list[Signal]:
    """Load the knelpunt of every signal (with what `giver_stage` reads) in one query, for lists."""
    signals = list(signals)
    prefetch_related_objects(signals, Prefetch("knelpunt", Knelpunt.objects.select_related(*ABOVE)))
    return signals
