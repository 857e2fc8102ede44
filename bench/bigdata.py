"""The data of the benchmarks at Flemish scale, shared by bench/inbox_bench.py, bench/insights_bench.py (and
bench/similarity_lookup_bench.py through inbox_bench): the database, Django, the generator and the timing helpers.

The generated data (`generate`; PostgreSQL with raw `INSERT ... SELECT generate_series`, about a minute or two for a
million signals; SQLite in plain Python rows, fine up to ~100,000):

- ~300 municipalities (285 Flemish, then Brussels), one big city (Antwerpen) with 6 % of the signals, the others on
  a long tail (a power law);
- signals over the last 3 years (more of them recently), with a status (new ones mostly in the last 3 weeks), a
  first answer for the not retained ones and the received ones linked to a knelpunt (a share, 0–20 days after),
  one or two themes, one or two target groups for 60 %, an organisation for 90 % (~2,500 organisations, each
  municipality's signals from ~150 of them; the signal's sector is its organisation's);
- one knelpunt per ~20 signals, created over the last 2 years, each with the stage history that leads to its stage
  (steps of `casework.knelpunten.stages.ALLOWED`, dated between its creation and its last change) and a decision
  (two for half of them) once it reached a beleidsvoorstel.

`data_present(total)` says whether that data (all of it) is there, so a benchmark reuses it.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
RESULTS = ROOT / "bench" / "results"

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/lokaalsignaal_bench"
BIG_CITY = "Antwerpen"
BENCH_DOMAIN = "bench.invalid"
ORGANISATION_PREFIX = "Bench-organisatie"
ORGANISATIONS_PER_MUNICIPALITY = 150
KNELPUNT_DAYS = 730

TITLES = [
    "Wachtlijst budgetbegeleiding loopt op", "Koude huurwoningen zonder degelijke verwarming",
    "Aanvraag via Mijn Burgerprofiel lukt niet zonder hulp", "Studenten met leefloon vallen tussen de mazen",
    "Geen kinderopvang voor werkzoekende ouders", "Maanden wachten op een psycholoog",
    "Dakloos na het verlaten van de gevangenis", "Geen bus naar de deelgemeenten na 19 uur",
    "Meer gezinnen aan de voedselbedeling", "Schoolfacturen stapelen zich op",
    "Ouderen vereenzamen na verlies van partner", "Nieuwkomers begrijpen brieven van de mutualiteit niet",
    "Mantelzorgers raken uitgeput", "Huurwaarborg onbetaalbaar voor wie uit de opvang komt",
    "Tandzorg wordt uitgesteld uit geldgebrek", "itsme onbereikbaar zonder smartphone",
]
DESCRIPTION = ("We zien dit steeds vaker bij mensen die we begeleiden. Ze lopen vast op dezelfde drempel en "
               "haken af voor ze krijgen waar ze recht op hebben. Een structurele oplossing ontbreekt.")
STAGE_MESSAGE = "We hebben dit knelpunt verder opgevolgd. Bedankt voor jullie signalen."
DECISION_TEXT = "Het college keurt het voorstel goed en voorziet middelen in het meerjarenplan."


# --- database and Django -------------------------------------------------------------------------------------

def ensure_pg_database(url: str) -> None:
    from urllib.parse import urlparse

    import psycopg
    from psycopg import sql

    parts = urlparse(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"created database {name}")


def setup_django(url: str, migrate: bool = True) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lokaalsignaal.settings_test")
    os.environ.setdefault("DJANGO_DEBUG", "0")
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver", *settings.ALLOWED_HOSTS]
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)


# --- data ----------------------------------------------------------------------------------------------------

def allocation(municipalities, total: int, big_id: int) -> list[tuple[int, int, int]]:
    """(municipality id, signals, knelpunten): the big city has 6 %, the others a long tail (power law)."""
    big = round(total * 0.06)
    others = [m for m in municipalities if m != big_id]
    weights = [1 / (rank + 8) ** 0.9 for rank in range(len(others))]
    scale = (total - big) / sum(weights)
    counts = [max(1, int(w * scale)) for w in weights]
    counts[0] += total - big - sum(counts)
    rows = [(big_id, big)] + list(zip(others, counts, strict=True))
    return [(m, n, max(1, n // 20)) for m, n in rows]


def data_present(total: int) -> bool:
    """The generated data of this size, all of it (older runs made no organisations or stage history). The load
    bench's POSTs give a few hundred signals more as its givers: still the same data."""
    from lokaalsignaal.casework.knelpunten.models import StageChange
    from lokaalsignaal.intake.models import Signal

    return (total <= Signal.objects.filter(giver__email__endswith=BENCH_DOMAIN).count() <= total * 1.01
            and StageChange.objects.exists()
            and Signal.target_groups.through.objects.exists()
            and Signal.objects.filter(organisation__isnull=False).exists())


