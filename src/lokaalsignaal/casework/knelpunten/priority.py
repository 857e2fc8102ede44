"""Explainable priority of a knelpunt: every component is shown ("waarom deze prioriteit?").

score = voices (signals + joins, 30) + distinct organisations (15) + distinct sectors (15) + how often (10)
        + how many people (10) + recency (10) + severity set by the coordinator (10)  → 0..100
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta

from django.db.models import CharField, Value
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.casework.knelpunten.models import Join
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.kept_queries import KeptQuery

FREQUENCY_RANK = {"rarely": 1, "monthly": 2, "weekly": 3, "daily": 4}
PEOPLE_RANK = {"1-5": 1, "6-20": 2, "21-50": 3, "51-100": 4, "100+": 5}


@dataclass(frozen=True)
class Component:
    key: str
    label: str
    value: str
    points: int
    maximum: int


def _scaled(fraction: float, maximum: int) -> int:
    return round(max(0.0, min(1.0, fraction)) * maximum)


_NONE = Value(None, output_field=CharField())

# built once per process (`kept_queries`): every knelpunt page explains its score. One row per voice: each signal
# (organisation, sector, how often, how many people, when) and each 'ik zie dit ook' (no frequency nor people).
_VOICES = KeptQuery(lambda knelpunt_id: Signal.objects.filter(knelpunt_id=knelpunt_id).order_by().values_list(
    "organisation_id", "sector_id", "frequency", "people_affected", "submitted_at").union(
    Join.objects.filter(knelpunt_id=knelpunt_id).order_by().values_list("organisation_id", "sector_id", _NONE, _NONE,
                                                                        "created_at"), all=True))


def compute(knelpunt, now=None) -> tuple[int, list[Component]]:
    """The score and its parts, from the knelpunt's signals and joins (one small query)."""
    now = now or timezone.now()
    rows = _VOICES(knelpunt_id=knelpunt.pk)
    voices = len(rows)
    organisations = {r[0] for r in rows if r[0]}
    sectors = {r[1] for r in rows if r[1]}
    frequency = max((FREQUENCY_RANK.get(r[2], 0) for r in rows), default=0)
    people = max((PEOPLE_RANK.get(r[3], 0) for r in rows), default=0)
    latest = max((r[4] for r in rows), default=None)
    age_days = (now - latest) / timedelta(days=1) if latest else None
    recency = 0.0 if age_days is None else 1.0 - max(0.0, age_days - 30) / 335
    components = [
        Component("voices", str(_("Signalen en 'ik zie dit ook'")), str(voices),
                  _scaled(math.log2(1 + voices) / math.log2(21), 30), 30),
        Component("organisations", str(_("Verschillende organisaties")), str(len(organisations)),
                  _scaled(len(organisations) / 5, 15), 15),
        Component("sectors", str(_("Verschillende sectoren")), str(len(sectors)), _scaled(len(sectors) / 4, 15), 15),
        Component("frequency", str(_("Hoe vaak het voorkomt")), str(frequency), _scaled(frequency / 4, 10), 10),
        Component("people", str(_("Hoeveel mensen")), str(people), _scaled(people / 5, 10), 10),
        Component("recency", str(_("Hoe recent")), "—" if age_days is None else f"{int(age_days)}",
                  _scaled(recency, 10), 10),
        Component("severity", str(_("Ernst (ingeschat door de coördinator)")), str(knelpunt.severity),
                  _scaled((knelpunt.severity - 1) / 4, 10), 10),
    ]
    return sum(c.points for c in components), components


def refresh(knelpunt_id: int) -> int:
    from lokaalsignaal.casework.knelpunten.models import Knelpunt

    knelpunt = Knelpunt.objects.get(pk=knelpunt_id)
    score, _parts = compute(knelpunt)
    if score != knelpunt.priority:
        Knelpunt.objects.filter(pk=knelpunt_id).update(priority=score)
    return score
