"""Form rendering for the whole product: one field template (label, hint, error, aria), Dutch, no colons.

The widgets themselves (inputs, selects, checkbox and radio lists, textareas) are written by `fast_widgets` in Python,
byte for byte what Django's widget templates write, because the template engine renders every option of a select or
checkbox list through three nested includes: on a page with a list of 800 organisations that was most of its time
(issue 17; tests/platform/test_fast_widgets.py holds them equal to the templates)."""

from django import forms
from django.forms.models import ModelChoiceIterator
from django.forms.renderers import TemplatesSetting
from django.utils.safestring import mark_safe

from lokaalsignaal import fast_fields, fast_widgets


class Renderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"

    def render(self, template_name, context, request=None):
        if template_name == fast_fields.TEMPLATE and request is None:
            return fast_fields.field_group(context["field"])
        fast = fast_widgets.RENDERERS.get(template_name)
        if fast is not None and request is None:
            return mark_safe(fast(context["widget"]).strip())  # noqa: S308 (fast_widgets escapes every value)
        return super().render(template_name, context, request)


class ListChoiceIterator(ModelChoiceIterator):
    """A model choice list read as one plain query. Django reads it with `.iterator()`, which on PostgreSQL opens a
    server-side cursor: BEGIN, DECLARE, FETCH, CLOSE and COMMIT, five round trips for a list of ten themes (the give
    form spent twelve on its lists). Choice lists are short; long ones use `NamedModelChoiceField`."""

    def __init__(self, field):
        self.field = field  # its queryset read when needed: a kept list builds none to be listed (`_KeptChoices`)

    @property
    def queryset(self):
        return self.field.queryset

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        kept = getattr(self.field, "kept", None)
        for obj in kept(**self.field.kept_values) if kept is not None else self.queryset:
            yield self.choice(obj)


class _KeptChoices:
    """A model choice field whose list is the same for everyone, read through a kept query (`kept_queries`; the
    lists are in `reference.lists`). Its queryset, built by the same function when it is first asked for (cleaning
    what was chosen; building it cost ~0.1 ms a field on every form shown), still cleans what was chosen; a form
    that sets another queryset gets that one listed."""

    def __init__(self, *, kept, values=None, **kwargs):
        """`kept`: a `KeptQuery`, asked with `values` (ids: e.g. the municipality whose list it is)."""
        self.kept_values = values or {}
        super().__init__(queryset=None, **kwargs)
        self.kept = kept

    def _get_queryset(self):
        if self._queryset is None and self.kept is not None:
            self._queryset = self.kept.build(**self.kept_values)
        return self._queryset

    def _set_queryset(self, queryset):
        super()._set_queryset(queryset)
        self.kept = None  # another list than the kept one

    queryset = property(_get_queryset, _set_queryset)

    def __deepcopy__(self, memo):
        if self.kept is None:
            result = super().__deepcopy__(memo)  # copies the queryset (through the setter above)
        else:  # as Django's, without building the queryset: a list of its own, the queryset built when asked for
            result = forms.Field.__deepcopy__(self, memo)
            result._queryset = None
            result.widget.choices = result.choices
        result.kept, result.kept_values = self.kept, self.kept_values
        return result


class KeptChoiceField(_KeptChoices, forms.ModelChoiceField):
    pass


class KeptMultipleChoiceField(_KeptChoices, forms.ModelMultipleChoiceField):
    pass


def read_model_choices_in_one_query() -> None:
    """Every model choice field of the product (and the admin) reads its choices with `ListChoiceIterator`."""
    forms.ModelChoiceField.iterator = ListChoiceIterator


class NameChoiceIterator(ModelChoiceIterator):
    """The choices as (pk, name) read in one `values_list` query: no model instance per option."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from self.queryset.values_list("pk", self.field.label_field)


class NamedSelect(forms.Select):
    """A select of many plain (value, label) choices, written straight from them: the same HTML as Django's Select,
    without a context dictionary per option (most of the cost of a list of 800 organisations)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = {"attrs": self.build_attrs(self.attrs, attrs)}
        wanted, found = set(self.format_value(value)), False
        parts = [f'<select name="{fast_widgets.text(name)}"{fast_widgets.attrs(widget)}>']
        for option_value, label in self.choices:
            option_value = "" if option_value is None else str(option_value)
            selected = not found and option_value in wanted
            found = found or selected
            parts.append(f'\n  <option value="{fast_widgets.text(option_value)}"{" selected" if selected else ""}>'
                         f"{fast_widgets.text(label)}</option>\n")
        parts.append("\n</select>")
        return mark_safe("".join(parts).strip())  # noqa: S308 (fast_widgets escapes every value)


class NamedModelChoiceField(forms.ModelChoiceField):
    """A choice of one object out of a long list (e.g. every verified organisation) labelled by one field: the list
    is read as (pk, name) pairs, which makes its rendering several times cheaper; the chosen value is still checked
    against the queryset and cleaned to the object."""

    iterator = NameChoiceIterator
    widget = NamedSelect

    def __init__(self, *args, label_field: str = "name", **kwargs):
        self.label_field = label_field
        super().__init__(*args, **kwargs)
