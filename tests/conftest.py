import pytest

from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import MunicipalityFactory


@pytest.fixture
def reference_lists(db):
    load_lists()


@pytest.fixture
def municipality(db):
    return MunicipalityFactory(name="Kortrijk", refnis="34022")


@pytest.fixture
def other_municipality(db):
    return MunicipalityFactory(name="Roeselare", refnis="36015")


@pytest.fixture
def login(client):
    """Log a user in on the test client (as after a completed login, including two-factor if set up)."""

    def _login(user):
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return _login


@pytest.fixture(autouse=True)
def _fresh_similarity_index(monkeypatch):
    """Each test starts with empty similarity indexes (ids repeat across test databases)."""
    from lokaalsignaal.similarity import knelpunt_index, services, themes

    monkeypatch.setattr(services, "_engine", None)
    monkeypatch.setattr(services, "_seen", {})
    monkeypatch.setattr(services, "_recent", {})
    monkeypatch.setattr(knelpunt_index, "_synced", {})
    themes.reset()
    yield
    themes.reset()


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Services that write texts outside a request use the thread's language: a test that switched the site to
    English (the language switcher) must not leak it into the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
