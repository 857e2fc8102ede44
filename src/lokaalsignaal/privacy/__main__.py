"""Command line: ``python -m lokaalsignaal.privacy [--jsonl]``.

Without options: reads a text on stdin, prints a JSON list of findings
``[{"kind", "start", "end"}]``. With ``--jsonl``: reads lines ``{"id": ..., "text": ...}`` and
writes lines ``{"id": ..., "findings": [...]}``. Offsets are Python str indices.
"""

from __future__ import annotations

import argparse
import json
import sys

from . import scan


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m lokaalsignaal.privacy", description=__doc__)
    ap.add_argument("--jsonl", action="store_true", help="JSON lines in and out")
    ap.add_argument("--allow", action="append", default=[], help="phrase never reported (repeatable)")
    args = ap.parse_args(argv)
    stdin = sys.stdin
    if args.jsonl:
        for line in stdin:
            if not line.strip():
                continue
            row = json.loads(line)
            findings = [f.as_dict() for f in scan(row.get("text") or "", allow=args.allow)]
            sys.stdout.write(
                json.dumps({"id": row.get("id"), "findings": findings}, ensure_ascii=False) + "\n"
            )
        return 0
    text = stdin.read()
    json.dump([f.as_dict() for f in scan(text, allow=args.allow)], sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
