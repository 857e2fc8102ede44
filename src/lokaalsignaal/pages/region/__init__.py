"""The pages of a region or Flanders (``/regio/…``): the escalated knelpunten with their numbers, one knelpunt with
its signal texts, bundling, regional/Flemish knelpunten with their stage and messages. See ``casework.regions``."""
