from django.urls import path

from lokaalsignaal.pages.workspace import audit_views as views

app_name = "audit"

urlpatterns = [
    path("g/<slug:slug>/audit/", views.log, name="log"),
    path("g/<slug:slug>/audit/export.csv", views.export, name="export"),
]
