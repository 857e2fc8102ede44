"""Held-out set N of issue 16, measured once: the guard of round 12, on realistic signals written apart from it.

    .venv/bin/python bench/privacy_heldout_n.py

Set N (``bench/data/privacy_heldout_n.jsonl``, 2,000 texts, 800 clean) was written by a helper who never opened the
guard, its lists, its tests, ``docs/privacy-guard.md``, the privacy benchmark or its results, or the generators of
the earlier sets (M's included), and never ran the guard (``bench/data/privacy_make_heldout_n.py``, whose docstring is
the set's card; lists in ``privacy_make_heldout_n_lists.py``). It follows M's card: signals as frontline workers type
them, 182 frames with personal data all new, no sentence of three words or more in more than three texts (4,365
distinct sentences), mistyped national numbers in the written layout (28 of 132), every IBAN valid (28 of 136
foreign), 194 texts all lower case. Names from names-dataset 3.3.1 at countries none of sets I, K, L and M names
(Sudan, Palestine, Bangladesh, Sweden, Denmark, Finland, Estonia, Chile, Colombia, Ecuador, Peru, Cyprus, the UK),
minus every name whose token occurs in a labelled name of an earlier set, M included (2,133 dropped); streets of
earlier sets left out.

Declared before N was opened (round 12 was made while N was being written; the helper of round 12 never opened it):

* ``round12``       - the candidate, shipped whatever N says: the guard of round 12 (this checkout).
* ``round12_rules`` - its rules alone (``scan(learned=False)``).
* ``round11``       - the guard of round 11, as measured once on set M (commit ``BASE``), run from git.

Scored by ``privacy_bench.evaluate`` as every set; no example of N is printed. Writes
``bench/results/privacy_heldout_n.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from privacy_heldout_i import measure_once  # noqa: E402

N_SET = ROOT / "bench" / "data" / "privacy_heldout_n.jsonl"
OUT = ROOT / "bench" / "results" / "privacy_heldout_n.json"
BASE = "aa1bfa4"  # round 11, as measured once on set M


def main() -> None:
    measure_once(N_SET, OUT, "round12", "round11", BASE)


if __name__ == "__main__":
    main()
