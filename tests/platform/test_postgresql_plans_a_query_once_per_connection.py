"""On PostgreSQL the parameters are bound by the server and a statement asked again on a connection is prepared, so
it is planned once per connection instead of on every request (planning was most of PostgreSQL's work, issue 17).
DATABASE_PREPARE=0 turns it off for a pooler that cannot keep prepared statements."""

import pytest
from django.db import connection

from lokaalsignaal.accounts.models import User
from lokaalsignaal.settings import postgresql_options

pytestmark = pytest.mark.django_db


def test_statements_are_prepared_unless_the_deploy_turns_it_off():
    assert postgresql_options({}) == {"server_side_binding": True, "prepare_threshold": 2}
    assert postgresql_options({"DATABASE_PREPARE": "1"}) == postgresql_options({})
    assert postgresql_options({"DATABASE_PREPARE": "0"}) == {}


def test_a_query_asked_again_on_the_connection_is_not_planned_again(kortrijk):
    for pk in (1, 2, 3):
        list(User.objects.filter(pk=pk, is_active=True))  # the same statement, other values
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            prepared = [row[0] for row in cursor.fetchall()]
        assert any('FROM "accounts_user"' in sql and "$1" in sql for sql in prepared)
    else:  # SQLite keeps no plans between statements: nothing is asked of it
        assert "server_side_binding" not in connection.settings_dict["OPTIONS"]
