"""Comparing revisions with each other, and copying an old one back into the working copy."""

import difflib
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.utils.html import escape
from django.utils.safestring import mark_safe

from careers.models import Role
from core.text import normalise_newlines

from .models import Comparison, RelatedLink, Revision, Section, SectionKind

CONTENT_FIELDS = ("title", "slug", "lead", "hero", "body")


def same_content(first: Revision, second: Revision) -> bool:
    """True when readers would see no difference between the two revisions."""
    return all(getattr(first, name) == getattr(second, name) for name in CONTENT_FIELDS)


# --- Readable differences -----------------------------------------------------------------


@dataclass
class FieldDiff:
    label: str
    html: str  # the newer text, with <del> and <ins> marking what changed
    changed: bool


_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def _inline_diff(old: str, new: str) -> str:
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    parts = []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(escape("".join(before[a1:a2])))
            continue
        if a2 > a1:
            parts.append(f"<del>{escape(''.join(before[a1:a2]))}</del>")
        if b2 > b1:
            parts.append(f"<ins>{escape(''.join(after[b1:b2]))}</ins>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


def _readable(revision: Revision, role_titles: dict) -> list[tuple[str, str]]:
    # Revisions saved before line endings were normalised on the way in may hold CR LF.
    return [(label, normalise_newlines(text)) for label, text in _parts(revision, role_titles)]


def _parts(revision: Revision, role_titles: dict) -> list[tuple[str, str]]:
    body = revision.body
    kinds = dict(SectionKind.choices)
    sections = "\n\n".join(
        f"## {s['heading']} ({kinds.get(s['kind'], s['kind'])})\n\n{s['body']}"
        + (f"\n\nVerdict: {s['verdict']}" if s.get("verdict") else "")
        for s in body.get("sections", [])
    )
    links = "\n".join(
        f"After section {link['after_section']}: {link['label']} → "
        + (
            link["url"]
            or (f"role {role_titles.get(link['role_id'], '(deleted)')}" if link["role_id"] else "")
            or f"comparison #{link['comparison_id']}"
        )
        for link in body.get("links", [])
    )
    roles = " vs. ".join(
        role_titles.get(body.get(key), "(deleted role)") for key in ("role_a_id", "role_b_id")
    )
    hero = body.get("hero_image", "")
    if hero:
        hero = f"{hero}\nDescription: {body.get('hero_alt', '')}"
    return [
        ("Roles", roles),
        ("Title", revision.title),
        ("Address (slug)", revision.slug),
        ("Lead", revision.lead),
        ("Tags", ", ".join(tag["name"] for tag in body.get("tags", []))),
        ("Introduction", body.get("intro", "")),
        ("Hero image", hero),
        ("Sections", sections),
        ("Related links", links),
    ]


def diff_revisions(old: Revision, new: Revision) -> list[FieldDiff]:
    """Every part of the article, with what changed from `old` to `new` marked up."""
    role_ids = set()
    for revision in (old, new):
        role_ids |= {revision.body.get("role_a_id"), revision.body.get("role_b_id")}
        role_ids |= {link["role_id"] for link in revision.body.get("links", [])}
    role_titles = dict(Role.objects.filter(pk__in=role_ids - {None}).values_list("pk", "title"))
    diffs = []
    for (label, before), (_, after) in zip(
        _readable(old, role_titles), _readable(new, role_titles), strict=True
    ):
        changed = before != after
        diffs.append(
            FieldDiff(label, _inline_diff(before, after) if changed else escape(after), changed)
        )
    return diffs


# --- Restoring ----------------------------------------------------------------------------


def restore_working_copy(comparison: Comparison, revision: Revision) -> Comparison:
    """Make the working copy look like `revision` again (the caller then saves a new revision).

    Links to roles or comparisons deleted since are left out; a hero image whose file is gone
    keeps the current image.
    """
    body = revision.body
    role_a_id = body.get("role_a_id", comparison.role_a_id)
    role_b_id = body.get("role_b_id", comparison.role_b_id)
    if comparison.published_at and {role_a_id, role_b_id} != {
        comparison.role_a_id,
        comparison.role_b_id,
    }:
        raise ValidationError(
            "That revision compares other roles, and readers already know this article by its "
            "two roles. Copy the text you need by hand instead."
        )
    if not Role.objects.filter(pk__in=[role_a_id, role_b_id]).count() == 2:
        raise ValidationError("A role of that revision has been deleted since.")
    comparison.role_a_id, comparison.role_b_id = role_a_id, role_b_id
    comparison.title = revision.title
    comparison.slug = revision.slug
    comparison.lead = revision.lead
    comparison.intro = body.get("intro", "")
    comparison.hero_alt = body.get("hero_alt", "")
    hero_image = body.get("hero_image", "")
    if hero_image != (comparison.hero_image.name or ""):
        if not hero_image:
            comparison.hero_image = ""
        elif default_storage.exists(hero_image):
            comparison.hero_image = hero_image
    comparison.validate_unique()
    comparison.validate_constraints()
    comparison.save()

    comparison.sections.all().delete()
    for position, section in enumerate(body.get("sections", []), start=1):
        Section.objects.create(
            comparison=comparison,
            position=position,
            kind=section["kind"],
            heading=section["heading"],
            body=section["body"],
            verdict=section.get("verdict", ""),
        )
    comparison.related_links.all().delete()
    links = body.get("links", [])
    comparisons = set(
        Comparison.objects.filter(pk__in={link["comparison_id"] for link in links}).values_list(
            "pk", flat=True
        )
    )
    roles = set(
        Role.objects.filter(pk__in={link["role_id"] for link in links}).values_list("pk", flat=True)
    )
    for position, link in enumerate(links, start=1):
        if link["comparison_id"] and link["comparison_id"] not in comparisons:
            continue
        if link["role_id"] and link["role_id"] not in roles:
            continue
        RelatedLink.objects.create(
            comparison=comparison,
            after_section=link["after_section"],
            position=position,
            label=link["label"],
            target_comparison_id=link["comparison_id"],
            target_role_id=link["role_id"],
            url=link["url"],
        )
    comparison.tags.set([tag["name"] for tag in body.get("tags", [])])
    return comparison
