"""Forms of the coordinator's workspace. Every form with free text inherits GuardedForm (the privacy guard).

Free-text fields have names that are unique across a page (question, explanation, message, note, ...): several
small forms share the triage page and the knelpunt page, and the guard's live check finds a field by its name.
"""


from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal.accounts.per_user_sql import account
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.stages import CLOSED, Stage
from lokaalsignaal.casework.priority.forms import PRIORITY_ORDER
from lokaalsignaal.forms import KeptChoiceField, KeptMultipleChoiceField
from lokaalsignaal.guard.services import GuardedForm
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.kept_queries import KeptQuery
from lokaalsignaal.reference import lists
from lokaalsignaal.tenancy.models import Municipality

NEW = "new"


CHOOSE_KNELPUNT = _("— Kies een knelpunt —")


CHOICE_LIMIT = 30


def _open_knelpunten(user, municipality):
    return knelpunt_access.knelpunten_for(user, municipality, perm="knelpunten.manage").exclude(
        stage__in=CLOSED).order_by("-updated_at")


# built once per process (`kept_queries`): the inbox's bulk bar offers them on every visit
_OPEN = KeptQuery(lambda user_id, municipality_id: _open_knelpunten(account(user_id), Municipality(pk=municipality_id))
                  .values_list("pk", "title")[:CHOICE_LIMIT])


def open_knelpunt_choices(user, municipality, exclude=None, blank=CHOOSE_KNELPUNT):
    """(pk, "#pk title") of the 30 most recently active open knelpunten the user may manage: one query.
    Older ones are reached by their number (field `knelpunt_number`), so a page never carries thousands of options."""
    if exclude is None:
        rows = _OPEN(user_id=user.pk, municipality_id=municipality.pk)
    else:
        rows = _open_knelpunten(user, municipality).exclude(pk=exclude).values_list("pk", "title")[:CHOICE_LIMIT]
    rows = sorted(rows, key=lambda row: row[1].lower())
    return [("", blank)] + [(str(pk), f"#{pk} {title}") for pk, title in rows]


def knelpunt_number_field():
    return forms.IntegerField(
        label=_("Of: nummer van een ander knelpunt"), required=False, min_value=1,
        help_text=_("Staat het knelpunt niet in de lijst? Geef zijn nummer (zie #… bij het knelpunt)."))


def apply_knelpunt_number(form, cleaned) -> None:
    """A typed knelpunt number wins over the list choice."""
    number = cleaned.get("knelpunt_number")
    if number:
        cleaned["knelpunt"] = str(number)


def clean_target(form, cleaned) -> dict:
    """Moving and merging: the knelpunt from the list or, for one that is not in it, by its number (which wins);
    never the knelpunt itself. Whether she may choose it is the service's to refuse."""
    number = cleaned.get("knelpunt_number")
    if number:
        cleaned["target"] = str(number)
    if not cleaned.get("target"):
        form.add_error("target", _("Kies een knelpunt, of geef zijn nummer."))
    elif cleaned["target"] == str(form.knelpunt.pk):
        form.add_error("knelpunt_number", _("Dat is dit knelpunt zelf. Kies een ander knelpunt."))
    return cleaned


class KnelpuntSort:
    RECENT, OLDEST, SIGNALS, SEVERITY, PRIORITY, TITLE = "", "oldest", "signals", "severity", "priority", "title"
    CHOICES = [(RECENT, _("Laatst gewijzigd eerst")), (OLDEST, _("Oudste eerst")),
               (SIGNALS, _("Meeste signalen eerst")), (SEVERITY, _("Ernstigste eerst")),
               (PRIORITY, _("Hoogste prioriteit eerst")), (TITLE, _("Titel (A–Z)"))]
    ORDER = {RECENT: ["-updated_at", "-id"], OLDEST: ["created_at", "id"], SIGNALS: ["-signal_count", "-id"],
             SEVERITY: ["-severity", "-updated_at", "-id"], PRIORITY: PRIORITY_ORDER, TITLE: ["title", "id"]}


class KnelpuntFilterForm(forms.Form):
    OPEN = "open"
    zoek = forms.CharField(label=_("Zoek in titel en samenvatting"), required=False, max_length=100,
                           widget=forms.TextInput(attrs={"type": "search"}))
    stage = forms.ChoiceField(label=_("Fase"), required=False,
                              choices=[("", _("Alle fasen")), (OPEN, _("Alle open knelpunten"))] + Stage.choices)
    theme = KeptChoiceField(label=_("Thema"), kept=lists.ACTIVE_THEMES, required=False,
                                   empty_label=_("Alle thema's"))
    owner = forms.ModelChoiceField(label=_("Trekker"), queryset=None, required=False, empty_label=_("Iedereen"))
    sort = forms.ChoiceField(label=_("Sorteer"), choices=KnelpuntSort.CHOICES, required=False)

    def __init__(self, *args, user, municipality, **kwargs):
        kwargs.setdefault("auto_id", "filter_%s")
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = knelpunt_access.coordinators_of(user, municipality, perm="knelpunten.read")


