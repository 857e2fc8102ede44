from django.urls import path

from . import views

app_name = "intake"
urlpatterns = [
    path("g/<slug:slug>/signaal-geven/", views.give, name="give"),
    path("g/<slug:slug>/signalen/", views.incoming, name="incoming"),
    path("g/<slug:slug>/signalen/<int:pk>/", views.triage, name="triage"),
    path("g/<slug:slug>/signalen/<int:pk>/ontvangen/", views.mark_received, name="mark_received"),
    path("g/<slug:slug>/signalen/<int:pk>/verwijder-tekst/", views.redact, name="redact"),
    path("mijn/signalen/", views.mine, name="mine"),
    path("mijn/signalen/verstuurd/", views.receipt, name="receipt"),
    path("mijn/signalen/<str:reference>/", views.detail, name="detail"),
    path("mijn/signalen/<str:reference>/aanpassen/", views.edit, name="edit"),
    path("mijn/signalen/<str:reference>/intrekken/", views.withdraw, name="withdraw"),
]
