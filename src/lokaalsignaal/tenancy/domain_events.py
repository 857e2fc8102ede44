"""What the platform admin changed about a municipality, as `tenancy` announces it (`lokaalsignaal.domain_events`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MunicipalityChangedByAdmin:
    actor_id: int
    municipality_id: int
    fields: tuple[str, ...]
