"""What the platform admin changed behind a municipality's back, as `accounts` announces it
(`lokaalsignaal.domain_events`). Ids only."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CoordinatorsTold:
    """These coordinators were mailed about an admin change: (user, municipality or None for a scope's coordinator).
    Their notification list shows it too (`notifications`)."""

    recipients: tuple[tuple[int, int | None], ...]
