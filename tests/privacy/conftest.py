"""Helpers for the privacy guard tests (pure Python; no database, no Django settings needed)."""

import random

import pytest


def make_national_number(rng: random.Random, bis: bool = False) -> str:
    year = rng.randint(1930, 2023)
    month = rng.randint(1, 12) + (rng.choice([20, 40]) if bis else 0)
    day = rng.randint(1, 28)
    base = f"{year % 100:02d}{month:02d}{day:02d}{rng.randint(1, 997):03d}"
    check = 97 - int(("2" if year >= 2000 else "") + base) % 97
    return f"{base}{check:02d}"


def make_be_iban(rng: random.Random) -> str:
    b = rng.randint(0, 9_999_999_999)
    bban = f"{b:010d}{b % 97 or 97:02d}"
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "BE00")) % 97
    return f"BE{check:02d}{bban}"


@pytest.fixture
def kinds():
    def _kinds(text, **kw):
        from lokaalsignaal.privacy import scan

        return [(f.kind, text[f.start : f.end]) for f in scan(text, **kw)]

    return _kinds
