"""Every free text has a maximum length, in the form and in the service: a form says so in Dutch and keeps what was
typed; the scrub every service runs refuses a longer text; the live check says so instead of scanning it."""

import json
from html import unescape

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse

from lokaalsignaal.guard import limits
from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.forms import CommentForm
from lokaalsignaal.intake.models import SignalEvent
from tests.factories import MunicipalityFactory, member

pytestmark = pytest.mark.django_db


class NoteForm(guard.GuardedForm):
    guarded_fields = ("title", "story", "huge")
    title = forms.CharField()  # one line, no maximum of its own
    story = forms.CharField(widget=forms.Textarea)  # a text area, no maximum of its own
    huge = forms.CharField(max_length=50_000, widget=forms.Textarea, required=False)  # more than any text may be


def test_fields_without_a_maximum_get_one_and_none_goes_beyond_the_longest_text():
    form = NoteForm()

    assert form.fields["title"].max_length == limits.LINE
    assert form.fields["story"].max_length == limits.TEXT
    assert form.fields["huge"].max_length == limits.TEXT
    assert json.loads(form.fields["story"].widget.attrs["hx-vals"])["_max"] == limits.TEXT


def test_a_too_long_text_gets_a_dutch_error_and_stays_in_the_field():
    story = "Gezinnen wachten lang. " * 300  # 6900 characters
    form = NoteForm(data={"title": "Wachttijden", "story": story})

    assert not form.is_valid()
    assert form.errors["story"] == [f"Deze tekst is te lang: {len(story.strip())} tekens, het maximum is 5000. "
                                    "Maak hem wat korter."]
    html = unescape(str(form["story"]))
    assert story.strip() in html  # the whole text, to shorten it herself
    assert "maxlength" not in html  # a browser would cut a pasted text without a word


def test_a_form_of_the_product_keeps_its_own_maximum():
    body = "x" * 3001
    form = CommentForm(data={"body": body})

    assert not form.is_valid()
    assert form.errors["body"] == ["Deze tekst is te lang: 3001 tekens, het maximum is 3000. Maak hem wat korter."]
    assert body in str(form["body"]) and "maxlength" not in str(form["body"])


def test_the_scrub_every_service_runs_refuses_a_text_beyond_the_maximum():
    assert guard.strip_identifiers("x" * limits.TEXT)[0] == "x" * limits.TEXT

    with pytest.raises(ValidationError) as refused:
        guard.strip_identifiers("x" * (limits.TEXT + 1))

    assert refused.value.messages == ["Deze tekst is te lang: 5001 tekens, het maximum is 5000. Maak hem wat korter."]
    with pytest.raises(ValidationError):
        guard.clean("Mevrouw Peeters belt. " * 500)


def test_a_service_called_without_its_form_writes_nothing_too_long(make_signal, giver):
    signal = make_signal()

    with pytest.raises(ValidationError):
        intake.add_comment(giver, signal.pk, "Nog altijd hetzelfde. " * 400)

    assert not SignalEvent.objects.filter(signal=signal, kind=SignalEvent.Kind.COMMENT).exists()


@pytest.fixture
def check(client):
    client.force_login(member(MunicipalityFactory(name="Kortrijk", refnis="34022")),
                       backend="django.contrib.auth.backends.ModelBackend")
    return lambda data: client.post(reverse("guard:check"), data)


def test_the_live_check_says_a_text_is_too_long_for_its_field_instead_of_scanning_it(check):
    text = "Mevrouw Fatima Benali wacht al maanden. " * 30  # 1200 characters

    response = check({"_field": "context", "context": text, "_max": "1000"})

    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert f"Deze tekst is te lang: {len(text)} tekens, het maximum is 1000. Maak hem wat korter." in html
    assert "Fatima" not in html


@pytest.mark.parametrize("claimed", ["", "999999999", "abc", "0", "-5", "²"])
def test_the_live_check_never_reads_more_than_the_longest_text(check, claimed):
    text = "Mevrouw Fatima Benali wacht. " * 200  # 5800 characters

    response = check({"_field": "description", "description": text, "_max": claimed})

    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "het maximum is 5000" in html and "Fatima" not in html


def test_within_the_maximum_the_live_check_scans_as_before(check):
    html = unescape(check({"_field": "context", "context": "Mevrouw Fatima Benali belt.", "_max": "1000"})
                    .content.decode())

    assert "Vervang «Fatima Benali» door [naam]" in html
