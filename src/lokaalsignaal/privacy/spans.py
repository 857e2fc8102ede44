"""Overlap tests between lists of (start, end) spans in O((n + m) log n): the finders compare every token or
candidate with every blocked or taken span, and a text can hold thousands of each."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate


def overlapping(spans: list[tuple[int, int]], queries: list[tuple[int, int]]) -> list[bool]:
    """For each query (start, end): does it overlap any of ``spans`` (``s < end and start < e``)?"""
    if not spans:
        return [False] * len(queries)
    ordered = sorted(spans)
    starts = [s for s, _e in ordered]
    reach = list(accumulate((e for _s, e in ordered), max))  # the furthest end among the first k spans
    result = []
    for start, end in queries:
        k = bisect_left(starts, end)  # spans that begin before the query ends
        result.append(k > 0 and reach[k - 1] > start)
    return result


class Taken:
    """Disjoint spans, added one by one; `overlaps` asks whether a new span would touch one of them."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)  # disjoint and sorted: only the last span starting before `end` can reach
        return k > 0 and self._ends[k - 1] > start

    def add(self, start: int, end: int) -> None:
        k = bisect_right(self._starts, start)
        self._starts.insert(k, start)
        self._ends.insert(k, end)


class SpanIndex:
    """(round 9) ``overlapping`` one query at a time, for finders that test only the few tokens a frame points at."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        self._reach = list(accumulate((e for _s, e in ordered), max))

    def hits(self, start: int, end: int) -> bool:
        k = bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start


class TokensOff:
    """``off[i]``: does token ``i`` overlap a taken span? Computed when asked (``SpanIndex``)."""

    def __init__(self, toks, spans: list[tuple[int, int]]) -> None:
        self._toks = toks
        self._index = SpanIndex(spans)

    def __getitem__(self, i: int) -> bool:
        t = self._toks[i]
        return self._index.hits(t.start, t.end)
