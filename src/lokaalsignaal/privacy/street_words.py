"""Street-type words and suffixes of the privacy guard (split from ``lexicon``, round 3)."""

#: Street-type words that can stand as a separate capitalised word: "Grote Markt", "Oude Vest".
STREET_WORDS = frozenset(
    """
    straat laan lei weg steenweg plein dreef kaai kade dijk vest markt singel gracht kouter dries
    boulevard avenue steeg baan pad ring hof plaats park veld berg hoek wijk square vliet rui
    akker erf gaarde beemd
    """.split()
)

#: Suffixes of one-word street names accepted without a list: "Kerkstraat", "Frankrijklei".
SAFE_STREET_SUFFIXES = (
    "straat",
    "straatje",
    "laan",
    "lei",
    "weg",
    "steenweg",
    "plein",
    "pleintje",
    "dreef",
    "kaai",
    "kade",
    "dijk",
    "vest",
    "markt",
    "singel",
    "gracht",
    "kouter",
    "dries",
    "boulevard",
    "avenue",
    "steeg",
    "baan",
    "wegel",
)

#: More endings of one-word street names, taken from the data rather than by hand (issue 16): the street-type
#: morphemes that end at least 30 of the Statbel street names in ``data/streets.txt.gz`` (those without a
#: ``SAFE_STREET_SUFFIXES`` ending; counts: -hof 703, -veld 592, -berg 581, -pad 454, -hoek 360, -heide 196,
#: -akker 130, -broek 122, -erf 69, -meers 69, -wal 36, -heuvel 34, -hove 28 …), leaving out those that also end
#: everyday nouns followed by a number (-gang "Ingang 2", -plaats "Werkplaats 3", -park, -wijk, -bos, -dam, -dal,
#: -beek, -poort, -brug, -molen); plus the Dutch -plantsoen, -werf and -ring (not -ering: "Vergadering 3") that the
#: Faker/Dutch street vocabulary and the issue name. A word with one of these endings that is also a known surname
#: ("Vandenberg", "Verhoek") is a street only after a place cue (``in de``, ``woont``) or before a postal line.
#: ``tests/privacy/test_street_words_beyond_straat_are_found.py`` checks the counts against the data.
DERIVED_STREET_SUFFIXES = (
    "hof",
    "veld",
    "berg",
    "pad",
    "hoek",
    "heide",
    "akker",
    "broek",
    "erf",
    "meers",
    "wal",
    "heuvel",
    "hove",
    "werf",
    "plantsoen",
    "ring",
    # (round 4) -gaarde 154, -beemd 40 and the plural -driesen ("Vlasbloemdriesen")
    "gaarde",
    "beemd",
    "driesen",
)

FRENCH_STREET_TYPES = (
    "rue",
    "avenue",
    "av.",
    "chaussée",
    "chée",
    "place",
    "boulevard",
    "bd",
    "chemin",
    "square",
    "quai",
    "clos",
    "allée",
    "impasse",
    "route",
    "drève",
    "rond-point",
    "galerie",
    "esplanade",
    "sentier",
    "voie",
    "cité",
    "ruelle",
    "venelle",
    "passage",
    "parvis",
)
