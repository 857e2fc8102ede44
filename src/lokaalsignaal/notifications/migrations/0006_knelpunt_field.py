"""Indexes, constraints and related names follow the knelpunt's new name (generated; see 0009_knelpunt / 0005_knelpunt)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0010_knelpunt_indexes_and_constraints"),
        ("feedback", "0005_knelpunt"),
    ]

    operations = [
        migrations.AlterField(
            model_name="notification",
            name="knelpunt",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to="casework.knelpunt",
            ),
        ),
    ]
