"""Insights: what the signals show. The overview of a municipality for a period (``overview``: signals by type,
theme, target group, sector and stage, the monthly trend, response times, the knelpunten with the highest priority
and those that led to a decision), its period chooser (``periods``, ``forms``) and its charts (``charts``: SVG on
the server with pygal, shown as an image beside a table with the same numbers). Who may read it: ``access``.
The page is ``pages.workspace.overview_views``; docs/insights.md says why pygal."""
