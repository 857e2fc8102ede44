"""Held-out set I of issue 16, measured once: the guard of round 7, on realistic signals written apart from it.

    .venv/bin/python bench/privacy_heldout_i.py

Set I (``bench/data/privacy_heldout_i.jsonl``, 2,000 texts, 800 clean) was written by a helper who never opened the
guard, its lists, its tests or the earlier generators (``bench/data/privacy_make_heldout_i.py``). Unlike F-H, which
were written to tempt the guard, I is written as frontline workers write signals in the product: a structural
problem in a few sentences, often with a case in it, and clean texts with the natural share of organisations, dates
of measures, amounts and streets in passing. Names come from the package names-dataset (its top names of Belgium,
the Netherlands and seventeen other countries), a source no earlier set used, with every name whose tokens occur in
an earlier set removed (2,119 of 4,590).

Declared before I was opened (round 7):

* ``round7``     - the candidate, shipped whatever I says: the guard of round 7 (this checkout).
* ``round7_rules`` - its rules alone (``scan(learned=False)``).
* ``round6b``    - the guard as the last stop shipped it (commit ``BASE``: round 6b and the first step of round 7),
  read from git into a temporary directory (the guard is pure Python) and run in its own process.

Each is scored by ``privacy_bench.evaluate`` (the same span matching and clean-flagged rate as every set). No example
of I is printed. Writes ``bench/results/privacy_heldout_i.json``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I_SET = ROOT / "bench" / "data" / "privacy_heldout_i.jsonl"
OUT = ROOT / "bench" / "results" / "privacy_heldout_i.json"
BASE = "cfa83af"  # main at the stop before round 7's rules

MEASURE = """
import functools, json, sys
import lokaalsignaal.privacy
from lokaalsignaal.privacy import scan
assert lokaalsignaal.privacy.__file__.startswith({src!r}), lokaalsignaal.privacy.__file__
sys.path.insert(0, {bench!r})
import privacy_bench as pb  # puts this checkout's src first on the path: the guard above is already imported
pb.scan = scan if {learned} else functools.partial(scan, learned=False)
print(json.dumps(pb.evaluate(pb.load({data!r}), False)))
"""


def measure(src: Path, learned: bool, data: Path = I_SET) -> dict:
    """The guard under `src` on `data`, in a process of its own (so that two versions of the guard never mix)."""
    code = MEASURE.format(src=str(src), bench=str(ROOT / "bench"), learned=learned, data=str(data))
    done = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
                          capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def base_guard(into: Path, commit: str = BASE) -> Path:
    """The guard of `commit` (its package and the package's `__init__`), extracted under `into`/src."""
    archive = subprocess.run(["git", "archive", commit, "src/lokaalsignaal/__init__.py", "src/lokaalsignaal/privacy"],
                             cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def report(data: Path, out: Path, declared: str, methods: dict) -> None:
    """Write the measurement of a held-out set and print it."""
    result = {"data": str(data.relative_to(ROOT)), "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "declared_before_measuring": declared, "methods": methods}
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"-> {out.relative_to(ROOT)}")
    sys.path.insert(0, str(ROOT / "bench"))
    import privacy_bench as pb

    for key, quality in methods.items():
        print(f"== {key}")
        pb.print_quality(quality, None)


def measure_once(data: Path, out: Path, candidate: str, base_name: str, base: str) -> None:
    """Measure a held-out set once, as declared in its script: the guard of this checkout (`candidate`, and its rules
    alone) and the guard of commit `base` (`base_name`), each in a process of its own; write `out`."""
    name = data.stem.removeprefix("privacy_heldout_").upper()
    methods = {candidate: measure(ROOT / "src", True, data), f"{candidate}_rules": measure(ROOT / "src", False, data)}
    with tempfile.TemporaryDirectory() as tmp:
        methods[base_name] = measure(base_guard(Path(tmp), base), True, data)
    report(data, out, f"{candidate} (this checkout) ships whatever {name} says; {candidate}_rules is its rules alone, "
                      f"{base_name} the guard of {base}; {name} measured once.", methods)


def main() -> None:
    measure_once(I_SET, OUT, "round7", "round6b", BASE)


if __name__ == "__main__":
    main()
