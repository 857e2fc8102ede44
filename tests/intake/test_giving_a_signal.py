"""A frontline worker gives a signal: the form, its checks, the receipt, and the coordinator who receives it."""

import re
from html import unescape

import pytest
from django.urls import reverse

from lokaalsignaal.audit.models import AuditEvent
from lokaalsignaal.intake.models import Signal, SignalEvent, SignalStatus
from lokaalsignaal.tenancy.models import MembershipStatus, Role
from tests.factories import MunicipalityFactory, coordinator

NAME_TEXT = "Vandaag kwam mevrouw Fatima Benali langs: ze wacht al vier maanden op budgetbegeleiding."


def send(client, url, data, capture=None):
    if capture is None:
        return client.post(url, data)
    with capture(execute=True):
        return client.post(url, data)


def test_a_signal_with_only_the_required_fields_is_sent(client, login, giver, give_url, form_data, kortrijk, theme):
    login(giver)

    response = client.post(give_url, form_data())

    signal = Signal.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('intake:receipt')}?ref={signal.reference}"
    assert signal.municipality == kortrijk
    assert signal.giver == giver
    assert signal.organisation == giver.organisation
    assert signal.sector == giver.organisation.sector
    assert list(signal.themes.all()) == [theme]
    assert signal.status == SignalStatus.SUBMITTED
    assert signal.events.get().kind == SignalEvent.Kind.SUBMITTED
    assert AuditEvent.objects.filter(action="signal.submitted", object_id=str(signal.pk)).exists()


@pytest.mark.parametrize(("field", "message"), [
    ("municipalities", "Kies minstens één gemeente."),
    ("signal_type", "Kies wat voor signaal het is."),
    ("title", "Geef je signaal een korte titel."),
    ("description", "Beschrijf wat je vaststelt."),
    ("themes", "Kies minstens één thema."),
])
def test_a_missing_required_field_is_explained_in_dutch_and_the_rest_is_kept(
        client, login, giver, give_url, form_data, field, message):
    login(giver)
    typed = form_data(tried="We belden drie keer naar het OCMW.", since="sinds januari", **{field: None})

    response = client.post(give_url, typed)

    assert response.status_code == 200
    assert not Signal.objects.exists()
    content = unescape(response.content.decode())
    assert message in content
    assert "Er ging iets mis. Kijk dit na:" in content
    for kept in ("tried", "since", "title", "description"):
        if kept != field:
            assert typed[kept] in content


def test_a_worker_in_two_municipalities_sends_one_signal_to_both(client, login, giver, give_url, form_data,
                                                                   kortrijk, roeselare):
    giver.memberships.create(municipality=roeselare, role=Role.GIVER, status=MembershipStatus.APPROVED)
    login(giver)

    response = client.post(give_url, form_data(municipalities=[kortrijk.pk, roeselare.pk]), follow=True)

    to_kortrijk = Signal.objects.get(municipality=kortrijk)
    to_roeselare = Signal.objects.get(municipality=roeselare)
    assert to_kortrijk.reference.startswith("KORTRIJK-")
    assert to_roeselare.reference.startswith("ROESELARE-")
    assert to_kortrijk.sibling_group is not None
    assert to_kortrijk.sibling_group == to_roeselare.sibling_group
    assert list(to_kortrijk.siblings()) == [to_roeselare]
    content = response.content.decode()
    assert to_kortrijk.reference in content and to_roeselare.reference in content


def test_a_signal_to_one_municipality_has_no_siblings(client, login, giver, give_url, form_data):
    login(giver)

    client.post(give_url, form_data())

    assert Signal.objects.get().sibling_group is None


