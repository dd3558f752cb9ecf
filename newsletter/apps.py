from django.apps import AppConfig
from django.conf import settings
from django.core import checks


class NewsletterConfig(AppConfig):
    name = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        checks.register(check_send_rhythm)


def check_send_rhythm(app_configs=None, **kwargs):
    errors = []
    if settings.NEWSLETTER_FIRST_TUESDAY.weekday() != 1:
        errors.append(
            checks.Error(
                f"NEWSLETTER_FIRST_TUESDAY ({settings.NEWSLETTER_FIRST_TUESDAY}) is not a Tuesday.",
                id="newsletter.E001",
            )
        )
    if not 0 <= settings.NEWSLETTER_SEND_HOUR <= 23:
        errors.append(
            checks.Error("NEWSLETTER_SEND_HOUR must be between 0 and 23.", id="newsletter.E002")
        )
    return errors
