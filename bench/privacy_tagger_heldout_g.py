"""Held-out set G of issue 16, measured once: the guard's rules and the learned tagger, on text neither has seen.

    .venv/bin/pip install python-crfsuite        # the tagger's engine (not a dependency of the product yet)
    .venv/bin/python bench/privacy_tagger_heldout_g.py

Set G (``bench/data/privacy_heldout_g.jsonl``, 2,000 texts) was written by a helper who never saw the guard, its lists
or its tests, with names from mimesis and hand lists (no Faker, Statbel, gender-guesser or US census names) and frames
no earlier set used (e-mail threads, chat exports, intake forms, CLB reports, PV sentences, dialect, lower case).

What is measured was fixed before G was opened, from the leave-one-set-out experiment on A-F
(``bench/privacy_tagger_experiment.py``, fold F the only fair one):

* ``rules``    - the guard as the product has it (round 5).
* ``union_da`` - the candidate: the rules plus the tagger's birth-date and address spans (names from the rules only).
  On fold F it lifted addresses 0.786 -> 0.917 and birth dates 0.560 -> 0.805 for one point more clean texts flagged.
* ``tagger`` and ``union`` - for completeness, as in the experiment.

The tagger is trained here on all eight earlier sets (A, heldout, dev_b, B-F) with the experiment's fixed parameters;
G is never used to train or choose anything, and no example of G is printed. Writes
``bench/results/privacy_heldout_g.json``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import privacy_bench as pb  # noqa: E402
import privacy_tagger_experiment as ex  # noqa: E402

G = ROOT / "bench" / "data" / "privacy_heldout_g.jsonl"
OUT = ROOT / "bench" / "results" / "privacy_heldout_g.json"
METHODS = ("rules", "union_da", "tagger", "union")


def main() -> None:
    earlier = {name: pb.load(str(ex.DATA / fn)) for name, fn in ex.SETS if name != "g"}  # G: the set measured
    heldout = pb.load(str(G))
    for rows in [*earlier.values(), heldout]:
        ex.prepare(rows)
    train_rows = [r for rows in earlier.values() for r in rows]
    preds = {m: {} for m in METHODS}
    with tempfile.TemporaryDirectory() as tmp:
        model = os.path.join(tmp, "all.crfsuite")
        train_s = ex.train(train_rows, "_x", model)
        tagger = pycrfsuite.Tagger()
        tagger.open(model)
        for r in heldout:
            spans = ex.tag_spans(tagger, r, "_x")
            structured = [p for p in r["_rules"] if p["kind"] in ex.STRUCTURED_KINDS]
            preds["rules"][r["text"]] = r["_rules"]
            preds["union_da"][r["text"]] = r["_rules"] + [s for s in spans if s["kind"] in ex.DATES_ADDRESSES]
            preds["tagger"][r["text"]] = structured + spans
            preds["union"][r["text"]] = r["_rules"] + spans
        model_bytes = os.path.getsize(model)
    result = {
        "data": str(G.relative_to(ROOT)),
        "texts": len(heldout),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "declared_before_measuring": "union_da is the candidate, chosen on fold F of the leave-one-set-out experiment "
                                     "before G was opened; rules is the product as it is; G measured once.",
        "tagger": {"trained_on": list(earlier), "texts": len(train_rows), "params": ex.PARAMS,
                   "train_s": round(train_s, 1), "model_bytes": model_bytes},
        "methods": {m: ex.score(heldout, preds[m]) for m in METHODS},
    }
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"-> {OUT.relative_to(ROOT)}")
    for m in METHODS:
        q = result["methods"][m]
        kinds = " ".join(f"{k} {v['recall']:.3f}/{v['precision']:.3f}" for k, v in sorted(q["per_kind"].items()))
        print(f"{m:<9} clean flagged {q['clean_warning_rate']:.3f}  {kinds}")


if __name__ == "__main__":
    main()
