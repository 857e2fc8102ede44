from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.functional import SimpleLazyObject
from django.views.decorators.cache import cache_control, never_cache

from lokaalsignaal.pages.giver.home import giver_home, memberships
from lokaalsignaal.pages.public_forms import ParticipatingSearchForm
from lokaalsignaal.pages.region.home import region_home
from lokaalsignaal.pages.visitor_cache import kept_for_visitors
from lokaalsignaal.tenancy import participants, scoping
from lokaalsignaal.tenancy.views import tenant_view


@kept_for_visitors
def landing(request):
    return render(request, "pages/landing.html")


@kept_for_visitors
def participating(request):
    form = ParticipatingSearchForm(request.GET if "zoek" in request.GET else None)
    search = form.search()
    # read only when the template's kept list (five minutes per language, without a search) has to be made again
    municipalities = SimpleLazyObject(lambda: participants.participating(search))
    return render(request, "pages/participating.html", {"form": form, "search": search,
                                                        "any_participating": participants.any_participating(),
                                                        "municipalities": municipalities})


@kept_for_visitors
def join(request):
    return render(request, "pages/join.html")


@login_required
def home(request):
    return render(request, "pages/home.html", {"memberships": memberships(request.user),
                                               "region_home": region_home(request.user), **giver_home(request.user)})


@login_required
def switch(request):
    """The header switcher (a GET form, works without JavaScript)."""
    slug = request.GET.get("gemeente", "")
    municipality = scoping.municipalities_for(request.user).filter(slug=slug).first()
    if municipality is None:
        raise Http404
    return redirect("pages:municipality", municipality.slug)


@tenant_view("municipality.view")
def municipality_home(request, municipality):
    roles = scoping.roles_in(request.user, municipality)
    return render(request, "pages/municipality.html", {"municipality": municipality, "roles": roles})


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # the database is down: say so, don't crash
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@cache_control(public=True, max_age=24 * 60 * 60)
def favicon(request):
    """Browsers ask for /favicon.ico on their own: send them to the SVG icon (its static URL may carry a hash)."""
    return redirect(static("favicon.svg"))
