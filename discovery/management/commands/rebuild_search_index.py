from django.core.management.base import BaseCommand

from careers.models import Role
from comparisons.models import Comparison
from search.rebuild import rebuild_index


def rebuild_everything() -> int:
    """Index every role and every comparison that has a live revision."""
    comparisons = (
        Comparison.objects.filter(live_revision__isnull=False)
        .select_related("live_revision", "role_a", "role_b")
        .order_by("pk")
    )
    return rebuild_index(roles=Role.objects.all(), comparisons=comparisons)


class Command(BaseCommand):
    help = "Rebuild the search index from every live comparison and every role."

    def handle(self, *args, **options):
        count = rebuild_everything()
        if options["verbosity"]:
            self.stdout.write(f"Indexed {count} live comparisons and roles.")
