"""What the casework views (coordinator, region, partner, priority) share: turning domain errors into form errors and
messages, and the stage-change and feedback actions that a municipal and a regional knelpunt both offer."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lokaalsignaal.casework.knelpunten import services
from lokaalsignaal.casework.knelpunten.forms import FeedbackForm, StageChangeForm
from lokaalsignaal.casework.knelpunten.services import StaleEdit
from lokaalsignaal.casework.knelpunten.stages import Stage, TransitionNotAllowed
from lokaalsignaal.guard.views import tell_removed

STALE = gettext_lazy("Iemand anders heeft dit knelpunt intussen gewijzigd. Kijk de nieuwe toestand na.")

# what `attempt` does with a PermissionDenied: let it through, or turn it into a 404
RAISE = "raise"
NOT_FOUND = "404"


def resubmit(form) -> list[tuple[str, str]]:
    """(name, value) of what a bound form received (after the privacy guard), without `confirm`: the hidden fields
    with which a confirmation page (casework/confirm.html) posts the same choice again."""
    return [(form.add_prefix(name), value) for name in form.fields if name != "confirm"
            for value in form.data.getlist(form.add_prefix(name))]


def error_text(error: ValidationError) -> str:
    return " ".join(error.messages)




def attempt(form, call, *, invalid=None, denied=RAISE):
    """Run `call()` for a bound, valid form. A ValidationError becomes an error on the field `invalid` (None: the
    whole form); a PermissionDenied is let through (RAISE), becomes a 404 (NOT_FOUND) or, given `(field, message)`,
    an error on the form. Returns `(True, result)`, or `(False, None)` when the form now has an error."""
    try:
        return True, call()
    except ValidationError as error:
        form.add_error(invalid, error_text(error))
    except PermissionDenied as error:
        if denied == RAISE:
            raise
        if denied == NOT_FOUND:
            raise Http404 from error
        form.add_error(*denied)
    return False, None


def submit_stage_change(request, knelpunt, *, invalid="message"):
    """Bind the StageChangeForm to the POST and change the knelpunt's stage. Returns `(done, form)`; on a stale edit
    the form is bound again to the knelpunt's current version, with a message."""
    form = StageChangeForm(request.POST, knelpunt=knelpunt)
    if not form.is_valid():
        return False, form
    data = form.cleaned_data
    try:
        services.change_stage(request.user, knelpunt.pk, data["to_stage"], data["message"], data["version"],
                              remark=data["remark"], **form.escalation())
    except StaleEdit:
        messages.error(request, str(STALE))
        knelpunt.refresh_from_db()
        fresh = request.POST.copy()
        fresh["version"] = knelpunt.version
        return False, StageChangeForm(fresh, knelpunt=knelpunt)
    except TransitionNotAllowed as error:
        form.add_error("to_stage", _("Van ‘%(from)s’ naar ‘%(to)s’ kan niet. Kies een van de fasen in de lijst.")
                       % {"from": Stage(error.from_stage).label, "to": Stage(error.to_stage).label})
    except ValidationError as error:
        form.add_error(invalid, error_text(error))
    else:
        tell_removed(request, form)
        return True, form
    return False, form


def submit_feedback(request, knelpunt):
    """Bind the FeedbackForm to the POST and send the message to the knelpunt's givers. Returns `(count, form)`,
    count None when the form has an error."""
    form = FeedbackForm(request.POST)
    if form.is_valid():
        done, count = attempt(form, lambda: services.send_feedback(request.user, knelpunt.pk,
                                                                   form.cleaned_data["feedback"],
                                                                   public=form.cleaned_data.get("public", False)),
                              invalid="feedback")
        if done:
            tell_removed(request, form)
            return count, form
    return None, form
