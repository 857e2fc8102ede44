"""Held-out set K of issue 16, measured once: the guard of round 9, on realistic signals written apart from it.

    .venv/bin/python bench/privacy_heldout_k.py

Set K (``bench/data/privacy_heldout_k.jsonl``, 2,000 texts, 800 clean) was written by a helper who never opened the
guard, its lists, its tests, its benchmark's error output or the generators of sets A-H
(``bench/data/privacy_make_heldout_k.py``, lists in ``privacy_make_heldout_k_lists.py``). Card: signals as frontline
workers type them into the web form (OCMW, CAW, schools, housing, health, youth work, debt counselling, newcomers,
police liaison, buurtwerk): 1-6 sentences about a structural problem with the personal detail inside, typed quickly
(typos, lower case, abbreviations such as mvg/tel./gsm/dd./°, tussentaal and dialect, French and English fragments,
lists, forwarded mail fragments, case-file notes, chat fragments). Frames, sentences, streets and organisations are new
(none taken from earlier sets). The 1,200 texts with data keep set J's mix of kinds (names most frequent); every
birth-date notation, Belgian and foreign phone layouts, national numbers with valid and mistyped checksums, BE and
foreign IBANs. Clean texts carry policy dates, amounts, percentages, dossier numbers, ages, counts, public places
without house numbers, organisations and people named by role only. Labelling follows set J (titles, articles and
"geb."/"°" outside the spans; an address with its postcode line is one span).

Counts: 2,000 texts, 800 clean; 1,200 with data built around a name (370), a birth date (176), an address (168), a
phone number (160), an IBAN (110), an e-mail address (109) or a national number (107), as set J; 182 distinct frames
with personal data; spans: 1,673 person_name, 325 birth_date, 290 phone, 199 address, 161 email, 141
national_number, 134 iban.

Names come from names-dataset 3.3.1 at countries and ranks sets I and J did not use (more distant ranks of Belgium,
the Netherlands, Morocco, Tunisia, Turkey, Syria, Afghanistan, Ethiopia, Djibouti, Burundi, Moldova, Bulgaria,
Poland and France; and Luxembourg, Switzerland, Haiti, Azerbaijan, Lebanon, Jordan, Slovenia, Georgia and Ireland):
10,130 drawn, 7,355 after cleaning (Latin script, no one-letter tokens), 2,098 of those dropped because a token
(casefolded, accent-folded, particles ignored) occurs in a labelled person_name span of an earlier set (A-J), and
of the 5,246 left, 826 junk entries removed by hand (nicknames, places, clubs, words): 4,420 names stored.

Declared before K was opened (round 9):

* ``round9``       - the candidate, shipped whatever K says: the guard of round 9 (this checkout).
* ``round9_rules`` - its rules alone (``scan(learned=False)``).
* ``round8``       - the guard as round 8 left it (commit ``BASE``), measured once on set J, run from git.

Scored by ``privacy_bench.evaluate`` as every set; no example of K is printed. Writes
``bench/results/privacy_heldout_k.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from privacy_heldout_i import measure_once  # noqa: E402

K_SET = ROOT / "bench" / "data" / "privacy_heldout_k.jsonl"
OUT = ROOT / "bench" / "results" / "privacy_heldout_k.json"
BASE = "dd163c2"  # round 8, as measured once on set J


def main() -> None:
    measure_once(K_SET, OUT, "round9", "round8", BASE)


if __name__ == "__main__":
    main()
