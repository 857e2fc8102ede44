"""Privacy guard: finds personal data of clients in signal texts (pure Python, no Django).

Public API::

    scan(text, allow=()) -> list[Finding]
    redact(text, findings) -> str
    Finding(start, end, kind, text)
    PLACEHOLDERS, STRUCTURED_KINDS, WARNING_KINDS, KINDS
"""

from .detector import KINDS, PLACEHOLDERS, STRUCTURED_KINDS, WARNING_KINDS, Finding, redact, scan

__all__ = ["KINDS", "PLACEHOLDERS", "STRUCTURED_KINDS", "WARNING_KINDS", "Finding", "redact", "scan"]
