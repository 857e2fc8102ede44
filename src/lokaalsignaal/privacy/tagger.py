"""The learned tagger: birth dates and addresses in layouts the rules were never shown (issue 16, round 6).

Five rounds of hand-written rules each lifted their development sets to about 1.0 and fell back on the next set
written independently (set F: addresses 0.786, birth dates 0.560). A linear-chain CRF over the tokens
(``tagger_features``: form, shape, neighbours, the guard's word lists), trained on every earlier set, was judged by
leaving one whole set out at a time; on the one fair fold (F) it lifted addresses to 0.917 and birth dates to 0.805.
Declared on F before set G was opened and measured once on G: the rules alone found 0.835 of the addresses and
0.872 of the birth dates, the rules with the tagger's birth dates and addresses 0.974 and 0.958 (docs/privacy-guard.md).

So the tagger adds its birth-date and address spans where the rules found nothing; names stay with the rules. What
the guard means by these kinds holds for the tagger too: a birth date is a full date (a day without a year is not) in
a sentence about someone (``person_dates``), an address holds a digit (a house number or postal code: round 7, a
street named in passing is no one's home), and a number counted after a street word ("40 %", "3 keer") is no house
number. The model (``data/tagger.crfsuite``, ~350 KB, trained on sets A–G since round 6b) is rebuilt by
``bench/privacy_tagger_experiment.py --folds none --save-all``.
python-crfsuite is a small C extension from PyPI; one tagger per thread (its objects are not shared safely).
"""

from __future__ import annotations

import re
import struct
import threading
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from .addresses import COUNTED
from .lexicon import fold, lexicon
from .person_dates import _EVENT_BEFORE, about_someone_at, first_people
from .spans import overlapping
from .street_frames import numbered_thing
from .tagger_features import WordFeatures, features, spans_from_tags, tokenize, word_features

MODEL = Path(__file__).with_name("data") / "tagger.crfsuite"
KINDS = frozenset({"birth_date", "address"})
#: a year: four digits, a two-digit year after a day and month in digits or an apostrophe, or in words
_YEAR = re.compile(
    r"(?:19|20)\d\d|\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d\d\b|['’]\d\d\b|honderd|duizend", re.IGNORECASE
)
_COUNTED_AFTER = re.compile(COUNTED, re.IGNORECASE)
_DIGIT = re.compile(r"\d")

_local = threading.local()


def _tagger() -> pycrfsuite.Tagger:
    tagger = getattr(_local, "tagger", None)
    if tagger is None:
        tagger = _local.tagger = pycrfsuite.Tagger()
        tagger.open(str(MODEL))
    return tagger


@lru_cache(maxsize=1)
def _model_attributes() -> dict[str, bytes]:
    """The attributes (feature names) the model knows, each with its UTF-8 form, read from the model's attribute
    dictionary (a CQDB chunk: a record per attribute, its id, size and NUL-terminated name; record offsets by id)."""
    data = MODEL.read_bytes()
    num_attrs, _off_features, _off_labels, off = struct.unpack_from("<4I", data, 24)
    magic, _size, _flag, _order, num, off_ids = struct.unpack_from("<4sIIIII", data, off)
    assert data[:4] == b"lCRF" and magic == b"CQDB" and num == num_attrs, "not a CRFsuite model"
    names = {}
    for (rec,) in struct.iter_unpack("<I", data[off + off_ids : off + off_ids + 4 * num]):
        size = struct.unpack_from("<I", data, off + rec + 4)[0]
        name = data[off + rec + 8 : off + rec + 7 + size]
        names[name.decode("utf-8")] = name
    return names


@lru_cache(maxsize=65536)
def _known_word_features(word: str) -> WordFeatures:
    """``word_features`` without the names the model does not know, as the UTF-8 bytes pycrfsuite would encode them
    to, cached per word form like it: handed str, pycrfsuite encodes every name on every call, and a fifth of them it
    then copies and looks up only to drop (together a third of ``tag``'s time). Tagging is the same: CRFsuite skips
    the names its model does not know, and the known ones keep their order, so every score is summed alike."""
    word.encode("utf-8")  # a word pycrfsuite cannot encode (a lone surrogate) fails here as it failed there
    own, around = word_features(word)
    cut = "\0" in word  # CRFsuite reads a name up to its first NUL
    return _known(own, cut), tuple(_known(feats, cut) for feats in around)


