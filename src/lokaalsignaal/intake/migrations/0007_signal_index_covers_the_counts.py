"""The index of a municipality's signals by date (the inbox, newest first) also holds, on PostgreSQL, the columns the
insights count (status, type, sector, organisation, knelpunt, first answer, open question): the overview, a region's
and Flanders' numbers read it without touching the table (see bench/insights_bench.py). On SQLite the index stays as it
was (no INCLUDE there)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("intake", "0006_knelpunt_index"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="signal",
            name="signal_inbox_newest",
        ),
        migrations.AddIndex(
            model_name="signal",
            index=models.Index(
                fields=["municipality", "-submitted_at", "-id"],
                include=("status", "signal_type", "sector", "organisation", "knelpunt", "first_feedback_at",
                         "has_open_question"),
                name="signal_newest_covering",
            ),
        ),
    ]
