from django.contrib import admin

from lokaalsignaal import domain_events
from lokaalsignaal.audit import services as audit
from lokaalsignaal.tenancy.domain_events import MunicipalityChangedByAdmin
from lokaalsignaal.tenancy.models import Municipality, PostalCode, Scope


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "refnis", "province", "region", "participating", "start_date", "wave"]
    list_filter = ["participating", "region", "province", "wave"]
    search_fields = ["name", "refnis", "name_fr"]
    list_editable = ["participating", "start_date", "wave"]
    readonly_fields = ["refnis", "region", "slug", "reference_prefix"]
    fields = [
        "name", "name_fr", "refnis", "province", "region", "slug", "reference_prefix",
        "participating", "start_date", "wave",
        "auto_approve_domains", "response_days", "intro_text", "public_page", "partners_require_two_factor",
    ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        audit.record(request.user, "municipality.admin_change", obj, municipality=obj,
                     fields=sorted(form.changed_data))
        # the coordinators hear it when it touches their own settings (`accounts.admin_changes`, after commit)
        domain_events.announce(MunicipalityChangedByAdmin(request.user.pk, obj.pk, tuple(sorted(form.changed_data))))


@admin.register(PostalCode)
class PostalCodeAdmin(admin.ModelAdmin):
    list_display = ["code", "municipality"]
    search_fields = ["code", "municipality__name"]
    list_select_related = ["municipality"]


@admin.register(Scope)
class ScopeAdmin(admin.ModelAdmin):
    list_display = ["name", "kind"]
    filter_horizontal = ["municipalities"]
