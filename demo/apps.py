from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and benchmark seeding: commands only, no models, nothing imports it."""

    name = "demo"
    verbose_name = "Demo content"
