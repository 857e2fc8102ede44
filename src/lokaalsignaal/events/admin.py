from django.contrib import admin

from .models import Event


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    """Read-only overview for the platform operator: no participants, no outcomes (tenant content)."""

    list_display = ["title", "municipality", "kind", "starts_at", "status"]
    list_filter = ["kind", "status"]
    fields = ["municipality", "kind", "title", "starts_at", "ends_at", "status", "sequence"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
