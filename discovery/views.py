from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from article_requests.services import CONSENT_WORDING
from comparisons.models import Comparison
from ratings.readers import READER_COOKIE_MAX_AGE
from runtime.page_cache import public_page

from . import services

HOME_NEWEST = 6


@public_page
@require_safe
def home(request):
    return render(
        request,
        "discovery/home.html",
        {"newest": Comparison.objects.for_listing()[:HOME_NEWEST]},
    )


@require_safe
def search(request):
    results = services.search(request.GET.get("q"), page=request.GET.get("page"))
    # `search_query` keeps the (tidied) query in the header's search box.
    context = {
        "results": results,
        "search_query": results.terms.text,
        "page_query": urlencode({"q": results.terms.text}),
    }
    return render(request, "discovery/search_results.html", context)


@public_page
@require_safe
def privacy(request):
    context = {
        "reader_cookie_days": READER_COOKIE_MAX_AGE // 86400,
        "ratings_per_ip": settings.RATINGS_PER_IP_PER_DAY,
        "confirm_days": settings.NEWSLETTER_CONFIRM_DAYS,
        "contact": settings.NEWSLETTER_UNSUBSCRIBE_MAILTO or settings.DEFAULT_FROM_EMAIL,
        "requests_per_ip": settings.ARTICLE_REQUESTS_PER_IP_PER_DAY,
        "request_consent": CONSENT_WORDING,
    }
    return render(request, "discovery/privacy.html", context)


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        f"Disallow: {reverse('discovery:search')}",
        "",
        f"Sitemap: {settings.SITE_URL}{reverse('discovery:sitemap')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
