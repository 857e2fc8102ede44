"""The audit log in the platform admin: read-only, and never a giver next to the signal or knelpunt she acted on.

A private action (`audit.actions`: giving, editing, withdrawing a signal, answering, joining…) shows neither its
actor, nor its object, nor its payload. Filtering is limited to the action, the municipality and the date, so no
URL lookup (`?actor=…&object_id=…`) can rebuild the pairing the list hides.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.admin_lookups import DeclaredLookupsOnly

from .actions import describe
from .models import AuditEvent

HIDDEN = _("(verborgen: een signaalgever)")


@admin.register(AuditEvent)
class AuditEventAdmin(DeclaredLookupsOnly, admin.ModelAdmin):
    list_display = ["created_at", "what", "who", "municipality", "about"]
    list_filter = ["action"]
    date_hierarchy = "created_at"
    list_select_related = ["actor", "municipality"]
    fields = ["created_at", "what", "action", "who", "municipality", "about", "details"]
    readonly_fields = fields
    lookup_fields, lookup_relations = ("action", "created_at"), ("municipality",)

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
