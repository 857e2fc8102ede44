"""Benchmark of the privacy scanner's cost on adversarial text: absolute times, and the ratio to plain Dutch.

    .venv/bin/python bench/privacy_cost_bench.py

For each adversarial pattern (repetitions of short fragments that made patterns start or backtrack at every
character: "A'" * 2500 took over a second before the fix) and each length up to the longest free text the product
accepts (guard.limits.TEXT) plus twice that: the best of 5 wall-clock and CPU times, the ratio to plain Dutch text
of the same length, and the growth exponent from the longest two lengths (1 = linear, 2 = quadratic). Writes
``bench/results/privacy_cost.json``. Bar: at the maximum length every pattern costs at most 10 times plain text
(the test tests/privacy/test_scan_cost_is_linear_on_adversarial_text.py asserts the same ratio on generated
texts); exit status 1 otherwise.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from lokaalsignaal.guard import limits  # noqa: E402
from lokaalsignaal.privacy import scan  # noqa: E402

BAR = 10.0
PLAIN = (
    "Veel gezinnen wachten maanden op budgetbegeleiding. Het OCMW heeft te weinig personeel en de wachtlijst groeit "
    "elke week. Ouders met jonge kinderen komen daardoor in de problemen met de huur, de energiefactuur en de "
    "schoolrekeningen. We verwijzen door naar het CAW, maar ook daar is de wachttijd lang. In Kortrijk en Menen zien "
    "we hetzelfde bij alleenstaanden. Sinds januari 2025 zijn er ook meer vragen over de budgetmeter. "
)
PATTERNS = ["A'", "A’", "É'", "A-", "Aa-", "B-", "d'A-", "adres-", "Aa ", "A b ", "12 ", "00 ", "04 ", "straat ",
            "Kerkstraat 12 ", "Kerkstraat 12, 9000 Gent. ", "x@y.be ", "BE68 5390 0754 7034 ", "Jan Peeters ",
            "A\n", "A. ", "'t A ",
            # (round 5) two-space IBAN groups, new date notations and name frames
            "BE71  0961  2345  6769 ", "AB  12  ", "Nov 26, 1987 ", "11-II-1985 ", "GD: 1/2/1990 ",
            "Aanvrager\tAb Cd\t", "ivm Abc: ", "Abcds vader ", "met abcd afgesproken ", "Centrum Ab Cd Ef Gh ",
            "BE71 0961 2345 6769 (Ab) "]
LENGTHS = [1000, limits.TEXT // 2, limits.TEXT, 2 * limits.TEXT]


def repeat_to(piece: str, n: int) -> str:
    return (piece * (n // len(piece) + 1))[:n]


def best_of(text: str, rounds: int = 5) -> tuple[float, float]:
    wall = cpu = float("inf")
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        scan(text)
        wall, cpu = min(wall, time.perf_counter() - w0), min(cpu, time.process_time() - c0)
    return wall, cpu


def main() -> int:
    scan(PLAIN)  # word lists loaded
    plain = {n: best_of(repeat_to(PLAIN, n)) for n in LENGTHS}
    rows = []
    for pattern in PATTERNS:
        times = {n: best_of(repeat_to(pattern, n)) for n in LENGTHS}
        a, b = LENGTHS[-2], LENGTHS[-1]
        rows.append({
            "pattern": pattern,
            "wall_ms": {n: round(t[0] * 1000, 2) for n, t in times.items()},
            "cpu_ms": {n: round(t[1] * 1000, 2) for n, t in times.items()},
            "ratio_to_plain_cpu": {n: round(t[1] / max(plain[n][1], 1e-6), 2) for n, t in times.items()},
            "growth_exponent": round(math.log(max(times[b][1], 1e-6) / max(times[a][1], 1e-6)) / math.log(b / a), 2),
        })
    worst = max(rows, key=lambda r: r["ratio_to_plain_cpu"][limits.TEXT])
    result = {
        "max_text_length": limits.TEXT,
        "bar_ratio_at_max_length": BAR,
        "machine": {"cpus": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()]},
        "plain_wall_ms": {n: round(t[0] * 1000, 2) for n, t in plain.items()},
        "plain_cpu_ms": {n: round(t[1] * 1000, 2) for n, t in plain.items()},
        "worst": {"pattern": worst["pattern"], "ratio": worst["ratio_to_plain_cpu"][limits.TEXT]},
        "patterns": rows,
    }
    out = ROOT / "bench" / "results" / "privacy_cost.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"plain text: {', '.join(f'{n}: {t[1] * 1000:.1f} ms' for n, t in plain.items())} (CPU, best of 5)")
    print(f"{'pattern':<30}{'ms at ' + str(limits.TEXT):>12}{'x plain':>9}{'growth':>8}")
    for r in rows:
        print(f"{r['pattern']!r:<30}{r['cpu_ms'][limits.TEXT]:>12}{r['ratio_to_plain_cpu'][limits.TEXT]:>9}"
              f"{r['growth_exponent']:>8}")
    ok = worst["ratio_to_plain_cpu"][limits.TEXT] <= BAR
    print(f"worst: {worst['pattern']!r} at {worst['ratio_to_plain_cpu'][limits.TEXT]} x plain (bar <= {BAR})"
          f"{'' if ok else '  BAR NOT MET'}")
    print(f"-> {out.relative_to(ROOT)}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
