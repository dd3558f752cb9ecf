"""One search interface, one backend per database: PostgreSQL full-text search or SQLite FTS5."""

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from .base import RankedEntry, Ranking, SearchBackend
from .postgresql import PostgreSQLBackend
from .sqlite import SQLiteBackend

__all__ = ["RankedEntry", "Ranking", "SearchBackend", "get_backend"]

BACKENDS = {"postgresql": PostgreSQLBackend, "sqlite": SQLiteBackend}


def get_backend() -> SearchBackend:
    try:
        return BACKENDS[connection.vendor]()
    except KeyError:
        raise ImproperlyConfigured(
            f"Search works on PostgreSQL and SQLite, not on {connection.vendor}."
        ) from None
