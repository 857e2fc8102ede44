"""A passage a coordinator redacts from a signal (`intake.services.redact_passage`), taken out of everything its
knelpunten said and hold: every copy of a client's name has to go, not only the one in the signal."""

from __future__ import annotations

from django.db.models import Q

from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake.models import Signal, SignalEvent

from .models import Bottleneck, BottleneckMessage, Join, Note, StageChange


def _above(ids: set[int]) -> set[int]:
    """The regional / Flemish knelpunten these knelpunten are bundled into (their messages flowed down to them)."""
    found: set[int] = set()
    level = ids
    while level:
        level = set(Bottleneck.objects.filter(pk__in=level, parent__isnull=False).values_list("parent_id", flat=True))
        level -= found | ids
        found |= level
    return found


def _rewrite(rows, field: str, passage: str) -> list[int]:
    """Redact `field` of every row (the queryset holds only rows that contain the passage); their primary keys."""
    done = []
    for row in rows.only(field):
        setattr(row, field, guard.redact_passage(getattr(row, field), passage))
        row.save(update_fields=[field])
        done.append(row.pk)
    return done


def redact_knelpunten(signal: Signal, passage: str) -> int:
    """The passage out of the knelpunten the signal is or was linked to and the regional / Flemish knelpunten above
    them: their messages (also the copies that flowed down to other municipalities' knelpunten, and the copies in
    the story of every signal they reached), their stage changes' message and internal remark, their notes
    (internal and partners' analysis) and the context of the people who joined them. Returns the rows changed."""
    linked = set(signal.events.filter(bottleneck__isnull=False).values_list("bottleneck_id", flat=True))
    linked |= {signal.bottleneck_id} - {None}
    above = _above(linked)
    knelpunten = linked | above
    messages = _rewrite(BottleneckMessage.objects.filter(
        Q(bottleneck_id__in=knelpunten) | Q(origin_id__in=above), body__contains=passage), "body", passage)
    changed = len(messages)
    changed += len(_rewrite(SignalEvent.objects.filter(bottleneck_message_id__in=messages, body__contains=passage)
                            .exclude(signal=signal), "body", passage))
    changes = StageChange.objects.filter(Q(message__contains=passage) | Q(remark__contains=passage),
                                         bottleneck_id__in=knelpunten).only("message", "remark")
    for change in changes:
        texts = {field: guard.redact_passage(getattr(change, field), passage) for field in ("message", "remark")}
        if texts != {"message": change.message, "remark": change.remark}:
            StageChange.objects.filter(pk=change.pk).redact_texts(**texts)
            changed += 1
    changed += len(_rewrite(Note.objects.filter(bottleneck_id__in=knelpunten, body__contains=passage), "body",
                            passage))
    changed += len(_rewrite(Join.objects.filter(bottleneck_id__in=knelpunten, context__contains=passage), "context",
                            passage))
    return changed
