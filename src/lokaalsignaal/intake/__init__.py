"""Signals: the ``Signal``, its history (``SignalEvent``, no copies of its text) and gapless references.

The only place that writes signals and their events: ``services`` (the giver's side: give, edit or withdraw while
unread, comment, answer, "ik zie dit nog steeds") and ``triage`` (the coordinator's side, and the writes a knelpunt
makes on its signals). Who may give, triage and read which signals: ``access``. What happened is announced
(``domain_events``). The giver's pages are ``pages.giver``; the inbox is ``pages.workspace``.
"""
