#!/usr/bin/env python3
"""The generated compare page next to the article page: queries and time per request.

Seeds a throwaway SQLite database with `manage.py bench_seed --comparisons N`, then loads, in
process and with DEBUG off, through Django's test client (view, queries, template; no HTTP
server): a published article, and the compare page of two roles that have no article, for a new
reader and for a reader who asked for the article. Counts the queries of the first request
(nothing cached) and of the next ones, and times `--rounds` requests after a warm-up.
No timed assertions: this prints numbers for docs/benchmarks.md.

Usage: .venv/bin/python scripts/measure_compare.py [--comparisons 3000] [--rounds 200]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import percentile, seeded_django

ROOT = Path(__file__).resolve().parent.parent


def measure(comparisons, rounds):
    """Runs inside a child process whose environment selects the database."""
    seeded_django(comparisons)
    from django.core.cache import cache
    from django.db import connection
    from django.db.models import Q
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from careers.models import Role
    from comparisons.models import Comparison
    from comparisons.pairs import Pair

    article = Comparison.objects.published().order_by("pk")[comparisons // 2].get_absolute_url()
    roles = list(Role.objects.order_by("pk"))
    pair = next(
        Pair.of(a, b)
        for a in reversed(roles)
        for b in roles
        if a.pk != b.pk
        and not Comparison.objects.filter(Q(role_a=a, role_b=b) | Q(role_a=b, role_b=a)).exists()
    )
    compare = f"/compare/{pair.slug}/"
    asked = Client()
    assert asked.post(compare + "ask/", {"email": "reader@example.com"}).status_code == 303

    def queries(client, url):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return len(captured)

    def timed(client, url):
        started = time.perf_counter()
        client.get(url)
        return (time.perf_counter() - started) * 1000

    results = {}
    for name, client, url in [
        ("article", Client(), article),
        ("compare (new reader)", Client(), compare),
        ("compare (reader who asked)", asked, compare),
    ]:
        cache.clear()
        cold = queries(client, url)
        warm = queries(client, url)
        for _ in range(20):
            client.get(url)
        times = [timed(client, url) for _ in range(rounds)]
        results[name] = {
            "url": url,
            "queries_cold": cold,
            "queries_warm": warm,
            "p50_ms": statistics.median(times),
            "p95_ms": percentile(times, 0.95),
        }
    print(json.dumps(results))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--comparisons", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.comparisons, args.rounds)
        return 0
    with tempfile.TemporaryDirectory(prefix="careercompare-measure-compare-") as workdir:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{Path(workdir) / 'bench.sqlite3'}",
            "STATIC_ROOT": str(Path(workdir) / "static"),
            "MEDIA_ROOT": str(Path(workdir) / "media"),
            "DEBUG": "false",
            "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
            "ALLOWED_HOSTS": "testserver",
            "SECURE_SSL_REDIRECT": "false",
            "RATINGS_COOKIE_SECURE": "false",
            "LOG_LEVEL": "WARNING",
        }
        command = [
            sys.executable, __file__, "--measure",
            "--comparisons", str(args.comparisons), "--rounds", str(args.rounds),
        ]  # fmt: skip
        out = subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE)
        results = json.loads(out.stdout.decode().strip().splitlines()[-1])
    print(f"\nSQLite, {args.comparisons} comparisons, {args.rounds} requests each, in process")
    print(f"{'page':28}{'queries cold':>14}{'warm':>6}{'p50 ms':>9}{'p95 ms':>9}")
    for name, row in results.items():
        print(
            f"{name:28}{row['queries_cold']:14}{row['queries_warm']:6}"
            f"{row['p50_ms']:9.2f}{row['p95_ms']:9.2f}"
        )
    out_dir = ROOT / ".bench"
    out_dir.mkdir(exist_ok=True)
    (out_dir / "compare-sqlite.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
