"""A form's model choice list is read with one plain query. Django reads it with `.iterator()`, which on PostgreSQL
opens a server-side cursor (BEGIN, DECLARE, FETCH, CLOSE, COMMIT: five round trips per list; the give form spent
twelve on its lists under load)."""

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lokaalsignaal.intake.forms import SignalForm
from lokaalsignaal.reference.models import Theme
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def chunked(monkeypatch):
    """Counts the chunked (server-side on PostgreSQL) cursors Django opens."""
    opened = []
    original = connection.chunked_cursor
    monkeypatch.setattr(connection, "chunked_cursor", lambda: opened.append(1) or original())
    return opened


def test_a_model_choice_field_renders_its_list_from_one_plain_query(reference_lists, chunked):
    class Choose(forms.Form):
        themes = forms.ModelMultipleChoiceField(queryset=Theme.objects.filter(active=True))
        theme = forms.ModelChoiceField(queryset=Theme.objects.filter(active=True))

    form = Choose()
    with CaptureQueriesContext(connection) as queries:
        html = form.as_div()

    assert not chunked
    assert len(queries) == 2  # one per field
    assert all(theme.name.replace("'", "&#x27;") in html for theme in Theme.objects.filter(active=True))


def test_the_give_form_opens_no_server_side_cursor_for_its_lists(kortrijk, chunked):
    form = SignalForm(user=member(kortrijk))
    form.as_div()
    assert not chunked
