"""The writing desk's services: autosave slots and the live preview of an unsaved working copy.

The change form posts its fields here as they are (the browser's FormData). Nothing in this
module creates a revision or changes what readers see: an autosave is a private slot of one
writer, and the preview is built in memory and rendered with the article's own pipeline
(`publishing.snapshot_of` → `article.article_context` → the article template).
"""

import functools
import json
import re
from dataclasses import dataclass

from django.db import transaction
from django.http import QueryDict
from django.utils import timezone

from careers import facts
from careers.models import Role
from core.markdown import render_markdown
from core.params import positive_int

from . import publishing
from .forms import latest_number
from .models import Autosave, Comparison, RelatedLink, Revision, Section, SectionKind

# The toolbar's role facts: [name, what it shows] (careers.facts is the one list).
FACTS_JSON = json.dumps([[name, fact.label] for name, fact in facts.FACTS.items()])
# A 30-section article of long sections is well under this; anything bigger is refused (413).
MAX_BODY_BYTES = 1_000_000
# Fields the slot never keeps: the CSRF token is per session, buttons are not text.
SKIPPED = {"csrfmiddlewaretoken", "_save", "_continue", "_addanother", "_save_and_submit"}
SECTIONS = "sections"
LINKS = "related_links"
MAX_ROWS = 30  # the inlines' cap (adminkit.guards.BoundedInlineMixin)


def too_big(request) -> bool:
    """The declared body is larger than any change form: refuse it before reading it."""
    return (positive_int(request.META.get("CONTENT_LENGTH") or "", default=0)) > MAX_BODY_BYTES


def form_fields(post) -> dict:
    """The posted change form as name → list of values (what the slot keeps)."""
    return {name: post.getlist(name) for name in post if name not in SKIPPED}


def _one(data: dict, name: str) -> str:
    values = data.get(name) or [""]
    value = values[-1]
    return value if isinstance(value, str) else ""


@dataclass
class Kept:
    autosave: Autosave
    latest: int  # the newest revision now

    @property
    def stale(self) -> bool:
        """Someone saved a newer revision after this text's form was opened."""
        return self.latest > self.autosave.base_revision


@transaction.atomic
def keep(*, comparison: Comparison, user, data: dict) -> Kept:
    """Keep the writer's working copy in their slot (replacing the previous one)."""
    base = positive_int(_one(data, "base_revision"), default=0)
    autosave, _ = Autosave.objects.update_or_create(
        comparison=comparison,
        user=user,
        defaults={"data": data, "base_revision": base, "saved_at": timezone.now()},
    )
    return Kept(autosave=autosave, latest=latest_number(comparison))


def clear(*, comparison: Comparison, user) -> int:
    """A normal Save (or the writer's “Discard”) empties the slot."""
    return Autosave.objects.filter(comparison=comparison, user=user).delete()[0]


def kept(*, comparison: Comparison, user) -> Kept | None:
    autosave = Autosave.objects.filter(comparison=comparison, user=user).first()
    if autosave is None:
        return None
    return Kept(autosave=autosave, latest=latest_number(comparison))


# Fields holding a row id: the slot keeps whatever was posted, but a form bound to a value that
# is not a number would make the admin's widgets look it up (and fail) before validation.
_ID_FIELD = re.compile(
    r"^(role_a|role_b|author|base_revision|.+-id|.+-target_comparison|.+-target_role|.+-comparison)$"
)


def restored_data(kept_copy: Kept):
    """The kept fields as a QueryDict the change form can be bound to (nothing is saved)."""
    data = QueryDict(mutable=True)
    for name, values in kept_copy.autosave.data.items():
        if not isinstance(name, str) or not isinstance(values, list):
            continue
        values = [v for v in values if isinstance(v, str)]
        if _ID_FIELD.match(name):
            values = [v for v in values if v == "" or positive_int(v) is not None]
        data.setlist(name, values)
    return data


# --- The live preview ---------------------------------------------------------------------------


def _rows(data: dict, prefix: str) -> list[dict]:
    total = positive_int(_one(data, f"{prefix}-TOTAL_FORMS"), default=0, maximum=MAX_ROWS)
    rows = []
    for n in range(total):
        row = {
            key[len(f"{prefix}-{n}-") :]: _one(data, key)
            for key in data
            if key.startswith(f"{prefix}-{n}-")
        }
        if row and not row.get("DELETE"):
            rows.append(row)
    return rows


def _ordered(rows: list[dict]) -> list[dict]:
    """The order the form will save: by position (0 or empty: at the end), then as listed."""
    indexed = list(enumerate(rows))
    indexed.sort(key=lambda pair: (positive_int(pair[1].get("position"), default=10_000), pair[0]))
    return [row for _, row in indexed]


