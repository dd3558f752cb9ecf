import pytest
from django.core.cache import cache
from django.db import connection


def pytest_collection_modifyitems(config, items):
    """Tests of PostgreSQL-only features run in the PostgreSQL pass; the SQLite pass leaves
    them out (and says so in its header) rather than reporting them as skipped. The scale-out
    suite starts its own servers and runs only when asked for (`-m scaleout`).
    """
    if "scaleout" not in (config.option.markexpr or ""):
        scaleout = [item for item in items if item.get_closest_marker("scaleout")]
        if scaleout:
            config.hook.pytest_deselected(items=scaleout)
            items[:] = [item for item in items if not item.get_closest_marker("scaleout")]
    if connection.vendor == "postgresql":
        return
    postgres_only = [item for item in items if item.get_closest_marker("postgresql")]
    if postgres_only:
        config.hook.pytest_deselected(items=postgres_only)
        items[:] = [item for item in items if not item.get_closest_marker("postgresql")]


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()
    yield
    cache.clear()
