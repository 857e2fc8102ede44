"""Invitations of partners on knelpunten that are closed now end for good (as `partners.end_on_close` does from now
on), so reopening such a knelpunt does not give its former partners access again. Audited like the service does,
without an actor (a system change)."""

from django.db import migrations
from django.utils import timezone

CLOSED = ("done", "not_retained")


def end_accesses(apps, schema_editor):
    PartnerAccess = apps.get_model("casework", "PartnerAccess")
    AuditEvent = apps.get_model("audit", "AuditEvent")
    now = timezone.now()
    active = PartnerAccess.objects.filter(ended_at__isnull=True, bottleneck__stage__in=CLOSED)
    rows = list(active.values_list("pk", "bottleneck_id", "bottleneck__municipality_id", "bottleneck__stage",
                                   "organisation_id", "user_id"))
    PartnerAccess.objects.filter(pk__in=[row[0] for row in rows]).update(ended_at=now)
    AuditEvent.objects.bulk_create([
        AuditEvent(actor=None, municipality_id=municipality, action="partner.ended", object_type="casework.bottleneck",
                   object_id=str(bottleneck), payload={"access": pk, "organisation": organisation, "user": user,
                                                       "stage": stage, "migration": True})
        for pk, bottleneck, municipality, stage, organisation, user in rows])


class Migration(migrations.Migration):

    dependencies = [
        ("audit", "0001_initial"),
        ("casework", "0003_partner_access_constraints"),
    ]

    operations = [migrations.RunPython(end_accesses, migrations.RunPython.noop)]
