"""The isolation matrix for signals: every intake URL, against everyone who may not see or touch the signal.

Each case checks the outsider gets a 404 (a receipt: back to their own list; anonymous: the login page), that the
response shows nothing of the signal and that a POST changed nothing.
"""

from dataclasses import dataclass
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.intake.models import Signal, SignalEvent
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.tenancy.models import MembershipStatus, Role
from tests.factories import coordinator, member

SECRET_TITLE = "Geheime titel over de voedselbank"
SECRET_TEXT = "Geheime beschrijving: de voedselbank sluit om vier uur."


@dataclass(frozen=True)
class SignalUrl:
    name: str
    method: str = "get"
    group: str = "own"  # give | own | receipt | triage
    data: tuple = ()

    def __str__(self):
        return f"{self.method.upper()} {self.name}"

    def url(self, signal):
        if self.group == "give":
            return reverse(self.name, args=[signal.municipality.slug])
        if self.group == "triage" and self.name == "casework:inbox":
            return reverse(self.name, args=[signal.municipality.slug])
        if self.group == "triage":
            return reverse(self.name, args=[signal.municipality.slug, signal.pk])
        if self.group == "receipt":
            return f"{reverse(self.name)}?ref={signal.reference}"
        return reverse(self.name, args=[signal.reference])


SIGNAL_URLS = [
    SignalUrl("intake:give", group="give"),
    SignalUrl("intake:give", "post", group="give", data=(("signal_type", "drempel"), ("title", "Ingebroken"),
                                                          ("description", "Ingebroken signaal"))),
    SignalUrl("intake:detail"),
    SignalUrl("intake:detail", "post", data=(("body", "Opmerking van een buitenstaander"),)),
    SignalUrl("intake:edit"),
    SignalUrl("intake:edit", "post", data=(("signal_type", "onrecht"), ("title", "Overgenomen"),
                                           ("description", "Overgenomen tekst"), ("version", "1"))),
    SignalUrl("intake:withdraw"),
    SignalUrl("intake:withdraw", "post"),
    SignalUrl("intake:receipt", group="receipt"),
    SignalUrl("casework:inbox", group="triage"),
    SignalUrl("casework:signal", group="triage"),
    SignalUrl("casework:mark_read", "post", group="triage"),
    SignalUrl("casework:redact", "post", group="triage", data=(("passage", "voedselbank"),)),
]


def _other_coordinator(kortrijk, roeselare):
    return coordinator(roeselare, full_name="Coördinator Roeselare")


def _giver_of_another_signal(kortrijk, roeselare):
    return member(kortrijk, Role.GIVER, full_name="Andere Gever")


def _pending_giver(kortrijk, roeselare):
    return member(kortrijk, Role.GIVER, MembershipStatus.PENDING, full_name="Kandidaat Gever")


def _refused_giver(kortrijk, roeselare):
    return member(kortrijk, Role.GIVER, MembershipStatus.REFUSED, full_name="Geweigerde Gever")


def _reader(kortrijk, roeselare):
    return member(kortrijk, Role.READER, full_name="Lezer Kortrijk")


def _partner(kortrijk, roeselare):
    return member(kortrijk, Role.PARTNER, full_name="Partner Kortrijk")


def _coordinator_here(kortrijk, roeselare):
    return coordinator(kortrijk, full_name="Coördinator Kortrijk")


def _anonymous(kortrijk, roeselare):
    return None


# outsider -> the URL groups where they are an outsider (an approved giver may give; a coordinator may triage)
OUTSIDERS = {
    "coordinator of another municipality": (_other_coordinator, {"give", "own", "receipt", "triage"}),
    "giver of another signal": (_giver_of_another_signal, {"own", "receipt", "triage"}),
    "pending giver": (_pending_giver, {"give", "own", "receipt", "triage"}),
    "refused giver": (_refused_giver, {"give", "own", "receipt", "triage"}),
    "reader": (_reader, {"give", "own", "receipt", "triage"}),
    "partner": (_partner, {"give", "own", "receipt", "triage"}),
    "coordinator of the municipality": (_coordinator_here, {"own", "receipt"}),
    "anonymous": (_anonymous, {"give", "own", "receipt", "triage"}),
}

CASES = [
    pytest.param(url, outsider, id=f"{outsider} | {url}")
    for url in SIGNAL_URLS
    for outsider, (_make, groups) in OUTSIDERS.items()
    if url.group in groups
]


