"""Demo content for local development: roles, comparisons in every editorial state, accounts.

Loading is idempotent and never overwrites: anything that already exists (matched by slug or
username) is left exactly as it is, so running it twice, or after an editor changed a demo
article, changes nothing.
"""

import datetime
import io
import os
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from PIL import Image, ImageDraw

from accounts import groups
from careers import services as careers_services
from careers.models import Role, Sector
from comparisons import publishing
from comparisons.models import Comparison, RelatedLink, Section
from demo.comparisons import apply_demo_state
from demo.content.comparisons import COMPARISONS
from demo.content.roles import ROLES, SECTORS, SOC_CODES
from demo.newsletter import load_demo_newsletter
from demo.ratings import load_demo_ratings

DEFAULT_PASSWORD = "demo-password"
DEMO_USERS = [
    {
        "username": "editor",
        "group": groups.EDITORS,
        "first_name": "Elena",
        "last_name": "Marsh",
        "job_title": "Managing editor",
        "bio": "Elena spent ten years hiring for clinics and offices before she started "
        "editing careers advice. She checks every salary figure against its source.",
    },
    {
        "username": "writer",
        "group": groups.WRITERS,
        "first_name": "Sam",
        "last_name": "Okafor",
        "job_title": "Careers writer",
        "bio": "Sam writes about work, training and the jobs people move into next.",
    },
]
HERO_IMAGES = 3  # the first few published comparisons get a generated illustration


@dataclass
class DemoResult:
    created: dict = field(default_factory=dict)
    logins: list = field(default_factory=list)

    def count(self, what):
        self.created[what] = self.created.get(what, 0) + 1


def demo_password():
    return os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD


LOAD_STEPS = 6  # accounts, sectors, roles, comparisons, newsletter, ratings


@transaction.atomic
def load_demo(*, on_step=None) -> DemoResult:
    """Create what is missing of the demo; `on_step()` hears of each of the LOAD_STEPS done."""
    step = on_step or (lambda: None)
    result = DemoResult()
    users = {spec["username"]: _ensure_user(spec, result) for spec in DEMO_USERS}
    step()
    sectors = {}
    for slug, name, description in SECTORS:
        sectors[slug] = Sector.objects.filter(Q(slug=slug) | Q(name=name)).first()
        if sectors[slug] is None:
            sectors[slug] = careers_services.save_sector(
                sector=Sector(slug=slug, name=name, description=description)
            )
            result.count("sectors")
    step()
    roles = _load_roles(sectors, result)
    step()
    _load_comparisons(roles, users, result)
    step()
    load_demo_newsletter(result)
    step()
    load_demo_ratings(result)
    step()
    return result


def _ensure_user(spec, result):
    User = get_user_model()
    user = User.objects.filter(username=spec["username"]).first()
    if user is None:
        user = User.objects.create_user(
            username=spec["username"],
            password=demo_password(),
            email=f"{spec['username']}@careercompare.test",
            first_name=spec["first_name"],
            last_name=spec["last_name"],
            job_title=spec["job_title"],
            bio=spec["bio"],
            is_staff=True,
        )
        user.groups.add(Group.objects.get(name=spec["group"]))
        result.count("users")
        result.logins.append((spec["username"], spec["group"]))
    return user


def _month(text):
    year, month = (int(part) for part in text.split("-")[:2])
    return datetime.date(year, month, 1)


