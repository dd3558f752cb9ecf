"""Outages: a lost database answers 503 with Retry-After; a lost Redis degrades, never 500s;
/readyz reports database, cache and queue age."""

import logging

import pytest
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory

from runtime import cache as resilient_cache
from runtime import outage, readiness
from runtime.logging import SkipHandledOutages
from runtime.resilience import is_connection_error

pytestmark = pytest.mark.django_db


def test_connection_errors_are_told_apart_from_bad_queries():
    assert is_connection_error(OperationalError("server closed the connection unexpectedly"))
    assert is_connection_error(OperationalError('connection to server at "127.0.0.1" failed'))
    assert is_connection_error(InterfaceError("connection already closed"))
    wrapped = OperationalError("outer")
    wrapped.__cause__ = OperationalError("terminating connection due to administrator command")
    assert is_connection_error(wrapped)
    assert not is_connection_error(OperationalError("no such column: nope"))
    assert not is_connection_error(ValueError("connection"))


@pytest.mark.urls("tests.ops_urls")
def test_a_lost_database_answers_503_with_retry_after(client, caplog):
    with caplog.at_level(logging.WARNING, logger="careercompare.outage"):
        response = client.get("/db-gone/")
    assert response.status_code == 503
    assert response["Retry-After"] == str(outage.RETRY_AFTER_SECONDS)
    assert b"Back in a moment" in response.content
    # One event, one line: Django's own "Service Unavailable" line is filtered out of the log.
    shown = [r for r in caplog.records if SkipHandledOutages().filter(r)]
    assert [(r.levelname, r.name) for r in shown] == [("WARNING", "careercompare.outage")]


@pytest.mark.urls("tests.ops_urls")
def test_a_bad_query_is_still_a_500(client):
    client.raise_request_exception = False
    response = client.get("/bad-query/")
    assert response.status_code == 500


def test_handler500_turns_a_lost_database_outside_views_into_503():
    request = RequestFactory().get("/")
    try:
        raise InterfaceError("connection already closed")
    except InterfaceError:
        response = outage.server_error(request)
    assert response.status_code == 503 and response["Retry-After"]
    try:
        raise KeyError("bug")
    except KeyError:
        assert outage.server_error(request).status_code == 500


def test_readyz_is_ok_when_everything_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["database"] == "ok" and body["cache"] == "ok"
    assert body["oldest_queued_task_seconds"] is None


def test_readyz_says_503_when_the_cache_is_down(client, monkeypatch):
    monkeypatch.setattr(readiness, "cache_ok", lambda: False)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unreachable"
    # Liveness does not depend on the cache.
    assert client.get("/healthz").status_code == 200


def test_readyz_says_503_when_the_database_is_down(client, monkeypatch):
    monkeypatch.setattr(readiness, "database_ok", lambda: False)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_readyz_reports_the_oldest_queued_task(client, settings):
    from tests.ops_helpers import queued_task

    queued_task(age_seconds=120)
    body = client.get("/readyz").json()
    assert body["oldest_queued_task_seconds"] >= 119
    settings.READYZ_MAX_QUEUE_AGE = 60
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json()["queue"] == "stalled"


@pytest.fixture
def dead_redis():
    # Port 1 on loopback: nothing listens, so every call is refused at once.
    backend = resilient_cache.ResilientRedisCache("redis://127.0.0.1:1/0", {})
    yield backend


def test_a_dead_redis_degrades_to_a_memory_cache_and_logs_once(dead_redis, caplog):
    with caplog.at_level(logging.WARNING, logger="careercompare.cache"):
        assert dead_redis.get("missing") is None
        dead_redis.set("k", "v", 30)
        assert dead_redis.get("k") == "v"  # served from the per-process fallback
        assert dead_redis.add("counter", 0, 30)
        assert dead_redis.incr("counter") == 1
        assert dead_redis.get_many(["k"]) == {"k": "v"}
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and lines[0].startswith("Cache unreachable")
    assert dead_redis.ping() is False


def test_the_cache_is_tried_again_and_its_return_logged(dead_redis, caplog, monkeypatch):
    dead_redis.get("x")
    monkeypatch.setattr(resilient_cache, "RETRY_AFTER", 0.0)
    dead_redis._down_until = 0.0
    caplog.clear()
    monkeypatch.setattr(
        resilient_cache.RedisCache, "get", lambda self, key, default=None, version=None: "fresh"
    )
    with caplog.at_level(logging.WARNING, logger="careercompare.cache"):
        assert dead_redis.get("x") == "fresh"
    assert [r.getMessage() for r in caplog.records] == ["Cache reachable again"]


def test_signup_limit_still_counts_while_redis_is_down(dead_redis, monkeypatch, settings):
    from newsletter import limits

    monkeypatch.setattr(limits, "cache", dead_redis)
    settings.NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR = 2
    assert [limits.count_signup("203.0.113.9") for _ in range(3)] == [True, True, False]
