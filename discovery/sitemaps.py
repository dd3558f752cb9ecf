"""/sitemap.xml: published comparisons, roles, tag pages, newsletter issues and fixed pages."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.db.models.functions import Greatest
from django.urls import reverse

from careers.models import Role
from comparisons.models import Comparison
from comparisons.tags import is_routable
from newsletter.models import Issue


class SiteSitemap(Sitemap):
    """Addresses on SITE_URL, whichever host name the request came in on."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


class ComparisonSitemap(SiteSitemap):
    priority = 0.8

    def items(self):
        # An article page also shows its roles' facts, so a role edit changes it too.
        return (
            Comparison.objects.published()
            .select_related("live_revision")
            .only("slug", "live_revision__slug")
            .annotate(
                modified=Greatest("live_updated_at", "role_a__updated_at", "role_b__updated_at")
            )
            .order_by("-published_at", "-pk")
        )

    def lastmod(self, comparison):
        return comparison.modified


class RoleSitemap(SiteSitemap):
    priority = 0.6

    def items(self):
        return Role.objects.public().only("slug", "updated_at").order_by("title")

    def lastmod(self, role):
        return role.updated_at


class TagSitemap(SiteSitemap):
    """Tags that at least one published comparison carries, dated by their newest update."""

    priority = 0.4

    def items(self):
        found = (
            Comparison.objects.published()
            .filter(live_revision__tags__isnull=False)
            .values("live_revision__tags__slug")
            .annotate(modified=Max("live_updated_at"))
            .order_by("live_revision__tags__slug")
        )
        return [item for item in found if is_routable(item["live_revision__tags__slug"])]

    def location(self, item):
        return reverse("comparisons:tag", kwargs={"slug": item["live_revision__tags__slug"]})

    def lastmod(self, item):
        return item["modified"]


FIXED_PAGES = ["discovery:home", "comparisons:list", "discovery:role_list", "newsletter:issue_list"]


class FixedPageSitemap(SiteSitemap):
    changefreq = "daily"
    priority = 0.5

    def items(self):
        return FIXED_PAGES

    def location(self, name):
        return reverse(name)


class NewsletterIssueSitemap(SiteSitemap):
    """The newsletter archive's issues (those that went out)."""

    priority = 0.3

    def items(self):
        return Issue.objects.public().order_by("-send_at", "-pk")


SITEMAPS = {
    "pages": FixedPageSitemap,
    "comparisons": ComparisonSitemap,
    "roles": RoleSitemap,
    "tags": TagSitemap,
    "newsletter": NewsletterIssueSitemap,
}
