"""Numbers in a phone layout that are another number (issue 16, round 12).

Every Belgian number of 9 or 10 digits starting with 0 is a possible phone number, so the guard takes any such run for
one (``identifiers._valid_phone``). On the clean texts of set M two kinds were no phone:

* **A number named as another kind** by the word right before it: ``Klantnummer 035 12 34 56``, ``EAN-code: 0541 …``,
  ``dossiernr. 0912345678``, ``referentie 0470…`` (a customer, meter, file or order number). A phone's own label
  (``gsm-nummer``, ``telefoonnummer``, ``tel.``) or none keeps it a phone.
* **Part of a longer run of digit groups**: ``EAN 5414 07 31 22 09 46 18 70`` (an energy meter's 18 digits in pairs):
  a group of four digits or more right before the candidate, set apart by one space, means the candidate is the
  middle of a longer number. Not a year (``in 2024 0470 12 34 56``), a date's or a house number's end
  (``12/3/2024 0470 …``, ``Kerkstraat 12 0470 …``), a table's cell (a tab between). A phone right after another
  phone (``0470123456 0471234567``) is read after that phone ends: the group before it is the first phone's
  (``after`` below).
"""

from __future__ import annotations

import re

#: the label of another kind of number right before the candidate: a compound of ``nummer``/``nr``/``code`` whose
#: first part is no phone word, or an abbreviation of one (``EAN``, ``ref.``)
_OTHER_LABEL_BEFORE = re.compile(
    r"(?<![\w])(?:(?:klant|dossier|referentie|ref|order|bestel|factuur|contract|aanvraag|rol|polis|lid|lidmaatschaps|"
    r"meter|aansluitings?|ean|kaart|zaak|volg|pakket|ticket|inschrijvings?|leveranciers?|btw|kbo|ondernemings?|"
    r"rekening|registratie)[ \t\-]?(?:nummer|nr\.?|code)|ean(?:[ \t\-]?code)?|ref\.?|referentie)"
    r"[ \t]*(?:[:.][ \t]*)?\Z",
    re.IGNORECASE,
)
#: a group of four digits or more right before the candidate, set apart by one space, not a year
_DIGITS_BEFORE = re.compile(r"(?<![\w/.\-:])(?!(?:19|20)\d\d )\d{4,} \Z")


def another_number(text: str, start: int, after: int = 0) -> bool:
    """Is the phone-like candidate at ``start`` another kind of number (module docstring)? ``after``: where the last
    phone found ends (a group of digits up to there is that phone's)."""
    d = _DIGITS_BEFORE.search(text, max(0, start - 12), start)
    if d is not None and d.start() >= after:
        return True
    return bool(_OTHER_LABEL_BEFORE.search(text, max(0, start - 30), start))
