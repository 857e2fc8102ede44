"""The parts of bench/soak_bench.py: an HTTP browser per person, a counting SMTP server, request statistics, the
memory of a process, and the checks at the end."""

from __future__ import annotations

import email
import email.policy
import http.client
import re
import socket
import statistics
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


# --- SMTP ---------------------------------------------------------------------------------------------------------

class CountingSMTPServer:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that counts what it accepted per recipient (as
    tests/mail/smtp_server.py, which bench code does not import)."""

    def __init__(self):
        self.host, self.port = "127.0.0.1", free_port()
        self.accepted: list[tuple[str, str]] = []
        self._lock = threading.Lock()
        self._controller = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook)
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        with self._lock:
            self.accepted.extend((rcpt.lower(), str(message["subject"])) for rcpt in envelope.rcpt_tos)
        return "250 Message accepted for delivery"

    def start(self) -> CountingSMTPServer:
        self._controller = Controller(self, hostname=self.host, port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def per_recipient(self) -> Counter:
        with self._lock:
            return Counter(rcpt for rcpt, _subject in self.accepted)


# --- HTTP ---------------------------------------------------------------------------------------------------------

class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.timings: dict[str, list[float]] = {}
        self.statuses: dict[str, Counter] = {}
        self.errors: Counter = Counter()  # no answer (connection refused, reset, timeout)
        self.notes: Counter = Counter()

    def record(self, kind: str, status: int, seconds: float) -> None:
        with self.lock:
            self.timings.setdefault(kind, []).append(seconds)
            self.statuses.setdefault(kind, Counter())[status] += 1

    def error(self, kind: str, error: Exception) -> None:
        with self.lock:
            self.errors[f"{kind}: {type(error).__name__}"] += 1

    def note(self, text: str) -> None:
        with self.lock:
            self.notes[text] += 1

    def total(self) -> int:
        return sum(len(t) for t in self.timings.values())

    def server_errors(self) -> int:
        return sum(n for c in self.statuses.values() for status, n in c.items() if status >= 500)

    def summary(self, seconds: float) -> dict:
        per_kind = {}
        for kind, samples in sorted(self.timings.items()):
            ordered = sorted(samples)
            per_kind[kind] = {"count": len(samples), "statuses": dict(self.statuses[kind]),
                              "p50_ms": round(statistics.median(ordered) * 1000, 1),
                              "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))] * 1000, 1),
                              "max_ms": round(ordered[-1] * 1000, 1)}
        return {"total": self.total(), "per_second": round(self.total() / max(seconds, 1), 2),
                "server_errors_5xx": self.server_errors(), "no_answer": dict(self.errors),
                "notes": dict(self.notes), "per_kind": per_kind}


class Page:
    def __init__(self, status: int, location: str, text: str):
        self.status, self.location, self.text = status, location, text

    def csrf(self) -> str:
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.text)
        return found.group(1) if found else ""

    def value_of(self, name: str, checked: bool = False) -> str:
        for tag in re.findall(rf'<input[^>]*name="{name}"[^>]*>', self.text):
            if not checked or " checked" in tag:
                found = re.search(r'value="([^"]*)"', tag)
                if found:
                    return found.group(1)
        return ""


class Browser:
    """One person's keep-alive connection to the app, with her cookies (a session made for her)."""

    def __init__(self, port: int, session_key: str, stats: Stats):
        self.port, self.stats = port, stats
        self.cookies = {"sessionid": session_key}
        self.conn = None

    def get(self, path: str, kind: str) -> Page | None:
        return self._request("GET", path, None, kind)

    def post(self, path: str, data: dict, kind: str) -> Page | None:
        return self._request("POST", path, data, kind)

    def _request(self, method: str, path: str, data, kind: str) -> Page | None:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()),
                   "Host": f"127.0.0.1:{self.port}", "Accept-Language": "nl"}
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers.update({"Content-Type": "application/x-www-form-urlencoded",
                            "Origin": f"http://127.0.0.1:{self.port}",
                            "Referer": f"http://127.0.0.1:{self.port}{path}"})
        started = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            text = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as error:
            self.stats.error(kind, error)
            if self.conn is not None:
                self.conn.close()
            self.conn = None
            return None
        self.stats.record(kind, response.status, time.perf_counter() - started)
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";")[0]
        return Page(response.status, response.getheader("Location") or "", text)


