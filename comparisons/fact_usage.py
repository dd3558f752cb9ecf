"""Which live sentences a role's facts appear in, and which still quote a figure as plain digits.

Role facts in prose are filled in when the page is built (careers.facts), so a change to a role
shows in every live article that uses it at once. Before an editor saves such a change, the
role form lists each affected article and sentence, before and after (`live_sentences`); the
dashboard lists live articles whose prose still types a figure the role no longer has
(`plain_quotes`).
"""

import re
from dataclasses import dataclass, field

from django.db.models import Q
from django.urls import reverse

from careers import facts
from careers.models import Role, RoleChange

from .models import Comparison

# A sentence ends at . ! or ? and a space, but not after "U.S.", "e.g." or "vs.".
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<![A-Z]\.)(?<!\.[a-z]\.)(?<!vs\.)\s+|\n+")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)")
FIGURE_FIELDS = ("median_salary", "salary_p10", "salary_p25", "salary_p75", "salary_p90")
# "$65,730", "$65730" or "65,730": a dollar amount or a grouped number of four digits or more.
_AMOUNT = re.compile(
    r"\$\s?\d{1,3}(?:,\d{3})+(?!\d)"  # $65,730
    r"|\$\s?\d{4,}(?!\d)"  # $65730
    r"|(?<![\d$])\d{1,3}(?:,\d{3})+(?!\d)"  # 65,730
)


@dataclass
class SentenceChange:
    before: str
    after: str


@dataclass
class ArticleUsage:
    comparison: Comparison
    sentences: list[SentenceChange] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)  # plain-digit figures that will be wrong

    @property
    def admin_url(self):
        return reverse("admin:comparisons_comparison_change", args=[self.comparison.pk])


def _texts(body: dict) -> list[str]:
    texts = [body.get("intro", "")]
    for section in body.get("sections", []):
        texts += [section.get("body", ""), section.get("verdict", "")]
    return [text for text in texts if text]


def sentences(body: dict) -> list[str]:
    """The sentences of a revision's prose (Markdown source, emphasis marks removed)."""
    found = []
    for text in _texts(body):
        for part in _SENTENCE_END.split(text):
            part = _EMPHASIS.sub("", part).strip(" #>-\t")
            if part:
                found.append(part)
    return found


def amounts(text: str) -> set[int]:
    return {int(re.sub(r"\D", "", match)) for match in _AMOUNT.findall(text)}


def _live_comparisons(role: Role):
    return (
        Comparison.objects.published()
        .involving(role)
        .select_related("live_revision", "role_a__sector", "role_b__sector")
        .order_by("title")
    )


def live_sentences(*, before: Role, after: Role) -> list[ArticleUsage]:
    """Each live article whose text changes (or goes wrong) when `before` becomes `after`."""
    changed = {
        name
        for name in {*facts.SALARY_FIELDS, *FIGURE_FIELDS, "title", "sector", "soc_codes"}
        if getattr(before, name if name != "sector" else "sector_id")
        != getattr(after, name if name != "sector" else "sector_id")
    }
    if not changed:
        return []
    old_figures = {getattr(before, name) for name in FIGURE_FIELDS} - {None}
    new_figures = {getattr(after, name) for name in FIGURE_FIELDS} - {None}
    gone = old_figures - new_figures
    usages = []
    for comparison in _live_comparisons(after):
        side = "a" if comparison.role_a_id == after.pk else "b"
        other = {"a": comparison.role_a, "b": comparison.role_b}
        roles_before, roles_after = {**other, side: before}, {**other, side: after}
        usage = ArticleUsage(comparison)
        for sentence in sentences(comparison.live_revision.body):
            if facts.facts_used(sentence, side) & changed:
                old = facts.resolve_text(sentence, roles_before)
                new = facts.resolve_text(sentence, roles_after)
                if old != new:
                    usage.sentences.append(SentenceChange(old, new))
            stale = amounts(facts.PLACEHOLDER.sub("", sentence)) & gone
            usage.quotes += [f"${figure:,}" for figure in sorted(stale)]
        if usage.sentences or usage.quotes:
            usages.append(usage)
    return usages


@dataclass
class QuoteMismatch:
    comparison: Comparison
    role: Role
    quoted: int
    current: int | None

    def __str__(self):
        facts_say = f"${self.current:,}" if self.current else "no figure"
        return f"{self.role.title}: text quotes ${self.quoted:,}, facts say {facts_say}"


def _former_figures(roles) -> dict[int, set[int]]:
    """Role id → every figure the role history shows it had before."""
    labels = {str(Role._meta.get_field(name).verbose_name) for name in FIGURE_FIELDS}
    former: dict[int, set[int]] = {}
    for role_id, changes in RoleChange.objects.filter(role__in=roles).values_list(
        "role_id", "changes"
    ):
        for label, (old, _new) in changes.items():
            if label in labels and str(old).isdigit():
                former.setdefault(role_id, set()).add(int(old))
    return former


def plain_quotes() -> list[QuoteMismatch]:
    """Live articles that type, as digits, a figure their role had before but has no longer.

    Only figures from the role's history count, so a typed difference (“about $15,800 more”)
    or an unrelated amount is never reported; one quoted mismatch per role and article.
    """
    changed_roles = Role.objects.filter(changes__isnull=False).distinct()
    former = _former_figures(changed_roles)
    if not former:
        return []
    found = []
    live = (
        Comparison.objects.published()
        .filter(Q(role_a__in=list(former)) | Q(role_b__in=list(former)))
        .select_related("live_revision", "role_a", "role_b")
    )
    for comparison in live.order_by("title"):
        text = " ".join(_texts(comparison.live_revision.body))
        quoted = amounts(facts.PLACEHOLDER.sub("", text))
        for role in (comparison.role_a, comparison.role_b):
            current = {getattr(role, name) for name in FIGURE_FIELDS} - {None}
            stale = sorted((quoted & former.get(role.pk, set())) - current)
            if stale:
                found.append(QuoteMismatch(comparison, role, stale[0], role.median_salary))
    return found
