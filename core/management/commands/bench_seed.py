"""Seed thousands of live comparisons quickly, for the benchmark (never on a real site)."""

import datetime
import itertools

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from taggit.models import Tag, TaggedItem

from careers.models import Role, Sector
from comparisons.models import Comparison, Revision, Section, SectionKind, Status
from comparisons.publishing import snapshot_data
from core.markdown import render_markdown

KINDS = [
    SectionKind.DUTIES,
    SectionKind.REQUIREMENTS,
    SectionKind.ENVIRONMENT,
    SectionKind.SKILLS,
    SectionKind.SALARY,
]
BODY = (
    "The first role spends most of the day on **planning and people**, while the second "
    "is closer to the work itself.\n\n- Scheduling and budgets\n- Reports for leadership\n"
    "- Training new staff\n\n" + "Both jobs reward clear writing and calm problem solving. " * 12
)

VERDICT = "The first role pays a little more."


class Command(BaseCommand):
    help = "Create N live comparisons (default 3000) with five sections each, for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--comparisons", type=int, default=3000)

    @transaction.atomic
    def handle(self, *args, comparisons, **options):
        if Comparison.objects.exists():
            raise CommandError("bench_seed wants an empty database.")
        roles_needed = next(n for n in itertools.count(2) if n * (n - 1) // 2 >= comparisons)
        sectors = [
            Sector.objects.create(name=f"Sector {n}", slug=f"sector-{n}") for n in range(1, 5)
        ]
        roles = Role.objects.bulk_create(
            Role(
                title=f"Bench Role {n:04d}",
                slug=f"bench-role-{n:04d}",
                sector=sectors[n % len(sectors)],
                summary="A role that keeps an organisation **running**.",
                summary_html="<p>A role that keeps an organisation <strong>running</strong>.</p>",
                education="A bachelor's degree",
                experience="Three years",
                skills="Planning\nCommunication\nBudgeting",
                work_environment="Offices and clinics",
                median_salary=40_000 + n * 17,
                salary_source="U.S. Bureau of Labor Statistics",
                salary_as_of=datetime.date(2024, 5, 1),
            )
            for n in range(roles_needed)
        )
        pairs = itertools.islice(itertools.combinations(roles, 2), comparisons)
        now = timezone.now()
        created = Comparison.objects.bulk_create(
            Comparison(
                role_a=a,
                role_b=b,
                title=f"{a.title} vs. {b.title}: What's the Difference?",
                slug=f"{a.slug}-vs-{b.slug}",
                lead=f"How the {a.title} and {b.title} jobs differ in duties, training and pay.",
                intro="Two jobs that often get mixed up. " * 5,
                status=Status.PUBLISHED,
            )
            for a, b in pairs
        )
        body_html, verdict_html = render_markdown(BODY), render_markdown(VERDICT)
        Section.objects.bulk_create(
            Section(
                comparison=comparison,
                position=position,
                kind=kind,
                heading=kind.label,
                body=BODY,
                body_html=body_html,
                verdict=VERDICT,
                verdict_html=verdict_html,
            )
            for comparison in created
            for position, kind in enumerate(KINDS, start=1)
        )
        tags = [Tag.objects.create(name=f"topic {n}", slug=f"topic-{n}") for n in range(20)]
        revisions = []
        for n, comparison in enumerate(created):
            data = snapshot_data(comparison)
            data.pop("tags")
            revisions.append(Revision(comparison=comparison, number=1, created_at=now, **data))
            if n % 500 == 0:
                self.stdout.write(f"  snapshots: {n}/{len(created)}")
        Revision.objects.bulk_create(revisions, batch_size=500)
        content_type = ContentType.objects.get_for_model(Revision)
        TaggedItem.objects.bulk_create(
            TaggedItem(tag=tags[(n + k) % len(tags)], content_type=content_type, object_id=r.pk)
            for n, r in enumerate(revisions)
            for k in range(3)
        )
        for n, (comparison, revision) in enumerate(zip(created, revisions, strict=True)):
            comparison.live_revision = revision
            comparison.live_from = comparison.published_at = comparison.live_updated_at = (
                now - datetime.timedelta(hours=n)
            )
        Comparison.objects.bulk_update(
            created, ["live_revision", "live_from", "published_at", "live_updated_at"], 500
        )
        self.stdout.write(f"Seeded {len(created)} live comparisons and {len(roles)} roles.")
