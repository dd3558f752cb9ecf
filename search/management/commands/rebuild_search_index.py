from django.core.management.base import BaseCommand

from search.rebuild import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the search index from every live comparison and every role."

    def handle(self, *args, **options):
        count = rebuild_index()
        if options["verbosity"]:
            self.stdout.write(f"Indexed {count} live comparisons and roles.")
