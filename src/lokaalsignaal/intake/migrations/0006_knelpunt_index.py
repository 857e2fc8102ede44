"""Indexes, constraints and related names follow the knelpunt's new name (generated; see 0009_knelpunt / 0005_knelpunt)."""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_user_organisation_verification"),
        ("casework", "0010_knelpunt_indexes_and_constraints"),
        ("intake", "0005_knelpunt"),
        ("reference", "0001_initial"),
        ("tenancy", "0002_municipality_partners_require_two_factor"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddIndex(
            model_name="signal",
            index=models.Index(
                fields=["municipality", "knelpunt", "-submitted_at"], name="intake_sign_municip_6b4db9_idx"
            ),
        ),
    ]
