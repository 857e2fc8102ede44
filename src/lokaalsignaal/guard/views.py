from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import services

MAX_LENGTH = 10000


@login_required
@require_POST
def check(request):
    """Live check while typing (htmx): the findings for one field, as a small fragment."""
    field = request.POST.get("_field", "")
    if not field or field.startswith("_"):
        return HttpResponseBadRequest("Ongeldige aanvraag")
    text = request.POST.get(field, "")
    if len(text) > MAX_LENGTH:
        return HttpResponseBadRequest("Ongeldige aanvraag")
    return render(request, "guard/findings.html", {"field": field, "warnings": services.check(text, field)})


def tell_removed(request, form) -> None:
    """Tell the person which identifiers the guard replaced in what they wrote (one message for the whole product)."""
    kinds = getattr(form, "removed_kinds", ())
    if kinds:
        labels = sorted({str(services.LABELS[k]) for k in kinds})
        messages.warning(request, _("We hebben persoonsgegevens uit je tekst gehaald en vervangen door een "
                                    "plaatshouder: %(what)s.") % {"what": ", ".join(labels)})
