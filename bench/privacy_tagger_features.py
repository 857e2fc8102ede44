"""Variant R of the learned tagger experiment (bench only): the product's tagger features
(``lokaalsignaal.privacy.tagger_features``) plus the kind of the rules' finding at each token."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lokaalsignaal.privacy.tagger_features import (  # noqa: E402,F401
    KIND_OF_TAG,
    TAG_KINDS,
    bio_labels,
    spans_from_tags,
    tokenize,
    warm,
)
from lokaalsignaal.privacy.tagger_features import features as _features  # noqa: E402


def features(text: str, toks: list[tuple[int, int, str]], rule_kinds: list[str] | None = None) -> list[list[str]]:
    out = _features(text, toks)
    if rule_kinds is not None:
        return [a + b for a, b in zip(out, rule_feats(rule_kinds), strict=True)]
    return out


def rule_feats(kinds: list[str]) -> list[list[str]]:
    """Variant R: the kind of the rules' finding at the token and at its neighbours."""
    n = len(kinds)
    return [
        ["rule=" + k] + [f"{d:+d}:rule=" + kinds[i + d] for d in (-1, 1) if 0 <= i + d < n] for i, k in enumerate(kinds)
    ]


def rule_kinds(toks: list[tuple[int, int, str]], findings: list[dict]) -> list[str]:
    """Kind of the rules' finding covering each token ("O" when none)."""
    out = []
    for s, e, _ in toks:
        kind = "O"
        for p in findings:
            if p["start"] < e and s < p["end"]:
                kind = TAG_KINDS.get(p["kind"], p["kind"])
                break
        out.append(kind)
    return out