# The live preview re-renders every section on each keystroke pause, but the writer changed only
# one: keep recent renderings (a pure function of the text) in this process.
_render = functools.lru_cache(maxsize=256)(render_markdown)


def unsaved_sections(data: dict) -> list[Section]:
    sections = []
    for row in _ordered(_rows(data, SECTIONS)):
        kind = row.get("kind") if row.get("kind") in SectionKind.values else SectionKind.CUSTOM
        body, verdict = row.get("body", ""), row.get("verdict", "")
        heading = row.get("heading", "")[:150]
        if not (heading or body or verdict):
            continue  # an empty row the writer just added
        sections.append(
            Section(
                kind=kind,
                heading=heading,
                body=body,
                verdict=verdict,
                body_html=_render(body),
                verdict_html=_render(verdict),
            )
        )
    return sections


def unsaved_links(data: dict) -> list[RelatedLink]:
    links = []
    for row in _ordered(_rows(data, LINKS)):
        link = RelatedLink(
            after_section=positive_int(row.get("after_section"), default=0, maximum=1000),
            label=row.get("label", "")[:150],
            target_comparison_id=positive_int(row.get("target_comparison")),
            target_role_id=positive_int(row.get("target_role")),
            url=row.get("url", "")
            if row.get("url", "").startswith(("https://", "http://"))
            else "",
        )
        if link.label and (link.target_comparison_id or link.target_role_id or link.url):
            links.append(link)
    return sorted(links, key=lambda link: link.after_section)  # stable: positions within


def _role(data: dict, name: str, saved: Role) -> Role:
    pk = positive_int(_one(data, name))
    if pk is None or pk == saved.pk:
        return saved
    return Role.objects.select_related("sector").filter(pk=pk).first() or saved


def unsaved_revision(comparison: Comparison, data: dict) -> tuple[Comparison, Revision]:
    """The working copy as posted, as an unsaved comparison and revision (nothing is written)."""
    draft = Comparison(
        pk=comparison.pk,
        role_a=_role(data, "role_a", comparison.role_a),
        role_b=_role(data, "role_b", comparison.role_b),
        author=comparison.author,
        title=_one(data, "title")[:200] or comparison.title,
        slug=_one(data, "slug")[:120] or comparison.slug,
        lead=_one(data, "lead")[:300],
        intro=_one(data, "intro"),
        hero_image=comparison.hero_image,
        hero_alt=_one(data, "hero_alt")[:200] if "hero_alt" in data else comparison.hero_alt,
        hero_renditions=comparison.hero_renditions,
        status=comparison.status,
        live_revision_id=comparison.live_revision_id,
        published_at=comparison.published_at,
        live_updated_at=comparison.live_updated_at,
    )
    snapshot = publishing.snapshot_of(
        draft,
        sections=unsaved_sections(data),
        links=unsaved_links(data),
        tags=list(comparison.tags.all()),
    )
    snapshot.pop("tags")
    revision = Revision(
        comparison=draft,
        number=latest_number(comparison) + 1,
        created_at=timezone.now(),
        **snapshot,
    )
    return draft, revision


def checks_for(comparison: Comparison, data: dict | None = None):
    """The writing checks of the posted working copy (or, without data, of the saved one)."""
    from . import writing_checks

    if data is None:
        latest = comparison.revisions.order_by("-number").only("lead", "body").first()
        if latest is None:
            return writing_checks.Report()
        return writing_checks.check(lead=latest.lead, body=latest.body)
    _, revision = unsaved_revision(comparison, data)
    return writing_checks.check(lead=revision.lead, body=revision.body)


TYPE_AHEAD_LIMIT = 8


def link_targets(query: str) -> list[dict]:
    """Published comparisons and public roles whose title contains `query`, with their address."""
    query = " ".join(query.split())[:100]
    if len(query) < 2 or "\x00" in query:
        return []
    comparisons = (
        Comparison.objects.published()
        .filter(live_revision__title__icontains=query)
        .select_related("live_revision")
        .only("pk", "slug", "live_revision__title", "live_revision__slug")
        .order_by("live_revision__title")[:TYPE_AHEAD_LIMIT]
    )
    roles = (
        Role.objects.public().filter(title__icontains=query).only("pk", "slug", "title")
    ).order_by("title")[:TYPE_AHEAD_LIMIT]
    return [
        {"label": c.live_revision.title, "url": c.get_absolute_url(), "kind": "Comparison"}
        for c in comparisons
    ] + [{"label": r.title, "url": r.get_absolute_url(), "kind": "Role"} for r in roles]
