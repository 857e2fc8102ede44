"""Recording a decision about a knelpunt: permission, one transaction, audit, and the decision carried to the givers
and joiners as a message of the knelpunt (the same path as `knelpunten.services.send_feedback`)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lokaalsignaal import domain_events
from lokaalsignaal.audit import services as audit
from lokaalsignaal.casework.decisions.domain_events import DecisionRecorded
from lokaalsignaal.casework.decisions.models import Decision
from lokaalsignaal.casework.knelpunten import access as knelpunt_access
from lokaalsignaal.casework.knelpunten.models import KnelpuntMessage
from lokaalsignaal.guard import services as guard
from lokaalsignaal.intake import triage

MAX_BUDGET = Decimal("9999999999.99")
FUTURE = gettext_lazy("Een beslissing ligt niet in de toekomst. Noteer ze wanneer ze genomen is.")


def sentence(decision: Decision) -> str:
    """The decision as the givers read it in their story: "Beslissing van de gemeenteraad op 12 maart 2027: …"."""
    return _("Beslissing van %(who)s op %(date)s: %(text)s") % {
        "who": decision.who, "date": formats.date_format(decision.decided_on, "j F Y"), "text": decision.text}


def _checked(data: dict) -> dict:
    body = data.get("body")
    if body not in Decision.Body.values:
        raise ValidationError(_("Kies wie besliste."))
    decided_on = data.get("decided_on")
    if not isinstance(decided_on, date):
        raise ValidationError(_("Geef de datum van de beslissing."))
    if decided_on > timezone.localdate():
        raise ValidationError(FUTURE)
    budget = data.get("budget")
    if budget is not None and not (Decimal(0) <= budget <= MAX_BUDGET):
        raise ValidationError(_("Geef een budget van 0 tot 9.999.999.999,99 euro."))
    guard.refuse_over_long(Decision, {field: data.get(field) for field in Decision.TEXT_FIELDS})
    return {"body": body, "decided_on": decided_on, "budget": budget, "link": (data.get("link") or "").strip(),
            "body_name": guard.clean(data.get("body_name")),
            "text": guard.clean_required(data.get("text"), _("Schrijf wat er beslist werd."))}


@transaction.atomic
def record_decision(actor, knelpunt_id: int, data: dict) -> Decision:
    """A coordinator records a decision on a knelpunt of her municipality (also a closed one: decisions often come
    later). Its givers and the people who joined it read it in their story and are notified after commit."""
    knelpunt = (knelpunt_access.knelpunten_for(actor, perm="knelpunten.manage").select_for_update()
                .filter(pk=knelpunt_id).first())
    if knelpunt is None:
        raise PermissionDenied
    decision = Decision(knelpunt=knelpunt, recorded_by=actor, **_checked(data))
    text = sentence(decision)
    decision.message = KnelpuntMessage.objects.create(knelpunt=knelpunt, author=actor, body=text)
    decision.save()
    signal_ids = list(knelpunt.signals.values_list("pk", flat=True))
    triage.carry_message(actor, signal_ids, text, knelpunt_ids=dict.fromkeys(signal_ids, knelpunt.pk),
                         message_ids=dict.fromkeys(signal_ids, decision.message.pk))
    audit.record(actor, "knelpunt.decision_recorded", knelpunt, decision=decision.pk, body=decision.body,
                 signals=len(signal_ids))
    domain_events.announce(DecisionRecorded(knelpunt.pk, decision.pk, tuple(signal_ids)))
    return decision
