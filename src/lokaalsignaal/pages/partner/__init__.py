"""A partner's pages (``/partner/knelpunten/…``): the knelpunten shared with her and one knelpunt with its signal
texts (never who gave them) and the analysis notes. See ``casework.partners``."""
