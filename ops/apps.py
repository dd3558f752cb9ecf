from django.apps import AppConfig


class OpsConfig(AppConfig):
    """Running the site as several processes: worker leases, task recovery, the scheduler."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "ops"
    verbose_name = "Operations"
