import re

from django.conf import settings
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe
from django.views.generic import ListView
from taggit.models import Tag

from careers.models import Sector
from core import live
from core.pagination import StrictPageMixin
from runtime.page_cache import public_page

from . import publishing, tags
from .article import article_context
from .models import Comparison

LIVE_TAGS_CACHE_SECONDS = 3600


def _live_tags():
    live_tag_ids = Comparison.objects.published().values("live_revision__tags")
    found = Tag.objects.filter(pk__in=live_tag_ids).order_by("name")
    return [tag for tag in found if tags.is_routable(tag.slug)]


_PAIR_SLUG = re.compile(r"^(?P<first>[-\w]+?)-vs-(?P<second>[-\w]+)$")


def _other_address_of(slug):
    """The live comparison that `slug` names another way, e.g. with its two roles swapped."""
    match = _PAIR_SLUG.match(slug)
    if not match:
        return None
    first, second = match["first"], match["second"]
    return (
        Comparison.objects.published()
        .filter(
            Q(role_a__slug=first, role_b__slug=second) | Q(role_a__slug=second, role_b__slug=first)
        )
        .select_related("live_revision")
        .first()
    )


ARTICLE_CACHE_SECONDS = 600


def _live_article(slug):
    found = (
        Comparison.objects.published()
        .select_related("live_revision", "role_a__sector", "role_b__sector", "author")
        # The object is cached: keep the author's private columns out of it.
        .defer("author__password", "author__email", "author__last_login", "author__date_joined")
        .filter(live_revision__slug=slug)
        .order_by()[:1]
    )
    return found[0] if found else None


@public_page
@require_safe
def comparison_detail(request, slug):
    # The live article with its roles, cached until anything readers see changes (core.live).
    generation = live.generation_for(request)
    comparison = live.cached(
        "article",
        lambda: _live_article(slug),
        timeout=ARTICLE_CACHE_SECONDS,
        key=slug,
        generation_now=generation,
    )
    if comparison is None:
        other = publishing.comparison_at_old_address(slug) or _other_address_of(slug)
        if other is None:
            raise Http404("No published comparison has that address.")
        return redirect(other, permanent=True)
    context = article_context(comparison, comparison.live_revision, live_generation=generation)
    return render(request, "comparisons/comparison_detail.html", context)


class ComparisonListView(StrictPageMixin, ListView):
    """All published comparisons, filtered by tag and sector; also each tag's own page."""

    template_name = "comparisons/comparison_list.html"
    context_object_name = "comparisons"
    paginate_by = settings.COMPARISONS_PER_PAGE

    def get_queryset(self):
        comparisons = Comparison.objects.for_listing()
        self.tag = self.sector = None
        if tag_slug := self.kwargs.get("slug") or self.request.GET.get("tag"):
            if not tags.is_routable(tag_slug):
                raise Http404("No tag has this address.")
            self.tag = get_object_or_404(Tag, slug=tag_slug)
            comparisons = comparisons.filter(live_revision__tags=self.tag)
            if not comparisons.exists():
                # A tag only drafts carry is not public, not even its name.
                raise Http404("No published comparison carries this tag.")
        if sector_slug := self.request.GET.get("sector"):
            self.sector = get_object_or_404(Sector, slug=sector_slug)
            comparisons = comparisons.filter(
                Q(role_a__sector=self.sector) | Q(role_b__sector=self.sector)
            )
        return comparisons

    def get_context_data(self, **kwargs):
        params = self.request.GET.copy()
        params.pop("page", None)
        return super().get_context_data(
            filter_query=params.urlencode(),
            tag=self.tag,
            sector=self.sector,
            all_tags=live.cached("tags", _live_tags, timeout=LIVE_TAGS_CACHE_SECONDS),
            all_sectors=Sector.objects.filter(roles__isnull=False).distinct(),
            **kwargs,
        )
