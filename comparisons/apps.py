from django.apps import AppConfig


class ComparisonsConfig(AppConfig):
    name = "comparisons"
    verbose_name = "Comparisons"

    def ready(self):
        from careers import services as careers_services  # the app registry is ready now

        from .fact_usage import live_sentences
        from .models import Comparison

        careers_services.register_live_role_check(
            lambda role: Comparison.objects.published().involving(role).exists()
        )
        careers_services.register_live_usage(live_sentences)
