from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def site_url_is_public(app_configs, **kwargs):
    """Emails, feeds and canonical links are built from SITE_URL; a local one is a mistake."""
    parts = urlsplit(settings.SITE_URL)
    if parts.hostname in {"127.0.0.1", "localhost", None} or parts.scheme != "https":
        return [
            Warning(
                f"SITE_URL is {settings.SITE_URL!r}.",
                hint="Set SITE_URL to the public https:// address of the site.",
                id="careercompare.W001",
            )
        ]
    return []
