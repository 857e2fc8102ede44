"""The isolation matrix of the coordinator's workspace: every casework URL, against everyone who may not use it.

Each outsider gets a 404 (anonymous: the login page), sees nothing of the signal or the knelpunt, and a POST changes
nothing. A reader may read the knelpunten list and a knelpunt, but not manage them nor triage signals.
"""

from dataclasses import dataclass
from urllib.parse import urlparse

import pytest
from django.conf import settings
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.casework.knelpunten.models import Knelpunt, Note, StageChange
from lokaalsignaal.intake.models import Signal, SignalEvent
from lokaalsignaal.mail.models import OutgoingMail
from lokaalsignaal.tenancy.models import MembershipStatus, Role
from tests.factories import UserFactory, coordinator, member, with_totp

SECRET_TITLE = "Geheime titel over de voedselbank"
SECRET_TEXT = "Geheime beschrijving: de voedselbank sluit om vier uur."
SECRET_KNELPUNT = "Geheim knelpunt: voedselhulp op zaterdag"
SECRET_SUMMARY = "Geheime samenvatting over voedselhulp."


@dataclass(frozen=True)
class Url:
    name: str
    method: str = "get"
    on: str = ""  # "" (the municipality) | signal | knelpunt
    data: tuple = ()
    read: bool = False  # a reader may GET this

    def __str__(self):
        return f"{self.method.upper()} {self.name}"

    def url(self, slug, signal, knelpunt):
        args = [slug] + ([signal.pk] if self.on == "signal" else [knelpunt.pk] if self.on == "knelpunt" else [])
        return reverse(self.name, args=args)


def _data(signal, knelpunt, other):
    return {"signals": [signal.pk], "knelpunt": other.pk, "target": other.pk, "signal": signal.pk,
            "question": "Een vraag", "explanation": "Een uitleg", "knelpunt_title": "Nieuw",
            "passage": "voedselbank", "title": "Overgenomen", "severity": 3, "version": knelpunt.version,
            "to_stage": "analysis", "message": "Bericht", "note": "Nota", "feedback": "Bericht",
            "merge_message": "Samen", "confirm": "on", "new_title": "Nieuw"}


URLS = [
    Url("casework:inbox"),
    Url("casework:inbox", "post", data=(("action", "mark_read"),)),
    Url("casework:signal", on="signal"),
    Url("casework:mark_read", "post", on="signal"),
    Url("casework:ask", "post", on="signal"),
    Url("casework:not_retain", "post", on="signal"),
    Url("casework:link", "post", on="signal"),
    Url("casework:new_knelpunt", "post", on="signal"),
    Url("casework:unlink", "post", on="signal"),
    Url("casework:acknowledge", "post", on="signal"),
    Url("casework:redact", "post", on="signal"),
    Url("casework:knelpunten", read=True),
    Url("casework:knelpunt_create"),
    Url("casework:knelpunt_create", "post"),
    Url("casework:knelpunt", on="knelpunt", read=True),
    Url("casework:knelpunt_edit", on="knelpunt"),
    Url("casework:knelpunt_edit", "post", on="knelpunt"),
    Url("casework:change_stage", "post", on="knelpunt"),
    Url("casework:add_note", "post", on="knelpunt"),
    Url("casework:send_feedback", "post", on="knelpunt"),
    Url("casework:move_signal", on="knelpunt"),
    Url("casework:move_signal", "post", on="knelpunt"),
    Url("casework:merge", on="knelpunt"),
    Url("casework:merge", "post", on="knelpunt"),
    Url("casework:priorities", read=True),
    Url("casework:override_priority", "post", on="knelpunt",
        data=(("priority_value", 100), ("priority_reason", "Dringend"))),
]


def _other_coordinator(kortrijk, roeselare, giver):
    return coordinator(roeselare, full_name="Coördinator Roeselare")


def _giver_of_the_linked_signal(kortrijk, roeselare, giver):
    return giver


def _reader(kortrijk, roeselare, giver):
    return member(kortrijk, Role.READER, full_name="Lezer Kortrijk")


def _partner_without_invitation(kortrijk, roeselare, giver):
    return member(kortrijk, Role.PARTNER, full_name="Partner Kortrijk")


def _pending_coordinator(kortrijk, roeselare, giver):
    return with_totp(member(kortrijk, Role.COORDINATOR, MembershipStatus.PENDING, full_name="Kandidaat Coördinator"))


def _staff_without_membership(kortrijk, roeselare, giver):
    return with_totp(UserFactory(full_name="Platformbeheerder", is_staff=True, is_superuser=True))


def _anonymous(kortrijk, roeselare, giver):
    return None


OUTSIDERS = {
    "coordinator of another municipality": _other_coordinator,
    "giver of the linked signal": _giver_of_the_linked_signal,
    "reader": _reader,
    "partner without invitation": _partner_without_invitation,
    "pending coordinator": _pending_coordinator,
    "platform admin": _staff_without_membership,
    "anonymous": _anonymous,
}

