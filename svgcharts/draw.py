"""Line and bar charts as inline SVG: no JavaScript, and only presentation attributes (fill=,
stroke=), never style="", so the admin's strict Content Security Policy allows them. Each chart
carries its figures, which templates/admin/includes/chart.html shows as a table too."""

import math
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

# Dark enough for 3:1 against white (WCAG non-text contrast); told apart by dashes too.
COLOURS = ("#1f5fa8", "#a3410e", "#2e6b30")
DASHES = ("", "7 4", "2 3")
INK, GRID = "#1c2330", "#ccd3dd"
WIDTH, HEIGHT = 640, 230
LEFT, RIGHT, TOP, BOTTOM = 52, 14, 34, 38
MAX_X_LABELS = 8


@dataclass(frozen=True)
class Series:
    name: str
    values: list  # one number per label; None where there is no value


@dataclass(frozen=True)
class Chart:
    title: str
    label_heading: str  # the first column of the table, e.g. "Week of"
    labels: list
    series: list
    summary: str
    svg: SafeString

    @property
    def rows(self):
        return [(label, [s.values[i] for s in self.series]) for i, label in enumerate(self.labels)]


def nice_top(values) -> float:
    """The smallest 1, 2 or 5 × 10ⁿ at or above the largest value (at least 1)."""
    biggest = max((v for v in values if v is not None), default=0)
    if biggest <= 1:
        return 1
    power = 10 ** math.floor(math.log10(biggest))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= biggest)


def _number(value) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


class _Frame:
    def __init__(self, labels, series):
        self.n = max(1, len(labels))
        self.top = nice_top([v for s in series for v in s.values])
        self.plot_w, self.plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y(self, value):
        return round(TOP + self.plot_h * (1 - value / self.top), 1)

    def band(self, i):
        """Left edge and width of the i-th label's slot."""
        width = self.plot_w / self.n
        return LEFT + i * width, width


def _axes(frame, labels, series, *, dashed=True):
    grid = [
        (LEFT, frame.y(v), WIDTH - RIGHT, LEFT - 6, frame.y(v) + 4, _number(v))
        for v in (0, frame.top / 2, frame.top)
    ]
    every = math.ceil(len(labels) / MAX_X_LABELS) or 1
    ticks = [
        (round(frame.band(i)[0] + frame.band(i)[1] / 2, 1), HEIGHT - BOTTOM + 16, label)
        for i, label in enumerate(labels)
        if i % every == 0
    ]
    legend = [
        (LEFT + 150 * k, COLOURS[k], DASHES[k] if dashed else "", LEFT + 150 * k + 28, s.name)
        for k, s in enumerate(series)
    ]
    return format_html(
        "{}{}{}",
        format_html_join(
            "",
            '<line x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="' + GRID + '"/>'
            '<text x="{3}" y="{4}" text-anchor="end">{5}</text>',
            grid,
        ),
        format_html_join("", '<text x="{}" y="{}" text-anchor="middle">{}</text>', ticks),
        format_html_join(
            "",
            '<line x1="{0}" y1="12" x2="{3}" y2="12" stroke="{1}" stroke-width="3" '
            'stroke-dasharray="{2}"/><text x="{3}" y="16" dx="6">{4}</text>',
            legend,
        ),
    )


def _svg(title, summary, body):
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{0}" height="{1}" '
        'viewBox="0 0 {0} {1}" font-family="sans-serif" font-size="12" fill="' + INK + '">'
        "<title>{2}</title><desc>{3}</desc>{4}</svg>",
        WIDTH,
        HEIGHT,
        title,
        summary,
        body,
    )


def line_chart(*, title, label_heading, labels, series, summary) -> Chart:
    """One line per series (gaps where a value is None), a dot on each point."""
    frame = _Frame(labels, series)
    parts = []
    for k, s in enumerate(series):
        points = [
            (round(frame.band(i)[0] + frame.band(i)[1] / 2, 1), frame.y(v))
            for i, v in enumerate(s.values)
            if v is not None
        ]
        parts.append(
            format_html(
                '<polyline points="{}" fill="none" stroke="{}" stroke-width="2.5" '
                'stroke-dasharray="{}"/>{}',
                " ".join(f"{x},{y}" for x, y in points),
                COLOURS[k],
                DASHES[k],
                format_html_join(
                    "",
                    '<circle cx="{}" cy="{}" r="3" fill="' + COLOURS[k] + '"/>',
                    points,
                ),
            )
        )
    body = format_html(
        "{}{}", _axes(frame, labels, series), format_html_join("", "{}", ((p,) for p in parts))
    )
    return Chart(
        title, label_heading, list(labels), list(series), summary, _svg(title, summary, body)
    )


def bar_chart(*, title, label_heading, labels, series, summary) -> Chart:
    """Bars side by side for each label, one colour per series."""
    frame = _Frame(labels, series)
    bars = []
    for i in range(len(labels)):
        left, width = frame.band(i)
        bar = width * 0.8 / max(1, len(series))
        for k, s in enumerate(series):
            value = s.values[i] or 0
            y = frame.y(value)
            bars.append(
                (round(left + width * 0.1 + k * bar, 1), y, round(bar - 1, 1),
                 round(HEIGHT - BOTTOM - y, 1), COLOURS[k])
            )  # fmt: skip
    body = format_html(
        "{}{}",
        _axes(frame, labels, series, dashed=False),
        format_html_join("", '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>', bars),
    )
    return Chart(
        title, label_heading, list(labels), list(series), summary, _svg(title, summary, body)
    )
