from django.apps import AppConfig


class ComparisonsConfig(AppConfig):
    name = "comparisons"
    verbose_name = "Comparisons"

    def ready(self):
        from django.db.models.signals import pre_save
        from taggit.models import Tag

        from careers import services as careers_services  # the app registry is ready now

        from . import tags
        from .models import Comparison

        # taggit's own Tag model: the one place that sees every tag saved, however created.
        pre_save.connect(tags.assign_routable_slug, sender=Tag, dispatch_uid="routable_tag_slug")

        careers_services.register_live_role_check(
            lambda role: Comparison.objects.published().involving(role).exists()
        )
