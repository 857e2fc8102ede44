"""Development set B for the privacy guard (issue 16): ``bench/data/privacy_dev_b.jsonl``.

    .venv/bin/python bench/data/privacy_make_dev_b.py

The patterns the issue lists as missed, written by hand for tuning (the rules of issue 16 were fixed on this set and
on ``privacy_eval.jsonl``): birth dates next to a person without a birth cue, Dutch and foreign phone layouts,
street words beyond -straat, "woont in de X 12", mistyped postal codes, titles with a surname that is a Dutch word,
foreign full names at a sentence start, name lists, mistyped national numbers; clean policy sentences with dates,
amounts, dossier numbers. Names and streets are hand-written here (not from Faker, which only the held-out set B
uses). Deterministic.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("privacy_dev_b.jsonl")
rng = random.Random(1616)

FIRST = """Ingrid Helmut Jürgen Sabine Dieter Ursula Klaus Heike Ayşegül Mehmet Emine Oğuz Selin Hakan Gökhan Derya
Małgorzata Krzysztof Joanna Paweł Grzegorz Agata Mohamed Fatima Abdel Nadia Karim Samira Youssef Houria Brahim
Sébastien Camille Mathilde Baptiste Aurélie Guillaume Jeroen Femke Bram Sanne Joost Anouk Thijs Lieke""".split()
LAST = """Vogt Schneider Hoffmann Krüger Wagner Becker Zimmermann Braun Öztürk Kılıç Aksoy Güneş Yıldız Korkmaz
Lewandowska Zieliński Szymańska Wojciechowski Kaczmarek Mazur El_Bakkali Bouharrou Lamghari Ouali Belhaj
Mansouri Lefèvre Moreau Girard Fontaine Rousseau Chevalier De_Jong Jansen Bosman Van_Leeuwen Hendriks Mulder
Smeets Brouwers""".split()
LAST = [s.replace("_", " ") for s in LAST]
WORD_LAST = "Bakker Visser De_Wolf Koning De_Vos Smit Brouwer Groen De_Haas Winter Kok Valk".split()
WORD_LAST = [s.replace("_", " ") for s in WORD_LAST]
TITLES = ["mevrouw", "meneer", "mevr.", "dhr.", "Mevrouw", "Meneer", "de heer"]
STREETS = """Vaartpad Kanaalring Kloosterhof Beukendreef Schelde­kaai Leopoldvest Frankrijklei Zeedijk Molenwal
Ringbaan Noordersingel Julianaplantsoen Hoeve-erf Scheepswerf Lindenpad Stadsring Bagijnhof Kastanjedreef
Visserskaai Zuidervest Bosschaert­lei Polderdijk Vestingwal Heidebaan Buitensingel Rozenplantsoen Kerkerf
Houtwerf""".replace("\u00ad", "").split()
POSTAL = [("9000", "Gent"), ("2018", "Antwerpen"), ("3001", "Heverlee"), ("8310", "Brugge"), ("9300", "Aalst"),
          ("3500", "Hasselt"), ("2800", "Mechelen"), ("8500", "Kortrijk"), ("9100", "Sint-Niklaas")]
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()


def name() -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def bd() -> str:
    y, m, d = rng.randint(1940, 2018), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([f"{d}-{m}-{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}"])


def phone() -> str:
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    return rng.choice([f"020 {d(7)}", f"010-{d(7)}", f"0513-{d(6)}", f"(020) {d(7)}", f"(0513)-{d(6)}",
                       f"06-{d(8)}", f"06 {d(8)}", f"+31 6 {d(8)}", f"+49 89 {d(7)}", f"+90 532 {d(3)} {d(4)}",
                       f"+212 661 {d(6)}", f"0031 20 {d(7)}", f"(0475) {d(6)}"])


def nn(mistyped: bool) -> str:
    y, m, dd, seq = rng.randint(1945, 2015), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 997)
    base = f"{y % 100:02d}{m:02d}{dd:02d}{seq:03d}"
    check = 97 - int(("2" if y >= 2000 else "") + base) % 97
    if mistyped:
        check = (check + rng.choice([1, 5, 10])) % 100 or 1
    d = f"{base}{check:02d}"
    return rng.choice([f"{d[:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:]}", f"{d[:6]}-{d[6:9]}-{d[9:]}", d])


def street() -> str:
    return f"{rng.choice(STREETS)} {rng.randint(1, 180)}{rng.choice(['', '', 'a', ' bus 4'])}"


def postal(typo: bool = False) -> str:
    code, city = rng.choice(POSTAL)
    if typo:
        code = str(int(code) + rng.choice([1, 3, 20]))
    return f"{code} {city}"


PII = [
    "{N} ({BD}) heeft recht op een schooltoelage, maar niemand vroeg ze aan.",
    "{T} {W} ({BD}) wacht al een jaar op een rolstoel.",
    "Haar zoon, geboren in Gent, staat sinds {BD} op de wachtlijst.",
    "{N}, {BD}, vraagt uitstel van betaling.",
    "Het meisje {F} werd op {BD} opgenomen in de crisisopvang.",
    "{T} {W} woont in de {ADR} en heeft geen verwarming.",
    "Ze woont op de {ADR}, {PC}.",
    "Hij woont in {PCT} bij zijn broer.",
    "Adres: {ADR}, {PCT}.",
    "De woning in de {ADR} is onbewoonbaar verklaard.",
    "{N} kreeg een negatieve beslissing van de kas.",
    "{N} woont al tien jaar in dezelfde kamer.",
    "Contact: {N}, {N} en {N}.",
    "Aanwezig: {N}, {N}.",
    "Volgens {T} {W} is de huisbaas onbereikbaar.",
    "Bel {T} {W} terug op {PH}.",
    "De familie in Nederland is bereikbaar op {PH}.",
    "Nummer van de broer: {PH}.",
    "Rijksregisternummer: {NNX}.",
    "INSZ {NNX} van de moeder klopt niet in het systeem.",
]
CLEAN = [
    "Sinds 1 januari 2025 geldt een nieuwe berekening van de huurpremie.",
    "Vanaf 01/07/2024 moeten alle aanvragen digitaal.",
    "Het decreet van 3-5-2019 werd gewijzigd op 12.12.2023.",
    "Dossier 2024/00417 werd afgesloten; referentie KAB-2023-118.",
    "Het leefloon steeg in 2024 met 2,5% tot € 1.320,53 per maand.",
    "Factuurnummer 2024-118734, vervaldag 15 maart 2025, bedrag 1.245 euro.",
    "Ticket 4481273 bij de helpdesk bleef onbeantwoord.",
    "De bakker van het dorp geeft brood aan de voedselbank.",
    "Een visser uit Oostende schonk vis aan het sociaal restaurant.",
    "De koning bezocht het opvangcentrum in 2023.",
    "In Zele, Lebbeke en Buggenhout is er geen sociaal verhuurkantoor.",
    "Het CAW en het OCMW van Lokeren organiseren op 14 oktober 2025 een infomoment.",
    "Tussen 2019 en 2024 verdubbelde het aantal aanvragen.",
    "Ondernemingsnummer 0403.170.701, btw BE 0403.170.701.",
    "Artikel 23 van de Grondwet waarborgt het recht op behoorlijke huisvesting.",
    "Op 12 mei 2025 om 10 uur vergadert het overleg armoede in Temse.",
]


def fill(t: str) -> dict:
    out, spans, pos = "", [], 0
    for m in re.finditer(r"\{([A-Z]+)\}", t):
        out += t[pos : m.start()]
        slot = m.group(1)
        label = None
        if slot == "N":
            val, label = name(), "person_name"
        elif slot == "F":
            val, label = rng.choice(FIRST), "person_name"
        elif slot == "W":
            val, label = rng.choice(WORD_LAST), "person_name"
        elif slot == "T":
            val = rng.choice(TITLES)
            if m.start() == 0:
                val = val[0].upper() + val[1:]
        elif slot == "BD":
            val, label = bd(), "birth_date"
        elif slot == "ADR":
            val, label = street(), "address"
        elif slot == "PC":
            val, label = postal(), "address"
        elif slot == "PCT":
            val, label = postal(typo=rng.random() < 0.5), "address"
        elif slot == "PH":
            val, label = phone(), "phone"
        elif slot == "NNX":
            val, label = nn(mistyped=rng.random() < 0.6), "national_number"
        else:  # pragma: no cover
            raise KeyError(slot)
        if label:
            spans.append({"kind": label, "start": len(out), "end": len(out) + len(val)})
        out += val
        pos = m.end()
    out += t[pos:]
    merged = []
    for sp in spans:  # "Kerkhof 3, 9000 Gent": one address
        if merged and sp["kind"] == merged[-1]["kind"] == "address" and out[merged[-1]["end"] : sp["start"]] == ", ":
            merged[-1]["end"] = sp["end"]
            continue
        merged.append(sp)
    return {"text": out, "spans": merged}


def main() -> None:
    rows = []
    for ti, t in enumerate(PII):
        for k in range(8):
            rows.append({"id": f"devb-{ti:02d}-{k}", **fill(t)})
    for ti, t in enumerate(CLEAN):
        rows.append({"id": f"devb-clean-{ti:02d}", "text": t, "spans": []})
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} texts -> {OUT}")


if __name__ == "__main__":
    main()
