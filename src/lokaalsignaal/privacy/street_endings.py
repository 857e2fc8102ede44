"""(Issue 16, round 12) Streets by their ending or by a place's adjective, in any case, with a plain house number.

Round 10 found a street in no list before a plain house number only after a residence cue or before a postal line
(``street_frames``). On set M, addresses were missed where neither stood:

* **One word with a street ending**, in any case, in no Dutch word list: ``afspraak op wilgendijk 61``, ``Lindekant
  166``, ``bezoek aan hazelaardries 64``, ``Rietput 37``. The endings are the street words and the endings taken from
  the street data (``SAFE_STREET_SUFFIXES``, ``DERIVED_STREET_SUFFIXES``) and two more Flemish ones that end tens of
  Statbel streets (``-kant`` 27, ``-put`` 49; not as endings of a capitalised word elsewhere, where ``Input 3`` is no
  street). A word in a Dutch list (``Vergadering 3``, ``fietspad 2``) stays none: the check is ``street_frames``'s;
  so does a surname (``Sara Vandebroek, 2 kinderen``), a word with a comma before the number, ``-ering``
  (``teamvergadering 22 juni``) and a number before a month or a count of people.
* **A place's adjective and a street word**: ``Bredense kant 11``, ``wingense wal 17b``, ``Lendelse werf 122``
  (``-se`` and one of the street words, also ``kant``, ``wal``, ``werf``, ``put``, in any case).

Both need a house number that is no count (``3 keer``, ``12 mensen``) and no date's part.
"""

from __future__ import annotations

import re

from .lexicon import DERIVED_STREET_SUFFIXES, SAFE_STREET_SUFFIXES, STREET_WORDS
from .person_context import _MONTHS

#: the street endings a word in no list may have before a plain house number (not -ering: "teamvergadering 22")
_ENDINGS = sorted({*SAFE_STREET_SUFFIXES, *DERIVED_STREET_SUFFIXES, "kant", "put"}, key=len, reverse=True)
_STREET_ENDING = re.compile("(?:" + "|".join("(?<!e)ring" if x == "ring" else x for x in _ENDINGS) + ")$")
#: what makes the number after the word no house number: a count or a month ("22 juni", "2 kinderen")
_NOT_HOUSE_NUMBER_AFTER = re.compile(
    rf"[ \t]*(?:{_MONTHS}|kinderen|personen|mensen|gezinnen|bewoners|volwassenen|jongeren|dossiers)(?![\w])",
    re.IGNORECASE,
)
#: the street words after a place's adjective
_WORDS_AFTER_ADJECTIVE = sorted({*STREET_WORDS, "kant", "wal", "werf", "put"}, key=len, reverse=True)
#: found at the street word (far fewer than the words): "-se kant 11"
_ADJECTIVE_STREET = re.compile(
    r"(?<=se[ \t])(?i:" + "|".join(_WORDS_AFTER_ADJECTIVE) + r")(?=[ \t]*+,?[ \t]*+\d)"
)
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w'’\-])[^\W\d_][\w'’\-]{2,}se[ \t]\Z")
#: the house number: a letter, a box or a flat after it, then no count, amount or date
_NUMBER_AFTER = re.compile(
    r"[ \t]*+,?[ \t]*+\d{1,4}(?:[a-dA-D](?![\w]))?(?:[ \t]*+(?:/|bus|bte)[ \t]*+\d{1,4}(?:\.\d{1,3})?[A-Za-z]?)?"
    r"(?![\w]|[.,:/\-]\d|[ \t]*(?:%|€|euro|keer|x\b|jaar|maand|weken|dagen|uur|km|kg))",
    re.IGNORECASE,
)


def ending_street(text: str, word: tuple[int, int], end: int, key: str, lex) -> bool:
    """A word in no list (``street_frames``) at ``word`` with a street's ending before the plain number ending at
    ``end``: no surname (``Sara Vandebroek, 2 kinderen``), no comma between, no count or month after."""
    return (
        bool(_STREET_ENDING.search(key))
        and key not in lex.surnames
        and "," not in text[word[1] : end]
        and not _NOT_HOUSE_NUMBER_AFTER.match(text, end)
    )


def find_adjective_streets(text: str, spans: list[tuple[int, int]]) -> None:
    """Append the spans of ``Bredense kant 11`` (module docstring)."""
    if "se " not in text and "se\t" not in text:
        return
    for m in _ADJECTIVE_STREET.finditer(text):
        a = _ADJECTIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if a is None:
            continue
        n = _NUMBER_AFTER.match(text, m.end())
        if n is not None and not _NOT_HOUSE_NUMBER_AFTER.match(text, n.end()):
            spans.append((a.start(), n.end()))
