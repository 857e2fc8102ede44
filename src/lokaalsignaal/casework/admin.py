"""The platform admin sees that knelpunten exist (title, stage, municipality), never their content: no summary,
no notes, no messages to givers, and no signals (Signal is deliberately not registered). Everything is read-only:
stage changes go through casework.knelpunten.services, which keeps the append-only history."""

from django.contrib import admin

from lokaalsignaal.casework.knelpunten.models import Knelpunt, StageChange


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Knelpunt)
class KnelpuntAdmin(ReadOnlyAdmin):
    list_display = ["title", "stage", "municipality", "signal_count", "updated_at"]
    list_filter = ["stage", "municipality__province"]
    search_fields = ["title", "municipality__name"]
    list_select_related = ["municipality"]
    fields = ["title", "stage", "municipality", "signal_count", "created_at", "updated_at", "stage_changed_at"]


@admin.register(StageChange)
class StageChangeAdmin(ReadOnlyAdmin):
    list_display = ["knelpunt", "from_stage", "to_stage", "created_at"]
    list_filter = ["to_stage"]
    list_select_related = ["knelpunt"]
    fields = ["knelpunt", "from_stage", "to_stage", "created_at"]
