#!/usr/bin/env python3
"""How long the admin takes to save a new comparison with a 4000 × 3000 hero image.

Runs in a child process on a throwaway SQLite database and media folder, through Django's test
client (the admin view, form validation, storage, revision; no HTTP server), with the database
task backend: whatever the save hands to the task queue is queued, not run. Then runs the queue
once (as `run_worker` would) and times that too. No timed assertions: it prints numbers.

Usage: .venv/bin/python scripts/measure_hero_save.py [--rounds 5]
"""

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def photo_like(n, width=4000, height=3000):
    """A JPEG with gradients and noise, so it compresses like a photo, not like a flat colour;
    each `n` differs (renditions are named by content, so a repeated image would be free)."""
    from PIL import Image

    noise = Image.effect_noise((width, height), 40).convert("RGB")
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    image = Image.blend(noise, gradient, 0.6)
    image.paste((200, 40 * n % 256, 90), (100 * n, 100, 100 * n + 80, 180))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def measure(rounds):
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command
    from django.test import Client

    from careers.models import Role
    from comparisons.models import Comparison
    from tests.admin_forms import comparison_form
    from tests.factories import make_role

    call_command("migrate", verbosity=0)
    editor = get_user_model().objects.create_user("bench-editor", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    saves, pending = [], []
    for n in range(rounds):
        data = photo_like(n)
        a, b = make_role(f"Bench role {n}a"), make_role(f"Bench role {n}b")
        form = comparison_form(
            a, b, hero_image=SimpleUploadedFile("hero.jpg", data, "image/jpeg"), hero_alt="x"
        )
        started = time.perf_counter()
        response = client.post("/admin/comparisons/comparison/add/", form)
        saves.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 302, response.status_code
        made = Comparison.objects.get(role_a=a)
        pending.append("jpg" not in made.hero_renditions)
    started = time.perf_counter()
    # Every queued task (workflow e-mails too), then stop, as `run_worker` would run them.
    call_command("db_worker", batch=True, reload=False, no_startup_delay=True, verbosity=0)
    worker_ms = (time.perf_counter() - started) * 1000
    done = sum("jpg" in c.hero_renditions for c in Comparison.objects.all())
    print(
        json.dumps(
            {
                "image_bytes": len(data),
                "save_ms_median": round(statistics.median(saves)),
                "save_ms_each": [round(s) for s in saves],
                "renditions_pending_after_save": sum(pending),
                "worker_ms_for_all": round(worker_ms),
                "with_renditions_after_worker": done,
                "roles": Role.objects.count(),
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.rounds)
        return 0
    with tempfile.TemporaryDirectory(prefix="careercompare-hero-save-") as workdir:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{Path(workdir) / 'bench.sqlite3'}",
            "MEDIA_ROOT": str(Path(workdir) / "media"),
            "DEBUG": "true",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
            "ALLOWED_HOSTS": "testserver",
        }
        command = [sys.executable, __file__, "--measure", "--rounds", str(args.rounds)]
        return subprocess.run(command, env=env, cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
