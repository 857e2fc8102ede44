"""The casework app's models, each owned by its capability package (Django finds them through this module)."""

from lokaalsignaal.casework.decisions.models import Decision  # noqa: F401
from lokaalsignaal.casework.knelpunten.models import Join, Knelpunt, KnelpuntMessage, Note, StageChange  # noqa: F401
from lokaalsignaal.casework.partners.models import PartnerAccess, PartnerInvitation  # noqa: F401
