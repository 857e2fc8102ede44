"""The story of one knelpunt, newest last: stage changes, messages, notes, links and merges, merged by time.

Read-only; the caller passes a knelpunt it got from an access module (`casework.knelpunten.access`,
`casework.regions.access`), everything here hangs off that knelpunt. Messages come from `KnelpuntMessage` (the one
source of what reached the knelpunt: its own messages, its merge message and what a region or Flanders sent down to
it), with the references of the signals that carried them. Two queries however long the story, each built once per
process (`kept_queries`): the messages, and the rest in one union (`_story`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch, TextField, Value

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


_MESSAGES = KeptQuery(lambda knelpunt_id: KnelpuntMessage.objects.filter(knelpunt_id=knelpunt_id)
                      .select_related("author", "scope", "origin")
                      .only("created_at", "body", "stage", "public", "author__full_name", "scope__name",
                            "origin__title")
                      .prefetch_related(Prefetch("signal_events", queryset=_carried())))

_TEXT = Value(None, output_field=TextField())


def _story(knelpunt_id: int, shape: tuple[bool, bool], municipality_id: int | None = None):
    """The rest of the story in one query (a union): stage changes, internal notes (`shape[0]`: for coordinators),
    signals linked and unlinked, knelpunten merged into it (`shape[1]`: a regional knelpunt's have no municipality).
    Each row: part, moment, id, who, text, remark, from stage, to stage, reference or title, kind."""
    internal, regional = shape
    parts = [StageChange.objects.filter(knelpunt_id=knelpunt_id).values_list(
        Value("stage"), "created_at", "pk", "by__full_name", "message", "remark", "from_stage", "to_stage", _TEXT,
        _TEXT)]
    if internal:
        parts.append(Note.objects.filter(knelpunt_id=knelpunt_id).values_list(
            Value("note"), "created_at", "pk", "author__full_name", "body", _TEXT, _TEXT, _TEXT, _TEXT, "kind"))
    parts.append(SignalEvent.objects.filter(knelpunt_id=knelpunt_id, kind__in=EVENT_KINDS).values_list(
        Value("event"), "created_at", "pk", "actor__full_name", _TEXT, _TEXT, _TEXT, _TEXT, "signal__reference",
        "kind"))
    parts.append(Knelpunt.objects.filter(merged_into_id=knelpunt_id, municipality_id=None if regional else
                                         municipality_id).values_list(
        Value("merged"), "updated_at", "pk", _TEXT, _TEXT, _TEXT, _TEXT, _TEXT, "title", _TEXT))
    first, *rest = (part.order_by() for part in parts)
    return first.union(*rest, all=True)


_STORY = KeptQuery(_story)
# each part in its model's own order (the story is then sorted by moment, keeping that order for equal moments)
_ORDER = {"stage": lambda row: (row[1], row[2]), "note": lambda row: (-row[1].timestamp(), -row[2]),
          "event": lambda row: (row[1], row[2]), "merged": lambda row: (-row[1].timestamp(), -row[2])}


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
    regional = knelpunt.municipality_id is None
    place = {} if regional else {"municipality_id": knelpunt.municipality_id}
    parts: dict[str, list[tuple]] = {"stage": [], "note": [], "event": [], "merged": []}
    for row in _STORY(shape=(internal, regional), knelpunt_id=knelpunt.pk, **place):
        parts[row[0]].append(row)
    for name, rows in parts.items():
        rows.sort(key=_ORDER[name])
    entries = [Entry(knelpunt.created_at, "created", _name(knelpunt.created_by))]
    for _part, at, _pk, who, message, remark, from_stage, to_stage, _ref, _kind in parts["stage"]:
        entries.append(Entry(at, "stage", who or "", message=message, remark=remark if internal else "",
                             from_stage=from_stage, to_stage=to_stage))
    for _part, at, _pk, who, body, *_rest, kind in parts["note"]:  # internal notes, and partners' analysis notes
        entries.append(Entry(at, "analysis" if kind == Note.Kind.ANALYSIS else "note", who or "", message=body))
    entries += _messages(knelpunt) if getattr(knelpunt, "has_messages", True) else []  # its page knows
    previous = None
    for _part, at, _pk, who, *_texts, reference, kind in parts["event"]:
        who = who or ""
        # One action on many signals (link or move a selection) is one entry with its references.
        if (previous is not None and previous.kind == kind and previous.who == who
                and (at - previous.at).total_seconds() < 5):
            previous.references.append(reference)
            continue
        previous = Entry(at, kind, who, references=[reference])
        entries.append(previous)
    for _part, at, *_rest, title, _kind in parts["merged"]:
        entries.append(Entry(at, "merged", title=title))
    entries.sort(key=lambda e: e.at)
    return entries
