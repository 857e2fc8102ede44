"""A coordinator follows the members page's link to her municipality's audit log, where a role the platform admin gave
stands out; the page passes axe and fits a 360 px phone."""

import pytest
from playwright.sync_api import expect

from lokaalsignaal.accounts import admin_changes
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Role
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_audit_log_is_reachable_from_the_members_page_and_passes_axe(site, page, log_in, axe_check,
                                                                        municipality, make_coordinator):
    user, secret = make_coordinator(municipality, full_name="Carla Coördinator")
    admin = UserFactory(full_name="Paula Platformbeheer", is_staff=True, is_superuser=True)
    newcomer = UserFactory(full_name="Nieuwe Lezer")
    membership = Membership.objects.create(user=newcomer, municipality=municipality, role=Role.READER,
                                           status=MembershipStatus.APPROVED)
    admin_changes.membership_changed(admin, membership)

    log_in(page, user.email, totp_secret=secret)  # once: a TOTP code is accepted only once
    for viewport in ({"width": 1280, "height": 800}, {"width": 360, "height": 740}):
        page.set_viewport_size(viewport)
        page.goto(f"{site}/g/{municipality.slug}/leden/")
        page.get_by_role("link", name="Auditlog").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Auditlog van {municipality.name}")
        expect(page.get_by_role("row", name="Nieuwe Lezer")).to_contain_text("door het platformbeheer")
        axe_check(page)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
