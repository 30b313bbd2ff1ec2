"""Look-ups of character offsets against many spans in logarithmic time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class SpanIndex:
    """Half-open spans ``[start, end)``, merged and sorted, asked whether a span meets them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with any span."""
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and self._ends[index] > start

    def __contains__(self, offset: int) -> bool:
        return self.overlaps(offset, offset + 1)


class SortedSpans:
    """Spans ``(start, end, label)`` that do not overlap (a parse's entities), asked which
    of them meet a span in logarithmic time instead of a scan of all of them."""

    def __init__(self, spans: Iterable[tuple[int, int, str]]) -> None:
        self._spans = sorted(spans)
        self._ends = [end for _, end, _ in self._spans]  # sorted too: no two overlap

    def meeting(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The spans that share a position with ``[start, end)``, in order."""
        found = []
        for index in range(bisect_right(self._ends, start), len(self._spans)):
            span = self._spans[index]
            if span[0] >= end:
                break
            found.append(span)
        return found
