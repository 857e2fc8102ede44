"""The field template written in Python (lokaalsignaal.fast_fields) writes exactly what templates/forms/field.html
writes, for every kind of field, bound or not, with errors and hints, in forms that mark their required fields and in
forms that mark their optional ones; and on the product's busiest form pages as a whole. The free-text field with the
live privacy check (guard/text_field.html, now `{% guarded_field %}`) writes what its template wrote (kept here)."""

import re
from types import SimpleNamespace

import pytest
from django import forms
from django.forms.renderers import TemplatesSetting
from django.template import Context, Template, engines
from django.test import override_settings
from django.urls import reverse
from django.utils.translation import gettext_lazy, override

from lokaalsignaal import fast_fields
from lokaalsignaal.forms import Renderer

CHOICES = [("a", "Eén & twee"), ("b", '<b>"vet"</b>')]


class TemplateRenderer(Renderer):
    """The product's renderer with the field template rendered by the template engine (the reference)."""

    def render(self, template_name, context, request=None):
        if template_name == fast_fields.TEMPLATE:
            return TemplatesSetting.render(self, template_name, context, request)
        return super().render(template_name, context, request)


class MostlyOptional(forms.Form):
    """Marks its optional fields ("(niet verplicht)"): as many required fields as optional ones, or more."""

    title = forms.CharField(label="Titel & <naam>", max_length=80, help_text="Kort, <em>zonder</em> namen.")
    body = forms.CharField(label=gettext_lazy("Beschrijving"), widget=forms.Textarea)
    email = forms.EmailField(label="E-mail", required=False)
    agree = forms.BooleanField(label="Ik ga akkoord", help_text="Lees eerst de <a href='#'>regels</a>.")
    optional_tick = forms.BooleanField(label="Ook per e-mail", required=False)
    kind = forms.ChoiceField(label="Soort", choices=CHOICES, widget=forms.RadioSelect)
    themes = forms.MultipleChoiceField(label="Thema's", choices=CHOICES, required=False,
                                       widget=forms.CheckboxSelectMultiple, help_text="Kies er één of meer.")
    unlabelled = forms.CharField(label="", required=False)
    day = forms.DateField(label="Datum", required=False, widget=forms.DateInput(attrs={"type": "date"}))


class MostlyRequired(forms.Form):
    """Marks its required fields ("(verplicht)"): fewer required fields than optional ones."""

    name = forms.CharField(label="Naam")
    one = forms.CharField(label="Eén", required=False)
    two = forms.CharField(label="Twee", required=False, help_text="Hint")
    three = forms.ChoiceField(label="Drie", choices=CHOICES, required=False, widget=forms.RadioSelect)
    level = forms.ChoiceField(label="Niveau", choices=CHOICES, widget=forms.RadioSelect)


CASES = [
    ("unbound", MostlyOptional, None),
    ("valid", MostlyOptional, {"title": "Een titel", "body": "Tekst", "agree": "on", "kind": "a", "themes": ["b"]}),
    ("errors", MostlyOptional, {"title": "x" * 81, "email": "geen e-mail", "themes": ["z"], "day": "morgen"}),
    ("marks required, unbound", MostlyRequired, None),
    ("marks required, errors", MostlyRequired, {"three": "z"}),
]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("case", "form_class", "data"), CASES, ids=[c[0] for c in CASES])
def test_every_field_renders_as_the_field_template_does(case, form_class, data, language):
    with override(language):
        fast, slow = form_class(data=data, renderer=Renderer()), form_class(data=data, renderer=TemplateRenderer())
        if data is not None:
            fast.is_valid(), slow.is_valid()
        for name in fast.fields:
            assert fast[name].as_field_group() == slow[name].as_field_group(), name


def test_a_field_with_another_template_still_goes_through_the_template_engine():
    class OwnTemplate(forms.Form):
        text = forms.CharField(label="Tekst", help_text="Hint", template_name="django/forms/field.html")

    html = OwnTemplate(renderer=Renderer())["text"].as_field_group()
    assert html.startswith('<label for="id_text">Tekst:</label>')  # Django's own field template, not ours
    assert 'class="helptext"' in html and 'class="field' not in html


_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def _page(client, url, renderer, data=None):
    with override_settings(FORM_RENDERER=renderer):
        response = client.post(url, data) if data is not None else client.get(url)
    assert response.status_code == 200
    return _CSRF.sub("", response.content.decode())


@pytest.mark.django_db
def test_the_give_form_and_the_inbox_are_the_same_page_with_either(client, kortrijk, giver, kortrijk_coordinator):
    reference = "tests.platform.test_fast_fields.TemplateRenderer"
    client.force_login(giver)
    give = reverse("intake:give", args=[kortrijk.slug])
    assert _page(client, give, "lokaalsignaal.forms.Renderer") == _page(client, give, reference)
    bad = {"title": "", "description": "x"}  # errors on the page, what was typed kept
    assert _page(client, give, "lokaalsignaal.forms.Renderer", bad) == _page(client, give, reference, bad)
    client.force_login(kortrijk_coordinator)
    inbox = reverse("casework:inbox", args=[kortrijk.slug]) + "?zoek=budget&sort=x"
    assert _page(client, inbox, "lokaalsignaal.forms.Renderer") == _page(client, inbox, reference)


# guard/text_field.html as it was, the reference
GUARDED_TEMPLATE = Template("""{% load i18n %}{# A free-text field with the live privacy guard. #}
<div class="field{% if field.errors %} field--error{% endif %}" id="group-{{ field.html_name }}">
  <label for="{{ field.id_for_label }}">{{ field.label }}{% include "forms/_marker.html" %}</label>
  {% if field.help_text %}<div class="hint" id="{{ field.auto_id }}_helptext">{{ field.help_text }}</div>{% endif %}
  {% if field.errors %}<ul class="errorlist" id="{{ field.auto_id }}_error">{% for e in field.errors %}<li>{{ e }}</li>{% endfor %}</ul>{% endif %}
  {{ field }}
  <div class="privacy-findings" id="privacy-{{ field.html_name }}" aria-live="polite">
    {% include "guard/findings.html" with warnings=warnings %}
  </div>
</div>
""")  # noqa: E501


def _warning(**fields):
    return SimpleNamespace(**{"label": "naam", "text": "An <Peeters>", "explanation": "Schrijf geen namen.",
                              "always_removed": False, "placeholder": "[naam]", "field": "title", "start": 0,
                              "end": 11, "kind": "person_name", **fields})


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(("case", "form_class", "data"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("findings", ["none", "warnings", "too long"])
def test_the_guarded_text_field_writes_what_its_template_wrote(case, form_class, data, language, findings):
    context = {"none": {"warnings": None}, "warnings": {"warnings": [_warning(), _warning(always_removed=True)]},
               "too long": {"warnings": [], "too_long": "De tekst is te lang om na te kijken."}}[findings]
    guarded = engines["django"].engine.get_template(fast_fields.GUARDED)
    with override(language):
        form = form_class(data=data, renderer=Renderer())
        if data is not None:
            form.is_valid()
        for name, field in form.fields.items():
            if isinstance(field.widget, forms.TextInput | forms.Textarea):
                values = {**context, "field": form[name]}
                assert guarded.render(Context(values)) == GUARDED_TEMPLATE.render(Context(values)), name
