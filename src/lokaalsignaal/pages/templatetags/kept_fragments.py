"""`{% kept_fragment "name" value … %}…{% end_kept_fragment %}`: a part of a page kept per process (`fragments`).

The values are everything the part shows besides the language: forms (keyed by `fragments.form_key`) and plain
values such as a municipality's slug, a knelpunt's id or the query string. A form that was typed in makes the part be
written per request. Example (casework/knelpunt.html)::

    {% kept_fragment "stage" stage_form municipality.slug knelpunt.pk %}{% include … %}{% end_kept_fragment %}
"""

from django import template
from django.utils.safestring import mark_safe

from lokaalsignaal import fragments

register = template.Library()


class KeptFragmentNode(template.Node):
    def __init__(self, name, values, nodelist):
        self.name, self.values, self.nodelist = name, values, nodelist

    def render(self, context):
        html = fragments.kept_in(
            context, lambda: fragments.key_of(self.name.resolve(context), [v.resolve(context) for v in self.values]),
            lambda: self.nodelist.render(context))
        return mark_safe(html)  # noqa: S308 (written by the template engine, which escaped it)


@register.tag
def kept_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("kept_fragment needs a name")
    nodelist = parser.parse(("end_kept_fragment",))
    parser.delete_first_token()
    return KeptFragmentNode(parser.compile_filter(bits[1]), [parser.compile_filter(b) for b in bits[2:]], nodelist)
