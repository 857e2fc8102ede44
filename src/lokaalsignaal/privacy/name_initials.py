"""Names written as an initial and a surname (issue 16, round 11).

``m. kast``, ``R. Bakkes krijgt …``, ``a. quintela ferrandiz``, ``j. van der vorst``: one letter and a full stop,
then (particles and) a surname. Dutch writes no single letter and a full stop before a word except as an initial
(``o.a.``, ``d.w.z.`` have no space; ``p. 12`` and ``7 A.`` stand next to a number), so the surname may be any word
but a function word, a title, a role or a street word: ``m. kast`` and ``T. Brood`` are people even though ``kast``
and ``brood`` are ordinary words. A second word joins only when it is in no Dutch word list
(``a. quintela ferrandiz zagen`` ends before ``zagen``).

Risk: a heading lettered ``A.``/``B.`` before an ordinary word, a sentence that ends in a letter. An ordinary word
after the letter is taken at a line or sentence start only before a comma or a lower-case word that is no preposition
(``T. Brood krijgt …``, not ``A. Situatie van de bewoners``), and within a sentence only after punctuation, a
preposition, a title or a role (``de buurvrouw van m. kast``, not ``zie bijlage B. Daarna …``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import COMMON_WORDS, NOT_NAMES, ROLES, STREET_WORDS, TITLES, fold, lexicon
from .name_tokens import _Tok

#: a full stop and one space or tab: far fewer places than words; the letter before it is tested in code
_DOT_GAP = re.compile(r"\.[ \t]")
#: what may stand before the letter: nothing of a word, an abbreviation or a number ("7 A.", "o. a.")
_NOT_BEFORE = frozenset(".'’-_/")
#: after a heading's letter: "A. Situatie van …", "B. Vraag in …"
_PREPOSITIONS = frozenset("van voor in op met en bij naar over uit aan tot de het een of".split())


def _surname_word(w: _Tok) -> bool:
    k = w.key
    return (
        len(k) >= 2
        and not w.initial
        and k.replace("-", "").replace("'", "").isalpha()
        and k not in COMMON_WORDS
        and k not in NOT_NAMES
        and k not in TITLES
        and k not in ROLES
        and k not in STREET_WORDS
    )


def _initial_at(text: str, dot: int) -> bool:
    """``text[dot - 1]`` is a lone letter (an initial) before the full stop at ``dot``."""
    if dot < 1 or not text[dot - 1].isalpha():
        return False
    if dot >= 2:
        before = text[dot - 2]
        if before.isalnum() or before in _NOT_BEFORE:
            return False
        # "7 A.", "nr 3 b.": a letter after a number is a house number's or a list's
        if before in " \t" and dot >= 3 and text[dot - 3].isdigit():
            return False
    return True


def find_initial_names(text: str, toks: list[_Tok], cands: list[tuple[str, int, int]]) -> None:
    """Add ``person_name`` candidates for an initial and a surname (module docstring)."""
    if ". " not in text and ".\t" not in text:
        return
    lex = None
    starts: list[int] | None = None
    n = len(toks)
    for m in _DOT_GAP.finditer(text):
        dot = m.start()
        if not _initial_at(text, dot):
            continue
        if starts is None:
            starts = [t.start for t in toks]
        i = bisect_left(starts, m.end())
        if i >= n or toks[i].start != m.end():
            continue
        # "j. van der vorst": particles first
        j = i
        while j < n and toks[j].particle and j - i < 3 and (j == i or toks[j].gap_ok):
            j += 1
        if j >= n or j > i and not toks[j].gap_ok or not _surname_word(toks[j]):
            continue
        if j + 1 < n and toks[j + 1].initial and toks[j + 1].start - toks[j].end <= 1:
            continue  # "A. B. C.": a chain of letters
        lex = lex or lexicon()
        core = toks[j]
        # "j. van der vorst": particles make a surname of any word
        k = core.key
        plain = j == i and k in lex.dutch_words and k not in lex.surnames and k not in lex.first_names
        at_start = _line_start(text, dot - 1)
        if plain and not (_person_follows(text, toks, j) if at_start else _named_after(text, dot - 1)):
            continue
        end = core.end
        nxt = toks[j + 1] if j + 1 < n else None
        if (
            nxt is not None
            and nxt.gap_ok
            and not nxt.upper
            and _surname_word(nxt)
            and nxt.key not in lex.dutch_words
            and nxt.key not in lex.place_tokens
        ):
            end = nxt.end
        cands.append(("person_name", dot - 1, end))


def _line_start(text: str, pos: int) -> bool:
    """``pos`` opens a line or a sentence (after ``.``, ``!``, ``?`` that ends no title)."""
    line = text.rfind("\n", 0, pos) + 1
    before = text[line:pos].strip(" \t*-•·")
    if not before:
        return True
    if before[-1] in "!?":
        return True
    if before[-1] != ".":
        return False
    m = _LAST_WORD.search(before)
    return m is None or fold(m.group(1)) not in TITLES


#: the words after which a letter and an ordinary word are an initial and a surname, not a sentence's end
#: ("de buurvrouw van m. kast", not "zie bijlage B. Daarna …")
_NAME_BEFORE = _PREPOSITIONS | {"door", "dat", "en", "maar", "want", "ook", "zegt", "belt", "tussen"} | TITLES | ROLES
_LAST_WORD = re.compile(r"([^\W\d_]+)\.?[ \t]*$")


def _named_after(text: str, pos: int) -> bool:
    """Before the letter at ``pos``: punctuation, or a preposition, title or role word."""
    before = text[max(0, pos - 30) : pos].rstrip(" \t")
    if not before or not before[-1].isalpha() and before[-1] != ".":
        return True  # after a comma, a colon, a parenthesis
    m = _LAST_WORD.search(before)
    return m is not None and fold(m.group(1)) in _NAME_BEFORE


def _person_follows(text: str, toks: list[_Tok], j: int) -> bool:
    """After a line's ``X. Word``: a comma, or a lower-case word that is no preposition (``T. Brood krijgt``)."""
    after = text[toks[j].end : toks[j].end + 1]
    if after == ",":
        return True
    if j + 1 >= len(toks) or not toks[j + 1].gap_ok:
        return False
    w = toks[j + 1]
    return not w.cap and w.key not in _PREPOSITIONS