@pytest.fixture
def target(giver, kortrijk, give_signal):
    """Sofie's signal in Kortrijk: what nobody else may read or change (but Kortrijk's coordinators may triage)."""
    return give_signal(giver, kortrijk, title=SECRET_TITLE, description=SECRET_TEXT)


def _snapshot(signal):
    return {
        "signal": Signal.objects.values().get(pk=signal.pk),
        "signals": Signal.objects.count(),
        "events": list(SignalEvent.objects.values_list("kind", "body")),
        "audit": AuditEvent.objects.count(),
        "mails": OutgoingMail.objects.count(),
    }


@pytest.mark.parametrize(("signal_url", "outsider"), CASES)
def test_outsider_gets_nothing_and_changes_nothing(client, login, kortrijk, roeselare, target, theme,
                                                   signal_url, outsider, django_capture_on_commit_callbacks):
    make, _groups = OUTSIDERS[outsider]
    user = make(kortrijk, roeselare)
    if user is not None:
        login(user)
    data = {**dict(signal_url.data), "themes": [theme.pk], "municipalities": [kortrijk.pk]}
    before = _snapshot(target)

    with django_capture_on_commit_callbacks(execute=True):
        response = getattr(client, signal_url.method)(signal_url.url(target), data)

    if user is None:
        assert response.status_code == 302
        assert urlparse(response["Location"]).path == reverse(settings.LOGIN_URL)
    elif signal_url.group == "receipt":
        assert response.status_code == 302
        assert response["Location"] == reverse("intake:mine")
        response = client.get(response["Location"])
    else:
        assert response.status_code == 404
    body = response.content.decode()
    assert SECRET_TITLE not in body
    assert SECRET_TEXT not in body
    assert target.reference not in body
    assert _snapshot(target) == before


@pytest.mark.parametrize("name", ["casework:signal", "casework:mark_read", "casework:redact"])
def test_coordinator_cannot_reach_a_signal_of_another_municipality_through_their_own(
        client, login, kortrijk, roeselare, target, name):
    login(coordinator(roeselare))
    before = _snapshot(target)

    response = getattr(client, "get" if name == "casework:signal" else "post")(
        reverse(name, args=[roeselare.slug, target.pk]), {"passage": "voedselbank"})

    assert response.status_code == 404
    assert SECRET_TITLE not in response.content.decode()
    assert _snapshot(target) == before


@pytest.mark.parametrize("signal_url", [u for u in SIGNAL_URLS if u.method == "get" and u.group != "triage"], ids=str)
def test_the_giver_does_see_their_own_signal(client, login, giver, target, signal_url):
    """The control group: the same requests by the giver succeed (so the 404s above mean something)."""
    login(giver)

    response = client.get(signal_url.url(target))

    assert response.status_code == 200
    if signal_url.group != "give":
        assert target.reference in response.content.decode()


@pytest.mark.parametrize("signal_url", [u for u in SIGNAL_URLS if u.method == "get" and u.group == "triage"],
                         ids=str)
def test_the_coordinator_of_the_municipality_does_see_the_signal(client, login, kortrijk, target, signal_url):
    login(coordinator(kortrijk))

    response = client.get(signal_url.url(target))

    assert response.status_code == 200
    assert SECRET_TITLE in response.content.decode()


def test_the_receipt_shows_only_own_references_among_several(client, login, kortrijk, target, give_signal):
    other = member(kortrijk, Role.GIVER)
    own = give_signal(other, kortrijk, title="Mijn eigen signaal")
    login(other)

    response = client.get(f"{reverse('intake:receipt')}?ref={own.reference}&ref={target.reference}")

    assert [s.reference for s in response.context["signals"]] == [own.reference]
    assert f'class="reference">{own.reference}<' in response.content.decode()
    assert f'class="reference">{target.reference}<' not in response.content.decode()  # (the URL itself echoes it)
    assert SECRET_TITLE not in response.content.decode()


def test_a_coordinator_who_stopped_loses_the_signals(client, login, kortrijk, target):
    user = coordinator(kortrijk)
    user.memberships.update(status=MembershipStatus.ENDED)
    login(user)

    response = client.get(reverse("casework:signal", args=[kortrijk.slug, target.pk]))

    assert response.status_code == 404
