"""While a giver types (htmx): similar knelpunten they may join, recent similar signals (title and date only) and
theme/target-group suggestions. One POST per pause in typing; the server renders the fragment."""

import hashlib

from django.shortcuts import render
from django.views.decorators.http import require_POST

from lokaalsignaal import ratelimit
from lokaalsignaal.guard import limits
from lokaalsignaal.tenancy.views import tenant_view

from . import suggest, themes


def draft_text(data) -> str:
    """The draft's title and description, each cut at the longest a free text may be (the form refuses longer
    ones; suggestions for the first 5000 characters are as good)."""
    return f"{data.get('title', '')[:limits.LINE]}\n{data.get('description', '')[:limits.TEXT]}".strip()


def draft_digest(data) -> str:
    """A digest of the draft's text: the suggestions for this text were shown (`similar_checked`). A giver who
    changes it gets new ones; one who sends it as it was shown is not looked up again (issue 17). It is no secret and
    needs none: she may always say she saw them (`similar_seen`), and the only effect is that nothing is looked up."""
    return hashlib.sha256(draft_text(data).encode()).hexdigest()[:32]


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
        "similar_checked": draft_digest(data),
    }


@require_POST
@tenant_view("signal.give")
@ratelimit.limit("similarity.suggest")
def giver_suggestions(request, municipality):
    context = giver_context(request.user, municipality, request.POST)
    context["oob"] = True
    return render(request, "similarity/_giver_suggestions.html", context)
