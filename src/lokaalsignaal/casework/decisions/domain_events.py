"""What happens to a knelpunt's decisions (`lokaalsignaal.domain_events`). Ids and codes only."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DecisionRecorded:
    """`signal_ids`: the knelpunt's signals, whose givers hear it; the people who joined it hear it too."""

    knelpunt_id: int
    decision_id: int
    signal_ids: tuple[int, ...]
