from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.audit import services as audit

from .models import Invitation, Membership, Organisation, ScopeMembership, User


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
        (_("Persoon"), {"fields": ["full_name", "organisation", "function", "language", "notification_preference"]}),
        (_("Rechten"), {"fields": ["is_active", "is_staff", "is_superuser"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "full_name", "password1", "password2"]})]

    def save_formset(self, request, form, formset, change):
        instances = formset.save()
        for membership in instances:
            audit.record(request.user, "membership.admin_change", membership, role=membership.role,
                         status=membership.status, member=membership.user_id)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "sector", "verified"]
    list_filter = ["verified", "sector"]
    search_fields = ["name"]
    filter_horizontal = ["municipalities"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "municipality", "role", "created_at", "expires_at", "accepted_at"]
    autocomplete_fields = ["municipality"]
    readonly_fields = ["invited_by", "accepted_at", "accepted_by", "created_at", "expires_at"]
    fields = ["email", "municipality", "role", "invited_by", "created_at", "expires_at", "accepted_at"]

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        from . import services

        invitation = services.invite(request.user, obj.municipality, obj.email, obj.role)
        obj.pk = invitation.pk


@admin.register(ScopeMembership)
class ScopeMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "scope", "role"]
    autocomplete_fields = ["user"]
