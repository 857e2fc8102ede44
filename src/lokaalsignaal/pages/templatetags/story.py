"""The giver's story on the signal page and the derived status in lists, without touching the signal views
(`pages.giver.signal_views`)."""


from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from lokaalsignaal.intake.forms import AnswerForm, StillSeenForm
from lokaalsignaal.pages.giver.story import giver_stage, status_of, story_for
from lokaalsignaal.pages.row_html import Link, escape, local_dates

register = template.Library()


@register.simple_tag
def signal_story(signal):
    """{% signal_story signal as story %}: the story, the open question, the outcome (two queries)."""
    return story_for(signal)


@register.filter
def giver_status(signal):
    """The plain-Dutch status of a signal (select or prefetch `knelpunt` first in lists)."""
    return status_of(signal)


@register.simple_tag
def giver_status_badge(signal):
    """{% giver_status_badge signal %}: the status as a badge, with the knelpunt and its stage when linked (written
    here, not through a template: it is on every row of the giver's lists)."""
    status = status_of(signal)
    badge = f'<span class="badge badge--{escape(status.badge)}">{conditional_escape(status.label)}</span>'
    if not status.knelpunt_title:
        return mark_safe(badge)  # noqa: S308 (every text in it is escaped)
    label = str(status.stage_label)
    stage = f" — {conditional_escape(status.stage_label)}" if label != str(status.label) else ""
    return mark_safe(f"{badge}<span>: {conditional_escape(status.knelpunt_title)}{stage}</span>")  # noqa: S308


@register.simple_tag
def giver_signal_rows(signals, heading=False):
    """{% giver_signal_rows signals heading=True %}: her signals as list items (title as a link, reference, place,
    date, status badge), written here: they are every row of her lists. `heading`: the title as an h2 (my signals)
    rather than a paragraph (the home)."""
    to_signal, rows, local_date = Link("intake:detail"), [], local_dates("j F Y")
    for s in signals:
        title = f'<a href="{to_signal(s.reference)}">{escape(s.title)}</a>'
        title = f'<h2 class="signal-item__title">{title}</h2>' if heading else f"<p>{title}</p>"
        rows.append(f'<li class="signal-item">\n    {title}\n    <p class="small">{escape(s.reference)} · '
                    f"{escape(s.municipality.name)} · {local_date(s.submitted_at)}</p>\n"
                    f"    <p>{giver_status_badge(s)}</p>\n  </li>")
    return mark_safe("\n".join(rows))  # noqa: S308 (every text in it is escaped above)


@register.filter
def stage_for_giver(knelpunt):
    """The stage of a knelpunt as givers read it ("Afgerond door <regio>" once the region closed it); select
    `story.ABOVE` with the knelpunt in lists."""
    return giver_stage(knelpunt)


@register.simple_tag
def answer_form():
    return AnswerForm()


@register.simple_tag
def still_seen_form():
    return StillSeenForm()
