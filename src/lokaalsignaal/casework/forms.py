"""Forms of the coordinator's workspace. Every form with free text inherits GuardedForm (the privacy guard).

Free-text fields have names that are unique across a page (question, explanation, message, note, ...): several
small forms share the triage page and the knelpunt page, and the guard's live check finds a field by its name.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import bounds
from lokaalsignaal.guard.services import GuardedForm
from lokaalsignaal.intake.forms import RedactForm
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.reference.models import ResponsibleLevel, Sector, TargetGroup, Theme
from lokaalsignaal.tenancy import scoping

from .priority_forms import PRIORITY_ORDER
from .stages import CLOSED, Stage, next_stages

NEW = "new"


CHOOSE_KNELPUNT = _("— Kies een knelpunt —")


CHOICE_LIMIT = 30


def open_knelpunt_choices(user, municipality, exclude=None, blank=CHOOSE_KNELPUNT):
    """(pk, "#pk title") of the 30 most recently active open knelpunten the user may manage: one query.
    Older ones are reached by their number (field `knelpunt_number`), so a page never carries thousands of options."""
    queryset = scoping.knelpunten_for(user, municipality, perm="knelpunten.manage").exclude(
        stage__in=CLOSED).order_by("-updated_at")
    if exclude is not None:
        queryset = queryset.exclude(pk=exclude)
    rows = sorted(queryset.values_list("pk", "title")[:CHOICE_LIMIT], key=lambda row: row[1].lower())
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


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


# --- inbox ---------------------------------------------------------------------------------------------------

class InboxStatus:
    OPEN, NEW, RECEIVED, LINKED, NOT_RETAINED, WITHDRAWN, ALL = (
        "", "new", "received", "linked", "not_retained", "withdrawn", "all")
    CHOICES = [
        (OPEN, _("Open: nieuw of nog niet gekoppeld")),
        (NEW, _("Nieuw (nog niet gelezen)")),
        (RECEIVED, _("Ontvangen, nog niet gekoppeld")),
        (LINKED, _("Gekoppeld aan een knelpunt")),
        (NOT_RETAINED, _("Niet weerhouden")),
        (WITHDRAWN, _("Ingetrokken")),
        (ALL, _("Alle signalen")),
    ]


class InboxSort:
    NEWEST, OLDEST, WAITING = "", "oldest", "waiting"
    CHOICES = [(NEWEST, _("Nieuwste eerst")), (OLDEST, _("Oudste eerst")),
               (WAITING, _("Langst wachtend op terugkoppeling"))]


class InboxFilterForm(forms.Form):
    """The inbox filters: a GET form (works without JavaScript; the query string is the state)."""

    q = forms.CharField(label=_("Zoek in titel, tekst of referentie"), required=False, max_length=100,
                        widget=forms.TextInput(attrs={"type": "search"}))
    status = forms.ChoiceField(label=_("Status"), choices=InboxStatus.CHOICES, required=False)
    signal_type = forms.ChoiceField(label=_("Soort signaal"), required=False,
                                    choices=[("", _("Alle soorten"))] + SignalType.choices)
    theme = forms.ModelChoiceField(label=_("Thema"), queryset=Theme.objects.filter(active=True), required=False,
                                   empty_label=_("Alle thema's"))
    target_group = forms.ModelChoiceField(label=_("Doelgroep"), queryset=TargetGroup.objects.filter(active=True),
                                          required=False, empty_label=_("Alle doelgroepen"))
    sector = forms.ModelChoiceField(label=_("Sector van de organisatie"), queryset=Sector.objects.all(),
                                    required=False, empty_label=_("Alle sectoren"))
    date_from = bounds.DateField(label=_("Ingediend vanaf"), required=False, widget=DateInput())
    date_to = bounds.DateField(label=_("Ingediend tot en met"), required=False, widget=DateInput())
    open_question = forms.BooleanField(label=_("met een open vraag aan de signaalgever"), required=False)
    unlinked = forms.BooleanField(label=_("nog niet gekoppeld aan een knelpunt"), required=False)
    attention = forms.BooleanField(label=_("de signaalgever reageerde (antwoord of ‘ik zie dit nog steeds’)"),
                                   required=False)
    overdue = forms.BooleanField(label=_("wacht langer dan de beloofde reactietermijn"), required=False)
    sort = forms.ChoiceField(label=_("Sorteer"), choices=InboxSort.CHOICES, required=False)

    ONLY = ("open_question", "unlinked", "attention", "overdue")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "filter_%s")
        super().__init__(*args, **kwargs)

    def only_fields(self):
        return [self[name] for name in self.ONLY]

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("Deze datum ligt vóór de begindatum."))
        return cleaned


class BulkAction:
    MARK_READ, LINK, NOT_RETAIN = "mark_read", "link", "not_retain"


class BulkForm(GuardedForm):
    """One POST form for the selected rows of the inbox: mark read, link to a knelpunt, not retained."""

    guarded_fields = ("new_title", "explanation")

    action = forms.ChoiceField(choices=[(BulkAction.MARK_READ, ""), (BulkAction.LINK, ""),
                                        (BulkAction.NOT_RETAIN, "")], widget=forms.HiddenInput,
                               error_messages={"required": _("Kies wat je met de signalen wil doen.")})
    signals = forms.ModelMultipleChoiceField(
        label=_("Signalen"), queryset=None, widget=forms.MultipleHiddenInput,
        error_messages={"required": _("Kies minstens één signaal in de tabel."),
                        "invalid_choice": _("Een van de gekozen signalen bestaat niet (meer)."),
                        "invalid_pk_value": _("Een van de gekozen signalen bestaat niet (meer).")})
    knelpunt = forms.ChoiceField(label=_("Koppel aan knelpunt"), required=False)
    knelpunt_number = knelpunt_number_field()
    new_title = forms.CharField(label=_("Titel van het nieuwe knelpunt"), max_length=200, required=False,
                                help_text=_("Alleen nodig als je ‘Nieuw knelpunt’ kiest."))
    explanation = forms.CharField(
        label=_("Uitleg voor de signaalgevers"), max_length=3000, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Waarom wordt het signaal niet weerhouden? Bijvoorbeeld: het gaat over één persoon; "
                    "verwijs door naar de juiste dienst."))
    # 'Niet weerhouden' asks first (casework/not_retain_confirm.html); its 'Ja' button posts confirm=on
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, municipality, **kwargs):
        kwargs.setdefault("auto_id", "bulk_%s")
        super().__init__(*args, **kwargs)
        self.fields["signals"].queryset = scoping.signals_for_triage(user, municipality)
        choices = open_knelpunt_choices(user, municipality)
        self.fields["knelpunt"].choices = choices[:1] + [(NEW, _("Nieuw knelpunt"))] + choices[1:]

    def selected_ids(self) -> set[str]:
        return set(self.data.getlist("signals")) if self.is_bound else set()

    def clean(self):
        cleaned = super().clean()
        apply_knelpunt_number(self, cleaned)
        action = cleaned.get("action")
        if action == BulkAction.LINK:
            if not cleaned.get("knelpunt"):
                self.add_error("knelpunt", _("Kies een knelpunt, of ‘Nieuw knelpunt’."))
            elif cleaned["knelpunt"] == NEW and not cleaned.get("new_title"):
                self.add_error("new_title", _("Geef het nieuwe knelpunt een titel."))
        if action == BulkAction.NOT_RETAIN and not cleaned.get("explanation"):
            self.add_error("explanation", _("Leg de signaalgevers uit waarom de signalen niet weerhouden worden."))
        return cleaned


# --- one signal ----------------------------------------------------------------------------------------------

class QuestionForm(GuardedForm):
    guarded_fields = ("question",)
    question = forms.CharField(label=_("Je vraag aan de signaalgever"), max_length=3000,
                               widget=forms.Textarea(attrs={"rows": 3}),
                               help_text=_("De signaalgever krijgt een melding en kan hier antwoorden."),
                               error_messages={"required": _("Schrijf je vraag.")})


class NotRetainForm(GuardedForm):
    guarded_fields = ("explanation",)
    explanation = forms.CharField(
        label=_("Uitleg voor de signaalgever"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bijvoorbeeld: het gaat over één persoon; hier kan die terecht."),
        error_messages={"required": _("Leg de signaalgever uit waarom het signaal niet weerhouden wordt.")})


class RedactPassageForm(RedactForm):
    """'Tekst verwijderen' on the triage page: the first POST shows where the passage stands and asks
    (casework/redact_confirm.html); only the POST with confirm=on removes it."""

    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["passage"].error_messages["required"] = _("Geef de tekst die weg moet.")


class LinkForm(forms.Form):
    knelpunt = forms.ChoiceField(label=_("Bestaand knelpunt"), required=False)
    knelpunt_number = knelpunt_number_field()

    def clean(self):
        cleaned = super().clean()
        apply_knelpunt_number(self, cleaned)
        if not cleaned.get("knelpunt") and not self.has_error("knelpunt_number"):
            self.add_error("knelpunt", _("Kies een knelpunt."))
        return cleaned

    def __init__(self, *args, user, municipality, exclude=None, **kwargs):
        kwargs.setdefault("auto_id", "link_%s")
        super().__init__(*args, **kwargs)
        self.fields["knelpunt"].choices = open_knelpunt_choices(user, municipality, exclude=exclude)


class NewKnelpuntFromSignalForm(GuardedForm):
    guarded_fields = ("knelpunt_title",)
    knelpunt_title = forms.CharField(label=_("Titel van het nieuwe knelpunt"), max_length=200,
                                       error_messages={"required": _("Geef het knelpunt een titel.")})


# --- knelpunten ----------------------------------------------------------------------------------------------

class KnelpuntSort:
    RECENT, OLDEST, SIGNALS, SEVERITY, PRIORITY, TITLE = "", "oldest", "signals", "severity", "priority", "title"
    CHOICES = [(RECENT, _("Laatst gewijzigd eerst")), (OLDEST, _("Oudste eerst")),
               (SIGNALS, _("Meeste signalen eerst")), (SEVERITY, _("Ernstigste eerst")),
               (PRIORITY, _("Hoogste prioriteit eerst")), (TITLE, _("Titel (A–Z)"))]
    ORDER = {RECENT: ["-updated_at", "-id"], OLDEST: ["created_at", "id"], SIGNALS: ["-signal_count", "-id"],
             SEVERITY: ["-severity", "-updated_at", "-id"], PRIORITY: PRIORITY_ORDER, TITLE: ["title", "id"]}


class KnelpuntFilterForm(forms.Form):
    OPEN = "open"
    stage = forms.ChoiceField(label=_("Fase"), required=False,
                              choices=[("", _("Alle fasen")), (OPEN, _("Alle open knelpunten"))] + Stage.choices)
    theme = forms.ModelChoiceField(label=_("Thema"), queryset=Theme.objects.filter(active=True), required=False,
                                   empty_label=_("Alle thema's"))
    owner = forms.ModelChoiceField(label=_("Trekker"), queryset=None, required=False, empty_label=_("Iedereen"))
    sort = forms.ChoiceField(label=_("Sorteer"), choices=KnelpuntSort.CHOICES, required=False)

    def __init__(self, *args, user, municipality, **kwargs):
        kwargs.setdefault("auto_id", "filter_%s")
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = scoping.coordinators_of(user, municipality, perm="knelpunten.read")


class KnelpuntForm(GuardedForm):
    """Create or edit a knelpunt. `version` is the optimistic lock of an edit."""

    guarded_fields = ("title", "summary")

    title = forms.CharField(label=_("Titel"), max_length=200,
                            error_messages={"required": _("Geef het knelpunt een titel.")})
    summary = forms.CharField(label=_("Samenvatting"), max_length=5000, required=False,
                              widget=forms.Textarea(attrs={"rows": 5}),
                              help_text=_("Wat is het structurele probleem? Zonder persoonsgegevens."))
    themes = forms.ModelMultipleChoiceField(label=_("Thema's"), queryset=Theme.objects.filter(active=True),
                                            widget=forms.CheckboxSelectMultiple, required=False)
    target_groups = forms.ModelMultipleChoiceField(label=_("Doelgroepen"),
                                                   queryset=TargetGroup.objects.filter(active=True),
                                                   widget=forms.CheckboxSelectMultiple, required=False)
    owner = forms.ModelChoiceField(label=_("Trekker"), queryset=None, required=False, empty_label=_("— Nog niemand —"),
                                   help_text=_("Een signaalcoördinator van de gemeente."))
    responsible_level = forms.ModelChoiceField(label=_("Verantwoordelijk niveau"), required=False,
                                               queryset=ResponsibleLevel.objects.filter(active=True),
                                               empty_label=_("— Nog niet bepaald —"))
    severity = forms.TypedChoiceField(label=_("Ernst"), coerce=int, initial=3,
                                      choices=[(i, str(i)) for i in range(1, 6)],
                                      help_text=_("1 = licht, 5 = zeer ernstig."))
    visible_to_givers = forms.BooleanField(
        label=_("Zichtbaar voor signaalgevers"), required=False,
        help_text=_("Signaalgevers van de gemeente zien het knelpunt en kunnen zich aansluiten (‘ik zie dit ook’)."))
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    DATA_FIELDS = ("title", "summary", "owner", "responsible_level", "severity", "visible_to_givers")

    def __init__(self, *args, user, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = scoping.coordinators_of(user, municipality)

    @classmethod
    def initial_for(cls, knelpunt) -> dict:
        initial = {f: getattr(knelpunt, f) for f in cls.DATA_FIELDS}
        initial.update(owner=knelpunt.owner_id, responsible_level=knelpunt.responsible_level_id,
                       themes=list(knelpunt.themes.all()), target_groups=list(knelpunt.target_groups.all()),
                       version=knelpunt.version)
        return initial

    def data_for_service(self) -> dict:
        return {f: self.cleaned_data[f] for f in self.DATA_FIELDS}


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
        self.fields["escalate_to"] = forms.ModelChoiceField(
            label=_("Opschalen naar"), queryset=scoping.escalation_targets(knelpunt), required=False,
            empty_label=_("— Kies een regio of Vlaanderen —") if municipal else _("— Geen (federaal, Europees) —"),
            help_text=_("Alleen nodig als je ‘Opgeschaald’ kiest."))
        self.fields["responsible_level"] = forms.ModelChoiceField(
            label=_("Verantwoordelijk niveau"), queryset=ResponsibleLevel.objects.filter(active=True),
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


class MoveSignalForm(forms.Form):
    signal = forms.ModelChoiceField(label=_("Signaal"), queryset=None, empty_label=_("— Kies een signaal —"),
                                    error_messages={"required": _("Kies een signaal.")})
    target = forms.ChoiceField(label=_("Naar knelpunt"), error_messages={"required": _("Kies een knelpunt.")})

    def __init__(self, *args, user, municipality, knelpunt, **kwargs):
        kwargs.setdefault("auto_id", "move_%s")
        super().__init__(*args, **kwargs)
        self.fields["signal"].queryset = scoping.signals_for_triage(user, municipality).filter(
            knelpunt=knelpunt).order_by("reference")
        self.fields["signal"].label_from_instance = lambda s: f"{s.reference} — {s.title}"
        self.fields["target"].choices = open_knelpunt_choices(user, municipality, exclude=knelpunt.pk)


class MergeForm(GuardedForm):
    guarded_fields = ("merge_message",)

    target = forms.ChoiceField(label=_("Samenvoegen met"), error_messages={"required": _("Kies een knelpunt.")},
                               help_text=_("Alle signalen gaan naar dat knelpunt. Dit knelpunt verdwijnt uit de "
                                           "lijst."))
    merge_message = forms.CharField(
        label=_("Bericht aan de signaalgevers"), max_length=3000, widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Schrijf een bericht aan de signaalgevers over de samenvoeging.")})
    confirm = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user, municipality, knelpunt, **kwargs):
        kwargs.setdefault("auto_id", "merge_%s")
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = open_knelpunt_choices(user, municipality, exclude=knelpunt.pk)

    def target_title(self) -> str:
        return dict(self.fields["target"].choices).get(self.cleaned_data.get("target", ""), "")

