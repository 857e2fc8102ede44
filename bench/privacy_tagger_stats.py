"""Paired bootstrap over texts for the privacy tagger experiment: is a method's gain over the rules real?

Per text and weak kind it counts gold spans found and predicted spans correct with ``privacy_bench``'s own
``fam``/``overlaps``; texts are resampled with replacement (the same resample for both methods).
"""

from __future__ import annotations

import random

import privacy_bench as pb

WEAK = ("person_name", "address", "birth_date")


def counts(row: dict, pred: list[dict]) -> dict:
    gold = row["spans"]
    out = {"clean": int(not gold), "flagged": int(not gold and bool(pred))}
    for k in WEAK:
        g = [s for s in gold if pb.fam(s["kind"]) == k]
        p = [s for s in pred if pb.fam(s["kind"]) == k]
        out[k] = (
            len(g),
            sum(any(pb.overlaps(x, y) for x in p) for y in g),
            len(p),
            sum(any(pb.overlaps(x, y) for y in g) for x in p),
        )
    return out


def _rates(rows: list[dict]) -> dict:
    res = {}
    for k in WEAK:
        ng, tg, np_, tp = (sum(r[k][i] for r in rows) for i in range(4))
        res[f"{k}_recall"] = tg / ng if ng else 0.0
        res[f"{k}_precision"] = tp / np_ if np_ else 0.0
    clean = sum(r["clean"] for r in rows)
    res["clean_warning_rate"] = sum(r["flagged"] for r in rows) / clean if clean else 0.0
    return res


def paired_bootstrap(base: list[dict], other: list[dict], n: int = 1000, seed: int = 7) -> dict:
    """Difference other - base per metric: point estimate and 95 % interval over n resamples of the texts."""
    rng = random.Random(seed)
    point_b, point_o = _rates(base), _rates(other)
    diffs: dict[str, list[float]] = {k: [] for k in point_b}
    idx = range(len(base))
    for _ in range(n):
        pick = [rng.choice(idx) for _ in idx]
        rb = _rates([base[i] for i in pick])
        ro = _rates([other[i] for i in pick])
        for k in diffs:
            diffs[k].append(ro[k] - rb[k])
    out = {}
    for k, v in diffs.items():
        v.sort()
        out[k] = {
            "diff": round(point_o[k] - point_b[k], 4),
            "ci95": [round(v[int(n * 0.025)], 4), round(v[int(n * 0.975) - 1], 4)],
        }
    return out