@pytest.mark.parametrize("status", [MembershipStatus.PENDING, MembershipStatus.REFUSED, MembershipStatus.ENDED, None])
def test_a_giver_cannot_send_to_a_municipality_where_they_are_not_approved(
        client, login, giver, give_url, form_data, kortrijk, roeselare, status):
    menen = MunicipalityFactory(name="Menen", refnis="34027")
    giver.memberships.create(municipality=menen, role=Role.GIVER, status=MembershipStatus.APPROVED)
    if status is not None:
        giver.memberships.create(municipality=roeselare, role=Role.GIVER, status=status)
    login(giver)

    form = client.get(give_url).context["form"]
    forged = client.post(give_url, form_data(municipalities=[kortrijk.pk, roeselare.pk]))
    own_page = client.get(reverse("intake:give", args=[roeselare.slug]))

    assert set(form.fields["municipalities"].queryset) == {kortrijk, menen}
    assert forged.status_code == 200
    assert "municipalities" in forged.context["form"].errors
    assert not Signal.objects.exists()
    assert own_page.status_code == 404


def test_a_reader_cannot_give_a_signal(client, login, kortrijk, give_url, form_data):
    from tests.factories import member

    login(member(kortrijk, Role.READER))

    assert client.get(give_url).status_code == 404
    assert client.post(give_url, form_data()).status_code == 404
    assert not Signal.objects.exists()


def test_a_coordinator_can_give_a_signal(client, login, kortrijk_coordinator, give_url, form_data):
    login(kortrijk_coordinator)

    client.post(give_url, form_data())

    assert Signal.objects.get().giver == kortrijk_coordinator


def test_a_name_blocks_sending_until_confirmed(client, login, giver, give_url, form_data):
    login(giver)

    blocked = client.post(give_url, form_data(description=NAME_TEXT))
    confirmed = client.post(give_url, form_data(description=NAME_TEXT, privacy_confirmed="on"))

    assert blocked.status_code == 200
    content = unescape(blocked.content.decode())
    assert "Dit lijkt op persoonsgegevens (naam)" in content
    assert "Dit lijkt een naam: «Fatima Benali»." in content
    assert 'name="privacy_confirmed"' in content
    assert confirmed.status_code == 302
    assert Signal.objects.get().description == NAME_TEXT


def redact_buttons(response) -> list[str]:
    return re.findall(r'name="redact" value="([^"]+)"', response.content.decode())


def test_the_one_click_redaction_without_javascript_replaces_the_name_and_keeps_the_rest(
        client, login, giver, give_url, form_data):
    login(giver)
    typed = form_data(description=NAME_TEXT, tried="We belden drie keer naar het OCMW.", since="sinds januari",
                      idea="Een vaste contactpersoon.", frequency="weekly", hide_name="on")
    warned = client.post(give_url, typed)
    [button] = redact_buttons(warned)
    assert button.startswith("description:") and button.endswith(":person_name")

    redacted = client.post(give_url, {**typed, "redact": button})

    assert redacted.status_code == 200
    assert not Signal.objects.exists()
    form = redacted.context["form"]
    assert form.data["description"] == NAME_TEXT.replace("Fatima Benali", "[naam]")
    for field in ("title", "tried", "since", "idea", "frequency", "hide_name"):
        assert form.data[field] == typed[field]
    content = unescape(redacted.content.decode())
    assert "We hebben de tekst vervangen. Kijk je signaal na en verstuur het opnieuw." in content
    assert NAME_TEXT.replace("Fatima Benali", "[naam]") in content
    assert "Fatima Benali" not in content

    sent = client.post(give_url, {**typed, "description": form.data["description"]})

    assert sent.status_code == 302
    signal = Signal.objects.get()
    assert signal.description == "Vandaag kwam mevrouw [naam] langs: ze wacht al vier maanden op budgetbegeleiding."
    assert signal.hide_name is True


def test_a_forged_redaction_of_an_unguarded_field_changes_nothing(client, login, giver, give_url, form_data):
    login(giver)
    typed = form_data(description=NAME_TEXT)

    response = client.post(give_url, {**typed, "redact": "signal_type:0:4:person_name"})

    assert response.context["form"].data["signal_type"] == typed["signal_type"]


