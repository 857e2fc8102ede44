"""The members page shows the requests that wait for a decision before everyone else, with approve and refuse."""

from django.urls import reverse

from lokaalsignaal.tenancy.models import Membership, MembershipStatus
from tests.factories import coordinator, member
from tests.html import page


def test_pending_requests_come_before_approved_and_ended_members(client, login, municipality):
    login(coordinator(municipality, full_name="Chris Coördinator"))
    member(municipality, full_name="Anna Actief")
    member(municipality, status=MembershipStatus.ENDED, full_name="Bert Beëindigd")
    waiting = member(municipality, status=MembershipStatus.PENDING, full_name="Zoë Wacht")

    html = page(client.get(reverse("accounts:members", args=[municipality.slug])))

    request_ = Membership.objects.get(user=waiting)
    positions = [html.index(name) for name in ("Zoë Wacht", "Anna Actief", "Bert Beëindigd", "Chris Coördinator")]
    assert positions[0] == min(positions)
    assert reverse("accounts:decide", args=[municipality.slug, request_.pk]) in html
    assert html.index('name="decision" value="approve"') < html.index("Anna Actief")


def test_the_end_role_control_is_a_quiet_button_that_does_not_confirm(client, login, municipality):
    login(coordinator(municipality))
    giver = Membership.objects.get(user=member(municipality, full_name="Anna Actief"))

    html = page(client.get(reverse("accounts:members", args=[municipality.slug])))

    form = html[html.index(reverse("accounts:end", args=[municipality.slug, giver.pk])):]
    form = form[:form.index("</form>")]
    assert "button--secondary" in form
    assert "button--danger" not in form
    assert 'name="confirm"' not in form
