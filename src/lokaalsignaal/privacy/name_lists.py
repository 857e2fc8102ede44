"""Names by their place among lines (issue 16, round 9): list items next to a found name, signatures, senders.

* **Peers in a list.** Bullet items of the same list that open the same way (``* X: …``, ``- X – …``) name the same
  kind of thing: when one item's head is a found name, the heads of the others are names too (``* Ward Peeters: …``
  then ``* noor elbaz: …``), one to three words none of which is an ordinary word, place, organisation, title or role
  word, and a single word no frequent Dutch word unless it is a known first name.
* **Signatures.** One or two capitalised words alone after a closing (``Gr,``, ``Tot op het overleg,``, ``Alvast
  bedankt,``), on the same line or the next, before nothing but a short organisation in parentheses or a job
  (``Gr, Saar (OCMW)``); and at a line start before a job title and the line's end (``Jef – brugfiguur``, ``Yorick,
  buurtwerker``).
* **Senders and writers.** The sender of a chat message (``[14:45, 10/7/2025] X: …``) and the writer of minutes alone
  on a line (``Verslag: X``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import COMMON_WORDS, NOT_NAMES, ROLES, STREET_WORDS, TITLES, lexicon
from .name_frames import _plain
from .name_tokens import _Tok
from .spans import overlapping

#: (the line patterns are matched at line starts only: ``_line_matches``)
_BULLET_ITEM = re.compile(
    # (round 10) also "Surname, First": "* Vermaercke, Ysolde: …"
    r"[ \t]*[*\-•·][ \t]+([^\W\d_][\w'’\-]*(?:,?[ \t][^\W\d_][\w'’\-]*){0,3}?)[ \t]*(:|[–—][ \t]|-[ \t])"
)
#: a job title: "brugfiguur", "jeugdwerker", "zorgcoördinator", "maatschappelijk assistent"
_JOB = (
    r"(?:[\w\-]*(?:werker|werkster|figuur|co[öo]rdinator|begeleider|begeleidster|bemiddelaar|assistent|assistente|"
    r"verantwoordelijke|medewerker|medewerkster|consulent|ondersteuner|leerkracht|verpleegkundige|vrijwilliger|"
    r"stagiair|stagiaire|directeur|directrice|coach|psycholoog|ergotherapeut|maatschappelijk[ \t]+werker))"
)
_JOB_LINE = re.compile(
    # (round 10) also the job on the next line or in parentheses: "Ysolde Marchal\nmaatschappelijk werker"
    # (round 10) also after a sentence on the same line: "… te laat. Ysolde Marchal\nmaatschappelijk werker"
    r"(?:[^\n]{0,300}[.!?][ \t]+)?[ \t]*([A-ZÀ-Ý][\w'’\-]*(?:[ \t][A-ZÀ-Ý][\w'’\-]*)?)[ \t]*"
    rf"(?:(?:,|[–—-]|\n)[ \t]*{_JOB}|\([ \t]*{_JOB}[ \t]*\))[ \t]*$",
    re.MULTILINE | re.IGNORECASE,  # "$": the line's end
)
#: the sender of a chat message (``[14:45, 10/7/2025] X: …``) and the writer of minutes (``Verslag: X``) on a line
_SENDER = re.compile(
    r"(?im)(?:\[\d{1,2}[:.]\d\d(?:,[ \t]*\d{1,2}/\d{1,2}/\d{2,4})?\][ \t]*"
    r"([A-ZÀ-Ý][\w'’\-]*(?:[ \t][A-ZÀ-Ý][\w'’\-]*)?)[ \t]*:"
    r"|[ \t]*(?:verslag|verslaggever|notulist|notulen)[ \t]*:[ \t]*([A-ZÀ-Ý][\w'’\-]*(?:[ \t][A-ZÀ-Ý][\w'’\-]*)?)"
    r"[ \t]*$)"
)
_CLOSING_NAME = re.compile(
    r"(?im)[ \t]*(?:gr|grtz|groet|groeten|groetjes|mvg|vriendelijke[ \t]+groet(?:en)?|met[ \t]+(?:vriendelijke|"
    r"collegiale|hartelijke)[ \t]+groet(?:en)?|tot[ \t]+(?:op[ \t]+)?(?:het|de|ziens|straks|morgen|dan|later)"
    r"(?:[ \t]+\w+){0,2}|(?:alvast[ \t]+)?(?:bedankt|dank(?:[ \t]+u|[ \t]+je)?)(?:[ \t]+\w+){0,2})"
    r"[ \t]*,[ \t]*\n?[ \t]*"
    r"([A-ZÀ-Ý][\w'’\-]*(?:[ \t][A-ZÀ-Ý][\w'’\-]*)?)"
    r"[ \t]*(?:\([\w\- ]{2,24}\)|[,–—-][ \t]*" + _JOB + r")?[ \t]*$"
)


def _head_ok(words: list[_Tok], lex, signed: bool = False) -> bool:
    """``signed``: under a closing or before a job, where a known first name that is also a word ("Jef", "Roos") is
    the writer."""
    if not 1 <= len(words) <= 3:
        return False
    for w in words:
        k = w.key
        if w.particle:
            continue
        if k in COMMON_WORDS or k in NOT_NAMES or k in TITLES or k in ROLES or k in STREET_WORDS:
            return False
        if k in lex.org_tokens or k in lex.place_tokens and k not in lex.first_names:
            return False
    core = [w for w in words if not w.particle]
    if len(core) == 1:
        w = core[0]
        return w.key not in lex.dutch_words or w.key in lex.first_names and (signed or w.key not in lex.ambiguous)
    return any(w.key not in lex.dutch_words or w.key in lex.first_names or w.key in lex.surnames for w in core)


def find_listed_names(text: str, toks: list[_Tok], cands: list[tuple[str, int, int]]) -> None:
    """Add ``person_name`` candidates for list peers and signatures (module docstring)."""
    has_bullets = "\n" in text and any(c in text for c in "*-•·")
    if "\n" not in text and "," not in text:
        return
    if not toks:
        return
    lex = lexicon()
    taken = sorted((s, e) for _k, s, e in cands)
    names = sorted((s, e) for k, s, e in cands if k == "person_name")
    found: list[tuple[int, int]] = []
    starts = [t.start for t in toks]

    def words_of(s: int, e: int) -> list[_Tok] | None:
        i = bisect_left(starts, s)
        if i >= len(toks) or toks[i].start != s:
            return None
        out = []
        while i < len(toks) and toks[i].end <= e:
            out.append(toks[i])
            i += 1
        return out

    line_starts = [0]
    pos = text.find("\n")
    while pos >= 0:
        line_starts.append(pos + 1)
        pos = text.find("\n", pos + 1)

    def line_matches(rx: re.Pattern):
        for at in line_starts:
            m = rx.match(text, at)
            if m:
                yield m

    if has_bullets:
        items = [(m.start(1), m.end(1), m.group(2)[0]) for m in line_matches(_BULLET_ITEM)]
        if len(items) > 1 and names:
            named = overlapping(names, [(s, e) for s, e, _sep in items])
            seps = {sep for (_s, _e, sep), hit in zip(items, named, strict=True) if hit}
            for (s, e, sep), hit in zip(items, named, strict=True):
                if hit or sep not in seps:
                    continue
                words = words_of(s, e)
                if words and _head_ok(words, lex):
                    found.append((s, e))
    for rx in (_CLOSING_NAME, _JOB_LINE, _SENDER):
        for m in line_matches(rx):
            g = 1 if m.group(1) is not None else 2
            words = words_of(m.start(g), m.end(g))
            if words and all(w.cap and not w.upper and (_plain(w, lex) or w.key in lex.first_names) for w in words):
                if _head_ok(words, lex, signed=True):
                    found.append(m.span(g))
    if not found:
        return
    hit = overlapping(taken, found)
    for (s, e), h in zip(found, hit, strict=True):
        if not h:
            cands.append(("person_name", s, e))
