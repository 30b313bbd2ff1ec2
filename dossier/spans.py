"""Look-ups of offsets (characters or tokens) against many spans in logarithmic time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.document import Document, Paragraph


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


class Paragraphs:
    """A document's paragraphs asked which holds an offset, by bisection when they are in
    order and apart (as ingest makes them), else by a scan; kept in ``doc.layers`` for as
    long as the paragraph list is the same (see ``Paragraphs.of``)."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.count = len(paragraphs)
        bounds = [(p.start, p.end) for p in paragraphs]
        self.apart = all(a[1] <= b[0] and a[0] <= a[1] for a, b in pairwise(bounds))
        self.starts = [start for start, _ in bounds] if self.apart else None
        self.sorted_starts = sorted(start for start, _ in bounds)

    @classmethod
    def of(cls, doc: Document) -> Paragraphs:
        index = doc.layers.get("paragraph_index")
        if index is None or index.paragraphs is not doc.paragraphs or (
            index.count != len(doc.paragraphs)
        ):
            index = doc.layers["paragraph_index"] = cls(doc.paragraphs)
        return index

    def holding(self, offset: int) -> Paragraph | None:
        """The first paragraph with ``start <= offset < end``, else None."""
        if self.starts is None:
            return next((p for p in self.paragraphs if p.start <= offset < p.end), None)
        place = bisect_right(self.starts, offset) - 1
        if place >= 0 and offset < self.paragraphs[place].end:
            return self.paragraphs[place]
        return None

    def last_start(self, offset: int, default: int = 0) -> int:
        """The greatest paragraph start at or before ``offset``, else ``default``."""
        place = bisect_right(self.sorted_starts, offset) - 1
        return self.sorted_starts[place] if place >= 0 else default
