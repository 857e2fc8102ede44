"""The POSTs of the load benchmark (bench/load_bench.py): giving a signal and a stage change with a message to the
givers, through the real forms (CSRF included), as a browser sends them.

- `post_scenario`: `clients` threads for `seconds`, half giving (half of them with JavaScript: the draft is looked up
  while they type, then sent; half without: looked up when sent), half changing stages; no pause between requests.
- `gives_alone`: one giver at a time with nothing else running, what one give costs the person who sends it: every
  request of the give but the form and the receipt (the lookup while typing, the send, the confirm step when similar
  knelpunten were shown first). Issue 17's bar for giving a signal (guard + similar + save + task) is held to it.
"""

from __future__ import annotations

import random
import statistics
import threading
import time

from soak_parts import Browser, Stats

#: the requests of one give that its giver waits for (not the form before it, nor the receipt after it)
GIVE_KINDS = ("giver.suggestions", "giver.give", "giver.give_without_js", "giver.give_confirm")


def post_scenario(port: int, found: dict, keys: dict, clients: int, seconds: float) -> dict:
    """Giving a signal and changing a knelpunt's stage through the real forms, from `clients` threads."""
    from soak_people import Record, change_stage, give

    stats, record = Stats(), Record()
    until = time.monotonic() + seconds
    theme = _a_theme()
    knelpunten = found["stage_knelpunten"]

    def giver_loop(i: int) -> None:
        # half the givers have JavaScript (the draft is looked up while they type), half have not (looked up when
        # they send it); every draft is a text of its own, as people's are
        browser, rnd, mine = Browser(port, keys["poster"], stats), random.Random(i), []
        typing = i % 2 == 0
        while time.monotonic() < until:
            give(browser, found["poster"].email, found["slug"], theme, record, mine, rnd, typing=typing,
                 kind="giver.give" if typing else "giver.give_without_js", unique=True)

    def coordinator_loop(i: int) -> None:
        browser, rnd = Browser(port, keys["coordinator"], stats), random.Random(100 + i)
        own = knelpunten[i::max(1, clients // 2)]
        stages = dict.fromkeys(own, None)
        while time.monotonic() < until and own:
            pk = rnd.choice(own)
            to = "agenda" if stages[pk] != "agenda" else "analysis"
            if change_stage(browser, found["slug"], pk, to, record, rnd):
                stages[pk] = to
            else:  # it was there already (the form says so): the other way next time
                stages[pk] = to

    threads = [threading.Thread(target=giver_loop, args=(i,)) for i in range(max(1, clients // 2))]
    threads += [threading.Thread(target=coordinator_loop, args=(i,)) for i in range(max(1, clients // 2))]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    summary = stats.summary(time.monotonic() - started)
    summary["accepted_signals"] = len(record.accepted)
    summary["stage_changes"] = len(record.stage_changes)
    return summary


def _a_theme() -> int:
    from lokaalsignaal.reference.models import Theme

    return Theme.objects.filter(active=True).order_by("position").first().pk


def gives_alone(port: int, found: dict, keys: dict, count: int) -> dict:
    """`count` gives one after the other, alternately with and without JavaScript, every draft a text of its own;
    per kind and for all: how many, p50 and p95 of the time its giver waited (see the module's docstring)."""
    from soak_people import Record, give

    stats, record, rnd, mine = Stats(), Record(), random.Random(999), []
    browser, theme = Browser(port, keys["poster"], stats), _a_theme()
    waited: dict[str, list[float]] = {"with_js": [], "without_js": []}
    for i in range(count):
        typing = i % 2 == 0
        before = {kind: len(times) for kind, times in stats.timings.items()}
        give(browser, found["poster"].email, found["slug"], theme, record, mine, rnd, typing=typing,
             kind="giver.give" if typing else "giver.give_without_js", unique=True)
        waited["with_js" if typing else "without_js"].append(sum(
            sum(stats.timings[kind][before.get(kind, 0):]) for kind in GIVE_KINDS if kind in stats.timings))
    waited["all"] = waited["with_js"] + waited["without_js"]
    summary = {name: _percentiles(times) for name, times in waited.items() if times}
    summary["accepted_signals"], summary["server_errors_5xx"] = len(record.accepted), stats.server_errors()
    return summary


def _percentiles(seconds: list[float]) -> dict:
    ordered = sorted(seconds)
    return {"count": len(ordered), "p50_ms": round(statistics.median(ordered) * 1000, 1),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1)}
