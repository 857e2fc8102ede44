"""Browser test infrastructure: Debian's Chromium driven by Playwright (sync API) against pytest-django's live server.

Fixtures
  browser          one headless Chromium (/usr/bin/chromium) for the whole session
  new_page         factory: new_page(**context_options) -> a page in a fresh context (closed after the test)
  page             1280x800 desktop page (Dutch, nl-BE)
  phone_page       360x740 phone page (mobile, touch)
  site             the live server URL, with SITE_URL and allauth's protocol pointed at it (links in mail work)
  axe_check        axe_check(page): run axe-core, assert zero violations (prints id, impact, help, nodes)
  smtp_server      a real aiosmtpd SMTP server on 127.0.0.1:<free port>; Django sends mail to it over SMTP
  make_coordinator make_coordinator(municipality, **fields) -> (user, totp_secret)
  log_in           log_in(page, email, password=PASSWORD, totp_secret=None): the login form (+ TOTP step, with
                   the given secret or the account's stored one); stays on the login page the app sent the
                   browser to (keeps ?next=)

Helpers: totp_code(secret) gives the current TOTP code.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import socket
import threading
import time
from dataclasses import dataclass, field

import pytest

# Playwright's sync API runs an asyncio event loop in the test thread; Django would refuse ORM calls from it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}
TIMEOUT_MS = 10_000


def pytest_collection_modifyitems(config, items):
    """Without Debian's Chromium the browser tests cannot run: skip them with a clear reason."""
    if os.path.exists(CHROMIUM):
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} not found (apt-get install chromium)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


# --- browser and pages -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()
    playwright.stop()


@pytest.fixture
def new_page(browser):
    """new_page(**context_options): a page in its own fresh context (cookies, storage), closed after the test."""
    contexts = []

    def make(**options):
        options = {"viewport": DESKTOP, "locale": "nl-BE", **options}
        context = browser.new_context(**options)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page, site):
    return new_page(viewport=DESKTOP)


@pytest.fixture
def phone_page(new_page, site):
    return new_page(viewport=PHONE, is_mobile=True, has_touch=True)


@pytest.fixture
def site(live_server, settings):
    """The live server's base URL. Links in e-mails (SITE_URL, allauth's absolute URLs) point to it."""
    settings.SITE_URL = live_server.url
    settings.ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"  # the live server speaks plain http
    return live_server.url


@pytest.fixture(autouse=True)
def _fresh_cache():
    """allauth remembers used TOTP codes in the cache; user ids repeat after each flush, so start clean."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


# --- accessibility -----------------------------------------------------------------------------------------------


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']}  <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            lines.append(f"    target: {node['target']}")
            lines.append(f"      html: {node['html'][:200]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"      why:  {summary[:300]}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_check():
    """axe_check(page): run axe-core (all rules: WCAG 2.x A/AA and best practices) and assert zero violations."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, context=None):
        results = axe.run(page, context=context)
        violations = results.response["violations"]
        if violations:
            report = format_violations(violations)
            print(f"\naxe violations on {page.url}:\n{report}")
            pytest.fail(f"{len(violations)} axe violation(s) on {page.url}:\n{report}", pytrace=False)
        return results

    return check


# --- e-mail over real SMTP ---------------------------------------------------------------------------------------


@dataclass
class ReceivedMail:
    mail_from: str
    recipients: list[str]
    message: email.message.EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def text(self) -> str:
        part = self.message.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""

    @property
    def html(self) -> str:
        part = self.message.get_body(preferencelist=("html",))
        return part.get_content() if part is not None else ""


URL_RE = re.compile(r"https?://[^\s<>\"')]+")


