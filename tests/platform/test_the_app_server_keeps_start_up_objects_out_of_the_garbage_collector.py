"""The app server's entry point (`lokaalsignaal.wsgi`, what gunicorn loads) moves what it loads at start out of the
garbage collector's reach and collects young objects less often. Without it the collector walked Django, the models
and the views again and again: 3.1 ms of an inbox request's ~31 ms CPU under load, 1.1 ms with it
(docs/performance.md)."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import gc, json
before = gc.get_freeze_count()
import lokaalsignaal.wsgi
print(json.dumps({"before": before, "frozen": gc.get_freeze_count(), "threshold": gc.get_threshold()}))
"""


def _probe() -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "DJANGO_SETTINGS_MODULE": "lokaalsignaal.settings",
           "DJANGO_SECRET_KEY": "probe-" + "s" * 50, "DJANGO_DEBUG": "0", "DJANGO_ALLOWED_HOSTS": "localhost"}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_loading_the_app_server_freezes_what_it_loaded_and_collects_young_objects_less_often():
    found = _probe()
    assert found["before"] == 0
    assert found["frozen"] > 50_000  # Django, the models, the URLconf and every view module
    assert found["threshold"][0] >= 5_000  # the default (700) collects the young objects ten times as often
