"""URLs for tests/test_ops_outage.py: views that fail the way a lost database fails."""

from django.db import OperationalError
from django.urls import include, path


def db_gone(request):
    raise OperationalError("server closed the connection unexpectedly")


def bad_query(request):
    raise OperationalError("no such column: nope")


urlpatterns = [
    path("db-gone/", db_gone),
    path("bad-query/", bad_query),
    path("", include("config.urls")),
]
