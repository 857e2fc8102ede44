"""What a user may see and do in a municipality: memberships, roles and ``can()``.

Views and services never filter tenant data themselves: they ask for the municipality (with the permission they
need) and for querysets scoped to it. Anything not granted is a 404, so a user of another municipality cannot even
learn that a page exists. Each capability keeps its own querysets and declares its permissions in the registry
(``tenancy.permissions.declare``) in its ``access`` module, beside its models (e.g. ``casework.knelpunten.access``,
``events.access``); this package holds only what every capability shares.
"""

from lokaalsignaal.tenancy.scoping.core import *  # noqa: F403
from lokaalsignaal.tenancy.scoping.core import PERMISSIONS  # noqa: F401
