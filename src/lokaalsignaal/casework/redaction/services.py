"""Removing a passage of personal data that slipped into a signal, in two steps: `preview_redaction` shows where it
stands, `redact_passage` removes it. Both start only from a passage that stands in the signal (its fields or its
conversation) and reach only records of the signal's municipality (`find`: the signal, its events, and every text of
its municipal knelpunten); a region's, Flanders' or another municipality's texts are never touched."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from lokaalsignaal.casework.redaction import find as redaction
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake import triage


def _redaction(coordinator, signal_id: int, passage: str, *, lock: bool):
    """The signal (404 outside the coordinator's municipalities), the cleaned passage and every place it stands
    (`casework.redaction.find`, the one list the preview counts and the redaction rewrites: all in the signal's
    municipality, and empty when the passage is not in the signal itself, whatever other texts hold it)."""
    signals = signal_access.signals_for_triage(coordinator)
    signal = (signals.select_for_update() if lock else signals).filter(pk=signal_id).first()
    if signal is None:
        raise PermissionDenied
    passage = passage.strip()
    if len(passage) < 2:
        raise ValidationError(_("Geef de tekst die weg moet (minstens 2 tekens)."))
    found = redaction.find(signal, passage)
    if not found.total:
        raise ValidationError(_("Deze tekst staat niet in het signaal. Kopieer hem letterlijk."))
    return signal, passage, found


def preview_redaction(coordinator, signal_id: int, passage: str):
    """Read-only, for the confirmation step: where `redact_passage` would remove the passage
    (`casework.redaction.find.Found`: the signal's fields, its conversation, its municipal knelpunten's texts; counted
    only over texts of the signal's municipality that the coordinator reads). Changes nothing."""
    return _redaction(coordinator, signal_id, passage, lock=False)[2]


@transaction.atomic
def redact_passage(coordinator, signal_id: int, passage: str) -> int:
    """Remove a passage from the signal, from its conversation and from everything its knelpunten of the same
    municipality said and hold (`casework.redaction.find`); a region's, Flanders' or another municipality's texts are
    never touched. Returns the number of places changed that the coordinator reads (`Found.total`)."""
    signal, passage, found = _redaction(coordinator, signal_id, passage, lock=True)
    # the copies first (its conversation, its knelpunten's texts: the one write that crosses aggregates, which is
    # why redaction is a capability of its own), then the signal itself through intake
    redaction.rewrite(found.rows, passage)
    triage.remove_passage(coordinator, signal, passage, found.signal_fields, places=found.total)
    return found.total
