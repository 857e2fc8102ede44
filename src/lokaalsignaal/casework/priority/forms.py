"""The priority of a knelpunt in the coordinator's workspace: the order of the priority list and the override form."""

from django import forms
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.guard.services import GuardedForm


def effective_priority():
    """The priority that counts, in the database: the coordinator's override if set, else the computed one."""
    return Coalesce("priority_override", "priority")


# the priority list and the "prioriteit" sort of the knelpunten list: highest effective priority first, then the
# most recently changed
PRIORITY_ORDER = [effective_priority().desc(), "-updated_at", "-id"]


class PriorityOverrideForm(GuardedForm):
    """Set the priority by hand: a value from 0 to 100 and a reason, both required. (Going back to the computed
    priority is a separate button without fields: `action=clear`.)"""

    guarded_fields = ("priority_reason",)
    CLEAR = "clear"

    priority_value = forms.IntegerField(
        label=_("Manuele prioriteit"), min_value=0, max_value=100,
        help_text=_("Een getal van 0 (laagst) tot 100 (hoogst)."),
        error_messages={"required": _("Geef een prioriteit van 0 tot 100."),
                        "invalid": _("Geef een getal van 0 tot 100."),
                        "min_value": _("Kies een prioriteit van 0 tot 100."),
                        "max_value": _("Kies een prioriteit van 0 tot 100.")})
    priority_reason = forms.CharField(
        label=_("Reden voor de manuele prioriteit"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Waarom wijkt de prioriteit af van de berekende? Collega's lezen dit. Zonder persoonsgegevens."),
        error_messages={"required": _("Schrijf waarom je de prioriteit aanpast.")})

    def __init__(self, *args, knelpunt=None, **kwargs):
        kwargs.setdefault("auto_id", "priority_%s")
        if knelpunt is not None and knelpunt.priority_override is not None:
            kwargs.setdefault("initial", {"priority_value": knelpunt.priority_override,
                                          "priority_reason": knelpunt.priority_reason})
        super().__init__(*args, **kwargs)
