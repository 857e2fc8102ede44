"""Stored vectors of signals, so that building or refreshing a municipality's index never re-embeds texts."""

from django.db import models


class SignalVector(models.Model):
    """The similarity representation of one signal (written by ``services.index_signal``).

    ``model`` names the representation (``SimilarityEngine.model_name``); rows of another model are ignored by
    lookups and rewritten by ``services.reindex``. ``vector`` is the embedding (int8 + scale, 389 bytes for
    384 dimensions; empty for the lexical method); ``terms`` the char n-gram term vector (empty when unused).
    ``municipality`` is denormalised from the signal so that a municipality's vectors, and those changed since
    a moment, are read with one index range scan.
    """

    signal = models.OneToOneField(
        "intake.Signal", on_delete=models.CASCADE, primary_key=True, related_name="similarity_vector"
    )
    municipality = models.ForeignKey("tenancy.Municipality", on_delete=models.CASCADE, related_name="+")
    model = models.CharField(max_length=100)
    vector = models.BinaryField(default=b"", blank=True)
    terms = models.BinaryField(default=b"", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["municipality", "updated_at"], name="similarity_vec_muni_upd")]

    def __str__(self) -> str:
        return f"vector of signal {self.signal_id} ({self.model})"


class TextEncoding(models.Model):
    """The similarity representation of a knelpunt's text, stored by its content (`digest`: sha256 of the text), so
    that a process building its index of a large city's knelpunten reads them instead of embedding each one (three
    thousand knelpunten took ~50 s of the first request that needed them). Written by `knelpunt_store.store_all`
    (`manage.py encode_knelpunten`, nightly and after a model change); a text changed since is encoded by the
    process that needs it, as before. Rows of another `model` are ignored."""

    digest = models.CharField(max_length=64)
    model = models.CharField(max_length=100)
    vector = models.BinaryField(default=b"", blank=True)
    terms = models.BinaryField(default=b"", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["model", "digest"], name="similarity_text_model_digest")]

    def __str__(self) -> str:
        return f"encoding {self.digest[:12]} ({self.model})"
