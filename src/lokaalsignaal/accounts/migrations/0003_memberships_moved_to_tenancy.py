"""Memberships (of a municipality, of a region) belong to tenancy now: the same tables, held by another app.
State only; the rows stay untouched (see tenancy 0003)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_user_organisation_verification"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # the table stays where it is (db_table); only Django's idea of which app holds it changes
            state_operations=[
                migrations.RemoveField(
                    model_name="scopemembership",
                    name="scope",
                ),
                migrations.RemoveField(
                    model_name="scopemembership",
                    name="user",
                ),
                migrations.DeleteModel(
                    name="Membership",
                ),
                migrations.DeleteModel(
                    name="ScopeMembership",
                ),
            ],
            database_operations=[],
        ),
    ]
