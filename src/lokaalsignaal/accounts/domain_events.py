"""What the platform admin changed behind a municipality's back, as `accounts` announces it
(`lokaalsignaal.domain_events`). Ids only."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CoordinatorsTold:
    """These coordinators were mailed about an admin change: (user, municipality or None for a scope's coordinator).
    Their notification list shows it too (`notifications`)."""

    recipients: tuple[tuple[int, int | None], ...]


@dataclass(frozen=True)
class AccountRemoved:
    """A person removed her account (or the platform admin did), as `accounts.leaving` announces it inside its
    transaction: what names her elsewhere goes with it (her signals and joins anonymised, her knelpunten without
    trekker, her notifications and calendar link), before her account row is scrubbed."""

    user_id: int
    actor_id: int
