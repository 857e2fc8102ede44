"""The people of bench/soak_bench.py: givers who give signals and read their pages, coordinators who triage,
link and move knelpunten between stages; and the record of what they did, for the checks."""

from __future__ import annotations

import re
import threading
import time

from soak_parts import Stats

TEXTS = [
    ("Lange wachttijd voor budgetbegeleiding",
     "Veel gezinnen wachten maanden op budgetbegeleiding en raken dieper in de schulden."),
    ("Geen plaats in de kinderopvang", "Ouders die werk vinden, krijgen geen plaats in de kinderopvang in de buurt."),
    ("Huurwaarborg te hoog", "Mensen met een leefloon kunnen de huurwaarborg niet betalen en blijven zonder woning."),
    ("Digitale loketten onbereikbaar", "Wie geen computer heeft, raakt niet aan een afspraak bij de diensten."),
    ("Energiefactuur onbetaalbaar", "Gezinnen zetten de verwarming af omdat de voorschotten te hoog zijn."),
]


# --- the people ---------------------------------------------------------------------------------------------------

class Record:
    """What the clients did, for the checks."""

    def __init__(self):
        self.lock = threading.Lock()
        self.accepted: dict[str, str] = {}  # reference -> giver e-mail
        self.uncertain_gives = 0  # a give that got a 5xx or no answer: stored or not, we cannot tell
        self.received: set[int] = set()  # signal pks marked received (302)
        self.linked: dict[int, int] = {}  # signal pk -> knelpunt pk
        self.stage_changes: list[dict] = []  # {knelpunt, to, signals: [pk] linked at that moment}
        self.uncertain_casework = 0


def giver_loop(browsers, slug, theme, record: Record, stats: Stats, until: float, think: float, rnd):
    references: dict[int, list[str]] = {}
    while time.monotonic() < until:
        index = rnd.randrange(len(browsers))
        browser, email = browsers[index]
        action = rnd.random()
        if action < 0.4:
            give(browser, email, slug, theme, record, references.setdefault(index, []), rnd)
        elif action < 0.6:
            browser.get("/mijn/signalen/", "giver.mine")
        elif action < 0.75 and references.get(index):
            browser.get(f"/mijn/signalen/{rnd.choice(references[index])}/", "giver.detail")
        elif action < 0.9:
            browser.get("/mijn/meldingen/", "giver.notifications")
        else:
            browser.get("/", "giver.home")
        time.sleep(rnd.expovariate(1 / think))


WHERE = ["jonge gezinnen", "alleenstaande ouders", "studenten", "nieuwkomers", "gepensioneerden", "werkzoekenden",
         "mensen met een beperking", "huurders", "jongeren", "grote gezinnen", "mantelzorgers", "zelfstandigen"]


def give(browser, email, slug, theme, record: Record, mine: list, rnd, typing: bool = False,
         kind: str = "giver.give", unique: bool = False) -> None:
    """Give a signal through the form. `typing`: as a giver with JavaScript, whose draft is looked up while she
    types (the live fragment, kind "giver.suggestions"), so her click sends what was shown. `unique`: every draft is
    a text of its own (a sentence of three groups out of twelve), so nothing is remembered from an earlier one."""
    url = f"/g/{slug}/signaal-geven/"
    page = browser.get(url, "giver.give_form")
    if page is None or page.status != 200:
        return
    title, description = rnd.choice(TEXTS)
    if unique:
        description += " Het speelt vooral bij {}, {} en {}.".format(*rnd.sample(WHERE, 3))
    data = {"municipalities": page.value_of("municipalities", checked=True) or page.value_of("municipalities"),
            "signal_type": "drempel", "title": title, "description": description, "themes": theme,
            "may_contact": "on", "may_invite": "on", "csrfmiddlewaretoken": page.csrf()}
    if typing:
        shown = browser.post(f"{url}vergelijkbaar/", data, "giver.suggestions")
        if shown is not None and shown.status == 200:
            data.update({name: shown.value_of(name) for name in ("similar_checked", "similar_seen")
                         if shown.value_of(name)})
    answer = browser.post(url, data, kind)
    if answer is not None and answer.status == 200 and 'name="similar_seen"' in answer.text:
        answer = browser.post(url, {**data, "similar_seen": "1", "csrfmiddlewaretoken": answer.csrf()},
                              "giver.give_confirm")  # the confirm step: similar knelpunten shown first
    if answer is None or answer.status >= 500:
        with record.lock:
            record.uncertain_gives += 1
        return
    found = re.findall(r"ref=([^&]+)", answer.location or "") if answer.status == 302 else []
    if not found:
        browser.stats.note(f"give refused: HTTP {answer.status}")
        return
    with record.lock:
        for reference in found:
            record.accepted[reference] = email
    mine.extend(found)
    browser.get(answer.location, "giver.receipt")


