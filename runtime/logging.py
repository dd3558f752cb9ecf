"""Log lines an operator can read and a machine can parse.

One event is one line: a traceback is folded into the line (` | ` between its lines) or, with
LOG_FORMAT=json, into the `exc` field. Times are UTC with their offset, whatever TIME_ZONE the
site uses for editors, so app, gunicorn and nginx lines sort together. Web lines carry the
request id (see runtime.request_id), which nginx also writes to its access log.
"""

import contextvars
import datetime
import json
import logging

# Set by runtime.request_id.RequestIdMiddleware for the duration of one request.
request_id_var = contextvars.ContextVar("request_id", default="-")


def utc_timestamp(created):
    moment = datetime.datetime.fromtimestamp(created, tz=datetime.UTC)
    return moment.isoformat(timespec="milliseconds")


def _fold(text):
    return " | ".join(line for line in text.splitlines() if line.strip())


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record ("-" outside a request)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class SkipHandledOutages(logging.Filter):
    """Drops django.request's "Service Unavailable" line for a 503 that runtime.outage answered
    and already logged as one warning (one event, one line)."""

    def filter(self, record):
        request = getattr(record, "request", None)
        return not (
            getattr(record, "status_code", None) == 503
            and getattr(request, "database_unavailable", False)
        )


class LineFormatter(logging.Formatter):
    """`2026-01-05T09:00:00.123+00:00 ERROR django.request [rid] message | Traceback ...`"""

    def format(self, record):
        message = record.getMessage()
        if record.exc_info:
            message = f"{message} | {self.formatException(record.exc_info)}"
        elif record.exc_text:
            message = f"{message} | {record.exc_text}"
        if record.stack_info:
            message = f"{message} | {record.stack_info}"
        request_id = getattr(record, "request_id", None) or request_id_var.get()
        return (
            f"{utc_timestamp(record.created)} {record.levelname} {record.name} "
            f"[{request_id}] {_fold(message)}"
        )


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request_id, pid, exc."""

    def format(self, record):
        payload = {
            "time": utc_timestamp(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
            "pid": record.process,
        }
        if record.exc_info:
            payload["exc"] = self.formatException(record.exc_info)
        if record.stack_info:
            payload["stack"] = record.stack_info
        return json.dumps(payload, ensure_ascii=False, default=str)


def formatter_class(log_format):
    return JsonFormatter if (log_format or "").strip().lower() == "json" else LineFormatter


def logging_config(*, log_format, level="INFO", extra_loggers=None):
    """The dictConfig used by Django settings and by deploy/gunicorn.conf.py alike."""
    formatter = formatter_class(log_format)
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": RequestIdFilter},
            "skip_handled_outages": {"()": SkipHandledOutages},
        },
        "formatters": {"line": {"()": f"{formatter.__module__}.{formatter.__qualname__}"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "line",
                "filters": ["request_id", "skip_handled_outages"],
                "stream": "ext://sys.stderr",
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            "django.db.backends": {"level": "WARNING"},
            **(extra_loggers or {}),
        },
    }
