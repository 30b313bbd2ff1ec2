"""dossier: structured, source-attributed evidence from news and opinion articles.

The whole public API::

    import dossier
    doc = dossier.analyze(text, published="2025-12-10")
    for doc in dossier.analyze_many(items): ...
    doc.to_json()
"""

from dossier.analysis import analyze, analyze_many
from dossier.document import Document

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "analyze", "analyze_many"]
