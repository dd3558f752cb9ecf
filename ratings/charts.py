"""Small SVG bar charts of how many readers gave 1, 2, 3, 4 and 5 stars (no JavaScript)."""

from django.utils.html import format_html, format_html_join

from .models import STARS

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
