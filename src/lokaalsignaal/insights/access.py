"""Who may read a municipality's overview: its coordinators and readers (numbers and titles, never who gave a
signal). Declared here (``tenancy.permissions``); the pages app imports this module when it is ready."""

from lokaalsignaal.tenancy.models import Role
from lokaalsignaal.tenancy.permissions import declare

declare("overview.read", {Role.COORDINATOR, Role.READER},
        description="Read the municipality's overview: numbers, charts and titles, never who gave a signal.")
