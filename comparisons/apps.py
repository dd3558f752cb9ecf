from django.apps import AppConfig
from django.db.models import Q


class ComparisonsConfig(AppConfig):
    name = "comparisons"
    verbose_name = "Comparisons"

    def ready(self):
        from django.db.models.signals import pre_save
        from taggit.models import Tag

        from careers import services as careers_services  # the app registry is ready now

        from . import tags, tasks
        from .fact_usage import live_sentences
        from .models import Comparison, Status, hero_image_changed

        def shown_or_about_to_be(role):
            # Scheduled articles count: their roles' facts go public at the set time.
            committed = Q(live_revision__isnull=False) | Q(status=Status.SCHEDULED)
            return Comparison.objects.filter(committed).involving(role).exists()

        # taggit's own Tag model: the one place that sees every tag saved, however created.
        pre_save.connect(tags.assign_routable_slug, sender=Tag, dispatch_uid="routable_tag_slug")

        hero_image_changed.connect(
            tasks.queue_hero_renditions, sender=Comparison, dispatch_uid="hero_renditions"
        )
        careers_services.register_live_role_check(shown_or_about_to_be)
        careers_services.register_live_usage(live_sentences)
