"""The giver's replies on her signal's page: answer the municipality's question, say 'ik zie dit nog steeds'.
Thin views: parse the form, call `intake.services`, redirect or render."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.intake import services as intake
from lokaalsignaal.intake.forms import AnswerForm, StillSeenForm
from lokaalsignaal.pages.giver.signal_views import own_signal_or_404
from lokaalsignaal.pages.giver.story import story_for


def _errors(error: ValidationError) -> str:
    return " ".join(error.messages) or _("Dat kan niet meer.")


@login_required
def answer(request, reference):
    signal = own_signal_or_404(request, reference)
    if not signal.has_open_question:
        messages.info(request, _("Er is geen open vraag meer bij dit signaal."))
        return redirect("intake:detail", signal.reference)
    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            intake.answer_question(request.user, signal.pk, form.cleaned_data["answer"])
        except ValidationError as error:
            messages.error(request, _errors(error))
        else:
            tell_removed(request, form)
            messages.success(request, _("Bedankt. De gemeente ziet je antwoord."))
        return redirect("intake:detail", signal.reference)
    story = story_for(signal)
    return render(request, "intake/answer.html", {"signal": signal, "story": story, "form": form})


@login_required
def still_seen(request, reference):
    signal = own_signal_or_404(request, reference)
    story = story_for(signal)
    if not story.can_still_see:
        messages.info(request, story.still_seen_refusal)
        return redirect("intake:detail", signal.reference)
    form = StillSeenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            intake.still_seen(request.user, signal.pk, form.cleaned_data["context"])
        except ValidationError as error:
            messages.error(request, _errors(error))
        else:
            tell_removed(request, form)
            messages.success(request, _("Bedankt. De gemeente weet dat je dit nog steeds ziet."))
        return redirect("intake:detail", signal.reference)
    return render(request, "intake/still_seen.html", {"signal": signal, "story": story, "form": form})
