"""The audit log in the platform admin: read-only, and never a giver next to the signal or knelpunt she acted on.

A private action (`audit.actions`: giving, editing, withdrawing a signal, answering, joining…) shows neither its
actor, nor its object, nor its payload. Filtering is limited to declared filters: the action (with its Dutch label),
the municipality, the date (today, the last 7 days, this month, this year; and the date hierarchy above the list)
and a person by e-mail address (`PersonFilter`), which finds only what may show who did it: the public actions she
did or that concern her role, never a private one. No URL lookup (`?actor=…&object_id=…`) can rebuild the pairing
the list hides.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.admin_lookups import DeclaredLookupsOnly

from .actions import ACTIONS, describe, public_codes
from .models import AuditEvent

HIDDEN = _("(verborgen: een signaalgever)")
LEGACY = "bottleneck."  # older rows of today's knelpunt.* actions (audit.actions)
MAX_EMAIL = 254


class ActionFilter(admin.SimpleListFilter):
    """Every declared action by its Dutch label; a knelpunt's action also finds its older `bottleneck.*` rows."""

    title = _("actie")
    parameter_name = "action__exact"

    def lookups(self, request, model_admin):
        codes = [code for code in ACTIONS if not code.startswith(LEGACY)]
        return sorted(((code, describe(code).label) for code in codes), key=lambda choice: str(choice[1]).lower())

    def queryset(self, request, queryset):
        code = self.value()
        if not code:
            return queryset
        legacy = [LEGACY + code.removeprefix("knelpunt.")] if code.startswith("knelpunt.") else []
        return queryset.filter(action__in=[code, *legacy])


class PersonFilter(admin.SimpleListFilter):
    """A person by her e-mail address: the public actions she did, or that concern her role (`payload.member`).
    Never a private action, so it cannot tell which signal she gave or which knelpunt she joined."""

    title = _("persoon (e-mailadres)")
    parameter_name = "persoon"
    template = "admin/audit/person_filter.html"

    def lookups(self, request, model_admin):
        return ()

    def has_output(self) -> bool:
        return True

    def value(self):
        return (super().value() or "").strip()[:MAX_EMAIL]

    def queryset(self, request, queryset):
        email = self.value()
        if not email:
            return queryset
        person = get_user_model().objects.filter(email__iexact=email).only("pk").first()
        if person is None:
            return queryset.none()
        return queryset.filter(Q(actor=person) | Q(payload__member=person.pk), action__in=public_codes())

    def choices(self, changelist):
        keep = [(key, value) for key, values in changelist.get_filters_params().items()
                if key not in (self.parameter_name, "p") for value in values]
        yield {"value": self.value(), "keep": keep,
               "clear": changelist.get_query_string(remove=[self.parameter_name])}


@admin.register(AuditEvent)
class AuditEventAdmin(DeclaredLookupsOnly, admin.ModelAdmin):
    list_display = ["created_at", "what", "who", "municipality", "about"]
    list_filter = [ActionFilter, PersonFilter, ("created_at", admin.DateFieldListFilter), "municipality"]
    date_hierarchy = "created_at"
    list_select_related = ["actor", "municipality"]
    fields = ["created_at", "what", "action", "who", "municipality", "about", "details"]
    readonly_fields = fields
    lookup_fields, lookup_relations = ("action", "created_at"), ("municipality",)

    def lookup_allowed(self, lookup, value, request=None):
        return lookup == PersonFilter.parameter_name or super().lookup_allowed(lookup, value, request)

    @admin.display(description=_("actie"))
    def what(self, event):
        return describe(event.action).label

    @admin.display(description=_("wie"))
    def who(self, event):
        if describe(event.action).private:
            return HIDDEN
        return event.actor or "—"

    @admin.display(description=_("over"))
    def about(self, event):
        if describe(event.action).private:
            return "—"
        return f"{event.object_type} {event.object_id}".strip() or "—"

    @admin.display(description=_("details (codes)"))
    def details(self, event):
        if describe(event.action).private:
            return "—"
        return event.payload

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
