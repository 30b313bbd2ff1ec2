"""Ingest: read inputs, repair copied web text, fix the text every offset points into."""

from dossier.ingest.clean import CleanedText, clean_text
from dossier.ingest.readers import (
    DEFAULT_MAX_BYTES,
    IngestError,
    RawArticle,
    prepare,
    read_inputs,
    read_source,
)

__all__ = [
    "DEFAULT_MAX_BYTES",
    "CleanedText",
    "IngestError",
    "RawArticle",
    "clean_text",
    "prepare",
    "read_inputs",
    "read_source",
]
