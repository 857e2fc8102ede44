"""Held-out set M of issue 16, measured once: the guard of round 11, on realistic signals written apart from it.

    .venv/bin/python bench/privacy_heldout_m.py

Set M (``bench/data/privacy_heldout_m.jsonl``, 2,000 texts, 800 clean) was written by a helper who never opened the
guard, its lists, its tests, ``docs/privacy-guard.md``, the privacy benchmark or its results, or the generators of
the earlier sets, and never ran the guard (``bench/data/privacy_make_heldout_m.py``, whose docstring is the set's
card; lists in ``privacy_make_heldout_m_lists.py``). It follows L's card: signals as frontline workers type them, 165
frames with personal data all new, no sentence of three words or more in more than three texts (5,880 distinct
sentences), mistyped national numbers in the written layout (30 of 144), every IBAN valid (41 of 144 foreign), 178
texts all lower case, 63 clean texts with a single capital or "Mevrouw X" as an anonymised person. Names from
names-dataset 3.3.1 at countries none of sets I, K and L names (Germany, Austria, Czechia, Hungary, Greece,
Lithuania, Croatia, India, Iran) and at deep Belgian and Dutch ranks, minus every name whose token occurs in a
labelled name of an earlier set (2,771 dropped); streets of earlier sets left out.

Declared before M was opened (round 11, while it was being written; M was written at the same time and the helper
of round 11 never opened it):

* ``round11``       - the candidate, shipped whatever M says: the guard of round 11 (this checkout).
* ``round11_rules`` - its rules alone (``scan(learned=False)``).
* ``round10``       - the guard as the last stop shipped it (commit ``BASE``: round 10 and the enterprise-number cue
  added after L), run from git.

Scored by ``privacy_bench.evaluate`` as every set; no example of M is printed. Writes
``bench/results/privacy_heldout_m.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from privacy_heldout_i import measure_once  # noqa: E402

M_SET = ROOT / "bench" / "data" / "privacy_heldout_m.jsonl"
OUT = ROOT / "bench" / "results" / "privacy_heldout_m.json"
BASE = "eb0172d"  # the last stop: round 10 with the enterprise-number cue


def main() -> None:
    measure_once(M_SET, OUT, "round11", "round10", BASE)


if __name__ == "__main__":
    main()
