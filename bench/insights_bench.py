"""Benchmark of the insights at Flemish scale: a municipality's overview, a region's and Flanders' numbers, and the
Excel export of 60,000 signals (issue 13).

    .venv/bin/python bench/insights_bench.py [--runs 30] [--export-runs 3] [--fresh] [--signals N] [--database-url U]
                                             [--random-page-cost 1.1]

Data: bench/bigdata.py on PostgreSQL (DATABASE_URL, default lokaalsignaal_bench, created and migrated if missing;
its 1,000,000 signals are reused when they are there, shared with bench/inbox_bench.py): ~300 municipalities, the
big city (Antwerpen) with 60,000 signals over 3 years, first answers, organisations, sectors, themes, target groups,
knelpunten with their stage history and decisions over the last 2 years. The bench adds a region "Bench-regio" (the
big city and the 29 municipalities with the most signals) and the Flanders scope (every Flemish municipality), sends
the knelpunten in stage "opgeschaald" to them, and makes a member of both; every user has two-factor set up.

Measured, for the last 12 months (the pages' default), p50/p95 over `--runs` runs:

- overview.orm / overview.page: `insights.overview.municipality_overview` for the big city, and `/g/<slug>/overzicht/`
  through Django's test Client as its coordinator. The bar: p95 < 300 ms.
- scope.region.* / scope.flanders.*: `insights.scope_overview.scope_overview` and `/regio/<pk>/overzicht/`. The bar:
  p95 < 1 s.
- export.xlsx: `insights.exports.signal_rows` + `xlsx_file` of the big city's inbox with every status (60,000
  signals), each run in a fresh subprocess: the seconds, and the growth of the process's memory (its peak resident
  size during the export, VmHWM reset just before, minus the resident size before it). The bar: < 30 s and < 100 MB.

The bench runs with the server's planner settings; `--random-page-cost 1.1` measures with the setting docs/deploy.md
advises for SSDs (the default of 4 assumes spinning disks and keeps the planner from index lookups into the theme
and target-group links: the overview takes a third less). The EXPLAIN ANALYZE plans of the slowest queries
of the overview and of Flanders' numbers are stored beside the numbers in bench/results/insights.json. The bars apply
on PostgreSQL at 1,000,000 signals; the exit code is 1 when one is not met there (a smaller run writes its results to
$INSIGHTS_BENCH_OUT, default /tmp/insights_bench_small.json).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bigdata  # noqa: E402 (bench/ on the path first)
from bigdata import BENCH_DOMAIN, BIG_CITY, RESULTS, coordinator_for, timed  # noqa: E402

OVERVIEW_BAR_MS = 300.0
SCOPE_BAR_MS = 1000.0
EXPORT_BAR_S = 30.0
EXPORT_BAR_MB = 100.0
REGION_NAME = "Bench-regio"
REGION_SIZE = 30
FLANDERS_NAME = "Vlaanderen"
TOTP_SECRET = "JBSWY3DPEHPK3PXPBENCHREGIO23456"
RANDOM_PAGE_COST = "server"


def planner_settings(random_page_cost: str) -> str:
    """Sets random_page_cost on every connection this process opens (from now on) and returns the value in force."""
    from django.db import connection
    from django.db.backends.signals import connection_created

    if connection.vendor != "postgresql":
        return "n/a"
    if random_page_cost != "server":
        value = float(random_page_cost)

        def apply(sender, connection, **kwargs):
            with connection.cursor() as cursor:
                cursor.execute(f"SET random_page_cost = {value}")

        connection.close()
        connection_created.connect(apply, weak=False)
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        return cursor.fetchone()[0]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signals", type=int, default=1_000_000, help="number of signals (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=30, help="measured runs per scenario (at least)")
    parser.add_argument("--export-runs", type=int, default=3, help="exports, each in a fresh subprocess")
    parser.add_argument("--fresh", action="store_true", help="regenerate the data even if it is there")
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--random-page-cost", default=RANDOM_PAGE_COST,
                        help="PostgreSQL's random_page_cost for the bench's connections (default: the server's; "
                             "docs/deploy.md advises 1.1 on SSDs)")
    parser.add_argument("--export-child", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args()


# --- the region, Flanders and their member ---------------------------------------------------------------------

def ensure_scopes(big):
    """The region (the big city and the municipalities with the most signals) and Flanders; the knelpunten in stage
    'opgeschaald' escalated to the region (its municipalities) or to Flanders (the others)."""
    from django.db.models import Count

    from lokaalsignaal.casework.knelpunten.models import Knelpunt
    from lokaalsignaal.casework.knelpunten.stages import Stage
    from lokaalsignaal.intake.models import Signal
    from lokaalsignaal.tenancy.models import Municipality, Region, Scope

    flanders, _ = Scope.objects.get_or_create(name=FLANDERS_NAME, defaults={"kind": Scope.Kind.FLANDERS})
    flanders.municipalities.set(Municipality.objects.filter(region=Region.FLANDERS))
    region, _ = Scope.objects.get_or_create(name=REGION_NAME, defaults={"kind": Scope.Kind.REGION})
    largest = list(Signal.objects.exclude(municipality=big).values("municipality").annotate(n=Count("pk"))
                   .order_by("-n", "municipality").values_list("municipality", flat=True)[:REGION_SIZE - 1])
    region.municipalities.set([big.pk, *largest])
    escalated = Knelpunt.objects.filter(stage=Stage.ESCALATED, municipality__isnull=False)
    escalated.filter(municipality__in=region.municipalities.all()).update(escalated_to=region)
    escalated.exclude(municipality__in=region.municipalities.all()).update(escalated_to=flanders)
    return region, flanders


def scope_member(scopes):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    from lokaalsignaal.accounts.models import User
    from lokaalsignaal.tenancy.models import ScopeMembership

    user, _ = User.objects.get_or_create(email=f"coordinator.regio@{BENCH_DOMAIN}",
                                         defaults={"full_name": "Bench regiocoördinator", "password": "!"})
    for scope in scopes:
        ScopeMembership.objects.get_or_create(user=user, scope=scope,
                                              role=ScopeMembership.ScopeRole.COORDINATOR)
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, TOTP_SECRET)
    return user


# --- measuring -----------------------------------------------------------------------------------------------

def slowest_queries(fn, top: int = 5) -> list[dict]:
    """Runs `fn` once, then EXPLAIN ANALYZE on each of its SELECTs; the `top` slowest with their plans."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        fn()
    found = []
    for query in captured.captured_queries:
        if query["sql"].lstrip().upper().startswith("SELECT"):
            found.append({"ms": round(float(query["time"]) * 1000, 1), "sql": query["sql"][:3000],
                          "plan": bigdata.explain_sql(query["sql"])})
    return sorted(found, key=lambda q: -q["ms"])[:top]


