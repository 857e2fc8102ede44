"""Memberships of a municipality and of a region move here from accounts (tenancy keeps who holds which role
where). Their tables keep their names (`db_table`), so no row moves; the admin's content types follow."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


MOVED = ["membership", "scopemembership"]


def _move_content_types(apps, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MOVED:
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def content_types_follow(apps, schema_editor):
    _move_content_types(apps, "accounts", "tenancy")


def content_types_go_back(apps, schema_editor):
    _move_content_types(apps, "tenancy", "accounts")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("accounts", "0003_memberships_moved_to_tenancy"),
        ("tenancy", "0002_municipality_partners_require_two_factor"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # the table stays where it is (db_table); only Django's idea of which app holds it changes
            state_operations=[
                migrations.CreateModel(
                    name="Membership",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[
                                    ("giver", "Signaalgever"),
                                    ("coordinator", "Signaalcoördinator"),
                                    ("partner", "Partner"),
                                    ("reader", "Beleidslezer"),
                                ],
                                max_length=12,
                                verbose_name="rol",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("pending", "Wacht op goedkeuring"),
                                    ("approved", "Goedgekeurd"),
                                    ("refused", "Geweigerd"),
                                    ("ended", "Beëindigd"),
                                ],
                                default="pending",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        ("decided_at", models.DateTimeField(blank=True, null=True)),
                        ("message", models.TextField(blank=True, max_length=1000, verbose_name="bericht")),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "decided_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "municipality",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to="tenancy.municipality",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "lidmaatschap",
                        "verbose_name_plural": "lidmaatschappen",
                        "db_table": "accounts_membership",
                        "ordering": ["municipality__name", "role"],
                        "indexes": [
                            models.Index(
                                fields=["municipality", "status", "role"], name="accounts_me_municip_27cc7f_idx"
                            )
                        ],
                        "constraints": [
                            models.UniqueConstraint(fields=("user", "municipality", "role"), name="unique_membership")
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="ScopeMembership",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[("coordinator", "Coördinator"), ("reader", "Lezer")],
                                default="coordinator",
                                max_length=12,
                            ),
                        ),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        (
                            "scope",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="memberships",
                                to="tenancy.scope",
                            ),
                        ),
                        (
                            "user",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="scope_memberships",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "lidmaatschap van regio",
                        "verbose_name_plural": "lidmaatschappen van regio's",
                        "db_table": "accounts_scopemembership",
                        "constraints": [
                            models.UniqueConstraint(fields=("user", "scope", "role"), name="unique_scope_membership")
                        ],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_follow, content_types_go_back),
    ]
