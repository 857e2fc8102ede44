"""A coordinator's hand on a knelpunt's priority: ``services.override_priority`` (a value with a reason, audited) and
its form. The computed score is part of the knelpunt (``casework.knelpunten.priority``); the list and the
"waarom deze prioriteit?" panel are pages (``pages.workspace``)."""
