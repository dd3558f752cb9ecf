"""Logs: one line per event, UTC with offset, JSON on request, a request id on web lines."""

import json
import logging
import sys

import pytest

from runtime.logging import JsonFormatter, LineFormatter, RequestIdFilter, request_id_var


def record_with_traceback():
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Failed: %s", ("/x",), exc_info
    )
    record.created = 1767603600.25  # 2026-01-05 09:00:00.250 UTC
    RequestIdFilter().filter(record)
    return record


def test_a_traceback_is_folded_into_one_utc_line():
    token = request_id_var.set("abc12345")
    try:
        line = LineFormatter().format(record_with_traceback())
    finally:
        request_id_var.reset(token)
    assert "\n" not in line
    assert line.startswith(
        "2026-01-05T09:00:00.250+00:00 ERROR django.request [abc12345] Failed: /x"
    )
    assert "Traceback (most recent call last):" in line and "ValueError: boom | second line" in line


def test_json_lines_carry_the_traceback_in_a_field():
    payload = json.loads(JsonFormatter().format(record_with_traceback()))
    assert payload["time"] == "2026-01-05T09:00:00.250+00:00"
    assert payload["level"] == "ERROR" and payload["message"] == "Failed: /x"
    assert "ValueError: boom" in payload["exc"]


def test_log_format_json_switches_the_settings(monkeypatch):
    from runtime.logging import logging_config

    config = logging_config(log_format="json")
    assert config["formatters"]["line"]["()"] == "runtime.logging.JsonFormatter"
    assert (
        logging_config(log_format="")["formatters"]["line"]["()"] == "runtime.logging.LineFormatter"
    )


@pytest.mark.django_db
def test_requests_get_an_id_and_honour_nginxs(client):
    own = client.get("/healthz")["X-Request-ID"]
    assert len(own) == 32
    assert client.get("/healthz", HTTP_X_REQUEST_ID="nginx-0123456789")["X-Request-ID"] == (
        "nginx-0123456789"
    )
    # Anything that does not look like an id is replaced, not echoed into logs.
    forged = client.get("/healthz", HTTP_X_REQUEST_ID="x\u2028; rm -rf")["X-Request-ID"]
    assert forged != "x\u2028; rm -rf" and len(forged) == 32


@pytest.mark.django_db
@pytest.mark.urls("tests.ops_urls")
def test_a_500_is_one_line_with_the_request_id(client, caplog):
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.get("/bad-query/", HTTP_X_REQUEST_ID="req-5000000001")
    assert response.status_code == 500
    [record] = [r for r in caplog.records if r.name == "django.request"]
    RequestIdFilter().filter(record)
    line = LineFormatter().format(record)
    assert "\n" not in line and "[req-5000000001]" in line and "no such column" in line
