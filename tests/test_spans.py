import pytest

from dossier.spans import SpanIndex


@pytest.mark.parametrize(
    ("start", "end", "meets"),
    [(0, 5, False), (5, 6, False), (9, 11, True), (10, 12, True), (14, 16, True), (16, 20, False)],
)
def test_span_index_overlaps_merged_spans(start: int, end: int, meets: bool) -> None:
    index = SpanIndex([(12, 16), (10, 13), (30, 31), (40, 40)])
    assert index.overlaps(start, end) is meets


def test_span_index_contains_offsets() -> None:
    index = SpanIndex([(3, 5), (8, 9)])
    assert [offset for offset in range(12) if offset in index] == [3, 4, 8]
    assert 0 not in SpanIndex([])
