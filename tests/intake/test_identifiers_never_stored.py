"""THE bar: a national number, BIS number, IBAN, e-mail address or phone number that a giver types is never stored.

Not in the signal, not in its history, not in the audit log, not in the outgoing mail, not in the task queue, not in
the session: every table of the database is read back and searched, as typed and in normalised (digits-only) form.
"""

import datetime

import pytest
from django.urls import reverse
from stdnum import iban
from stdnum.be import bis, nn

from lokaalsignaal.intake.models import Signal, SignalEvent
from lokaalsignaal.mail.models import OutgoingMail
from tests.intake.db_dump import places_holding, stored_texts


def national_number(birth: datetime.date, serial: int, month_offset: int = 0) -> str:
    """A Belgian national number (or, with month + 20/40, a BIS number) with a valid check digit."""
    base = f"{birth:%y}{birth.month + month_offset:02d}{birth:%d}{serial:03d}"
    prefix = "2" if birth.year >= 2000 else ""
    return base + f"{97 - int(prefix + base) % 97:02d}"


NN = national_number(datetime.date(1985, 7, 14), 123)
NN_2000S = national_number(datetime.date(2004, 2, 29), 56)
BIS = national_number(datetime.date(1990, 11, 3), 271, month_offset=40)
IBAN = "BE68 5390 0754 7034"  # a valid IBAN (mod 97), the textbook example
IBAN_BELGIAN_BANK = "BE71 0961 2345 6769"  # also valid for an existing Belgian bank code
EMAIL = "karim.janssens@telenet.be"
PHONE_INTERNATIONAL = "+32 470 12 34 56"
PHONE_LOCAL = "0470/12.34.56"


def dotted(number: str) -> str:
    return f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"


IDENTIFIERS = {
    "national number": dotted(NN),
    "national number (2000s)": NN_2000S,
    "BIS number": dotted(BIS),
    "IBAN": IBAN,
    "IBAN (Belgian bank)": IBAN_BELGIAN_BANK,
    "e-mail": EMAIL,
    "phone (+32)": PHONE_INTERNATIONAL,
    "phone (local)": PHONE_LOCAL,
}
# What a search by a colleague would try: the bare digits, the BBAN without country and check.
NORMALISED_FORMS = [NN, NN_2000S, BIS, "BE68539007547034", "539007547034", "BE71096123456769", "096123456769",
                    "32470123456", "0470123456"]


def test_the_generated_identifiers_are_valid():
    assert nn.is_valid(NN) and nn.is_valid(NN_2000S)
    assert bis.is_valid(BIS)
    assert iban.is_valid(IBAN, check_country=False)
    assert iban.is_valid(IBAN_BELGIAN_BANK)


def assert_stored_nowhere():
    leaks = {label: places_holding(value) for label, value in IDENTIFIERS.items()}
    leaks |= {value: places_holding(value) for value in NORMALISED_FORMS}
    assert {label: where for label, where in leaks.items() if where} == {}


def text_with_every_identifier(intro: str) -> str:
    return (f"{intro}: rijksregisternummer {dotted(NN)}, een jongere met {NN_2000S}, bisnummer {dotted(BIS)}, "
            f"rekening {IBAN}, spaarrekening {IBAN_BELGIAN_BANK}, mail {EMAIL}, "
            f"bellen naar {PHONE_INTERNATIONAL} of {PHONE_LOCAL}.")


