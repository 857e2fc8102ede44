"""The give form's four kinds of signal (a radio list with a hint under each) are written in Python
(`intake.forms.signal_type_option`), the same markup as their template intake/partials/signal_type_option.html
writes, unchosen, chosen and with an error, in both languages."""

import pytest
from django.utils.translation import override

from lokaalsignaal import fast_widgets
from lokaalsignaal.intake.forms import SignalForm, SignalTypeWidget, signal_type_option
from lokaalsignaal.intake.models import SignalType

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("data", [None, {"signal_type": SignalType.INJUSTICE}, {"signal_type": "geen-soort"}])
def test_the_options_are_the_markup_of_their_template(giver, kortrijk, data, language, monkeypatch):
    def rendered():
        form = SignalForm(data, user=giver, municipality=kortrijk)
        if data is not None:
            form.is_valid()
        return str(form["signal_type"])

    assert fast_widgets.RENDERERS[SignalTypeWidget.option_template_name] is signal_type_option
    with override(language):
        fast = rendered()
        monkeypatch.delitem(fast_widgets.RENDERERS, SignalTypeWidget.option_template_name)
        assert fast == rendered()
    assert fast.count('type="radio"') == len(SignalType.choices)
    if data and data["signal_type"] == SignalType.INJUSTICE:
        assert f'value="{SignalType.INJUSTICE}"' in fast and " checked" in fast
