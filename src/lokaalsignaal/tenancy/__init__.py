"""Tenancy: municipalities (the tenants), postal codes, scopes (regions, Flanders) and the memberships that give
people a role in them; ``scoping`` (``can()``, the municipality or scope a user may open), the permission registry
(``permissions``: each capability declares its permissions, a name only once) and the one decorator for
``/g/<slug>/…`` and ``/regio/<pk>/…`` pages (``views.tenant_view`` / ``scope_view``). Anything not granted is a 404."""