CASES = [pytest.param(url, outsider, id=f"{outsider} | {url}")
         for url in URLS for outsider in OUTSIDERS if not (outsider == "reader" and url.read)]


@pytest.fixture
def target(giver, kortrijk, kortrijk_coordinator, make_signal, make_knelpunt):
    """Sofie's signal, linked to a knelpunt of Kortrijk, and a second knelpunt to move or merge into."""
    signal = make_signal(title=SECRET_TITLE, description=SECRET_TEXT)
    knelpunt = make_knelpunt(SECRET_KNELPUNT, signals=[signal], summary=SECRET_SUMMARY)
    other = make_knelpunt("Ander knelpunt")
    return signal, knelpunt, other


def _snapshot():
    return {
        "signals": list(Signal.objects.order_by("pk").values()),
        "knelpunten": list(Knelpunt.objects.order_by("pk").values()),
        "events": list(SignalEvent.objects.values_list("kind", "body")),
        "stage_changes": StageChange.objects.count(),
        "notes": Note.objects.count(),
        "audit": AuditEvent.objects.count(),
        "mails": OutgoingMail.objects.count(),
    }


@pytest.mark.parametrize(("case_url", "outsider"), CASES)
def test_outsider_gets_nothing_and_changes_nothing(client, login, kortrijk, roeselare, giver, target, case_url,
                                                   outsider, django_capture_on_commit_callbacks):
    signal, knelpunt, other = target
    user = OUTSIDERS[outsider](kortrijk, roeselare, giver)
    if user is not None:
        login(user)
    before = _snapshot()

    with django_capture_on_commit_callbacks(execute=True):
        response = getattr(client, case_url.method)(case_url.url(kortrijk.slug, signal, knelpunt),
                                                    {**_data(signal, knelpunt, other), **dict(case_url.data)})

    if user is None:
        assert response.status_code == 302
        assert urlparse(response["Location"]).path == reverse(settings.LOGIN_URL)
    else:
        assert response.status_code == 404
    body = response.content.decode()
    for secret in (SECRET_TITLE, SECRET_TEXT, SECRET_KNELPUNT, SECRET_SUMMARY, signal.reference):
        assert secret not in body
    assert _snapshot() == before


@pytest.mark.parametrize("case_url", [u for u in URLS if u.on], ids=str)
def test_a_coordinator_cannot_reach_kortrijk_through_their_own_municipality(client, login, roeselare, target,
                                                                             case_url):
    signal, knelpunt, other = target
    login(coordinator(roeselare))
    before = _snapshot()

    response = getattr(client, case_url.method)(case_url.url(roeselare.slug, signal, knelpunt),
                                                _data(signal, knelpunt, other))

    assert response.status_code == 404
    assert SECRET_TITLE not in response.content.decode()
    assert _snapshot() == before


@pytest.mark.parametrize("case_url", [u for u in URLS if u.method == "get"], ids=str)
def test_the_coordinator_of_the_municipality_does_reach_every_page(client, login, kortrijk, kortrijk_coordinator,
                                                                   target, case_url):
    """The control group: the same requests by Kortrijk's coordinator succeed (so the 404s above mean something)."""
    signal, knelpunt, _other = target
    login(kortrijk_coordinator)

    response = client.get(case_url.url(kortrijk.slug, signal, knelpunt))

    assert response.status_code == 200


@pytest.mark.parametrize("case_url", [u for u in URLS if u.read], ids=str)
def test_a_reader_reads_knelpunten_without_who_gave_the_signals(client, login, kortrijk, giver, target, case_url):
    signal, knelpunt, _other = target
    login(member(kortrijk, Role.READER))

    response = client.get(case_url.url(kortrijk.slug, signal, knelpunt))

    body = response.content.decode()
    assert response.status_code == 200
    assert SECRET_KNELPUNT in body
    assert giver.full_name not in body
    assert reverse("casework:signal", args=[kortrijk.slug, signal.pk]) not in body  # no triage for readers
    assert reverse("casework:knelpunt_create", args=[kortrijk.slug]) not in body


def test_the_platform_admin_sees_that_knelpunten_exist_but_not_their_content(client, login, target):
    signal, knelpunt, _other = target
    login(with_totp(UserFactory(is_staff=True, is_superuser=True)))

    listing = client.get(reverse("admin:casework_knelpunt_changelist")).content.decode()
    detail = client.get(reverse("admin:casework_knelpunt_change", args=[knelpunt.pk])).content.decode()

    assert SECRET_KNELPUNT in listing
    assert SECRET_SUMMARY not in listing + detail
    assert SECRET_TEXT not in listing + detail
    assert client.get(f"/beheer/intake/signal/{signal.pk}/change/").status_code == 404
