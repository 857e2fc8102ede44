"""Escalation beyond the town hall: what a region (eerstelijnszone) or Flanders does with the knelpunten its
municipalities escalated to it.

- A municipality escalates a knelpunt with `casework.knelpunten.services.change_stage(..., to="escalated",
  escalate_to=scope, responsible_level=level)`.
- The scope reads its escalated knelpunten and their signal texts (never who gave them) through
  `casework.regions.access.escalated_knelpunten_for` / `readable_by_scope` / `signals_of_escalated`; Flanders also
  reads the knelpunten (and signal texts) bundled into a regional knelpunt that a region escalated to it.
- A scope coordinator bundles escalated knelpunten into a regional/Flemish knelpunt (`bundle`, `add_to_bundle`);
  Flanders bundles municipal knelpunten escalated to it and regional knelpunten that regions escalated to it;
  that knelpunt moves through the same stage table with `casework.knelpunten.services.change_stage` and gets
  messages with `casework.knelpunten.services.send_feedback`. Every such message flows down
  (`casework.knelpunten.flow.flow_down`): it is recorded on each bundled knelpunt (a `KnelpuntMessage`: what its
  coordinators read in its timeline and the people who joined it on their page, also without signals; a Flemish
  message also on the regional knelpunt it passes through) and carried to each of its signals (a FEEDBACK event
  linked to that message: the giver's story reads "Bericht van <scope>" from it), and who hears it is announced
  (`MessageFlowedDown`).
- Aggregates for the scope views: `casework.regions.numbers.for_scope`, one table of signal counts per scope with
  small numbers suppressed, and what would give them back (`privacy.small_numbers`).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Max, Q
from django.utils.translation import gettext as _

from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.models import Knelpunt, Note
from lokaalsignaal.casework.knelpunten.stages import Stage
from lokaalsignaal.casework.regions import access as region_access
from lokaalsignaal.casework.regions import numbers as region_numbers
from lokaalsignaal.guard import services as guard
from lokaalsignaal.tenancy import scoping
from lokaalsignaal.tenancy.models import Scope


def _require_coordinator(actor, scope) -> None:
    if not scoping.is_scope_coordinator(actor, scope):
        raise PermissionDenied


def _escalated_here(actor, scope):
    """Knelpunten escalated to the scope and still 'opgeschaald': municipal knelpunten and (for Flanders) regional
    knelpunten a region escalated to it. Never a Flemish knelpunt: municipality → region → Flanders is as deep as a
    bundle goes (what `access.readable_by_scope` opens). No joins (a subquery for the scopes): lockable."""
    return (region_access.escalated_knelpunten_for(actor, scope).filter(escalated_to=scope, stage=Stage.ESCALATED)
            .exclude(scope__in=Scope.objects.filter(kind=Scope.Kind.FLANDERS)))


def bundleable(actor, scope):
    """What the scope can bundle: its escalated knelpunten that are not bundled yet (the bundle forms' choices)."""
    return _escalated_here(actor, scope).filter(parent__isnull=True)


def _bundleable(actor, scope, knelpunt_ids) -> list[Knelpunt]:
    """Escalated knelpunten of the scope that are not bundled yet, locked. Anything else: PermissionDenied."""
    ids = {int(pk) for pk in knelpunt_ids}
    if not ids:
        raise ValidationError(_("Kies minstens één opgeschaald knelpunt."))
    children = list(_escalated_here(actor, scope).select_for_update().filter(pk__in=ids))
    if len(children) != len(ids):
        raise PermissionDenied
    if any(child.parent_id for child in children):
        raise ValidationError(_("Een van de gekozen knelpunten is al gebundeld in een Vlaams knelpunt.")
                              if scope.kind == Scope.Kind.FLANDERS else
                              _("Een van de gekozen knelpunten is al gebundeld in een regionaal knelpunt."))
    return children


def _attach(actor, scope, regional, children) -> None:
    Knelpunt.objects.filter(pk__in=[c.pk for c in children]).update(parent=regional)
    for child in children:
        # the municipality's coordinators see it in the knelpunt's timeline (an internal note, never to givers)
        Note.objects.create(knelpunt=child, author=actor, kind=Note.Kind.INTERNAL, body=_(
            "%(scope)s heeft dit knelpunt gebundeld in het knelpunt ‘%(title)s’. Berichten over dat knelpunt "
            "komen ook bij jullie en bij de signaalgevers.") % {"scope": scope.name, "title": regional.title})
        audit.record(actor, "knelpunt.bundled_into", child, into=regional.pk, scope=scope.pk)
    regional.themes.add(*{t for child in children for t in child.themes.all()})
    regional.target_groups.add(*{t for child in children for t in child.target_groups.all()})


def title_required(scope) -> str:
    """The error for a bundle without a title, in the words of the scope's kind (regional or Flemish knelpunt)."""
    if scope.kind == Scope.Kind.FLANDERS:
        return _("Geef het Vlaamse knelpunt een titel.")
    return _("Geef het regionale knelpunt een titel.")


@transaction.atomic
def bundle(actor, scope, knelpunt_ids, title: str, summary: str = "") -> Knelpunt:
    """Bundle escalated knelpunten of the scope into a new regional/Flemish knelpunt (stage 'nieuw')."""
    _require_coordinator(actor, scope)
    children = _bundleable(actor, scope, knelpunt_ids)
    title = guard.clean(title)
    if not title:
        raise ValidationError(title_required(scope))
    summary = guard.clean(summary)
    regional = Knelpunt.objects.create(scope=scope, municipality=None, title=title, summary=summary,
                                         created_by=actor, owner=actor)
    _attach(actor, scope, regional, children)
    audit.record(actor, "knelpunt.bundled", regional, scope=scope.pk, children=sorted(c.pk for c in children))
    return regional


@transaction.atomic
def add_to_bundle(actor, regional_id: int, knelpunt_ids) -> Knelpunt:
    """Add escalated knelpunten of the scope to an existing, open regional knelpunt."""
    regional = knelpunt_access.regional_knelpunten_for(actor, role="coordinator").select_for_update().filter(
        pk=regional_id).first()
    if regional is None:
        raise PermissionDenied
    scope = regional.scope
    if regional.is_closed:
        raise ValidationError(_("Dit Vlaamse knelpunt is afgesloten. Heropen het eerst.")
                              if scope.kind == Scope.Kind.FLANDERS else
                              _("Dit regionale knelpunt is afgesloten. Heropen het eerst."))
    children = _bundleable(actor, scope, knelpunt_ids)
    _attach(actor, scope, regional, children)
    audit.record(actor, "knelpunt.bundle_extended", regional, scope=scope.pk,
                 children=sorted(c.pk for c in children))
    return regional


# --- read side (querysets for the scope views; always through casework.regions.access) ------------------------

def escalated_list(user, scope, *, theme=None, municipality=None, bundled: str = ""):
    """The knelpunten the scope may open (`access.readable_by_scope`, the ones `aggregates` counts), each once, for
    its overview, with what the list shows, in a fixed number of queries. For Flanders, also the regional knelpunten
    that regions escalated to it (`scope` holds their region) and the municipal knelpunten below them."""
    queryset = region_access.readable_by_scope(user, scope)
    if theme is not None:
        queryset = queryset.filter(themes=theme).distinct()
    if municipality is not None:
        queryset = queryset.filter(municipality=municipality)
    if bundled == "no":
        queryset = queryset.filter(parent__isnull=True)
    elif bundled == "yes":
        queryset = queryset.filter(parent__isnull=False)
    escalated_at = Max("stage_changes__created_at", filter=Q(stage_changes__to_stage=Stage.ESCALATED))
    return (queryset.annotate(escalated_at=escalated_at)
            .select_related("municipality", "scope", "responsible_level", "parent").prefetch_related("themes")
            .only("title", "stage", "signal_count", "stage_changed_at", "municipality_id", "municipality__name",
                  "scope_id", "scope__name", "responsible_level_id", "responsible_level__name", "parent_id",
                  "parent__title", "parent__scope_id")
            .order_by("-escalated_at", "-id"))


def regional_list(user, scope):
    """The scope's own regional/Flemish knelpunten, with the number of bundled knelpunten (the signals below them:
    `numbers.for_scope`, small numbers suppressed)."""
    return (knelpunt_access.regional_knelpunten_for(user, scope)
            .annotate(children_count=Count("children", filter=Q(children__merged_into__isnull=True), distinct=True))
            .select_related("responsible_level").prefetch_related("themes").defer("summary")
            .order_by("-updated_at", "-id"))


def aggregates(user, scope) -> dict:
    """Counts across the municipal knelpunten the scope may open (`access.readable_by_scope`): escalated to it,
    bundled into one of its knelpunten, and for Flanders also those below a regional knelpunt escalated to it or
    bundled by it. Each knelpunt counts once, however many ways it is reached. Per municipality and per theme
    (knelpunten, signals). Raw numbers, for code and tests: pages show `numbers.for_scope`, which suppresses
    small numbers and what would give them back."""
    return region_numbers.for_scope(user, scope).aggregates()
