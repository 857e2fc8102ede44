"""The database table of the shared cache (settings.CACHES, the default without REDIS_URL): created by `migrate`, so
`make run` and every deployment have it without a separate `createcachetable`."""

from django.conf import settings
from django.core.management import call_command
from django.db import migrations


def table():
    return getattr(settings, "LOKAALSIGNAAL_CACHE_TABLE", "lokaalsignaal_cache")


def create(apps, schema_editor):
    call_command("createcachetable", table(), database=schema_editor.connection.alias, verbosity=0)


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(table())}")


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(create, drop)]
