"""A knelpunt made of signals — from one signal's triage page, from the inbox's bulk action, from a cluster or from a
suggested pair — gets the themes and target groups of its signals, and opens to be completed: the edit form with the
fields that matter suggested (`completion_initial`), never the knelpunt page with its fields still empty."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import ngettext

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.reference.models import TargetGroup, Theme
from lokaalsignaal.similarity import services as similarity
from lokaalsignaal.similarity.before_creating import similar_knelpunten

COMPLETE = "nieuw"  # the query parameter of the edit page that opens it to be completed
SEEN = "gelijkaardige_gezien"  # the form was posted again from the page of similar knelpunten


def similar_first(request, municipality, title: str, signals=()):
    """Before a knelpunt is made: when knelpunten of the municipality (open or closed) look like it, a page shows them
    first — add the signals to an open one, reopen a closed one, or make the new one after all (the same POST again,
    with `SEEN`). None when nothing looks like it, or when that page was already seen."""
    if request.POST.get(SEEN) or any(s.status == "withdrawn" for s in signals):
        return None  # seen already; or a withdrawn signal, which the service refuses with its own message
    text = "\n".join([title, *(similarity.signal_text(s) for s in signals)])
    similar = similar_knelpunten(request.user, municipality, text)
    if not similar:
        return None
    resubmit = [(name, value) for name in request.POST if name != "csrfmiddlewaretoken"
                for value in request.POST.getlist(name)]
    return render(request, "casework/similar_first.html", {
        "municipality": municipality, "similar": similar, "title": title, "signals": list(signals),
        "resubmit": resubmit, "seen": SEEN})


def create(user, municipality, title: str, signal_ids):
    """The knelpunt `title` holding these signals, with every theme and target group they carry."""
    ids = list(signal_ids)
    return services.create_knelpunt(
        user, municipality, {"title": title}, signal_ids=ids,
        themes=Theme.objects.filter(signals__in=ids).distinct(),
        target_groups=TargetGroup.objects.filter(signals__in=ids).distinct())


def open_to_complete(request, municipality, knelpunt, count: int):
    """Say what was made, and open the knelpunt's edit form to be completed."""
    messages.success(request, ngettext(
        "Het knelpunt ‘%(title)s’ is gemaakt met %(count)s signaal. Maak het nu af: schrijf de samenvatting en kijk "
        "de voorstellen na.",
        "Het knelpunt ‘%(title)s’ is gemaakt met %(count)s signalen. Maak het nu af: schrijf de samenvatting en kijk "
        "de voorstellen na.", count) % {"title": knelpunt.title, "count": count})
    return redirect(f"{reverse('casework:knelpunt_edit', args=[municipality.slug, knelpunt.pk])}?{COMPLETE}=1")


def completion_initial(knelpunt, user) -> dict:
    """What the completion form suggests beyond what the knelpunt holds: the coordinator who made it as its trekker
    (when it has none) and visible to givers (so that others who see the same problem can join it)."""
    suggested = {}
    if knelpunt.owner_id is None:
        suggested["owner"] = user.pk
    if not knelpunt.visible_to_givers:
        suggested["visible_to_givers"] = True
    return suggested