class KnelpuntForm(GuardedForm):
    """Create or edit a knelpunt. `version` is the optimistic lock of an edit."""

    guarded_fields = ("title", "summary", "public_title", "public_summary")

    title = forms.CharField(label=_("Titel"), max_length=200,
                            error_messages={"required": _("Geef het knelpunt een titel.")})
    summary = forms.CharField(label=_("Samenvatting"), max_length=5000, required=False,
                              widget=forms.Textarea(attrs={"rows": 5}),
                              help_text=_("Wat is het structurele probleem? Zonder persoonsgegevens."))
    themes = KeptMultipleChoiceField(label=_("Thema's"), kept=lists.ACTIVE_THEMES,
                                            widget=forms.CheckboxSelectMultiple, required=False)
    target_groups = KeptMultipleChoiceField(label=_("Doelgroepen"),
                                                   kept=lists.ACTIVE_TARGET_GROUPS,
                                                   widget=forms.CheckboxSelectMultiple, required=False)
    owner = forms.ModelChoiceField(label=_("Trekker"), queryset=None, required=False, empty_label=_("— Nog niemand —"),
                                   help_text=_("Een signaalcoördinator van de gemeente."))
    responsible_level = KeptChoiceField(label=_("Verantwoordelijk niveau"), required=False,
                                               kept=lists.ACTIVE_RESPONSIBLE_LEVELS,
                                               empty_label=_("— Nog niet bepaald —"))
    severity = forms.TypedChoiceField(label=_("Ernst"), coerce=int, initial=3,
                                      choices=[(i, str(i)) for i in range(1, 6)],
                                      help_text=_("1 = licht, 5 = zeer ernstig."))
    visible_to_givers = forms.BooleanField(
        label=_("Zichtbaar voor signaalgevers"), required=False,
        help_text=_("Signaalgevers van de gemeente zien het knelpunt en kunnen zich aansluiten (‘ik zie dit ook’)."))
    public = forms.BooleanField(
        label=_("Op de publieke pagina van de gemeente"), required=False,
        help_text=_("Iedereen leest dan de publieke titel en samenvatting, de fase, de beslissingen en het aantal "
                    "signalen (onder 5: ‘< 5’). Nooit een signaal of wie het gaf."))
    public_title = forms.CharField(label=_("Publieke titel"), max_length=200, required=False)
    public_summary = forms.CharField(label=_("Publieke samenvatting"), max_length=3000, required=False,
                                     widget=forms.Textarea(attrs={"rows": 3}),
                                     help_text=_("Voor iedereen geschreven: wat is het probleem en wat doet de "
                                                 "gemeente?"))
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    DATA_FIELDS = ("title", "summary", "owner", "responsible_level", "severity", "visible_to_givers", "public",
                   "public_title", "public_summary")

    def __init__(self, *args, user, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = knelpunt_access.coordinators_of(user, municipality)

    @classmethod
    def initial_for(cls, knelpunt) -> dict:
        initial = {f: getattr(knelpunt, f) for f in cls.DATA_FIELDS}
        initial.update(owner=knelpunt.owner_id, responsible_level=knelpunt.responsible_level_id,
                       themes=list(knelpunt.themes.all()), target_groups=list(knelpunt.target_groups.all()),
                       version=knelpunt.version)
        return initial

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("public") and not (cleaned.get("public_title") or "").strip():
            self.add_error("public_title",
                           _("Geef een publieke titel: die staat op de publieke pagina van de gemeente."))
        return cleaned

    def data_for_service(self) -> dict:
        return {f: self.cleaned_data[f] for f in self.DATA_FIELDS}


class ChosenKnelpunt:
    """For moving and merging: the chosen knelpunt as a message or confirmation names it."""

    def target_title(self) -> str | None:
        """The chosen knelpunt as the confirmation names it: from the list, or read when it was given by number
        (None when she may not manage it)."""
        target = self.cleaned_data.get("target", "")
        title = dict(self.fields["target"].choices).get(target)
        if title is None and target:
            found = knelpunt_access.knelpunten_for(self.user, self.municipality, perm="knelpunten.manage").filter(
                pk=int(target)).values_list("title", flat=True).first()
            title = f"#{target} {found}" if found is not None else None
        return title


class MoveSignalForm(ChosenKnelpunt, forms.Form):
    signal = forms.ModelChoiceField(label=_("Signaal"), queryset=None, empty_label=_("— Kies een signaal —"),
                                    error_messages={"required": _("Kies een signaal.")})
    target = forms.ChoiceField(label=_("Naar knelpunt"), required=False)
    knelpunt_number = knelpunt_number_field()

    def __init__(self, *args, user, municipality, knelpunt, **kwargs):
        kwargs.setdefault("auto_id", "move_%s")
        super().__init__(*args, **kwargs)
        self.knelpunt, self.user, self.municipality = knelpunt, user, municipality
        self.fields["signal"].queryset = signal_access.signals_for_triage(user, municipality).filter(
            knelpunt=knelpunt).order_by("reference")
        self.fields["signal"].label_from_instance = lambda s: f"{s.reference} — {s.title}"
        self.fields["target"].choices = open_knelpunt_choices(user, municipality, exclude=knelpunt.pk)

    def clean(self):
        return clean_target(self, super().clean())


class MergeForm(ChosenKnelpunt, GuardedForm):
    guarded_fields = ("merge_message",)

    target = forms.ChoiceField(label=_("Samenvoegen met"), required=False,
                               help_text=_("Alle signalen gaan naar dat knelpunt. Dit knelpunt verdwijnt uit de "
                                           "lijst."))
    knelpunt_number = knelpunt_number_field()
    merge_message = forms.CharField(
        label=_("Bericht aan de signaalgevers"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Schrijf een bericht aan de signaalgevers over de samenvoeging.")})
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, municipality, knelpunt, **kwargs):
        kwargs.setdefault("auto_id", "merge_%s")
        super().__init__(*args, **kwargs)
        self.knelpunt, self.user, self.municipality = knelpunt, user, municipality
        self.fields["target"].choices = open_knelpunt_choices(user, municipality, exclude=knelpunt.pk)

    def clean(self):
        cleaned = clean_target(self, super().clean())
        if cleaned.get("target") and not self.errors and self.target_title() is None:  # asked before confirming
            self.add_error("knelpunt_number", _("Dit knelpunt kan je niet kiezen."))
        return cleaned

