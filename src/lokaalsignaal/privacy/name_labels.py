"""Names after a label, before a colon, and in French and English frames (issue 16, round 11).

Each frame points at one to four words; they are a name when ``name_asides.add_checked_names`` accepts them (no
ordinary Dutch word unless a known first name, no place, organisation, title, role or street word, no compound of
two ordinary words), in any case unless said otherwise:

* **A case-note field**: ``Naam: ozan yıldırımtepe``, ``Cliënt: X``, ``Betreft: X (geboren …)``, ``Identificatie: X, nr.
  …``, ``Van: X <x@…>``, ``Contact: X - tel. …``, ``t.a.v.: X`` at a line start; the name runs to the line's end, a
  comma, a parenthesis, ``<`` or a dash.
  (Round 12) also ``Titularis: X``, ``Betrokkene: X``, ``pers. betrokken: X``.
* **A case heading**: ``Casus X:``, ``Dossier X:``, ``Update over X:``, ``Vraag van (mevrouw) X:``, ``Chat met X:``,
  ``ivm X:``, ``Gezin X:``: the words between the heading word and the colon; (round 12) ``dossier ocmw/2024/118 –
  X:``, and the speaker of a chat line after its time (``[9:12] X: …``).
* **The owner between dashes** after an identifier: ``IBAN BE68 … - X - voorschot``; or heading a line before
  a dash and an identifier: ``X - gsm: 0489 …``.
* **Whose data after a colon**: ``Rekeningnummer X: BE…``, ``Nieuw adres van X: Kerkstraat 4``, ``voor X: PL…``,
  ``Numéro national de X: …``: the words before a colon that stands right before a found identifier or address, after
  ``van``/``voor``/``de`` or a word naming the data (round 9 read one word after ``van`` only).
* **A thing of a person**: ``de opvang van X``, ``de kamer van X``, ``de schoolrekening van X``, ``de situatie van
  X``, ``de geboortedatum van X``, and a role word: ``de buurvrouw van X``, ``de klasleerkracht van X``.
* **French and English frames**: ``le client, X, né(e) le …`` (the words before a French birth cue), ``Pour info: X a
  perdu …``, ``fyi X lost his job``, ``L'adresse de X:``, ``Le loyer de X est …``, ``Appeler X au +351 …``; ``DOB:
  11/06/1997 (X)`` (the owner of a birth date in parentheses after it).

Risk: an organisation or a thing in no Dutch list in such a frame (``Dossier Kiosko:``, ``de situatie van
Kiosko``).
"""

from __future__ import annotations

import re

from .lexicon import ROLES, fold
from .name_asides import add_checked_names
from .name_neighbours import _NUMBER_WORD
from .name_tokens import _Tok

_W = r"[^\W\d_][\w'’\-]*"
_NAME = rf"({_W}(?:,?[ \t]+{_W}){{0,3}}?)"  # up to four words, the fewest first: the frame's end decides
_END = r"[ \t]*(?=$|[\n,(<:;]|[ \t][–—\-][ \t]|\.(?:\s|$))"

