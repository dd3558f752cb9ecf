"""Page numbers for list views, read like every other number from a request (core.params)."""

from django.http import Http404

from .params import positive_int

# Far beyond any list here; keeps OFFSET arithmetic small.
MAX_PAGE = 100_000


def page_number(value) -> int:
    """For Paginator.get_page(): a missing or odd value is the first page."""
    return positive_int(value, default=1, maximum=MAX_PAGE)


class StrictPageMixin:
    """ListView's own parsing accepts `int("１")`; an odd ?page= is a 404 here, as a page past
    the end already is."""

    def paginate_queryset(self, queryset, page_size):
        raw = self.kwargs.get(self.page_kwarg) or self.request.GET.get(self.page_kwarg)
        if raw is not None and raw != "last" and positive_int(raw, maximum=MAX_PAGE) is None:
            raise Http404("There is no such page.")
        return super().paginate_queryset(queryset, page_size)
