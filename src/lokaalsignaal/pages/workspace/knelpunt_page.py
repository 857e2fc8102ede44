"""The coordinator's page of one knelpunt, as every action on it renders it again: its facts, signals (texts, never
who gave them), timeline and the panels of the capabilities around it — priority ("waarom deze prioriteit?",
`casework.knelpunten.priority`, the override in `casework.priority`), partners (`casework.partners`), stage,
messages, notes, and links to the pages that move a signal and merge (their lists of knelpunten are long, so they
are built there only). The actions are `knelpunt_views`, `priority_views` and `partner_views`; each re-renders this
page with its bound form on an error (moving and merging: their own page)."""

from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.casework.decisions.forms import DecisionForm
from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten import priority, timeline
from lokaalsignaal.casework.knelpunten.forms import FeedbackForm, NoteForm, StageChangeForm
from lokaalsignaal.casework.knelpunten.models import Knelpunt
from lokaalsignaal.casework.knelpunten.stages import ALLOWED, Stage
from lokaalsignaal.casework.partners import access as partner_access
from lokaalsignaal.casework.partners.forms import AnalysisNoteForm
from lokaalsignaal.casework.priority.forms import PriorityOverrideForm
from lokaalsignaal.fragments import Unbound
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.models import Frequency, PeopleAffected
from lokaalsignaal.kept_queries import KeptPages, KeptQuery
from lokaalsignaal.pagination import PAGE_SIZE, CountedRowsPaginator, counted
from lokaalsignaal.reference import lists as reference
from lokaalsignaal.reference.lists import ids_of
from lokaalsignaal.reference.models import TargetGroup, Theme
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Municipality

_FREQUENCY = {rank: Frequency(value).label for value, rank in priority.FREQUENCY_RANK.items()}
_PEOPLE = {rank: PeopleAffected(value).label for value, rank in priority.PEOPLE_RANK.items()}

BAR_STEPS = 10


def _any(related) -> Exists:
    """Whether the knelpunt has any row of this relation (its page asks for those rows only when it has)."""
    return Exists(related.rel.related_model.objects.filter(**{related.field.name: OuterRef("pk")}))


# what every knelpunt page asks, built once per process (`kept_queries`)
_KNELPUNT = KeptQuery(lambda user_id, municipality_id, pk, shape: knelpunt_access.knelpunten_for(
    account(user_id), Municipality(pk=municipality_id), perm=shape).select_related(
    "owner", "responsible_level", "created_by").filter(pk=pk).annotate(
    theme_ids=ids_of(Knelpunt.themes), target_group_ids=ids_of(Knelpunt.target_groups),
    has_messages=_any(Knelpunt.messages), has_decisions=_any(Knelpunt.decisions),
    has_partners=_any(Knelpunt.partner_accesses), has_invitations=_any(Knelpunt.partner_invitations),
))  # shape: the permission


def _signals(user_id, municipality_id, knelpunt_id):
    """Rows of values, not signals (the sector named from `reference.lists`, `knelpunt_signal_rows`), each with the
    length of the list (`pagination.counted`: its first page is one query)."""
    return counted(signal_access.signals_readable_by(account(user_id), Municipality(pk=municipality_id))
                   .filter(knelpunt_id=knelpunt_id).order_by("-submitted_at", "-id")
                   ).values_list("pk", "reference", "title", "sector_id", "submitted_at", "listed", named=True)


_SIGNALS = KeptPages(_signals)
_PARTNERS = KeptQuery(lambda user_id, knelpunt_id: partner_access.partner_accesses_managed_by(
    account(user_id), knelpunt_id).select_related("organisation", "user", "user__organisation", "invited_by")
    .order_by("created_at"))
_WAITING = KeptQuery(lambda user_id, knelpunt_id, now: partner_access.partner_invitations_managed_by(
    account(user_id), knelpunt_id, now=now).select_related("invited_by").order_by("created_at"))
_DECISIONS = KeptQuery(lambda knelpunt_id: Decision.objects.filter(knelpunt_id=knelpunt_id)
                       .select_related("recorded_by"))


def knelpunt_or_404(request, municipality, pk, perm="knelpunten.read"):
    """The knelpunt as its page reads it (`knelpunt_page`): its themes' and target groups' ids annotated, and
    whether it has messages, decisions, partners and invitations at all (the page reads those only when it has)."""
    found = _KNELPUNT(shape=perm, user_id=request.user.pk, municipality_id=municipality.pk, pk=int(pk))
    if not found:
        raise Http404("Niet gevonden")
    return found[0]