def generate(total: int, vendor: str, allocate=None) -> dict:
    from django.db import connection, transaction

    from lokaalsignaal.accounts.models import User
    from lokaalsignaal.reference.models import Sector, TargetGroup, Theme
    from lokaalsignaal.tenancy.models import Municipality
    from lokaalsignaal.tenancy.reference_loader import load_lists, load_municipalities

    started = time.perf_counter()
    if not Municipality.objects.filter(name=BIG_CITY).exists():
        load_municipalities()
    load_lists()
    municipalities = list(Municipality.objects.order_by("-region", "name").values_list("pk", flat=True)[:300])
    big = Municipality.objects.get(name=BIG_CITY)
    if big.pk not in municipalities:
        municipalities[-1] = big.pk
    Municipality.objects.filter(pk__in=municipalities).update(participating=True)
    alloc = (allocate or allocation)(municipalities, total, big.pk)

    with connection.cursor() as cursor:
        if vendor == "postgresql":
            cursor.execute("TRUNCATE intake_signal, casework_knelpunt, feedback_notification, intake_signalevent, "
                           "casework_stagechange, casework_note, intake_signal_themes, intake_signal_target_groups "
                           "CASCADE")
        else:
            for table in ["intake_signal_themes", "intake_signal_target_groups", "intake_signalevent",
                          "feedback_notification", "intake_signal", "casework_stagechange", "casework_decision",
                          "casework_note", "casework_knelpunt_themes", "casework_knelpunt_target_groups",
                          "casework_knelpunt"]:
                cursor.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
    User.objects.filter(email__endswith=BENCH_DOMAIN).exclude(email__startswith="coordinator@").delete()

    givers = max(200, total // 40)
    User.objects.bulk_create([User(email=f"giver{i}@{BENCH_DOMAIN}", full_name=f"Signaalgever {i}", password="!")
                              for i in range(givers)], batch_size=5000)
    giver_first = User.objects.filter(email__endswith=BENCH_DOMAIN).order_by("pk").values_list("pk", flat=True)[0]
    ids = {"sectors": list(Sector.objects.order_by("pk").values_list("pk", flat=True)),
           "themes": list(Theme.objects.order_by("pk").values_list("pk", flat=True)),
           "target_groups": list(TargetGroup.objects.order_by("pk").values_list("pk", flat=True))}
    organisations = _organisations(total, ids["sectors"])
    print(f"  {len(alloc)} municipalities, {givers} givers, {organisations[1]} organisations; inserting ...",
          flush=True)

    with transaction.atomic(), connection.cursor() as cursor:
        knelpunten = _bulk_knelpunten(alloc)  # the ORM, so that new model fields get their defaults
        if vendor == "postgresql":
            _generate_pg(cursor, alloc, giver_first, givers, ids, organisations)
        else:
            _generate_sqlite(cursor, alloc, giver_first, givers, ids, organisations)
        history = _knelpunt_history(cursor, knelpunten)
    sync_reference_counters()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if vendor == "postgresql" else "ANALYZE")
    return {"seconds": round(time.perf_counter() - started, 1), "municipalities": len(alloc), "givers": givers,
            "organisations": organisations[1], "knelpunten": len(knelpunten), **history}


def sync_reference_counters() -> None:
    """The generated signals are numbered without the counters that `intake.services.next_reference` keeps: set
    each municipality's counter of a year to its highest number, so a signal given on top gets the next one."""
    from django.db.models import Max

    from lokaalsignaal.intake.models import ReferenceCounter, Signal

    for row in Signal.objects.values("municipality_id", "year").annotate(top=Max("number")).order_by():
        counter, _ = ReferenceCounter.objects.get_or_create(municipality_id=row["municipality_id"], year=row["year"])
        if counter.last_number < row["top"]:
            counter.last_number = row["top"]
            counter.save(update_fields=["last_number"])


