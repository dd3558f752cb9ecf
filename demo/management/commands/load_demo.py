from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import LOAD_STEPS, demo_password, load_demo
from runtime.progress import progress


class Command(BaseCommand):
    help = "Load the demo roles, comparisons and the demo editor and writer accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="Load even though DEBUG is off (never on a production site).",
        )

    def handle(self, *args, allow_without_debug=False, **options):
        if not settings.DEBUG and not allow_without_debug:
            raise CommandError(
                "Demo accounts have a known password: load_demo only runs with DEBUG=true."
            )
        verbosity = options.get("verbosity", 1)
        with progress(
            self, total=LOAD_STEPS, desc="Demo", unit="steps", verbosity=verbosity
        ) as bar:
            result = load_demo(on_step=bar.update)
        if not verbosity:
            return
        if result.created:
            made = ", ".join(f"{n} {what}" for what, n in sorted(result.created.items()))
            self.stdout.write(self.style.SUCCESS(f"Demo content created: {made}."))
        else:
            self.stdout.write("Demo content already present; nothing changed.")
        for username, group in result.logins:
            self.stdout.write(f"  {group[:-1]} login: {username} / {demo_password()}")
        if not result.logins:
            self.stdout.write("  Demo logins: editor and writer (password unchanged).")
