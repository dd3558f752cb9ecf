#!/usr/bin/env python3
"""`make bench`: seed thousands of comparisons, serve them with gunicorn (2 sync workers, DEBUG
off) on 127.0.0.1 and load the pages with wrk, beside a floor view in the same run: a fixed
40 KiB page through the same middleware.

One run, side by side (docs/benchmarks.md):
1. uncached – the page cache off (PAGE_CACHE_SECONDS=0): floor, home, list, article;
2. cached – the page cache on, as shipped: floor, home, list, article; then the article through
   nginx with the shipped site file (deploy/nginx/careercompare.conf) and its micro-cache;
   When redis-server is installed, the cached floor and article again with the page cache in
   Redis (REDIS_URL), as several web processes share it in production;
3. memory – every article and list page in turn, then the cached article until the cached
   server has answered 100,000 requests (about 50,000 per worker); each worker's RSS.

Usage: .venv/bin/python scripts/bench.py [--comparisons 3000] [--duration 10] [--connections 8]
       [--port 0]  (with --port N, the run uses ports N to N+3)
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

import bench_nginx

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}
TARGETS = {"cached": 0.9, "nginx": 5.0, "uncached": 0.10, "rss_mb": 120}
MEMORY_REQUESTS = 100_000  # on the cached server, 2 workers: about 50,000 each


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args, capture=False):
    command = [PYTHON, "manage.py", *args]
    return subprocess.run(
        command, cwd=ROOT, env=env, check=True, capture_output=capture, text=True
    ).stdout


def wait_until_up(base, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{base} did not come up")


def page_bytes(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return len(response.read())


def start_redis(port):
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--loglevel", "warning"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("redis-server did not come up")


class Server:
    """gunicorn, 2 sync workers; counts the requests wrk sent it."""

    def __init__(self, env, port):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.requests = 0
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "config.wsgi", "--workers", "2", "--no-control-socket",
             "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        wait_until_up(self.base)

    def drain(self):
        """Let the workers finish what wrk left queued, so the next slice starts on idle workers."""
        time.sleep(0.3)
        for _ in range(2):
            urllib.request.urlopen(f"{self.base}/healthz", timeout=30).close()

    def workers(self):
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    stat = (entry / "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:
                    pids.append(int(entry.name))
        return pids

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def rss_mb(pid):
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024


def wrk(url, *, duration, connections, script=None, warm_up=0):
    """Requests per second, p50/p99 latency in ms and the number of requests, as wrk saw them."""
    extra = ["-s", str(script)] if script else []
    command = ["wrk", "-t2", f"-c{connections}", *extra]
    total = 0
    if warm_up:
        out = subprocess.run(
            [*command, f"-d{warm_up}s", url], check=True, capture_output=True, text=True
        ).stdout
        total += int(re.search(r"(\d+) requests in", out).group(1))
    out = subprocess.run(
        [*command, f"-d{duration}s", "--latency", url], check=True, capture_output=True, text=True
    ).stdout
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non_2xx:
        raise SystemExit(f"{url} answered {non_2xx.group(1)} errors:\n{out}")

    def latency(percent):
        value, unit = re.search(rf"\s{percent}%\s+([\d.]+)(us|ms|s)\b", out).groups()
        return float(value) * UNITS[unit]

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return {"rps": rps, "p50_ms": latency(50), "p99_ms": latency(99), "requests": total + requests}


SLICE_SECONDS = 2


def measure(server, pages, args, label):
    """Each page for `args.duration` seconds, interleaved in short slices (floor, home, list,
    article, floor, …): on a shared machine, every page then sees the same background load, so
    the ratios to the floor stay meaningful even when the absolute numbers wander."""
    slices = {name: [] for name in pages}
    for path in pages.values():  # warm-up
        warm = wrk(server.base + path, duration=1, connections=args.connections)
        server.requests += warm["requests"]
    for _ in range(max(1, args.duration // SLICE_SECONDS)):
        for name, path in pages.items():
            row = wrk(
                server.base + path,
                duration=SLICE_SECONDS,
                connections=args.connections,
                warm_up=0,
            )
            server.requests += row["requests"]
            slices[name].append(row)
            server.drain()
    rows = {}
    for name, runs in slices.items():
        p50s = sorted(run["p50_ms"] for run in runs)
        rows[name] = {
            "rps": sum(run["rps"] for run in runs) / len(runs),
            "p50_ms": p50s[len(p50s) // 2],
            "p99_ms": max(run["p99_ms"] for run in runs),
            "requests": sum(run["requests"] for run in runs),
            "slices_rps": [round(run["rps"]) for run in runs],
        }
        print(f"  {label:9} {name:8} {rows[name]['rps']:8.0f} req/s", flush=True)
    return rows


def every_page_script(workdir, paths):
    """A wrk script that asks for each path in turn (each wrk thread walks the list)."""
    script = workdir / "every-page.lua"
    listed = ",\n".join(json.dumps(path) for path in paths)
    script.write_text(
        f"local paths = {{\n{listed}\n}}\nlocal i = 0\n"
        "request = function()\n  i = i + 1\n"
        "  return wrk.format(nil, paths[(i % #paths) + 1])\nend\n"
    )
    return script


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--comparisons", type=int, default=3000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--memory-requests", type=int, default=MEMORY_REQUESTS)
    parser.add_argument("--port", type=int, default=0, help="first of three ports (0: any free)")
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: sudo apt-get install {tool}")
    ports = [args.port + n for n in range(4)] if args.port else [free_port() for _ in range(4)]

    workdir = Path(tempfile.mkdtemp(prefix="careercompare-bench-"))
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
    articles = json.loads(
        manage(env, "shell", "-c",
               "import json; from comparisons.models import Comparison;"
               "print(json.dumps([c.get_absolute_url() for c in "
               "Comparison.objects.published().select_related('live_revision').order_by('pk')]))",
               capture=True).splitlines()[-1]
    )  # fmt: skip
    # Two roles with no article between them: the generated compare page (not page-cached).
    compare = manage(env, "shell", "-c",
        "from careers.models import Role; from comparisons.pairs import Pair;"
        "from comparisons.models import Comparison;"
        "roles = list(Role.objects.public().order_by('-pk'));"
        "taken = {frozenset(p) for p in Comparison.objects.values_list('role_a', 'role_b')};"
        "print('/compare/' + next(Pair.of(a, b).slug for a in roles for b in roles "
        "if a.pk != b.pk and frozenset((a.pk, b.pk)) not in taken) + '/')",
        capture=True).splitlines()[-1]  # fmt: skip
    pages = {
        "floor": "/bench/floor/",
        "home": "/",
        "list": "/comparisons/?page=5",
        "article": articles[1500 % len(articles)],
        "compare": compare,
    }
    results = {}
    servers = []
    try:
        uncached = Server({**env, "PAGE_CACHE_SECONDS": "0"}, ports[0])
        servers.append(uncached)
        sizes = {name: page_bytes(uncached.base + path) for name, path in pages.items()}
        results["uncached"] = measure(uncached, pages, args, "uncached")
        uncached.stop()

        cached = Server(env, ports[1])
        servers.append(cached)
        results["cached"] = measure(cached, pages, args, "cached")
        nginx = bench_nginx.start(
            app_port=cached.port,
            port=ports[2],
            workdir=workdir,
            static_root=env["STATIC_ROOT"],
            media_root=env["MEDIA_ROOT"],
        )
        try:
            url = f"http://127.0.0.1:{ports[2]}{pages['article']}"
            results["nginx"] = {
                "article": wrk(url, duration=args.duration, connections=args.connections, warm_up=2)
            }
        finally:
            nginx.terminate()
            nginx.wait(timeout=20)
        print(f"  nginx     article  {results['nginx']['article']['rps']:8.0f} req/s", flush=True)

        if shutil.which("redis-server"):
            redis = start_redis(ports[3])
            try:
                shared = Server({**env, "REDIS_URL": f"redis://127.0.0.1:{ports[3]}/0"}, ports[0])
                servers.append(shared)
                results["redis"] = measure(
                    shared, {"floor": pages["floor"], "article": pages["article"]}, args, "redis"
                )
                shared.stop()
            finally:
                redis.terminate()
                redis.wait(timeout=20)

        # Memory: render and cache every page once (far more pages than the cache keeps), then
        # keep going on the article until the server has answered MEMORY_REQUESTS.
        lists = [f"/comparisons/?page={n}" for n in range(1, len(articles) // 12 + 2)]
        script = every_page_script(workdir, articles + lists)
        walk = wrk(
            cached.base + "/",
            duration=args.duration * 3,
            connections=args.connections,
            script=script,
        )
        cached.requests += walk["requests"]
        while cached.requests < args.memory_requests:
            seconds = max(5, min(60, (args.memory_requests - cached.requests) // 2000 + 1))
            row = wrk(cached.base + pages["article"], duration=seconds, connections=8, warm_up=0)
            cached.requests += row["requests"]
        rss = sorted(round(rss_mb(pid), 1) for pid in cached.workers())
        results["memory"] = {"requests": cached.requests, "worker_rss_mb": rss, "walk": walk}
        cached.stop()
    finally:
        for server in servers:
            if server.process.poll() is None:
                server.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    return report(results, sizes, database, args)


def report(results, sizes, database, args):
    floor_u = results["uncached"]["floor"]["rps"]
    floor_c = results["cached"]["floor"]["rps"]
    print(f"\n{database}, {args.comparisons} comparisons, gunicorn 2 sync workers, "
          f"wrk -t2 -c{args.connections} × {args.duration}s; ratios against the floor of the "
          "same server")  # fmt: skip
    print(f"{'page':10}{'KiB':>6}{'uncached':>10}{'p50 ms':>8}{'of floor':>9}"
          f"{'cached':>10}{'p50 ms':>8}{'of floor':>9}")  # fmt: skip
    for name in ("floor", "home", "list", "article"):
        u, c = results["uncached"][name], results["cached"][name]
        print(f"{name:10}{sizes[name] / 1024:6.1f}{u['rps']:10.0f}{u['p50_ms']:8.2f}"
              f"{u['rps'] / floor_u:9.0%}{c['rps']:10.0f}{c['p50_ms']:8.2f}"
              f"{c['rps'] / floor_c:9.0%}")  # fmt: skip
    via_nginx = results["nginx"]["article"]
    print(f"{'article through nginx micro-cache':44}{via_nginx['rps']:10.0f}"
          f"{via_nginx['p50_ms']:8.2f}{via_nginx['rps'] / floor_c:8.1f}×")  # fmt: skip
    if "redis" in results:
        redis = results["redis"]
        article, floor = redis["article"], redis["floor"]["rps"]
        print(f"{'article, page cache in Redis':34}{article['rps']:10.0f}{article['p50_ms']:8.2f}"
              f"{article['rps'] / floor:9.0%}  (floor in that run: {floor:.0f})")  # fmt: skip
    memory = results["memory"]
    print(f"\nAfter {memory['requests']:,} requests to the cached server (every one of "
          f"{memory['walk']['requests']:,} page visits walking all pages, then the article): "
          f"worker RSS {', '.join(f'{mb:.1f}' for mb in memory['worker_rss_mb'])} MB")  # fmt: skip

    cached_ratio = results["cached"]["article"]["rps"] / floor_c
    uncached_ratio = results["uncached"]["article"]["rps"] / floor_u
    checks = {
        f"cached article ≥ {TARGETS['cached']:.0%} of the floor": cached_ratio >= TARGETS["cached"],
        f"article through nginx ≥ {TARGETS['nginx']:.0f}× the floor": via_nginx["rps"] / floor_c
        >= TARGETS["nginx"],
        f"uncached article ≥ {TARGETS['uncached']:.0%} of the floor": uncached_ratio
        >= TARGETS["uncached"],
        f"each worker < {TARGETS['rss_mb']} MB RSS": max(memory["worker_rss_mb"])
        < TARGETS["rss_mb"],
    }
    print()
    for check, met in checks.items():
        print(f"{'met' if met else 'NOT MET':8} {check}")
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    results["sizes"] = sizes
    (out / f"pages-{database.lower()}.json").write_text(json.dumps(results, indent=2))
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
