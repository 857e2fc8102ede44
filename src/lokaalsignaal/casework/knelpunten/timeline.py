"""The story of one knelpunt, newest last: stage changes, messages, notes, links and merges, merged by time.

Read-only; the caller passes a knelpunt it got from an access module (`casework.knelpunten.access`,
`casework.regions.access`), everything here hangs off that knelpunt. Messages come from `KnelpuntMessage` (the one
source of what reached the knelpunt: its own messages, its merge message and what a region or Flanders sent down to
it), with the references of the signals that carried them. A fixed number of queries, however long the story,
each built once per process (`kept_queries`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch

from lokaalsignaal.casework.knelpunten.flow import flowed_text
from lokaalsignaal.casework.knelpunten.models import Knelpunt, KnelpuntMessage, Note, StageChange
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.intake.models import SignalEvent
from lokaalsignaal.kept_queries import KeptQuery


@dataclass
class Entry:
    at: datetime
    kind: str  # created | stage | feedback | note | analysis | linked | unlinked | merged
    who: str = ""
    message: str = ""
    remark: str = ""
    from_stage: str = ""
    to_stage: str = ""
    references: list[str] = field(default_factory=list)
    title: str = ""
    message_pk: int | None = None  # a municipality's own message: its coordinators may show it on the public page
    public: bool = False  # a message shown on the public page of results (while the knelpunt is public)

    @property
    def from_label(self):
        return Stage(self.from_stage).label if self.from_stage else ""

    @property
    def to_label(self):
        return Stage(self.to_stage).label if self.to_stage else ""


def _name(user) -> str:
    return user.full_name if user is not None else ""


EVENT_KINDS = (SignalEvent.Kind.LINKED, SignalEvent.Kind.UNLINKED)


def _carried():
    return SignalEvent.objects.select_related("signal").only("knelpunt_message_id", "signal__reference").order_by("id")


_STAGE_CHANGES = KeptQuery(lambda knelpunt_id: StageChange.objects.filter(knelpunt_id=knelpunt_id)
                           .select_related("by").only("created_at", "message", "remark", "from_stage", "to_stage",
                                                      "by__full_name"))
_NOTES = KeptQuery(lambda knelpunt_id: Note.objects.filter(knelpunt_id=knelpunt_id).select_related("author")
                   .only("created_at", "kind", "body", "author__full_name"))
_MESSAGES = KeptQuery(lambda knelpunt_id: KnelpuntMessage.objects.filter(knelpunt_id=knelpunt_id)
                      .select_related("author", "scope", "origin")
                      .only("created_at", "body", "stage", "public", "author__full_name", "scope__name",
                            "origin__title")
                      .prefetch_related(Prefetch("signal_events", queryset=_carried())))
_EVENTS = KeptQuery(lambda knelpunt_id: SignalEvent.objects.filter(knelpunt_id=knelpunt_id, kind__in=EVENT_KINDS)
                    .select_related("actor", "signal").only("kind", "created_at", "actor__full_name",
                                                            "signal__reference").order_by("created_at", "id"))
_MERGED = KeptQuery(lambda knelpunt_id, shape, municipality_id=None: Knelpunt.objects.filter(
    merged_into_id=knelpunt_id, municipality_id=municipality_id).only("title", "updated_at"))  # shape: regional


def _messages(knelpunt: Knelpunt) -> list[Entry]:
    """The messages that reached the knelpunt, each once, with the signals that carried it to their givers."""
    entries = []
    for message in _MESSAGES(knelpunt_id=knelpunt.pk):
        text, own = message.body, knelpunt.municipality_id is not None
        if message.scope_id is not None:  # a regional/Flemish message that flowed down to this knelpunt
            text, own = flowed_text(message.scope.name, message.origin.title if message.origin_id else "",
                                    message.stage, message.body), False
        entries.append(Entry(message.created_at, "feedback", _name(message.author), message=text,
                             references=[e.signal.reference for e in message.signal_events.all()],
                             message_pk=message.pk if own else None, public=message.public))
    return entries


def for_knelpunt(knelpunt: Knelpunt, *, internal: bool) -> list[Entry]:
    """`internal`: include internal notes and remarks (coordinators); readers see the rest."""
    entries = [Entry(knelpunt.created_at, "created", _name(knelpunt.created_by))]
    for change in _STAGE_CHANGES(knelpunt_id=knelpunt.pk):
        entries.append(Entry(change.created_at, "stage", _name(change.by), message=change.message,
                             remark=change.remark if internal else "", from_stage=change.from_stage,
                             to_stage=change.to_stage))
    if internal:  # coordinators: internal notes, and the analysis notes of partners (and coordinators)
        for note in _NOTES(knelpunt_id=knelpunt.pk):
            kind = "analysis" if note.kind == Note.Kind.ANALYSIS else "note"
            entries.append(Entry(note.created_at, kind, _name(note.author), message=note.body))
    entries += _messages(knelpunt)
    previous = None
    for event in _EVENTS(knelpunt_id=knelpunt.pk):
        who = _name(event.actor)
        # One action on many signals (link or move a selection) is one entry with its references.
        if (previous is not None and previous.kind == event.kind and previous.who == who
                and (event.created_at - previous.at).total_seconds() < 5):
            previous.references.append(event.signal.reference)
            continue
        previous = Entry(event.created_at, event.kind, who, references=[event.signal.reference])
        entries.append(previous)
    regional = knelpunt.municipality_id is None
    place = {} if regional else {"municipality_id": knelpunt.municipality_id}
    for source in _MERGED(shape=regional, knelpunt_id=knelpunt.pk, **place):
        entries.append(Entry(source.updated_at, "merged", title=source.title))
    entries.sort(key=lambda e: e.at)
    return entries
