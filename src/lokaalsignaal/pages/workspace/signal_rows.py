"""The inbox's rows and a signal's state badges, written in Python.

The inbox shows 25 rows, each with two links, two dates, a label per checkbox and the state's badges. Through the
template engine that was 8 of the page's 29 ms of CPU; written here it is a fraction of it (docs/performance.md).
The markup is what the table's template cell by cell would write: `casework/inbox.html` keeps the table's frame,
head and empty states; `{% inbox_rows %}` and `{% signal_status %}` (`pages.templatetags.workspace`) call these.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def _badge(kind: str, text: str) -> str:
    return f'<span class="badge badge--{kind}">{escape(text)}</span>'


def signal_status(signal) -> SafeString:
    """The coordinator's view of a signal's state: words, never colour alone. Reads `status`, `knelpunt_id`,
    `read_at`, `has_open_question`, `needs_attention` and, when set, `overdue` and `waiting_days`."""
    if signal.status == "withdrawn":
        parts = [_badge("ended", _("Ingetrokken"))]
    elif signal.status == "not_retained":
        parts = [_badge("ended", _("Niet weerhouden"))]
    elif signal.knelpunt_id:
        parts = [_badge("approved", _("Gekoppeld"))]
    elif signal.read_at:
        parts = [_badge("ok", _("Ontvangen"))]
    else:
        parts = [_badge("pending", _("Nieuw"))]
    if signal.has_open_question:
        parts.append(_badge("question", _("Vraag open")))
    if signal.needs_attention:
        parts.append(_badge("attention", _("Signaalgever reageerde")))
    if getattr(signal, "overdue", False):
        days = signal.waiting_days
        parts.append(_badge("overdue", ngettext("Wacht al %(days)s dag", "Wacht al %(days)s dagen", days)
                            % {"days": days}))
    return mark_safe("\n".join(parts))  # noqa: S308 (every text in it is escaped above)


class _Links:
    """A page's links to signals and knelpunten of one municipality: reversed once, the id put in per row."""

    def __init__(self, slug: str):
        self.signal = reverse("casework:signal", args=[slug, 0]).rsplit("/0/", 1)
        self.knelpunt = reverse("casework:knelpunt", args=[slug, 0]).rsplit("/0/", 1)

    @staticmethod
    def _with(parts: list[str], pk: int) -> str:
        return f"{parts[0]}/{int(pk)}/{parts[1]}"

    def to_signal(self, pk: int) -> str:
        return self._with(self.signal, pk)

    def to_knelpunt(self, pk: int) -> str:
        return self._with(self.knelpunt, pk)


def inbox_rows(signals, municipality, selected) -> SafeString:
    """The inbox table's rows (`<tr>`…): `signals` with `municipality`, `sector`, `knelpunt` and `themes` read, and
    `overdue`/`waiting_days` set (`inbox_views._waiting`); `selected` the ids (as text) ticked."""
    links = _Links(municipality.slug)
    rows = []
    for s in signals:
        pk = int(s.pk)
        ref = escape(s.reference)
        moment = timezone.localtime(s.submitted_at) if timezone.is_aware(s.submitted_at) else s.submitted_at
        overdue = ' class="row--overdue"' if getattr(s, "overdue", False) else ""
        checked = " checked" if str(pk) in selected else ""
        choose = _("Kies %(ref)s") % {"ref": ref}
        themes = ", ".join(escape(str(theme)) for theme in s.themes.all())
        themes = f'<br><span class="small">{themes}</span>' if themes else ""
        sector = escape(str(s.sector)) if s.sector else "—"
        knelpunt = (f'<br><span class="small"><a href="{escape(links.to_knelpunt(s.knelpunt_id))}">'
                    f"{escape(s.knelpunt.title)}</a></span>" if s.knelpunt_id else "")
        rows.append(
            f"<tr{overdue}>"
            f'<td><input type="checkbox" name="signals" value="{pk}" id="kies-{pk}"{checked}>'
            f'<label class="visually-hidden" for="kies-{pk}">{choose}</label></td>'
            f'<th scope="row"><a href="{escape(links.to_signal(pk))}">{ref}</a></th>'
            f"<td>{escape(s.title)}{themes}</td>"
            f"<td>{escape(s.get_signal_type_display())}</td>"
            f"<td>{sector}</td>"
            f'<td><time datetime="{date_format(moment, "c")}">{escape(date_format(moment, "j b Y"))}</time></td>'
            f"<td>{signal_status(s)}{knelpunt}</td></tr>"
        )
    return mark_safe("\n".join(rows))  # noqa: S308 (every text in it is escaped above)
