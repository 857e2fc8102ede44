"""Words the name rules took for a person that are words of a sentence (issue 16, round 10).

The name lists hold many first names that are also words of another language or of spoken Flemish; on the clean
texts of set K such words were the most frequent false warnings:

* an English sentence in a Dutch signal (``Most parents simply can't pay this``): the English function words and
  frequent English words of the sentence are no names when the sentence has two more English words that no Dutch
  sentence has (``this``, ``can't``, ``the``);
* a Flemish contraction (``Tis`` for 't is, ``Kheb`` for 'k heb): spoken Dutch, no name;
* a lower-case pair after an indefinite article (``een fiets gevnden``): a noun and a typo, not ``first surname``.
"""

from __future__ import annotations

import re

from .lexicon import COMMON_WORDS, TITLES, fold, lexicon

#: English words that are no Dutch words (not "help", "school", "week", "want", "still", "had", "me"): two of them
#: make a sentence English
_ENGLISH_MARKERS = frozenset(
    """
    the this these those that's there's it's with without don't doesn't didn't isn't aren't wasn't weren't can't
    cannot won't wouldn't shouldn't couldn't haven't hasn't they their them they're we're you're i'm what which who
    whose when where why how would could should shall must has have had been being are were does did not and but
    because about from into only just too very many much more most some any every each people give know get got
    make need simply really also yet our your his its you she he my off out up after before until while than then
    though through there again always never often already waiting family families children parents money paid
    time year years month day days thing things nobody everyone everybody someone something nothing anything can
    will may might
    """.split()
)
#: English words that are never a name in an English sentence: its function words and its most frequent words
#: (first names that are also English words, ``Will``, ``May``, ``Bill``, ``Grace``, ``Hope``, stay names)
_ENGLISH_WORDS = _ENGLISH_MARKERS - frozenset("will may can".split()) | frozenset(
    "a an is in on at to of for by as so if or no yes all one two few most many much such own same other".split()
)
#: spoken Flemish written as one word: 't is, 't was, 'k heb, 'k ben, 'k zal, 'k ga, 'k weet, 'k denk, 'k zie
_CONTRACTIONS = frozenset(
    """
    tis twas tes tzal tkan tmoet tzijn tzou tgaat tkomt tgeeft kheb kben kzal kga kweet kdenk kzie kwil kmoet kkan
    kzou khad kwas kvind kvroeg kzeg
    """.split()
)
#: a closing word is no name, also capitalised before a comma ("Merci, Jorinde"): the name after it is
_CLOSING_WORDS = frozenset("merci bedankt dankjewel dankuwel thanks thx groetjes groeten cheers".split())
#: a verb or adverb opening a question or an inversion: "Kan iemand …", "Hoe zit je …" is no name before "iemand"
_SUBJECT_AFTER = re.compile(r" (?:iemand|ik|je|jij|u|we|wij|ze|zij|hij|men|jullie)(?![\w'’\-])")
#: a title right before: "mevrouw Steeds" stays a name
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?[ \t]+\Z")
_LOWER_AFTER = re.compile(r" [a-zà-ÿ]")
_QUESTION_WORDS = frozenset("hoe waarom wanneer waar hoeveel welke welk".split())
_INDEFINITE_BEFORE = re.compile(r"(?<![\w'’])(?:een|ne|nen|'n|’n|geen|elke|iedere|welke)[ \t]+\Z", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence(text: str, s: int, e: int) -> tuple[int, int]:
    """The sentence around ``text[s:e]``: from the last end of a sentence before it to the next one after it (at
    most 300 characters either side, so a long text without stops costs no more than a short one)."""
    lo = max(0, s - 300)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, s):
        start = m.end()
    m = _SENTENCE_END.search(text, e, min(len(text), e + 300))
    return start, m.start() if m else min(len(text), e + 300)


def _english(text: str, s: int, e: int, words: list[str]) -> bool:
    """English words, or words in lower case ("many mothers"), in a sentence with two more English words."""
    if not (all(w.islower() for w in words) or all(w.lower().replace("’", "'") in _ENGLISH_WORDS for w in words)):
        return False
    a, b = _sentence(text, s, e)
    markers = 0
    for m in _WORD.finditer(text, a, b):
        if (m.end() <= s or m.start() >= e) and m.group().lower().replace("’", "'") in _ENGLISH_MARKERS:
            markers += 1
            if markers >= 2:
                return True
    return False


def _trim_lead(text: str, s: int, e: int) -> int | None:
    """The start of the candidate without a leading contraction or closing word ("Merci Jorinde"); None when nothing
    is left."""
    m = _WORD.match(text, s, e)
    if m is None or m.group().lower() not in _CONTRACTIONS and m.group().lower() not in _CLOSING_WORDS:
        return s
    rest = _WORD.search(text, m.end(), e)
    return None if rest is None else rest.start()


def _sentence_word(text: str, s: int, e: int, word: str) -> bool:
    """A lone frequent Dutch word in no name list before a lower-case word ("eigenaar Steeds meer …" after a heading
    without a stop), a question word, a closing word, or a word before a subject ("Kan iemand …")."""
    key = fold(word)
    if key in _CLOSING_WORDS or key in _QUESTION_WORDS:
        return True
    lex = lexicon()
    if (key in COMMON_WORDS or key in lex.dutch_words) and _SUBJECT_AFTER.match(text, e):
        return True  # "Kan iemand …", not "Thanks to Anouk we …"
    if key not in COMMON_WORDS or not _LOWER_AFTER.match(text, e):
        return False
    if key in lex.first_names or key in lex.surnames:
        return False
    t = _TITLE_BEFORE.search(text, max(0, s - 16), s)
    return t is None or fold(t.group(1)) not in TITLES


def drop_sentence_words(text: str, cands: list[tuple[str, int, int]]) -> None:
    """Remove (or trim) ``person_name`` candidates that are English words of an English sentence, a Flemish
    contraction, or a lower-case noun after an indefinite article."""
    if not any(kind == "person_name" for kind, _s, _e in cands):
        return
    kept: list[tuple[str, int, int]] = []
    for c in cands:
        kind, s, e = c
        if kind != "person_name":
            kept.append(c)
            continue
        words = _WORD.findall(text, s, e)
        if not words or _english(text, s, e, words) or len(words) == 1 and _sentence_word(text, s, e, words[0]):
            continue
        if words[0].islower() and _INDEFINITE_BEFORE.search(text, max(0, s - 12), s):
            continue
        start = _trim_lead(text, s, e)
        if start is None:
            continue
        kept.append((kind, start, e))
    cands[:] = kept
