from django.conf import settings


def site(request):
    return {
        "site_name": settings.SITE_NAME,
        "canonical_url": settings.SITE_URL + request.path,
    }
