"""Kortrijk, a giver, its coordinator, signals and knelpunten made through the services (the casework situations),
for the guard's tests."""

from tests.casework.conftest import giver, kortrijk, kortrijk_coordinator, make_knelpunt, make_signal, theme  # noqa: F401
