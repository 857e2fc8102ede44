"""Forms of the triage inbox and a signal's page in the coordinator's workspace. Free text goes through the
privacy guard (GuardedForm); field names are unique across a page (the guard's live check finds a field by name)."""



from django import forms
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import bounds
from lokaalsignaal.forms import KeptChoiceField
from lokaalsignaal.guard.services import GuardedForm
from lokaalsignaal.intake import access as signal_access
from lokaalsignaal.intake.forms import RedactForm
from lokaalsignaal.intake.models import SignalType
from lokaalsignaal.pages.workspace.forms import (
    NEW,
    apply_knelpunt_number,
    knelpunt_number_field,
    open_knelpunt_choices,
)
from lokaalsignaal.reference import lists


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
    theme = KeptChoiceField(label=_("Thema"), kept=lists.ACTIVE_THEMES, required=False,
                                   empty_label=_("Alle thema's"))
    target_group = KeptChoiceField(label=_("Doelgroep"), kept=lists.ACTIVE_TARGET_GROUPS,
                                          required=False, empty_label=_("Alle doelgroepen"))
    sector = KeptChoiceField(label=_("Sector van de organisatie"), kept=lists.SECTORS,
                                    required=False, empty_label=_("Alle sectoren"))
    date_from = bounds.DateField(label=_("Ingediend vanaf"), required=False, widget=bounds.DateInput())
    date_to = bounds.DateField(label=_("Ingediend tot en met"), required=False, widget=bounds.DateInput())
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

    ALWAYS = ("q", "status")  # shown above the fold; the rest sits under "Meer filters"

    def only_fields(self):
        return [self[name] for name in self.ONLY]

    def more_fields(self):
        return [self[name] for name in ("signal_type", "theme", "target_group", "sector", "date_from", "date_to",
                                        "sort")]

    def more_active(self) -> bool:
        """A filter under "Meer filters" is set (or has an error): the section opens."""
        data = getattr(self, "cleaned_data", {})
        return bool(self.errors) or any(data.get(f.name) for f in self.more_fields()) or any(
            data.get(name) for name in self.ONLY)

    def chips(self, query) -> list[tuple[str, str]]:
        """The active filters as (text, the list's URL without that filter), to show and remove one by one."""
        data = getattr(self, "cleaned_data", {})
        chips = []
        for name, field in self.fields.items():
            value = data.get(name)
            if not value or name == "sort":
                continue
            if isinstance(field, forms.BooleanField):
                text = str(field.label)
            elif isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
                text = f"{field.label}: {dict(field.choices).get(value, value)}"
            elif hasattr(value, "strftime"):
                text = f"{field.label}: {value.day}/{value.month}/{value.year}"
            else:
                text = f"{field.label}: {value}"
            rest = query.copy()
            rest.pop(name, None)
            rest.pop("pagina", None)
            chips.append((text, f"?{rest.urlencode()}" if rest else "?"))
        return chips

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("Deze datum ligt vóór de begindatum."))
        return cleaned


class BulkAction:
    MARK_READ, LINK, NOT_RETAIN = "mark_read", "link", "not_retain"


MAX_BULK = 100  # signals one bulk action takes at most (a page shows 25): a longer id list is refused unread


class CappedSignalsField(forms.ModelMultipleChoiceField):
    """The chosen signals, at most `MAX_BULK`: more ids are an error before any query."""

    def clean(self, value):
        if value and len(value) > MAX_BULK:
            raise forms.ValidationError(_("Kies hoogstens %(max)s signalen tegelijk."), code="too_many",
                                        params={"max": MAX_BULK})
        return super().clean(value)


class BulkForm(GuardedForm):
    """One POST form for the selected rows of the inbox: mark read, link to a knelpunt, not retained."""

    guarded_fields = ("new_title", "explanation")

    action = forms.ChoiceField(choices=[(BulkAction.MARK_READ, ""), (BulkAction.LINK, ""),
                                        (BulkAction.NOT_RETAIN, "")], widget=forms.HiddenInput,
                               error_messages={"required": _("Kies wat je met de signalen wil doen.")})
    signals = CappedSignalsField(
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
        if self.is_bound:  # only a posted choice is cleaned against it (its widget is hidden: nothing lists them)
            self.fields["signals"].queryset = signal_access.signals_for_triage(user, municipality)
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
