from django.urls import path

from lokaalsignaal.pages.giver import answer_views
from lokaalsignaal.pages.giver import signal_views as views

app_name = "intake"
urlpatterns = [
    path("g/<slug:slug>/signaal-geven/", views.give, name="give"),
    path("mijn/signalen/", views.mine, name="mine"),
    path("mijn/signalen/verstuurd/", views.receipt, name="receipt"),
    path("mijn/signalen/<str:reference>/", views.detail, name="detail"),
    path("mijn/signalen/<str:reference>/aanpassen/", views.edit, name="edit"),
    path("mijn/signalen/<str:reference>/intrekken/", views.withdraw, name="withdraw"),
    path("mijn/signalen/<str:reference>/antwoorden/", answer_views.answer, name="answer"),
    path("mijn/signalen/<str:reference>/nog-steeds/", answer_views.still_seen, name="still_seen"),
]
