"""Tokens, features and BIO labels of the learned tagger (``tagger``): the same code trains it
(``bench/privacy_tagger_experiment.py``, ``bench/privacy_train_tagger.py``) and runs it.

A token's features are its form, shape, affixes, capitals, digit patterns, where it stands (line or sentence start,
after a colon), its neighbours two either side, and its membership of the guard's own word lists (``lexicon()``
and the hand-written sets of ``lexicon.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from . import lexicon as lx

#: weak kinds the tagger learns (``postal_address`` is folded into ``address`` like the scorer does)
TAG_KINDS = {"person_name": "NAME", "address": "ADDR", "postal_address": "ADDR", "birth_date": "BDATE"}
KIND_OF_TAG = {"NAME": "person_name", "ADDR": "address", "BDATE": "birth_date"}

TOKEN_RE = re.compile(r"\n|\w+(?:['’\-]\w+)*|[^\w\s]")
SENT_END = frozenset(".!?\n")
MONTHS = frozenset(
    """
    januari februari maart april mei juni juli augustus september oktober november december
    jan feb mrt apr jun jul aug sep sept okt nov dec
    janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre
    january february march may june july august october
    """.split()
)
DATE_CUES = frozenset("geboren geb geboortedatum geboorte °° ° jarig verjaardag leeftijd dob".split())


def tokenize(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


_UPPER = re.compile(r"[A-ZÀ-Þ]")
_LOWER = re.compile(r"[a-zß-ÿ]")
_DIGIT = re.compile(r"\d")
_RUN = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    return _DIGIT.sub("d", _LOWER.sub("x", _UPPER.sub("X", word)))


@lru_cache(maxsize=65536)
def short_shape(word: str) -> str:
    return _RUN.sub(itemgetter(1), shape(word))  # the run's character (as r"\1", without parsing a template per run)


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    lex = lx.lexicon()
    single_streets = frozenset(s for s in lex.streets if " " not in s)
    return {
        "first": lex.first_names,
        "sur": lex.surnames,
        "surcore": lex.surname_cores,
        "ambig": lex.ambiguous,
        "place": lex.place_tokens,
        "street": single_streets,
        "street1": lex.street_first_tokens,
        "dutch": lex.dutch_words,
        "org": lex.org_tokens,
        "title": lx.TITLES,
        "role": lx.ROLES,
        "cue": lx.NAME_CUES,
        "roleof": lx.ROLE_OF,
        "particle": lx.PARTICLES,
        "notname": lx.NOT_NAMES,
        "common": lx.COMMON_WORDS,
        "streetword": lx.STREET_WORDS,
        "month": MONTHS,
        "datecue": DATE_CUES,
        "postal": frozenset(lex.postal),
    }


def warm() -> None:
    _lists()


@lru_cache(maxsize=65536)
def lex_flags(word: str) -> tuple[str, ...]:
    key = lx.fold(word)
    flags = [name for name, words in _lists().items() if key in words]
    if key.endswith(lx.SAFE_STREET_SUFFIXES) or key.endswith(lx.DERIVED_STREET_SUFFIXES):
        flags.append("streetsuffix")
    if "-" in key and all(lx.fold(p) in _lists()["sur"] or lx.fold(p) in _lists()["first"] for p in key.split("-")):
        flags.append("namehyphen")
    return tuple(flags)


def _digits(word: str) -> list[str]:
    if not word.isdecimal():  # "10²" is a digit string to isdigit(), but no number to int()
        return []
    n = int(word)
    out = [f"dlen={len(word)}"]
    if len(word) <= 2 and 1 <= n <= 31:
        out.append("day")
    if len(word) <= 2 and 1 <= n <= 12:
        out.append("mon")
    if len(word) == 4 and 1900 <= n <= 2030:
        out.append("year")
    return out


#: the neighbours a token sees (two either side) and the feature a missing one gives
NEIGHBOURS = ("-2:", "-1:", "+1:", "+2:")
_PADS = tuple((pre + "pad",) for pre in NEIGHBOURS)
#: where a token stands, by the token before it (the first token stands first on its line and in its sentence)
_STANDS = {
    "\n": ("line_first", "sent_first"),
    **{end: ("sent_first",) for end in SENT_END - {"\n"}},
    **{p: ("after" + p,) for p in (":", ";", ",")},
}

#: a word's own features and its features as each neighbour (in ``NEIGHBOURS`` order)
WordFeatures = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


@lru_cache(maxsize=65536)
def word_features(word: str) -> WordFeatures:
    """What ``features`` says about one word form: its own features (form, shape, affixes, capitals, word lists,
    digits) and those it gives a token as each of its neighbours (form, short shape, capital, word lists, each after
    where it stands: "-1:w=de"). Cached per form: texts repeat their words, and building these strings token by token
    was most of the tagger's time."""
    low = word.lower()
    short = short_shape(word)
    cap = ("cap",) if word[:1].isupper() else ()
    lists = tuple("L=" + x for x in lex_flags(word))
    own = (
        "w=" + low,
        "sh=" + shape(word)[:8],
        "ss=" + short,
        "p2=" + low[:2],
        "p3=" + low[:3],
        "p4=" + low[:4],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        *cap,
        *(("allcaps",) if word.isupper() and len(word) > 1 else ()),
        *lists,
        *_digits(word),
    )
    seen = ("w=" + low, "ss=" + short, *cap, *lists)
    return own, tuple(tuple([pre + f for f in seen]) for pre in NEIGHBOURS)


