"""Small SVG bar charts of how many readers gave 1, 2, 3, 4 and 5 stars (no JavaScript)."""

from django.db.models import Count, Q
from django.utils.html import format_html, format_html_join

from svgcharts.draw import Series, bar_chart
from svgcharts.weeks import label, last_weeks

from .models import STARS

WEEKS = 12

BAR_COLOUR = "#9a4d00"
TRACK_COLOUR = "#e8ecf2"
TEXT_COLOUR = "#1c2330"


def _describe(tallies: dict[int, int]) -> str:
    return ", ".join(f"{n} star{'s' if n > 1 else ''}: {tallies.get(n, 0)}" for n in STARS[::-1])


def distribution_chart(tallies: dict[int, int], *, label="Ratings by number of stars"):
    """Five horizontal bars, 5 stars at the top, each with its count and share."""
    total = sum(tallies.values())
    biggest = max(tallies.values(), default=0) or 1
    row_height, label_width, bar_width = 26, 44, 240
    rows = []
    for row, n in enumerate(reversed(STARS)):
        count = tallies.get(n, 0)
        y = row * row_height
        width = round(bar_width * count / biggest)
        share = f"{count / total:.0%}" if total else "0%"
        rows.append(
            (y + 17, n, label_width, y + 4, bar_width, width, label_width + bar_width + 8,
             count, share)
        )  # fmt: skip
    body = format_html_join(
        "",
        '<text x="0" y="{0}">{1} ★</text>'
        '<rect x="{2}" y="{3}" width="{4}" height="18" rx="3" fill="' + TRACK_COLOUR + '"/>'
        '<rect x="{2}" y="{3}" width="{5}" height="18" rx="3" fill="' + BAR_COLOUR + '"/>'
        '<text x="{6}" y="{0}">{7} ({8})</text>',
        rows,
    )
    height = row_height * len(STARS)
    width = label_width + bar_width + 90
    return format_html(
        '<svg class="rating-chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        'width="{}" height="{}" viewBox="0 0 {} {}" font-family="sans-serif" font-size="14" '
        'fill="' + TEXT_COLOUR + '"><title>{}: {}</title>{}</svg>',
        width,
        height,
        width,
        height,
        label,
        _describe(tallies),
        body,
    )


def sparkline(tallies: dict[int, int]):
    """A tiny five-column chart for the admin list (1 star on the left)."""
    biggest = max(tallies.values(), default=0) or 1
    bars = [
        (index * 9, 20 - max(1, round(18 * tallies.get(n, 0) / biggest)),
         max(1, round(18 * tallies.get(n, 0) / biggest)))
        for index, n in enumerate(STARS)
    ]  # fmt: skip
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="44" height="20" '
        'viewBox="0 0 44 20"><title>{}</title>{}</svg>',
        _describe(tallies),
        format_html_join(
            "",
            '<rect x="{}" y="{}" width="7" height="{}" fill="' + BAR_COLOUR + '"/>',
            bars,
        ),
    )


def weekly_chart(ratings, *, now=None):
    """How many readers rated the article for the first time in each of the last WEEKS weeks
    (`ratings`: the article's Rating queryset), as an SVG bar chart with its figures."""
    weeks = last_weeks(WEEKS, now=now)
    counts = ratings.aggregate(
        **{
            f"week_{n}": Count("pk", filter=Q(created_at__gte=start, created_at__lt=end))
            for n, (start, end) in enumerate(weeks)
        }
    )
    values = [counts[f"week_{n}"] for n in range(WEEKS)]
    busiest = max(range(WEEKS), key=lambda n: (values[n], n))
    summary = f"{sum(values):,} new rating{'s' if sum(values) != 1 else ''} in {WEEKS} weeks" + (
        f"; the most ({values[busiest]:,}) in the week of {label(weeks[busiest][0])}."
        if sum(values)
        else "."
    )
    return bar_chart(
        title="New ratings per week",
        label_heading="Week of",
        labels=[label(start) for start, _ in weeks],
        series=[Series("New ratings", values)],
        summary=summary,
    )
