"""A passage a coordinator redacts from a signal (`intake.services.redact_passage`), taken out of everything its
knelpunten said and hold: every copy of a client's name has to go, not only the one in the signal.

One rule decides where the passage stands (`holds`), and one read-only function lists those places (`find`):
the confirmation step shows its counts (`intake.services.preview_redaction`), and the redaction rewrites exactly
the places it lists (`rewrite`), so the number the coordinator confirms is the number that changes."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Model, Q, QuerySet

from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake.models import Signal, SignalEvent

from .models import Bottleneck, BottleneckMessage, Join, Note, StageChange


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
    """Where a passage stands: the signal's own fields, its conversation (events) and the knelpunten's texts."""

    signal_fields: tuple[str, ...] = ()
    conversation: list[Place] = field(default_factory=list)
    knelpunten: list[Place] = field(default_factory=list)

    @property
    def total(self) -> int:
        """The number of places (a field of the signal, an event, a knelpunt text) the redaction changes."""
        return len(self.signal_fields) + len(self.conversation) + len(self.knelpunten)


def _above(ids: set[int]) -> set[int]:
    """The regional / Flemish knelpunten these knelpunten are bundled into (their messages flowed down to them)."""
    found: set[int] = set()
    level = ids
    while level:
        level = set(Bottleneck.objects.filter(pk__in=level, parent__isnull=False).values_list("parent_id", flat=True))
        level -= found | ids
        found |= level
    return found


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


def _knelpunt_places(signal: Signal, passage: str) -> list[Place]:
    """The knelpunten the signal is or was linked to and the regional / Flemish knelpunten above them: their messages
    (also the copies that flowed down to other municipalities' knelpunten, and the copies in the story of every
    other signal they reached), their stage changes' message and internal remark, their notes (internal and
    partners' analysis) and the context of the people who joined them."""
    linked = set(signal.events.filter(bottleneck__isnull=False).values_list("bottleneck_id", flat=True))
    linked |= {signal.bottleneck_id} - {None}
    above = _above(linked)
    knelpunten = linked | above
    messages = _holding(BottleneckMessage.objects.filter(Q(bottleneck_id__in=knelpunten) | Q(origin_id__in=above)),
                        ("body",), passage)
    copies = _holding(SignalEvent.objects.filter(bottleneck_message_id__in=[m.pk for m in messages])
                      .exclude(signal=signal), ("body",), passage)
    return (messages + copies
            + _holding(StageChange.objects.filter(bottleneck_id__in=knelpunten), ("message", "remark"), passage)
            + _holding(Note.objects.filter(bottleneck_id__in=knelpunten), ("body",), passage)
            + _holding(Join.objects.filter(bottleneck_id__in=knelpunten), ("context",), passage))


def find(signal: Signal, passage: str) -> Found:
    """Read-only: every place the redaction of `passage` from `signal` would change. Changes nothing."""
    if not passage:
        return Found()
    return Found(
        signal_fields=tuple(name for name in Signal.TEXT_FIELDS if holds(getattr(signal, name), passage)),
        conversation=_holding(signal.events.all(), ("body",), passage),
        knelpunten=_knelpunt_places(signal, passage),
    )


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

