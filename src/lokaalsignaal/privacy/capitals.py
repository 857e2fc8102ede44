"""Text written in capitals, read as if written normally (issue 16, round 7).

In a line written in capitals (a referral letter, minutes typed with caps lock, ``VERWIJSBRIEF … HIERBIJ VERWIJZEN WIJ
YOANA GEEDI, GEBOREN OP …``) every word looks like a proper noun, so the name rules, which read capitals, see
nothing or everything. The guard reads such a line as a person would: an ordinary Dutch word (a frequent word, a
function word, a title, a role or a month) in lower case, every other word capitalised (``hierbij verwijzen wij Yoana
Geedi, geboren op``). Each word keeps its length, so every span found in the copy points into the original text.
Lines with lower-case letters are left as they are. Identifiers are found in the text as written (``detector``), and a
name in such a line after an institution's head word in any case (``KINDERDAGVERBLIJF GITA``, ``RUE HEYVAERT``) is
no person (``institutions.head_in_line_before``). A frequent Dutch word that is also a name (``BAKKER``) reads as the
word.
"""

from __future__ import annotations

import re

from .addresses import _STREET_SUFFIX_RE
from .lexicon import COMMON_WORDS, FRENCH_STREET_TYPES, NAME_CUES, ROLES, STREET_WORDS, TITLES, fold, lexicon

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LINE = re.compile(r"[^\n]+")
#: a line is in capitals when it has at least this many letters and no lower-case one
_MIN_LETTERS = 12
#: a place or a street keeps its capital: "HOOGSTRAAT 8", "NIEUWE STEENWEG 11", "CHAUSSÉE DE MONS", "2140 BORGERHOUT"
_STREET_END = re.compile(rf"(?:{_STREET_SUFFIX_RE})$")
_FRENCH_STREETS = frozenset(fold(t) for t in FRENCH_STREET_TYPES)
_MONTHS = frozenset("januari februari maart april mei juni juli augustus september oktober november december".split())


def _in_capitals(line: str) -> bool:
    if line == line.lower() or line != line.upper():  # no capital, or a lower-case letter: the usual line, fast
        return False
    return sum(1 for c in line if c.isalpha()) >= _MIN_LETTERS


def capital_lines(text: str) -> list[tuple[int, int]]:
    """Where the lines in capitals are."""
    return [m.span() for m in _LINE.finditer(text) if _in_capitals(m.group())]


def read_capitals(text: str) -> str | None:
    """The text with its lines in capitals written normally, or None when it has no such line."""
    if not any(_in_capitals(m.group()) for m in _LINE.finditer(text)):
        return None
    lex = lexicon()
    out = []
    pos = 0
    for line in _LINE.finditer(text):
        if not _in_capitals(line.group()):
            continue
        for m in _WORD.finditer(text, line.start(), line.end()):
            word = m.group()
            key = fold(word)
            proper = (
                key in lex.place_tokens
                or key in STREET_WORDS
                or key in _FRENCH_STREETS
                or bool(_STREET_END.search(key))
            )
            ordinary = not proper and (
                key in COMMON_WORDS
                or key in TITLES
                or key in ROLES
                or key in NAME_CUES
                or key in _MONTHS
                or key in lex.dutch_words
                or (len(word) == 1 and text[m.end() : m.end() + 1] != ".")  # "'S AVONDS"; not an initial
            )
            new = word.lower() if ordinary else word[:1] + word[1:].lower()
            if len(new) != len(word):
                continue  # a letter whose case changes its length ("ẞ"): left as written
            out.append(text[pos : m.start()])
            out.append(new)
            pos = m.end()
    out.append(text[pos:])
    return "".join(out)
