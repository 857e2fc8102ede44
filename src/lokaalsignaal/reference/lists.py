"""The reference lists the forms offer, the same for everyone: their queries built once per process (`kept_queries`).

A choice field made with `forms.kept_choice_field` lists its choices through one of these (no QuerySet built and
compiled per form, ~0.6 ms a list) and still cleans what was chosen against its own queryset, built by the same
function."""

from django.db import connection

from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.reference.models import ResponsibleLevel, Sector, TargetGroup, Theme

ACTIVE_THEMES = KeptQuery(lambda: Theme.objects.filter(active=True))
ACTIVE_TARGET_GROUPS = KeptQuery(lambda: TargetGroup.objects.filter(active=True))
ACTIVE_RESPONSIBLE_LEVELS = KeptQuery(lambda: ResponsibleLevel.objects.filter(active=True))
SECTORS = KeptQuery(lambda: Sector.objects.all())


def signature() -> tuple:
    """Every row of the four reference tables as (table, id, name, position, active), sorted: all the lists above
    can show, read in one query without model instances. A part of a page kept while it is the same (`fragments`)
    is keyed on it, so a renamed or switched-off theme changes the key at once in every process."""
    tables = (Theme, TargetGroup, Sector, ResponsibleLevel)
    sql = " UNION ALL ".join(f"SELECT {i}, id, name, position, active FROM {model._meta.db_table}"  # noqa: S608
                             for i, model in enumerate(tables))  # table names of this module's models only
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(sorted(tuple(row) for row in cursor.fetchall()))


# what `fragments.form_key` keys a choice field of these lists on instead of reading the list
for _name, _kept in {"themes": ACTIVE_THEMES, "target_groups": ACTIVE_TARGET_GROUPS, "sectors": SECTORS,
                     "responsible_levels": ACTIVE_RESPONSIBLE_LEVELS}.items():
    _kept.content = (_name, signature)