@dataclass
class SMTPServer:
    host: str
    port: int
    messages: list[ReceivedMail] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # aiosmtpd handler hook
    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
        with self._lock:
            self.messages.append(ReceivedMail(envelope.mail_from, [r.lower() for r in envelope.rcpt_tos], message))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[ReceivedMail]:
        with self._lock:
            return [m for m in self.messages if address.lower() in m.recipients]

    def wait_for(self, address: str, subject_contains: str = "", timeout: float = 5.0) -> ReceivedMail:
        """The last mail to `address` (whose subject contains the text); waits a little for delivery."""
        deadline = time.monotonic() + timeout
        while True:
            found = [m for m in self.to(address) if subject_contains.lower() in m.subject.lower()]
            if found:
                return found[-1]
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"No mail to {address} with subject containing {subject_contains!r}. "
                    f"Received: {[(m.recipients, m.subject) for m in self.messages]}. "
                    f"Outbox: {_outbox_state()}"
                )
            time.sleep(0.05)

    def link_in_last_mail_to(self, address: str, subject_contains: str = "", path_contains: str = "") -> str:
        """The first link in the plain-text body of the last mail to `address` (optionally containing a path)."""
        mail = self.wait_for(address, subject_contains)
        links = [u.rstrip(".,;") for u in URL_RE.findall(mail.text) if path_contains in u]
        assert links, f"No link containing {path_contains!r} in the mail {mail.subject!r}:\n{mail.text}"
        return links[0]


def _outbox_state() -> list:
    from lokaalsignaal.mail.models import OutgoingMail

    return list(OutgoingMail.objects.values_list("to", "subject", "status", "last_error"))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (aiosmtpd) on 127.0.0.1; Django's SMTP backend delivers the app's mail to it."""
    from aiosmtpd.controller import Controller

    server = SMTPServer("127.0.0.1", _free_port())
    controller = Controller(server, hostname=server.host, port=server.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = server.host
    settings.EMAIL_PORT = server.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    yield server
    controller.stop()


# --- people and logging in ---------------------------------------------------------------------------------------


def totp_code(secret: str) -> str:
    """The current six-digit code of an authenticator app holding `secret`.

    allauth accepts only the current 30-second period (MFA_TOTP_TOLERANCE = 0): near the end of a period, wait for
    the next one, so the code is still valid when the server checks it.
    """
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    left = 30 - time.time() % 30
    if left < 2:
        time.sleep(left + 0.05)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def make_coordinator(transactional_db):
    """make_coordinator(municipality, **user_fields) -> (user, secret): an approved coordinator with TOTP."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from lokaalsignaal.tenancy.models import Role
    from tests.factories import member

    def make(municipality, **user_fields):
        user = member(municipality, Role.COORDINATOR, **user_fields)
        secret = generate_totp_secret()
        TOTP.activate(user, secret)
        return user, secret

    return make


def stored_totp_secret(address: str) -> str:
    """The TOTP secret of the account with this e-mail address, as its authenticator app holds it (a reader or a
    region member made by the factories has one, like a coordinator; the test need not keep it)."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.utils import decrypt

    authenticator = Authenticator.objects.get(user__email__iexact=address, type=Authenticator.Type.TOTP)
    return decrypt(authenticator.data["secret"])


@pytest.fixture
def log_in(site):
    """log_in(page, email, password=PASSWORD, totp_secret=None): sign in through the real forms. When the app asks
    for the two-factor code, it is given: from `totp_secret`, else from the account's stored authenticator."""
    from tests.factories import PASSWORD

    def do(page, address, password=PASSWORD, totp_secret=None):
        if "/accounts/login/" not in page.url:  # else: already sent there (e.g. by a link in an e-mail)
            page.goto(f"{site}/accounts/login/")
        page.locator("#id_login").fill(address)
        page.locator("#id_password").fill(password)
        page.locator("main form button[type=submit]").click()
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        if "/2fa/authenticate/" in page.url:
            page.locator("#id_code").fill(totp_code(totp_secret or stored_totp_secret(address)))
            page.locator("main form button[type=submit]").first.click()
        page.wait_for_url(lambda url: "/accounts/login/" not in url and "/2fa/authenticate/" not in url)
        return page

    return do


