"""Memberships (of a municipality and of a region) moved from `accounts` to `tenancy`, where the rules about them
live. A database with memberships in it, migrated forward on the real migration executor, keeps every row, and the
admin's content types (and so its permissions and history) follow the models; migrating back restores them."""

import pytest
from django.apps import apps as current

from tests.migrations import latest, migrate

BEFORE = [("accounts", "0002_user_organisation_verification"),
          ("tenancy", "0002_municipality_partners_require_two_factor")]

pytestmark = pytest.mark.django_db(transaction=True)


def seed(old):
    User = old.get_model("accounts", "User")
    municipality = old.get_model("tenancy", "Municipality").objects.create(
        refnis="99002", name="Verhuisgem", slug="verhuisgem", reference_prefix="VERHUIS", region="flanders",
        participating=True)
    scope = old.get_model("tenancy", "Scope").objects.create(name="Zuid-Test", kind="region")
    person = User.objects.create(email="lid@verhuisgem.be", full_name="Lid Verhuis")
    membership = old.get_model("accounts", "Membership").objects.create(
        user=person, municipality=municipality, role="coordinator", status="approved", message="Graag")
    scoped = old.get_model("accounts", "ScopeMembership").objects.create(user=person, scope=scope, role="reader")
    ContentType = old.get_model("contenttypes", "ContentType")
    ContentType.objects.get_or_create(app_label="accounts", model="membership")
    ContentType.objects.get_or_create(app_label="accounts", model="scopemembership")
    return {"person": person.pk, "membership": membership.pk, "scoped": scoped.pk, "municipality": municipality.pk}


def test_every_membership_survives_the_move():
    old = migrate(BEFORE)
    try:
        ids = seed(old)
        migrate(latest())

        Membership = current.get_model("tenancy", "Membership")
        membership = Membership.objects.get(pk=ids["membership"])
        assert (membership.user_id, membership.municipality_id, membership.role, membership.status,
                membership.message) == (ids["person"], ids["municipality"], "coordinator", "approved", "Graag")
        assert current.get_model("tenancy", "ScopeMembership").objects.get(pk=ids["scoped"]).role == "reader"
        ContentType = current.get_model("contenttypes", "ContentType")
        assert set(ContentType.objects.filter(model__in=["membership", "scopemembership"]).values_list(
            "app_label", flat=True)) == {"tenancy"}
    finally:
        migrate(latest())


def test_migrating_back_gives_the_memberships_back_to_accounts():
    old = migrate(BEFORE)
    try:
        ids = seed(old)
        migrate(latest())
        old = migrate(BEFORE)

        assert old.get_model("accounts", "Membership").objects.get(pk=ids["membership"]).role == "coordinator"
        ContentType = old.get_model("contenttypes", "ContentType")
        assert ContentType.objects.filter(app_label="accounts", model="membership").exists()
    finally:
        migrate(latest())