def _load_roles(sectors, result):
    """Demo slug → role; a role already there (same slug or title) is used as it is."""
    existing = {role.slug: role for role in Role.objects.all()}
    by_title = {role.title: role for role in existing.values()}
    new = []
    for spec in ROLES:
        found = existing.get(spec["slug"]) or by_title.get(spec["title"])
        if found:
            existing[spec["slug"]] = found
            if not found.soc_codes and SOC_CODES.get(spec["slug"]):
                # Filling an empty code changes nothing readers see (no upkeep needed).
                Role.objects.filter(pk=found.pk).update(soc_codes=SOC_CODES[spec["slug"]])
            continue
        role = Role(
            slug=spec["slug"],
            title=spec["title"],
            sector=sectors[spec["sector"]],
            summary=spec["summary"],
            education=spec["education"],
            experience=spec["experience"],
            skills="\n".join(spec["skills"]),
            work_environment=spec["work_environment"],
            soc_codes=SOC_CODES.get(spec["slug"], ""),
            median_salary=spec.get("median_salary"),
            approved_at=timezone.now(),  # the demo's roles stand reviewed
            **_salary(spec),
        )
        careers_services.save_role(role=role, by=None)
        existing[role.slug] = role
        new.append((role, spec))
        result.count("roles")
    for role, spec in new:  # now that every role they name exists
        if spec.get("related"):
            # Related roles go both ways: keep those that earlier roles already linked here.
            related = {*role.related_roles.all(), *(existing[slug] for slug in spec["related"])}
            careers_services.save_role(role=role, by=None, related_roles=related)
    return existing


def _salary(spec):
    if not spec.get("median_salary"):
        return {}
    return {
        "salary_source": spec["salary_source"],
        "salary_source_url": spec.get("salary_source_url", ""),
        "salary_as_of": _month(spec["salary_as_of"]),
    }


def _load_comparisons(roles, users, result):
    existing = {c.slug: c for c in Comparison.objects.all()}
    by_pair = {frozenset((c.role_a_id, c.role_b_id)): c for c in existing.values()}
    new = []
    for spec in COMPARISONS:
        pair = frozenset((roles[spec["role_a"]].pk, roles[spec["role_b"]].pk))
        found = existing.get(spec["slug"]) or by_pair.get(pair)
        if found:
            existing[spec["slug"]] = found
            continue
        comparison = Comparison.objects.create(
            slug=spec["slug"],
            title=spec["title"],
            lead=spec["lead"],
            intro=spec["intro"],
            role_a=roles[spec["role_a"]],
            role_b=roles[spec["role_b"]],
            author=users.get(spec.get("author", "editor")),
        )
        comparison.tags.set(spec.get("tags", []))
        for position, section in enumerate(spec["sections"], start=1):
            Section.objects.create(comparison=comparison, position=position, **section)
        existing[comparison.slug] = comparison
        new.append((comparison, spec))
        result.count("comparisons")

    heroes = 0
    for comparison, spec in new:
        for position, link in enumerate(spec.get("links", []), start=1):
            RelatedLink.objects.create(
                comparison=comparison,
                after_section=link["after"],
                position=position,
                label=link["label"],
                target_comparison=existing.get(link.get("comparison")),
                target_role=roles.get(link.get("role")),
                url=link.get("url", ""),
            )
        if spec["state"] == "published" and heroes < HERO_IMAGES:
            _add_hero(comparison, heroes)
            heroes += 1
        author = comparison.author
        publishing.create_revision(comparison, user=author)
        _apply_state(comparison, spec, users)


def _apply_state(comparison, spec, users):
    apply_demo_state(comparison, spec, users)


HERO_PALETTES = [
    ((11, 92, 171), (154, 77, 0)),
    ((29, 107, 47), (11, 92, 171)),
    ((120, 40, 110), (29, 107, 47)),
]


def _add_hero(comparison, index):
    """A simple generated illustration: two overlapping discs, one for each role."""
    left, right = HERO_PALETTES[index % len(HERO_PALETTES)]
    image = Image.new("RGB", (1600, 900), (243, 246, 250))
    draw = ImageDraw.Draw(image, "RGBA")
    draw.ellipse((330, 150, 930, 750), fill=(*left, 200))
    draw.ellipse((670, 150, 1270, 750), fill=(*right, 200))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    comparison.hero_image.save(f"{comparison.slug}.png", ContentFile(buffer.getvalue()), save=False)
    comparison.hero_alt = (
        f"Two overlapping circles standing for the {comparison.role_a.title} "
        f"and {comparison.role_b.title} roles"
    )
    comparison.save()
