"""What happens to a signal, as `intake` announces it (`lokaalsignaal.domain_events`). Ids and codes only."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SignalGiven:
    signal_id: int


@dataclass(frozen=True)
class SignalTextChanged:
    """The giver edited it, or a coordinator removed a passage from it."""

    signal_id: int


@dataclass(frozen=True)
class SignalsReceived:
    signal_ids: tuple[int, ...]


@dataclass(frozen=True)
class QuestionAsked:
    signal_id: int


@dataclass(frozen=True)
class SignalsNotRetained:
    signal_ids: tuple[int, ...]


@dataclass(frozen=True)
class SignalsAnonymised:
    """These signals lost the link to their giver (`intake.retention`): what still names her beside them goes too."""

    signal_ids: tuple[int, ...]
