from django.conf import settings

from .params import positive_int


def site(request):
    return {
        "site_name": settings.SITE_NAME,
        "site_url": settings.SITE_URL,
        "canonical_url": canonical_url(request),
    }


def canonical_url(request):
    """The public address of this page: no query string, except a page number past the first."""
    url = settings.SITE_URL + request.path
    page = positive_int(request.GET.get("page"), default=1)
    if page > 1:
        url += f"?page={page}"
    return url
