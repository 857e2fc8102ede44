"""Tokens, features and BIO labels of the learned tagger (``tagger``): the same code trains it
(``bench/privacy_tagger_experiment.py``, ``bench/privacy_train_tagger.py``) and runs it.

A token's features are its form, shape, affixes, capitals, digit patterns, where it stands (line or sentence start,
after a colon), its neighbours two either side, and its membership of the guard's own word lists (``lexicon()``
and the hand-written sets of ``lexicon.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

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


@lru_cache(maxsize=65536)
def shape(word: str) -> str:
    s = re.sub(r"[A-ZÀ-Þ]", "X", word)
    s = re.sub(r"[a-zß-ÿ]", "x", s)
    return re.sub(r"\d", "d", s)


@lru_cache(maxsize=65536)
def short_shape(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", shape(word))


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
    if not word.isdigit():
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


@lru_cache(maxsize=65536)
def _token_feats(word: str) -> tuple[str, ...]:
    """A word's own features (kept per word: texts repeat their words, and building the strings was most of the
    tagger's time)."""
    low = word.lower()
    f = [
        "w=" + low,
        "sh=" + shape(word)[:8],
        "ss=" + short_shape(word),
        "p2=" + low[:2],
        "p3=" + low[:3],
        "p4=" + low[:4],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
    ]
    if word[:1].isupper():
        f.append("cap")
    if word.isupper() and len(word) > 1:
        f.append("allcaps")
    f.extend("L=" + x for x in lex_flags(word))
    f.extend(_digits(word))
    return tuple(f)


@lru_cache(maxsize=131072)
def _ctx_feats(word: str, pre: str) -> tuple[str, ...]:
    f = [pre + "w=" + word.lower(), pre + "ss=" + short_shape(word)]
    if word[:1].isupper():
        f.append(pre + "cap")
    f.extend(pre + "L=" + x for x in lex_flags(word))
    return tuple(f)


def features(text: str, toks: list[tuple[int, int, str]]) -> list[list[str]]:
    words = [t[2] for t in toks]
    n = len(words)
    out = []
    for i, w in enumerate(words):
        f = ["bias", *_token_feats(w)]
        prev = words[i - 1] if i else "\n"
        if prev == "\n" or i == 0:
            f.append("line_first")
        if i == 0 or prev in SENT_END:
            f.append("sent_first")
        if prev in (":", ";", ","):
            f.append("after" + prev)
        if i and toks[i - 1][1] == toks[i][0]:
            f.append("glued_left")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.extend(_ctx_feats(words[j], f"{d:+d}:"))
            else:
                f.append(f"{d:+d}:pad")
        if i > 0:
            f.append("bi-1=" + words[i - 1].lower() + "|" + short_shape(w))
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