def coordinator_loop(browser, slug, own: list[int], part: tuple[int, int], record: Record, stats: Stats,
                     until: float, think: float, rnd):
    stages = dict.fromkeys(own, "new")
    turn = 0
    while time.monotonic() < until:
        turn += 1
        if turn % 4 == 0:
            knelpunt = rnd.choice(own)
            to = {"new": "analysis", "analysis": "agenda", "agenda": "analysis"}[stages[knelpunt]]
            if change_stage(browser, slug, knelpunt, to, record, rnd):
                stages[knelpunt] = to
        elif turn % 7 == 0:
            browser.get(f"/g/{slug}/knelpunten/", "coordinator.knelpunten")
        else:
            inbox = browser.get(f"/g/{slug}/signalen/?unlinked=on", "coordinator.inbox")
            if inbox is not None and inbox.status == 200:
                pks = {int(pk) for pk in re.findall(rf"/g/{slug}/signalen/(\d+)/", inbox.text)}
                mine = sorted(pk for pk in pks if pk % part[1] == part[0] and pk not in record.linked)
                if mine:
                    triage(browser, slug, rnd.choice(mine), rnd.choice(own), record)
        time.sleep(rnd.expovariate(1 / think))


def triage(browser, slug, pk: int, knelpunt: int, record: Record) -> None:
    page = browser.get(f"/g/{slug}/signalen/{pk}/", "coordinator.signal")
    if page is None or page.status != 200:
        return
    if pk not in record.received:
        answer = browser.post(f"/g/{slug}/signalen/{pk}/ontvangen/", {"csrfmiddlewaretoken": page.csrf()},
                              "coordinator.mark_read")
        if answer is not None and answer.status == 302:
            with record.lock:
                record.received.add(pk)
        elif answer is None or answer.status >= 500:
            with record.lock:
                record.uncertain_casework += 1
    answer = browser.post(f"/g/{slug}/signalen/{pk}/koppelen/",
                          {"knelpunt": knelpunt, "csrfmiddlewaretoken": page.csrf()}, "coordinator.link")
    if answer is not None and answer.status == 302:
        with record.lock:
            record.linked[pk] = knelpunt
    elif answer is None or answer.status >= 500:
        with record.lock:
            record.uncertain_casework += 1


def change_stage(browser, slug, knelpunt: int, to: str, record: Record, rnd) -> bool:
    page = browser.get(f"/g/{slug}/knelpunten/{knelpunt}/", "coordinator.knelpunt")
    version = page and re.search(r'name="version" value="(\d+)"[^>]*id="stage_version"', page.text)
    if not version:
        return False
    with record.lock:  # this thread alone links to its knelpunten: these are the signals the change reaches
        signals = sorted(pk for pk, k in record.linked.items() if k == knelpunt)
    message = rnd.choice(["We bekijken dit knelpunt met de betrokken diensten.",
                          "Het knelpunt staat op de agenda van het overleg volgende maand.",
                          "We verzamelen eerst meer gegevens over de wachttijden."])
    answer = browser.post(f"/g/{slug}/knelpunten/{knelpunt}/fase/",
                          {"to_stage": to, "message": message, "remark": "", "version": version.group(1),
                           "csrfmiddlewaretoken": page.csrf()}, "coordinator.change_stage")
    if answer is not None and answer.status == 302:
        with record.lock:
            record.stage_changes.append({"knelpunt": knelpunt, "to": to, "signals": signals})
        return True
    if answer is None or answer.status >= 500:
        with record.lock:
            record.uncertain_casework += 1
    return False
