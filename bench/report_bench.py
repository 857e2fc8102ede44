"""Benchmark of the signalenrapport at Flemish scale: the PDF of a report on 40 knelpunten of the big city (issue 13).

    .venv/bin/python bench/report_bench.py [--runs 3] [--knelpunten 40] [--signals N] [--database-url U]

Data: bench/bigdata.py on PostgreSQL (the 1,000,000 signals shared with bench/inbox_bench.py and
bench/insights_bench.py, generated when missing). The bench makes a report of the last 12 months for the big city
(Antwerpen) with its `--knelpunten` highest-priority knelpunten, each quoting three of its signals, and renders its
PDF `--runs` times through the background task's own function (`insights.reports.render_report`, called in this
process): compose (the overview and the knelpunten's sections), lay out with WeasyPrint, store. Measured: seconds per
rendering and the PDF's pages and size. The bar: < 20 s, on PostgreSQL at 1,000,000 signals (exit code 1 when not
met there). Results: bench/results/report.json ($REPORT_BENCH_OUT for a smaller run).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bigdata  # noqa: E402 (bench/ on the path first)
from bigdata import BIG_CITY, RESULTS, coordinator_for  # noqa: E402

BAR_S = 20.0
QUOTES = 3


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--knelpunten", type=int, default=40)
    parser.add_argument("--signals", type=int, default=1_000_000)
    parser.add_argument("--database-url", default=None)
    return parser.parse_args()


def make_report(city, user, knelpunten: int):
    from lokaalsignaal.insights import periods, reports
    from lokaalsignaal.insights.models import Report
    from lokaalsignaal.intake.models import Signal

    Report.objects.filter(municipality=city, title__startswith="Bench-rapport").delete()
    period = periods.last_12_months()
    report = reports.create_report(user, city, {"title": "Bench-rapport"}, period)
    picked = [k.pk for k in reports.knelpunt_candidates(user, city)[:knelpunten]]
    quotes = []
    for pk in picked:
        quotes += list(Signal.objects.filter(knelpunt=pk).order_by("-pk").values_list("pk", flat=True)[:QUOTES])
    return reports.update_report(user, city, report.pk, {"title": "Bench-rapport", "intro": "Een inleiding."},
                                 period, picked, quotes, report.version)


def render(report) -> dict:
    from lokaalsignaal.insights import reports
    from lokaalsignaal.insights.models import Report

    Report.objects.filter(pk=report.pk).update(status=Report.Status.QUEUED, pdf=None)
    started = time.perf_counter()
    reports.render_report.func(report.pk)
    seconds = time.perf_counter() - started
    done = Report.objects.get(pk=report.pk)
    if done.status != Report.Status.DONE:
        raise RuntimeError(f"the report ended as {done.status}")
    return {"seconds": round(seconds, 2), "pages": done.pages, "bytes": len(bytes(done.pdf))}


def main() -> int:
    args = parse_args()
    url = args.database_url or os.environ.get("DATABASE_URL") or bigdata.DEFAULT_PG
    if url.startswith("postgres"):
        bigdata.ensure_pg_database(url)
    bigdata.setup_django(url)
    from django.db import connection

    from lokaalsignaal.tenancy.models import Municipality

    if not bigdata.data_present(args.signals):
        print("generating data ...", flush=True)
        print(f"  done: {bigdata.generate(args.signals, connection.vendor)}", flush=True)
    city = Municipality.objects.get(name=BIG_CITY)
    user = coordinator_for(city)
    report = make_report(city, user, args.knelpunten)
    picked, quoted = report.knelpunten.count(), report.excerpts.count()
    print(f"report: {picked} knelpunten, {quoted} quotes", flush=True)
    runs = []
    for run in range(args.runs):
        runs.append(render(report))
        print(f"  run {run + 1}: {runs[-1]}", flush=True)
    worst = max(r["seconds"] for r in runs)
    applies = connection.vendor == "postgresql" and args.signals >= 1_000_000
    result = {
        "benchmark": "report",
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "load_average": os.getloadavg()},
        "database": connection.vendor, "signals": args.signals, "big_city": BIG_CITY,
        "knelpunten": picked, "quotes": quoted, "runs": runs,
        "verdict": {"bar_seconds": BAR_S, "bars_apply": applies, "seconds_max": worst, "met": worst < BAR_S},
    }
    out = RESULTS / "report.json" if applies else Path(os.environ.get("REPORT_BENCH_OUT", "/tmp/report_bench.json"))
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"written: {out} · worst {worst} s (bar {BAR_S} s)")
    return 0 if (worst < BAR_S or not applies) else 1


if __name__ == "__main__":
    sys.exit(main())
