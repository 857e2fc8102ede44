"""The form of a decision on the knelpunt page. Field names are unique across that page (the privacy guard's live
check finds a field by its name)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import bounds
from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.decisions.services import FUTURE, MAX_BUDGET
from lokaalsignaal.guard.services import GuardedForm


class DecisionForm(GuardedForm):
    guarded_fields = ("decision", "decided_by_name")

    decided_by = forms.ChoiceField(label=_("Wie besliste?"), choices=[("", _("— Kies —")), *Decision.Body.choices],
                                   error_messages={"required": _("Kies wie besliste.")})
    decided_by_name = forms.CharField(label=_("Welk overleg of welke partner?"), max_length=150, required=False,
                                      help_text=_("Alleen bij een overleg of een partner. Geen namen van personen."))
    decided_on = bounds.DateField(label=_("Datum van de beslissing"), widget=bounds.DateInput(),
                                  error_messages={"required": _("Geef de datum van de beslissing.")})
    decision = forms.CharField(
        label=_("Wat werd beslist?"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("De signaalgevers en wie zich aansloot lezen dit bij hun signaal."),
        error_messages={"required": _("Schrijf wat er beslist werd.")})
    decided_budget = forms.DecimalField(label=_("Budget in euro"), required=False, min_value=0, max_value=MAX_BUDGET,
                                        max_digits=12, decimal_places=2, localize=True,
                                        help_text=_("Bijvoorbeeld: 85000 of 1250,50"))
    decided_link = forms.URLField(label=_("Link naar de gepubliceerde beslissing"), required=False, max_length=500,
                                  assume_scheme="https")

    def clean_decided_on(self):
        decided_on = self.cleaned_data["decided_on"]
        if decided_on and decided_on > timezone.localdate():
            raise forms.ValidationError(FUTURE)
        return decided_on

    def data_for_service(self) -> dict:
        data = self.cleaned_data
        return {"body": data["decided_by"], "body_name": data.get("decided_by_name", ""),
                "decided_on": data["decided_on"], "text": data["decision"], "budget": data.get("decided_budget"),
                "link": data.get("decided_link", "")}