#: a field of a case note at a line start: "Naam: X", "Cliënt: X", "Betreft: X", "Van: X <…>"
_FIELD = re.compile(
    r"(?im)^[ \t]*(?:[*\-•·][ \t]+)?"
    r"(?:naam(?:[ \t]+(?:cliënte?|cliente?|bewoner|aanvrager|jongere|kind))?|volledige[ \t]+naam|cliënte?|cliente?|"
    r"patiënte?|betreft|identificatie|aanvrager|bewoner|contactpersoon|contact|t\.a\.v\.|ter[ \t]+attentie[ \t]+van|"
    # (round 12) the holder of an account, the person concerned
    r"titularis|rekeninghouder|betrokkene|(?:pers\.[ \t]+)?betrokken|"
    r"van|nom|name)"
    rf"[ \t]*:[ \t]*(?:(?:mevrouw|meneer|mevr\.|dhr\.|mr\.|mme|mw\.)[ \t]+)?{_NAME}{_END}"
)
#: a case heading: "Casus X:", "Update over X:", "Vraag van mevrouw X:", "Chat met X:"; searched before each colon
#: (far fewer than the words)
_HEADING = re.compile(
    # (round 12) also after a file's number and a dash: "dossier ocmw/2024/118 – X:"
    r"(?i)(?<![\w])(?:dossier[ \t]+[\w/.\-]*\d[\w/.\-]*[ \t]+[–—\-]|"
    r"casus|dossier|update[ \t]+over|opvolging[ \t]+(?:van|voor)|"
    r"vraag[ \t]+van|chat[ \t]+met|gesprek[ \t]+met|ivm|i\.v\.m\.|inzake|gezin|familie|fam\.)"
    rf"[ \t]+(?:(?:mevrouw|meneer|mevr\.|dhr\.|mw\.)[ \t]+)?{_NAME}[ \t]*\Z"
)
_COLON = re.compile(r":(?![/\d])")
#: (round 12) the speaker of a chat line after its time: "[9:12] X: nummer van de mama is …"
_CHAT_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:[*\-•·>][ \t]+)?\[\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?\][ \t]*{_NAME}[ \t]*:"
)
#: whose data: the words before a colon right before a found identifier or address, after the last label word (the
#: greedy start: "Rekening van de bewindvoerder van X:"); after the French "de" only capitalised words ("Numéro
#: national de X:", not "numéro de compte:")
_LABELS = r"van|voor|rekeningnummer|rekening|iban|gsm|gsm-nummer|telefoon|tel\.?|adres|rrn|insz|rijksregisternummer"
_OWNER_COLON = re.compile(rf"(?is).*(?<![\w'’])(?:({_LABELS})|de|d['’])[ \t]+{_NAME}[ \t]*:[ \t]*\Z")
#: a thing of a person, or a role: "de opvang van X", "de buurvrouw van X"; found at " van " (far fewer than the words)
_VAN = re.compile(r" van[ \t]+")
_THINGS = frozenset(
    "opvang kamer schoolrekening situatie geboortedatum klasleerkracht leerkracht energiefactuur huurachterstand"
    .split()
)
_NAME_THEN = re.compile(
    rf"({_W}(?:[ \t]+{_W}){{0,2}}?)"
    r"(?=[ \t]+(?:op|mag|kan|is|zit|merkt|zegt|moet|voorlopig|mee|doorgeven|kost|heeft|wordt)(?![\w])"
    r"|[ \t]*[.:,]|[ \t]*$)"
)
#: French and English frames
_FRENCH_BIRTH = re.compile(r"(?i)n(?<![\w]n)[ée](?:e|\(e\))?[ \t]+(?:le|en|à)(?![\w])")
#: the words after the last separator before the cue ("la cliente, X, né(e) le": X, not "la cliente")
_BEFORE_BIRTH = re.compile(rf"(?s).*(?:^|[,:;(.!?\n])[ \t]*{_NAME}\Z")
_FRAMES = re.compile(
    r"(?i)(?<![\w])(?=[pfilaæ])(?:"
    rf"(?:pour[ \t]+info|fyi|info)[ \t]*:?[ \t]+{_NAME}[ \t]+(?:a|est|n['’]a|got|is|was|has|had|lost)[ \t]"
    rf"|(?:l['’]adresse|le[ \t]+loyer|le[ \t]+compte|la[ \t]+chambre|le[ \t]+dossier)[ \t]+de[ \t]+{_NAME}"
    r"[ \t]*(?::|[ \t]est(?![\w]))"
    rf"|appeler[ \t]+{_NAME}[ \t]+(?:au|à|sur)[ \t]"
    r")"
)
#: the words one of ``_FRAMES`` needs: most texts hold none
_FRAME_WORDS = ("info", "fyi", "adresse", "loyer", "compte", "chambre", "dossier", "appeler")
_ID_KINDS = frozenset({"phone", "national_number", "iban", "email", "address", "postal_address"})
_OWNER_OF_DATE = re.compile(rf"[ \t]*\([ \t]*{_NAME}[ \t]*\)")
#: the owner heading a line before a dash and an identifier: "X - 0470 … - dossier loopt", "X - gsm: 0470 …"
_OWNER_DASH_BEFORE = re.compile(
    rf"(?m)^[ \t]*(?:[*\-•·][ \t]+)?{_NAME}[ \t]+[–—\-][ \t]+(?:[^\W\d_]{{2,14}}\.?[ \t]*:?[ \t]*)?\Z"
)
#: an identifier, a dash, the owner and a dash: "IBAN BE68 … - X - voorschot"
_OWNER_BETWEEN_DASHES = re.compile(rf"[ \t]+[–—\-][ \t]+{_NAME}[ \t]+[–—\-][ \t]")


