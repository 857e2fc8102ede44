"""BottleneckMessage becomes the one source of the messages that reached a knelpunt (the coordinator's timeline reads
it too). For the rows that exist already:

1. each FEEDBACK event on a signal points at the knelpunt message it carries (same knelpunt, the same text or the
   text with the regional "Bericht van <scope>: ..." prefix, written within a minute), and the message gets the
   event's actor as its author;
2. a regional/Flemish knelpunt's own messages (without a stage change) were only stored on the signals of the
   knelpunten bundled into it: they become messages of the regional knelpunt itself, without the prefix (what its
   timeline showed until now). Stage messages stay out: the stage change holds them."""

from datetime import timedelta

from django.db import migrations

SAME_MESSAGE = timedelta(seconds=60)
FROM_STAGE = timedelta(seconds=5)
PREFIXES = ("Bericht van {scope}: ", "Message from {scope}: ")  # as written in Dutch or in English
CHUNK = 500


def carries(event_body: str, message_body: str) -> bool:
    return event_body == message_body or event_body.endswith(f": {message_body}") or event_body.endswith(
        f". {message_body}")


def link_events(SignalEvent, BottleneckMessage):
    ids = list(BottleneckMessage.objects.order_by().values_list("bottleneck_id", flat=True).distinct())
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        messages: dict[int, list] = {}
        for message in BottleneckMessage.objects.filter(bottleneck_id__in=chunk).order_by("created_at", "id"):
            messages.setdefault(message.bottleneck_id, []).append(message)
        events = SignalEvent.objects.filter(kind="feedback", bottleneck_id__in=chunk,
                                            bottleneck_message__isnull=True).order_by("created_at", "id")
        linked: dict[int, list[int]] = {}
        for event in events.only("pk", "bottleneck_id", "body", "created_at", "actor_id"):
            candidates = [m for m in messages.get(event.bottleneck_id, ())
                          if abs(event.created_at - m.created_at) < SAME_MESSAGE and carries(event.body, m.body)]
            if not candidates:
                continue
            message = min(candidates, key=lambda m: abs(event.created_at - m.created_at))
            linked.setdefault(message.pk, []).append(event.pk)
            if message.author_id is None and event.actor_id is not None:
                message.author_id = event.actor_id
                message.save(update_fields=["author"])
        for message_id, event_ids in linked.items():
            SignalEvent.objects.filter(pk__in=event_ids).update(bottleneck_message_id=message_id)


def regional_messages(Bottleneck, BottleneckMessage, StageChange):
    for regional in Bottleneck.objects.filter(municipality__isnull=True, scope__isnull=False).select_related("scope"):
        prefixes = [p.format(scope=regional.scope.name) for p in PREFIXES]
        stages = list(StageChange.objects.filter(bottleneck=regional).values_list("created_at", "message"))
        kept = list(BottleneckMessage.objects.filter(bottleneck=regional).values_list("body", "created_at"))
        children = BottleneckMessage.objects.filter(bottleneck__parent=regional, scope__isnull=True).order_by(
            "created_at", "id")
        for message in children:
            prefix = next((p for p in prefixes if message.body.startswith(p)), None)
            if prefix is None:
                continue  # the municipality's own message
            body = message.body[len(prefix):]
            if any(abs(message.created_at - at) < FROM_STAGE and text in message.body for at, text in stages):
                continue  # it came with a stage change of the regional knelpunt
            if any(text == body and abs(message.created_at - at) < SAME_MESSAGE for text, at in kept):
                continue  # the same message, reached another bundled knelpunt (or is already there)
            BottleneckMessage.objects.create(bottleneck=regional, body=body, author_id=message.author_id,
                                             created_at=message.created_at)
            kept.append((body, message.created_at))


def backfill(apps, schema_editor):
    SignalEvent = apps.get_model("intake", "SignalEvent")
    BottleneckMessage = apps.get_model("casework", "BottleneckMessage")
    created_at = BottleneckMessage._meta.get_field("created_at")
    created_at.auto_now_add = False  # keep the original times (and restore the field for later migrations)
    try:
        link_events(SignalEvent, BottleneckMessage)
        regional_messages(apps.get_model("casework", "Bottleneck"), BottleneckMessage,
                          apps.get_model("casework", "StageChange"))
    finally:
        created_at.auto_now_add = True


class Migration(migrations.Migration):

    dependencies = [
        ("casework", "0006_bottleneckmessage_author"),
        ("intake", "0004_signalevent_bottleneck_message"),
    ]

    operations = [
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