@pytest.fixture
def tasks_in_the_database(settings):
    """Mail is delivered through django_tasks_db, so queued tasks are rows we can read back too."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def submitted(client, login, giver, give_url, form_data, tasks_in_the_database, django_capture_on_commit_callbacks):
    login(giver)
    data = form_data(
        title=f"Bellen naar {PHONE_LOCAL} helpt niet",
        description=text_with_every_identifier("Mevrouw Fatima Benali kwam langs met haar papieren") + " UNIEK-123",
        tried=text_with_every_identifier("We probeerden"),
        idea=text_with_every_identifier("Idee"),
        since="sinds 2024",
        privacy_confirmed="on",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(give_url, data, follow=True)
    assert response.status_code == 200
    return response


def test_a_submitted_signal_keeps_no_identifier_anywhere_in_the_database(submitted):
    signal = Signal.objects.get()
    assert "[rijksregisternummer]" in signal.description
    assert "[telefoonnummer]" in signal.title
    assert_stored_nowhere()


def test_the_database_dump_does_see_the_signal_mail_tasks_and_audit(submitted):
    """The control: the search reads the tables where a leak would be (so an empty result means something)."""
    wheres = {where for where, text in stored_texts() if "UNIEK-123" in text}
    assert any(where.startswith("intake.Signal.description") for where in wheres)
    assert any(where.startswith("intake_signal.") for where in wheres)
    reference = Signal.objects.get().reference
    holding_reference = {where.split(".")[0] for where, text in stored_texts() if reference in text}
    assert {"mail", "audit"} <= {where.split(".")[0] for where in holding_reference}
    assert any(where.startswith("django_tasks_database_dbtaskresult.") for where, _text in stored_texts())


def test_the_giver_is_told_which_kinds_were_replaced(submitted):
    content = submitted.content.decode()
    assert "We hebben persoonsgegevens uit je tekst gehaald" in content
    for label in ["rijksregisternummer", "rekeningnummer", "e-mailadres", "telefoonnummer"]:
        assert label in content


def test_the_receipt_mail_holds_no_identifier(submitted):
    mail = OutgoingMail.objects.get()
    assert Signal.objects.get().reference in mail.body_text
    for value in IDENTIFIERS.values():
        assert value not in mail.subject + mail.body_text + mail.body_html


def test_a_comment_on_the_signal_keeps_no_identifier(client, login, giver, give_signal, tasks_in_the_database,
                                                     django_capture_on_commit_callbacks):
    signal = give_signal(giver, giver.memberships.get().municipality)
    login(giver)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("intake:detail", args=[signal.reference]),
                               {"body": text_with_every_identifier("Nog dit")}, follow=True)

    assert "Je opmerking is toegevoegd" in response.content.decode()
    assert "telefoonnummer" in response.content.decode()
    comment = SignalEvent.objects.get(signal=signal, kind=SignalEvent.Kind.COMMENT)
    assert "[rekeningnummer]" in comment.body
    assert_stored_nowhere()


def test_editing_the_signal_keeps_no_identifier(client, login, giver, give_signal, form_data, tasks_in_the_database,
                                                django_capture_on_commit_callbacks):
    signal = give_signal(giver, giver.memberships.get().municipality)
    login(giver)
    data = form_data(title=f"Mail {EMAIL}", description=text_with_every_identifier("Aangepast"),
                     tried=text_with_every_identifier("Geprobeerd"), idea=text_with_every_identifier("Idee"),
                     version=signal.version)
    del data["municipalities"]

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("intake:edit", args=[signal.reference]), data, follow=True)

    assert "Je signaal is aangepast" in response.content.decode()
    assert "We hebben persoonsgegevens uit je tekst gehaald" in response.content.decode()
    signal.refresh_from_db()
    assert signal.title == "Mail [e-mailadres]"
    assert_stored_nowhere()


def test_a_re_rendered_form_no_longer_shows_the_identifiers(client, login, giver, give_url, form_data):
    """A form sent back for a missing field shows the text without the identifiers (nothing is kept either)."""
    login(giver)

    response = client.post(give_url, form_data(description=text_with_every_identifier("Zonder titel"), title=""))

    assert response.status_code == 200
    content = response.content.decode()
    for value in IDENTIFIERS.values():
        assert value not in content
    assert "[rijksregisternummer]" in content
    assert not Signal.objects.exists()
    assert_stored_nowhere()


def test_three_ibans_in_one_sentence_are_all_removed(client, login, giver, give_url, form_data):
    login(giver)

    client.post(give_url, form_data(description=f"Zijn rekeningen: {IBAN_BELGIAN_BANK} BE62 5100 0754 7061 {IBAN}."))

    assert Signal.objects.exists()
    assert_stored_nowhere()

