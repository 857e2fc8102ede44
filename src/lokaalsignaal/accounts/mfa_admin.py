"""Second factors in the platform admin: which kind, since when, last used, and delete (lockout recovery). Never the
secret: allauth's own admin shows and edits `data` (the TOTP secret, the recovery codes' seed), so it is replaced.

Imported by accounts/admin.py. allauth's admin module is imported here first, so its registration always exists
when we replace it, whatever the order of INSTALLED_APPS.
"""

from allauth.mfa import admin as _allauth_mfa_admin  # noqa: F401 (registers allauth's admin, replaced below)
from allauth.mfa.models import Authenticator
from django.contrib import admin

from lokaalsignaal.admin_lookups import DeclaredLookupsOnly
from lokaalsignaal.audit import services as audit


class AuthenticatorAdmin(DeclaredLookupsOnly, admin.ModelAdmin):
    list_display = ["user", "type", "created_at", "last_used_at"]
    list_filter = ["type"]
    search_fields = ["user__email"]
    list_select_related = ["user"]
    fields = ["user", "type", "created_at", "last_used_at"]
    readonly_fields = fields
    # never `data`, the secret: ?data__contains=… would leak it one character at a time
    lookup_fields, lookup_relations = ("type", "created_at", "last_used_at"), ("user",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def delete_model(self, request, obj):
        _removed(request.user, obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for authenticator in queryset:
            _removed(request.user, authenticator)
        super().delete_queryset(request, queryset)


def _removed(actor, authenticator: Authenticator) -> None:
    audit.record(actor, "mfa.admin_removed", authenticator, kind=authenticator.type, member=authenticator.user_id)


if admin.site.is_registered(Authenticator):
    admin.site.unregister(Authenticator)
admin.site.register(Authenticator, AuthenticatorAdmin)
