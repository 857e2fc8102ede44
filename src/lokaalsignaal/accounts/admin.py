from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.accounts import admin_changes, mfa_admin  # noqa: F401 (mfa_admin replaces allauth's MFA admin)
from lokaalsignaal.accounts.models import Invitation, Organisation, User
from lokaalsignaal.audit import services as audit
from lokaalsignaal.tenancy.models import Membership, ScopeMembership


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "user"
    extra = 0
    fields = ["municipality", "role", "status", "decided_at"]
    readonly_fields = ["decided_at"]
    autocomplete_fields = ["municipality"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "organisation", "is_staff", "is_active"]
    search_fields = ["email", "full_name"]
    list_filter = ["is_staff", "is_active"]
    inlines = [MembershipInline]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Persoon"), {"fields": ["full_name", "organisation", "organisation_verified_at", "organisation_verified_by",
                                   "function", "language", "notification_preference"]}),
        (_("Rechten"), {"fields": ["is_active", "is_staff", "is_superuser"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})]
    # the organisation someone names is a claim until verified (cleared when the organisation changes)
    readonly_fields = ["organisation_verified_at", "organisation_verified_by"]
    actions = ["verify_affiliations", "verify_affiliations_and_organisations", "remove_accounts"]

    def has_delete_permission(self, request, obj=None):
        """An account is removed by "Account verwijderen" (`accounts.leaving.remove_account`: audited, her logins and
        invitations gone, her name off what she wrote, the people waiting on her told), never deleted outright."""
        return False

    def _verify(self, request, queryset, organisation_too):
        from django.contrib import messages
        from django.core.exceptions import ValidationError

        from lokaalsignaal.accounts import services

        for person in queryset.filter(organisation__isnull=False):
            try:
                services.verify_affiliation(request.user, person.pk, organisation_too=organisation_too)
            except ValidationError as error:
                self.message_user(request, " ".join(error.messages), messages.ERROR)

    @admin.action(description=_("Nakijken: deze mensen werken bij hun organisatie"))
    def verify_affiliations(self, request, queryset):
        self._verify(request, queryset, organisation_too=False)

    @admin.action(description=_("Nakijken: deze mensen werken bij hun organisatie, en die organisatie bestaat echt"))
    def verify_affiliations_and_organisations(self, request, queryset):
        self._verify(request, queryset, organisation_too=True)

    @admin.action(description=_("Account verwijderen: signalen en berichten blijven, zonder naam"))
    def remove_accounts(self, request, queryset):
        """`accounts.leaving.remove_account` for each (not the admin herself: another admin does that)."""
        from django.contrib import messages
        from django.core.exceptions import PermissionDenied

        from lokaalsignaal.accounts import leaving

        removed = 0
        for person in queryset.filter(is_active=True).exclude(pk=request.user.pk):
            try:
                leaving.remove_account(request.user, person.pk)
            except PermissionDenied:
                continue
            removed += 1
        self.message_user(request, _("%(count)d account(s) verwijderd.") % {"count": removed}, messages.SUCCESS)

    def save_formset(self, request, form, formset, change):
        # a role given, changed or taken here is audited in its municipality and told to its coordinators
        for deleted in formset.deleted_forms:
            if deleted.instance.pk:
                admin_changes.membership_changed(request.user, deleted.instance, deleted=True)
        for membership in formset.save():
            admin_changes.membership_changed(request.user, membership)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "sector", "verified"]
    list_filter = ["verified", "sector"]
    search_fields = ["name"]
    filter_horizontal = ["municipalities"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "verified" in form.changed_data:  # partner access through the organisation depends on it
            audit.record(request.user, "organisation.verified" if obj.verified else "organisation.unverified", obj)


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "municipality", "role", "created_at", "expires_at", "accepted_at"]
    autocomplete_fields = ["municipality"]
    readonly_fields = ["invited_by", "accepted_at", "accepted_by", "created_at", "expires_at"]
    fields = ["email", "municipality", "role", "invited_by", "created_at", "expires_at", "accepted_at"]

    def get_readonly_fields(self, request, obj=None):
        return self.fields if obj is not None else self.readonly_fields  # sent is sent: invite again instead

    def save_model(self, request, obj, form, change):
        if change:
            return None
        from lokaalsignaal.accounts import (
            services,  # invite() tells the coordinators when the inviter is not one of them
        )

        invitation = services.invite(request.user, obj.municipality, obj.email, obj.role)
        obj.pk = invitation.pk


@admin.register(ScopeMembership)
class ScopeMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "scope", "role"]
    autocomplete_fields = ["user"]

    # a region/Flanders role reads what the scope's municipalities escalate: audited there, told to coordinators
    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        admin_changes.scope_membership_changed(request.user, obj)

    def delete_model(self, request, obj):
        admin_changes.scope_membership_changed(request.user, obj, deleted=True)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for scope_membership in queryset.select_related("scope", "user"):
            admin_changes.scope_membership_changed(request.user, scope_membership, deleted=True)
        super().delete_queryset(request, queryset)
