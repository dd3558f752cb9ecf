"""Writing checks shown beside the change form: counts and gentle warnings, never a refusal.

They run on a working copy as the desk builds it (`desk.unsaved_revision`: posted text, not yet
saved) or on the saved one, so the panel shows the same advice before and after Save.
"""

import math
import re
from dataclasses import dataclass, field

from django.urls import Resolver404, resolve

from careers.models import Role
from core.markdown import word_count

from .fact_usage import amounts
from .models import Comparison, SectionKind
from .publishing import WORDS_PER_MINUTE

# What a search result shows of a description before it cuts it off.
LEAD_LIMIT = 160
STANDARD_KINDS = [k for k in SectionKind if k != SectionKind.CUSTOM]
STANDARD_VALUES = {k.value for k in STANDARD_KINDS}
_HEADING_TAG = re.compile(r"<h([1-6])\b")
_SOURCE_HEADING = re.compile(r"^(#{5,6})\s", re.MULTILINE)
_HREF = re.compile(r'<a href="([^"]+)"')


@dataclass
class Count:
    label: str
    words: int

    @property
    def minutes(self) -> int:
        return math.ceil(self.words / WORDS_PER_MINUTE) if self.words else 0


@dataclass
class Report:
    counts: list[Count] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> Count:
        return Count("Whole article", sum(count.words for count in self.counts))


def _words(section: dict) -> int:
    return word_count(section.get("body_html", "")) + word_count(section.get("verdict_html", ""))


def _skipped_headings(label: str, html: str, body: str) -> list[str]:
    problems = []
    level = 2  # the section's own heading
    for found in _HEADING_TAG.findall(html):
        found = int(found)
        if found > level + 1:
            problems.append(
                f"{label}: a level-{found - 1} heading jumps to level {found}; screen reader "
                f"users navigate by these levels. Use ### before ####."
            )
            break
        level = found
    if _SOURCE_HEADING.search(body or ""):
        problems.append(f"{label}: ##### and ###### headings show as plain text; use ### or ####.")
    return problems


def _digits(label: str, text: str) -> list[str]:
    figures = sorted(amounts(text or ""))
    if not figures:
        return []
    shown = ", ".join(f"{figure:,}" for figure in figures[:3])
    return [
        f"{label}: {shown} typed as digits. Insert the role fact instead (for example "
        "{{ a.salary }}) so the figure follows the data."
    ]


def _unpublished_targets(links: list[dict], hrefs: list[str]) -> list[str]:
    """Related links and Markdown links that point at an article or role readers cannot open."""
    comparison_ids = {link["comparison_id"] for link in links if link.get("comparison_id")}
    role_ids = {link["role_id"] for link in links if link.get("role_id")}
    comparison_slugs, role_slugs = set(), set()
    for href in hrefs:
        try:
            match = resolve(href.split("#")[0].split("?")[0])
        except Resolver404:
            continue
        if match.view_name == "comparisons:detail":
            comparison_slugs.add(match.kwargs["slug"])
        elif match.view_name == "discovery:role_detail":
            role_slugs.add(match.kwargs["slug"])
    problems = []
    if comparison_ids:
        live = set(
            Comparison.objects.published()
            .filter(pk__in=comparison_ids)
            .values_list("pk", flat=True)
        )
        for link in links:
            if link.get("comparison_id") in comparison_ids - live:
                problems.append(
                    f"Related link “{link['label']}” points at an unpublished comparison."
                )
    if role_ids:
        public = set(Role.objects.public().filter(pk__in=role_ids).values_list("pk", flat=True))
        for link in links:
            if link.get("role_id") in role_ids - public:
                problems.append(
                    f"Related link “{link['label']}” points at a role page readers cannot open."
                )
    if comparison_slugs:
        live = set(
            Comparison.objects.published()
            .filter(live_revision__slug__in=comparison_slugs)
            .values_list("live_revision__slug", flat=True)
        )
        problems += [
            f"The text links to /comparisons/{slug}/, which is not published."
            for slug in sorted(comparison_slugs - live)
        ]
    if role_slugs:
        public = set(
            Role.objects.public().filter(slug__in=role_slugs).values_list("slug", flat=True)
        )
        problems += [
            f"The text links to /roles/{slug}/, which readers cannot open."
            for slug in sorted(role_slugs - public)
        ]
    return problems


def check(*, lead: str, body: dict) -> Report:
    """Counts and warnings for a revision-shaped body (`publishing.snapshot_of(...)["body"]`)."""
    report = Report()
    sections = body.get("sections", [])
    report.counts.append(Count("Introduction", word_count(body.get("intro_html", ""))))
    hrefs = _HREF.findall(body.get("intro_html", ""))
    report.warnings += _digits("Introduction", body.get("intro", ""))
    for number, section in enumerate(sections, start=1):
        label = f"Section {number} “{section.get('heading') or 'without a heading'}”"
        report.counts.append(Count(label, _words(section)))
        html = section.get("body_html", "")
        hrefs += _HREF.findall(html) + _HREF.findall(section.get("verdict_html", ""))
        report.warnings += _skipped_headings(label, html, section.get("body", ""))
        report.warnings += _digits(
            label, section.get("body", "") + "\n" + section.get("verdict", "")
        )
        standard = section.get("kind") in STANDARD_VALUES
        if standard and not (section.get("verdict") or "").strip():
            report.warnings.append(f"{label} has no verdict: readers skim for it.")
    present = {section.get("kind") for section in sections}
    missing = [kind.label for kind in STANDARD_KINDS if kind.value not in present]
    if missing:
        report.warnings.append(f"Standard sections missing: {', '.join(missing)}.")
    if len(lead or "") > LEAD_LIMIT:
        report.warnings.append(
            f"The lead is {len(lead)} characters; search results show about {LEAD_LIMIT}, so "
            "the end is cut off there."
        )
    report.warnings += _unpublished_targets(body.get("links", []), hrefs)
    return report
