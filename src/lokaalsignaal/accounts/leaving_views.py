"""/mijn/account/verwijderen/: a person removes her own account (`accounts.leaving.remove_account`). The GET says
what happens and asks her password; the POST removes the account, logs her out and says goodbye."""

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from lokaalsignaal import ratelimit
from lokaalsignaal.accounts import leaving

RATE = "accounts.remove"


class RemoveAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Typ je wachtwoord om te bevestigen"), max_length=128, strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("Dit wachtwoord klopt niet."), code="wrong_password")
        return password


@login_required
def remove(request):
    user = request.user
    form = RemoveAccountForm(request.POST or None, user=user)
    wait = ratelimit.hit(RATE, f"u{user.pk}") if request.method == "POST" else 0  # no guessing her password here
    if wait:
        form = RemoveAccountForm(user=user)
        messages.error(request, _("Te veel pogingen. Probeer het later opnieuw."))
    elif request.method == "POST" and form.is_valid():
        try:
            leaving.remove_account(user, user.pk)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            logout(request)
            return render(request, "accounts/remove_done.html")
    response = render(request, "accounts/remove_confirm.html", {
        "form": form, "last_coordinator_of": leaving.last_coordinator_of(user),
        "is_trekker": user.owned_knelpunten.exists(), "is_platform_admin": user.is_superuser or user.is_staff,
    })
    if wait:
        response.status_code, response["Retry-After"] = 429, str(wait)
    return response
