"""Django glue for the privacy guard (``lokaalsignaal.privacy``): ``GuardedForm`` for every free-text form, length
limits, the live check (htmx, rate-limited), one-click redaction, the names it may let through (declared by
``accounts``: verified organisations), drafts in the browser."""
