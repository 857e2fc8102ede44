"""What happens to a knelpunt, as casework announces it (`lokaalsignaal.domain_events`). Ids and codes only."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignalsLinked:
    knelpunt_id: int
    signal_ids: tuple[int, ...]


@dataclass(frozen=True)
class StageChanged:
    """`signal_ids`: the signals whose givers hear it (the knelpunt's, not withdrawn)."""

    knelpunt_id: int
    to_stage: str
    signal_ids: tuple[int, ...]
    actor_id: int | None


@dataclass(frozen=True)
class FeedbackSent:
    knelpunt_id: int
    signal_ids: tuple[int, ...]


@dataclass(frozen=True)
class JoinsMoved:
    """A merge moved these people's joins ("ik zie dit ook") to the knelpunt; they read its message."""

    knelpunt_id: int
    user_ids: tuple[int, ...]


@dataclass(frozen=True)
class MessageFlowedDown:
    """A region's or Flanders' message (with `to_stage` when its knelpunt changed stage) reached the municipal
    knelpunten bundled below it and the givers of their signals."""

    knelpunt_ids: tuple[int, ...]
    signal_ids: tuple[int, ...]
    scope_name: str
    to_stage: str
    author_id: int | None


@dataclass(frozen=True)
class AnalysisAdded:
    """A partner wrote an analysis note on the knelpunt."""

    knelpunt_id: int
    author_id: int | None


@dataclass(frozen=True)
class TrekkerLeft:
    """The trekker of these knelpunten removed her account: they have no trekker now; their coordinators hear it."""

    knelpunt_ids: tuple[int, ...]
