#!/usr/bin/env python3
"""`make lighthouse`: Lighthouse (mobile) on the home, list, article and role pages of the demo
site, served the production way (DEBUG off, gunicorn, WhiteNoise, collectstatic) on 127.0.0.1.

Usage: .venv/bin/python scripts/lighthouse.py [--runs 3] [--scheme light|dark|both]
                                             [--port N] [--page /path/ ...]

Lighthouse comes from the npm registry and is installed on first use into LIGHTHOUSE_DIR
(default ~/.cache/careercompare/lighthouse-<version>); it needs Node.js 18.16 or newer (Debian's
nodejs and npm are installed with apt-get when missing) and Chromium (CHROME_PATH, default
/usr/bin/chromium). Each page is measured --runs times in each colour scheme (Chromium told
to prefer dark for the second) and the median score per category is reported, with every audit
that cost a point; the last report of each page is kept in .bench/. The exit status is 1 when
accessibility, best practices or SEO is below 100 anywhere: those do not depend on the
machine. Performance on a loaded shared machine varies from run to run, so it is reported only.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import free_port, manage, wait_until_up

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
LIGHTHOUSE_VERSION = "12.8.2"  # the 13.x line needs Node 22; Debian 12 ships Node 18
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
ENFORCED = CATEGORIES[1:]


def lighthouse_binary():
    """The Lighthouse CLI, installed with npm into a cache folder the first time."""
    if not shutil.which("node") or not shutil.which("npm"):
        print("Installing Node.js and npm with apt-get…", flush=True)
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        apt = [*sudo, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get"]
        subprocess.run([*apt, "update", "-qq"], check=True)
        subprocess.run([*apt, "install", "-y", "-qq", "nodejs", "npm"], check=True)
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout
    if int(node.strip().lstrip("v").split(".")[0]) < 18:
        raise SystemExit(
            f"Lighthouse {LIGHTHOUSE_VERSION} needs Node.js 18.16 or newer, not {node}"
        )
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    prefix = Path(
        os.environ.get(
            "LIGHTHOUSE_DIR", cache / "careercompare" / f"lighthouse-{LIGHTHOUSE_VERSION}"
        )
    )
    binary = prefix / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        print(f"Installing lighthouse@{LIGHTHOUSE_VERSION} into {prefix}…", flush=True)
        subprocess.run(
            ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--silent",
             f"lighthouse@{LIGHTHOUSE_VERSION}"],
            check=True,
        )  # fmt: skip
    return binary


def demo_pages(env):
    """Home, list, one article and one role page of the demo content."""
    script = (
        "from comparisons.models import Comparison;"
        "article = Comparison.objects.published().order_by('pk').first();"
        "print(article.get_absolute_url(), article.role_a.get_absolute_url())"
    )
    out = subprocess.run(
        [PYTHON, "manage.py", "shell", "-c", script],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    ).stdout.split()  # fmt: skip
    return {"home": "/", "list": "/comparisons/", "article": out[-2], "role": out[-1]}


def audit(binary, url, report, chrome, scheme):
    """One Lighthouse run: {category: score 0-100} and the audits that scored below 1."""
    flags = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
    if scheme == "dark":
        flags += " --blink-settings=preferredColorScheme=0"  # prefers-color-scheme: dark
    command = [
        str(binary), url, "--quiet", "--output=json", f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}",
    ]  # fmt: skip
    # On a busy machine Chromium now and then loses the trace (NO_NAVSTART): try again.
    for _attempt in range(3):
        finished = subprocess.run(command, env={**os.environ, "CHROME_PATH": chrome})
        if finished.returncode == 0:
            break
    else:
        raise SystemExit(f"Lighthouse failed three times on {url}")
    data = json.loads(report.read_text())
    scores = {name: round(data["categories"][name]["score"] * 100) for name in CATEGORIES}
    lost = {}
    for name in CATEGORIES:
        for ref in data["categories"][name]["auditRefs"]:
            result = data["audits"][ref["id"]]
            if ref["weight"] and result["score"] is not None and result["score"] < 1:
                shown = result.get("displayValue", "")
                lost.setdefault(name, []).append(f"{ref['id']} {result['score']:.2f} {shown}")
    return scores, lost


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=0, help="default: any free port")
    parser.add_argument("--page", action="append", help="a path instead of the four defaults")
    parser.add_argument("--scheme", choices=["light", "dark", "both"], default="both")
    args = parser.parse_args()
    chrome = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
    if not Path(chrome).exists():
        raise SystemExit(f"Chromium not found at {chrome}: set CHROME_PATH")
    binary = lighthouse_binary()

    workdir = Path(tempfile.mkdtemp(prefix="careercompare-lighthouse-"))
    port = args.port or free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "lighthouse-only-secret-key-lighthouse-only-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": base,
        # Plain HTTP on loopback: no TLS to redirect to, so no Secure cookies or HSTS either.
        "SECURE_SSL_REDIRECT": "false",
        "SESSION_COOKIE_SECURE": "false",
        "CSRF_COOKIE_SECURE": "false",
        "RATINGS_COOKIE_SECURE": "false",
        "SECURE_HSTS_SECONDS": "0",
        "DATABASE_URL": f"sqlite:///{workdir / 'lighthouse.sqlite3'}",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "LOG_LEVEL": "WARNING",
    }
    print("Loading the demo content…", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo", "--allow-without-debug", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")
    pages = (
        {path: path for path in args.page} if args.page else demo_pages(env)
    )  # fmt: skip

    server = subprocess.Popen(
        # No control socket: the default path is one per user, shared with any other gunicorn.
        [
            PYTHON,
            "-m",
            "gunicorn",
            "config.wsgi",
            "--workers",
            "2",
            "--no-control-socket",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
    )
    schemes = ["light", "dark"] if args.scheme == "both" else [args.scheme]
    results = {}
    out = ROOT / ".bench"
    out.mkdir(exist_ok=True)
    try:
        wait_until_up(base)
        for scheme in schemes:
            for name, path in pages.items():
                label = f"{name} ({scheme})"
                slug = name.strip("/").replace("/", "-") or "home"
                report = out / f"lighthouse-{slug}-{scheme}.json"
                runs = [
                    audit(binary, base + path, report, chrome, scheme) for _ in range(args.runs)
                ]
                median = {c: statistics.median(r[0][c] for r in runs) for c in CATEGORIES}
                results[label] = {"path": path, "median": median, "runs": [r[0] for r in runs]}
                each = {c: "/".join(str(r[0][c]) for r in runs) for c in CATEGORIES}
                print(f"  {label}: " + "  ".join(f"{c} {each[c]}" for c in CATEGORIES))
                for number, (_scores, lost) in enumerate(runs, start=1):
                    for category, audits in lost.items():
                        print(f"      run {number}, {category}: " + "; ".join(audits))
                sys.stdout.flush()
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"\nLighthouse {LIGHTHOUSE_VERSION}, mobile, median of {args.runs} runs")
    print(f"{'page':16}" + "".join(f"{c:>16}" for c in CATEGORIES))
    for name, row in results.items():
        print(f"{name:16}" + "".join(f"{row['median'][c]:>16g}" for c in CATEGORIES))
    (out / "lighthouse.json").write_text(json.dumps(results, indent=2))
    short = [n for n, row in results.items() if any(row["median"][c] < 100 for c in ENFORCED)]
    if short:
        print(f"Below 100 in accessibility, best practices or SEO: {', '.join(short)}")
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
