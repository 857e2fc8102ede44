from django.urls import path

from lokaalsignaal.pages.workspace import (
    decision_views,
    elsewhere_views,
    export_views,
    inbox_views,
    overview_views,
    priority_views,
    saved_filter_views,
    suggestion_views,
)
from lokaalsignaal.pages.workspace import knelpunt_views as views

app_name = "casework"
signal = "g/<slug:slug>/signalen/<int:pk>/"
knelpunt = "g/<slug:slug>/knelpunten/<int:pk>/"
urlpatterns = [
    path("g/<slug:slug>/signalen/", inbox_views.inbox, name="inbox"),
    path("g/<slug:slug>/signalen/export.csv", export_views.inbox_export, {"file_format": "csv"}, name="inbox_csv"),
    path("g/<slug:slug>/signalen/export.xlsx", export_views.inbox_export, {"file_format": "xlsx"},
         name="inbox_xlsx"),
    path("g/<slug:slug>/signalen/filters/", saved_filter_views.save, name="inbox_filter_save"),
    path("g/<slug:slug>/signalen/filters/<int:pk>/verwijderen/", saved_filter_views.delete,
         name="inbox_filter_delete"),
    path("g/<slug:slug>/signalen/clusters/", suggestion_views.clusters, name="clusters"),
    path("g/<slug:slug>/signalen/clusters/knelpunt/", suggestion_views.cluster_create, name="cluster_create"),
    path(signal, inbox_views.signal, name="signal"),
    path(f"{signal}ontvangen/", inbox_views.mark_read, name="mark_read"),
    path(f"{signal}vraag/", inbox_views.ask, name="ask"),
    path(f"{signal}niet-weerhouden/", inbox_views.not_retain, name="not_retain"),
    path(f"{signal}koppelen/", inbox_views.link, name="link"),
    path(f"{signal}voorstel-koppelen/", suggestion_views.link_suggestion, name="link_suggestion"),
    path(f"{signal}nieuw-knelpunt/", inbox_views.new_knelpunt, name="new_knelpunt"),
    path(f"{signal}loskoppelen/", inbox_views.unlink, name="unlink"),
    path(f"{signal}gezien/", inbox_views.acknowledge, name="acknowledge"),
    path(f"{signal}verwijder-tekst/", inbox_views.redact, name="redact"),
    path("g/<slug:slug>/knelpunten/", views.knelpunten, name="knelpunten"),
    path("g/<slug:slug>/knelpunten/export.csv", export_views.knelpunten_export, {"file_format": "csv"},
         name="knelpunten_csv"),
    path("g/<slug:slug>/knelpunten/export.xlsx", export_views.knelpunten_export, {"file_format": "xlsx"},
         name="knelpunten_xlsx"),
    path("g/<slug:slug>/knelpunten/nieuw/", views.knelpunt_create, name="knelpunt_create"),
    path(knelpunt, views.knelpunt, name="knelpunt"),
    path(f"{knelpunt}aanpassen/", views.knelpunt_edit, name="knelpunt_edit"),
    path(f"{knelpunt}fase/", views.change_stage, name="change_stage"),
    path(f"{knelpunt}nota/", views.add_note, name="add_note"),
    path(f"{knelpunt}beslissing/", decision_views.record_decision, name="record_decision"),
    path(f"{knelpunt}terugkoppeling/", views.send_feedback, name="send_feedback"),
    path(f"{knelpunt}ook-elders/", elsewhere_views.elsewhere, name="elsewhere"),
    path(f"{knelpunt}berichten/<int:message>/publiek/", views.message_public, name="message_public"),
    path(f"{knelpunt}signaal-verplaatsen/", views.move_signal, name="move_signal"),
    path(f"{knelpunt}samenvoegen/", views.merge, name="merge"),
    path(f"{knelpunt}prioriteit/", priority_views.override, name="override_priority"),
    path("g/<slug:slug>/prioriteiten/", priority_views.priorities, name="priorities"),
    path("g/<slug:slug>/overzicht/", overview_views.overview, name="overview"),
    # an event's invitations and attendance (the event's pages are in lokaalsignaal.events.urls)
    *[path(f"g/<slug:slug>/evenementen/<int:pk>/{name}.{kind}", export_views.event_export,
           {"what": what, "name": name, "file_format": kind}, name=f"event_{what}_{kind}")
      for what, name in (("invitations", "uitnodigingen"), ("attendance", "aanwezigen")) for kind in ("csv", "xlsx")],
]
