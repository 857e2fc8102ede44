"""Behind the reverse proxy (docs/deploy.md) every request comes from the proxy's address. With the number of
trusted proxies configured, django-axes and allauth see the client's address (the X-Forwarded-For entry our proxy
added), so one person's failed logins do not lock out or rate-limit everyone; without it, the proxy's address."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.test import override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PROXY, CLIENT, OTHER_CLIENT = "10.0.0.2", "203.0.113.7", "198.51.100.9"
LOGIN = "/accounts/login/"


def fail_login(client, email, forwarded_for):
    return client.post(LOGIN, {"login": email, "password": "not the password"},
                       REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)


@pytest.mark.parametrize("proxies, seen", [(1, CLIENT), (0, PROXY)], ids=["one trusted proxy", "none configured"])
def test_axes_records_a_failed_login_for_the_client_behind_the_proxy(client, proxies, seen):
    user = UserFactory(email="an@caw.be")

    with override_settings(AXES_ENABLED=True, ALLAUTH_TRUSTED_PROXY_COUNT=proxies):
        fail_login(client, user.email, CLIENT)

    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == [seen]


def test_an_address_the_client_wrote_itself_is_not_believed(client):
    user = UserFactory(email="an@caw.be")

    with override_settings(AXES_ENABLED=True, ALLAUTH_TRUSTED_PROXY_COUNT=1):
        fail_login(client, user.email, f"6.6.6.6, {CLIENT}")  # "6.6.6.6" came from the client; our proxy added CLIENT

    assert AccessAttempt.objects.get().ip_address == CLIENT


@pytest.mark.parametrize("proxies, other_client_limited", [(1, False), (0, True)],
                         ids=["one trusted proxy", "none configured"])
def test_allauths_login_limit_per_address_counts_the_client_behind_the_proxy(client, proxies, other_client_limited):
    user = UserFactory(email="an@caw.be")

    with override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=proxies, ACCOUNT_RATE_LIMITS={"login_failed": "2/m/ip"}):
        first = [limited(fail_login(client, user.email, CLIENT)) for _ in range(3)]
        other = limited(fail_login(client, "someone.else@caw.be", OTHER_CLIENT))

    assert first == [False, False, True]
    assert other is other_client_limited


def limited(response) -> bool:
    """allauth refused the attempt for too many failed logins (the form's error, before any password check)."""
    return any(e.code == "too_many_login_attempts" for e in response.context["form"].non_field_errors().as_data())


def settings_under(env: dict) -> list[str]:
    """The proxy settings as a process started with this environment computes them."""
    root = Path(__file__).resolve().parents[2]
    code = ("from lokaalsignaal import settings as s; "
            "print(s.ALLAUTH_TRUSTED_PROXY_COUNT, s.ALLAUTH_TRUSTED_CLIENT_IP_HEADER, s.AXES_CLIENT_IP_CALLABLE)")
    base = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "LOKAALSIGNAAL_"))}
    out = subprocess.run([sys.executable, "-c", code], env={**base, "PYTHONPATH": str(root / "src"),
                                                            "DJANGO_SECRET_KEY": "x" * 50, **env},
                         capture_output=True, text=True, check=True, cwd=root)
    return out.stdout.split()


def test_the_proxy_settings_come_from_the_environment():
    assert settings_under({}) == ["0", "None", "lokaalsignaal.ratelimit.client_ip"]
    assert settings_under({"DJANGO_BEHIND_PROXY": "1"})[:2] == ["1", "None"]
    assert settings_under({"DJANGO_BEHIND_PROXY": "1", "DJANGO_TRUSTED_PROXY_COUNT": "2",
                           "DJANGO_CLIENT_IP_HEADER": "X-Real-IP"})[:2] == ["2", "X-Real-IP"]
