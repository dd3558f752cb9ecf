"""The production layout of deploy/ on loopback, for the scale-out suite.

PostgreSQL, Redis, an SMTP sink, two gunicorn instances (deploy/gunicorn.conf.py) behind nginx
(deploy/nginx/careercompare.conf, rendered for local ports and paths), two newsletter workers,
one default worker and the scheduler, each a child process with its own log file. Every wait is
bounded; `stop()` ends everything that was started, by process id.
"""

import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def free_ports(count: int) -> list[int]:
    """`count` different free ports: all sockets stay open until every port is chosen, or the
    kernel may hand the same just-freed port out twice."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def pg_bin() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: run scripts/install-system-packages")
    return found[-1].parent


def _end_of_block(text: str, start: int) -> int:
    depth = 0
    for index in range(text.index("{", start), len(text)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return index + 1
    raise ValueError("unbalanced braces")


def render_nginx_site(
    source: str, *, listen: int, upstreams, static_root, media_root, cache_dir, log_dir
) -> str:
    """The shipped site file, served over plain HTTP on a loopback port (no TLS, no IPv6)."""
    first = source.index("server {")
    text = source[:first] + source[_end_of_block(source, first) :]  # drop the port-80 redirect
    replacements = [
        ("listen 443 ssl;", f"listen 127.0.0.1:{listen};"),
        ("/srv/careercompare/staticfiles/", f"{static_root}/"),
        ("/srv/careercompare/media/", f"{media_root}/"),
        ("/var/cache/nginx/careercompare", str(cache_dir)),
        ("/var/log/nginx/", f"{log_dir}/"),
    ]
    for old, new in replacements:
        if old not in text:
            raise ValueError(f"deploy/nginx/careercompare.conf no longer contains {old!r}")
        text = text.replace(old, new)
    servers = "\n".join(
        f"    server 127.0.0.1:{port} max_fails=3 fail_timeout=10s;" for port in upstreams
    )
    text, count = re.subn(r"^\s*server 127\.0\.0\.1:8001[^;]*;", servers, text, flags=re.M)
    if count != 1:
        raise ValueError("the upstream block of the nginx site file changed shape")
    return "\n".join(
        line
        for line in text.splitlines()
        if not re.search(r"\[::\]|http2 on|ssl_certificate", line)
    )


def nginx_main_conf(site: str, *, root: Path, logs: Path) -> str:
    """A whole nginx.conf around the site file, with every path under `root` (no root needed)."""
    temp = root / "nginx-temp"
    return (
        f"worker_processes 1;\ndaemon off;\npid {root}/nginx.pid;\n"
        f"error_log {logs}/nginx-error.log warn;\n"
        "events { worker_connections 1024; }\n"
        "http {\n  include /etc/nginx/mime.types;\n"
        + "".join(
            f"  {kind}_temp_path {temp}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + site
        + "\n}\n"
    )


def nginx_binary() -> str:
    return shutil.which("nginx") or "/usr/sbin/nginx"


class Layout:
    def __init__(self):
        base = os.environ.get("SCALEOUT_PORT_BASE")
        names = ["nginx", "web1", "web2", "postgres", "redis", "smtp"]
        self.ports = (
            {name: int(base) + i for i, name in enumerate(names)}
            if base
            else dict(zip(names, free_ports(len(names)), strict=True))
        )
        self.root = Path(tempfile.mkdtemp(prefix="careercompare-scaleout-"))
        os.chmod(self.root, 0o755)  # nginx's workers (nobody, when run as root) read static/
        self.pgdata = Path(tempfile.mkdtemp(prefix="careercompare-scaleout-pg-"))
        self.logs = self.root / "logs"
        self.logs.mkdir()
        (self.root / "run").mkdir()
        self.sink = self.root / "smtp.tsv"
        self.sink.touch()
        self.procs: dict[str, subprocess.Popen] = {}
        self.as_postgres = []
        if os.geteuid() == 0:
            shutil.chown(self.pgdata, "postgres", "postgres")
            self.as_postgres = ["runuser", "-u", "postgres", "--"]
        self.pg_started = False
        self.url = f"http://127.0.0.1:{self.ports['nginx']}"
        self.env = self._env()

    def _env(self) -> dict:
        keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL")}
        nginx = self.url
        return {
            **keep,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "PYTHONUNBUFFERED": "1",
            "TZ": "UTC",
            "SECRET_KEY": "scaleout-secret-key-" + "x" * 40,
            "DEBUG": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": nginx,
            "CSRF_TRUSTED_ORIGINS": nginx,
            "SECURE_SSL_REDIRECT": "false",
            "SESSION_COOKIE_SECURE": "false",
            "CSRF_COOKIE_SECURE": "false",
            "RATINGS_COOKIE_SECURE": "false",
            "SECURE_HSTS_SECONDS": "0",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:{self.ports['postgres']}/careercompare",
            "REDIS_URL": f"redis://127.0.0.1:{self.ports['redis']}/0",
            "EMAIL_URL": f"smtp://127.0.0.1:{self.ports['smtp']}",
            "TRUSTED_PROXY_COUNT": "1",
            "STATIC_ROOT": str(self.root / "static"),
            "MEDIA_ROOT": str(self.root / "media"),
            "SERVE_MEDIA": "false",
            "NEWSLETTER_BATCH_SIZE": "50",
            "NEWSLETTER_SIGNUPS_PER_IP_PER_HOUR": "1000",
            "RATINGS_PER_IP_PER_DAY": "70",
            # Short leases so the suite sees a takeover in seconds (production: 30 s).
            "NEWSLETTER_CLAIM_LEASE_SECONDS": "6",
            "TASK_WORKER_LEASE_SECONDS": "6",
            "LOG_LEVEL": "INFO",
        }

    # --- processes -------------------------------------------------------------------------
    def spawn(self, name, args, *, env=None, cwd=PROJECT):
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 (the child keeps it)
        self.procs[name] = subprocess.Popen(
            args,
            cwd=cwd,
            env=env or self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        return self.procs[name]

    def run(self, args, *, timeout=120, env=None):
        return subprocess.run(
            args,
            cwd=PROJECT,
            env=env or self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )

    def manage(self, *args, timeout=120):
        return self.run([PYTHON, "manage.py", *args], timeout=timeout)

    def action(self, name, **kwargs):
        done = self.run([PYTHON, "-m", "tests.scaleout.actions", name, json.dumps(kwargs)])
        return json.loads(done.stdout.strip().splitlines()[-1])

    def log(self, name) -> str:
        path = self.logs / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def alive(self, name) -> bool:
        proc = self.procs.get(name)
        return proc is not None and proc.poll() is None

    def kill(self, name, sig=signal.SIGKILL):
        proc = self.procs[name]
        proc.send_signal(sig)
        proc.wait(timeout=30)

    # --- services ----------------------------------------------------------------------------
    def pg_ctl(self, *args, timeout=60):
        subprocess.run(
            [*self.as_postgres, str(pg_bin() / "pg_ctl"), "-D", str(self.pgdata), *args],
            check=True,
            timeout=timeout,
            capture_output=True,
        )

    def start_postgres(self):
        if not self.pg_started:
            subprocess.run(
                [
                    *self.as_postgres,
                    str(pg_bin() / "initdb"),
                    "-D",
                    str(self.pgdata),
                    "-U",
                    "postgres",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--no-sync",
                ],
                check=True,
                timeout=120,
                capture_output=True,
            )
            self.pg_started = True
        options = (
            f"-p {self.ports['postgres']} -k {self.pgdata} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self.pg_ctl("-l", str(self.pgdata / "server.log"), "-w", "-t", "60", "-o", options, "start")

    def stop_postgres(self, mode="fast"):
        self.pg_ctl("-m", mode, "-w", "-t", "60", "stop")

    def start_redis(self):
        self.spawn(
            "redis",
            [
                "redis-server",
                "--port",
                str(self.ports["redis"]),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            cwd=self.root,
        )
        self.wait_port(self.ports["redis"])

    def stop_redis(self):
        self.kill("redis", signal.SIGTERM)

    def start_smtp(self):
        self.spawn(
            "smtp",
            [PYTHON, "-m", "tests.scaleout.smtp_sink", str(self.ports["smtp"]), str(self.sink)],
        )
        self.wait_port(self.ports["smtp"])

    def start_web(self, n):
        port = self.ports[f"web{n}"]
        env = {
            **self.env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": "2",
            "GUNICORN_NAME": f"careercompare-web-{n}",
            "GUNICORN_CONTROL_SOCKET": str(self.root / "run" / f"web{n}.ctl"),
            # The second instance logs JSON, so both formats run under load.
            "LOG_FORMAT": "json" if n == 2 else "line",
        }
        self.spawn(
            f"web{n}",
            [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "config.wsgi"],
            env=env,
        )

    def start_worker(self, name, queue):
        self.spawn(
            name,
            [
                PYTHON,
                "manage.py",
                "run_worker",
                "--queue-name",
                queue,
                "--worker-id",
                name,
                "--interval",
                "0.2",
                "--heartbeat",
                "5",
            ],
        )

    def start_scheduler(self):
        self.spawn(
            "scheduler",
            [PYTHON, "manage.py", "run_scheduler", "--interval", "1", "--heartbeat", "5"],
        )

    def start_nginx(self):
        site = render_nginx_site(
            (PROJECT / "deploy/nginx/careercompare.conf").read_text(),
            listen=self.ports["nginx"],
            upstreams=[self.ports["web1"], self.ports["web2"]],
            static_root=self.root / "static",
            media_root=self.root / "media",
            cache_dir=self.root / "nginx-cache",
            log_dir=self.logs,
        )
        (self.root / "nginx-temp").mkdir()
        conf = self.root / "nginx.conf"
        conf.write_text(nginx_main_conf(site, root=self.root, logs=self.logs))
        nginx = nginx_binary()
        self.run(
            [
                nginx,
                "-t",
                "-q",
                "-e",
                str(self.logs / "nginx-error.log"),
                "-p",
                str(self.root),
                "-c",
                str(conf),
            ]
        )
        self.spawn(
            "nginx",
            [
                nginx,
                "-e",
                str(self.logs / "nginx-error.log"),
                "-p",
                str(self.root),
                "-c",
                str(conf),
            ],
        )
        self.wait_port(self.ports["nginx"])

    # --- waiting -----------------------------------------------------------------------------
    def wait_port(self, port, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise TimeoutError(f"nothing listens on port {port} after {timeout} s")

    def wait_until(self, what, check, timeout, every=0.2):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = check()
            if value:
                return value
            time.sleep(every)
        raise TimeoutError(f"{what}: not within {timeout} s")

    def start(self):
        self.start_postgres()
        self.run(
            [
                str(pg_bin() / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.ports["postgres"]),
                "-U",
                "postgres",
                "careercompare",
            ]
        )
        self.start_redis()
        self.start_smtp()
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("collectstatic", "--noinput", "-v", "0")
        self.start_web(1)
        self.start_web(2)
        self.start_worker("newsletter-1", "newsletter")
        self.start_worker("newsletter-2", "newsletter")
        self.start_worker("default-1", "default")
        self.start_scheduler()
        self.start_nginx()
        for n in (1, 2):
            self.wait_port(self.ports[f"web{n}"])

    def stop(self):
        for name in reversed(list(self.procs)):
            proc = self.procs[name]
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 20
        for proc in self.procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        if self.pg_started:
            with contextlib.suppress(subprocess.SubprocessError, OSError):
                self.stop_postgres(mode="immediate")
        if not os.environ.get("SCALEOUT_KEEP"):
            shutil.rmtree(self.root, ignore_errors=True)
        shutil.rmtree(self.pgdata, ignore_errors=True)


# --- HTTP --------------------------------------------------------------------------------------
class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", errors="replace")

    def json(self):
        return json.loads(self.body)


def fetch(url, *, method="GET", data=None, headers=None, opener=None, timeout=15) -> Response:
    body = None
    if data is not None:
        body = urllib.parse.urlencode(data).encode()
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    if body is not None:
        request.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=timeout) as answer:
            return Response(answer.status, answer.headers, answer.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())
