"""The reference lists the forms offer (active themes, target groups, responsible levels, sectors) are read through
queries built once per process (`reference.lists`, `forms.KeptChoiceField`): the same choices as the ORM's list, at
once current when a theme is switched off, and what is chosen is still cleaned against the field's queryset."""

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lokaalsignaal.forms import KeptChoiceField, KeptMultipleChoiceField
from lokaalsignaal.reference import lists
from lokaalsignaal.reference.models import Theme

pytestmark = pytest.mark.django_db


class Choose(forms.Form):
    theme = KeptChoiceField(kept=lists.ACTIVE_THEMES, required=False, empty_label="Alle thema's")
    themes = KeptMultipleChoiceField(kept=lists.ACTIVE_THEMES, required=False)


def test_the_kept_list_offers_what_the_orm_list_offers(reference_lists):
    class Asked(forms.Form):
        theme = forms.ModelChoiceField(queryset=Theme.objects.filter(active=True), required=False,
                                       empty_label="Alle thema's")
        themes = forms.ModelMultipleChoiceField(queryset=Theme.objects.filter(active=True), required=False)

    assert Choose().as_div() == Asked().as_div()


def test_the_list_is_read_through_the_kept_query(reference_lists, monkeypatch):
    read = []
    real = lists.ACTIVE_THEMES.__call__
    monkeypatch.setattr(type(lists.ACTIVE_THEMES), "__call__", lambda self, *a, **kw: read.append(1) or real(*a, **kw))
    with CaptureQueriesContext(connection) as queries:
        Choose().as_div()
    assert read == [1, 1] and len(queries) == 2


def test_a_theme_switched_off_leaves_the_list_at_once_and_cannot_be_chosen(reference_lists):
    theme = Theme.objects.filter(active=True).first()
    assert f'value="{theme.pk}"' in Choose().as_div()
    Theme.objects.filter(pk=theme.pk).update(active=False)
    assert f'value="{theme.pk}"' not in Choose().as_div()
    form = Choose({"theme": theme.pk, "themes": [theme.pk]})
    assert not form.is_valid() and set(form.errors) == {"theme", "themes"}


def test_a_form_that_sets_its_own_list_gets_that_list(reference_lists):
    theme = Theme.objects.filter(active=True).first()
    form = Choose()
    form.fields["theme"].queryset = Theme.objects.filter(pk=theme.pk)
    html = form["theme"].as_widget()
    assert f'value="{theme.pk}"' in html and html.count("<option") == 2  # the empty choice and the one theme
    assert Choose()["theme"].as_widget().count("<option") == Theme.objects.filter(active=True).count() + 1


def test_a_kept_list_asked_with_values_lists_that_municipalitys_own(kortrijk, roeselare):
    """The stage form's escalation targets: the regions and Flanders that hold the knelpunt's municipality."""
    from lokaalsignaal.casework.knelpunten.access import MUNICIPAL_ESCALATION_TARGETS
    from tests.factories import region

    own = region(kortrijk, name="Regio Zuid-West")
    other = region(roeselare, name="Regio Midden")

    class Escalate(forms.Form):
        to = KeptChoiceField(kept=MUNICIPAL_ESCALATION_TARGETS, values={"municipality_id": kortrijk.pk})

    html = Escalate()["to"].as_widget()
    assert f'value="{own.pk}"' in html and f'value="{other.pk}"' not in html
    assert not Escalate({"to": other.pk}).is_valid() and Escalate({"to": own.pk}).is_valid()
