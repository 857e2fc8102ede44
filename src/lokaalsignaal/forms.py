"""Form rendering for the whole product: one field template (label, hint, error, aria), Dutch, no colons."""

from django.forms.renderers import TemplatesSetting


class Renderer(TemplatesSetting):
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
