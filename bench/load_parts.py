"""Parts of bench/load_bench.py: the servers (the app and a bare Django view, both in gunicorn) and wrk.

wrk (Debian package `wrk`) drives each URL; a small Lua script adds the person's cookies and prints the latency
percentiles, the status counts and the errors as one JSON line when the run is done.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: the bare view: a Django project of one URL, no middleware, no database, on the same gunicorn set-up
BARE_SETTINGS = """\
SECRET_KEY = "bare-" + "x" * 50
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "bare_settings"
MIDDLEWARE = []
INSTALLED_APPS = []
DATABASES = {}
USE_TZ = True

from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path("", bare)]
"""

#: the production settings, STATIC_ROOT in a temporary folder (collectstatic must not write into var/)
APP_SETTINGS = """\
import os
from lokaalsignaal.settings import *  # noqa: F403
STATIC_ROOT = os.environ["LOAD_STATIC_ROOT"]
"""

WRK_SCRIPT = """\
-- set by load_bench.py: the cookie header, and for a mixed run the paths to cycle through
local paths = {%(paths)s}
local cookies = {%(cookies)s}
local counter = 0
statuses = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

request = function()
  counter = counter + 1
  local i = (counter %% #paths) + 1
  return wrk.format("GET", paths[i], {["Cookie"] = cookies[i], ["Accept-Language"] = "nl"})
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local merged = {}
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses") or {}
    for code, n in pairs(s) do merged[code] = (merged[code] or 0) + n end
  end
  local parts = {}
  for code, n in pairs(merged) do table.insert(parts, string.format('"%%d": %%d', code, n)) end
  io.write(string.format(
    'WRKJSON {"requests": %%d, "seconds": %%.3f, "p50_ms": %%.2f, "p95_ms": %%.2f, "p99_ms": %%.2f, ' ..
    '"max_ms": %%.2f, "connect_errors": %%d, "read_errors": %%d, "write_errors": %%d, "timeouts": %%d, ' ..
    '"non_2xx_3xx": %%d, "statuses": {%%s}}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout, summary.errors.status, table.concat(parts, ", ")))
end
"""


def lua_list(values) -> str:
    return ", ".join(json.dumps(v) for v in values)


def wrk(port: int, paths: list[str], cookies: list[str], seconds: float, connections: int,
        timeout_s: float = 2.0, threads: int = 2) -> dict:
    """One wrk run over `paths` (cycled), each with its cookie header; the result as a dict."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % {"paths": lua_list(paths), "cookies": lua_list(cookies)})
    try:
        done = subprocess.run(
            ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds:g}s", "--timeout", f"{timeout_s:g}s",
             "-s", script.name, f"http://127.0.0.1:{port}"],
            capture_output=True, text=True, timeout=seconds + 120, check=False)
    finally:
        os.unlink(script.name)
    for line in done.stdout.splitlines():
        if line.startswith("WRKJSON "):
            result = json.loads(line[len("WRKJSON "):])
            result["requests_per_s"] = round(result["requests"] / max(result["seconds"], 1e-9), 1)
            result["errors"] = (result["connect_errors"] + result["read_errors"] + result["write_errors"]
                                + result["non_2xx_3xx"])
            if result["timeouts"] and not result["p50_ms"]:  # every answer came after wrk's timeout: no latency
                result.update(p50_ms=None, p95_ms=None, p99_ms=None,
                              latency_note=f"every request took longer than wrk's {timeout_s:g} s timeout")
            return result
    raise RuntimeError(f"wrk gave no result: {done.stdout[-500:]} {done.stderr[-500:]}")


def cpu_seconds(pids: list[int]) -> float:
    """User and system CPU time these processes and their children that ended have used, from /proc: a PostgreSQL
    backend or a gunicorn worker that ends is counted in its parent (give every process of the group)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += sum(int(f) for f in fields[11:15])  # utime, stime, cutime, cstime: fields 14 to 17 of proc(5)
    return ticks / os.sysconf("SC_CLK_TCK")


def postgres_pids() -> list[int]:
    """Every PostgreSQL process on this machine (the server and its backends)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


class CpuPerRequest:
    """CPU milliseconds per request in the app's workers and in PostgreSQL over one run: unlike requests/s, what
    else the machine does changes it little, so it is what to compare when judging one change."""

    def __init__(self, server):
        self.server = server
        self.app, self.database = cpu_seconds(self._app_pids()), cpu_seconds(postgres_pids())

    def _app_pids(self) -> list[int]:
        return [self.server.process.pid, *self.server.worker_pids()]

    def result(self, requests: int) -> dict:
        app = cpu_seconds(self._app_pids()) - self.app
        database = cpu_seconds(postgres_pids()) - self.database
        n = max(requests, 1)
        return {"app": round(app * 1000 / n, 2), "database": round(database * 1000 / n, 2)}


def wrk_available() -> bool:
    return shutil.which("wrk") is not None


class Server:
    """gunicorn with `workers` sync workers on a free port, with `env`; stopped with stop()."""

    def __init__(self, app: str, env: dict, workers: int, log: Path, preload: bool = False):
        from soak_parts import free_port

        self.port = free_port()
        command = [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{self.port}",
                   "--workers", str(workers), "--timeout", "120", "--backlog", "2048"]
        if preload:
            command.append("--preload")
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)

    def wait(self, path: str, timeout: float = 240) -> None:
        import http.client

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped (exit {self.process.returncode})")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", path)
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn did not answer {path}")

    def settle(self, path: str = "/healthz", timeout: float = 120) -> None:
        """Wait until the workers have answered what a run left queued (wrk gives up on a request after its
        timeout, gunicorn still answers it): the next run must not start behind the last one's queue."""
        import http.client

        deadline, quick = time.monotonic() + timeout, 0
        while time.monotonic() < deadline and quick < 3:
            started = time.monotonic()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                conn.request("GET", path)
                conn.getresponse().read()
                quick = quick + 1 if time.monotonic() - started < 0.1 else 0
            except OSError:
                quick = 0
            time.sleep(0.2)

    def worker_pids(self) -> list[int]:
        try:
            return [int(p) for p in Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
                    .read_text().split()]
        except OSError:
            return []

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def shims() -> tuple[str, str]:
    """A folder with the two settings modules (app and bare) and a static root inside it."""
    folder = tempfile.mkdtemp(prefix="load_")
    Path(folder, "load_settings.py").write_text(APP_SETTINGS)
    Path(folder, "bare_settings.py").write_text(BARE_SETTINGS)
    return folder, str(Path(folder, "static"))
