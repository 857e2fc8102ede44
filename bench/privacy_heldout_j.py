"""Held-out set J of issue 16, measured once: the guard of round 8, on realistic signals written apart from it.

    .venv/bin/python bench/privacy_heldout_j.py

Set J (``bench/data/privacy_heldout_j.jsonl``, 2,000 texts, 800 clean) was written by a helper who never opened the
guard, its lists, its tests or the generators of sets A-H (``bench/data/privacy_make_heldout_j.py``); it follows the
card of set I (realistic signals as workers type them) with new frames, sentences, streets and organisations, more
cases in the middle of policy text, lists of people, lower-case names, dialect, every birth-date notation and
Brussels bilingual addresses. Names come from names-dataset at ranks and countries set I did not use, with every name
token of an earlier set (I included) removed (2,144 of 7,718).

Declared before J was opened (round 8):

* ``round8``       - the candidate, shipped whatever J says: the guard of round 8 (this checkout).
* ``round8_rules`` - its rules alone (``scan(learned=False)``).
* ``round7``       - the guard as round 7 left it (commit ``BASE``), measured once on set I, run from git.

Scored by ``privacy_bench.evaluate`` as every set; no example of J is printed. Writes
``bench/results/privacy_heldout_j.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from privacy_heldout_i import measure_once  # noqa: E402

J_SET = ROOT / "bench" / "data" / "privacy_heldout_j.jsonl"
OUT = ROOT / "bench" / "results" / "privacy_heldout_j.json"
BASE = "2ea07a6"  # round 7, as measured once on set I


def main() -> None:
    measure_once(J_SET, OUT, "round8", "round7", BASE)


if __name__ == "__main__":
    main()
