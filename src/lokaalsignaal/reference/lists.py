"""The reference lists the forms offer, the same for everyone: their queries built once per process (`kept_queries`).

A choice field made with `forms.kept_choice_field` lists its choices through one of these (no QuerySet built and
compiled per form, ~0.6 ms a list) and still cleans what was chosen against its own queryset, built by the same
function."""

from django.db import connection
from django.db.models import Aggregate, CharField, OuterRef, Subquery
from django.db.models.signals import post_delete, post_save

from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.per_request import once_per_request
from lokaalsignaal.reference.models import ResponsibleLevel, Sector, TargetGroup, Theme

ACTIVE_THEMES = KeptQuery(lambda: Theme.objects.filter(active=True))
ACTIVE_TARGET_GROUPS = KeptQuery(lambda: TargetGroup.objects.filter(active=True))
ACTIVE_RESPONSIBLE_LEVELS = KeptQuery(lambda: ResponsibleLevel.objects.filter(active=True))
SECTORS = KeptQuery(lambda: Sector.objects.all())


TABLES = (Theme, TargetGroup, Sector, ResponsibleLevel)  # a row's first column in `signature()`: its index here


@once_per_request
def signature() -> tuple:
    """Every row of the four reference tables as (table, id, name, position, active), sorted: all the lists above
    can show, read in one query without model instances. A part of a page kept while it is the same (`fragments`)
    is keyed on it, so a renamed or switched-off theme changes the key at once in every process. Read once per
    request (a page's filters and its rows ask it both); outside a request, and after a change of a reference row,
    read again."""
    sql = " UNION ALL ".join(f"SELECT {i}, id, name, position, active FROM {model._meta.db_table}"  # noqa: S608
                             for i, model in enumerate(TABLES))  # table names of this module's models only
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(sorted(tuple(row) for row in cursor.fetchall()))


def _changed(**kwargs) -> None:
    signature.forget()


for _model in TABLES:
    post_save.connect(_changed, sender=_model, dispatch_uid=f"reference.lists.saved.{_model.__name__}")
    post_delete.connect(_changed, sender=_model, dispatch_uid=f"reference.lists.deleted.{_model.__name__}")


_indexed: tuple = (None, {})  # the last `signature()` indexed, and its tables as {id: (position, name)}


def _index(table: int) -> dict[int, tuple[int, str]]:
    global _indexed
    rows = signature()
    seen, tables = _indexed
    if rows is not seen:
        tables = {}
        for t, pk, name, position, _active in rows:
            tables.setdefault(t, {})[pk] = (position, name)
        _indexed = (rows, tables)  # one assignment: a thread reads the rows with their own tables
    return tables.get(table, {})


def names(model, ids) -> list[str]:
    """The names of the rows `ids` (ids, or their text joined by commas, as `ids_of` gives them) of a reference
    table, in the table's own order (position, then name), from `signature()`: no query of their own."""
    if isinstance(ids, str):
        ids = [int(pk) for pk in ids.split(",") if pk]
    known = _index(TABLES.index(model))
    return [name for _position, name in sorted(known[pk] for pk in ids if pk in known)]


def active_by_name(model) -> dict[str, int]:
    """The active rows of a reference table as {name: id}, from `signature()`: no query of their own."""
    table = TABLES.index(model)
    return {name: pk for t, pk, name, _position, active in signature() if t == table and active}


def name(model, pk) -> str | None:
    """The name of one row of a reference table (None for no row), from `signature()`."""
    found = names(model, [pk]) if pk is not None else []
    return found[0] if found else None


class _IdList(Aggregate):
    """The ids in a column, as text joined by commas (PostgreSQL's STRING_AGG, SQLite's GROUP_CONCAT)."""
    function = "STRING_AGG"
    template = "%(function)s(CAST(%(expressions)s AS TEXT), ',')"
    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="GROUP_CONCAT", template="%(function)s(%(expressions)s)",
                           **extra_context)


def ids_of(relation) -> Subquery:
    """An annotation: the ids a row holds through the many-to-many `relation` (`Signal.themes`), as text joined by
    commas ("" or None for none). With `names()` a list shows them without a query per list or model instances."""
    field = relation.field
    through, owner, item = field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name()
    return Subquery(through.objects.filter(**{owner: OuterRef("pk")}).values(owner)
                    .annotate(ids=_IdList(f"{item}_id")).values("ids"))


# what `fragments.form_key` keys a choice field of these lists on instead of reading the list
for _name, _kept in {"themes": ACTIVE_THEMES, "target_groups": ACTIVE_TARGET_GROUPS, "sectors": SECTORS,
                     "responsible_levels": ACTIVE_RESPONSIBLE_LEVELS}.items():
    _kept.content = (_name, signature)
