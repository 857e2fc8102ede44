"""The widgets written in Python (lokaalsignaal.fast_widgets) write exactly what Django's widget templates write."""

from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.forms.renderers import TemplatesSetting
from django.utils.translation import gettext_lazy

from lokaalsignaal import fast_widgets
from lokaalsignaal.forms import Renderer

CHOICES = [("", "— Kies —"), ("a", "Eén & twee"), ("b", '<b>"vet"</b>'), (3, 1234),
           ("Groep <1>", [("c", "Cé"), ("d", gettext_lazy("Nieuw"))])]


class EveryWidget(forms.Form):
    text = forms.CharField(max_length=80, widget=forms.TextInput(attrs={"class": "x", "data-on": True,
                                                                          "data-off": False}))
    email = forms.EmailField(required=False)
    number = forms.IntegerField(required=False, min_value=0)
    secret = forms.CharField(required=False, widget=forms.PasswordInput(render_value=True))
    hidden = forms.CharField(required=False, widget=forms.HiddenInput)
    agree = forms.BooleanField(required=False)
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    body = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    one = forms.ChoiceField(choices=CHOICES, required=False)
    many = forms.MultipleChoiceField(choices=CHOICES[1:], required=False)
    ticks = forms.MultipleChoiceField(choices=CHOICES[1:], required=False, widget=forms.CheckboxSelectMultiple)
    ticks_no_id = forms.MultipleChoiceField(choices=CHOICES[1:3], required=False,
                                            widget=forms.CheckboxSelectMultiple(attrs={"class": "list"}))
    radio = forms.ChoiceField(choices=CHOICES[1:], required=False, widget=forms.RadioSelect)


BOUND = {"text": 'a "quote" & <tag>', "email": "x@y.be", "number": "12", "secret": "p<w>", "hidden": "h&",
         "agree": "on", "day": "2026-12-04", "body": "line\n<script>alert(1)</script>", "one": "b",
         "many": ["a", "d"], "ticks": ["b", "3"], "radio": "c"}


@pytest.mark.parametrize("data", [None, BOUND], ids=["empty", "bound"])
def test_every_widget_renders_as_the_django_template_does(data):
    fast, slow = Renderer(), TemplatesSetting()
    form = EveryWidget(data=data)
    for name in form.fields:
        widget = form.fields[name].widget
        value = form[name].value()
        attrs = form[name].build_widget_attrs({"id": f"id_{name}"} if name != "ticks_no_id" else {})
        expected = widget.render(form.add_prefix(name), value, attrs=attrs, renderer=slow)
        assert widget.render(form.add_prefix(name), value, attrs=attrs, renderer=fast) == expected, name


def test_an_unknown_widget_template_still_goes_through_the_template_engine():
    widget = forms.ClearableFileInput()
    assert "django/forms/widgets/clearable_file_input.html" not in fast_widgets.RENDERERS
    assert 'type="file"' in widget.render("upload", None, renderer=Renderer())


def test_no_project_template_overrides_a_widget_written_in_python():
    roots = [Path(d) for t in settings.TEMPLATES for d in t["DIRS"]]
    roots += list(Path(settings.BASE_DIR).glob("*/templates"))
    django_widgets = [name for name in fast_widgets.RENDERERS if name.startswith(fast_widgets.WIDGETS)]
    overridden = [str(root / name) for root in roots for name in django_widgets if (root / name).exists()]
    assert django_widgets and overridden == []


def test_an_option_template_of_our_own_in_a_fast_list_writes_what_the_engine_writes():
    from lokaalsignaal.intake.forms import SignalTypeWidget

    widget = SignalTypeWidget(choices=[("drempel", "Drempel"), ("onrecht", "Onrecht <b>")])
    slow = widget.render("signal_type", "onrecht", attrs={"id": "id_signal_type"}, renderer=TemplatesSetting())
    fast = widget.render("signal_type", "onrecht", attrs={"id": "id_signal_type"}, renderer=Renderer())
    assert fast == slow
    assert "<strong>Onrecht &lt;b&gt;</strong>" in fast


@pytest.mark.django_db
def test_a_named_choice_lists_names_and_still_cleans_to_the_object():
    from lokaalsignaal.accounts.models import Organisation
    from lokaalsignaal.forms import NamedModelChoiceField
    from tests.factories import OrganisationFactory

    kept = OrganisationFactory(name="Welzijnsschakel <De Brug>", verified=True)
    OrganisationFactory(name="Niet nagekeken", verified=False)
    field = NamedModelChoiceField(queryset=Organisation.objects.filter(verified=True).order_by("name"),
                                  empty_label="— Geen —")
    assert list(field.choices) == [("", "— Geen —"), (kept.pk, "Welzijnsschakel <De Brug>")]
    html = field.widget.render("organisation", str(kept.pk), renderer=Renderer())
    assert f'<option value="{kept.pk}" selected>Welzijnsschakel &lt;De Brug&gt;</option>' in html
    assert field.clean(str(kept.pk)) == kept
    with pytest.raises(forms.ValidationError):
        field.clean(str(Organisation.objects.get(verified=False).pk))


@pytest.mark.parametrize("value", [None, "", "b", "3", "zzz", ["b", "3"]])
def test_a_named_select_writes_what_djangos_select_writes(value):
    from lokaalsignaal.forms import NamedSelect

    choices = [("", "— Geen —"), ("b", '<b>"vet"</b> & co'), (3, "Drie"), (3, "Dubbel")]
    attrs = {"id": "id_org", "required": True, "aria-describedby": "org_helptext", "disabled": False}
    expected = forms.Select(choices=choices).render("org", value, attrs=attrs, renderer=TemplatesSetting())
    assert NamedSelect(choices=choices).render("org", value, attrs=attrs, renderer=Renderer()) == expected