def test_the_receipt_mail_holds_the_reference_and_no_signal_text(
        client, login, giver, give_url, form_data, mailoutbox, django_capture_on_commit_callbacks):
    login(giver)
    typed = form_data(title="Geheime titel over wachttijden", tried="Geheim geprobeerd", idea="Geheim idee")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(give_url, typed)

    signal = Signal.objects.get()
    [mail] = mailoutbox
    assert mail.to == [giver.email]
    assert signal.reference in mail.subject
    assert signal.reference in mail.body
    html = mail.alternatives[0][0]
    assert signal.reference in html
    for secret in (typed["title"], typed["description"], typed["tried"], typed["idea"], "Geheim"):
        assert secret not in mail.subject + mail.body + html


def test_the_receipt_page_shows_the_reference(client, login, giver, give_url, form_data):
    login(giver)

    response = client.post(give_url, form_data(), follow=True)

    signal = Signal.objects.get()
    content = response.content.decode()
    assert "Bedankt! Je signaal is verstuurd." in content
    assert signal.reference in content
    assert reverse("intake:detail", args=[signal.reference]) in content


def test_the_coordinator_of_the_municipality_sees_the_signal(client, login, giver, give_url, form_data,
                                                              kortrijk, kortrijk_coordinator):
    login(giver)
    client.post(give_url, form_data())
    signal = Signal.objects.get()

    login(kortrijk_coordinator)
    listing = client.get(reverse("casework:inbox", args=[kortrijk.slug]))
    triage = client.get(reverse("casework:signal", args=[kortrijk.slug, signal.pk]))

    assert listing.status_code == 200
    assert signal.reference in listing.content.decode()
    assert signal.title in listing.content.decode()
    assert triage.status_code == 200
    assert signal.description in triage.content.decode()
    assert giver.full_name in triage.content.decode()


def test_a_hidden_name_stays_hidden_from_the_coordinator(client, login, giver, give_url, form_data, kortrijk,
                                                         kortrijk_coordinator):
    login(giver)
    client.post(give_url, form_data(hide_name="on"))
    signal = Signal.objects.get()

    login(kortrijk_coordinator)
    triage = client.get(reverse("casework:signal", args=[kortrijk.slug, signal.pk]))

    assert "naam verborgen" in triage.content.decode()
    assert giver.full_name not in triage.content.decode()
    assert giver.organisation.name not in triage.content.decode()


def test_each_municipality_coordinator_sees_only_their_own_sibling(client, login, giver, give_url, form_data,
                                                                    kortrijk, roeselare):
    giver.memberships.create(municipality=roeselare, role=Role.GIVER, status=MembershipStatus.APPROVED)
    login(giver)
    client.post(give_url, form_data(municipalities=[kortrijk.pk, roeselare.pk]))

    login(coordinator(roeselare))
    listing = client.get(reverse("casework:inbox", args=[roeselare.slug])).content.decode()

    assert Signal.objects.get(municipality=roeselare).reference in listing
    assert Signal.objects.get(municipality=kortrijk).reference not in listing


def test_the_one_click_redaction_hits_the_name_when_the_text_starts_with_an_empty_line(
        client, login, giver, give_url, form_data):
    """The warning's offsets are found in the cleaned text; a browser sends the text as typed (leading Enter)."""
    login(giver)
    typed = form_data(description="\r\n  " + NAME_TEXT)
    [button] = redact_buttons(client.post(give_url, typed))

    redacted = client.post(give_url, {**typed, "redact": button})

    assert redacted.context["form"].data["description"] == NAME_TEXT.replace("Fatima Benali", "[naam]")


@pytest.mark.parametrize(("field", "max_length"), [("title", 150), ("since", 60)])
def test_a_text_that_grows_too_long_by_its_placeholder_is_sent_back_to_shorten(
        client, login, giver, give_url, form_data, field, max_length):
    """'0470123456' becomes '[telefoonnummer]': a full-length field would no longer fit (PostgreSQL refuses it)."""
    login(giver)
    typed = form_data(**{field: ("Bel 0470123456 " + "x" * max_length)[:max_length]})

    response = client.post(give_url, typed)

    assert response.status_code == 200
    assert not Signal.objects.exists()
    assert f"Met de plaatshouders is deze tekst te lang (maximaal {max_length} tekens)" in response.content.decode()
    assert response.context["form"].data[field].startswith("Bel [telefoonnummer] ")
