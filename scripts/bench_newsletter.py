#!/usr/bin/env python3
"""`make bench`, part two: send one issue to 10,000 subscribers through a local SMTP server.

Seeds a throwaway SQLite database (or the one in DATABASE_URL, whose newsletter tables must be
empty), starts an aiosmtpd server on
127.0.0.1 in this process, then times what production does: `send_due_issues` opens the send
ledger and queues the send, and a `db_worker` for the "newsletter" queue sends every message
over Django's SMTP backend (one connection per batch). Checks that the server received exactly
one message per subscriber.

Usage: .venv/bin/python scripts/bench_newsletter.py [--subscribers 10000] [--batch-size 100]
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


class CountingInbox:
    """Counts what the server accepted; keeps recipients, not bodies, to stay small."""

    def __init__(self):
        self.lock = threading.Lock()
        self.recipients = []
        self.connections = set()
        self.first = self.last = None

    async def handle_DATA(self, server, session, envelope):
        now = time.monotonic()
        with self.lock:
            self.first = self.first or now
            self.last = now
            self.recipients.extend(envelope.rcpt_tos)
            self.connections.add(session.peer)
        return "250 OK"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def has_comparisons(env):
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c",
         "from comparisons.models import Comparison; print(Comparison.objects.exists())"],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return out.strip().splitlines()[-1] == "True"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--batch-size", type=int, default=100)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="careercompare-bench-newsletter-"))
    inbox = CountingInbox()
    smtp = Controller(inbox, hostname="127.0.0.1", port=free_port())
    smtp.start()
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}",
        "NEWSLETTER_BATCH_SIZE": str(args.batch_size),
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "LOG_LEVEL": "WARNING",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    try:
        print(f"Seeding {args.subscribers:,} subscribers into {database}…", flush=True)
        manage(env, "migrate", "--noinput", "-v0")
        if not has_comparisons(env):  # picks for the issue; after bench.py there are plenty
            manage(env, "bench_seed", "--comparisons", "3")
        manage(env, "newsletter_bench_seed", "--subscribers", str(args.subscribers))

        started = time.monotonic()
        manage(env, "send_due_issues")
        queued = time.monotonic()
        manage(
            env, "db_worker", "--queue-name", "newsletter", "--batch", "--no-startup-delay",
            "--interval", "0.1", "--no-reload", "-v0",
        )  # fmt: skip
        finished = time.monotonic()
    finally:
        smtp.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    received = len(inbox.recipients)
    distinct = len(set(inbox.recipients))
    total = finished - started
    sending = (inbox.last - inbox.first) if received > 1 else 0.0
    results = {
        "database": database,
        "subscribers": args.subscribers,
        "batch_size": args.batch_size,
        "received": received,
        "distinct_recipients": distinct,
        "smtp_connections": len(inbox.connections),
        "seconds_total": round(total, 2),
        "seconds_queueing": round(queued - started, 2),
        "seconds_sending": round(sending, 2),
        "emails_per_second": round(received / total, 1),
        "emails_per_second_sending": round(received / sending, 1) if sending else None,
    }
    print(
        f"\n{database}: {received:,} e-mails to {distinct:,} subscribers over "
        f"{len(inbox.connections)} SMTP connections (batches of {args.batch_size})"
    )
    print(f"  total {total:.1f} s  ({results['emails_per_second']:.0f} e-mails/s)")
    print(f"    send_due_issues (ledger, queue) {queued - started:.1f} s")
    print(f"    worker: first to last message   {sending:.1f} s  "
          f"({results['emails_per_second_sending'] or 0:.0f} e-mails/s)")  # fmt: skip
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    (out / f"newsletter-{database.lower()}.json").write_text(json.dumps(results, indent=2))
    exactly_once = received == distinct == args.subscribers
    print(f"\nExactly one e-mail per subscriber: {'yes' if exactly_once else 'NO'}")
    return 0 if exactly_once else 1


if __name__ == "__main__":
    sys.exit(main())
