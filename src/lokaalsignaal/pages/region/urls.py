"""/regio/<scope>/...: the region and Flanders views (pages.region.views)."""

from django.urls import path

from lokaalsignaal.pages.region import overview_views, views

app_name = "region"
scope = "regio/<int:scope>/"
regional = f"{scope}regionaal/<int:pk>/"
urlpatterns = [
    path("regio/", views.index, name="index"),
    path(scope, views.overview, name="overview"),
    path(f"{scope}knelpunten/<int:pk>/", views.escalated, name="escalated"),
    path(f"{scope}bundelen/", views.bundle, name="bundle"),
    path(f"{scope}overzicht/", overview_views.overview, name="numbers"),
    path(f"{scope}regionaal/", views.regional_list, name="regional_list"),
    path(regional, views.regional, name="regional"),
    path(f"{regional}fase/", views.regional_stage, name="regional_stage"),
    path(f"{regional}bericht/", views.regional_feedback, name="regional_feedback"),
    path(f"{regional}toevoegen/", views.regional_add, name="regional_add"),
]
