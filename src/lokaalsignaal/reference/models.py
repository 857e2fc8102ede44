"""Reference lists: themes, target groups, sectors, responsible levels. Data, not code."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReferenceItem(models.Model):
    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    position = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    active = models.BooleanField(_("actief"), default=True)

    class Meta:
        abstract = True
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class Theme(ReferenceItem):
    class Meta(ReferenceItem.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class TargetGroup(ReferenceItem):
    class Meta(ReferenceItem.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")


class Sector(ReferenceItem):
    class Meta(ReferenceItem.Meta):
        verbose_name = _("sector")
        verbose_name_plural = _("sectoren")


class ResponsibleLevel(ReferenceItem):
    class Meta(ReferenceItem.Meta):
        verbose_name = _("verantwoordelijk niveau")
        verbose_name_plural = _("verantwoordelijke niveaus")
