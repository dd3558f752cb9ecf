"""The newcomer's commands: `make run` on a busy port, a Python without venv support, and test
runs that clean up after themselves."""

import os
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_dev_says_in_one_line_that_the_port_is_busy_and_starts_nothing():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [ROOT / "scripts/serve-dev"],
            env={**os.environ, "PORT": str(port)},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 1
    assert result.stdout == ""  # nothing started: no "Demo site" banner, no worker output
    assert result.stderr == (
        f"Port {port} is in use (another make run?): stop that server, or run PORT=8001 make run.\n"
    )


def test_serve_dev_check_port_passes_on_a_free_port():
    result = subprocess.run(
        [ROOT / "scripts/serve-dev", "--check-port"],
        env={**os.environ, "PORT": str(_free_port())},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def _stub(folder: Path, name: str, body: str):
    path = folder / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)


def _ensure_venv(tmp_path, *, uid):
    """scripts/ensure-venv against a python3 without ensurepip until apt-get "installs" it."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    installed = tmp_path / "installed"
    _stub(
        stubs,
        "python3",
        f'case "$2" in *ensurepip*) [ -e {installed} ];; *) echo python3.11-venv;; esac\n',
    )
    _stub(stubs, "id", f"echo {uid}\n")
    _stub(stubs, "sudo", "exit 1\n")  # no passwordless sudo
    _stub(stubs, "apt-get", f'echo "$@" >> {tmp_path}/apt.log; touch {installed}\n')
    return subprocess.run(
        ["bash", ROOT / "scripts/ensure-venv", "python3"],
        env={"PATH": f"{stubs}:/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_venv_support_and_rights_make_says_what_to_install(tmp_path):
    result = _ensure_venv(tmp_path, uid=1000)
    assert result.returncode == 1
    assert result.stderr == (
        "python3 cannot create the virtualenv: install python3.11-venv "
        "(sudo apt-get install python3.11-venv).\n"
    )
    assert not (tmp_path / "apt.log").exists()


def test_as_root_the_missing_venv_support_is_installed(tmp_path):
    result = _ensure_venv(tmp_path, uid=0)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "apt.log").read_text() == "update -qq\ninstall -y -qq python3.11-venv\n"


def test_a_test_run_leaves_no_temporary_folders_behind(tmp_path):
    """A small run in its own TMPDIR (and on SQLite, whatever DATABASE_URL says) must leave
    that folder as it found it, apart from pytest's empty per-user base folder."""
    env = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    env["TMPDIR"] = str(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_client_ip.py::test_fingerprints_are_keyed_per_purpose_and_equal_within_a_64",
            "tests/test_read_only_admin.py",
            "tests/test_images.py",
            "tests/test_architecture.py::test_the_checks_name_the_offending_imports",  # tmp_path
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:]
    left = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*"))
    assert all(name.startswith("pytest-of-") and "/" not in name for name in left), left


def test_every_test_runs_under_a_timeout(request):
    """A hang (a lock never released, a server never answering) fails instead of blocking CI."""
    assert request.config.pluginmanager.hasplugin("timeout")
    assert float(request.config.getini("timeout")) == 120
