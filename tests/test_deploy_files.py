"""The production layout's files (deploy/) say what the README promises, and nginx accepts them."""

import configparser
import re
import runpy
import subprocess
from pathlib import Path

import pytest
from django.core.management import get_commands

from tests.scaleout.layout import nginx_binary, nginx_main_conf, render_nginx_site

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"
NGINX_SITE = (DEPLOY / "nginx/careercompare.conf").read_text()


def gunicorn_settings(monkeypatch, **env):
    for key in ("GUNICORN_BIND", "GUNICORN_CONTROL_SOCKET", "GUNICORN_NAME", "RUNTIME_DIRECTORY"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))


def test_gunicorn_listens_on_loopback_with_its_own_control_socket(monkeypatch):
    conf = gunicorn_settings(monkeypatch)
    assert conf["bind"] == ["127.0.0.1:8001"]
    assert conf["control_socket"] == "/run/careercompare/careercompare-web.ctl"
    assert conf["accesslog"] == "-" and "rid=" in conf["access_log_format"]
    assert conf["graceful_timeout"] < conf["timeout"]
    second = gunicorn_settings(
        monkeypatch, GUNICORN_NAME="careercompare-web-8002", RUNTIME_DIRECTORY="/run/x"
    )
    assert second["control_socket"] == "/run/x/careercompare-web-8002.ctl"
    assert ".gunicorn" not in second["control_socket"]


@pytest.mark.parametrize(
    "directive",
    [
        "proxy_set_header Host              $http_host;",
        "proxy_set_header X-Forwarded-For   $remote_addr;",
        "proxy_set_header X-Forwarded-Proto $scheme;",
        "proxy_request_buffering on;",
        "proxy_buffering on;",
        "server_tokens off;",
        "client_header_timeout 10s;",
        "proxy_cache_bypass $careercompare_skip_cache;",
        "proxy_no_cache     $careercompare_skip_cache;",
        "alias /srv/careercompare/staticfiles/;",
        "alias /srv/careercompare/media/;",
    ],
)
def test_the_nginx_site_has(directive):
    assert directive in NGINX_SITE


def test_the_nginx_site_never_caches_for_staff_or_ignores_the_apps_cache_control():
    assert "proxy_ignore_headers" not in NGINX_SITE  # Cache-Control decides what is kept
    assert "proxy_cache_valid" not in NGINX_SITE  # nothing kept without the app's say-so
    assert re.search(r"\(sessionid\|messages\)=", NGINX_SITE)


def test_nginx_accepts_the_rendered_site(tmp_path):
    site = render_nginx_site(
        NGINX_SITE,
        listen=18080,
        upstreams=[18081, 18082],
        static_root=tmp_path / "static",
        media_root=tmp_path / "media",
        cache_dir=tmp_path / "cache",
        log_dir=tmp_path,
    )
    assert "server 127.0.0.1:18081" in site and "server 127.0.0.1:18082" in site
    (tmp_path / "nginx-temp").mkdir()
    conf = tmp_path / "nginx.conf"
    conf.write_text(nginx_main_conf(site, root=tmp_path, logs=tmp_path))
    done = subprocess.run(
        [nginx_binary(), "-t", "-e", str(tmp_path / "e.log"), "-p", str(tmp_path), "-c", str(conf)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr


def units():
    for path in sorted((DEPLOY / "systemd").iterdir()):
        parser = configparser.ConfigParser(strict=False, interpolation=None)
        parser.optionxform = str
        parser.read(path)
        yield path.name, parser


def test_every_long_running_unit_restarts_and_stops_gracefully():
    services = {name: unit for name, unit in units() if name.endswith(".service")}
    long_running = {n: u for n, u in services.items() if u["Service"].get("Type") != "oneshot"}
    assert set(long_running) == {
        "careercompare-web@.service",
        "careercompare-default-worker@.service",
        "careercompare-newsletter-worker@.service",
        "careercompare-scheduler.service",
    }
    for name, unit in long_running.items():
        assert unit["Service"]["Restart"] in ("on-failure", "always"), name
        assert unit["Service"]["KillSignal"] == "SIGTERM", name
        assert int(unit["Service"]["TimeoutStopSec"]) >= 30, name
        assert unit["Unit"]["StartLimitIntervalSec"] == "0", name
    web = long_running["careercompare-web@.service"]["Service"]
    assert "GUNICORN_BIND=127.0.0.1:%i" in web["Environment"]


def test_every_command_the_units_run_exists_and_timers_have_their_service():
    commands = get_commands()
    names = {name for name, _ in units()}
    for name, unit in units():
        if "Service" in unit:
            match = re.search(r"manage\.py (\S+)", unit["Service"]["ExecStart"])
            if match:
                assert match.group(1) in commands, name
        if name.endswith(".timer"):
            assert name.replace(".timer", ".service") in names
    target = (DEPLOY / "systemd/careercompare.target").read_text()
    for wanted in re.findall(r"(careercompare-[\w-]+)(?:@\w+)?\.(service|timer)", target):
        template = f"{wanted[0]}@.{wanted[1]}"
        assert f"{wanted[0]}.{wanted[1]}" in names or template in names, wanted