def page(client, url, runs: int, label: str):
    response = client.get(url)
    if response.status_code != 200:
        print(f"  {label}: HTTP {response.status_code}", flush=True)
        return f"HTTP {response.status_code}"
    return timed(lambda: client.get(url), runs, label, min_runs=runs)


def scenarios(args, big, coordinator, region, flanders, member) -> tuple[dict, dict]:
    from django.test import Client

    from lokaalsignaal.insights import periods
    from lokaalsignaal.insights.overview import municipality_overview
    from lokaalsignaal.insights.scope_overview import scope_overview
    from lokaalsignaal.intake.models import Signal

    period, runs = periods.last_12_months(), args.runs
    start, end = period.bounds()
    in_period = Signal.objects.filter(submitted_at__gte=start, submitted_at__lt=end)
    results = {"period": period.label, "signals_in_period": {
        "big_city": in_period.filter(municipality=big).count(),
        "region": in_period.filter(municipality__in=region.municipalities.all()).count(),
        "flanders": in_period.filter(municipality__in=flanders.municipalities.all()).count()}}
    print(f"  signals in the last 12 months: {results['signals_in_period']}", flush=True)

    results["overview.orm"] = timed(lambda: municipality_overview(coordinator, big, period), runs,
                                    "overview.orm", min_runs=runs)
    client = Client()
    client.force_login(coordinator, backend="django.contrib.auth.backends.ModelBackend")
    url = bigdata.url_or_none("casework:overview", big.slug)
    results["overview.page"] = page(client, url, runs, "overview.page") if url else "skipped: no URL"

    scope_client = Client()
    scope_client.force_login(member, backend="django.contrib.auth.backends.ModelBackend")
    for name, scope in (("region", region), ("flanders", flanders)):
        results[f"scope.{name}.orm"] = timed(lambda scope=scope: scope_overview(member, scope, period), runs,
                                             f"scope.{name}.orm", min_runs=runs)
        url = bigdata.url_or_none("region:numbers", scope.pk)
        results[f"scope.{name}.page"] = page(scope_client, url, runs, f"scope.{name}.page") if url else "skipped"
    plans = {"overview": slowest_queries(lambda: municipality_overview(coordinator, big, period)),
             "scope.flanders": slowest_queries(lambda: scope_overview(member, flanders, period))}
    return results, plans


# --- the export, in a fresh process ------------------------------------------------------------------------------

def _memory_kb(field: str) -> int:
    """VmRSS (resident now) or VmHWM (its peak) of this process, in KB."""
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))


def _reset_peak() -> bool:
    """Sets the peak (VmHWM) back to the resident size now. (`ru_maxrss` cannot be used in a child: it also holds
    the size of the parent it was forked from before the exec.)"""
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


