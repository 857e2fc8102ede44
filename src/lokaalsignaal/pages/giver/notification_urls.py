from django.urls import path

from lokaalsignaal.pages.giver import notification_views as views

app_name = "notifications"
urlpatterns = [
    path("mijn/meldingen/", views.notifications, name="notifications"),
    path("mijn/meldingen/gelezen/", views.mark_all_read, name="mark_all_read"),
    path("mijn/meldingen/instellingen/", views.notification_settings, name="settings"),
    path("mijn/meldingen/<int:pk>/", views.open_notification, name="open"),
]
