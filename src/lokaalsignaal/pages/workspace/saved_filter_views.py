"""Saved filters above the coordinator's inbox: save the filters she has on under a name, use one with a click,
delete one. What is stored is the query string the inbox's own filter form validated (`canonical_query`: only its
fields, each as its cleaned value), and a saved query is validated again each time the inbox lists it. The writes go
through `accounts.saved_filters` (hers only, at most twenty per municipality)."""

from __future__ import annotations

from functools import partial
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from lokaalsignaal.accounts import saved_filters
from lokaalsignaal.casework.knelpunten.web import error_text
from lokaalsignaal.pages.workspace.inbox_forms import InboxFilterForm
from lokaalsignaal.tenancy.views import tenant_view


class SaveFilterForm(forms.Form):
    """'Bewaar deze filters als …': the name, and the filters she has on (a hidden field, validated again)."""

    saved_name = forms.CharField(
        label=gettext_lazy("Bewaar deze filters als"), max_length=saved_filters.NAME_MAX,
        help_text=gettext_lazy("Een korte naam, bijvoorbeeld ‘Wacht op antwoord’."),
        error_messages={"required": gettext_lazy("Geef de filter een naam."),
                        "max_length": gettext_lazy("Deze naam is te lang: het maximum is %(limit_value)d tekens.")})
    saved_query = forms.CharField(widget=forms.HiddenInput, max_length=saved_filters.QUERY_MAX, required=False)


def canonical_query(filters: InboxFilterForm) -> str:
    """The filters of a validated form as a query string: only the form's own fields, each as its cleaned value."""
    pairs = []
    for name, field in filters.fields.items():
        value = filters.cleaned_data.get(name)
        if value in (None, "", False):
            continue
        if isinstance(field, forms.BooleanField):
            value = "on"
        elif hasattr(value, "pk"):
            value = value.pk
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        pairs.append((name, value))
    return urlencode(pairs)


def _validated(query: str, known: dict | None = None) -> InboxFilterForm | None:
    """The filter form on `query`, when valid. With `known` (`_known_choices`), its model choices are looked up in
    what was read once, not queried again per saved filter."""
    filters = InboxFilterForm(QueryDict(query))
    for name, objects in (known or {}).items():
        filters.fields[name].to_python = partial(_known_choice, filters.fields[name], objects)
    return filters if filters.is_valid() else None


def _known_choices() -> dict[str, dict[str, object]]:
    """Each model choice of the filter form (themes, target groups, sectors: short lists) read once, by pk."""
    return {name: {str(obj.pk): obj for obj in field.queryset.all()}  # a fresh copy: never cache on the class
            for name, field in InboxFilterForm.base_fields.items() if isinstance(field, forms.ModelChoiceField)}


def _known_choice(field: forms.ModelChoiceField, objects: dict, value):
    if value in field.empty_values:
        return None
    try:
        return objects[str(value)]
    except KeyError:
        raise ValidationError(field.error_messages["invalid_choice"], code="invalid_choice") from None


def for_inbox(user, municipality, filters: InboxFilterForm) -> dict:
    """What the inbox shows of her saved filters: each with its link (or marked when it no longer fits the filters),
    the one she has on, and the form to save the filters she has on now."""
    current = canonical_query(filters) if not filters.errors else ""
    listed, mine = [], saved_filters.listed(user, municipality)
    known = _known_choices() if mine else None  # a few queries however many filters she saved
    for saved in mine:
        again = _validated(saved.query, known)
        query = canonical_query(again) if again is not None else ""
        listed.append({"pk": saved.pk, "name": saved.name, "query": query, "valid": again is not None,
                       "current": bool(query) and query == current})
    return {"saved_filters": listed, "current_query": current,
            "save_filter_form": SaveFilterForm(initial={"saved_query": current}),
            "saved_filters_full": len(listed) >= saved_filters.LIMIT}


def _inbox(municipality, query: str = ""):
    url = reverse("casework:inbox", args=[municipality.slug])
    return redirect(f"{url}?{query}" if query else url)


@require_POST
@tenant_view("signals.triage")
def save(request, municipality):
    form = SaveFilterForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("De filter is niet bewaard: %(error)s") % {
            "error": " ".join(str(e) for errors in form.errors.values() for e in errors)})
        return _inbox(municipality)
    filters = _validated(form.cleaned_data["saved_query"])
    query = canonical_query(filters) if filters is not None else ""
    if not query:
        messages.error(request, _("De filter is niet bewaard: kies eerst een of meer geldige filters."))
        return _inbox(municipality)
    try:
        saved = saved_filters.save_filter(request.user, municipality, form.cleaned_data["saved_name"], query)
    except ValidationError as error:
        messages.error(request, _("De filter is niet bewaard: %(error)s") % {"error": error_text(error)})
    else:
        messages.success(request, _("De filter ‘%(name)s’ is bewaard. Je vindt hem boven je signalen.")
                         % {"name": saved.name})
    return _inbox(municipality, query)


@require_POST
@tenant_view("signals.triage")
def delete(request, municipality, pk):
    name = saved_filters.delete_filter(request.user, municipality, pk)
    messages.success(request, _("De filter ‘%(name)s’ is verwijderd.") % {"name": name})
    return _inbox(municipality)
