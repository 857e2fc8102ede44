import re
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal import ratelimit
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Role

from . import limits, services


def writes_free_text(user) -> bool:
    """Whether the user writes guarded free text anywhere: an approved member of a participating municipality,
    a region/Flanders member, or a partner with access to a knelpunt. Not someone whose only membership is still
    pending: the check is as costly as any page, so only people the product serves may call it."""
    return (scoping.approved_memberships(user).exists() or scoping.scopes_for(user).exists()
            or scoping.municipalities_through(user, Role.PARTNER).exists())


def for_writers(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not writes_free_text(request.user):
            raise Http404("Niet gevonden")
        return view(request, *args, **kwargs)

    return wrapped


def field_maximum(value: str) -> int:
    """The field's own maximum, as the form sent it (`_max`), never beyond `limits.TEXT`."""
    return min(int(value), limits.TEXT) if re.fullmatch(r"[1-9][0-9]{0,5}", value) else limits.TEXT


@login_required
@require_POST
@for_writers
@ratelimit.limit("guard.check")
def check(request):
    """Live check while typing (htmx): the findings for one field, as a small fragment. A text longer than the
    field allows is not scanned: the fragment says it is too long, as the form will."""
    field = request.POST.get("_field", "")
    if not field or field.startswith("_"):
        return HttpResponseBadRequest("Ongeldige aanvraag")
    text = request.POST.get(field, "")
    maximum = field_maximum(request.POST.get("_max", ""))
    if len(text) > maximum:
        too_long = services.TOO_LONG % {"show_value": len(text), "limit_value": maximum}
        return render(request, "guard/findings.html", {"field": field, "warnings": [], "too_long": too_long})
    return render(request, "guard/findings.html", {"field": field, "warnings": services.check(text, field)})


def tell_removed(request, form) -> None:
    """Tell the person which identifiers the guard replaced in what they wrote (one message for the whole product)."""
    kinds = getattr(form, "removed_kinds", ())
    if kinds:
        labels = sorted({str(services.LABELS[k]) for k in kinds})
        messages.warning(request, _("We hebben persoonsgegevens uit je tekst gehaald en vervangen door een "
                                    "plaatshouder: %(what)s.") % {"what": ", ".join(labels)})