# --- the checks ---------------------------------------------------------------------------------------------------

def checks(record, stats: Stats, smtp: CountingSMTPServer, memory: dict, people: dict, drift_bar_mb: float) -> dict:
    from django.db import close_old_connections
    from django_tasks_db.compat import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    from lokaalsignaal.intake.models import Signal
    from lokaalsignaal.mail.models import OutgoingMail
    from lokaalsignaal.notifications.models import Notification

    close_old_connections()
    municipality = people["municipality"]
    stored = dict(Signal.objects.filter(municipality=municipality).values_list("reference", "giver__email"))
    missing = sorted(r for r in record.accepted if r not in stored)
    wrong_giver = sorted(r for r, e in record.accepted.items() if r in stored and stored[r] != e)
    extra = len(stored) - len(set(stored) & set(record.accepted))
    results = {"signals_stored": {
        "passed": not missing and not wrong_giver and extra <= record.uncertain_gives,
        "accepted": len(record.accepted), "stored": len(stored), "missing": missing[:50],
        "wrong_giver": wrong_giver[:50], "stored_not_accepted": extra, "uncertain_attempts": record.uncertain_gives}}

    signals = {pk: (ref, email) for pk, ref, email in Signal.objects.filter(municipality=municipality)
               .values_list("pk", "reference", "giver__email")}
    expected = expected_notifications(record, signals, Notification.Kind)
    givers = [g.pk for g in people["givers"]]
    notes = list(Notification.objects.filter(user_id__in=givers).values("signal_id", "kind", "user__email", "detail",
                                                                         "emailed_at", "references"))
    actual = Counter((n["kind"], n["user__email"],
                      frozenset(n["references"] or [signals.get(n["signal_id"], ("?",))[0]]),
                      n["detail"] if n["kind"] == Notification.Kind.STAGE else "") for n in notes)
    diff = [{"kind": k, "giver": e, "signals": sorted(refs), "detail": d, "expected": expected[key],
             "actual": actual[key]} for key in set(expected) | set(actual) if expected[key] != actual[key]
            for k, e, refs, d in [key]]
    results["notifications_exact"] = {
        "passed": not diff and record.uncertain_casework == 0,
        "definition": "per event, one notification to each giver whose signals it touched, naming exactly those "
                      "signals: a mark-received and a link touch one signal; a stage change touches every signal "
                      "the knelpunt held at that moment (one notification per giver, her signals in `references`)",
        "expected": sum(expected.values()), "actual": sum(actual.values()),
        "by_kind_expected": dict(Counter(key[0] for key in expected.elements())),
        "by_kind_actual": dict(Counter(n["kind"] for n in notes)),
        "stage_changes": len(record.stage_changes), "signals_received": len(record.received),
        "signals_linked": len(record.linked), "uncertain_casework_requests": record.uncertain_casework,
        "differences": diff[:50], "differences_count": len(diff)}

    outbox = list(OutgoingMail.objects.values("to", "status", "attempts", "created_at", "sent_at"))
    delays = sorted((m["sent_at"] - m["created_at"]).total_seconds() for m in outbox if m["sent_at"])
    by_status = Counter(m["status"] for m in outbox)
    outbox_sent = Counter(m["to"].lower() for m in outbox if m["status"] == OutgoingMail.Status.SENT)
    giver_mail = Counter(m["to"].lower() for m in outbox if m["to"].lower() in {g.email for g in people["givers"]})
    giver_notes = Counter(n["user__email"].lower() for n in notes)
    receipts = Counter(e.lower() for e in record.accepted.values())  # one receipt mail per signal given
    unmailed = sum(1 for n in notes if n["emailed_at"] is None)
    mail_diff = {e: {"notifications": giver_notes[e], "receipts": receipts[e], "mails": giver_mail[e]}
                 for e in set(giver_notes) | set(giver_mail) | set(receipts)
                 if giver_notes[e] + receipts[e] != giver_mail[e]}
    results["mail_per_notification"] = {
        "passed": not mail_diff and unmailed == 0 and record.uncertain_gives == 0,
        "definition": "each giver's mails = her notifications (preference 'meteen') + one receipt per signal given",
        "notifications": sum(giver_notes.values()), "receipts": sum(receipts.values()),
        "mails_to_givers": sum(giver_mail.values()), "notifications_not_emailed": unmailed,
        "differences": mail_diff}
    results["outbox_all_sent"] = {
        "passed": set(by_status) <= {OutgoingMail.Status.SENT}, "outbox": len(outbox), "by_status": dict(by_status),
        "attempts": dict(Counter(m["attempts"] for m in outbox)),
        "queued_to_sent_seconds": {"p50": round(statistics.median(delays), 2),
                                   "p95": round(delays[int(0.95 * (len(delays) - 1))], 2),
                                   "max": round(delays[-1], 2)} if delays else None}
    smtp_counts = smtp.per_recipient()
    smtp_diff = {e: {"outbox_sent": outbox_sent[e], "smtp_accepted": smtp_counts[e]}
                 for e in set(outbox_sent) | set(smtp_counts) if outbox_sent[e] != smtp_counts[e]}
    results["smtp_matches_outbox"] = {
        "passed": not smtp_diff, "smtp_accepted": sum(smtp_counts.values()), "outbox_sent": sum(outbox_sent.values()),
        "recipients": len(smtp_counts), "lost": sum(max(0, d["outbox_sent"] - d["smtp_accepted"])
                                                    for d in smtp_diff.values()),
        "doubled": sum(max(0, d["smtp_accepted"] - d["outbox_sent"]) for d in smtp_diff.values()),
        "differences": dict(list(smtp_diff.items())[:50])}

    tasks = Counter(DBTaskResult.objects.values_list("status", flat=True))
    results["tasks_all_successful"] = {"passed": set(tasks) <= {TaskResultStatus.SUCCESSFUL},
                                       "tasks": dict(tasks)}
    results["no_server_errors"] = {"passed": stats.server_errors() == 0 and not stats.errors,
                                   "requests": stats.total(), "server_errors_5xx": stats.server_errors(),
                                   "no_answer": sum(stats.errors.values())}
    results["worker_memory_drift"] = drift(memory, drift_bar_mb)
    return results


