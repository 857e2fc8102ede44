from django.urls import path

from . import views

app_name = "events"
event = "g/<slug:slug>/evenementen/<int:pk>/"
mine = "mijn/evenementen/<int:pk>/"
urlpatterns = [
    # the coordinator
    path("g/<slug:slug>/evenementen/", views.manage_list, name="manage_list"),
    path("g/<slug:slug>/evenementen/nieuw/", views.create, name="create"),
    path(event, views.manage_detail, name="manage_detail"),
    path(f"{event}aanpassen/", views.edit, name="edit"),
    path(f"{event}uitnodigen/", views.invite, name="invite"),
    path(f"{event}annuleren/", views.cancel, name="cancel"),
    path(f"{event}aanwezigheid/", views.attendance, name="attendance"),
    path(f"{event}uitkomst/<int:item>/", views.outcome, name="outcome"),
    path(f"{event}afdrukken/", views.print_view, name="print"),
    # the giver
    path("mijn/evenementen/", views.mine, name="mine"),
    path(mine, views.event, name="event"),
    path(f"{mine}inschrijven/", views.register, name="register"),
    path(f"{mine}afmelden/", views.decline, name="decline"),
    path(f"{mine}agenda.ics", views.event_ics, name="event_ics"),
    path("mijn/agenda/", views.calendar, name="calendar"),
    path("mijn/agenda/nieuwe-link/", views.regenerate_token, name="regenerate_token"),
    path("agenda/<str:token>.ics", views.feed, name="feed"),
    # public (opt-in per municipality)
    path("publiek/<slug:slug>/evenementen/", views.public, name="public"),
]
