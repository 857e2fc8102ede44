"""The ONE place that decides what a user may see and do in a municipality.

Views and services never filter tenant data themselves: they ask this package for the municipality (with the
permission they need) and for querysets scoped to it. Anything not granted is a 404, so a user of another
municipality cannot even learn that a page exists.

The rules live in the modules of this package, one per domain (core: memberships and the municipality's own
permissions; audit, casework, events, partners, regions, similarity); each module declares its domain's permissions
in the registry (``tenancy.permissions.declare``, which refuses a name declared twice). Everything is re-exported
here, so callers write ``from lokaalsignaal.tenancy import scoping`` and ``scoping.<name>``; ``scoping.PERMISSIONS``
is the read-only table (permission -> roles).
"""

from .audit import *  # noqa: F403
from .casework import *  # noqa: F403
from .core import *  # noqa: F403
from .events import *  # noqa: F403
from .partners import *  # noqa: F403
from .regions import *  # noqa: F403
from .similarity import *  # noqa: F403
