"""Which organisation names may be allowed text for the privacy guard (`services.allow_list`), judged by the privacy
scanner itself. An allowed phrase silences every name or address finding it overlaps, so a name that is, or is part
of, a person's name or an address must never be one."""

from __future__ import annotations

import functools
import re

from lokaalsignaal import privacy
from lokaalsignaal.privacy import lexicon as names_lexicon

_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=8192)
def may_allow(name: str) -> bool:
    """Whether an organisation name may be allowed text: nothing in the name alone is a finding ("Marie Claes",
    "Zandstraat 12", an e-mail address), it does not make an address with a house number ("Zandstraat"), and it is
    not made of person-name words only ("Janssens", "Van Hove")."""
    name = name.strip()
    if not name or privacy.scan(name) or privacy.scan(f"{name} 12"):
        return False
    lexicon = names_lexicon.lexicon()
    words = [w for w in map(names_lexicon.fold, _WORD.findall(name)) if w not in names_lexicon.PARTICLES]
    return not all(w in lexicon.first_names or w in lexicon.surnames or w in lexicon.surname_cores for w in words)
