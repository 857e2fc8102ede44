"""Regional and Flemish messages that 0005 copied from the signals' feedback events kept their text "Bericht van
<scope>: ..." and no scope, so the joiner's page showed them as "Bericht van de gemeente" with the prefix inside. They
get their scope, origin and stage, and lose what the pages add again (the prefix and, for a stage message, "het
knelpunt ‘X’ is nu in de fase ‘Y’."), as `escalation.flow_down` writes them today.

A row is changed only when its origin can be told for sure:

- a message of a municipal knelpunt without a scope, whose text starts with "Bericht van <scope>: " (or "Message from
  <scope>: ", written in English) for an existing scope (the longest name that fits);
- `flow_down` audited every message it sent ("bottleneck.message_flowed_down" on the regional/Flemish knelpunt, with
  the stage) in the transaction that wrote the feedback events 0005 copied: the origin is the knelpunt of that scope
  with such an audit event within a minute of the message, by the message's author (the events' actor, set by 0007)
  when it has one, the nearest in time;
- that knelpunt is, or was, above the message's knelpunt (its parent, or the parent's parent; or bundled into it
  according to the audit events "bottleneck.bundled_into", for a knelpunt returned since);
- a stage message (the audit event has a stage) starts, after the prefix, with the stage sentence; a message
  without a stage does not.

Anything else (a municipality's own message that starts with those words, a renamed scope, no audit event) stays as
it was. Going back leaves the rows as they are: the code before this migration reads them as it reads the messages
flow_down writes."""

import bisect
import re
from datetime import timedelta

from django.db import migrations
from django.db.models import Q

SAME_MESSAGE = timedelta(seconds=60)
PREFIXES = ("Bericht van {scope}: ", "Message from {scope}: ")  # as flow_down wrote them in Dutch or in English
STAGE_SENTENCE = re.compile(r"(?:het knelpunt ‘.*?’ is nu in de fase|the bottleneck ‘.*?’ is now in the stage) "
                            r"‘[^’]*’\. ", re.DOTALL)
CANDIDATES = ("Bericht van ", "Message from ")


def _ancestors(Bottleneck, AuditEvent):
    """knelpunt pk -> the knelpunten it is or was bundled into (directly)."""
    above: dict[int, set[int]] = {}
    for pk, parent in Bottleneck.objects.filter(parent__isnull=False).values_list("pk", "parent_id"):
        above.setdefault(pk, set()).add(parent)
    bundled = AuditEvent.objects.filter(action="bottleneck.bundled_into", object_type="casework.bottleneck")
    for object_id, payload in bundled.values_list("object_id", "payload"):
        into = (payload or {}).get("into")
        if object_id.isdigit() and isinstance(into, int):
            above.setdefault(int(object_id), set()).add(into)
    return above


def _above(above, pk) -> set[int]:
    """The knelpunten above this one, up to Flanders (two levels: region, Flanders)."""
    level = above.get(pk, set())
    return level | {grand for parent in level for grand in above.get(parent, set())}


def _announcements(Bottleneck, AuditEvent):
    """Every message flow_down sent, oldest first: (time, origin pk, origin's scope pk, actor pk, stage)."""
    scope_of = dict(Bottleneck.objects.filter(scope__isnull=False, municipality__isnull=True).values_list(
        "pk", "scope_id"))
    rows = []
    flowed = AuditEvent.objects.filter(action="bottleneck.message_flowed_down", object_type="casework.bottleneck")
    for created_at, object_id, actor_id, payload in flowed.values_list("created_at", "object_id", "actor_id",
                                                                       "payload"):
        if object_id.isdigit() and int(object_id) in scope_of:
            rows.append((created_at, int(object_id), scope_of[int(object_id)], actor_id,
                         (payload or {}).get("stage") or ""))
    rows.sort(key=lambda row: row[0])
    return rows


def _scope_of_prefix(scopes, body):
    """(scope pk, the rest of the text) for a text that starts with a scope's prefix, else None."""
    for name, pk in scopes:  # longest names first: the most specific name that fits
        for prefix in PREFIXES:
            prefix = prefix.format(scope=name)
            if body.startswith(prefix):
                return pk, body[len(prefix):]
    return None


def _origin(message, scope_pk, rest, announcements, times, above):
    start = bisect.bisect_left(times, message.created_at - SAME_MESSAGE)
    end = bisect.bisect_right(times, message.created_at + SAME_MESSAGE)
    upper = _above(above, message.bottleneck_id)
    fitting = []
    for at, origin, scope, actor, stage in announcements[start:end]:
        if scope != scope_pk or origin not in upper:
            continue
        if message.author_id is not None and actor is not None and actor != message.author_id:
            continue
        if bool(stage) != bool(STAGE_SENTENCE.match(rest)):
            continue
        fitting.append((abs(at - message.created_at), origin, stage))
    return min(fitting, default=None)


def mark_regional_messages(apps, schema_editor):
    Bottleneck = apps.get_model("casework", "Bottleneck")
    BottleneckMessage = apps.get_model("casework", "BottleneckMessage")
    AuditEvent = apps.get_model("audit", "AuditEvent")
    Scope = apps.get_model("tenancy", "Scope")

    scopes = sorted(Scope.objects.values_list("name", "pk"), key=lambda row: -len(row[0]))
    starts = Q(body__startswith=CANDIDATES[0]) | Q(body__startswith=CANDIDATES[1])
    candidates = BottleneckMessage.objects.filter(starts, scope__isnull=True, origin__isnull=True,
                                                  bottleneck__municipality__isnull=False)
    if not scopes or not candidates.exists():
        return
    announcements = _announcements(Bottleneck, AuditEvent)
    times = [row[0] for row in announcements]
    above = _ancestors(Bottleneck, AuditEvent)
    for message in candidates.only("pk", "bottleneck_id", "author_id", "body", "created_at").iterator(chunk_size=500):
        found = _scope_of_prefix(scopes, message.body)
        if found is None:
            continue
        scope_pk, rest = found
        origin = _origin(message, scope_pk, rest, announcements, times, above)
        if origin is None:
            continue
        _distance, origin_pk, stage = origin
        body = rest[STAGE_SENTENCE.match(rest).end():] if stage else rest
        BottleneckMessage.objects.filter(pk=message.pk).update(scope_id=scope_pk, origin_id=origin_pk, stage=stage,
                                                               body=body)


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0001_initial"),
        ("casework", "0007_link_messages_to_their_signal_events"),
        ("tenancy", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(mark_regional_messages, migrations.RunPython.noop),
    ]
