"""Reading JSON Lines files with errors that name the file and line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def read_json_lines(
    path: str | Path, *, error: type[Exception], what: str, encoding: str = "utf-8"
) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line of ``path``.

    error: the exception to raise, with "FILE: ..." or "FILE:LINE: ..." in its message.
    what: what the file holds, for the messages ("the PLOVER records").
    """
    try:
        lines = Path(path).read_text(encoding=encoding).splitlines()
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot read {what} ({problem})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as problem:
            raise error(f"{path}:{number}: not JSON ({problem})") from None
