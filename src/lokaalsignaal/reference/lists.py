"""The reference lists the forms offer, the same for everyone: their queries built once per process (`kept_queries`).

A choice field made with `forms.kept_choice_field` lists its choices through one of these (no QuerySet built and
compiled per form, ~0.6 ms a list) and still cleans what was chosen against its own queryset, built by the same
function."""

from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.reference.models import ResponsibleLevel, Sector, TargetGroup, Theme

ACTIVE_THEMES = KeptQuery(lambda: Theme.objects.filter(active=True))
ACTIVE_TARGET_GROUPS = KeptQuery(lambda: TargetGroup.objects.filter(active=True))
ACTIVE_RESPONSIBLE_LEVELS = KeptQuery(lambda: ResponsibleLevel.objects.filter(active=True))
SECTORS = KeptQuery(lambda: Sector.objects.all())
