"""Issue 14: a form marks either its required fields "(verplicht)" or its optional ones "(niet verplicht)" — whichever
is rarer — and never explains the marker in a sentence of its own."""

import re

from django.urls import reverse

from tests.factories import member


def _labels(body: str) -> list[str]:
    found = re.findall(r"<(?:label|legend)\b[^>]*>(.*?)</(?:label|legend)>", body, re.S)
    return [re.sub(r"<[^>]+>", "", label).strip() for label in found]


def test_the_signal_form_marks_only_what_must_be_filled_in(client, login, kortrijk):
    login(member(kortrijk))

    body = client.get(reverse("intake:give", args=[kortrijk.slug])).content.decode()
    labels = _labels(body)

    marked = [label for label in labels if label.endswith("(verplicht)")]
    assert {label.removesuffix("(verplicht)").strip() for label in marked} >= {
        "Wat voor signaal is het?", "Korte titel", "Wat stel je vast?", "Thema"}
    assert not any("(niet verplicht)" in label for label in labels)
    assert "Alleen de velden zonder" not in body



def test_the_sign_up_form_where_most_fields_are_required_marks_the_optional_ones(client, kortrijk):
    labels = _labels(client.get(reverse("account_signup")).content.decode())

    assert "Je organisatie (niet verplicht)" in labels
    assert not any(label.endswith("(verplicht)") and "(niet verplicht)" not in label for label in labels)
