"""Look-ups of character offsets against many spans in logarithmic time."""

from __future__ import annotations

from bisect import bisect_left
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
