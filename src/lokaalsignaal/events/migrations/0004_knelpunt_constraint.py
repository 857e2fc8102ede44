"""Indexes, constraints and related names follow the knelpunt's new name (generated; see 0009_knelpunt / 0005_knelpunt)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0010_knelpunt_indexes_and_constraints"),
        ("events", "0003_knelpunt"),
    ]

    operations = [
        migrations.AlterField(
            model_name="agendaitem",
            name="knelpunt",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT,
                related_name="agenda_items",
                to="casework.knelpunt",
                verbose_name="knelpunt",
            ),
        ),
        migrations.AddConstraint(
            model_name="agendaitem",
            constraint=models.UniqueConstraint(fields=("event", "knelpunt"), name="unique_agenda_item"),
        ),
    ]