def export_child(url: str, random_page_cost: str) -> dict:
    """One Excel export of the big city's inbox (every status); seconds and memory growth of this process."""
    import gc

    bigdata.setup_django(url)  # migrated: someone may have added a migration since the parent started
    planner_settings(random_page_cost)
    from lokaalsignaal.insights import exports
    from lokaalsignaal.pages.workspace.inbox_forms import InboxStatus
    from lokaalsignaal.pages.workspace.inbox_query import inbox_queryset
    from lokaalsignaal.tenancy.models import Municipality

    big = Municipality.objects.get(name=BIG_CITY)
    user = coordinator_for(big)
    gc.collect()
    peak_reset = _reset_peak()
    rss_before = _memory_kb("VmRSS")
    counted = [0]

    def counting(rows):
        for row in rows:
            counted[0] += 1
            yield row

    started = time.perf_counter()
    signals = inbox_queryset(user, big, {"status": InboxStatus.ALL})
    rows = exports.signal_rows(user, big, signals, file_format="xlsx")
    workbook = exports.xlsx_file(exports.signal_headers(), counting(rows), f"signalen-{big.slug}")
    size = workbook.seek(0, os.SEEK_END)
    workbook.close()
    seconds = time.perf_counter() - started
    peak = _memory_kb("VmHWM")
    return {"rows": counted[0], "seconds": round(seconds, 2), "file_mb": round(size / 2**20, 1),
            "rss_before_mb": round(rss_before / 1024, 1), "peak_rss_mb": round(peak / 1024, 1),
            "growth_mb": round((peak - rss_before) / 1024, 1), "peak_reset": peak_reset}


def export_runs(url: str, runs: int, random_page_cost: str) -> dict:
    found = []
    for _run in range(runs):
        done = subprocess.run([sys.executable, __file__, "--export-child", "--database-url", url,
                               "--random-page-cost", random_page_cost], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return {"error": done.stderr[-2000:]}
        found.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"  export.xlsx: {found[-1]}", flush=True)
    return {"runs": found, "rows": found[-1]["rows"], "seconds_max": max(r["seconds"] for r in found),
            "growth_mb_max": max(r["growth_mb"] for r in found)}


def verdict(results: dict, applies: bool) -> dict:
    over = {}
    for key, value in results.items():
        bar = OVERVIEW_BAR_MS if key.startswith("overview.") else SCOPE_BAR_MS if key.startswith("scope.") else None
        if bar is None:
            continue
        if not isinstance(value, dict):
            over[key] = f"not measured: {value}"
        elif value["p95_ms"] >= bar:
            over[key] = value["p95_ms"]
    export = results.get("export.xlsx", {})
    if "error" in export:
        over["export.xlsx"] = "failed"
    elif export.get("seconds_max", 0) >= EXPORT_BAR_S or export.get("growth_mb_max", 0) >= EXPORT_BAR_MB:
        over["export.xlsx"] = {"seconds": export["seconds_max"], "growth_mb": export["growth_mb_max"]}
    return {"bars": {"overview_p95_ms": OVERVIEW_BAR_MS, "scope_p95_ms": SCOPE_BAR_MS,
                     "export_seconds": EXPORT_BAR_S, "export_growth_mb": EXPORT_BAR_MB},
            "bars_apply": applies, "met": not over, "over_the_bar": over}


def main() -> int:
    args = parse_args()
    url = args.database_url or os.environ.get("DATABASE_URL") or bigdata.DEFAULT_PG
    if args.export_child:
        print(json.dumps(export_child(url, args.random_page_cost)))
        return 0
    if url.startswith("postgres"):
        bigdata.ensure_pg_database(url)
    bigdata.setup_django(url)
    from django.db import connection

    from lokaalsignaal.tenancy.models import Municipality

    random_page_cost = planner_settings(args.random_page_cost)
    print(f"database: {connection.vendor} · signals: {args.signals:,} · random_page_cost: {random_page_cost}",
          flush=True)
    generated = None
    if args.fresh or not bigdata.data_present(args.signals):
        print("generating data ...", flush=True)
        generated = bigdata.generate(args.signals, connection.vendor)
        print(f"  done: {generated}", flush=True)
    else:
        print("reusing the data already there (--fresh regenerates)", flush=True)
    big = Municipality.objects.get(name=BIG_CITY)
    coordinator = coordinator_for(big)
    region, flanders = ensure_scopes(big)
    member = scope_member([region, flanders])
    results, plans = scenarios(args, big, coordinator, region, flanders, member)
    results["export.xlsx"] = export_runs(url, args.export_runs, args.random_page_cost)
    applies = connection.vendor == "postgresql" and args.signals >= 1_000_000
    report = {
        "benchmark": "insights",
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "load_average": os.getloadavg()},
        "database": connection.vendor,
        "database_version": connection.cursor().connection.info.server_version
        if connection.vendor == "postgresql" else None,
        "random_page_cost": random_page_cost,
        "signals": args.signals,
        "big_city": BIG_CITY,
        "region_municipalities": region.municipalities.count(),
        "flanders_municipalities": flanders.municipalities.count(),
        "generated": generated,
        "verdict": verdict(results, applies),
        "results": results,
        "plans": plans,
        "run_id": secrets.token_hex(4),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / "insights.json"
    if not applies:
        out = Path(os.environ.get("INSIGHTS_BENCH_OUT", "/tmp/insights_bench_small.json"))
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str) + "\n")
    print(f"verdict: {json.dumps(report['verdict'])}\nwritten: {out}")
    return 1 if applies and not report["verdict"]["met"] else 0


if __name__ == "__main__":
    sys.exit(main())
