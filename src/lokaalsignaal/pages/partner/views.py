"""The partner's pages (`/partner/knelpunten/…`): the knelpunten shared with me, across municipalities, and one
knelpunt with the texts of its signals (never who gave them) and the analysis notes. The coordinator's side of
partners is `pages.workspace.partner_views`.

Thin views: querysets from `casework.partners.access`, actions through `casework.partners.services`. Anything not
granted is a 404.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lokaalsignaal.casework.knelpunten.web import error_text
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.casework.partners import services as partners
from lokaalsignaal.casework.partners.forms import AnalysisNoteForm
from lokaalsignaal.guard.views import tell_removed
from lokaalsignaal.pagination import PAGE_SIZE

# --- the partner's side --------------------------------------------------------------------------------------

@login_required
def knelpunten(request):
    queryset = (partner_access.knelpunten_for_partner(request.user).select_related("municipality")
                .prefetch_related("themes").defer("summary", "priority_reason").order_by("-updated_at", "-id"))
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("pagina"))
    return render(request, "casework/partner/knelpunten.html", {"page": page})


def _shared_or_404(request, pk):
    return get_object_or_404(partner_access.knelpunten_for_partner(request.user).select_related("municipality"), pk=pk)


RECENT = 3  # the newest stage changes and analysis notes in view; the earlier ones behind a <details>


def _partner_page(request, knelpunt, form=None):
    """In the order she works: the municipality's question to her, the knelpunt's short history, its texts (the
    summary, then the signals a page at a time), and the analysis notes with her own."""
    user = request.user
    signals = (partner_access.signals_for_partner(user, knelpunt.pk).prefetch_related("themes")
               .order_by("submitted_at", "id"))
    notes = list(partner_access.analysis_notes_for(user, knelpunt.pk)
                 .select_related("author", "author__organisation").order_by("created_at", "id"))
    history = list(partner_access.stage_history_for_partner(user, knelpunt.pk))
    return render(request, "casework/partner/knelpunt.html", {
        "knelpunt": knelpunt, "themes": knelpunt.themes.all(), "target_groups": knelpunt.target_groups.all(),
        "questions": partner_access.questions_for_partner(user, knelpunt.pk),
        "history": history[-RECENT:], "earlier_history": history[:-RECENT],
        "signals": Paginator(signals, PAGE_SIZE).get_page(request.GET.get("pagina")),
        "notes": notes[-RECENT:], "earlier_notes": notes[:-RECENT],
        "form": form or AnalysisNoteForm(),
    })


@login_required
def knelpunt(request, pk):
    return _partner_page(request, _shared_or_404(request, pk))


@require_POST
@login_required
def add_note(request, pk):
    knelpunt = _shared_or_404(request, pk)
    form = AnalysisNoteForm(request.POST)
    if form.is_valid():
        try:
            partners.add_analysis_note(request.user, knelpunt.pk, form.cleaned_data["analysis"])
        except PermissionDenied as error:
            raise Http404 from error
        except ValidationError as error:
            form.add_error("analysis", error_text(error))
        else:
            tell_removed(request, form)
            messages.success(request, _("Je analysenota is bewaard. De gemeente en de andere partners lezen ze."))
            return redirect("partner:knelpunt", knelpunt.pk)
    return _partner_page(request, knelpunt, form)
