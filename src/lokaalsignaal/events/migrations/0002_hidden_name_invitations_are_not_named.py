"""An invitation the platform sent to a giver who hid their name is no longer an invitation by name (`invited`
False): the organiser does not see it until the person registers (see `Invitation.HIDDEN_FROM_ORGANISER`)."""

from django.db import migrations, models


def unname_hidden_invitations(apps, schema_editor):
    Invitation = apps.get_model("events", "Invitation")
    Invitation.objects.filter(name_hidden=True, invited=True).update(invited=False, invited_by=None)


class Migration(migrations.Migration):

    dependencies = [
        ("events", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="invitation",
            name="invited",
            field=models.BooleanField(default=False, help_text="Invited by name by the municipality (not only "
                                      "self-registered, not only invited by the platform with name_hidden)"),
        ),
        migrations.AlterField(
            model_name="invitation",
            name="name_hidden",
            field=models.BooleanField(default=False, help_text="Invited by the platform through a signal whose giver "
                                      "hid their name: the municipality does not see this invitation until they "
                                      "register themselves"),
        ),
        migrations.RunPython(unname_hidden_invitations, migrations.RunPython.noop),
    ]
