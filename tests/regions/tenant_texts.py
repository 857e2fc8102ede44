"""Which tenant's texts hold a string: to prove that a redaction changed the texts of one municipality only."""

from __future__ import annotations

from lokaalsignaal.casework.knelpunten.models import Join, KnelpuntMessage, Note, StageChange
from lokaalsignaal.intake.models import Signal, SignalEvent


def _owner(knelpunt) -> str:
    """The municipality of a municipal knelpunt, the region or Flanders of a regional/Flemish one."""
    return knelpunt.municipality.name if knelpunt.municipality_id else knelpunt.scope.name


def texts_holding(needle: str) -> set[tuple[str, str]]:
    """(owner, kind of text) for every signal text, story event and knelpunt text that holds the needle."""
    found: set[tuple[str, str]] = set()
    for signal in Signal.objects.select_related("municipality"):
        if any(needle in (getattr(signal, name) or "") for name in Signal.TEXT_FIELDS):
            found.add((signal.municipality.name, "signal"))
    for event in SignalEvent.objects.select_related("signal__municipality").filter(body__contains=needle):
        if needle in event.body:
            found.add((event.signal.municipality.name, "story"))
    add_knelpunt = ("knelpunt__municipality", "knelpunt__scope")
    texts = [(KnelpuntMessage, "body", "message"), (StageChange, "message", "stage message"),
             (StageChange, "remark", "stage remark"), (Note, "body", "note"), (Join, "context", "joiner")]
    for model, name, kind in texts:
        for row in model.objects.select_related(*add_knelpunt).filter(**{f"{name}__contains": needle}):
            if needle in getattr(row, name):
                found.add((_owner(row.knelpunt), kind))
    return found


def owned_by(found: set[tuple[str, str]], owner: str) -> set[str]:
    """The kinds of text of one owner in `texts_holding`'s answer."""
    return {kind for who, kind in found if who == owner}
