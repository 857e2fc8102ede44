"""One word per thing: the knelpunt is `Knelpunt` in code and in the database (was `Bottleneck`).

Tables and columns are renamed in place; no row is touched. The audit log keeps its old action codes
(`bottleneck.*`): it is append-only, and `audit.actions` still names them.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("casework", "0008_regional_messages_know_where_they_came_from"),
        # every migration that still names `casework.Bottleneck` runs before the rename
        ("intake", "0004_signalevent_bottleneck_message"),
        ("events", "0002_hidden_name_invitations_are_not_named"),
        ("feedback", "0004_notification_admin_change"),
    ]

    operations = [
        # constraints and indexes on the renamed column go first (recreated under their new names in 0010)
        migrations.RemoveConstraint(
            model_name="join",
            name="unique_join",
        ),
        migrations.RemoveConstraint(
            model_name="partneraccess",
            name="one_active_access_per_organisation",
        ),
        migrations.RemoveConstraint(
            model_name="partneraccess",
            name="one_active_access_per_user",
        ),
        migrations.RemoveIndex(
            model_name="bottleneckmessage",
            name="casework_bo_bottlen_3ac347_idx",
        ),
        migrations.RemoveIndex(
            model_name="stagechange",
            name="casework_st_bottlen_b0c28c_idx",
        ),
        migrations.RenameModel("Bottleneck", "Knelpunt"),
        migrations.RenameModel("BottleneckMessage", "KnelpuntMessage"),
        migrations.RenameField("stagechange", "bottleneck", "knelpunt"),
        migrations.RenameField("knelpuntmessage", "bottleneck", "knelpunt"),
        migrations.RenameField("note", "bottleneck", "knelpunt"),
        migrations.RenameField("join", "bottleneck", "knelpunt"),
        migrations.RenameField("partneraccess", "bottleneck", "knelpunt"),
    ]