def features(text: str, toks: list[tuple[int, int, str]], of_word=word_features) -> list[list]:
    """Each token's features: ``bias``, its own, where it stands, its neighbours' two either side, the previous word
    with its own short shape.

    ``of_word`` gives a word's own and neighbour features (default ``word_features``); the tagger passes one that
    keeps only those its model knows (``tagger._known_word_features``), which tags the same."""
    words = [t[2] for t in toks]
    per_word = [of_word(w) for w in words]
    own = [p[0] for p in per_word]
    around = [p[1] for p in per_word]  # each word as a token's neighbour: two before, one before, one after, two after
    last = len(words) - 1
    out = []
    for i in range(len(words)):
        f = ["bias", *own[i]]
        if i == 0:
            f += _STANDS["\n"]
        else:
            f += _STANDS.get(words[i - 1], ())
            if toks[i - 1][1] == toks[i][0]:
                f.append("glued_left")
        f += around[i - 2][0] if i >= 2 else _PADS[0]
        f += around[i - 1][1] if i >= 1 else _PADS[1]
        f += around[i + 1][2] if i + 1 <= last else _PADS[2]
        f += around[i + 2][3] if i + 2 <= last else _PADS[3]
        if i:
            f.append("bi-1=" + words[i - 1].lower() + "|" + short_shape(words[i]))
        out.append(f)
    return out


def bio_labels(toks: list[tuple[int, int, str]], spans: list[dict]) -> list[str]:
    labels = ["O"] * len(toks)
    for sp in spans:
        tag = TAG_KINDS.get(sp["kind"])
        if tag is None:
            continue
        first = True
        for i, (s, e, _) in enumerate(toks):
            if s < sp["end"] and sp["start"] < e and labels[i] == "O":
                labels[i] = ("B-" if first else "I-") + tag
                first = False
    return labels


def spans_from_tags(toks: list[tuple[int, int, str]], tags: list[str]) -> list[dict]:
    """B/I runs to character spans (an I- without a B- of its kind starts a span too)."""
    spans: list[dict] = []
    cur = None
    for (s, e, _), t in zip(toks, tags, strict=True):
        if t == "O":
            cur = None
            continue
        bio, tag = t.split("-", 1)
        if bio == "I" and cur is not None and cur["tag"] == tag:
            cur["end"] = e
            continue
        cur = {"tag": tag, "start": s, "end": e}
        spans.append(cur)
    return [{"kind": KIND_OF_TAG[c["tag"]], "start": c["start"], "end": c["end"]} for c in spans]
