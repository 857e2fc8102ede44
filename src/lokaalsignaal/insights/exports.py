"""Exports as CSV and Excel: the inbox as filtered (coordinators) and the knelpunten (coordinators and readers).

The service decides what a row holds and who may have it: `signal_rows` refuses anyone who may not triage the
municipality's signals, and names a giver and her organisation only when she did not hide her name; `knelpunt_rows`
never names a giver. Rows are read in chunks and written as they come (`csv_stream`, `xlsx_file`: openpyxl's
write-only workbook on disk), so memory stays flat however many rows. Dutch headers; in Excel real dates and
numbers; a text that a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe.
"""

from __future__ import annotations

import csv
import re
import tempfile
from collections.abc import Iterable, Iterator
from datetime import date, datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.intake.models import SignalStatus, SignalType
from lokaalsignaal.reference.models import TargetGroup, Theme
from lokaalsignaal.tenancy import scoping

CHUNK = 2000
FORMULA = ("=", "+", "-", "@", "\t", "\r")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an XML cell cannot hold


def signal_headers() -> list[str]:
    return [_("Referentie"), _("Ingediend op"), _("Soort"), _("Titel"), _("Beschrijving"), _("Thema's"),
            _("Doelgroepen"), _("Sector"), _("Status"), _("Knelpunt"), _("Eerste antwoord op"), _("Signaalgever"),
            _("Organisatie")]


def signal_rows(user, municipality, signals, *, file_format: str) -> Iterator[list]:
    """The rows of `signals` (a queryset of the municipality's inbox, as filtered), audited as one export."""
    if not scoping.can(user, municipality, "signals.triage"):
        raise PermissionDenied
    audit.record(user, "signals.exported", municipality=municipality, format=file_format)
    return _signal_rows(signals.filter(municipality=municipality))


SIGNAL_COLUMNS = ("reference", "submitted_at", "signal_type", "title", "description", "status", "first_feedback_at",
                  "hide_name", "giver__full_name", "organisation__name", "sector__name", "knelpunt__title")


def _labels(choices) -> dict[str, str]:
    """A field's choices translated once per export (`get_FOO_display` translates them again for every row)."""
    return {value: str(label) for value, label in choices}


def _signal_rows(signals) -> Iterator[list]:
    signals = (signals.defer(None).prefetch_related(None).select_related("giver", "organisation", "sector", "knelpunt")
               .only(*SIGNAL_COLUMNS)  # what a row shows, not every column of the signal and its relations
               .prefetch_related(Prefetch("themes", Theme.objects.only("name")),
                                 Prefetch("target_groups", TargetGroup.objects.only("name"))))
    types, statuses = _labels(SignalType.choices), _labels(SignalStatus.choices)
    for signal in signals.iterator(chunk_size=CHUNK):
        named = signal.giver_id and not signal.hide_name
        yield [signal.reference, signal.submitted_at, types.get(signal.signal_type, signal.signal_type), signal.title,
               signal.description, ", ".join(t.name for t in signal.themes.all()),
               ", ".join(g.name for g in signal.target_groups.all()), signal.sector.name if signal.sector else "",
               statuses.get(signal.status, signal.status), signal.knelpunt.title if signal.knelpunt else "",
               signal.first_feedback_at, signal.giver.full_name if named else "",
               signal.organisation.name if named and signal.organisation else ""]


def knelpunt_headers() -> list[str]:
    return [_("Nummer"), _("Titel"), _("Fase"), _("Prioriteit"), _("Signalen"), _("Aangesloten"), _("Thema's"),
            _("Trekker"), _("Beslissingen"), _("Gemaakt op"), _("Laatst gewijzigd op")]


def knelpunt_rows(user, municipality, *, file_format: str) -> Iterator[list]:
    """The municipality's knelpunten (not merged), highest priority first; never a giver."""
    if not scoping.can(user, municipality, "knelpunten.read"):
        raise PermissionDenied
    audit.record(user, "knelpunten.exported", municipality=municipality, format=file_format)
    return _knelpunt_rows(knelpunt_access.knelpunten_for(user, municipality))


def _knelpunt_rows(knelpunten) -> Iterator[list]:
    knelpunten = (knelpunten.select_related("owner")
                  .prefetch_related(Prefetch("themes", Theme.objects.only("name")))
                  .annotate(decided=Count("decisions")).order_by("-priority", "-updated_at", "-pk"))
    for k in knelpunten.iterator(chunk_size=CHUNK):
        yield [k.pk, k.title, k.get_stage_display(), k.effective_priority, k.signal_count, k.join_count,
               ", ".join(t.name for t in k.themes.all()), k.owner.full_name if k.owner else "", k.decided,
               k.created_at, k.updated_at]


# --- formats -------------------------------------------------------------------------------------------------

def _text(value) -> str:
    text = CONTROL.sub("", str(value))
    return "'" + text if text.startswith(FORMULA) else text


def _cell(value, *, spreadsheet: bool):
    if value is None:
        return ""
    if isinstance(value, datetime):
        local = timezone.localtime(value).replace(tzinfo=None, microsecond=0)
        return local if spreadsheet else local.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date | int | float) and not isinstance(value, bool):
        return value if spreadsheet else str(value)
    return _text(value)


class _Echo:
    def write(self, value):
        return value


def csv_stream(headers: list[str], rows: Iterable[list]) -> Iterator[str]:
    """CSV for Excel in Flanders: a BOM, semicolons, one line at a time."""
    writer = csv.writer(_Echo(), delimiter=";")
    yield "\ufeff" + writer.writerow(headers)
    for row in rows:
        yield writer.writerow([_cell(value, spreadsheet=False) for value in row])


def xlsx_file(headers: list[str], rows: Iterable[list], title: str):
    """An Excel workbook written row by row to a temporary file (deleted when closed), rewound for reading."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31])
    bold = Font(bold=True)
    header = []
    for name in headers:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    for row in rows:
        cells = []
        for value in row:  # a cell object only where a format is needed: openpyxl writes plain values faster
            value = _cell(value, spreadsheet=True)
            if isinstance(value, datetime):
                value = WriteOnlyCell(sheet, value=value)
                value.number_format = "dd/mm/yyyy hh:mm"
            cells.append(value)
        sheet.append(cells)
    target = tempfile.TemporaryFile(suffix=".xlsx")
    workbook.save(target)
    target.seek(0)
    return target
