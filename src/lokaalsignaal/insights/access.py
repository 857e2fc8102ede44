"""Who may read a municipality's overview and its signalenrapporten (its coordinators and readers: numbers, titles and
signal texts, never who gave a signal), and who may compose a report (its coordinators). Declared here
(``tenancy.permissions``) when the app is ready."""

from lokaalsignaal.tenancy.models import Role
from lokaalsignaal.tenancy.permissions import declare

declare("overview.read", {Role.COORDINATOR, Role.READER},
        description="Read the municipality's overview and its reports: numbers, charts, titles and signal texts, "
                    "never who gave a signal.")
declare("reports.compose", {Role.COORDINATOR},
        description="Compose, render and delete the municipality's signalenrapporten.")
