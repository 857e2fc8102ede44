"""Forms of the region/Flanders views. Free text goes through the privacy guard (GuardedForm)."""

from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.casework.regions import services as escalation
from lokaalsignaal.forms import KeptChoiceField
from lokaalsignaal.guard.services import GuardedForm
from lokaalsignaal.reference import lists


class EscalatedFilterForm(forms.Form):
    ALL, OPEN, BUNDLED = "", "no", "yes"
    theme = KeptChoiceField(label=_("Thema"), kept=lists.ACTIVE_THEMES, required=False,
                                   empty_label=_("Alle thema's"))
    municipality = forms.ModelChoiceField(label=_("Gemeente"), queryset=None, required=False,
                                          empty_label=_("Alle gemeenten"))
    bundled = forms.ChoiceField(label=_("Gebundeld"), required=False, choices=[
        (ALL, _("Alle")), (OPEN, _("Nog niet gebundeld")), (BUNDLED, _("Gebundeld in een regionaal knelpunt"))])

    def __init__(self, *args, scope, **kwargs):
        kwargs.setdefault("auto_id", "filter_%s")
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = scope.municipalities.filter(participating=True).order_by("name")
        if scope.kind == scope.Kind.FLANDERS:  # its list holds knelpunten bundled by a region too
            self.fields["bundled"].choices = [
                (self.ALL, _("Alle")), (self.OPEN, _("Nog niet gebundeld")),
                (self.BUNDLED, _("Gebundeld in een regionaal of Vlaams knelpunt"))]


def bundleable(user, scope):
    """Escalated knelpunten of the scope that are not bundled yet (the choices of a bundle): municipal knelpunten
    and, for Flanders, regional knelpunten escalated to it."""
    return (escalation.bundleable(user, scope).select_related("municipality", "scope")
            .order_by(F("municipality__name").asc(nulls_first=True), "scope__name", "title"))


class KnelpuntChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        if obj.municipality_id is None:
            return _("%(title)s (regionaal knelpunt van %(scope)s)") % {"title": obj.title, "scope": obj.scope.name}
        return f"{obj.title} ({obj.municipality.name})"


class BundleForm(GuardedForm):
    guarded_fields = ("title", "summary")

    knelpunten = KnelpuntChoices(
        label=_("Opgeschaalde knelpunten"), queryset=None, widget=forms.CheckboxSelectMultiple,
        help_text=_("Kies de knelpunten die over hetzelfde probleem gaan."),
        error_messages={"required": _("Kies minstens één opgeschaald knelpunt.")})
    title = forms.CharField(label=_("Titel van het regionale knelpunt"), max_length=200,
                            error_messages={"required": _("Geef het regionale knelpunt een titel.")})
    summary = forms.CharField(label=_("Samenvatting"), max_length=5000, required=False,
                              widget=forms.Textarea(attrs={"rows": 4}),
                              help_text=_("Wat is het gemeenschappelijke probleem? Zonder persoonsgegevens."))

    def __init__(self, *args, user, scope, **kwargs):
        kwargs.setdefault("auto_id", "bundle_%s")
        super().__init__(*args, **kwargs)
        self.fields["knelpunten"].queryset = bundleable(user, scope)
        if scope.kind == scope.Kind.FLANDERS:
            self.fields["title"].label = _("Titel van het Vlaamse knelpunt")
            self.fields["title"].error_messages["required"] = escalation.title_required(scope)


class AddToBundleForm(forms.Form):
    knelpunten = KnelpuntChoices(
        label=_("Nog niet gebundelde knelpunten"), queryset=None, widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Kies minstens één opgeschaald knelpunt.")})

    def __init__(self, *args, user, scope, **kwargs):
        kwargs.setdefault("auto_id", "add_%s")
        super().__init__(*args, **kwargs)
        self.fields["knelpunten"].queryset = bundleable(user, scope)
