"""A lively Kortrijk for the demo: ~150 signals of a year from a dozen givers, ~16 knelpunten in every stage.

How the history is made (and why it stays honest):

- Everything goes through the real services (`intake.services.submit_signal`, `intake.triage.*`,
  `casework.knelpunten.services.*`): the privacy guard, gapless references, signal events, audit, notifications —
  nothing is written around them.
- The year is *replayed* (`replay`): every action runs in time order under a simulated clock (`replay.clock`, which
  sets `django.utils.timezone.now` to the moment of that action). So `submitted_at`, `read_at`, references (the year
  in `KORTRIJK-2025-0042`), signal events, stage changes, audit events and notifications all get the timestamp of
  the moment they happened, *when they are written*. Nothing is backdated afterwards: the append-only tables
  (StageChange, AuditEvent) are never updated, not even by raw SQL. Nothing is planned after the moment of seeding
  (`replay.Plan.at`): a recent signal simply waits in the inbox.
- E-mail: while seeding, the e-mail backend is the dummy backend (and the task log is quieted). The receipts and
  notifications of the replayed year are still stored (mail outbox, notifications) as sent at their time, but
  nothing is printed on the console of `make run`. After seeding, the console backend is back: what a visitor
  does in the demo shows its e-mails. Givers with a daily/weekly preference keep their not-yet-mailed
  notifications for the next digest, as in real life.
- Idempotent: when the extra demo givers already have signals, nothing is added. Seeding is not one transaction
  (each service commits on its own, so its notifications are made at their own moment); if seeding breaks
  halfway, `make clean` starts over.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta

from django.test.utils import override_settings
from django.utils import timezone

from lokaalsignaal.accounts.models import NotificationPreference, Organisation
from lokaalsignaal.casework.knelpunten.stages import CLOSED, Stage
from lokaalsignaal.intake.models import Signal
from lokaalsignaal.reference.models import ResponsibleLevel, Sector, TargetGroup, Theme
from lokaalsignaal.tenancy.models import Membership, MembershipStatus, Municipality, Role

from .accounts import _user
from .replay import (
    FEEDBACK,
    PUBLIC_FEEDBACK,
    Plan,
    answer,
    ask,
    create,
    link,
    not_retain,
    plan_story,
    quiet,
    read,
    stage_at,
    submit,
    withdraw,
)

DOMAIN = "demo.lokaalsignaal.be"
DEMO_GIVER = f"signaalgever@{DOMAIN}"

EXTRA_ORGANISATIONS = [
    ("Dienst Wonen Kortrijk", "huisvesting"),
    ("Huisartsenpraktijk Overleie", "gezondheidszorg"),
    ("Jeugdhuis De Kreun", "jeugdwerk"),
    ("Trajectbegeleiding VDAB Kortrijk", "werk-en-activering"),
]

# email, name, function, organisation, notification preference
GIVERS = [
    (f"an.claeys@{DOMAIN}", "An Claeys", "schuldbemiddelaar", "OCMW Kortrijk", NotificationPreference.IMMEDIATE),
    (f"jonas.verhaeghe@{DOMAIN}", "Jonas Verhaeghe", "thuisverpleegkundige", "Wit-Gele Kruis West-Vlaanderen",
     NotificationPreference.DAILY),
    (f"fatima.bennani@{DOMAIN}", "Fatima Bennani", "gezinsondersteuner", "Huis van het Kind Kortrijk",
     NotificationPreference.IMMEDIATE),
    (f"marc.debaene@{DOMAIN}", "Marc Debaene", "vrijwilliger", "Voedselbank Kortrijk", NotificationPreference.WEEKLY),
    (f"els.vandenbroucke@{DOMAIN}", "Els Vandenbroucke", "zorgcoördinator", "Basisschool De Vlieger",
     NotificationPreference.IMMEDIATE),
    (f"pieter.desmet@{DOMAIN}", "Pieter Desmet", "ervaringsdeskundige", "Welzijnsschakel De Brug",
     NotificationPreference.WEEKLY),
    (f"nathalie.coucke@{DOMAIN}", "Nathalie Coucke", "psycholoog", "CGG Mandel en Leie",
     NotificationPreference.IMMEDIATE),
    (f"bert.vanneste@{DOMAIN}", "Bert Vanneste", "woonconsulent", "Dienst Wonen Kortrijk",
     NotificationPreference.DAILY),
    (f"lotte.deprez@{DOMAIN}", "Lotte Deprez", "huisarts", "Huisartsenpraktijk Overleie",
     NotificationPreference.WEEKLY),
    (f"younes.elhaddad@{DOMAIN}", "Younes El Haddad", "jeugdwerker", "Jeugdhuis De Kreun",
     NotificationPreference.IMMEDIATE),
    (f"karen.lefevre@{DOMAIN}", "Karen Lefevre", "trajectbegeleider", "Trajectbegeleiding VDAB Kortrijk",
     NotificationPreference.IMMEDIATE),
]
EXTRA_GIVER_EMAILS = [g[0] for g in GIVERS]


@dataclass
class Topic:
    key: str
    titles: list[str]
    text: str
    themes: list[str]
    groups: list[str]
    signal_type: str
    n: int
    knelpunt: str | None = None
    tried: str = ""
    idea: str = ""
    frequency: str = "monthly"
    people: str = "6-20"
    givers: list[str] = field(default_factory=list)  # preferred givers (local part of the e-mail address)
    not_retained: str = ""  # an individual case: the explanation the coordinator gives
    since: str = ""


# fmt: off
TOPICS = [
    # --- budgetbegeleiding
    Topic("budget-wachtlijst", ["Wachtlijst voor budgetbegeleiding loopt op", "Maanden wachten op budgetbegeleiding"],
          "Mensen die zelf aankloppen voor budgetbegeleiding staan nu vier tot vijf maanden op een wachtlijst. "
          "In die tijd lopen de schulden verder op: aanmaningen, deurwaarderskosten, afgesloten abonnementen. "
          "Tegen dat de begeleiding start, is de situatie veel moeilijker op te lossen.",
          ["inkomen en schulden"], ["mensen in armoede", "gezinnen met kinderen"], "drempel", 7, "budget",
          tried="We geven tussentijds budgettips en bellen zelf schuldeisers op om uitstel te vragen.",
          idea="Een snelle eerste intake binnen twee weken, met een tijdelijk afbetalingsplan.",
          frequency="weekly", people="21-50", givers=["an.claeys", "signaalgever", "pieter.desmet"],
          since="sinds het voorjaar"),
    Topic("budget-deurwaarder", ["Deurwaarderskosten verdubbelen kleine schulden"],
          "Kleine facturen van een paar tientallen euro worden op enkele maanden honderden euro door "
          "invorderingskosten. Vooral alleenstaande ouders met een laag inkomen raken zo in een spiraal.",
          ["inkomen en schulden"], ["alleenstaande ouders", "mensen in armoede"], "onrecht", 4, "budget",
          tried="Bemiddelen met de schuldeisers, wat soms lukt.",
          idea="Afspraken met de stedelijke diensten en de intercommunale over minnelijke invordering.",
          givers=["an.claeys", "signaalgever"]),
    # --- energiearmoede
    Topic("energie-huurwoning", ["Koude huurwoningen zonder degelijke verwarming",
                                 "Huurders verwarmen met elektrische kacheltjes"],
          "In verschillende huurwoningen in de oudere wijken werkt de centrale verwarming niet of is er geen. "
          "Huurders gebruiken elektrische kacheltjes, wat de energiefactuur de hoogte in jaagt. Ze durven de "
          "verhuurder niet aan te spreken uit schrik hun woning te verliezen.",
          ["wonen en energie"], ["gezinnen met kinderen", "mensen in armoede"], "geen_oplossing", 8, "energie",
          tried="Doorverwijzen naar de woonwinkel; de meeste huurders willen geen klacht indienen.",
          idea="Proactieve woningcontroles en een premie voor verhuurders die isoleren en verwarming vernieuwen.",
          frequency="weekly", people="21-50", givers=["bert.vanneste", "jonas.verhaeghe", "signaalgever"],
          since="deze winter"),
    Topic("energie-vocht", ["Vocht en schimmel in goedkope huurwoningen"],
          "We zien steeds meer kinderen met luchtwegklachten in woningen met vocht en schimmel. De ouders "
          "verluchten minder om warmte te sparen, waardoor het probleem erger wordt.",
          ["wonen en energie", "gezondheid en zorg"], ["kinderen", "gezinnen met kinderen"], "drempel", 4, "energie",
          tried="Tips geven over verluchten en een ontvochtiger uitlenen.",
          idea="Een snelle woonkwaliteitscontrole op vraag van de huisarts.",
          givers=["lotte.deprez", "fatima.bennani"]),
    Topic("energie-budgetmeter", ["Budgetmeter leeg in het weekend"],
          "Gezinnen met een budgetmeter voor gas staan in het weekend zonder verwarming wanneer de kaart leeg "
          "is en het oplaadpunt gesloten is. Online opladen kan niet voor wie geen bankapp heeft.",
          ["wonen en energie", "digitalisering en digitale kloof"], ["mensen in armoede"], "drempel", 3,
          "sociaaltarief", givers=["pieter.desmet", "marc.debaene"]),
    Topic("sociaal-tarief", ["Sociaal tarief energie niet automatisch toegekend"],
          "Mensen met een verhoogde tegemoetkoming krijgen het sociaal tarief niet automatisch wanneer ze een "
          "contract hebben bij een kleinere leverancier. Ze betalen maanden te veel zonder het te weten.",
          ["wonen en energie", "toegang tot rechten en dienstverlening"], ["mensen in armoede", "ouderen"], "onrecht",
          4, "sociaaltarief", givers=["an.claeys", "signaalgever"]),
    # --- digitale kloof
    Topic("digitaal-burgerprofiel", ["Aanvragen via Mijn Burgerprofiel lukken niet zonder hulp",
                                     "Digitale aanvragen sluiten ouderen uit"],
          "Voor steeds meer premies en attesten moeten mensen zich aanmelden via Mijn Burgerprofiel. Wie geen "
          "computer of smartphone heeft, of niet vlot kan lezen, raakt er niet. Aan het loket worden ze "
          "doorverwezen naar de website.",
          ["digitalisering en digitale kloof", "toegang tot rechten en dienstverlening"], ["ouderen", "nieuwkomers"],
          "drempel", 7, "digitaal", tried="We helpen mensen aan onze eigen computer, maar dat kost veel tijd.",
          idea="Een digitaal hulppunt in elk dienstencentrum en een papieren alternatief voor elke aanvraag.",
          frequency="daily", people="51-100", givers=["signaalgever", "jonas.verhaeghe", "karen.lefevre"]),
    Topic("digitaal-itsme", ["Zonder itsme geen toegang tot je eigen dossier"],
          "Mensen zonder smartphone of met een oude telefoon kunnen itsme niet gebruiken. Een kaartlezer hebben "
          "ze niet. Zo kunnen ze hun eigen dossier bij de mutualiteit of de belastingen niet raadplegen.",
          ["digitalisering en digitale kloof"], ["ouderen", "mensen in armoede"], "drempel", 4, "digitaal",
          givers=["pieter.desmet", "marc.debaene"]),
    Topic("digitaal-afspraak", ["Loket enkel nog op afspraak via de website"],
          "Het loket van het sociaal huis werkt enkel nog op afspraak, en die afspraak maak je online. Wie dat "
          "niet kan, komt voor een gesloten deur of moet iemand vragen om het te doen.",
          ["digitalisering en digitale kloof", "toegang tot rechten en dienstverlening"], ["ouderen", "nieuwkomers"],
          "drempel", 3, "digitaal", givers=["fatima.bennani", "signaalgever"]),
    # --- leefloon studenten
    Topic("leefloon-student", ["Studenten met leefloon vallen tussen de mazen",
                               "Studenten verliezen leefloon door vakantiejob"],
          "Jongeren die studeren met een leefloon moeten elke vakantie werken, maar dat inkomen wordt deels "
          "aangerekend. Wie een herexamen heeft, kan niet werken en komt in de problemen. De regels verschillen "
          "bovendien van OCMW tot OCMW.",
          ["inkomen en schulden", "onderwijs en kinderopvang"], ["studenten", "jongeren"], "onrecht", 5, "studenten",
          tried="Per dossier uitleggen wat mag; dat verschilt van jaar tot jaar.",
          idea="Eén duidelijke regeling voor studenten met leefloon in heel Vlaanderen.",
          givers=["younes.elhaddad", "an.claeys", "signaalgever"]),
    Topic("student-kot", ["Geen betaalbaar kot voor studenten met een laag inkomen"],
          "Studenten uit gezinnen met een laag inkomen vinden geen betaalbare kamer. Ze pendelen uren of "
          "stoppen hun studie.", ["wonen en energie", "onderwijs en kinderopvang"], ["studenten"], "drempel", 3,
          "studenten", givers=["younes.elhaddad"]),
    # --- kinderopvang
    Topic("opvang-werkzoekenden", ["Geen kinderopvang voor werkzoekende ouders",
                                   "Sollicitatie afgezegd door gebrek aan opvang"],
          "Werkzoekende ouders krijgen geen plaats in de kinderopvang omdat werkende ouders voorrang krijgen. "
          "Zonder opvang kunnen ze geen opleiding volgen of op sollicitatiegesprek gaan. Zo blijven ze vastzitten.",
          ["onderwijs en kinderopvang", "werk en sociale economie"], ["werkzoekenden", "alleenstaande ouders"],
          "geen_oplossing", 7, "opvang", tried="Occasionele opvang zoeken in het netwerk van de ouders.",
          idea="Een aantal plaatsen voorbehouden voor ouders in een traject naar werk.",
          givers=["karen.lefevre", "fatima.bennani", "signaalgever"]),
    # --- psychische zorg
    Topic("ggz-wachttijd", ["Maanden wachten op een psycholoog", "Wachttijden in de geestelijke gezondheidszorg"],
          "Wie nu aanmeldt bij het centrum geestelijke gezondheidszorg wacht zes maanden of langer. Ook de "
          "eerstelijnspsychologen zitten vol. Mensen in crisis komen zo bij de spoed of de huisarts terecht, "
          "die er niet voor is toegerust.",
          ["geestelijke gezondheid", "gezondheid en zorg"], ["personen met psychische kwetsbaarheid", "jongeren"],
          "geen_oplossing", 8, "ggz", tried="Overbruggende gesprekken, maar onze eigen agenda zit ook vol.",
          idea="Meer groepsaanbod en een laagdrempelig inloopmoment in de stad.", frequency="weekly",
          people="51-100", givers=["nathalie.coucke", "lotte.deprez", "younes.elhaddad", "signaalgever"]),
    # --- detentie
    Topic("detentie-dakloos", ["Dakloos na het verlaten van de gevangenis",
                               "Vrijlating zonder woonplaats"],
          "Mensen die vrijkomen uit de gevangenis hebben vaak geen woning en geen inkomen op de dag van hun "
          "vrijlating. De aanvraag voor leefloon kan pas starten na vrijlating en een huurwoning vinden zonder "
          "waarborg lukt niet. Sommigen slapen de eerste nachten buiten.",
          ["wonen en energie", "veiligheid en justitie"], ["dak- en thuislozen"], "geen_oplossing", 5, "detentie",
          tried="Noodopvang zoeken, die vaak vol zit.",
          idea="Een afspraak tussen gevangenis, OCMW en CAW om de aanvraag voor vrijlating te starten.",
          givers=["signaalgever", "an.claeys"]),
    # --- mobiliteit
    Topic("mobiliteit-deelgemeenten", ["Geen bus naar de deelgemeenten na 19 uur",
                                       "Avondwerk onbereikbaar zonder auto"],
          "Mensen zonder auto uit de deelgemeenten raken 's avonds niet meer thuis met het openbaar vervoer. "
          "Jobs in ploegendienst of avondopleidingen vallen daardoor weg.",
          ["mobiliteit", "werk en sociale economie"], ["werkzoekenden", "jongeren"], "drempel", 5, "mobiliteit",
          idea="Een vervoer op maat of deelfietsen aan de stations.", givers=["karen.lefevre", "younes.elhaddad"]),
    # --- voedselbedeling
    Topic("voedsel-meer-gezinnen", ["Meer gezinnen aan de voedselbedeling", "Voedselpakketten raken op"],
          "Elke week schuiven meer gezinnen aan, ook mensen met werk. Onze voorraad raakt op voor iedereen "
          "geholpen is. Verse groenten en hygiëneproducten ontbreken bijna altijd.",
          ["voeding en basisbehoeften"], ["gezinnen met kinderen", "mensen in armoede"], "pleister", 8, "voedsel",
          tried="Extra inzamelacties met scholen en supermarkten.",
          idea="Een sociale kruidenier met structurele steun van de stad.", frequency="weekly", people="100+",
          givers=["marc.debaene", "pieter.desmet"]),
    # --- schoolkosten
    Topic("schoolkosten", ["Schoolfacturen stapelen zich op", "Uitstappen te duur voor een deel van de klas"],
          "Steeds meer ouders kunnen de schoolrekening niet betalen. Kinderen blijven thuis bij uitstappen of "
          "schaamte houdt hen weg van het zwemmen. De school moet kiezen tussen invorderen en kwijtschelden.",
          ["onderwijs en kinderopvang", "inkomen en schulden"], ["kinderen", "gezinnen met kinderen"], "drempel", 7,
          "school", tried="Gespreide betaling en een klein solidariteitsfonds van het oudercomité.",
          idea="Een maximumfactuur voor alle scholen van de stad en een gedeeld fonds.",
          givers=["els.vandenbroucke", "fatima.bennani"]),
    # --- eenzaamheid
    Topic("eenzaamheid-ouderen", ["Ouderen vereenzamen na het verlies van hun partner",
                                  "Geen bezoek meer buiten de thuiszorg"],
          "Bij onze huisbezoeken merken we dat veel alleenstaande ouderen niemand anders meer zien dan de "
          "thuisverpleging. Ze komen niet meer buiten, eten slecht en raken somber.",
          ["eenzaamheid en sociaal netwerk", "gezondheid en zorg"], ["ouderen"], "geen_oplossing", 7, "eenzaam",
          tried="Doorverwijzen naar het dienstencentrum; zonder vervoer gaan ze niet.",
          idea="Vrijwillige buddy's en vervoer naar de activiteiten van het dienstencentrum.",
          givers=["jonas.verhaeghe", "lotte.deprez"]),
    # --- nieuwkomers en taal
    Topic("nieuwkomers-taal", ["Nieuwkomers begrijpen officiële brieven niet",
                               "Brieven van diensten enkel in moeilijk Nederlands"],
          "Nieuwkomers krijgen brieven van de mutualiteit, de belastingen en de school in ambtelijk Nederlands. "
          "Ze missen termijnen en verliezen rechten omdat ze de brief niet begrijpen.",
          ["migratie en inburgering", "toegang tot rechten en dienstverlening"], ["nieuwkomers"], "drempel", 5,
          "taal", idea="Brieven in eenvoudige taal en een tolkenpunt in het sociaal huis.",
          givers=["fatima.bennani", "karen.lefevre"]),
    Topic("nieuwkomers-nt2", ["Wachtlijst voor lessen Nederlands"],
          "Cursisten wachten maanden op een plaats in de lessen Nederlands als tweede taal. Intussen kunnen ze "
          "niet starten met werk of opleiding.", ["migratie en inburgering", "werk en sociale economie"],
          ["nieuwkomers", "werkzoekenden"], "drempel", 3, "taal", givers=["karen.lefevre"]),
    # --- mantelzorg
    Topic("mantelzorg-uitputting", ["Mantelzorgers raken uitgeput", "Geen respijtzorg beschikbaar"],
          "Mantelzorgers die dag en nacht voor een partner of kind zorgen, vinden geen kortverblijf of "
          "oppasdienst om even op adem te komen. We zien mensen die zelf ziek worden.",
          ["gezondheid en zorg"], ["mantelzorgers", "personen met een handicap"], "geen_oplossing", 4, "mantelzorg",
          givers=["jonas.verhaeghe", "lotte.deprez"]),
    # --- huurwaarborg
    Topic("huurwaarborg", ["Huurwaarborg onbetaalbaar bij verhuis", "Verhuurders weigeren een OCMW-waarborg"],
          "Wie uit een opvang of een onbewoonbare woning komt, kan geen drie maanden huur als waarborg "
          "betalen. Een waarborg via het OCMW wordt door veel verhuurders geweigerd.",
          ["wonen en energie", "inkomen en schulden"], ["dak- en thuislozen", "mensen in armoede"], "drempel", 6,
          "waarborg", idea="Een centraal waarborgfonds zodat de verhuurder niet ziet waar de waarborg vandaan komt.",
          givers=["bert.vanneste", "signaalgever"]),
    # --- tandzorg
    Topic("tandzorg", ["Tandzorg wordt uitgesteld uit geldgebrek", "Geen tandarts die nog patiënten aanneemt"],
          "Mensen stellen een bezoek aan de tandarts uit tot de pijn ondraaglijk is. Tandartsen die aan "
          "het officiële tarief werken, nemen geen nieuwe patiënten meer aan.",
          ["gezondheid en zorg"], ["mensen in armoede"], "drempel", 4, "tandzorg",
          givers=["lotte.deprez", "pieter.desmet"]),
    # --- signals that stay in the inbox (no knelpunt yet)
    Topic("jeugdhulp-18", ["Jongeren vallen uit de jeugdhulp op hun achttiende"],
          "Jongeren die in een voorziening of pleeggezin wonen, staan op hun achttiende plots alleen. Ze "
          "moeten een woning, inkomen en administratie regelen zonder netwerk.",
          ["wonen en energie", "toegang tot rechten en dienstverlening"], ["jongeren"], "geen_oplossing", 4,
          givers=["younes.elhaddad", "signaalgever"]),
    Topic("bankkantoor", ["Bankkantoren en geldautomaten verdwijnen"],
          "In de deelgemeenten is geen geldautomaat meer. Ouderen zonder auto of bankapp kunnen geen cash meer "
          "afhalen en zijn afhankelijk van buren of familie.", ["digitalisering en digitale kloof", "mobiliteit"],
          ["ouderen"], "drempel", 3, givers=["jonas.verhaeghe", "pieter.desmet"]),
    Topic("waterfactuur", ["Waterfactuur na lek onbetaalbaar"],
          "Na een verborgen lek krijgen huurders een waterfactuur van honderden euro. De regeling voor "
          "lekken is onbekend en de aanvraag ingewikkeld.", ["wonen en energie", "inkomen en schulden"],
          ["mensen in armoede"], "onrecht", 2, givers=["an.claeys"]),
    Topic("vrijetijd", ["Vrijetijdspas onbekend bij gezinnen die er recht op hebben"],
          "Veel gezinnen weten niet dat ze met korting kunnen sporten of naar de academie. De aanvraag loopt via "
          "een attest dat ze op een andere dienst moeten halen.", ["vrije tijd en participatie"],
          ["kinderen", "gezinnen met kinderen"], "onrecht", 3, givers=["els.vandenbroucke", "younes.elhaddad"]),
    Topic("rolstoel", ["Sociaal huis niet toegankelijk met een rolstoel"],
          "De zijingang met de helling is vaak afgesloten en de bel werkt niet. Mensen met een rolstoel "
          "wachten buiten.", ["toegang tot rechten en dienstverlening"], ["personen met een handicap"], "drempel", 2,
          givers=["jonas.verhaeghe"]),
    Topic("gsm-abonnement", ["Dure abonnementen via deur-aan-deurverkoop"],
          "Verkopers aan huis laten mensen met weinig inkomen dure gsm- en internetabonnementen tekenen die ze "
          "niet begrijpen. Opzeggen kost veel geld.", ["inkomen en schulden"], ["ouderen", "nieuwkomers"], "onrecht",
          3, givers=["an.claeys", "pieter.desmet"]),
    Topic("zwemles", ["Kinderen leren niet meer zwemmen"],
          "Sinds de schoolzwemlessen beperkt zijn, kunnen steeds meer kinderen uit kansarme gezinnen niet "
          "zwemmen. Privélessen zijn te duur.", ["vrije tijd en participatie", "onderwijs en kinderopvang"],
          ["kinderen"], "drempel", 2, givers=["els.vandenbroucke"]),
    Topic("klimaat-hitte", ["Hitte in slecht geïsoleerde appartementen"],
          "Tijdens de hittegolf werd het in de bovenste verdiepingen van oudere appartementen ondraaglijk warm. "
          "Ouderen met een zwakke gezondheid kwamen niet meer buiten.", ["klimaat", "wonen en energie"],
          ["ouderen"], "geen_oplossing", 2, givers=["jonas.verhaeghe", "lotte.deprez"]),
    Topic("psy-jongeren-school", ["Jongeren met angstklachten blijven thuis van school"],
          "We zien meer jongeren die maandenlang niet naar school gaan door angst. Er is geen aanbod tussen "
          "het CLB en de wachtlijst van de jeugdpsychiatrie.", ["geestelijke gezondheid", "onderwijs en kinderopvang"],
          ["jongeren"], "geen_oplossing", 3, givers=["els.vandenbroucke", "nathalie.coucke"]),
    # --- individual cases: the coordinator explains why they are not retained and where to go
    Topic("individueel-factuur", ["Gezin vraagt hulp met een hoge energiefactuur"],
          "Een gezin dat ik begeleid, heeft een eindafrekening gekregen die het niet kan betalen. Kan de stad "
          "tussenkomen?", ["wonen en energie"], ["gezinnen met kinderen"], "pleister", 2, people="1-5",
          frequency="rarely", givers=["signaalgever", "marc.debaene"],
          not_retained="Dit is een individuele situatie: verwijs het gezin naar het OCMW, dienst schuldhulp. Zij "
                       "bekijken een afbetalingsplan en de energietoelage. Zie je dit vaker, meld het dan gerust "
                       "opnieuw als signaal."),
    Topic("individueel-woning", ["Cliënt zoekt dringend een sociale woning"],
          "Een alleenstaande man die ik begeleid, moet binnen de maand zijn woning uit. Kan hij voorrang "
          "krijgen bij de sociale huisvesting?", ["wonen en energie"], ["dak- en thuislozen"], "pleister", 2,
          people="1-5", frequency="rarely", givers=["bert.vanneste", "an.claeys"],
          not_retained="Individuele situatie: voor een dringende woonvraag kan je terecht bij het woonloket en "
                       "de dienst crisisopvang van het OCMW. De signaalwerking bundelt structurele problemen; het "
                       "tekort aan sociale woningen volgen we al op."),
    Topic("individueel-klacht", ["Klacht over de behandeling aan het loket"],
          "Een bezoeker werd volgens mij onvriendelijk behandeld aan het loket en kreeg geen uitleg over zijn "
          "aanvraag.", ["toegang tot rechten en dienstverlening"], ["mensen in armoede"], "onrecht", 1, people="1-5",
          frequency="rarely", givers=["pieter.desmet"],
          not_retained="Dit gaat over één concrete situatie: die kan je melden bij de klachtendienst van de stad, "
                       "die elke klacht onderzoekt en antwoordt. Zie je dit vaker, laat het ons dan weten."),
]
# fmt: on

OPENERS = ["", "", "", "Opnieuw gezien deze maand. ", "Ook in onze werking merken we dit. ",
           "Dit komt steeds vaker terug. ", "Ik wil dit graag signaleren. ", "Sinds enkele maanden zien we dit. "]
CLOSINGS = ["", "", " Het gaat niet om één situatie: we zien het bij verschillende mensen.",
            " Collega's in andere teams herkennen dit.", " We vrezen dat het de komende maanden erger wordt.",
            " Mensen haken af en vragen geen hulp meer."]
SECTOR_CONTEXT = {
    "caw": "In onze begeleidingen",
    "lokaal-bestuurocmw": "Aan ons loket",
    "thuiszorg": "Tijdens de huisbezoeken",
    "kinderopvang": "Bij de ouders die we ondersteunen",
    "vrijwilligersorganisatie": "Aan de bedeling",
    "onderwijs": "Op school",
    "armoedeorganisatie": "In onze vereniging",
    "geestelijke-gezondheidszorg": "In onze praktijk",
    "huisvesting": "Bij de woonbezoeken",
    "gezondheidszorg": "In de huisartsenpraktijk",
    "jeugdwerk": "In het jeugdhuis",
    "werk-en-activering": "In de trajecten naar werk",
}


@dataclass
class DemoKnelpunt:
    key: str
    title: str
    summary: str
    created_days_ago: int
    # (days after creation, to stage or FEEDBACK / PUBLIC_FEEDBACK, message to the givers)
    history: list[tuple[int, str, str]]
    severity: int = 3
    level: str = ""
    visible: bool = True
    # on the municipality's public page of results, with this title and summary (empty: not public)
    public_title: str = ""
    public_summary: str = ""
    # (days after creation, who decided, what, budget in euro or None)
    decisions: list[tuple[int, str, str, int | None]] = field(default_factory=list)


# fmt: off
KNELPUNTEN = [
    DemoKnelpunt("budget", "Wachttijd budgetbegeleiding",
             "Wie hulp vraagt bij het beheer van het budget wacht maanden; intussen groeien de schulden.", 300, [
                 (10, Stage.ANALYSIS, "Bedankt voor jullie signalen. We bekijken met de dienst schuldhulp hoe lang "
                                      "de wachttijd precies is en waar ze vandaan komt."),
                 (45, FEEDBACK, "De analyse toont een gemiddelde wachttijd van vier maanden. We werken een "
                                "voorstel uit voor een snellere eerste intake."),
                 (80, Stage.PROPOSAL, "Er ligt een beleidsvoorstel klaar: een snelle intake binnen twee weken en "
                                      "een extra budgetbegeleider. Het gaat in november naar het vast bureau."),
                 (140, Stage.EXECUTION, "Het vast bureau keurde het voorstel goed. Vanaf januari is er een extra "
                                        "budgetbegeleider en een wekelijkse intakepermanentie."),
                 (220, PUBLIC_FEEDBACK, "Eerste cijfers: de wachttijd voor een intake is gezakt naar drie "
                                        "weken. Blijf ons laten weten wat jullie zien."),
             ], severity=4, level="lokaal", public_title="Sneller hulp bij het beheer van je budget",
             public_summary="Wie hulp vroeg bij het beheer van het budget, wachtte maanden. Er kwam een extra "
                            "budgetbegeleider en een wekelijkse intakepermanentie.", decisions=[
                 (138, "college", "Het college keurt een extra budgetbegeleider en een wekelijkse intakepermanentie "
                                  "goed, vanaf januari.", 62000),
                 (160, "gemeenteraad", "De gemeenteraad neemt de middelen op in de budgetwijziging.", 62000),
             ]),
    DemoKnelpunt("energie", "Energiearmoede in private huurwoningen",
             "Huurders in slecht geïsoleerde woningen zonder werkende verwarming: hoge facturen, gezondheidsrisico's.",
             250, [
                 (7, Stage.ANALYSIS, "We brengen samen met de woondienst in kaart in welke wijken dit speelt."),
                 (50, Stage.AGENDA, "Het knelpunt staat op de agenda van het woonoverleg van volgende maand."),
                 (95, Stage.PROPOSAL, "Uit het woonoverleg komt een voorstel: proactieve woningcontroles en een "
                                      "renovatiepremie voor verhuurders. We houden jullie op de hoogte."),
             ], severity=5, level="lokaal"),
    DemoKnelpunt("digitaal", "Digitale kloof bij aanvragen van premies en attesten",
             "Aanvragen kunnen bijna enkel nog digitaal (Mijn Burgerprofiel, itsme); wie niet digitaal mee is, "
             "valt uit.", 330, [
                 (5, Stage.ANALYSIS, "Herkenbaar. We vragen de diensten welke aanvragen enkel digitaal kunnen."),
                 (30, Stage.AGENDA, "We bespreken dit op de netwerkbijeenkomst digitale inclusie."),
                 (60, Stage.PROPOSAL, "Voorstel: een digitaal hulppunt in de dienstencentra en voor elke aanvraag "
                                      "een papieren weg."),
                 (100, Stage.EXECUTION, "De digitale hulppunten openen stap voor stap, te beginnen in twee "
                                        "dienstencentra."),
                 (200, Stage.DONE, "De vier digitale hulppunten zijn open, elke aanvraag kan ook op papier. Dank "
                                   "voor jullie signalen: zonder jullie was dit er niet gekomen."),
             ], severity=4, level="lokaal", public_title="Hulp bij digitale aanvragen",
             public_summary="Premies en attesten aanvragen lukte bijna enkel nog online. Nu zijn er vier digitale "
                            "hulppunten in de dienstencentra en kan elke aanvraag ook op papier.", decisions=[
                 (95, "college", "Het college keurt vier digitale hulppunten in de dienstencentra goed, met een "
                                 "begeleider en vrijwilligers.", 48000),
             ]),
    DemoKnelpunt("studenten", "Leefloon en studeren: onduidelijke en ongelijke regels",
             "Studenten met een leefloon verliezen inkomen door vakantiewerk; de regels verschillen per OCMW.", 200, [
                 (12, Stage.ANALYSIS, "We vergelijken onze regels met die van andere OCMW's in de regio."),
                 (60, Stage.ESCALATED, "De regels rond leefloon voor studenten zijn federaal bepaald. We gaven het "
                                       "knelpunt door aan de regio en de federale overheid, met jullie voorbeelden."),
             ], severity=3, level="federaal"),
    DemoKnelpunt("opvang", "Kinderopvang voor werkzoekende ouders",
             "Werkzoekende ouders vinden geen opvang en kunnen daardoor geen opleiding of sollicitatie doen.", 120, [
                 (20, Stage.AGENDA, "We zetten dit op de agenda van het overleg kinderopvang met het Huis van het "
                                    "Kind en de trajectbegeleiders."),
             ], severity=4, level="lokaal"),
    DemoKnelpunt("ggz", "Lange wachttijden in de geestelijke gezondheidszorg",
             "Maanden wachten op psychologische hulp; mensen in crisis komen bij de spoed terecht.", 260, [
                 (14, Stage.ANALYSIS, "We vragen de wachttijden op bij het CGG en de eerstelijnspsychologen."),
                 (70, Stage.ESCALATED, "De capaciteit in de geestelijke gezondheidszorg is een Vlaamse bevoegdheid. "
                                       "We brachten het samen met de eerstelijnszone naar het Vlaamse niveau."),
                 (150, FEEDBACK, "De eerstelijnszone start een groepsaanbod voor jongeren in afwachting van een "
                                 "structurele oplossing."),
             ], severity=5, level="vlaams"),
    DemoKnelpunt("detentie", "Dakloos na detentie",
             "Wie vrijkomt uit de gevangenis heeft vaak geen woning en geen inkomen op de dag van vrijlating.", 90, [
                 (15, Stage.ANALYSIS, "We nemen contact op met de gevangenis en het justitieel welzijnswerk om te "
                                      "zien hoe we de aanvraag vroeger kunnen starten."),
             ], severity=4, level="lokaal"),
    DemoKnelpunt("mobiliteit", "Openbaar vervoer in de deelgemeenten 's avonds",
             "Zonder auto raak je 's avonds niet van of naar de deelgemeenten.", 280, [
                 (10, Stage.ANALYSIS, "We bekijken de dienstregeling met de mobiliteitsdienst."),
                 (40, Stage.NOT_RETAINED, "De dienstregeling wordt door De Lijn en de vervoerregio bepaald en werd "
                                          "net herzien. We werken hier nu niet verder aan."),
                 (150, Stage.ANALYSIS, "Door nieuwe signalen over avondwerk heropenen we dit knelpunt. We bekijken "
                                       "een vervoer op maat samen met de vervoerregio."),
             ], severity=2, level="bovenlokaalregio"),
    DemoKnelpunt("voedsel", "Toenemende vraag naar voedselhulp",
             "Meer gezinnen, ook met werk, doen een beroep op de voedselbedeling.", 340, [
                 (10, Stage.ANALYSIS, "We verzamelen de cijfers van de voedselbedeling en de sociale kruidenier."),
                 (50, Stage.PROPOSAL, "Voorstel: een structurele subsidie voor de voedselbedeling."),
                 (80, Stage.EXECUTION, "De subsidie is goedgekeurd en wordt uitbetaald."),
                 (120, Stage.DONE, "De voedselbedeling krijgt voortaan een jaarlijkse subsidie."),
                 (220, Stage.ANALYSIS, "We heropenen dit knelpunt: de nieuwe signalen tonen dat de vraag opnieuw "
                                       "sterk stijgt."),
                 (260, Stage.AGENDA, "De voedselhulp staat op de agenda van de signaaldag van volgende maand. Jullie "
                                     "zijn welkom."),
             ], severity=4, level="lokaal"),
    DemoKnelpunt("school", "Hoge schoolkosten in het basisonderwijs",
             "Schoolfacturen en uitstappen zijn voor een deel van de gezinnen niet te betalen.", 180, [
                 (20, Stage.ANALYSIS, "We bevragen de scholen van de stad over onbetaalde facturen."),
                 (60, Stage.AGENDA, "Het knelpunt wordt besproken op het lokaal overleg onderwijs."),
                 (110, Stage.PROPOSAL, "Voorstel: een gedeeld solidariteitsfonds voor de scholen van de stad."),
             ], severity=3, level="lokaal"),
    DemoKnelpunt("eenzaam", "Eenzaamheid bij alleenwonende ouderen",
             "Alleenwonende ouderen zien niemand buiten de thuiszorg; ze raken geïsoleerd.", 230, [
                 (10, Stage.ANALYSIS, "We bekijken met de dienstencentra wie we niet bereiken."),
                 (50, Stage.PROPOSAL, "Voorstel: een buddywerking met vrijwilligers en vervoer naar de "
                                      "dienstencentra."),
                 (100, Stage.EXECUTION, "De buddywerking is gestart. Wie een buddy wil, kan terecht bij het "
                                        "dienstencentrum van de wijk."),
             ], severity=3, level="lokaal", public_title="Een buddy voor wie alleen woont",
             public_summary="Alleenwonende ouderen zagen vaak niemand buiten de thuiszorg. Vrijwillige buddy's "
                            "komen nu langs en brengen hen naar het dienstencentrum.", decisions=[
                 (90, "gemeenteraad", "De gemeenteraad neemt de buddywerking en het vervoer naar de dienstencentra "
                                      "op in het meerjarenplan.", 35000),
             ]),
    DemoKnelpunt("taal", "Brieven en informatie voor nieuwkomers", "Nieuwkomers begrijpen officiële brieven niet en "
             "verliezen zo rechten.", 25, [], severity=3, level="lokaal"),
    DemoKnelpunt("mantelzorg", "Respijtzorg voor mantelzorgers", "Mantelzorgers vinden geen kortverblijf of oppas.", 12,
             [], severity=3, level="lokaal", visible=False),
    DemoKnelpunt("waarborg", "Huurwaarborg bij verhuis uit opvang",
             "De huurwaarborg is een drempel voor wie uit een opvang of onbewoonbare woning komt.", 310, [
                 (10, Stage.ANALYSIS, "We bekijken hoe vaak verhuurders een waarborg via het OCMW weigeren."),
                 (40, Stage.PROPOSAL, "Voorstel: aansluiten bij het centraal huurwaarborgfonds."),
                 (90, Stage.EXECUTION, "De stad sluit aan bij het centraal huurwaarborgfonds."),
                 (150, Stage.DONE, "Vanaf nu ziet de verhuurder niet meer dat de waarborg via het OCMW komt. "
                                   "Dank voor jullie signalen."),
             ], severity=3, level="lokaal", decisions=[
                 (85, "gemeenteraad", "De gemeenteraad keurt de aansluiting bij het centraal huurwaarborgfonds "
                                      "goed.", None),
             ]),
    DemoKnelpunt("tandzorg", "Toegang tot betaalbare tandzorg", "Mensen stellen tandzorg uit uit geldgebrek.", 160, [
        (20, Stage.NOT_RETAINED, "De wijkgezondheidscentra en de mutualiteiten starten samen een project voor "
                                 "betaalbare tandzorg. We volgen het daar op en werken hier niet apart aan verder."),
    ], severity=2, level="federaal"),
    DemoKnelpunt("sociaaltarief", "Sociaal tarief energie niet automatisch toegekend",
             "Rechthebbenden krijgen het sociaal tarief niet altijd automatisch.", 270, [
                 (10, Stage.ESCALATED, "Het sociaal tarief is een federale maatregel. We gaven de voorbeelden door "
                                       "aan de federale ombudsdienst voor energie."),
                 (120, Stage.DONE, "De federale overheid heeft de automatische toekenning aangepast; ook kleinere "
                                   "leveranciers passen het nu toe. Opgelost op een hoger niveau."),
             ], severity=3, level="federaal"),
]
# fmt: on

QUESTIONS = [
    ("Om hoeveel mensen gaat het ongeveer per maand?", "Ongeveer tien tot vijftien per maand, vooral gezinnen."),
    ("Gaat het vooral om een bepaalde wijk?", "Vooral in de oudere wijken rond het station en in de deelgemeenten."),
    ("Weet je of die mensen al bij een andere dienst aangeklopt hebben?",
     "De meesten gingen eerst naar het loket en werden doorverwezen naar de website."),
    ("Mogen we je uitnodigen op de werksessie hierover?", "Graag, ik breng een collega mee."),
    ("Kan je iets meer vertellen over wat je al geprobeerd hebt?", ""),
    ("Sinds wanneer zie je dit precies?", ""),
]


def seed_signals(users: dict) -> dict[str, int]:
    kortrijk = Municipality.objects.get(name="Kortrijk")
    if Signal.objects.filter(municipality=kortrijk, giver__email__in=EXTRA_GIVER_EMAILS).exists():
        return {"signals": 0, "knelpunten": 0}
    coordinator = users[Role.COORDINATOR]
    givers = _givers(kortrijk, users[Role.GIVER])
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"), quiet("django_tasks"):
        plan, state = _plan(kortrijk, coordinator, givers)
        plan.run()
    return {"signals": len(state["signals"]), "knelpunten": len(state["knelpunten"])}


def _givers(kortrijk, demo_giver) -> dict:
    for name, sector in EXTRA_ORGANISATIONS:
        organisation, _ = Organisation.objects.get_or_create(
            name=name, defaults={"sector": Sector.objects.get(slug=sector), "verified": True})
        organisation.municipalities.add(kortrijk)
    givers = {"signaalgever": demo_giver}
    for email, name, function, organisation, preference in GIVERS:
        user = _user(email, name, function, Organisation.objects.get(name=organisation),
                     notification_preference=preference)
        Membership.objects.get_or_create(user=user, municipality=kortrijk, role=Role.GIVER,
                                         defaults={"status": MembershipStatus.APPROVED})
        givers[email.split("@")[0]] = user
    return givers


def knelpunt_data(k: DemoKnelpunt, topics, coordinator, themes: dict, groups: dict):
    """What `create_knelpunt` gets for a demo knelpunt: its fields, and the themes and target groups of its topics."""
    level = ResponsibleLevel.objects.filter(slug=k.level).first() if k.level else None
    data = {"title": k.title, "summary": k.summary, "owner": coordinator, "severity": k.severity,
            "public": bool(k.public_title), "public_title": k.public_title, "public_summary": k.public_summary,
            "visible_to_givers": k.visible, "responsible_level": level}
    k_themes = sorted({themes[t] for topic in topics for t in topic.themes}, key=lambda x: x.pk)
    k_groups = sorted({groups[g] for topic in topics for g in topic.groups}, key=lambda x: x.pk)
    return data, k_themes, k_groups


def _plan(kortrijk, coordinator, givers):  # noqa: C901 (one story, told in order)
    rng = random.Random(2026)
    now = timezone.now().replace(microsecond=0)
    plan = Plan(now)
    state = {"signals": {}, "knelpunten": {}}
    themes = {t.name: t for t in Theme.objects.all()}
    groups = {g.name: g for g in TargetGroup.objects.all()}
    knelpunten = {k.key: k for k in KNELPUNTEN}
    created_at = {k.key: now - timedelta(days=k.created_days_ago, hours=rng.randint(0, 8)) for k in KNELPUNTEN}
    giver_names = sorted(givers)
    questions = list(QUESTIONS)
    seq = 0

    # 1. when each signal is given, by whom, and what happens to it (nothing after `now`: `Plan.at`)
    initial_links: dict[str, list[int]] = {k.key: [] for k in KNELPUNTEN}
    for topic in TOPICS:
        knelpunt = knelpunten.get(topic.knelpunt)
        for i in range(topic.n):
            seq += 1
            if knelpunt and i < 2:  # the first signals made the coordinator create the knelpunt
                when = created_at[knelpunt.key] - timedelta(days=rng.randint(3, 40))
            elif knelpunt:
                when = created_at[knelpunt.key] + timedelta(days=rng.uniform(1, knelpunt.created_days_ago - 0.5))
            else:  # an individual case is answered within days: the newest is a week old
                when = now - timedelta(days=rng.uniform(6 if topic.not_retained else 0.3, 360))
            when = when.replace(hour=rng.randint(7, 18), minute=rng.randint(0, 59), second=0, microsecond=0)
            when = min(when, now - timedelta(hours=2))
            preferred = topic.givers or giver_names
            name = preferred[i % len(preferred)] if i < len(preferred) or rng.random() < 0.6 else rng.choice(
                giver_names)
            giver = givers[name]
            text = vary(topic, i, giver, rng)
            data = {"signal_type": topic.signal_type, "title": topic.titles[i % len(topic.titles)],
                    "description": text, "frequency": topic.frequency, "people_affected": topic.people,
                    "since": topic.since if i == 0 else "", "tried": topic.tried if i % 2 == 0 else "",
                    "idea": topic.idea if i % 3 == 0 else "", "may_contact": True, "may_invite": i % 4 != 3,
                    "hide_name": name != "signaalgever" and rng.random() < 0.12}
            plan.at(when, submit, state, seq, giver, kortrijk, data,
                    [themes[t] for t in topic.themes], [groups[g] for g in topic.groups])

            age = now - when
            if topic.not_retained:  # a recent one waits in the inbox
                plan.at(when + timedelta(days=rng.uniform(1, 4)), not_retain, state, seq, coordinator,
                        topic.not_retained)
                continue
            if name == "signaalgever" and topic.key == "jeugdhulp-18" and i == 1:
                plan.at(when + timedelta(minutes=40), withdraw, state, seq, giver)  # changed her mind
                continue
            asked = None
            if questions and (knelpunt is None or i == 2) and age > timedelta(days=6) and (
                    name == "signaalgever" or rng.random() < 0.3):
                question, reply = questions.pop(0)
                asked = when + timedelta(days=rng.uniform(1, 3))
                plan.must(asked, ask, state, seq, coordinator, question)
                if reply:
                    plan.at(asked + timedelta(days=rng.uniform(0.5, 2)), answer, state, seq, giver, reply)
            if knelpunt and when < created_at[knelpunt.key]:
                initial_links[knelpunt.key].append(seq)
                continue
            if age < timedelta(days=6) and not asked:
                continue  # new in the inbox: not read yet
            if knelpunt:
                link_at = when + timedelta(days=rng.uniform(2, 9))
                if asked:
                    link_at = max(link_at, asked + timedelta(days=3))
                if (stage_at(knelpunt.history, created_at[knelpunt.key], link_at) not in CLOSED
                        and plan.at(link_at, link, state, seq, coordinator, knelpunt.key)):
                    continue
            if age > timedelta(days=9) and not asked:
                plan.at(when + timedelta(days=rng.uniform(1, 5)), read, state, seq, coordinator)

    # 2. the knelpunten and their stories
    for k in KNELPUNTEN:
        data, k_themes, k_groups = knelpunt_data(k, [t for t in TOPICS if t.knelpunt == k.key], coordinator,
                                                 themes, groups)
        plan.must(created_at[k.key], create, state, coordinator, kortrijk, k.key, data, k_themes, k_groups,
                  initial_links[k.key])
        plan_story(plan, state, coordinator, k.key, created_at[k.key], k, rng)
    return plan, state


def vary(topic: Topic, i: int, giver, rng: random.Random) -> str:
    if i == 0:
        return topic.text
    sector = giver.organisation.sector.slug if giver.organisation else ""
    context = SECTOR_CONTEXT.get(sector)
    text = topic.text
    if context and rng.random() < 0.6:
        text = f"{context} zien we hetzelfde. " + text
    return (rng.choice(OPENERS) + text + rng.choice(CLOSINGS)).strip()
