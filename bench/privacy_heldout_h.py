"""Held-out set H of issue 16, measured once: the guard as shipped, on text written apart from it.

    .venv/bin/python bench/privacy_heldout_h.py

Set H (``bench/data/privacy_heldout_h.jsonl``, 2,000 texts, 720 clean) was written by a helper who never opened the
guard, its lists, its tests or the earlier generators (``bench/data/privacy_make_heldout_h.py``): names from hand
lists of twenty origins with every name token of an earlier set removed, and frames no earlier set used (team
minutes, dictation with numbers in words, spreadsheet pastes, forwarded mails with signatures, referral letters,
home-visit reports, school care meetings, Brussels Dutch-French, all capitals, long texts).

Declared before H was opened (round 6b):

* ``rules``      - the rules alone (``scan(learned=False)``).
* ``product_af`` - the guard of round 6 as it shipped: the rules plus the tagger trained on A-F.
* ``product_ag`` - the candidate, shipped whatever H says: the same with the tagger trained on A-G (G measured once
  in round 6, then trained on). Chosen because a tagger learns from more text, not by looking at H.

Each is ``lokaalsignaal.privacy.scan`` itself, scored by ``privacy_bench.evaluate`` (the guard's benchmark: the same
span matching and clean-flagged rate); both taggers are trained here with the experiment's fixed parameters. No
example of H is printed. Writes ``bench/results/privacy_heldout_h.json``.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import privacy_bench as pb  # noqa: E402
import privacy_tagger_experiment as ex  # noqa: E402

from lokaalsignaal.privacy import scan  # noqa: E402
from lokaalsignaal.privacy import tagger as learned  # noqa: E402

H = ROOT / "bench" / "data" / "privacy_heldout_h.jsonl"
OUT = ROOT / "bench" / "results" / "privacy_heldout_h.json"


def use_model(path: str) -> None:
    """The guard's tagger reads this model from now on (its per-process caches emptied)."""
    learned.MODEL = Path(path)
    learned._local.__dict__.clear()
    learned._model_attributes.cache_clear()
    learned._known_word_features.cache_clear()


def main() -> None:
    rows = {name: pb.load(str(ex.DATA / fn)) for name, fn in ex.SETS}
    for data in rows.values():
        ex.prepare(data)
    heldout = pb.load(str(H))
    methods, models = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for key, names in (("product_af", [n for n in rows if n != "g"]), ("product_ag", list(rows))):
            path = os.path.join(tmp, f"{key}.crfsuite")
            train_s = ex.train([r for n in names for r in rows[n]], "_x", path)
            models[key] = {"trained_on": names, "train_s": round(train_s, 1), "model_bytes": os.path.getsize(path)}
            use_model(path)
            pb.scan = scan
            methods[key] = pb.evaluate(heldout, False)
        pb.scan = functools.partial(scan, learned=False)
        methods["rules"] = pb.evaluate(heldout, False)
    result = {
        "data": str(H.relative_to(ROOT)),
        "texts": len(heldout),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "declared_before_measuring": "product_ag (the tagger trained on A-G) ships whatever H says; product_af is "
                                     "round 6 as shipped, rules the rules alone; H measured once.",
        "taggers": {**models, "params": ex.PARAMS},
        "methods": {key: methods[key] for key in ("rules", "product_af", "product_ag")},
    }
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"-> {OUT.relative_to(ROOT)}")
    for key, quality in result["methods"].items():
        print(f"== {key}")
        pb.print_quality(quality, None)


if __name__ == "__main__":
    main()
