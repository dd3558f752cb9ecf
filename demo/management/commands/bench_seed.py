"""Seed thousands of live comparisons quickly, for the benchmark (never on a real site)."""

import datetime
import functools
import itertools

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from taggit.models import Tag, TaggedItem

from careers import services as careers_services
from careers.models import Role, Sector
from comparisons import publishing
from comparisons.models import Comparison, Revision, Section, SectionKind, Status
from core.markdown import render_markdown
from runtime.progress import progress

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
# Varied words, so that searching the seeded articles is like searching real ones.
FIELDS = [
    "Practice", "Clinical", "Dental", "Veterinary", "Pharmacy", "Nursing", "Medical",
    "Laboratory", "Office", "Project", "Product", "Sales", "Retail", "Marketing", "Payroll",
    "Finance", "Data", "Software", "Network", "Facilities", "Logistics", "Warehouse", "Hotel",
    "Restaurant",
]  # fmt: skip
JOBS = [
    "Manager", "Assistant", "Coordinator", "Analyst", "Technician", "Specialist",
    "Administrator", "Supervisor",
]  # fmt: skip
TOPICS = [
    "billing and insurance claims", "patient scheduling", "budgets and forecasts",
    "supplier contracts", "staff rotas and training", "customer complaints",
    "safety inspections", "quarterly reports", "inventory and stock counts",
    "software upgrades", "hiring and onboarding", "quality audits",
]  # fmt: skip
TAGS = [
    "management", "healthcare", "administration", "technology", "finance", "retail",
    "hospitality", "logistics", "entry level", "leadership", "remote work", "shift work",
    "certification", "career change", "salary", "degree optional", "customer service",
    "analytics", "operations", "compliance",
]  # fmt: skip


def role_title(n):
    field, job = FIELDS[n % len(FIELDS)], JOBS[(n // len(FIELDS)) % len(JOBS)]
    cycle = n // (len(FIELDS) * len(JOBS))
    return f"{field} {job}" + (f" {cycle + 1}" if cycle else "")


def revision_tags(tags, n):
    return [tags[(n + k) % len(tags)] for k in range(3)]


def section_body(n, position):
    topics = [TOPICS[(n + position * k) % len(TOPICS)] for k in (1, 5)]
    return f"Day to day this part of the job is about **{topics[0]}** and {topics[1]}.\n\n{BODY}"


class Command(BaseCommand):
    help = "Create N live comparisons (default 3000) with five sections each, for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--comparisons", type=int, default=3000)

    @transaction.atomic
    def handle(self, *args, comparisons, verbosity=1, **options):
        if Comparison.objects.exists():
            raise CommandError("bench_seed wants an empty database.")
        roles_needed = next(n for n in itertools.count(2) if n * (n - 1) // 2 >= comparisons)
        sectors = [
            careers_services.save_sector(sector=Sector(name=f"Sector {n}", slug=f"sector-{n}"))
            for n in range(1, 5)
        ]
        # A few hundred roles at most: one by one through the service, which indexes them.
        roles = [
            Role(
                title=role_title(n),
                slug=slugify(role_title(n)),
                sector=sectors[n % len(sectors)],
                summary="A role that keeps an organisation **running**.",
                education="A bachelor's degree",
                experience="Three years",
                skills="Planning\nCommunication\nBudgeting",
                work_environment="Offices and clinics",
                median_salary=40_000 + n * 17,
                approved_at=timezone.now(),
                salary_source="U.S. Bureau of Labor Statistics",
                salary_as_of=datetime.date(2024, 5, 1),
            )
            for n in range(roles_needed)
        ]
        with progress(self, total=len(roles), desc="Roles", verbosity=verbosity) as bar:
            for role in roles:
                careers_services.save_role(role=role, by=None)
                bar.update()
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
        verdict_html = render_markdown(VERDICT)
        render_once = functools.cache(render_markdown)  # the same few bodies come back often
        Section.objects.bulk_create(
            Section(
                comparison=comparison,
                position=position,
                kind=kind,
                heading=kind.label,
                body=section_body(n, position),
                body_html=render_once(section_body(n, position)),
                verdict=VERDICT,
                verdict_html=verdict_html,
            )
            for n, comparison in enumerate(created)
            for position, kind in enumerate(KINDS, start=1)
        )
        tags = [Tag.objects.create(name=name, slug=slugify(name)) for name in TAGS]
        revisions = []
        bar = progress(self, total=len(created), desc="Snapshots", verbosity=verbosity)
        for n, comparison in enumerate(created):
            data = publishing.snapshot_data(comparison)
            data.pop("tags")
            # The same tags as the TaggedItems below, as a snapshot of a tagged article has them.
            data["body"]["tags"] = sorted(
                ({"name": tag.name, "slug": tag.slug} for tag in revision_tags(tags, n)),
                key=lambda tag: tag["name"],
            )
            revisions.append(Revision(comparison=comparison, number=1, created_at=now, **data))
            bar.update()
        bar.close()
        Revision.objects.bulk_create(revisions, batch_size=500)
        content_type = ContentType.objects.get_for_model(Revision)
        TaggedItem.objects.bulk_create(
            TaggedItem(tag=tag, content_type=content_type, object_id=revision.pk)
            for n, revision in enumerate(revisions)
            for tag in revision_tags(tags, n)
        )
        # The documented bulk path: live, indexed and the generation bumped, like make_live().
        publishing.make_live_in_bulk(
            revisions=revisions,
            at=[now - datetime.timedelta(hours=n) for n in range(len(revisions))],
        )
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # planner statistics, as a live database has them
        if verbosity:
            self.stdout.write(f"Seeded {len(created)} live comparisons and {len(roles)} roles.")
