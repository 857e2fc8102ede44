from django.contrib import admin

from lokaalsignaal.audit import services as audit

from .models import Municipality, PostalCode, Scope


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
        from lokaalsignaal.accounts import admin_changes, services

        if set(form.changed_data) & set(services.SETTINGS_FIELDS):  # the coordinators' own settings
            admin_changes.settings_changed(request.user, obj)


@admin.register(PostalCode)
class PostalCodeAdmin(admin.ModelAdmin):
    list_display = ["code", "municipality"]
    search_fields = ["code", "municipality__name"]
    list_select_related = ["municipality"]


@admin.register(Scope)
class ScopeAdmin(admin.ModelAdmin):
    list_display = ["name", "kind"]
    filter_horizontal = ["municipalities"]
