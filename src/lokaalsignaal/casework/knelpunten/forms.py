"""The forms of a knelpunt's own actions, shared by the municipality's and the region's knelpunt pages: a stage
change (with escalation), a message to its givers, an internal note. Free text goes through the privacy guard."""



from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.stages import Stage, next_stages
from lokaalsignaal.forms import KeptChoiceField
from lokaalsignaal.guard.services import GuardedForm
from lokaalsignaal.reference import lists


class StageField(forms.ChoiceField):
    """Shows the stages reachable from the current one; accepts any stage so that the service decides (a stale
    form may hold a stage that is no longer reachable: that is a StaleEdit or TransitionNotAllowed, not a typo)."""

    def valid_value(self, value):
        return value in Stage.values


class StageChangeForm(GuardedForm):
    guarded_fields = ("message", "remark")

    to_stage = StageField(label=_("Nieuwe fase"), error_messages={"required": _("Kies de nieuwe fase.")})
    message = forms.CharField(
        label=_("Bericht aan de signaalgevers"), max_length=3000, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Verplicht. Alle signaalgevers van dit knelpunt lezen wat er verandert en waarom."),
        error_messages={"required": _("Schrijf een bericht aan de signaalgevers. Zij lezen wat er verandert.")})
    remark = forms.CharField(label=_("Interne opmerking"), max_length=3000, required=False,
                             widget=forms.Textarea(attrs={"rows": 2}),
                             help_text=_("Alleen voor wie dit knelpunt beheert. Signaalgevers lezen dit niet."))
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, knelpunt, **kwargs):
        kwargs.setdefault("auto_id", "stage_%s")
        kwargs.setdefault("initial", {"version": knelpunt.version})
        super().__init__(*args, **kwargs)
        self.knelpunt = knelpunt
        self.fields["to_stage"].choices = [("", _("— Kies —"))] + [
            (s, Stage(s).label) for s in next_stages(knelpunt.stage)]
        if Stage.ESCALATED in next_stages(knelpunt.stage):
            self._add_escalation_fields(knelpunt)

    def _add_escalation_fields(self, knelpunt):
        """Where 'Opgeschaald' goes. Without JavaScript the fields are always shown, with a hint."""
        municipal = knelpunt.municipality_id is not None
        texts = {"label": _("Opschalen naar"), "required": False,
                 "help_text": _("Alleen nodig als je ‘Opgeschaald’ kiest."),
                 "empty_label": (_("— Kies een regio of Vlaanderen —") if municipal
                                 else _("— Geen (federaal, Europees) —"))}
        self.fields["escalate_to"] = (
            KeptChoiceField(kept=knelpunt_access.MUNICIPAL_ESCALATION_TARGETS,
                            values={"municipality_id": knelpunt.municipality_id}, **texts) if municipal
            else forms.ModelChoiceField(queryset=knelpunt_access.escalation_targets(knelpunt), **texts))
        self.fields["responsible_level"] = KeptChoiceField(
            label=_("Verantwoordelijk niveau"), kept=lists.ACTIVE_RESPONSIBLE_LEVELS,
            required=False, empty_label=_("— Kies —"), initial=knelpunt.responsible_level_id,
            help_text=_("Alleen nodig als je ‘Opgeschaald’ kiest."))

    @property
    def escalates(self) -> bool:
        return "escalate_to" in self.fields

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("to_stage") == Stage.ESCALATED and self.escalates:
            if not cleaned.get("escalate_to") and self.knelpunt.municipality_id is not None:
                self.add_error("escalate_to", _("Kies naar welke regio of naar Vlaanderen je het knelpunt opschaalt."))
            if not cleaned.get("responsible_level"):
                self.add_error("responsible_level",
                               _("Kies het verantwoordelijke niveau voor het opgeschaalde knelpunt."))
        return cleaned

    def escalation(self) -> dict:
        """Keyword arguments for services.change_stage."""
        return {"escalate_to": self.cleaned_data.get("escalate_to"),
                "responsible_level": self.cleaned_data.get("responsible_level")}


class NoteForm(GuardedForm):
    guarded_fields = ("note",)
    note = forms.CharField(label=_("Interne nota"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("Alleen signaalcoördinatoren lezen dit."),
                           error_messages={"required": _("Schrijf een nota.")})


class FeedbackForm(GuardedForm):
    guarded_fields = ("feedback",)
    feedback = forms.CharField(label=_("Bericht aan alle signaalgevers"), max_length=3000,
                               widget=forms.Textarea(attrs={"rows": 3}),
                               help_text=_("Zonder de fase te wijzigen. Elke signaalgever krijgt een melding."),
                               error_messages={"required": _("Schrijf een bericht aan de signaalgevers.")})
    public = forms.BooleanField(
        label=_("Ook tonen op de publieke pagina"), required=False,
        help_text=_("Iedereen leest het dan bij dit knelpunt op ‘Wat deden we met jullie signalen?’, zolang het "
                    "knelpunt publiek is. Schrijf het dan zonder namen, adressen of geboortedata."))
