from django.contrib.auth.decorators import login_required
from django.http import HttpResponseBadRequest
from django.shortcuts import render
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
