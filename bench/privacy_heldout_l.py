"""Held-out set L of issue 16, measured once: the guard of round 10, on realistic signals written apart from it.

    .venv/bin/python bench/privacy_heldout_l.py

Set L (``bench/data/privacy_heldout_l.jsonl``, 2,000 texts, 800 clean) was written by a helper who never opened the
guard, its lists, its tests, ``docs/privacy-guard.md``, the results of earlier held-out sets or the generators of sets
A-K, and never ran the guard (``bench/data/privacy_make_heldout_l.py``, lists in ``privacy_make_heldout_l_lists.py``).
Card: signals as frontline workers type them into the web form (OCMW and social services, CAW, schools and CLB,
housing, health, youth work, debt counselling, newcomers, police liaison, buurtwerk, elderly care, disability
services, VDAB, childcare): 1-6 sentences about a structural problem with the personal detail inside, typed quickly
(typos, lower case, abbreviations such as mevr./dhr./geb./°/tel./gsm/nr./bte, French and English fragments, bullet
lists, forwarded mail headers and signatures, case-file notes "Naam: / Adres: / Probleem:", chat fragments). 160
frames with personal data, all new. Filler sentences are composed from hand-written parts (40 plural subjects, 55
predicates, 16 tails and 11 lead-ins, matched by topic; 28 case-note problems with 12 qualifiers), 100 hand-written
remarks and 46 clean templates with policy dates, amounts, dossier, ticket, customer, EAN and court-roll numbers,
percentages, ages, counts and public places without house numbers; no sentence of three words or more (mail header
lines aside) occurs in more than three texts: 5,806 distinct sentences, 4,315 of them without personal data, the
most repeated in 3 texts. Clean texts name organisations and people by role only. Labelling follows sets J and K
(titles, "geb."/"°" and articles outside the spans; an address with its postcode line is one span, a postcode with
its municipality alone is an address; an e-mail address containing a name is labelled only as email).

Counts: 2,000 texts, 800 clean; 1,200 with data built around a name (370), a birth date (176), an address (168), a
phone number (160), an IBAN (110), an e-mail address (109) or a national number (107), the mix of set K; 846 texts
carry more than one kind. Spans: 1,479 person_name, 222 birth_date, 213 address, 203 phone, 148 national_number,
141 iban, 135 email. Birth dates in fourteen notations (d-m-yyyy, dd.mm.yyyy, dd/mm/yyyy, d/m/'yy, ISO, Dutch,
abbreviated Dutch, French and English month names, spaced slashes); phones Belgian mobile and fixed, Dutch and twelve
foreign prefixes, with spaces, slashes, dots, dashes, parentheses and +32(0); national numbers in seven layouts, 31 of
148 mistyped (the yy.mm.dd-xxx.cc layout with a checksum that fails for both centuries); IBANs Belgian (112) and
foreign (29, eleven countries), all of correct length and mod-97, with and without spaces. 185 texts are all lower
case.

Names come from names-dataset 3.3.1 at ranks beyond those sets I and K declare (set J's are in its generator, which
was not opened; deeper ranks of Belgium, the Netherlands, Turkey and Poland) and at countries set K does not name
(Albania, Angola, Brazil, Cameroon, Ghana, Italy, Nigeria, the Philippines, Portugal, Serbia, Spain; Algeria,
Burkina Faso, Egypt, Iraq, Russia and deep Moroccan ranks were drawn and dropped whole as junk): 6,700 drawn, 5,755
after cleaning (Latin script, no one-letter tokens), 1,644 of those dropped because a token (casefolded,
accent-folded, particles ignored) occurs in a labelled person_name span of an earlier set (A-K), and of the 4,111
left 1,107 removed (the junk countries, names of three characters or less, 318 junk entries by hand): 3,004 names
stored. Street names occurring in an address span of an earlier set were removed.

Declared before L was opened (round 10):

* ``round10``       - the candidate, shipped whatever L says: the guard of round 10 (this checkout).
* ``round10_rules`` - its rules alone (``scan(learned=False)``).
* ``round9``        - the guard as round 9 left it (commit ``BASE``), measured once on set K, run from git.

Scored by ``privacy_bench.evaluate`` as every set; no example of L is printed. Writes
``bench/results/privacy_heldout_l.json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from privacy_heldout_i import measure_once  # noqa: E402

L_SET = ROOT / "bench" / "data" / "privacy_heldout_l.jsonl"
OUT = ROOT / "bench" / "results" / "privacy_heldout_l.json"
BASE = "9f4bd2a"  # round 9, as measured once on set K


def main() -> None:
    measure_once(L_SET, OUT, "round10", "round9", BASE)


if __name__ == "__main__":
    main()
