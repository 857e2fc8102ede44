from django.urls import path

from . import views

app_name = "feedback"
urlpatterns = [
    path("mijn/signalen/<str:reference>/antwoorden/", views.answer, name="answer"),
    path("mijn/signalen/<str:reference>/nog-steeds/", views.still_seen, name="still_seen"),
    path("mijn/meldingen/", views.notifications, name="notifications"),
    path("mijn/meldingen/gelezen/", views.mark_all_read, name="mark_all_read"),
    path("mijn/meldingen/instellingen/", views.notification_settings, name="settings"),
    path("mijn/meldingen/<int:pk>/", views.open_notification, name="open"),
]
