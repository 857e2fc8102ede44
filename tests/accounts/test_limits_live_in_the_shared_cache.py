"""allauth's limits (failed logins, TOTP attempts, used TOTP codes) and our per-user rate limits live in one cache
shared by every app process: the database by default (its table made by `migrate`), Redis when REDIS_URL is set.
A per-process memory cache would give each of the four workers its own count."""

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection
from django.test import override_settings

from lokaalsignaal import ratelimit
from lokaalsignaal.settings import cache_settings
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TABLE = settings.LOKAALSIGNAAL_CACHE_TABLE


def test_the_cache_is_the_database_unless_redis_is_configured():
    assert cache_settings({})["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert cache_settings({})["default"]["LOCATION"] == TABLE
    redis = cache_settings({"REDIS_URL": "redis://cache.internal:6379/1"})["default"]
    assert redis["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert redis["LOCATION"] == "redis://cache.internal:6379/1"
    assert isinstance(caches["default"], DatabaseCache)  # what this suite runs on, as `make run` does


def test_migrate_made_the_cache_table():
    assert TABLE in connection.introspection.table_names()


def test_a_rate_limit_holds_across_two_processes():
    one, two = DatabaseCache(TABLE, {}), DatabaseCache(TABLE, {})  # each process has its own cache client
    rates = ratelimit.parse("3/m")

    waits = [ratelimit.hit("guard.check", "u7", rates, cache=c, now=600.0) for c in (one, two, one, two)]

    assert waits[:3] == [0, 0, 0]
    assert 0 < waits[3] <= 61
    assert ratelimit.hit("guard.check", "u8", rates, cache=two, now=600.0) == 0  # per user
    assert ratelimit.hit("guard.check", "u7", rates, cache=one, now=661.0) == 0  # the next minute


def test_allauths_failed_login_count_is_kept_in_the_shared_table(client):
    user = UserFactory(email="an@caw.be")

    with override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "5/m/ip,3/5m/key"}):
        for _ in range(2):
            client.post("/accounts/login/", {"login": user.email, "password": "not the password"})

    with connection.cursor() as cursor:
        cursor.execute(f"SELECT cache_key FROM {connection.ops.quote_name(TABLE)}")
        keys = [row[0] for row in cursor.fetchall()]
    assert any("allauth:rl:allauth.account:login_failed" in key for key in keys)


@pytest.mark.parametrize("spec, rates", [("30/m", [(30, 60)]), ("10/5m,100/h", [(10, 300), (100, 3600)]),
                                         ("", [])])
def test_limits_are_written_as_count_per_period(spec, rates):
    assert [(r.count, r.seconds) for r in ratelimit.parse(spec)] == rates


@pytest.mark.parametrize("spec", ["30", "30/x", "a/m", "30/m/ip"])
def test_a_malformed_limit_is_refused(spec):
    with pytest.raises(ValueError):
        ratelimit.parse(spec)
