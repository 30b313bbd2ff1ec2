"""One way to compare names: the scorers and the corpus view both use it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=200_000)
def normalize_name(name: str) -> str:
    """Case, accents, punctuation, a leading 'the' and a trailing possessive removed."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    text = re.sub(r"['’`ʿʾʻʼ]s$", "", text)
    text = re.sub(r"['’`ʿʾʻʼ]", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)
