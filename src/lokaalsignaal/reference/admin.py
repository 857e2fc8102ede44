from django.contrib import admin

from .models import ResponsibleLevel, Sector, TargetGroup, Theme


@admin.register(Theme, TargetGroup, Sector, ResponsibleLevel)
class ReferenceItemAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "active"]
    list_editable = ["position", "active"]
    prepopulated_fields = {"slug": ["name"]}
    search_fields = ["name"]
