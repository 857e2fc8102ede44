"""`/mijn/account/gegevens/`: a person downloads everything the platform holds about her (`personal_data`). A GET
explains what the file holds; a POST (a button) answers with the ZIP, at most a few times an hour
(`LOKAALSIGNAAL_RATE_LIMITS["accounts.data_export"]`), and is audited (`accounts.data_exported`, no content)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone

from lokaalsignaal import ratelimit
from lokaalsignaal.accounts import personal_data as account_file
from lokaalsignaal.pages.giver.personal_data import her_data

RATE = "accounts.data_export"
TEMPLATE = "accounts/personal_data.html"


@login_required
def account_data(request):
    if request.method != "POST":
        return render(request, TEMPLATE)
    wait = ratelimit.hit(RATE, f"u{request.user.pk}")
    if wait:
        response = render(request, TEMPLATE, {"too_soon": True}, status=429)
        response["Retry-After"] = str(wait)
        return response
    archive = account_file.zip_of(her_data(request.user))
    account_file.record_export(request.user)
    response = HttpResponse(archive, content_type="application/zip")
    response["Content-Disposition"] = (
        f'attachment; filename="lokaalsignaal-gegevens-{timezone.localdate():%Y-%m-%d}.zip"')
    response["Cache-Control"] = "no-store"
    return response
