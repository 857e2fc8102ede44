"""Tokenizer and context word lists shared by the person-name rules; also the phrase matcher
for organisations and allowed phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import PARTICLES, TITLES, fold

#: (round 4) combining marks belong to the word: "i̇brahim" (a lower-cased Turkish İ is i + U+0307)
_TOKEN_RE = re.compile(
    r"(?:[dDlL]['’])?[^\W\d_][\u0300-\u036f]*(?:[\w'’\-\u0300-\u036f]*[^\W_][\u0300-\u036f]*)?\.?|[A-Z]\."
)
_SENT_END = set('.!?\n:;•*"“”«»')
_INITIAL = re.compile(r"[A-ZÀ-Ý]\.")
_ELIDED = re.compile(r"[dDlL]['’]")
_POSSESSIVES = ("'s", "’s", "'", "’")


#: (round 3) words repeat: folding each distinct word once is a third of the tokenizer's time less
_fold_word = lru_cache(maxsize=16384)(fold)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str  # folded, without trailing dot / possessive
    cap: bool
    upper: bool
    initial: bool
    particle: bool
    sent_start: bool
    gap_ok: bool  # only a single space/hyphen between previous token and this one


@lru_cache(maxsize=64)
def _phrase_items(phrases: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True))


@lru_cache(maxsize=1024)
def _phrases_regex(items: tuple[str, ...]) -> re.Pattern | None:
    if not items:
        return None
    body = "|".join(re.escape(p) for p in items)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=64)
def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern | None:
    return _phrases_regex(_phrase_items(phrases))


#: where a phrase may start: after no word character
_PHRASE_START = re.compile(r"(?<![\w]).", re.DOTALL)


class _PhraseRegexesAt(dict):
    """For each first character: ``_phrase_regex(phrases)`` with only the phrases whose first character matches it
    (as that regex matches it: case-insensitively), in the same order, or None when there are none. Where that
    character stands the other phrases cannot match, so it matches there what the whole regex matches, trying a few
    phrases instead of hundreds (``phrase_spans``). Built once per character met ("d" and "D" share one regex), those
    of the phrases' own first characters at once, as the whole regex was."""

    def __init__(self, phrases: tuple[str, ...]):
        super().__init__()
        self.items = _phrase_items(phrases)
        self.firsts = {p[0] for p in self.items}
        for first in self.firsts:
            self[first]  # built by __missing__

    def __missing__(self, char: str) -> re.Pattern | None:
        firsts = {f for f in self.firsts if re.fullmatch(re.escape(f), char, re.IGNORECASE)}
        rx = self[char] = _phrases_regex(tuple(p for p in self.items if p[0] in firsts))
        return rx


_phrase_regexes_at = lru_cache(maxsize=64)(_PhraseRegexesAt)


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    prev_end = 0
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        s, e = m.start(), m.end()
        word = raw
        initial = raw.endswith(".") and _INITIAL.fullmatch(raw) is not None
        if raw.endswith(".") and not initial:
            word = raw[:-1]
            e -= 1
        for poss in _POSSESSIVES if word.endswith(_POSSESSIVES) else ():
            if word.endswith(poss) and len(word) > len(poss) + 1:
                word = word[: -len(poss)]
                e -= len(poss)
                break
        body = word[2:] if _ELIDED.match(word) and len(word) > 2 else word
        cap = body[:1].isupper()
        upper = word.isupper() and len(word) > 1
        between = text[prev_end:s]
        # sentence start: nothing but opening punctuation since the last sentence end
        j = s - 1
        while j >= 0 and text[j] in " \t\"'“‘(«-–[":
            j -= 1
        sent_start = j < 0 or text[j] in _SENT_END
        if j >= 0 and text[j] == "." and toks and (toks[-1].initial or toks[-1].key in TITLES):
            sent_start = False
        gap_ok = bool(toks) and between in (" ", "")
        key = _fold_word(word)
        toks.append(_Tok(s, e, word, key, cap, upper, initial, key in PARTICLES, sent_start, gap_ok))
        prev_end = e
    return toks


#: (round 3) the last text's tokens and phrase spans: two finders read them; a tuple (text, value) is replaced as one
#: object, and it holds ``text``, so an identity test cannot mistake another text for it
_LAST_TOKENS: tuple[str, list[_Tok]] | None = None
_LAST_PHRASES: tuple[str, tuple[str, ...], list[tuple[int, int]]] | None = None


def tokens_of(text: str) -> list[_Tok]:
    """``_tokenize(text)``, computed once for the text being scanned (do not change the list)."""
    global _LAST_TOKENS
    last = _LAST_TOKENS
    if last is not None and last[0] is text:
        return last[1]
    toks = _tokenize(text)
    _LAST_TOKENS = (text, toks)
    return toks


def phrase_spans(text: str, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of ``phrases`` (organisations, allowed phrases) in ``text``, computed once for the text being scanned."""
    global _LAST_PHRASES
    last = _LAST_PHRASES
    if last is not None and last[0] is text and last[1] == phrases:
        return last[2]
    # the matches of ``_phrase_regex(phrases).finditer(text)``, found faster: at each place a phrase may start, left to
    # right, the regex of only the phrases that start with the character there (the regex of all phrases tried every
    # phrase at every such place: a fifth of the rules' time)
    at = _phrase_regexes_at(phrases)
    spans = []
    end = 0
    for start in _PHRASE_START.finditer(text):
        pos = start.start()
        if pos < end or (rx := at[text[pos]]) is None:
            continue
        m = rx.match(text, pos)
        if m:
            spans.append(m.span())
            end = m.end()
    _LAST_PHRASES = (text, phrases, spans)
    return spans


def _is_name_word(tok: _Tok, lex) -> bool:
    return tok.key in lex.first_names or tok.key in lex.surnames or tok.key in lex.surname_cores


_ADJECTIVE_TAIL = re.compile(r"(?:ig|lijk|isch|talig|baar|loos|end|ief|ische|ige|lijke)$")
_QUOTES_OPEN = "'‘\"“«"
_QUOTES_CLOSE = "'’\"”»"
#: lower-case words after which a capitalised word is rather a thing than a person
_THING_CONTEXT = frozenset(
    fold(w)
    for w in """
    de het een den der des 't deze dit onze ons hun haar zijn mijn jullie uw elk elke
    regio gemeente gemeenten stad steden dorp dorpen deelgemeente deelgemeenten wijk wijken buurt
    buurten parochie school scholen vzw project campus
    afdeling dienst straat team huis centrum zaal lokaal groep app programma
    """.split()
)
#: ... and after which a first name that is also a place is rather the place
_PLACE_CONTEXT = _THING_CONTEXT | frozenset(
    "in naar uit te van bij richting rond nabij via tot voor door tussen vanuit langs aan op over en of "
    "binnen buiten rondom omgeving".split()
)


def _quoted(text: str, start: int, end: int) -> bool:
    return (
        start > 0
        and end < len(text)
        and text[start - 1] in _QUOTES_OPEN
        and text[end] in _QUOTES_CLOSE
    )


def is_place_word(tok: _Tok, lex) -> bool:
    return tok.key in lex.place_tokens