def knelpunt_page(request, municipality, knelpunt, **forms):
    user = request.user
    can_manage = scoping.can(user, municipality, "knelpunten.manage")
    signals = _SIGNALS.of(user_id=user.pk, municipality_id=municipality.pk, knelpunt_id=knelpunt.pk)
    context = {
        "municipality": municipality, "knelpunt": knelpunt, "can_manage": can_manage,
        "can_triage": scoping.can(user, municipality, "signals.triage"),
        "themes": reference.names(Theme, knelpunt.theme_ids or ""),
        "target_groups": reference.names(TargetGroup, knelpunt.target_group_ids or ""),
        "signals": CountedRowsPaginator(signals, PAGE_SIZE).get_page(request.GET.get("pagina")),
        "timeline": timeline.for_knelpunt(knelpunt, internal=can_manage),
        "decisions": _DECISIONS(knelpunt_id=knelpunt.pk) if knelpunt.has_decisions else [],
        **priority_panel(knelpunt),
    }
    if can_manage:
        context["next_steps"] = next_steps(municipality, knelpunt)
        context.update(priority_manage(knelpunt))
        context.update({
            # made only when their kept part must be written (`fragments.Unbound`)
            "stage_form": StageChangeForm(knelpunt=knelpunt), "note_form": Unbound(NoteForm),
            "feedback_form": Unbound(FeedbackForm), "decision_form": Unbound(DecisionForm),
        })
        context.update(partner_panel(user, municipality, knelpunt))
        context.update(forms)
    return render(request, "casework/knelpunt.html", context)


def next_steps(municipality, knelpunt) -> tuple[tuple[str, str], ...]:
    """What a coordinator does next, as (words, where on the page or which page): what is still missing first (a
    summary, a trekker), else the stages the knelpunt can move to. A tuple: the page's summary is kept on it."""
    edit = reverse("casework:knelpunt_edit", args=[municipality.slug, knelpunt.pk])
    steps = []
    if not knelpunt.summary.strip():
        steps.append((_("Schrijf een samenvatting"), edit))
    if knelpunt.owner_id is None:
        steps.append((_("Kies een trekker"), edit))
    if not steps and knelpunt.merged_into_id is None:
        labels = [str(Stage(stage).label).lower() for stage in sorted(ALLOWED.get(knelpunt.stage, ()),
                                                                      key=list(Stage).index)]
        if labels:
            steps.append((_("Zet het knelpunt in een volgende fase: %(stages)s") % {"stages": ", ".join(labels)},
                          "#fase-titel"))
    return tuple(steps)


# --- the panels ----------------------------------------------------------------------------------------------

def _value_in_words(component) -> str:
    """What a component's raw value means, for a person."""
    value = component.value
    if component.key == "frequency":
        return str(_FREQUENCY.get(int(value), _("niet opgegeven")))
    if component.key == "people":
        return str(_PEOPLE.get(int(value), _("niet opgegeven")))
    if component.key == "recency":
        if not value.isdigit():
            return _("nog geen signalen")
        days = int(value)
        if days == 0:
            return _("laatste signaal vandaag")
        return ngettext("laatste signaal %(days)s dag geleden", "laatste signaal %(days)s dagen geleden",
                        days) % {"days": days}
    if component.key == "severity":
        return _("%(n)s op 5") % {"n": value}
    return value


def _bar(points: int, maximum: int) -> str:
    filled = round(BAR_STEPS * points / maximum) if maximum else 0
    return "■" * filled + "□" * (BAR_STEPS - filled)


def priority_panel(knelpunt) -> dict:
    """What the "Waarom deze prioriteit?" panel needs (anyone who may read the knelpunt).

    The panel explains the score computed now and writes nothing (no write on a GET). The stored score that
    orders the lists is recomputed by the services whenever an input changes (link, unlink, join, merge,
    severity) and, for recency, which moves with time, nightly by the `refresh_priorities` command."""
    score, parts = priority.compute(knelpunt)
    rows = [{"key": c.key, "label": c.label, "value": _value_in_words(c), "points": c.points, "maximum": c.maximum,
             "bar": _bar(c.points, c.maximum)} for c in parts]
    maximum = sum(c.maximum for c in parts)
    return {
        "priority_score": score, "priority_maximum": maximum, "priority_parts": rows,
        # everything the table of parts shows: the key of its kept HTML (`{% kept_fragment %}`)
        "priority_key": (score, maximum, *(tuple(str(v) for v in row.values()) for row in rows)),
    }


def priority_manage(knelpunt) -> dict:
    """The override form, for a coordinator."""
    return {"priority_form": PriorityOverrideForm(knelpunt=knelpunt)}


def partner_panel(user, municipality, knelpunt) -> dict:
    """What the "Partners" panel on the coordinator's knelpunt page needs (a coordinator of the municipality)."""
    accesses = _PARTNERS(user_id=user.pk, knelpunt_id=knelpunt.pk) if knelpunt.has_partners else []
    waiting = (_WAITING(user_id=user.pk, knelpunt_id=knelpunt.pk, now=timezone.now()) if knelpunt.has_invitations
               else [])
    return {"partner_accesses": accesses, "partner_invitations": waiting,
            "analysis_form": Unbound(AnalysisNoteForm)}
