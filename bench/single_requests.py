"""Single warm requests: each page alone, one after the other, in one process with the production settings.

Run by bench/load_bench.py (in a process of its own, with the settings its servers use) before the load, on the
same data and people; prints one JSON object: per page the median wall time of a request, the CPU time it took in
this process and the number of queries, after a warm-up. Through Django's test client, so without gunicorn and HTTP:
what one person waits for when nobody else is there. The bars of issue 17: at most 15 ms for the giver's pages, 25 ms
for the coordinator's.

    python bench/single_requests.py '<json: {"pages": [...], "sessions": {...}}>'   (load_bench passes it)
"""

from __future__ import annotations

import json
import statistics
import sys
import time

WARM_UP = 15
TIMED = 60


def measure(pages: list[dict], sessions: dict) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    results = {}
    for page in pages:
        client = Client()
        if page["role"] != "public":
            client.cookies["sessionid"] = sessions[page["role"]]
        for _ in range(WARM_UP):
            response = client.get(page["path"])
        with CaptureQueriesContext(connection) as asked:
            response = client.get(page["path"])
        queries = len(asked)  # now: the next request empties the log it reads
        walls, started = [], time.process_time()
        for _ in range(TIMED):
            began = time.perf_counter()
            client.get(page["path"])
            walls.append((time.perf_counter() - began) * 1000)
        results[page["name"]] = {
            "role": page["role"], "status": response.status_code, "queries": queries,
            "wall_ms_p50": round(statistics.median(walls), 2),
            "cpu_ms": round((time.process_time() - started) / TIMED * 1000, 2),
        }
    return results


def main() -> None:
    import lokaalsignaal.wsgi  # noqa: F401 (set up as the app server is: Django, the URLconf, the frozen heap)

    request = json.loads(sys.argv[1])
    print(json.dumps(measure(request["pages"], request["sessions"])))


if __name__ == "__main__":
    main()
