"""/feed/: an RSS feed of the newest published comparisons."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse

from comparisons.models import Comparison

FEED_ITEMS = 20


class NewestComparisonsFeed(Feed):
    title = f"{settings.SITE_NAME}: newest comparisons"
    description = "New side-by-side comparisons of job roles, as they are published."

    def link(self):
        return settings.SITE_URL + reverse("comparisons:list")

    def feed_url(self):
        return settings.SITE_URL + reverse("discovery:feed")

    def items(self):
        return (
            Comparison.objects.published()
            .select_related("live_revision", "author")
            .only(
                "slug",
                "published_at",
                "live_updated_at",
                "live_revision__slug",
                "live_revision__title",
                "live_revision__lead",
                "author__username",
                "author__first_name",
                "author__last_name",
            )
            .prefetch_related("live_revision__tags")
            .order_by("-published_at", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, comparison):
        return comparison.live_revision.title

    def item_description(self, comparison):
        return comparison.live_revision.lead

    def item_link(self, comparison):
        return settings.SITE_URL + comparison.get_absolute_url()

    def item_pubdate(self, comparison):
        return comparison.published_at

    def item_updateddate(self, comparison):
        return comparison.live_updated_at

    def item_author_name(self, comparison):
        return comparison.author.display_name if comparison.author else None

    def item_categories(self, comparison):
        return [tag.name for tag in comparison.live_revision.tags.all()]
