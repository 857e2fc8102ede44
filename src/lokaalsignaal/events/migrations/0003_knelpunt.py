"""An agenda item's knelpunt: `AgendaItem.knelpunt` (was `bottleneck`)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_hidden_name_invitations_are_not_named"),
        ("casework", "0009_knelpunt"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="agendaitem",
            name="unique_agenda_item",
        ),
        migrations.RenameField("agendaitem", "bottleneck", "knelpunt"),
    ]
