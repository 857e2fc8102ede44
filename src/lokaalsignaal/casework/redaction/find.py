"""A passage a coordinator redacts from a signal (`casework.redaction.services.redact_passage`), taken out of
everything its knelpunten said and hold: every copy of a client's name has to go, not only the one in the signal.

Two rules keep it within what the coordinator may touch and read:
- it starts from the signal: a passage that stands neither in the signal's fields nor in its conversation (its
  events) is refused, whatever else holds it, so the answer says nothing about texts she cannot read;
- it stays in the signal's municipality (the tenant): the municipal knelpunten the signal is or was linked to, their
  messages (also the copies that flowed down into them from a region or Flanders), the copies of those messages in
  the stories of that municipality's signals, their stage changes, notes and joiners' context. A regional or
  Flemish knelpunt's records (its messages, stage changes and internal remarks, and their copies on other
  municipalities' knelpunten) and other municipalities' records are never touched: there is no redaction by a
  region or Flanders yet, so they keep their texts.

One rule decides where the passage stands (`holds`), and one read-only function lists those places (`find`):
the confirmation step shows its counts (`casework.redaction.services.preview_redaction`), and the redaction
rewrites exactly the places it lists (`rewrite`), so the number the coordinator confirms is the number that
changes. What joiners wrote is rewritten too but never counted: the coordinator cannot read it, so no count may
depend on it."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Model, Q, QuerySet

from lokaalsignaal.casework.knelpunten.models import Join, Knelpunt, KnelpuntMessage, Note, StageChange
from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake.models import Signal, SignalEvent


def holds(text: str | None, passage: str) -> bool:
    """The one matching rule: the passage stands in the text, letter for letter (the database's `contains` only
    narrows the rows down; on SQLite it ignores case)."""
    return bool(passage) and passage in (text or "")


@dataclass(frozen=True)
class Place:
    """One stored row that holds the passage, and which of its text fields do."""

    model: type[Model]
    pk: int
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Found:
    """Where a passage stands, all within the signal's municipality: the signal's own fields, its conversation
    (events), the knelpunten's texts the coordinator reads, and what joiners wrote (rewritten, never counted)."""

    signal_fields: tuple[str, ...] = ()
    conversation: list[Place] = field(default_factory=list)
    knelpunten: list[Place] = field(default_factory=list)
    joiners: list[Place] = field(default_factory=list)

    @property
    def total(self) -> int:
        """The number of places the coordinator can read (a field of the signal, an event, a knelpunt text) that the
        redaction changes: what the confirmation counts and the redaction reports."""
        return len(self.signal_fields) + len(self.conversation) + len(self.knelpunten)

    @property
    def rows(self) -> list[Place]:
        """Every stored row besides the signal itself that the redaction rewrites (`rewrite`)."""
        return self.conversation + self.knelpunten + self.joiners


def _holding(rows: QuerySet, fields: tuple[str, ...], passage: str) -> list[Place]:
    """The rows of `rows` with a field that holds the passage (read-only)."""
    contains = Q()
    for name in fields:
        contains |= Q(**{f"{name}__contains": passage})
    places = []
    for row in rows.filter(contains).order_by("pk").values("pk", *fields):
        found = tuple(name for name in fields if holds(row[name], passage))
        if found:
            places.append(Place(rows.model, row["pk"], found))
    return places


def _own_knelpunten(signal: Signal) -> list[int]:
    """The knelpunten of the signal's own municipality the signal is or was linked to (never a regional or Flemish
    knelpunt above them, never another municipality's)."""
    linked = set(signal.events.filter(knelpunt__isnull=False).values_list("knelpunt_id", flat=True))
    linked |= {signal.knelpunt_id} - {None}
    return list(Knelpunt.objects.filter(pk__in=linked, municipality_id=signal.municipality_id)
                .values_list("pk", flat=True))


def _knelpunt_places(signal: Signal, knelpunten: list[int], passage: str) -> list[Place]:
    """In the signal's own knelpunten: their messages (also the copies that flowed down into them), the copies of
    those messages in the stories of the municipality's other signals, their stage changes' message and internal
    remark, their notes (internal and partners' analysis)."""
    messages = _holding(KnelpuntMessage.objects.filter(knelpunt_id__in=knelpunten), ("body",), passage)
    copies = _holding(SignalEvent.objects.filter(knelpunt_message_id__in=[m.pk for m in messages],
                                                 signal__municipality_id=signal.municipality_id)
                      .exclude(signal=signal), ("body",), passage)
    return (messages + copies
            + _holding(StageChange.objects.filter(knelpunt_id__in=knelpunten), ("message", "remark"), passage)
            + _holding(Note.objects.filter(knelpunt_id__in=knelpunten), ("body",), passage))


def find(signal: Signal, passage: str) -> Found:
    """Read-only: every place the redaction of `passage` from `signal` would change, all in the signal's
    municipality. Empty when the passage stands neither in the signal's fields nor in its conversation: what other
    texts hold then is never looked at. Changes nothing."""
    if not passage:
        return Found()
    signal_fields = tuple(name for name in Signal.TEXT_FIELDS if holds(getattr(signal, name), passage))
    conversation = _holding(signal.events.all(), ("body",), passage)
    if not signal_fields and not conversation:
        return Found()
    knelpunten = _own_knelpunten(signal)
    return Found(signal_fields=signal_fields, conversation=conversation,
                 knelpunten=_knelpunt_places(signal, knelpunten, passage),
                 joiners=_holding(Join.objects.filter(knelpunt_id__in=knelpunten), ("context",), passage))


def rewrite(places: list[Place], passage: str) -> None:
    """Replace the passage in the listed rows (from `find`). A stage change is append-only: only its texts may be
    rewritten (`StageChangeQuerySet.redact_texts`)."""
    for place in places:
        if place.model is StageChange:
            change = StageChange.objects.only(*place.fields).get(pk=place.pk)
            StageChange.objects.filter(pk=place.pk).redact_texts(
                **{name: guard.redact_passage(getattr(change, name), passage) for name in place.fields})
            continue
        row = place.model.objects.only(*place.fields).get(pk=place.pk)
        for name in place.fields:
            setattr(row, name, guard.redact_passage(getattr(row, name), passage))
        row.save(update_fields=list(place.fields))

