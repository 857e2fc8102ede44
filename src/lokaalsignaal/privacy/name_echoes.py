"""Names the text itself confirms (issue 16, round 9): a name found once, or spelled in an e-mail address.

* **Echoes.** A note names a person once in full and then by one part: ``Dilan Korkmaz (gsm …) zit zonder stroom.
  Dilan is akkoord …``; ``mama van Ilyas Berrada … Bespreking: Ilyas komt vaak te laat``. Every other whole-word
  occurrence of a word of a found name is a name too, written the same way (capitalised after capitalised, lower case
  after lower case). Only words that are no particle, title, role, place or organisation word; a word that is also a
  frequent Dutch word only when it is a known name that is no ordinary word and stands capitalised mid-sentence or
  before a person's verb.
* **E-mail addresses.** An address's local part often spells its owner's name: ``Vragen? yorick.mertz@… Yorick,
  buurtwerker``; ``de verhuurder, bart van dijck, … vandijck.bart7@…``. One to four adjacent words whose letters
  (joined) are a part of the local part (split at dots, dashes, underscores, digits) are a name: two or more such
  words (``van den Heuvel`` in ``a.vandenheuvel@``) always, one word only when it is no frequent Dutch word (or a
  known name that is no ordinary word) and no place, organisation, title or role word. ``info@``, ``onthaal.gent@``,
  ``team.welzijn@`` name no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .lexicon import COMMON_WORDS, NOT_NAMES, ROLES, TITLES, lexicon
from .name_tokens import _Tok
from .names import _PERSON_VERBS
from .person_context import _NOT_PERSON_HEADS, dutch_compound
from .spans import TokensOff

_LOCAL_SPLIT = re.compile(r"[^a-z]+")
_NOT_LETTER = re.compile(r"[^a-z]+")


@lru_cache(maxsize=8192)
def _letters(key: str) -> str:
    return key if key.isascii() and key.isalpha() else _NOT_LETTER.sub("", key)


@lru_cache(maxsize=8192)
def _name_like(key: str) -> bool:
    """A word that may stand alone as a person's name: no ordinary word, place, organisation, title or role."""
    lex = lexicon()
    if len(key) < 3 or key in COMMON_WORDS or key in NOT_NAMES or key in TITLES or key in ROLES:
        return False
    if key in lex.org_tokens or key in lex.place_tokens and key not in lex.first_names:
        return False
    known = (key in lex.first_names or key in lex.surnames) and key not in lex.ambiguous
    return known or not (key in lex.dutch_words or dutch_compound(key, lex))


def find_echoed_names(text: str, toks: list[_Tok], cands: list[tuple[str, int, int]]) -> None:
    """Add ``person_name`` candidates for the words of found names that recur, and for names spelled in an e-mail
    address of the same text (module docstring)."""
    names = [(s, e) for k, s, e in cands if k == "person_name"]
    emails = [(s, e) for k, s, e in cands if k == "email"]
    if not names and not emails:
        return
    if not toks:
        return
    lex = lexicon()
    off = TokensOff(toks, [(s, e) for _k, s, e in cands])
    new: list[tuple[int, int]] = []
    if names:
        new.extend(_echoes(text, toks, off, sorted(names), lex))
    if emails:
        new.extend(_spelled_in_email(text, toks, off, emails, lex))
    seen: set[tuple[int, int]] = set()
    for s, e in new:
        if (s, e) not in seen:
            seen.add((s, e))
            cands.append(("person_name", s, e))


def _echoes(text: str, toks: list[_Tok], off, names: list[tuple[int, int]], lex):
    starts = [t.start for t in toks]
    words: dict[str, bool] = {}  # key -> written capitalised
    for s, e in names:
        for i in range(bisect_left(starts, s), len(toks)):
            t = toks[i]
            if t.end > e:
                break
            if t.particle or t.initial or len(t.key) < 3 or not _name_like(t.key) and not _known_word(t.key, lex):
                continue
            words[t.key] = words.get(t.key, False) or t.cap
    if not words:
        return
    for i, t in enumerate(toks):
        if t.key not in words or t.initial or off[i]:
            continue
        if t.cap != words[t.key] and not t.upper:
            continue
        if not _name_like(t.key):
            # a known name that is also a frequent word: capitalised mid-sentence or before a person's verb
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            before_verb = nxt is not None and nxt.gap_ok and not nxt.cap and nxt.key in _PERSON_VERBS
            if not t.cap or (t.sent_start and not before_verb):
                continue
        yield t.start, t.end


def _known_word(key: str, lex) -> bool:
    """A known first name or surname that is a frequent Dutch word but not an ordinary one ("rien", "willem")."""
    return (key in lex.first_names or key in lex.surnames) and key not in lex.ambiguous and key not in COMMON_WORDS


def _spelled_in_email(text: str, toks: list[_Tok], off, emails: list[tuple[int, int]], lex):
    parts: set[str] = set()
    for s, e in emails:
        local = text[s:e].split("@", 1)[0].lower()
        segs = [p for p in _LOCAL_SPLIT.split(local) if len(p) >= 2]
        parts.update(segs)
        if len(segs) > 1:
            parts.add("".join(segs))
    if not parts:
        return
    # the parts in one string: letters (no "|") found in it lie within one part; a run of words is read on only
    # while its letters are such a piece
    all_parts = "|".join(parts)

    n = len(toks)

    def run_from(i: int) -> int:
        """How many words from ``i`` (at most four) spell a part together; 0 when none."""
        best = 0
        joined = ""
        for j in range(i, min(n, i + 4)):
            if j > i and not toks[j].gap_ok:
                break
            joined += _letters(toks[j].key)
            if joined not in all_parts or off[j]:
                break
            if _spelled(joined, parts):
                best = j - i + 1
        return best

    i = 0
    while i < n:
        letters = _letters(toks[i].key)
        best = run_from(i) if len(letters) > 1 and letters in all_parts else 0
        if not best:
            i += 1
            continue
        k = i + best
        # adjacent runs join: "bart" + "van dijck" (vandijck.bart7@)
        while k < n and toks[k].gap_ok:
            step = run_from(k)
            if not step:
                break
            k += step
        words = toks[i:k]
        if len(words) >= 2 and not any(_thing(w, lex) for w in words) or (
            len(words) == 1 and (_name_like(words[0].key) or _known_word(words[0].key, lex))
        ):
            yield words[0].start, words[-1].end
        i = k


def _thing(w: _Tok, lex) -> bool:
    """A word that makes a run of words an office rather than a person ("team.welzijn@", "ocmw.gent@")."""
    key = w.key
    return not w.particle and (
        key in COMMON_WORDS or key in NOT_NAMES or key in TITLES or key in ROLES or key in lex.org_tokens
        or key in _NOT_PERSON_HEADS
    )


def _spelled(joined: str, parts: set[str]) -> bool:
    if joined in parts:
        return True
    # "van den Heuvel" in "tvandenheuvel": the name with an initial or a digit's letter on one side
    if len(joined) < 6:
        return False
    return any(len(p) - len(joined) <= 2 and (p.startswith(joined) or p.endswith(joined)) for p in parts)
