"""While a giver types (htmx): similar knelpunten they may join, recent similar signals (title and date only) and
theme/target-group suggestions. One POST per pause in typing; the server renders the fragment."""

from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.views.decorators.http import require_POST

from lokaalsignaal.tenancy.views import tenant_view

from . import suggest, themes

MAX_LENGTH = 10000


def draft_text(data) -> str:
    return f"{data.get('title', '')}\n{data.get('description', '')}".strip()


def giver_context(user, municipality, data) -> dict:
    """What the give form shows about a draft (also used to re-render the form without JavaScript)."""
    text = draft_text(data)
    chosen_themes = set(data.getlist("themes")) if hasattr(data, "getlist") else set()
    chosen_groups = set(data.getlist("target_groups")) if hasattr(data, "getlist") else set()
    theme_suggestions = themes.suggest(municipality.pk, text)
    return {
        "municipality": municipality,
        "similar": suggest.for_giver(user, municipality, text),
        "theme_suggestions": theme_suggestions,
        "chosen_themes": chosen_themes, "chosen_groups": chosen_groups,
    }


@require_POST
@tenant_view("signal.give")
def giver_suggestions(request, municipality):
    if len(request.POST.get("description", "")) + len(request.POST.get("title", "")) > MAX_LENGTH:
        return HttpResponseBadRequest("Ongeldige aanvraag")
    context = giver_context(request.user, municipality, request.POST)
    context["oob"] = True
    return render(request, "similarity/_giver_suggestions.html", context)
