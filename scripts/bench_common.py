"""What the in-process benchmark scripts share: a percentile, and a seeded Django."""

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def seeded_django(comparisons: int) -> None:
    """Set Django up (the environment selects the database), migrate, collect static files and
    seed `comparisons` comparisons with `bench_seed`."""
    import django

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("bench_seed", comparisons=comparisons, stdout=io.StringIO())
