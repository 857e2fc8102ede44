"""'Ik zie dit ook': a giver adds her voice to a knelpunt the municipality made visible to givers. The ``Join`` row
belongs to the knelpunt (it counts in its priority and moves when knelpunten merge); this package holds the action
(``services.join``) and who may join what (``access``). The pages are ``pages.giver.join_views``."""
