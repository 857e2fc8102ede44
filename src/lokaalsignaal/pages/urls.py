from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("", views.landing, name="landing"),
    path("welke-steden-en-gemeenten-werken-mee/", views.participating, name="participating"),
    path("hoe-sluit-ik-me-aan/", views.join, name="join"),
    path("mijn/", views.home, name="home"),
    path("wissel/", views.switch, name="switch"),
    path("g/<slug:slug>/", views.municipality_home, name="municipality"),
]
