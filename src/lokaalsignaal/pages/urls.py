from django.urls import path

from lokaalsignaal.pages import public_views, views

app_name = "pages"

urlpatterns = [
    path("", views.landing, name="landing"),
    path("welke-steden-en-gemeenten-werken-mee/", views.participating, name="participating"),
    path("hoe-sluit-ik-me-aan/", views.join, name="join"),
    path("publiek/resultaten/", public_views.flanders_results, name="results_flanders"),
    path("publiek/<slug:slug>/resultaten/", public_views.municipality_results, name="results"),
    path("mijn/", views.home, name="home"),
    path("wissel/", views.switch, name="switch"),
    path("g/<slug:slug>/", views.municipality_home, name="municipality"),
]
