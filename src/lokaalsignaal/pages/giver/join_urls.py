"""'Ik zie dit ook' (pages.giver.join_views)."""

from django.urls import path

from lokaalsignaal.pages.giver import join_views as views

app_name = "joins"
urlpatterns = [
    path("g/<slug:slug>/gekende-knelpunten/", views.known, name="known"),
    path("g/<slug:slug>/knelpunten/<int:pk>/ik-zie-dit-ook/", views.join, name="join"),
    path("mijn/knelpunten/<int:pk>/", views.joined, name="joined"),
]
