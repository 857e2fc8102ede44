import pytest

from lokaalsignaal.casework.knelpunten import services as casework
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import Theme
from lokaalsignaal.tenancy.reference_loader import load_lists
from tests.factories import MunicipalityFactory, coordinator, member


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
    monkeypatch.setattr(services, "_last_search", [None, []])
    monkeypatch.setattr(knelpunt_index, "_synced", {})
    monkeypatch.setattr(knelpunt_index, "_summaries", {})
    themes.reset()
    yield
    themes.reset()


@pytest.fixture(autouse=True)
def _no_kept_public_pages():
    """Each test starts with no public page held by this process (the shared cache lives in the test database)."""
    from lokaalsignaal.pages import visitor_cache

    visitor_cache.forget_here()
    yield
    visitor_cache.forget_here()


@pytest.fixture(autouse=True)
def _no_kept_page_parts():
    """Each test starts with no part of a page kept by this process (`fragments`; ids repeat across tests)."""
    from lokaalsignaal import fragments

    fragments.forget()
    yield
    fragments.forget()


@pytest.fixture(autouse=True)
def _dutch_by_default():
    """Services that write texts outside a request use the thread's language: a test that switched the site to
    English (the language switcher) must not leak it into the next test."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


# --- the people and places most tests start from (a directory's conftest may give them other names) ---------

@pytest.fixture
def kortrijk(municipality, reference_lists):
    return municipality


@pytest.fixture
def roeselare(other_municipality, reference_lists):
    return other_municipality


@pytest.fixture
def theme(reference_lists):
    return Theme.objects.filter(active=True).order_by("position").first()


@pytest.fixture
def giver(kortrijk):
    return member(kortrijk, full_name="Sofie Gever", email="sofie.gever@caw.be")


@pytest.fixture
def kortrijk_coordinator(kortrijk):
    return coordinator(kortrijk, full_name="Coördinator Kortrijk")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """with committed(): ... runs what the code queues after commit (notifications, mail), as in production."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def make_signal(giver, kortrijk, theme):
    """make_signal(giver=..., municipality=..., themes=[...], **fields) -> a signal given through intake.services."""

    def make(giver=giver, municipality=kortrijk, themes=None, **fields):
        data = {"signal_type": SignalType.THRESHOLD, "title": "Lange wachttijd voor budgetbegeleiding",
                "description": "Veel gezinnen wachten maanden op budgetbegeleiding.", **fields}
        return intake.submit_signal(giver, [municipality], data, themes or [theme])[0]

    return make


@pytest.fixture
def make_knelpunt(kortrijk, kortrijk_coordinator):
    """make_knelpunt(title, signals=(), by=..., **fields) -> a knelpunt made through casework.knelpunten.services."""

    def make(title="Wachttijden budgetbegeleiding", signals=(), by=kortrijk_coordinator, municipality=kortrijk,
             **fields):
        return casework.create_knelpunt(by, municipality, {"title": title, **fields},
                                          signal_ids=[s.pk for s in signals])

    return make
