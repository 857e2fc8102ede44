"""Persons the writer did not name (issue 16, round 12).

On the clean texts of set M most warnings were a person that the writer had already left unnamed, or a service that
signs a forwarded mail:

* **A letter standing for someone**: ``Mevrouw X wacht …``, ``B wacht sinds …``, ``meneer D belde``. A single letter,
  with or without a full stop, names no one; it is how a worker anonymises a person. No development set (A–M) labels
  one as a name. A letter with a surname after it (``D. Hoorn``, round 11) stays a name: that span has a surname;
  so does a letter found beside another name (``T.-J. Dewaele`` found as ``T.`` and ``J. Dewaele``).
* **A service in a mail header**: ``Van: Permanentie OCMW Gent``, ``Aan: Onthaal CAW Limburg``. A lone word right
  after the header label, followed on the same line by more words (the organisation), is the desk of that
  organisation unless it is a known first name or surname (``Van: Yasmina CAW Limburg`` stays a name) or an e-mail
  address follows on the line (``Van: Ysolde Marchal <ysolde@…>`` is a person). The same word
  elsewhere in the text (an echo of the header) is no name either.

These drops run after every name finder and before the dates are read (``person_dates``), so a date in a sentence
about ``K`` is no birth date.
"""

from __future__ import annotations

import re

from .lexicon import lexicon
from .name_tokens import _fold_word as fold

#: a single letter, with or without a full stop
_LETTER = re.compile(r"[^\W\d_]\.?")
#: a mail header's label right before the candidate, at a line start
_HEADER_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:van|aan|from|to|cc|afzender)[ \t]*:[ \t]*\Z", re.IGNORECASE)
#: more words after the candidate on its line: an organisation, not an address in brackets
_MORE_WORDS_AFTER = re.compile(r"[ \t]+[^\W\d_]")


def _service_in_header(text: str, s: int, e: int, lex) -> bool:
    """``Van: Permanentie OCMW Gent``: a lone word after a header label with the organisation after it."""
    word = text[s:e]
    if not word.isalpha() or not _HEADER_BEFORE.search(text, max(0, s - 16), s):
        return False
    if not _MORE_WORDS_AFTER.match(text, e):
        return False
    line_end = text.find("\n", e)
    if "@" in text[e : line_end if line_end >= 0 else len(text)]:
        return False  # "Van: Bartłomiej Król <bkrol@…>": a person's own address, so a person
    key = fold(word)
    return key not in lex.first_names and key not in lex.surnames


def drop_unnamed_persons(text: str, cands: list[tuple[str, int, int]]) -> None:
    """Remove the ``person_name`` candidates that name no one (module docstring)."""
    names = [(s, e) for kind, s, e in cands if kind == "person_name"]
    if not names:
        return
    lex = None
    services: set[str] = set()
    letters: set[tuple[int, int]] = set()
    for s, e in names:
        if _LETTER.fullmatch(text, s, e):
            if not _part_of_a_name(s, e, names):
                letters.add((s, e))
            continue
        if text.find(":", max(0, s - 16), s) >= 0:
            lex = lex or lexicon()
            if _service_in_header(text, s, e, lex):
                services.add(text[s:e])
    if not letters and not services:
        return
    cands[:] = [
        c for c in cands if c[0] != "person_name" or not ((c[1], c[2]) in letters or text[c[1] : c[2]] in services)
    ]


def _part_of_a_name(s: int, e: int, names: list[tuple[int, int]]) -> bool:
    """A letter right before or after another name (``T.-J. Dewaele`` found as ``T.`` and ``J. Dewaele``) is that
    name's initial: it stays, so the whole name is redacted."""
    return any(0 <= s2 - e <= 2 or 0 <= s - e2 <= 2 for s2, e2 in names if (s2, e2) != (s, e))
