"""Kortrijk and its coordinator, whose audit page the tests read."""

import pytest

from tests.factories import coordinator


@pytest.fixture
def boss(kortrijk):
    return coordinator(kortrijk, full_name="Koen Coördinator", email="koen@kortrijk.be")
