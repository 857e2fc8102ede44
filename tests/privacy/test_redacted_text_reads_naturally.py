"""Issue 16: a redacted text still reads as a sentence."""

from lokaalsignaal.privacy import redact, scan


def _redacted(text: str) -> str:
    return redact(text, scan(text))


def test_title_stays_and_each_finding_gets_one_placeholder():
    assert _redacted("Mevrouw Peeters uit de Kerkstraat 12 belde.") == "Mevrouw [naam] uit de [adres] belde."


def test_street_and_postal_line_become_one_address():
    assert _redacted("Hij woont in 9000 Gent, Kerkstraat 4.") == "Hij woont in [adres]."


def test_a_list_of_names_keeps_its_commas():
    out = _redacted("Contact: Ingrid Vogt, Mehmet Öztürk en Paweł Bouharrou.")
    assert out == "Contact: [naam], [naam] en [naam]."


def test_birth_date_in_parentheses_keeps_the_parentheses():
    assert _redacted("An Peeters (12 maart 1968) heeft recht op een premie.") == (
        "[naam] ([geboortedatum]) heeft recht op een premie."
    )
