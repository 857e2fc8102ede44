"""The participating municipalities as the public page lists them ("Welke steden en gemeenten werken mee?"), found
by a part of their name (Dutch or French, without minding capitals, accents, hyphens or apostrophes) or by a postcode
(the postcodes of `reference_loader`; a part of one, "85", finds every postcode that starts with it)."""

from __future__ import annotations

import re
import unicodedata

from .models import Municipality

MAX_SEARCH = 60  # characters; the form refuses more, and this cuts anything longer that reaches it otherwise
_POSTCODE = re.compile(r"\d{1,4}")
_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """'Sint-Jans-Molenbeek' -> 'sint jans molenbeek'; 'Écaussinnes' -> 'ecaussinnes'."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", plain.lower()).strip()


def any_participating() -> bool:
    return Municipality.objects.filter(participating=True).exists()


def participating(search: str = "") -> list[Municipality]:
    """Participating municipalities by start date, then name; only the matches of
    `search` when it is given."""
    municipalities = Municipality.objects.filter(participating=True).order_by("start_date", "name")
    search = search.strip()[:MAX_SEARCH]
    if not search:
        return list(municipalities)
    compact = search.replace(" ", "")
    if _POSTCODE.fullmatch(compact):
        return list(municipalities.filter(postal_codes__code__startswith=compact).distinct())
    wanted = fold(search)
    return [m for m in municipalities if wanted and (wanted in fold(m.name) or wanted in fold(m.name_fr))]
