"""The store: articles, their extractions per pipeline version, and flat tables to query.

`Store(url)` opens SQLite (a path or sqlite:// URL, the default) or PostgreSQL (postgresql://...)
through SQLAlchemy Core with the same code. Writes go one transaction per batch, so a crash never
leaves half an article; an article already extracted by this pipeline version is skipped.
"""

from __future__ import annotations

from sitrep.store.database import Store, database_url, shown_database
from sitrep.store.queries import EventFilter

__all__ = ["EventFilter", "Store", "database_url", "shown_database"]
