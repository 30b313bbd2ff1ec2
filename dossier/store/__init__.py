"""Store: analysed documents in a SQL database through SQLAlchemy (SQLite by default)."""

from dossier.store.database import DEFAULT_DB, Store, StoreError, database_url

__all__ = ["DEFAULT_DB", "Store", "StoreError", "database_url"]
