"""Similarity on real texts: passages from public Dutch and Flemish web pages (news, reports, blogs), written by
different authors about the same structural problem, 30 problems x 4-6 passages (153 in all), with deliberate
neighbours (seven housing problems, nine waiting-list problems, six cost problems).

    .venv/bin/python bench/similarity_realtexts_bench.py --texts /path/to/realset.jsonl

The passages are third-party text and are not redistributed: bench/data/similarity_realtexts_manifest.jsonl keeps,
per passage, its id, problem group, source address, word count and the SHA-256 of its text, so a copy rebuilt from
those addresses is checked to be exactly the measured set. Without the texts (the default on a fresh clone) the
benchmark says so and keeps the recorded result. Leave-one-out precision@3 as in similarity_bench.py. Nothing was
tuned on this set: it was measured once, with the settings chosen on sets A and B.

Writes bench/results/similarity_realtexts.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# similarity_bench sets one model/BLAS thread and puts src/ on the path
from similarity_bench import BAR, ROOT, CachedEmbedder, quality  # noqa: E402

from lokaalsignaal.similarity import SimilarityEngine, load_embedder  # noqa: E402

MANIFEST = ROOT / "bench" / "data" / "similarity_realtexts_manifest.jsonl"
OUT = ROOT / "bench" / "results" / "similarity_realtexts.json"


def load(path: Path) -> list[dict]:
    """The passages of the manifest, from a local copy; every text must match its recorded hash."""
    manifest = [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    rows = []
    for entry in manifest:
        text = texts.get(entry["id"])
        if text is None or hashlib.sha256(text.encode("utf-8")).hexdigest() != entry["sha256"]:
            raise SystemExit(f"{path}: {entry['id']} is missing or differs from the measured text")
        rows.append({"id": entry["id"], "group": entry["group"], "text": text})
    return rows


def per_group(rows: list[dict], embedder) -> dict[str, float]:
    """precision@3 of the default method per problem group, to see which neighbours get mixed up."""
    engine = SimilarityEngine(embedder=embedder)
    engine.add_many(((r["id"], r["text"]) for r in rows), partition="eval")
    group = {r["id"]: r["group"] for r in rows}
    scores: dict[str, list[float]] = {}
    for r in rows:
        hits = engine.similar_to(r["id"], 3, partition="eval")
        scores.setdefault(r["group"], []).append(sum(group[h.id] == r["group"] for h in hits) / 3)
    return {g: round(statistics.fmean(s), 3) for g, s in sorted(scores.items(), key=lambda kv: statistics.fmean(kv[1]))}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--texts", default=os.environ.get("LOKAALSIGNAAL_REALTEXTS", ""),
                        help="local copy of the passages (JSONL with id and text); not in the repository")
    args = parser.parse_args()
    if not args.texts or not Path(args.texts).is_file():
        print(f"similarity_realtexts: the passages are not here (not redistributable); recorded result: {OUT}")
        return 0
    rows = load(Path(args.texts))
    raw = load_embedder()
    embedder = CachedEmbedder(raw) if raw is not None else None
    precision = quality(rows, embedder, full=False)
    method = SimilarityEngine(embedder=embedder).method
    default = precision["blend" if method == "blend" else "char_4grams"]
    result = {
        "benchmark": "similarity_realtexts",
        "set": {"manifest": str(MANIFEST.relative_to(ROOT)), "texts": len(rows),
                "groups": len({r["group"] for r in rows})},
        "precision_at_3": precision,
        "default_method": method,
        "bar": BAR,
        "bar_met": default >= BAR,
        "per_group_default": per_group(rows, embedder),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("set", "precision_at_3", "bar_met")}, indent=2))
    return 0 if result["bar_met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
