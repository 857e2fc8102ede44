"""Speed and memory of the privacy tagger in a fresh process (run by ``privacy_tagger_experiment.py``).

    .venv/bin/python bench/privacy_tagger_probe.py MODEL MODEL_R TEXTS.json

``TEXTS.json`` holds a list of 1,000-character texts. Prints one JSON object: extra resident memory after
loading the tagger (on top of a warm ``scan``), and ms per 1,000 characters (wall and CPU, p50/p95) of
``scan`` and of the tagger on top of it (plain: tokens + features + tag; R: also the rule kinds).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def rss() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def stats(values: list[float]) -> dict:
    values = sorted(values)
    return {"p50_ms": round(statistics.median(values), 3), "p95_ms": round(values[int(len(values) * 0.95)], 3)}


def main() -> None:
    model, model_r, texts_path = sys.argv[1:4]
    texts = json.loads(Path(texts_path).read_text(encoding="utf-8"))
    from lokaalsignaal.privacy import scan

    for t in texts[:5]:
        scan(t, learned=False)
    base = rss()
    import privacy_tagger_features as tf
    import pycrfsuite

    tf.warm()
    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    tagger_r = pycrfsuite.Tagger()
    tagger_r.open(model_r)
    tagger.tag(tf.features(texts[0], tf.tokenize(texts[0])))
    mem = {"rss_after_scan_mb": round(base, 1), "extra_after_load_mb": round(rss() - base, 1)}
    runs: dict[str, list[float]] = {k: [] for k in ("scan", "plain_features", "plain_tag", "plain", "r")}
    cpu: dict[str, list[float]] = {"scan": [], "plain": [], "r": []}
    for _ in range(3):
        for t in texts:
            c0, t0 = time.thread_time(), time.perf_counter()
            found = [f.as_dict() for f in scan(t, learned=False)]
            c1, t1 = time.thread_time(), time.perf_counter()
            toks = tf.tokenize(t)
            x = tf.features(t, toks)
            t2 = time.perf_counter()
            tf.spans_from_tags(toks, tagger.tag(x))
            c3, t3 = time.thread_time(), time.perf_counter()
            toks = tf.tokenize(t)
            xr = tf.features(t, toks, tf.rule_kinds(toks, found))
            tf.spans_from_tags(toks, tagger_r.tag(xr))
            c4, t4 = time.thread_time(), time.perf_counter()
            for key, ms in (("scan", t1 - t0), ("plain_features", t2 - t1), ("plain_tag", t3 - t2)):
                runs[key].append(ms * 1000)
            runs["plain"].append((t3 - t1) * 1000)
            runs["r"].append((t4 - t3) * 1000)
            cpu["scan"].append((c1 - c0) * 1000)
            cpu["plain"].append((c3 - c1) * 1000)
            cpu["r"].append((c4 - c3) * 1000)
    mem["extra_after_all_tags_mb"] = round(rss() - base, 1)
    out = {
        "memory": mem,
        "texts": len(texts),
        "repeats": 3,
        "wall": {k: stats(v) for k, v in runs.items()},
        "cpu": {k: stats(v) for k, v in cpu.items()},
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
