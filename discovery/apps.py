from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    """How readers find articles: home, role pages, search page, related reads, feeds, SEO."""

    name = "discovery"
    verbose_name = "Discovery"