def _organisations(total: int, sector_ids: list[int]) -> tuple[int, int]:
    """(first id, count) of the bench's organisations, one contiguous range; organisation i has sector i % n."""
    from django.db.models import Count, Max, Min

    from lokaalsignaal.accounts.models import Organisation

    Organisation.objects.filter(name__startswith=ORGANISATION_PREFIX).delete()
    count = max(ORGANISATIONS_PER_MUNICIPALITY, total // 400)
    Organisation.objects.bulk_create([
        Organisation(name=f"{ORGANISATION_PREFIX} {i:05d}", sector_id=sector_ids[i % len(sector_ids)],
                     verified=i % 3 == 0) for i in range(count)], batch_size=5000)
    made = Organisation.objects.filter(name__startswith=ORGANISATION_PREFIX).aggregate(
        lo=Min("pk"), hi=Max("pk"), n=Count("pk"))
    assert made["hi"] - made["lo"] + 1 == made["n"] == count, "organisation ids are not contiguous"
    return made["lo"], count


STAGES = ["new", "new", "analysis", "analysis", "agenda", "proposal", "execution", "done", "done", "done",
          "escalated", "not_retained"]
# The way from "new" to each stage (each step allowed by casework.knelpunten.stages.ALLOWED; checked below).
PATHS = {"new": [], "analysis": ["analysis"], "agenda": ["analysis", "agenda"], "proposal": ["analysis", "proposal"],
         "execution": ["analysis", "proposal", "execution"], "done": ["analysis", "proposal", "execution", "done"],
         "escalated": ["analysis", "escalated"], "not_retained": ["analysis", "not_retained"]}


def _bulk_knelpunten(alloc) -> list[tuple]:
    """Knelpunten in municipality order, so that each municipality's ids are one contiguous range; returns
    (pk, stage, created, last change) of each."""
    import random
    from datetime import timedelta

    from django.db import connection
    from django.utils import timezone

    from lokaalsignaal.casework.knelpunten.models import Knelpunt

    rng, now = random.Random(7), timezone.now()
    rows = []
    for municipality_id, _n, b in sorted(alloc):
        for g in range(b):
            created = now - timedelta(days=rng.random() * KNELPUNT_DAYS)
            rows.append(Knelpunt(municipality_id=municipality_id, title=f"{TITLES[g % len(TITLES)]} ({g})",
                                   stage=rng.choice(STAGES), severity=rng.randint(1, 5),
                                   visible_to_givers=rng.random() < 0.5))
            rows[-1]._bench_times = (created, created + (now - created) * rng.random())
    Knelpunt.objects.bulk_create(rows, batch_size=5000)
    # created_at / updated_at are auto fields: set them afterwards, in one statement per batch
    with connection.cursor() as cursor:
        cursor.executemany(
            "UPDATE casework_knelpunt SET created_at = %s, updated_at = %s, stage_changed_at = %s WHERE id = %s",
            [(*row._bench_times, None if row.stage == "new" else row._bench_times[1], row.pk) for row in rows])
    return [(row.pk, row.stage, *row._bench_times) for row in rows]


def _knelpunt_history(cursor, knelpunten) -> dict:
    """Each knelpunt's stage changes along PATHS (the last one at its last change) and its decisions."""
    import random

    from django.utils import timezone

    from lokaalsignaal.casework.decisions.models import Decision
    from lokaalsignaal.casework.knelpunten.stages import ALLOWED

    for path in PATHS.values():
        for before, after in zip(["new", *path], path, strict=False):
            assert after in ALLOWED[before], (before, after)
    rng, bodies = random.Random(11), list(Decision.Body.values)
    changes, decisions = [], []
    for pk, stage, created, last in knelpunten:
        path = PATHS[stage]
        stamps = sorted(created + (last - created) * rng.random() for _ in path[1:]) + [last] if path else []
        for before, after, at in zip(["new", *path], path, stamps, strict=False):
            changes.append((pk, before, after, STAGE_MESSAGE, at))
            if after == "proposal" or (after in ("execution", "done") and rng.random() < 0.25):
                decisions.append((pk, rng.choice(bodies), timezone.localtime(at).date(), DECISION_TEXT, at))
    cursor.executemany("""INSERT INTO casework_stagechange (knelpunt_id, from_stage, to_stage, message, remark,
        created_at) VALUES (%s, %s, %s, %s, '', %s)""", changes)
    cursor.executemany("""INSERT INTO casework_decision (knelpunt_id, body, body_name, decided_on, text, link,
        created_at) VALUES (%s, %s, '', %s, %s, '', %s)""", decisions)
    return {"stage_changes": len(changes), "decisions": len(decisions)}


PG_TYPES = "ARRAY['drempel','geen_oplossing','onrecht','pleister']"
PG_FREQ = "ARRAY['rarely','monthly','weekly','daily','']"
PG_PEOPLE = "ARRAY['1-5','6-20','21-50','51-100','100+','']"


def _pg_array(values) -> str:
    return "ARRAY[" + ",".join(map(str, values)) + "]"


def _generate_pg(cursor, alloc, giver_first, givers, ids, organisations):
    cursor.execute("CREATE TEMP TABLE bench_alloc (municipality_id int PRIMARY KEY, n int, b int, "
                   "b_first int, b_count int) ON COMMIT DROP")
    cursor.executemany("INSERT INTO bench_alloc (municipality_id, n, b) VALUES (%s, %s, %s)", alloc)
    titles = "ARRAY[" + ",".join("'" + t.replace("'", "''") + "'" for t in TITLES) + "]"
    cursor.execute("""
        UPDATE bench_alloc a SET b_first = x.lo, b_count = x.n
        FROM (SELECT municipality_id, min(id) lo, max(id) hi, count(*) n FROM casework_knelpunt GROUP BY 1) x
        WHERE x.municipality_id = a.municipality_id AND x.hi - x.lo + 1 = x.n""")
    cursor.execute("SELECT count(*) FROM bench_alloc WHERE b_first IS NULL")
    assert cursor.fetchone()[0] == 0, "knelpunt ids are not contiguous per municipality"
    sector_ids, org_first, org_count = ids["sectors"], *organisations
    sectors = _pg_array(sector_ids)
    cursor.execute(f"""
        INSERT INTO intake_signal (municipality_id, reference, year, number, giver_id, organisation_id, sector_id,
            signal_type, title, description, frequency, people_affected, since, tried, idea, may_contact, may_invite,
            hide_name, status, knelpunt_id, has_open_question, needs_attention, sibling_group, submitted_at,
            read_at, first_feedback_at, updated_at, version)
        WITH base AS MATERIALIZED (
            SELECT a.municipality_id AS muni, a.b_first, a.b_count, g,
                   now() - power(random(), 1.6) * interval '1095 days' AS ts,
                   random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
            FROM bench_alloc a CROSS JOIN LATERAL generate_series(1, a.n) g
        ), shaped AS MATERIALIZED (
            SELECT b.*, extract(year FROM b.ts AT TIME ZONE 'Europe/Brussels')::int AS yr,
                   CASE WHEN b.ts > now() - interval '21 days' AND b.r1 < 0.6 THEN 'submitted'
                        WHEN b.r1 < 0.08 THEN 'not_retained' WHEN b.r1 < 0.11 THEN 'withdrawn'
                        ELSE 'received' END AS status,
                   CASE WHEN b.g % 10 <> 0 THEN (b.muni * 101 + (b.g * 7) % {ORGANISATIONS_PER_MUNICIPALITY})
                        % {org_count} END AS org
            FROM base b
        )
        SELECT s.muni, m.reference_prefix || '-' || s.yr || '-' ||
                   lpad((row_number() OVER w)::text, greatest(4, length((row_number() OVER w)::text)), '0'),
               s.yr, row_number() OVER w,
               {giver_first} + floor(s.r2 * {givers})::int, {org_first} + s.org,
               CASE WHEN s.org IS NULL THEN ({sectors})[1 + floor(s.r3 * {len(sector_ids)})::int]
                    ELSE ({sectors})[1 + s.org % {len(sector_ids)}] END,
               ({PG_TYPES})[1 + floor(s.r4 * 4)::int],
               ({titles})[1 + (s.g % {len(TITLES)})], '{DESCRIPTION}',
               ({PG_FREQ})[1 + floor(s.r5 * 5)::int], ({PG_PEOPLE})[1 + floor(s.r2 * 6)::int], '', '', '',
               true, true, s.r3 < 0.05, s.status,
               CASE WHEN s.status = 'received' AND s.r4 < 0.6
                    THEN s.b_first + floor(s.r5 * s.b_count)::int END,
               s.status = 'received' AND s.r1 BETWEEN 0.11 AND 0.125,
               s.status = 'received' AND s.r1 BETWEEN 0.125 AND 0.135,
               NULL, s.ts,
               CASE WHEN s.status IN ('received', 'not_retained') THEN s.ts + s.r2 * interval '5 days' END,
               CASE WHEN s.status = 'not_retained' OR (s.status = 'received' AND s.r4 < 0.6)
                    THEN s.ts + s.r3 * interval '20 days' END,
               s.ts + s.r4 * interval '30 days', 1
        FROM shaped s JOIN tenancy_municipality m ON m.id = s.muni
        WINDOW w AS (PARTITION BY s.muni, s.yr ORDER BY s.ts, s.g)""")
    themes, n = _pg_array(ids["themes"]), len(ids["themes"])
    cursor.execute(f"""
        INSERT INTO intake_signal_themes (signal_id, theme_id)
        SELECT s.id, ({themes})[1 + (s.id % {n})] FROM intake_signal s
        UNION ALL
        SELECT s.id, ({themes})[1 + ((s.id % {n}) + 1 + (s.id / 7) % {n - 1}) % {n}] FROM intake_signal s
        WHERE s.id % 5 < 2""")
    groups, n = _pg_array(ids["target_groups"]), len(ids["target_groups"])
    cursor.execute(f"""
        INSERT INTO intake_signal_target_groups (signal_id, targetgroup_id)
        SELECT s.id, ({groups})[1 + (s.id / 3) % {n}] FROM intake_signal s WHERE s.id % 5 < 3
        UNION ALL
        SELECT s.id, ({groups})[1 + ((s.id / 3) % {n} + 1 + (s.id / 11) % {n - 1}) % {n}] FROM intake_signal s
        WHERE s.id % 5 = 0""")
    cursor.execute("""
        UPDATE casework_knelpunt b SET signal_count = c.n
        FROM (SELECT knelpunt_id, count(*) n FROM intake_signal WHERE knelpunt_id IS NOT NULL GROUP BY 1) c
        WHERE b.id = c.knelpunt_id""")


def _generate_sqlite(cursor, alloc, giver_first, givers, ids, organisations):
    """The same shape in plain Python rows (SQLite has no generate_series by default); fine up to ~100k."""
    import random
    from datetime import timedelta

    from django.utils import timezone

    from lokaalsignaal.tenancy.models import Municipality

    rng = random.Random(42)
    now = timezone.now()
    prefixes = dict(Municipality.objects.values_list("pk", "reference_prefix"))
    sector_ids, org_first, org_count = ids["sectors"], *organisations
    ranges = {}
    cursor.execute("SELECT municipality_id, min(id), count(*) FROM casework_knelpunt GROUP BY 1")
    for municipality_id, lo, count in cursor.fetchall():
        ranges[municipality_id] = (lo, count)
    rows = []
    for municipality_id, n, _b in alloc:
        stamps = sorted(now - timedelta(days=rng.random() ** 1.6 * 1095) for _ in range(n))
        numbers = {}
        for g, ts in enumerate(stamps, start=1):
            year = timezone.localtime(ts).year
            numbers[year] = numbers.get(year, 0) + 1
            r1 = rng.random()
            status = ("submitted" if ts > now - timedelta(days=21) and r1 < 0.6 else "not_retained" if r1 < 0.08
                      else "withdrawn" if r1 < 0.11 else "received")
            linked = status == "received" and rng.random() < 0.6
            answered = status == "not_retained" or linked
            org = (municipality_id * 101 + (g * 7) % ORGANISATIONS_PER_MUNICIPALITY) % org_count if g % 10 else None
            lo, count = ranges[municipality_id]
            rows.append((municipality_id, f"{prefixes[municipality_id]}-{year}-{numbers[year]:04d}", year,
                         numbers[year], giver_first + rng.randrange(givers),
                         None if org is None else org_first + org,
                         rng.choice(sector_ids) if org is None else sector_ids[org % len(sector_ids)],
                         rng.choice(["drempel", "geen_oplossing", "onrecht", "pleister"]),
                         rng.choice(TITLES), DESCRIPTION, status, lo + rng.randrange(count) if linked else None,
                         ts, ts + timedelta(days=2) if status in ("received", "not_retained") else None,
                         ts + timedelta(days=rng.random() * 20) if answered else None, ts))
    cursor.executemany("""INSERT INTO intake_signal (municipality_id, reference, year, number, giver_id,
        organisation_id, sector_id, signal_type, title, description, frequency, people_affected, since, tried, idea,
        may_contact, may_invite, hide_name, status, knelpunt_id, has_open_question, needs_attention, submitted_at,
        read_at, first_feedback_at, updated_at, version) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, '', '', '',
        '', '', 1, 1, 0, %s, %s, 0, 0, %s, %s, %s, %s, 1)""", rows)
    cursor.execute("SELECT id FROM intake_signal")
    signal_ids = [r[0] for r in cursor.fetchall()]
    themes, n = ids["themes"], len(ids["themes"])
    pairs = [(i, themes[i % n]) for i in signal_ids]
    pairs += [(i, themes[((i % n) + 1 + (i // 7) % (n - 1)) % n]) for i in signal_ids if i % 5 < 2]
    cursor.executemany("INSERT INTO intake_signal_themes (signal_id, theme_id) VALUES (%s, %s)", pairs)
    groups, n = ids["target_groups"], len(ids["target_groups"])
    pairs = [(i, groups[(i // 3) % n]) for i in signal_ids if i % 5 < 3]
    pairs += [(i, groups[((i // 3) % n + 1 + (i // 11) % (n - 1)) % n]) for i in signal_ids if i % 5 == 0]
    cursor.executemany("INSERT INTO intake_signal_target_groups (signal_id, targetgroup_id) VALUES (%s, %s)", pairs)
    cursor.execute("""UPDATE casework_knelpunt SET signal_count = (SELECT count(*) FROM intake_signal s
        WHERE s.knelpunt_id = casework_knelpunt.id)""")


def coordinator_for(municipality):
    """The bench's coordinator of `municipality`, with two-factor set up (TOTP)."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP

    from lokaalsignaal.accounts.models import User
    from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role

    user, _ = User.objects.get_or_create(email=f"coordinator@{BENCH_DOMAIN}",
                                         defaults={"full_name": "Bench coördinator", "password": "!"})
    Membership.objects.get_or_create(user=user, municipality=municipality, role=Role.COORDINATOR,
                                     defaults={"status": MembershipStatus.APPROVED})
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, "JBSWY3DPEHPK3PXPBENCHBENCH234567")
    return user


# --- measuring -----------------------------------------------------------------------------------------------

BUDGET_S = 10.0  # per scenario: `runs` runs, or fewer (at least MIN_RUNS) when a scenario is slow
MIN_RUNS = 20


def timed(fn, runs: int, label: str = "", *, min_runs: int = MIN_RUNS, budget_s: float = BUDGET_S) -> dict:
    for _ in range(min(3, runs)):
        fn()
    samples, deadline = [], time.perf_counter() + budget_s
    while len(samples) < runs and (len(samples) < min(min_runs, runs) or time.perf_counter() < deadline):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    quantiles = statistics.quantiles(samples, n=100, method="inclusive")
    result = {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(quantiles[94], 2),
              "max_ms": round(max(samples), 2), "runs": len(samples)}
    if label:
        print(f"  {label:<48} p50 {result['p50_ms']:8.2f} ms · p95 {result['p95_ms']:8.2f} ms "
              f"({result['runs']} runs)", flush=True)
    return result


def url_or_none(name: str, *args):
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name, args=list(args))
    except NoReverseMatch:
        return None
    except Exception as error:  # noqa: BLE001 (a URLconf being edited by someone else: measure the ORM only)
        print(f"  {name}: URLconf error ({type(error).__name__}: {error}); page skipped", flush=True)
        return None


def explain_sql(sql: str, params=()) -> str:
    from django.db import connection

    prefix = "EXPLAIN (ANALYZE, BUFFERS) " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN "
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql, params)
        return "\n".join(" ".join(str(c) for c in row) for row in cursor.fetchall())


def explain(queryset, count: bool = False) -> str:
    sql, params = queryset.query.sql_with_params()
    if count:
        sql = f"SELECT count(*) FROM ({sql}) sub"
    return explain_sql(sql, params)
