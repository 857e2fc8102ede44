"""Escalation beyond the town hall: what a region (eerstelijnszone) or Flanders does with the knelpunten its
municipalities escalated to it.

- A municipality escalates with ``knelpunten.services.change_stage(..., to="escalated", escalate_to=scope,
  responsible_level=level)`` (both required for a municipal knelpunt; the scope must contain the municipality:
  ``knelpunten.access.escalation_targets``). A regional/Flemish knelpunt needs only the level.
- Who sees what (``access``): ``escalated_knelpunten_for(user, scope)`` = escalated to the scope and still
  "opgeschaald", plus those bundled into one of its regional knelpunten — the scope's list; ``readable_by_scope`` =
  those plus what lies below a regional/Flemish knelpunt among them, down to the municipalities; signal texts only
  through ``signals_of_escalated`` (never giver, organisation, sector or exact date). Members are ``ScopeMembership``s
  (coordinator or reader); everything else is a 404.
- Returning (opgeschaald → in analyse) keeps ``escalated_to`` as history but unbundles the knelpunt.
- Bundling (``services.bundle``, ``add_to_bundle``): a scope coordinator makes a regional/Flemish ``Knelpunt(scope=…,
  municipality=None)`` of unbundled knelpunten escalated to that scope; Flanders also bundles regional knelpunten
  escalated to it; never deeper than municipality → region → Flanders.
- Messages flow down (``knelpunten.flow``): a regional/Flemish knelpunt's stage change or message becomes a
  ``KnelpuntMessage`` on every knelpunt below and a FEEDBACK event on each of their signals; who hears it is announced
  (``MessageFlowedDown``).
- Numbers (``numbers.for_scope``): one table of signal counts per scope, small numbers suppressed together with what
  would give them back (``privacy.small_numbers``); every region page reads the same table.

The region's pages are ``pages.region``.
"""
