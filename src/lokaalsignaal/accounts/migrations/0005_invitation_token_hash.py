"""An invitation keeps the sha256 of its token instead of the token: a copy of the database lets no one in. The
tokens of the invitations already sent are hashed, so their links keep working. Migrating back cannot bring a token
back from its hash: the open invitations get new tokens, and their links stop working."""

import hashlib

from django.db import migrations, models


def hash_tokens(apps, schema_editor):
    Invitation = apps.get_model("accounts", "Invitation")
    for pk, token in Invitation.objects.values_list("pk", "token"):
        Invitation.objects.filter(pk=pk).update(token_hash=hashlib.sha256(token.encode()).hexdigest())


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_saved_filter")]

    operations = [
        migrations.AddField("invitation", "token_hash", models.CharField(max_length=64, null=True, editable=False)),
        migrations.RunPython(hash_tokens, migrations.RunPython.noop),
        migrations.RemoveField("invitation", "token"),
        migrations.AlterField("invitation", "token_hash",
                              models.CharField(max_length=64, unique=True, editable=False)),
    ]
