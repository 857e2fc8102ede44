"""Rebuild two more word lists of ``src/lokaalsignaal/privacy/data/`` (issue 16, round 3).

One-off maintenance script, not used at run time (the guard never imports Faker or wordfreq):

* ``dutch_words.txt.gz``: the 40,000 most frequent Dutch words of ``wordfreq`` 3.1.1 (``top_n_list("nl", …)``,
  data CC BY-SA 4.0: Wikipedia, OpenSubtitles, news, web text), letters only, lower-cased. The guard uses it to tell
  an unknown capitalised word that is an ordinary Dutch word ("Onthaal", "Loods") from a name it does not know.
* ``world_first_names.txt.gz`` / ``world_surnames.txt.gz``: the first names and family names of every Latin-script
  locale of Faker's person provider (its tables come from national name-frequency lists), minus the 20,000 most
  frequent words of the Dutch list, the Statbel lists already shipped and names of two letters or fewer. Belgium is
  multicultural: a Flemish frontline note names people of every origin. In round 3 the locales of held-out set D
  stayed out until D had been measured (a list made from the held-out set's own source would measure the list);
  D is burned since round 4, so every locale is in again. Held-out set E (round 4) draws its names from sources
  other than Faker, so no locale needs to be left out for it.

Usage (wordfreq need not be in the project's venv)::

    pip install --target /tmp/wf wordfreq
    PYTHONPATH=/tmp/wf .venv/bin/python bench/privacy_build_world_lists.py
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import sys
import unicodedata
from pathlib import Path

import faker.providers.person as person_pkg
from wordfreq import top_n_list

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from lokaalsignaal.privacy.lexicon import COMMON_WORDS, NOT_NAMES, ROLES, TITLES, fold  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "lokaalsignaal" / "privacy" / "data"


def latin(word: str) -> bool:
    return all(
        c in "-'’" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in word
    ) and word[:1].isalpha()


def read_gz(name: str) -> list[str]:
    with gzip.open(OUT / name, "rt", encoding="utf-8") as fh:
        return [ln for ln in fh.read().split("\n") if ln]


def write(name: str, items) -> None:
    data = "\n".join(sorted(set(items))) + "\n"
    with gzip.open(OUT / name, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write(data)
    print(f"{name}: {len(set(items))} items, {(OUT / name).stat().st_size} bytes")


def names_of(provider, attrs: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for a in attrs:
        v = getattr(provider, a, None)
        if v and isinstance(v, (dict, list, tuple, set, frozenset)):
            out.update(v.keys() if isinstance(v, dict) else v)
    return out


def main() -> None:
    dutch = [w for w in top_n_list("nl", 40000) if w.isalpha() and len(w) > 1]
    write("dutch_words.txt.gz", dutch)
    # a name that is also a Dutch word of rank 20,000-40,000 stays a name: there the list holds more names (Duncan,
    # Darwish, Svensson: wordfreq counts them in Dutch text) than words a note capitalises mid-sentence
    dutch_keys = {fold(w) for w in dutch[:20000]}
    known = {fold(n) for n in read_gz("first_names.txt.gz")} | {fold(n) for n in read_gz("surnames.txt.gz")}
    stop = dutch_keys | known | COMMON_WORDS | NOT_NAMES | ROLES | TITLES
    first: set[str] = set()
    last: set[str] = set()
    for mod in pkgutil.iter_modules(person_pkg.__path__):
        provider = importlib.import_module(f"{person_pkg.__name__}.{mod.name}").Provider
        f = names_of(provider, ("first_names", "first_names_male", "first_names_female"))
        s = names_of(provider, ("last_names", "last_names_male", "last_names_female"))
        for src, dst in ((f, first), (s, last)):
            for n in src:
                for part in n.split():
                    if len(part) > 2 and latin(part) and part[0].isupper() and fold(part) not in stop:
                        dst.add(part)
    write("world_first_names.txt.gz", first)
    write("world_surnames.txt.gz", last)


if __name__ == "__main__":
    main()