def expected_notifications(record, signals: dict, kinds) -> Counter:
    """(kind, giver, her signals' references, stage label) -> how many notifications the run caused."""
    from lokaalsignaal.casework.knelpunten.stages import Stage

    expected: Counter = Counter()
    for pk in record.received:
        expected[(kinds.RECEIVED, signals[pk][1], frozenset([signals[pk][0]]), "")] += 1
    for pk in record.linked:
        expected[(kinds.LINKED, signals[pk][1], frozenset([signals[pk][0]]), "")] += 1
    for change in record.stage_changes:
        per_giver: dict = {}
        for pk in change["signals"]:
            per_giver.setdefault(signals[pk][1], set()).add(signals[pk][0])
        for giver, references in per_giver.items():
            expected[(kinds.STAGE, giver, frozenset(references), str(Stage(change["to"]).label))] += 1
    return expected


def drift(memory: dict, bar_mb: float, warmup_s: int = 60) -> dict:
    """VmRSS of each process: at start, after warm-up (the first sample at or after `warmup_s`), at the end."""
    processes, worst = {}, 0.0
    for name, samples in sorted(memory.items()):
        warm = next((kb for t, kb in samples if t >= warmup_s), samples[0][1])
        row = {"start_mb": round(samples[0][1] / 1024, 1), "after_warmup_mb": round(warm / 1024, 1),
               "end_mb": round(samples[-1][1] / 1024, 1), "peak_mb": round(max(kb for _t, kb in samples) / 1024, 1),
               "drift_mb": round((samples[-1][1] - warm) / 1024, 1), "samples": len(samples),
               "timeline_mb": [(t, round(kb / 1024, 1)) for t, kb in samples[:: max(1, len(samples) // 20)]]}
        processes[name] = row
        if name.startswith("db_worker"):
            worst = max(worst, row["drift_mb"])
    return {"passed": bool(processes) and worst < bar_mb, "bar_mb": bar_mb,
            "definition": "VmRSS at the end minus after the first minute (db_workers judged; gunicorn shown)",
            "worst_db_worker_drift_mb": worst, "processes": processes}
