"""A person's own profile (`/mijn/account/`): who she is (name, function, organisation), how often mail about her
notifications comes, the language; links to allauth's pages for her e-mail address, password, two-factor and recovery
codes; her roles, read only. Thin: each part's form checks, one service writes, the page redirects or shows the form
again with what she typed."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _

from lokaalsignaal.accounts import services as accounts
from lokaalsignaal.notifications import services as notifications
from lokaalsignaal.pages.giver.profile_forms import AboutYouForm, LanguageForm, MailForm
from lokaalsignaal.tenancy.models import Membership, ScopeMembership

ABOUT, MAIL, LANGUAGE = "over-jou", "meldingen", "taal"


def link_if_ready(name: str) -> str:
    """The URL of a page another part of the product may not have yet (`account_data`, `account_remove`): "" until
    it exists, so the link appears once it does."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return ""


def _forms(request) -> dict:
    user, part = request.user, request.POST.get("deel") if request.method == "POST" else None

    def data(name):
        return request.POST if part == name else None

    organisation = user.organisation
    return {
        ABOUT: AboutYouForm(data(ABOUT), user=user, initial={
            "full_name": user.full_name, "function": user.function,
            "organisation": organisation.pk if organisation else None}),
        MAIL: MailForm(data(MAIL), initial={"notification_preference": user.notification_preference}),
        LANGUAGE: LanguageForm(data(LANGUAGE), initial={"language": user.language}),
    }


def _save_about(request, data) -> None:
    changed = accounts.update_profile(
        request.user, full_name=data["full_name"], function=data["function"],
        organisation=None if data["new_organisation"].strip() else data["organisation"],
        new_organisation=data["new_organisation"], new_organisation_sector=data["new_organisation_sector"])
    if "organisation" in changed:
        messages.success(request, _("Je gegevens zijn bewaard. Je organisatie is gewijzigd: een coördinator van je "
                                    "gemeente kijkt opnieuw na of je er werkt."))
    else:
        messages.success(request, _("Je gegevens zijn bewaard."))


def _save_mail(request, data) -> None:
    notifications.set_preference(request.user, data["notification_preference"])
    messages.success(request, _("Je keuze voor e-mails is bewaard."))


def _save_language(request, data) -> None:
    accounts.update_profile(request.user, language=data["language"])
    with translation.override(data["language"]):  # said in the language she chose
        messages.success(request, _("De taal is bewaard."))


def _to_form(form, error: ValidationError) -> None:
    """A service's refusal on the form: on its field when the form has one, above the form otherwise."""
    for field, errors in (error.error_dict if hasattr(error, "error_dict") else {None: error.error_list}).items():
        form.add_error(field if field in form.fields else None, errors)


SAVE = {ABOUT: _save_about, MAIL: _save_mail, LANGUAGE: _save_language}


@login_required
def profile(request):
    forms = _forms(request)
    part = request.POST.get("deel") if request.method == "POST" else None
    if part in forms and forms[part].is_valid():
        try:
            SAVE[part](request, forms[part].cleaned_data)
        except ValidationError as error:
            _to_form(forms[part], error)
        else:
            response = redirect(f"{reverse('account_profile')}#{part}")
            if part == LANGUAGE:  # the language is chosen by its cookie (`lokaalsignaal.i18n`)
                response.set_cookie(
                    settings.LANGUAGE_COOKIE_NAME, request.user.language, max_age=settings.LANGUAGE_COOKIE_AGE,
                    path=settings.LANGUAGE_COOKIE_PATH, domain=settings.LANGUAGE_COOKIE_DOMAIN,
                    secure=settings.LANGUAGE_COOKIE_SECURE, httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                    samesite=settings.LANGUAGE_COOKIE_SAMESITE)
            return response
    user = request.user
    return render(request, "pages/profile.html", {
        "about_form": forms[ABOUT], "mail_form": forms[MAIL], "language_form": forms[LANGUAGE],
        "memberships": Membership.objects.filter(user=user).select_related("municipality")
        .order_by("municipality__name", "role"),
        "scope_memberships": ScopeMembership.objects.filter(user=user).select_related("scope").order_by("scope__name"),
        "data_url": link_if_ready("account_data"), "remove_url": link_if_ready("account_remove"),
    })
