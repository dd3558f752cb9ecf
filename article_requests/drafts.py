"""The outline a draft started from a reader request begins with: the standard sections, with
role facts placed by reference (`{{ a.salary }}`) so the text follows the facts table."""

from django.db import transaction

from careers.models import Role
from comparisons import publishing
from comparisons.models import Comparison, Section, SectionKind

TITLE_LENGTH = Comparison._meta.get_field("title").max_length
SLUG_LENGTH = Comparison._meta.get_field("slug").max_length


def _salary_line(role: Role, key: str) -> str:
    if role.median_salary is None:
        # A placeholder for a missing figure would not render: say so plainly instead.
        return f"There is no published salary figure for the {{{{ {key}.title }}}} role yet."
    return (
        f"The median {{{{ {key}.title }}}} earns {{{{ {key}.salary }}}} a year "
        f"({{{{ {key}.salary_source }}}}, {{{{ {key}.salary_period }}}})."
    )


def outline(role_a: Role, role_b: Role) -> list[tuple[str, str, str]]:
    """(kind, heading, body) of each standard section, for the writer to fill in."""
    return [
        (
            SectionKind.DUTIES,
            "Duties",
            "What does a {{ a.title }} do on a normal day, and what does a {{ b.title }} do? "
            "Describe each in a short paragraph, then the main difference.",
        ),
        (
            SectionKind.REQUIREMENTS,
            "Requirements",
            "The education, licences and experience each role asks for, and how long it takes "
            "to get there.",
        ),
        (
            SectionKind.ENVIRONMENT,
            "Work environment",
            "Where each role works, the hours, and who they work with.",
        ),
        (
            SectionKind.SKILLS,
            "Skills",
            "The skills both roles share, and the ones only one of them needs.",
        ),
        (
            SectionKind.SALARY,
            "Salary",
            _salary_line(role_a, "a") + "\n\n" + _salary_line(role_b, "b"),
        ),
    ]


def _free_slug(base: str) -> str:
    base = base[:SLUG_LENGTH].strip("-")
    slug, n = base, 2
    while Comparison.objects.filter(slug=slug).exists():
        suffix = f"-{n}"
        slug, n = base[: SLUG_LENGTH - len(suffix)] + suffix, n + 1
    return slug


@transaction.atomic
def create_outline(role_a: Role, role_b: Role, *, by) -> Comparison:
    """A new draft comparison of the two roles, authored by `by`, with its first revision."""
    title = f"{role_a.title} vs. {role_b.title} – what's the difference?"
    lead = (
        f"How the {role_a.title} and {role_b.title} roles differ: duties, requirements, "
        "work environment, skills and pay."
    )
    comparison = Comparison(
        role_a=role_a,
        role_b=role_b,
        title=title[:TITLE_LENGTH],
        slug=_free_slug(f"{role_a.slug}-vs-{role_b.slug}"),
        lead=lead[: Comparison._meta.get_field("lead").max_length],
        author=by,
    )
    comparison.validate_constraints()
    comparison.save()
    for position, (kind, heading, body) in enumerate(outline(role_a, role_b), start=1):
        Section.objects.create(
            comparison=comparison, position=position, kind=kind, heading=heading, body=body
        )
    publishing.create_revision(comparison, user=by)
    return comparison
