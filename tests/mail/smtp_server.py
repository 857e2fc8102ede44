"""A real SMTP server (aiosmtpd) on 127.0.0.1 for the fault tests: it can be stopped and started again on the same
port (the mail server is down, then back), and it can hold its answer to RCPT TO (a slow server), so a test can
stop a sender in the middle of a delivery. It counts what it accepted per recipient."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import threading
import time
from collections import Counter

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalSMTPServer:
    def __init__(self):
        self.host, self.port = "127.0.0.1", free_port()
        self.accepted: list[tuple[str, str]] = []  # (recipient, subject) of every message accepted (250 after DATA)
        self.holding = threading.Event()  # set: RCPT TO gets no answer until released
        self.held = threading.Event()  # set once a sender waits for the held answer
        self._lock = threading.Lock()
        self._controller = None

    # aiosmtpd's handler hooks
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        while self.holding.is_set():
            self.held.set()
            await asyncio.sleep(0.02)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        with self._lock:
            self.accepted.extend((rcpt.lower(), str(message["subject"])) for rcpt in envelope.rcpt_tos)
        return "250 Message accepted for delivery"

    # the server's life
    def start(self) -> LocalSMTPServer:
        self._controller = Controller(self, hostname=self.host, port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self.holding.clear()
            self._controller.stop()
            self._controller = None

    def per_recipient(self) -> Counter:
        with self._lock:
            return Counter(rcpt for rcpt, _subject in self.accepted)

    def wait_until_held(self, timeout: float = 30.0) -> None:
        if not self.held.wait(timeout):
            raise AssertionError("No sender reached the SMTP server within the time")

    def wait_for(self, count: int, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while sum(self.per_recipient().values()) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"Expected {count} mails, got {self.accepted}")
            time.sleep(0.05)

    def use_in(self, settings) -> None:
        """Point Django's SMTP backend at this server (pytest-django's `settings`)."""
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = self.host, self.port
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_TIMEOUT = 5
