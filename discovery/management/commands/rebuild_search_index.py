from django.core.management.base import BaseCommand

from careers.models import Role
from comparisons.models import Comparison
from runtime.progress import progress
from search.rebuild import rebuild_index


def _live_comparisons():
    return (
        Comparison.objects.filter(live_revision__isnull=False)
        .select_related("live_revision", "role_a", "role_b")
        .order_by("pk")
    )


def rebuild_everything(*, on_progress=None) -> int:
    """Index every role and every comparison that has a live revision."""
    return rebuild_index(
        roles=Role.objects.all(), comparisons=_live_comparisons(), on_progress=on_progress
    )


class Command(BaseCommand):
    help = "Rebuild the search index from every live comparison and every role."

    def handle(self, *args, verbosity=1, **options):
        total = Role.objects.count() + _live_comparisons().count()
        with progress(
            self, total=total, desc="Indexing", unit="entries", verbosity=verbosity
        ) as bar:
            count = rebuild_everything(on_progress=bar.update)
        if verbosity:
            self.stdout.write(f"Indexed {count} live comparisons and roles.")
