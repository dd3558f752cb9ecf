#!/usr/bin/env python3
"""`make bench`, after scripts/bench.py: how fast search answers with 10,000 published comparisons.

Seeds a throwaway database with `manage.py bench_seed --comparisons N` (which also builds the
search index), then times realistic queries in-process, DEBUG off: the search itself
(`discovery.services.search`) and the whole /search/ page through Django's test client (view,
queries and template; no HTTP server). Each query runs `--rounds` times after a warm-up; the
report gives the median and 95th percentile per query and over all queries.

SQLite always (a temporary file). PostgreSQL as well when DATABASE_URL points at a PostgreSQL
server, e.g. `scripts/with-postgres .venv/bin/python scripts/bench_search.py`: the benchmark
creates its own database on that server and drops it afterwards.

Usage: .venv/bin/python scripts/bench_search.py [--comparisons 10000] [--rounds 20]
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
from urllib.parse import urlsplit, urlunsplit

from bench_common import percentile, seeded_django

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 50
QUERIES = [
    "practice manager",
    "dental assistant",
    "data analyst vs software analyst",
    "manager",
    "managers salary",
    "billing",
    "insurance claims",
    "patient scheduling",
    "hotel supervisor",
    "budget forecasts",
    "onboarding new staff",
    "warehouse logistics",
    "pharmacy technician training",
    "payroll coordinator",
    "retail",
    "practise manger",  # a typo: nothing found, so suggestions and popular articles
]


def measure(comparisons, rounds):
    """Runs inside a child process whose environment selects the database."""
    seeded_django(comparisons)
    from django.test import Client

    from discovery import services

    client = Client()

    def timed(run):
        started = time.perf_counter()
        run()
        return (time.perf_counter() - started) * 1000

    def page(query):
        response = client.get("/search/", {"q": query})
        assert response.status_code == 200, response.status_code

    results = {}
    for query in QUERIES:
        page(query)  # warm-up
        results[query] = {
            "found": services.search(query).total,
            "search_ms": [timed(lambda q=query: services.search(q)) for _ in range(rounds)],
            "page_ms": [timed(lambda q=query: page(q)) for _ in range(rounds)],
        }
    print(json.dumps(results))


def run_child(database_url, workdir, args):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(Path(workdir) / "static"),
        "MEDIA_ROOT": str(Path(workdir) / "media"),
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, __file__, "--measure", *_passed(args)]
    out = subprocess.run(command, env=env, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _passed(args):
    return ["--comparisons", str(args.comparisons), "--rounds", str(args.rounds)]


def postgres_database(server_url):
    """Create an empty database on the server of `server_url`; return its URL and a dropper."""
    import psycopg

    parts = urlsplit(server_url)
    name = f"careercompare_bench_search_{os.getpid()}"
    admin_url = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(parts._replace(path=f"/{name}")), drop


def report(database, comparisons, rounds, results):
    print(f"\n{database}, {comparisons} published comparisons, {rounds} rounds per query")
    print(f"{'query':34}{'found':>7}{'search p50':>12}{'p95':>8}{'page p50':>10}{'p95':>8}")
    for query, row in results.items():
        search, page = row["search_ms"], row["page_ms"]
        print(
            f"{query:34}{row['found']:7}{statistics.median(search):12.1f}"
            f"{percentile(search, 0.95):8.1f}{statistics.median(page):10.1f}"
            f"{percentile(page, 0.95):8.1f}"
        )
    every_search = [ms for row in results.values() for ms in row["search_ms"]]
    every_page = [ms for row in results.values() for ms in row["page_ms"]]
    summary = {
        "search_p50_ms": statistics.median(every_search),
        "search_p95_ms": percentile(every_search, 0.95),
        "page_p50_ms": statistics.median(every_page),
        "page_p95_ms": percentile(every_page, 0.95),
    }
    print(
        f"{'all queries':34}{'':7}{summary['search_p50_ms']:12.1f}{summary['search_p95_ms']:8.1f}"
        f"{summary['page_p50_ms']:10.1f}{summary['page_p95_ms']:8.1f}"
    )
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    (out / f"search-{database.lower()}.json").write_text(
        json.dumps({"summary": summary, "queries": results}, indent=2)
    )
    return summary


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--comparisons", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.comparisons, args.rounds)
        return 0

    databases = []
    with tempfile.TemporaryDirectory(prefix="careercompare-bench-search-") as workdir:
        databases.append(("SQLite", f"sqlite:///{Path(workdir) / 'bench.sqlite3'}", None))
        server_url = os.environ.get("DATABASE_URL", "")
        if server_url.startswith("postgres"):
            databases.append(("PostgreSQL", *postgres_database(server_url)))
        verdicts = []
        for database, url, drop in databases:
            print(f"Seeding {args.comparisons} comparisons into {database} and searching…")
            try:
                results = run_child(url, workdir, args)
                summary = report(database, args.comparisons, args.rounds, results)
            finally:
                if drop:
                    drop()
            verdicts.append(summary["page_p50_ms"] < TARGET_MS)
    print(f"\nMedian search page under {TARGET_MS} ms: {'yes' if all(verdicts) else 'NO'}")
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
