"""Benchmark of the coordinator workspace: the signal inbox and the knelpunt list at Flemish scale.

    .venv/bin/python bench/inbox_bench.py [--signals 1000000] [--requests 200] [--fresh] [--sqlite]

On PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/lokaalsignaal_bench; the database is
created if missing and migrated) it bulk-generates `--signals` signals over ~300 municipalities (one big city
with 6 % of them, the rest on a long tail), one knelpunt per ~20 signals, themes for every signal, with raw
`INSERT ... SELECT generate_series` (bench/bigdata.py, shared with bench/insights_bench.py; about two minutes for
a million). Existing data of the same size is reused (`--fresh` regenerates). Then it measures p50/p95 over
`--requests` runs of

- the ORM queries behind the pages (`intake.access.signals_for_triage(...)` page + count,
  `casework.knelpunten.access.knelpunten_for`),
- the pages themselves through Django's test Client, as a coordinator with two-factor set up, **as soon as**
  the URL names `casework:inbox` / `casework:knelpunten` resolve (until then they are reported as skipped),

and stores EXPLAIN ANALYZE plans of the slowest queries. `--sqlite` runs the same at 100,000 signals on a SQLite
file in var/. Results: bench/results/inbox.json (PostgreSQL), bench/results/inbox_sqlite.json (SQLite).
The bar: p95 < 50 ms at 1,000,000 signals.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import bigdata  # noqa: E402 (bench/ on the path first)
from bigdata import (  # noqa: E402,F401 (ensure_pg_database, setup_django, data_present: for similarity_lookup_bench)
    BIG_CITY,
    DEFAULT_PG,
    RESULTS,
    allocation,
    coordinator_for,
    data_present,
    ensure_pg_database,
    explain,
    setup_django,
    timed,
    url_or_none,
)

BAR_MS = 50.0
PAGE_SIZE = 25

# Query parameters of the pages (casework.forms.InboxFilterForm / KnelpuntFilterForm).
PAGE_PARAM = "pagina"
THEME_PARAM = "theme"  # a theme's pk
UNLINKED_PARAMS = {"unlinked": "on"}
ALL_PARAMS = {"status": "all"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--signals", type=int, default=None,
                        help="number of signals (default 1,000,000 on PostgreSQL, 100,000 with --sqlite)")
    parser.add_argument("--requests", type=int, default=200, help="measured runs per scenario")
    parser.add_argument("--fresh", action="store_true", help="regenerate the data even if it is there")
    parser.add_argument("--sqlite", action="store_true", help="run on SQLite (var/inbox_bench.sqlite3)")
    parser.add_argument("--database-url", default=None)
    return parser.parse_args()


# --- data (bench/bigdata.py) ----------------------------------------------------------------------------------

def generate(total: int, vendor: str) -> dict:
    """bigdata.generate with this module's `allocation` (similarity_lookup_bench replaces it for its SQLite run)."""
    return bigdata.generate(total, vendor, allocate=allocation)


# --- measuring -----------------------------------------------------------------------------------------------

