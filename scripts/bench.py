#!/usr/bin/env python3
"""`make bench`: seed thousands of comparisons, serve them with gunicorn (2 workers, DEBUG off)
on 127.0.0.1 and load the pages with wrk, beside a trivial framework-floor view in the same run.

Usage: .venv/bin/python scripts/bench.py [--comparisons 3000] [--duration 10] [--connections 8]
                                        [--port N]
With DATABASE_URL set (PostgreSQL), the benchmark uses that database (it must be empty);
otherwise a throwaway SQLite file.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def wait_until_up(base, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not come up")


def wrk(url, *, duration, connections):
    """Requests per second and p50/p99 latency in milliseconds, as wrk measured them."""
    subprocess.run(
        ["wrk", "-t2", f"-c{connections}", "-d2s", url], check=True, capture_output=True
    )  # warm-up
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx:
        raise SystemExit(f"{url} answered {non_2xx.group(1)} errors:\n{out}")

    def latency(percent):
        value, unit = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)\b", out).groups()
        return float(value) * UNITS[unit]

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return {"rps": rps, "p50_ms": latency(50), "p99_ms": latency(99)}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--comparisons", type=int, default=3000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--port", type=int, default=0, help="default: any free port")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: sudo apt-get install wrk")

    workdir = Path(tempfile.mkdtemp(prefix="careercompare-bench-"))
    port = args.port or free_port()
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-bench-only-secret-key",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_HSTS_SECONDS": "0",
        "BENCHMARK_FLOOR_VIEW": "true",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "LOG_LEVEL": "WARNING",
    }
    env.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")
    database = "PostgreSQL" if env["DATABASE_URL"].startswith("postgres") else "SQLite"
    print(f"Seeding {args.comparisons} comparisons into {database}…", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "bench_seed", "--comparisons", str(args.comparisons))
    manage(env, "collectstatic", "--noinput", "-v0")

    server = subprocess.Popen(
        [PYTHON, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base)
        article = subprocess.run(
            [PYTHON, "manage.py", "shell", "-c",
             "from comparisons.models import Comparison;"
             "print(Comparison.objects.published().order_by('pk')[1500 % "
             "Comparison.objects.count()].get_absolute_url())"],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1]  # fmt: skip
        # Two roles with no article between them: the generated compare page.
        compare = subprocess.run(
            [PYTHON, "manage.py", "shell", "-c",
             "from careers.models import Role; from comparisons.pairs import Pair;"
             "from comparisons.models import Comparison;"
             "roles = list(Role.objects.order_by('-pk'));"
             "taken = {frozenset(p) for p in Comparison.objects.values_list('role_a', 'role_b')};"
             "print('/compare/' + next(Pair.of(a, b).slug for a in roles for b in roles "
             "if a.pk != b.pk and frozenset((a.pk, b.pk)) not in taken) + '/')"],
            cwd=ROOT, env=env, check=True, capture_output=True, text=True,
        ).stdout.strip().splitlines()[-1]  # fmt: skip
        pages = {
            "floor": "/bench/floor/",
            "home": "/",
            "list": "/comparisons/?page=5",
            "article": article,
            "compare": compare,
        }
        results = {}
        for name, path in pages.items():
            results[name] = wrk(base + path, duration=args.duration, connections=args.connections)
            print(f"  {name:8} {results[name]['rps']:8.0f} req/s", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)

    floor = results["floor"]["rps"]
    print(f"\n{database}, {args.comparisons} comparisons, gunicorn 2 workers, "
          f"wrk {args.connections} connections × {args.duration}s")  # fmt: skip
    print(f"{'page':10}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'of floor':>10}")
    for name, row in results.items():
        ratio = row["rps"] / floor
        print(f"{name:10}{row['rps']:10.0f}{row['p50_ms']:10.2f}{row['p99_ms']:10.2f}{ratio:10.0%}")
    verdict = results["article"]["rps"] / floor >= 0.10
    print(f"\nArticle page at ≥10 % of the floor: {'yes' if verdict else 'NO'}")
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    (out / f"pages-{database.lower()}.json").write_text(json.dumps(results, indent=2))
    return 0 if verdict else 1


if __name__ == "__main__":
    sys.exit(main())
