"""gunicorn settings for Career Compare: `gunicorn -c deploy/gunicorn.conf.py config.wsgi`.

Run from the checkout (the working directory must be the project root). Everything an instance
needs to differ by comes from the environment, so several instances run side by side:

- GUNICORN_BIND: where to listen. Loopback (or a unix socket, `unix:/run/careercompare/web.sock`)
  only: nginx is the one door in, so X-Forwarded-For can be trusted (TRUSTED_PROXY_COUNT=1) and
  slow clients are nginx's problem, never a sync worker's. Default 127.0.0.1:8001.
- GUNICORN_CONTROL_SOCKET: gunicorn 25+ opens a control socket, by default
  ~/.gunicorn/gunicorn.ctl — one path shared by every instance of the same user, so a second
  instance silently takes over the first one's. Each instance gets its own path here.
- GUNICORN_WORKERS (default 2 × CPUs + 1), LOG_FORMAT=json, LOG_LEVEL.
"""

import multiprocessing
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from runtime.logging import logging_config  # noqa: E402

bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")]
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
proc_name = os.environ.get("GUNICORN_NAME", "careercompare-web")

_run_dir = os.environ.get("RUNTIME_DIRECTORY", "/run/careercompare")
control_socket = os.environ.get(
    "GUNICORN_CONTROL_SOCKET", os.path.join(_run_dir, f"{proc_name}.ctl")
)
control_socket_mode = 0o600

# A request that takes longer than this is killed (nginx waits 35 s). On SIGTERM workers get
# graceful_timeout to finish what they are serving; systemd's TimeoutStopSec is longer still.
timeout = 30
graceful_timeout = 20
# Recycle workers now and then so that no slow leak grows without bound.
max_requests = 5000
max_requests_jitter = 500
# Worker heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Only nginx on this host may set X-Forwarded-Proto for gunicorn (Django reads it through
# SECURE_PROXY_SSL_HEADER; gunicorn uses it for wsgi.url_scheme).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Refuse absurd request heads early (nginx has already read and buffered them).
limit_request_line = 8190
limit_request_fields = 100

# Access log: one line per request on stderr, same layout (and JSON switch) as the app's lines.
accesslog = "-"
# The request id the app answered with: nginx's, or one the app made for a direct request.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms rid=%({x-request-id}o)s "%(a)s"'
logconfig_dict = logging_config(
    log_format=os.environ.get("LOG_FORMAT", "line"),
    level=os.environ.get("LOG_LEVEL", "INFO"),
    extra_loggers={
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
)
