"""Small helpers that build valid objects with sensible defaults; override what a test needs."""

import datetime
import io
import itertools

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from accounts import groups
from careers import services as careers_services
from careers.models import Role, Sector
from comparisons import publishing
from comparisons.models import Comparison, RelatedLink, Section, Status

_seq = itertools.count(1)


def make_user(username=None, *, group=None, **fields):
    username = username or f"user{next(_seq)}"
    user = get_user_model().objects.create_user(
        username=username, password="pw", is_staff=group is not None, **fields
    )
    if group:
        user.groups.add(_group(group))
    return user


def _group(name):
    """The Writers or Editors group; recreated if a transactional test emptied the database."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        groups.grant_all(django_apps)
        group = Group.objects.get(name=name)
    return group


def make_editor(username="ed", **fields):
    return make_user(username, group=groups.EDITORS, **fields)


def make_writer(username="wri", **fields):
    return make_user(username, group=groups.WRITERS, **fields)


def make_sector(name=None, **fields):
    n = next(_seq)
    name = name or f"Sector {n}"
    sector = Sector(name=name, slug=fields.pop("slug", f"sector-{n}"), **fields)
    return careers_services.save_sector(sector=sector)


def make_role(title=None, *, sector=None, **fields):
    n = next(_seq)
    title = title or f"Role {n}"
    defaults = {
        "slug": f"role-{n}",
        "summary": f"A **{title}** does useful work.",
        "education": "A bachelor's degree",
        "experience": "Two years",
        "skills": "Planning\nCommunication",
        "work_environment": "An office",
        "median_salary": 50000 + n,
        "salary_source": "U.S. Bureau of Labor Statistics",
        "salary_source_url": "https://www.bls.gov/ooh/",
        "salary_as_of": datetime.date(2024, 5, 1),
    }
    defaults.update(fields)
    role = Role(title=title, sector=sector or make_sector(), **defaults)
    careers_services.save_role(role=role, by=None)  # indexed, like every role the admin saves
    return role


def make_comparison(
    role_a=None,
    role_b=None,
    *,
    sections=2,
    links=0,
    tags=("management",),
    published=True,
    **fields,
):
    """A comparison with `sections` sections and `links` URL links; live unless published=False."""
    role_a = role_a or make_role()
    role_b = role_b or make_role(sector=role_a.sector)
    n = next(_seq)
    defaults = {
        "title": f"{role_a.title} vs. {role_b.title}: How They Differ",
        "slug": f"{role_a.slug}-vs-{role_b.slug}",
        "lead": f"How the {role_a.title} and {role_b.title} jobs differ.",
        "intro": "Both jobs keep things running.",
    }
    defaults.update(fields)
    comparison = Comparison.objects.create(role_a=role_a, role_b=role_b, **defaults)
    comparison.tags.set(list(tags))
    for position in range(1, sections + 1):
        Section.objects.create(
            comparison=comparison,
            position=position,
            kind="custom",
            heading=f"Part {position} of {n}",
            body=f"Body text of part {position}, with *emphasis*.",
            verdict=f"Verdict {position}.",
        )
    for position in range(1, links + 1):
        RelatedLink.objects.create(
            comparison=comparison,
            after_section=min(position, sections),
            position=position,
            label=f"Related: outside reading {position}",
            url=f"https://example.com/{n}/{position}",
        )
    publishing.create_revision(comparison)
    if published:
        publishing.make_live(comparison)
        comparison.status = Status.PUBLISHED
        comparison.save(update_fields=["status"])
    return comparison


def image_file(name="hero.png", *, size=(1800, 900), fmt="PNG", color=(30, 90, 160)):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, fmt)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")
