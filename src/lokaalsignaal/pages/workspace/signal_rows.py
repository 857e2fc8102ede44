"""The rows of the coordinator's long lists (the inbox, the knelpunten tables) and a signal's state badges,
written in Python.

The inbox shows 25 rows, each with two links, two dates, a label per checkbox and the state's badges. Through the
template engine that was 8 of the page's 29 ms of CPU, the knelpunten table's 5 of 19; written here it is a
fraction of it (docs/performance.md). The templates keep each table's frame, head and empty states;
`{% inbox_rows %}`, `{% knelpunt_rows %}` and `{% signal_status %}` (`pages.templatetags.workspace`) call these.
"""

from __future__ import annotations

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lokaalsignaal.pages.row_html import Link, choice_labels, escape, time_tags
from lokaalsignaal.reference import lists as reference
from lokaalsignaal.reference.models import Sector, Theme


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


def _names(items) -> str:
    return ", ".join(escape(str(item)) for item in items)


def inbox_rows(signals, municipality, selected) -> SafeString:
    """The inbox table's rows (`<tr>`…): `signals` as `inbox_query.inbox_list` reads them (`theme_ids` and
    `knelpunt_title` annotated, the sector and themes named from `reference.lists`), `overdue`/`waiting_days` set
    (`inbox_views._waiting`); `selected` the ids (as text) ticked."""
    to_signal, to_knelpunt = Link("casework:signal", municipality.slug), Link("casework:knelpunt", municipality.slug)
    choose_text, types, rows, time_tag = _("Kies %(ref)s"), None, [], time_tags()
    for s in signals:
        pk = int(s.pk)
        ref = escape(s.reference)
        overdue = ' class="row--overdue"' if getattr(s, "overdue", False) else ""
        checked = " checked" if str(pk) in selected else ""
        choose = choose_text % {"ref": ref}
        types = types or choice_labels(type(s), "signal_type")
        themes = _names(reference.names(Theme, s.theme_ids or ""))
        themes = f'<br><span class="small">{themes}</span>' if themes else ""
        sector = escape(reference.name(Sector, s.sector_id) or "—")
        knelpunt = (f'<br><span class="small"><a href="{to_knelpunt(s.knelpunt_id)}">'
                    f"{escape(s.knelpunt_title)}</a></span>" if s.knelpunt_id else "")
        rows.append(
            f"<tr{overdue}>"
            f'<td><input type="checkbox" name="signals" value="{pk}" id="kies-{pk}"{checked}>'
            f'<label class="visually-hidden" for="kies-{pk}">{choose}</label></td>'
            f'<th scope="row"><a href="{to_signal(pk)}">{ref}</a></th>'
            f"<td>{escape(s.title)}{themes}</td>"
            f"<td>{escape(types.get(s.signal_type, s.signal_type))}</td>"
            f"<td>{sector}</td>"
            f"<td>{time_tag(s.submitted_at)}</td>"
            f"<td>{signal_status(s)}{knelpunt}</td></tr>"
        )
    return mark_safe("\n".join(rows))  # noqa: S308 (every text in it is escaped above)


def knelpunt_signal_rows(signals, municipality, can_triage: bool) -> SafeString:
    """The rows of a knelpunt's signals on its page: reference (a link for who may triage), title, sector, date."""
    to_signal, rows, time_tag = Link("casework:signal", municipality.slug), [], time_tags()
    for s in signals:
        ref = escape(s.reference)
        ref = f'<a href="{to_signal(s.pk)}">{ref}</a>' if can_triage else ref
        sector = escape(reference.name(Sector, s.sector_id) or "—")
        rows.append(f'<tr><th scope="row">{ref}</th><td>{escape(s.title)}</td><td>{sector}</td>'
                    f"<td>{time_tag(s.submitted_at)}</td></tr>")
    return mark_safe("\n".join(rows))  # noqa: S308 (every text in it is escaped above)


def knelpunt_rows(knelpunten, kind: str, municipality=None, scope=None, numbers=None) -> SafeString:
    """The rows of `casework/partials/knelpunt_table.html`. `kind`: "municipality" (the coordinator's list: links to
    the knelpunt page, with the trekker), "partner" (links to the partner's page, with the municipality) or
    "regional" (links to the regional knelpunt of `scope`, with the bundled knelpunten and their signals from
    `numbers`, the scope's suppressed counts). The coordinator's list annotates `owner_name` and `theme_ids`
    (`knelpunt_list`); the others prefetch `themes`."""
    if kind == "partner":
        link = Link("partner:knelpunt")
    elif kind == "regional":
        link = Link("region:regional", scope.pk)
    else:
        link = Link("casework:knelpunt", municipality.slug)
    stages, rows, time_tag = None, [], time_tags()
    for b in knelpunten:
        stages = stages or choice_labels(type(b), "stage")
        cells = [f'<th scope="row"><a href="{link(b.pk)}">{escape(b.title)}</a></th>']
        if kind == "partner":
            cells.append(f"<td>{escape(b.municipality.name)}</td>")
        cells.append(f'<td><span class="badge badge--stage">{escape(stages.get(b.stage, b.stage))}</span></td>')
        if kind == "regional":
            cells.append(f"<td>{escape(str(b.children_count))}</td><td>{escape(str(numbers.signals_of(b)))}</td>")
        else:
            cells.append(f"<td>{escape(str(b.signal_count))}</td>")
        if kind == "municipality":
            cells.append(f"<td>{escape(b.owner_name) if b.owner_id and b.owner_name else '—'}</td>")
        themes = reference.names(Theme, b.theme_ids or "") if hasattr(b, "theme_ids") else b.themes.all()
        cells.append(f"<td>{_names(themes) or '—'}</td><td>{time_tag(b.updated_at)}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return mark_safe("\n".join(rows))  # noqa: S308 (every text in it is escaped above)
