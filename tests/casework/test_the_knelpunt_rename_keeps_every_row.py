"""The knelpunt got one code name (`Knelpunt`, was `Bottleneck`): a database at the schema before the rename, with
a knelpunt and everything that points at it, is migrated forward on the real migration executor, and every row and
every link is still there (the tables and columns are renamed in place). Migrating back gives the old names again."""

import pytest
from django.apps import apps as current

from tests.migrations import latest, migrate

BEFORE = [("casework", "0008_regional_messages_know_where_they_came_from"),
          ("intake", "0004_signalevent_bottleneck_message"),
          ("events", "0002_hidden_name_invitations_are_not_named"), ("feedback", "0004_notification_admin_change")]

pytestmark = pytest.mark.django_db(transaction=True)


def seed(old):
    """One of everything that points at a knelpunt, written with the models as they were before the rename."""
    User = old.get_model("accounts", "User")
    municipality = old.get_model("tenancy", "Municipality").objects.create(
        refnis="99001", name="Testgem", slug="testgem", reference_prefix="TESTGEM", region="flanders",
        participating=True)
    theme = old.get_model("reference", "Theme").objects.create(name="Armoede", slug="armoede-test")
    coordinator = User.objects.create(email="coord@testgem.be", full_name="Coo Rdinator")
    giver = User.objects.create(email="giver@testgem.be", full_name="Gi Ver")
    Bottleneck = old.get_model("casework", "Bottleneck")
    bottleneck = Bottleneck.objects.create(municipality=municipality, title="Wachtlijsten", summary="Lang wachten",
                                           stage="analysis", created_by=coordinator, signal_count=1)
    bottleneck.themes.add(theme)
    other = Bottleneck.objects.create(municipality=municipality, title="Samengevoegd", merged_into=bottleneck)
    message = old.get_model("casework", "BottleneckMessage").objects.create(
        bottleneck=bottleneck, author=coordinator, body="We bekijken het.", origin=other)
    old.get_model("casework", "StageChange").objects.create(
        bottleneck=bottleneck, from_stage="new", to_stage="analysis", by=coordinator, message="In analyse.")
    old.get_model("casework", "Note").objects.create(bottleneck=bottleneck, author=coordinator, body="Nota")
    old.get_model("casework", "Join").objects.create(bottleneck=bottleneck, user=giver, context="Ook bij ons")
    old.get_model("casework", "PartnerAccess").objects.create(bottleneck=bottleneck, user=giver,
                                                              invited_by=coordinator)
    signal = old.get_model("intake", "Signal").objects.create(
        municipality=municipality, reference="TESTGEM-2026-0001", year=2026, number=1, giver=giver,
        signal_type="gap", title="Wachtlijst", description="Er is een wachtlijst.", bottleneck=bottleneck)
    old.get_model("intake", "SignalEvent").objects.create(signal=signal, kind="feedback", bottleneck=bottleneck,
                                                          bottleneck_message=message, body="We bekijken het.")
    event = old.get_model("events", "Event").objects.create(
        municipality=municipality, kind="werksessie", title="Werksessie", starts_at="2026-12-10T09:00:00Z",
        ends_at="2026-12-10T11:00:00Z")
    old.get_model("events", "AgendaItem").objects.create(event=event, bottleneck=bottleneck, outcome="Afspraak")
    old.get_model("feedback", "Notification").objects.create(user=giver, bottleneck=bottleneck, kind="stage")
    return {"knelpunt": bottleneck.pk, "merged": other.pk, "message": message.pk, "signal": signal.pk,
            "theme": theme.pk, "giver": giver.pk}


def test_every_row_and_link_survives_the_rename():
    old = migrate(BEFORE)
    try:
        ids = seed(old)
        migrate(latest())

        Knelpunt = current.get_model("casework", "Knelpunt")
        knelpunt = Knelpunt.objects.get(pk=ids["knelpunt"])
        assert (knelpunt.title, knelpunt.summary, knelpunt.stage, knelpunt.signal_count) == (
            "Wachtlijsten", "Lang wachten", "analysis", 1)
        assert list(knelpunt.themes.values_list("pk", flat=True)) == [ids["theme"]]
        assert Knelpunt.objects.get(pk=ids["merged"]).merged_into_id == knelpunt.pk
        message = knelpunt.messages.get()
        assert (message.pk, message.body, message.origin_id) == (ids["message"], "We bekijken het.", ids["merged"])
        assert knelpunt.stage_changes.get().message == "In analyse."
        assert knelpunt.notes.get().body == "Nota"
        assert knelpunt.joins.get().user_id == ids["giver"]
        assert knelpunt.partner_accesses.get().user_id == ids["giver"]
        signal = knelpunt.signals.get()
        assert signal.pk == ids["signal"]
        event = signal.events.get()
        assert (event.knelpunt_id, event.knelpunt_message_id) == (knelpunt.pk, ids["message"])
        assert knelpunt.agenda_items.get().outcome == "Afspraak"
        notification = current.get_model("feedback", "Notification").objects.get(user_id=ids["giver"])
        assert notification.knelpunt_id == knelpunt.pk
    finally:
        migrate(latest())


def test_migrating_back_gives_the_old_names_and_keeps_the_rows():
    old = migrate(BEFORE)
    try:
        ids = seed(old)
        migrate(latest())
        old = migrate(BEFORE)

        bottleneck = old.get_model("casework", "Bottleneck").objects.get(pk=ids["knelpunt"])
        assert bottleneck.title == "Wachtlijsten"
        assert old.get_model("intake", "Signal").objects.get(pk=ids["signal"]).bottleneck_id == bottleneck.pk
        assert old.get_model("casework", "BottleneckMessage").objects.get(pk=ids["message"]).bottleneck_id == (
            bottleneck.pk)
    finally:
        migrate(latest())
