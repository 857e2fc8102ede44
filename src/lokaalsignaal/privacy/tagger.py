"""The learned tagger: birth dates and addresses in layouts the rules were never shown (issue 16, round 6).

Five rounds of hand-written rules each lifted their development sets to about 1.0 and fell back on the next set
written independently (set F: addresses 0.786, birth dates 0.560). A linear-chain CRF over the tokens
(``tagger_features``: form, shape, neighbours, the guard's word lists), trained on every earlier set, was judged by
leaving one whole set out at a time; on the one fair fold (F) it lifted addresses to 0.917 and birth dates to 0.805.
Declared on F before set G was opened and measured once on G: the rules alone found 0.835 of the addresses and
0.872 of the birth dates, the rules with the tagger's birth dates and addresses 0.974 and 0.958 (docs/privacy-guard.md).

So the tagger adds its birth-date and address spans where the rules found nothing; names stay with the rules. What
the guard means by these kinds holds for the tagger too: a birth date is a full date (a day without a year is not) in
a sentence about someone (``person_dates``), and a number counted after a street word ("40 %", "3 keer") is no house
number. The model
(``data/tagger.crfsuite``, ~300 KB) is rebuilt by ``bench/privacy_tagger_experiment.py --folds none --save-all``.
python-crfsuite is a small C extension from PyPI; one tagger per thread (its objects are not shared safely).
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from pathlib import Path

import pycrfsuite

from .addresses import COUNTED
from .person_dates import sentences_about_someone
from .spans import overlapping
from .tagger_features import features, spans_from_tags, tokenize

MODEL = Path(__file__).with_name("data") / "tagger.crfsuite"
KINDS = frozenset({"birth_date", "address"})
#: a year: four digits, a two-digit year after a day and month in digits or an apostrophe, or in words
_YEAR = re.compile(r"(?:19|20)\d\d|\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d\d\b|['’]\d\d\b|honderd|duizend",
                   re.IGNORECASE)
_COUNTED_AFTER = re.compile(COUNTED, re.IGNORECASE)

_local = threading.local()


def _tagger() -> pycrfsuite.Tagger:
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        tagger = _local.tagger = pycrfsuite.Tagger()
        tagger.open(str(MODEL))
    return tagger


def _meant(kind: str, text: str, start: int, end: int) -> bool:
    if kind == "birth_date":
        return bool(_YEAR.search(text, start, end))
    return not (text[end - 1].isdigit() and _COUNTED_AFTER.match(text, end))


def find_tagged(text: str, cands: list[tuple[str, int, int]]) -> None:
    """Add the tagger's birth-date and address spans where no other candidate stands (the rules keep their kind and
    extent where they found something)."""
    toks = tokenize(text)
    if not toks:
        return
    found = [(span["kind"], span["start"], span["end"])
             for span in spans_from_tags(toks, _tagger().tag(features(text, toks))) if span["kind"] in KINDS]
    found = [(kind, s, e) for kind, s, e in found if _meant(kind, text, s, e)]
    if any(kind == "birth_date" for kind, _s, _e in found):  # a date in a sentence about no one is no birth date
        starts, about_someone = sentences_about_someone(text, cands)
        found = [f for f in found if f[0] != "birth_date" or bisect_right(starts, f[1]) in about_someone]
    if not found:
        return
    taken = overlapping(sorted((s, e) for _, s, e in cands), [(s, e) for _, s, e in found])
    cands.extend(f for f, hit in zip(found, taken, strict=True) if not hit)
