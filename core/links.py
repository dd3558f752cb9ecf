from django.conf import settings


def absolute(url: str) -> str:
    """`url` on the public site (SITE_URL), for e-mails, feeds and structured data."""
    return url if url.startswith(("http://", "https://")) else settings.SITE_URL + url