REGION_NAME = "Eerstelijnszone Zuid-West-Vlaanderen"
BUDGET_TEXT = "Gezinnen wachten acht maanden op budgetbeheer."
TO_FLANDERS = "De regio geeft dit door aan Vlaanderen."


@pytest.fixture
def escalated_to_flanders(municipality):
    """Kortrijk (``municipality``) links a giver's signal to a knelpunt someone joined and escalates it to Zuid-West,
    which bundles it into a regional knelpunt and escalates that to Flanders (message ``TO_FLANDERS``). Flanders has
    no members yet: each test adds the one it needs."""
    from lokaalsignaal.casework.joins import services as joins
    from lokaalsignaal.casework.knelpunten import services as casework
    from lokaalsignaal.casework.knelpunten.stages import Stage
    from lokaalsignaal.casework.regions import services as escalation
    from lokaalsignaal.intake import services as intake
    from lokaalsignaal.intake.models import SignalType
    from lokaalsignaal.reference.models import Theme
    from lokaalsignaal.tenancy.reference_loader import load_lists
    from tests.factories import coordinator, escalation_to, member, region, scope_member

    load_lists()
    city = coordinator(municipality, full_name="Koen Kortrijk")
    giver = member(municipality, full_name="Sofie Gever", email="sofie.gever@caw.be")
    joiner = member(municipality, full_name="Jan Aansluiter", email="jan@ocmw.be")
    zuidwest = region(municipality, name=REGION_NAME)
    flanders = region(municipality, name="Vlaanderen", kind="flanders")
    region_user = scope_member(zuidwest, full_name="Inge Regio", email="inge@regio.be")
    signal = intake.submit_signal(giver, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": "Lange wachttijd voor budgetbeheer", "description": BUDGET_TEXT},
        [Theme.objects.first()])[0]
    child = casework.create_knelpunt(city, municipality, {"title": "Wachtlijsten budgetbeheer",
                                                            "visible_to_givers": True}, signal_ids=[signal.pk])
    joins.join(joiner, child.pk)
    child.refresh_from_db()
    casework.change_stage(city, child.pk, Stage.ESCALATED, "We geven dit door aan de regio.", child.version,
                          **escalation_to(zuidwest))
    regional = escalation.bundle(region_user, zuidwest, [child.pk], "Schuldhulp in de regio")
    casework.change_stage(region_user, regional.pk, Stage.ESCALATED, TO_FLANDERS, regional.version,
                          **escalation_to(flanders))
    return {"flanders": flanders, "giver": giver, "joiner": joiner, "signal": signal, "child": child,
            "regional": regional}



@pytest.fixture
def known_problem(municipality):
    """A knelpunt Kortrijk (``municipality``) made visible to givers, "Wachttijden budgetbegeleiding", holding one
    read signal of another giver: what a giver who types about budget counselling is offered to join."""
    from lokaalsignaal.casework.knelpunten import services as casework
    from lokaalsignaal.intake import services as intake
    from lokaalsignaal.intake import triage
    from lokaalsignaal.intake.models import SignalType
    from lokaalsignaal.reference.models import Theme
    from lokaalsignaal.tenancy.reference_loader import load_lists
    from tests.factories import coordinator, member

    load_lists()
    boss = coordinator(municipality, full_name="Carla Coördinator")
    first = member(municipality, full_name="Griet Eerstegever")
    theme = Theme.objects.get(name="inkomen en schulden")
    signal = intake.submit_signal(first, [municipality], {
        "signal_type": SignalType.THRESHOLD, "title": "Wachtlijst budgetbegeleiding",
        "description": "Gezinnen wachten maanden op budgetbegeleiding terwijl de schulden oplopen."}, [theme])[0]
    triage.mark_read(boss, [signal.pk])
    return casework.create_knelpunt(boss, municipality, {
        "title": "Wachttijden budgetbegeleiding", "summary": "Maanden wachten op budgetbegeleiding.",
        "visible_to_givers": True}, themes=[theme], signal_ids=[signal.pk])
