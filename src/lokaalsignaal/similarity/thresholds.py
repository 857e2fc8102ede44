"""When a suggestion is shown (no Django: the benchmarks read these too; measured in bench/similarity_bench.py)."""

# Below these scores a hit is not shown (the engine's score scale differs per method: TF-IDF cosine for the
# lexical methods, cosine for embeddings, z-normalised blend scores). Lexical hits also need a shared key term.
# Blend, measured on the three labelled sets (top 8 per text, 5 relevant; docs/similarity.md): at 0.9 7 of 8 hits
# pass, 0.37-0.50 of them about the same problem; at 1.5 3.3-4.3 pass, 0.59-0.72 right. The coordinator's triage
# and the region keep the generous 0.9 (they judge every suggestion anyway).
MIN_SCORE = {"lexical": 0.08, "words": 0.08, "embedding": 0.80, "blend": 0.9}
# What a giver is shown while typing: fewer, more precise suggestions (1.5, see above). A knelpunt offered to join
# is scored on the scale of the municipality's signals (engine.search_calibrated), so the same threshold holds:
# measured with one short text per problem as "knelpunt" for half of the problems and the other texts as drafts
# (sets A/B/C), a knelpunt is offered for 46-51% of the drafts, the right one in 48-70% of the cases, and the
# right knelpunt is found for 45-70% of the drafts that have one. Without calibration a knelpunt was offered for
# every draft, also when none fits, the right one in 26-37%.
GIVER_SCORE = {"blend": 1.5}
# Clusters chain neighbours over up to 500 signals, so they need more certainty: at 2.1, 1.7-2.7 links per text,
# 0.72-0.87 right (at 1.8: 2.4-3.4 at 0.68-0.81).
CLUSTER_SCORE = {"lexical": 0.30, "words": 0.30, "embedding": 0.88, "blend": 2.1}
