"""How long a free text may be: the one place for every form, service and endpoint that takes free text.

Plain constants (no Django): the privacy scanner's cost test and its benchmark use them too.

- A form field declares its own maximum (``max_length``, e.g. 150 for a signal title, 3000 for a message);
  `GuardedForm` enforces it with a clear error, gives fields without one ``LINE`` (one-line input) or ``TEXT``
  (text area), and never lets a field go beyond ``TEXT``.
- Services refuse any free text longer than ``TEXT`` (`guard.services.strip_identifiers`, the scrub every service
  calls), whatever the caller did.
- The live privacy check and the giver's suggestions read at most ``TEXT`` characters per field.

5000 is the longest text the product stores (a signal's description, a knelpunt's summary, a note, an event's
description or outcome); the longest demo texts are well under 1000.
"""

#: a title or another one-line text without its own maximum
LINE = 200
#: the longest free text anywhere
TEXT = 5000


def default_for(multiline: bool) -> int:
    return TEXT if multiline else LINE
