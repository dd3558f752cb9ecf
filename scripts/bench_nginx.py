"""nginx for `make bench`: the shipped site file (deploy/nginx/careercompare.conf) on loopback.

The site file is used as shipped – buffering, access log, micro-cache – with only what ties it
to a real host changed: ports, paths, and TLS (the benchmark speaks plain HTTP). Every change
must find its line, so a reshaped site file stops the benchmark instead of measuring something
else.
"""

import os
import re
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SITE_FILE = ROOT / "deploy" / "nginx" / "careercompare.conf"


def _replace(text, pattern, replacement, *, flags=0):
    changed, count = re.subn(pattern, replacement, text, flags=flags)
    if not count:
        raise SystemExit(f"{SITE_FILE}: no line matches {pattern!r}; update scripts/bench_nginx.py")
    return changed


def site_config(*, app_port, port, workdir, static_root, media_root):
    text = SITE_FILE.read_text()
    text = _replace(text, r"server 127\.0\.0\.1:\d+", f"server 127.0.0.1:{app_port}")
    text = _replace(text, r"/var/cache/nginx/careercompare", str(workdir / "nginx-cache"))
    text = _replace(text, r"/var/log/nginx/", f"{workdir}/")
    text = _replace(text, r"/srv/careercompare/staticfiles/", f"{static_root}/")
    text = _replace(text, r"/srv/careercompare/media/", f"{media_root}/")
    # The plain-HTTP server only redirects to https: not needed on loopback.
    text = _replace(text, r"\nserver \{\n    listen 80;.*?\n\}\n", "\n", flags=re.S)
    text = _replace(text, r"listen 443 ssl;", f"listen 127.0.0.1:{port};")
    text = _replace(text, r"\n\s*listen \[::\]:443 ssl;", "")
    text = _replace(text, r"\n\s*ssl_certificate(_key)? [^\n]*;", "")
    # `http2 on` needs TLS here and nginx 1.25; Debian 12 ships 1.22.
    return re.sub(r"\n\s*http2 on;", "", text)


def start(*, app_port, port, workdir, static_root, media_root):
    """nginx in the foreground with the site file; returns the process."""
    if not shutil.which("nginx"):
        raise SystemExit("nginx is missing: sudo apt-get install nginx")
    (workdir / "nginx-cache").mkdir(exist_ok=True)
    site = site_config(
        app_port=app_port,
        port=port,
        workdir=workdir,
        static_root=static_root,
        media_root=media_root,
    )
    temp = {
        name: workdir / f"nginx-{name}"
        for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    }
    for path in temp.values():
        path.mkdir(exist_ok=True)
    conf = workdir / "nginx.conf"
    conf.write_text(
        # Workers run as the benchmark's user (as root, nginx would switch to nobody, who cannot
        # write the cache in our private temporary folder).
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"worker_processes auto;\ndaemon off;\npid {workdir}/nginx.pid;\n"
        + f"error_log {workdir}/nginx-error.log warn;\n"
        + "events { worker_connections 1024; }\n"
        + "http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n"
        + "".join(f"  {name}_temp_path {path};\n" for name, path in temp.items())
        + site
        + "\n}\n"
    )
    subprocess.run(["nginx", "-t", "-q", "-c", str(conf)], check=True)
    process = subprocess.Popen(["nginx", "-c", str(conf)])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"nginx did not come up; see {workdir}/nginx-error.log")
