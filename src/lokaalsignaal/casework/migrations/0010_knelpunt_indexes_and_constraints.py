"""Indexes, constraints and related names follow the knelpunt's new name (generated; see 0009_knelpunt / 0005_knelpunt)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_user_organisation_verification"),
        ("casework", "0009_knelpunt"),
        ("reference", "0001_initial"),
        ("tenancy", "0002_municipality_partners_require_two_factor"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="knelpunt",
            name="bottleneck_has_municipality_or_scope",
        ),
        migrations.RenameIndex(
            model_name="knelpunt",
            new_name="casework_kn_municip_2af9d9_idx",
            old_name="casework_bo_municip_242ef2_idx",
        ),
        migrations.RenameIndex(
            model_name="knelpunt",
            new_name="casework_kn_municip_b8c770_idx",
            old_name="casework_bo_municip_e578a9_idx",
        ),
        migrations.RenameIndex(
            model_name="knelpunt",
            new_name="casework_kn_escalat_4ebf63_idx",
            old_name="casework_bo_escalat_9b1cb7_idx",
        ),
        migrations.AlterField(
            model_name="knelpunt",
            name="municipality",
            field=models.ForeignKey(
                blank=True,
                help_text="Empty for a regional or Flemish knelpunt (see scope)",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="knelpunten",
                to="tenancy.municipality",
            ),
        ),
        migrations.AlterField(
            model_name="knelpunt",
            name="owner",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="owned_knelpunten",
                to=settings.AUTH_USER_MODEL,
                verbose_name="trekker",
            ),
        ),
        migrations.AlterField(
            model_name="knelpunt",
            name="scope",
            field=models.ForeignKey(
                blank=True,
                help_text="Set for a regional or Flemish knelpunt",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="knelpunten",
                to="tenancy.scope",
            ),
        ),
        migrations.AlterField(
            model_name="knelpunt",
            name="target_groups",
            field=models.ManyToManyField(
                blank=True, related_name="knelpunten", to="reference.targetgroup", verbose_name="doelgroepen"
            ),
        ),
        migrations.AlterField(
            model_name="knelpunt",
            name="themes",
            field=models.ManyToManyField(
                blank=True, related_name="knelpunten", to="reference.theme", verbose_name="thema's"
            ),
        ),
        migrations.AddIndex(
            model_name="knelpuntmessage",
            index=models.Index(fields=["knelpunt", "created_at"], name="casework_kn_knelpun_0ffe0e_idx"),
        ),
        migrations.AddIndex(
            model_name="stagechange",
            index=models.Index(fields=["knelpunt", "created_at"], name="casework_st_knelpun_2467aa_idx"),
        ),
        migrations.AddConstraint(
            model_name="join",
            constraint=models.UniqueConstraint(fields=("knelpunt", "user"), name="unique_join"),
        ),
        migrations.AddConstraint(
            model_name="knelpunt",
            constraint=models.CheckConstraint(
                condition=models.Q(("municipality__isnull", False), ("scope__isnull", False), _connector="OR"),
                name="knelpunt_has_municipality_or_scope",
            ),
        ),
        migrations.AddConstraint(
            model_name="partneraccess",
            constraint=models.UniqueConstraint(
                condition=models.Q(("ended_at__isnull", True)),
                fields=("knelpunt", "organisation"),
                name="one_active_access_per_organisation",
            ),
        ),
        migrations.AddConstraint(
            model_name="partneraccess",
            constraint=models.UniqueConstraint(
                condition=models.Q(("ended_at__isnull", True)),
                fields=("knelpunt", "user"),
                name="one_active_access_per_user",
            ),
        ),
    ]
