"""Partners on a knelpunt: the partner's pages, and the coordinator's panel actions on the knelpunt page."""

from django.urls import path

from . import partner_views as views

app_name = "partner"
bottleneck = "g/<slug:slug>/knelpunten/<int:pk>/partners/"
urlpatterns = [
    path("partner/knelpunten/", views.bottlenecks, name="bottlenecks"),
    path("partner/knelpunten/<int:pk>/", views.bottleneck, name="bottleneck"),
    path("partner/knelpunten/<int:pk>/analyse/", views.add_note, name="add_note"),
    path(f"{bottleneck}uitnodigen/", views.invite, name="invite"),
    path(f"{bottleneck}<int:access_id>/intrekken/", views.withdraw, name="withdraw"),
    path(f"{bottleneck}analyse/", views.coordinator_note, name="coordinator_note"),
]