def _known(feats: tuple[str, ...], cut: bool) -> tuple[bytes, ...]:
    known = _model_attributes()
    if cut:
        feats = tuple(f.partition("\0")[0] for f in feats)
    return tuple([known[f] for f in feats if f in known])


#: (round 7) what no address holds: a sentence end (a full stop, then a capitalised word or a new line), a tab (cells
#: of a table), an amount ("EUR 250,00"), a day and month ("19 DECEMBER"), a number counted ("27 %", "1.900 EURO");
#: nor does a year-like number before a Dutch word start one ("2023 WERDEN …", ``_LEADING_NUMBER``)
_NOT_IN_ADDRESS = re.compile(
    r"[.!?](?:[ \t]*\n|[ \t]+(?-i:[A-ZÀ-Ý]{2}))|\t|(?:€|\beur|\beuro)[ \t]*\d"
    r"|\b\d{1,2}[ \t]+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b"
    r"|\d" + COUNTED.replace(r"\s*", r"[ \t]*", 1) + r"(?![\w])",
    re.IGNORECASE,
)
_LEADING_NUMBER = re.compile(r"\s*\d{4}[ \t]+([^\W\d_][\w'’\-]*)")
_CELL = re.compile(r"[^\t]+")
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
#: the longest address of eight development sets has nine words (street, number, bus, postal code, locality)
_MAX_ADDRESS_WORDS = 10


def _meant(kind: str, text: str, start: int, end: int) -> bool:
    if kind == "birth_date":
        return bool(_YEAR.search(text, start, end))
    if not _DIGIT.search(text, start, end):  # a street without a house number or postal code is no one's address
        return False
    if text[end - 1].isdigit() and _COUNTED_AFTER.match(text, end):
        return False
    span = text[start:end]
    if _NOT_IN_ADDRESS.search(span) or len(span.split()) > _MAX_ADDRESS_WORDS:
        return False
    # (round 12) a street or a locality has letters ("in 2021 37 aanvragen" is a year and a count), and a word
    # naming a number starts no address ("Rolnummer A.R. 22/4120/A", "Dossier 12/3")
    first = _LETTER_WORD.search(span)
    if first is None or numbered_thing(fold(first.group())):
        return False
    lead = _LEADING_NUMBER.match(span)  # a postal code is followed by its locality, not by a Dutch word
    if lead is not None:
        word = fold(lead.group(1))
        lex = lexicon()
        return word in lex.place_tokens or word in lex.places or word not in lex.dutch_words
    return True


def _cells(text: str, kind: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(round 7) An address span across the cells of a table (tab-separated) is cut into its cells; a cell is an
    address only with a letter and a digit: "Naam\t2060 Antwerpen" -> "2060 Antwerpen"; "Ledeberg\t114\t263" -> none."""
    if kind != "address" or "\t" not in text[start:end]:
        return [(kind, start, end)]
    cells = []
    for m in _CELL.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if _LETTER.search(text, s, e) and _DIGIT.search(text, s, e):
            cells.append((kind, s, e))
    return cells


def find_tagged(text: str, cands: list[tuple[str, int, int]]) -> None:
    """Add the tagger's birth-date and address spans where no other candidate stands (the rules keep their kind and
    extent where they found something)."""
    toks = tokenize(text)
    if not toks:
        return
    tags = _tagger().tag(features(text, toks, _known_word_features))
    found = [(sp["kind"], sp["start"], sp["end"]) for sp in spans_from_tags(toks, tags) if sp["kind"] in KINDS]
    found = [cell for f in found for cell in _cells(text, *f)]
    found = [(kind, s, e) for kind, s, e in found if _meant(kind, text, s, e)]
    if any(kind == "birth_date" for kind, _s, _e in found):  # a date in a sentence about no one is no birth date
        starts, first = first_people(text, sorted((s, e) for k, s, e in cands if k == "person_name"))
        found = [
            f
            for f in found
            if f[0] != "birth_date"
            or about_someone_at(text, f[1], starts, first)
            # (round 7) nor is the date of an event ("werd opgericht op …", "het gesprek van …")
            and not _EVENT_BEFORE.search(text[max(0, f[1] - 60) : f[1]])
        ]
    if not found:
        return
    taken = overlapping(sorted((s, e) for _, s, e in cands), [(s, e) for _, s, e in found])
    cands.extend(f for f, hit in zip(found, taken, strict=True) if not hit)
