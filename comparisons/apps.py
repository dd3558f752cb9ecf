from django.apps import AppConfig
from django.db.models import Q


class ComparisonsConfig(AppConfig):
    name = "comparisons"
    verbose_name = "Comparisons"

    def ready(self):
        from careers import services as careers_services  # the app registry is ready now

        from .fact_usage import live_sentences
        from .models import Comparison, Status

        def shown_or_about_to_be(role):
            # Scheduled articles count: their roles' facts go public at the set time.
            committed = Q(live_revision__isnull=False) | Q(status=Status.SCHEDULED)
            return Comparison.objects.filter(committed).involving(role).exists()

        careers_services.register_live_role_check(shown_or_about_to_be)
        careers_services.register_live_usage(live_sentences)