def find_label_names(text: str, toks: list[_Tok], cands: list[tuple[str, int, int]]) -> None:
    """Add ``person_name`` candidates for the frames of the module docstring."""
    if not toks:
        return
    spans: list[tuple[int, int, int]] = []
    if ":" in text:
        spans.extend((m.start(1), m.end(1), 3) for m in _FIELD.finditer(text))
        if "[" in text:
            spans.extend((m.start(1), m.end(1), 3) for m in _CHAT_SPEAKER.finditer(text))
        for c in _COLON.finditer(text):
            m = _HEADING.search(text, max(0, c.start() - 70), c.start())
            if m:
                spans.append((m.start(1), m.end(1), 3))
    for kind, s, e in cands:
        if kind in _ID_KINDS and kind != "address":
            if text[e : e + 1] == " ":
                m = _OWNER_BETWEEN_DASHES.match(text, e)
                if m:
                    spans.append((m.start(1), m.end(1), 3))
            if s > 2 and ("-" in text[max(0, s - 20) : s] or "–" in text[max(0, s - 20) : s]):
                m = _OWNER_DASH_BEFORE.search(text, max(0, s - 70), s)
                if m:
                    spans.append((m.start(1), m.end(1), 3))
        if kind in _ID_KINDS:
            if s > 1 and ":" in text[max(0, s - 3) : s]:
                m = _OWNER_COLON.match(text, max(0, s - 60), s)
                if m:
                    spans.append((m.start(2), m.end(2), 3 if m.group(1) else 0))
        elif kind == "birth_date" and "(" in text[e : e + 3]:
            m = _OWNER_OF_DATE.match(text, e)
            if m:
                spans.append((m.start(1), m.end(1), 3))
    for v in _VAN.finditer(text) if " van " in text else ():
        word = text[text.rfind(" ", 0, v.start()) + 1 : v.start()].lower()
        if word in _THINGS or word in ROLES or not word.isascii() and fold(word) in ROLES:
            m = _NAME_THEN.match(text, v.end())
            if m and not _NUMBER_WORD.search(m.group(1).lower()):  # "de zoon van tien": an age
                spans.append((m.start(1), m.end(1), 3))
    births = {s for k, s, _e in cands if k == "birth_date"}
    for b in _FRENCH_BIRTH.finditer(text) if births and ("né" in text or "NÉ" in text) else ():
        if not births & set(range(b.end(), b.end() + 3)):
            continue  # a birth date found right after the cue: "Gent, née en 1950 comme ville" is no one's
        end = b.start()
        while end and text[end - 1] in " \t,":
            end -= 1
        m = _BEFORE_BIRTH.match(text, max(0, end - 50), end)
        if m:
            spans.append((m.start(1), m.end(1), 1))
    low = text.lower()
    for m in _FRAMES.finditer(text) if any(w in low for w in _FRAME_WORDS) else ():
        g = next(i for i in range(1, 4) if m.group(i) is not None)
        spans.append((m.start(g), m.end(g), 3))
    add_checked_names(toks, cands, spans, beside=True)