def scenarios(user, municipality, runs: int) -> tuple[dict, dict]:
    from django.db import connection

    from lokaalsignaal.casework.knelpunten import access as knelpunt_access
    from lokaalsignaal.intake import access as signal_access
    from lokaalsignaal.intake.models import Signal
    from lokaalsignaal.reference.models import Theme

    theme = Theme.objects.get(slug="wonen-en-energie")
    base = signal_access.signals_for_triage(user, municipality).select_related("sector").order_by("-submitted_at")
    total = base.count()
    deep_offset = (total // PAGE_SIZE // 2) * PAGE_SIZE  # the middle page: the worst case for OFFSET
    inbox = {
        "all": (base, 0),
        "all_theme": (base.filter(themes=theme), 0),
        "all_unlinked": (base.filter(knelpunt__isnull=True), 0),
        "all_deep_page": (base, deep_offset),
    }
    try:  # the exact queryset of the inbox view, with its default filter ("open: new or not yet linked")
        from lokaalsignaal.pages.workspace.knelpunt_views import _inbox_queryset
    except ImportError:
        _inbox_queryset = None
    if _inbox_queryset is not None:
        def view_qs(**filters):
            return _inbox_queryset(user, municipality, filters).select_related("sector")
        open_total = view_qs().count()
        inbox.update({
            "view_default": (view_qs(), 0),
            "view_theme": (view_qs(theme=theme), 0),
            "view_unlinked": (view_qs(unlinked=True), 0),
            "view_deep_page": (view_qs(), (open_total // PAGE_SIZE // 2) * PAGE_SIZE),
        })
    knelpunten = knelpunt_access.knelpunten_for(user, municipality).order_by("-updated_at")
    results, plans = {"inbox_signals_in_city": total, "deep_page_offset": deep_offset}, {}

    for name, (qs, offset) in inbox.items():
        results[f"orm.inbox.{name}.page"] = timed(lambda qs=qs, o=offset: list(qs[o:o + PAGE_SIZE]), runs,
                                                  f"orm.inbox.{name}.page")
        results[f"orm.inbox.{name}.count"] = timed(lambda qs=qs: qs.count(), runs, f"orm.inbox.{name}.count")
        results[f"orm.inbox.{name}.capped_count_1000"] = timed(
            lambda qs=qs: qs.order_by()[:1001].count(), runs, f"orm.inbox.{name}.capped_count_1000")
        results[f"orm.inbox.{name}.page_plus_count"] = timed(
            lambda qs=qs, o=offset: (qs.count(), list(qs[o:o + PAGE_SIZE])), runs, f"orm.inbox.{name}.page_plus_count")
        plans[f"inbox.{name}.page"] = explain(qs[offset:offset + PAGE_SIZE])
        plans[f"inbox.{name}.count"] = explain(qs.order_by(), count=True)
    results["orm.knelpunten.default.page_plus_count"] = timed(
        lambda: (knelpunten.count(), list(knelpunten[:PAGE_SIZE])), runs, "orm.knelpunten.default.page_plus_count")
    plans["knelpunten.default.page"] = explain(knelpunten[:PAGE_SIZE])
    results["orm.knelpunten.open.page_plus_count"] = timed(
        lambda: (knelpunten.exclude(stage__in=["done", "not_retained"]).count(),
                 list(knelpunten.exclude(stage__in=["done", "not_retained"])[:PAGE_SIZE])), runs,
        "orm.knelpunten.open.page_plus_count")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE relname = 'intake_signal'")
            results["pg_estimated_rows_intake_signal"] = cursor.fetchone()[0]
    results["signals_total"] = Signal.objects.count()
    return results, plans


def page_scenarios(user, municipality, runs: int, total_in_city: int) -> dict:
    from django.test import Client

    from lokaalsignaal.reference.models import Theme

    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    theme = Theme.objects.get(slug="wonen-en-energie")
    deep_page = total_in_city // PAGE_SIZE // 2
    results = {}
    pages = {
        "casework:inbox": {"default": {}, "theme": {THEME_PARAM: theme.pk}, "unlinked": UNLINKED_PARAMS,
                           "all": ALL_PARAMS, "all_deep_page": {**ALL_PARAMS, PAGE_PARAM: deep_page}},
        "casework:knelpunten": {"default": {}, "theme": {THEME_PARAM: theme.pk}, "deep_page": {PAGE_PARAM: 40}},
    }
    for name, variants in pages.items():
        url = url_or_none(name, municipality.slug)
        if url is None:
            results[f"page.{name}"] = "skipped: URL does not resolve yet"
            continue
        for variant, params in variants.items():
            response = client.get(url, params)
            if response.status_code != 200:
                results[f"page.{name}.{variant}"] = f"HTTP {response.status_code}"
                continue
            results[f"page.{name}.{variant}"] = timed(lambda url=url, params=params: client.get(url, params), runs,
                                                      f"page.{name}.{variant}")
    return results


def verdict(results: dict, bar_applies: bool) -> dict:
    """The bar is about the pages a coordinator opens ("page.*"). The "orm.*" rows are diagnostics: some of them
    (an OFFSET of 30,000, an uncapped COUNT) are paths the pages no longer take (capped counts, at most 40 pages)."""
    slow = {k: v["p95_ms"] for k, v in results.items()
            if isinstance(v, dict) and "p95_ms" in v and k.startswith("page.") and v["p95_ms"] >= BAR_MS}
    return {"bar_p95_ms": BAR_MS, "bar_applies": bar_applies, "met": not slow, "over_the_bar": slow}


def main() -> int:
    args = parse_args()
    if args.sqlite:
        (ROOT / "var").mkdir(exist_ok=True)
        url = args.database_url or f"sqlite:///{ROOT / 'var' / 'inbox_bench.sqlite3'}"
        total = args.signals or 100_000
        out = RESULTS / "inbox_sqlite.json"
    else:
        url = args.database_url or os.environ.get("DATABASE_URL") or DEFAULT_PG
        total = args.signals or 1_000_000
        out = RESULTS / "inbox.json"
        if url.startswith("postgres"):
            ensure_pg_database(url)
    setup_django(url)
    from django.db import connection

    from lokaalsignaal.tenancy.models import Municipality

    print(f"database: {connection.vendor} · signals: {total:,}", flush=True)
    generated = None
    if args.fresh or not data_present(total):
        print("generating data ...", flush=True)
        generated = generate(total, connection.vendor)
        print(f"  done in {generated['seconds']} s", flush=True)
    else:
        print("reusing the data already there (--fresh regenerates)", flush=True)
    municipality = Municipality.objects.get(name=BIG_CITY)
    user = coordinator_for(municipality)
    results, plans = scenarios(user, municipality, args.requests)
    results.update(page_scenarios(user, municipality, args.requests, results["inbox_signals_in_city"]))
    report = {
        "benchmark": "inbox",
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
        "database": connection.vendor,
        "database_version": connection.cursor().connection.info.server_version
        if connection.vendor == "postgresql" else None,
        "signals": total,
        "big_city": BIG_CITY,
        "generated": generated,
        "verdict": verdict(results, bar_applies=connection.vendor == "postgresql" and total >= 1_000_000),
        "results": results,
        "plans": plans,
        "run_id": secrets.token_hex(4),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    width = max(len(k) for k in results)
    for key, value in results.items():
        shown = f"p50 {value['p50_ms']:8.2f} ms · p95 {value['p95_ms']:8.2f} ms" if isinstance(value, dict) else value
        print(f"{key:<{width}}  {shown}")
    print(f"verdict: {report['verdict']}\nwritten: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
