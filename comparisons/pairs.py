"""Two roles side by side: which roles readers may pick, the pair's canonical order and address,
and the published comparison of a pair (in either order).

The compare page (discovery) and reader requests (article_requests) both ask here, so a pair
means the same thing everywhere.
"""

import unicodedata
from dataclasses import dataclass

from django.db.models import Q
from django.utils.text import slugify

from careers.models import Role

from .models import Comparison

MAX_NAME_LENGTH = 120
SEPARATOR = "-vs-"


def pickable_roles():
    """The roles a reader may compare: the one definition, used by every picker and page.

    Only roles an editor has approved (`Role.objects.public()`): a writer's unreviewed role
    is not on the site, not even in a generated comparison.
    """
    return Role.objects.public()


class PairError(ValueError):
    """The two roles do not make a pair; `message` says why in words a reader understands."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class UnknownRole(PairError):
    pass


class SameRole(PairError):
    pass


@dataclass(frozen=True)
class Pair:
    """Two different roles in canonical order: by slug, so each pair has one address."""

    first: Role
    second: Role

    @classmethod
    def of(cls, role_a: Role, role_b: Role) -> "Pair":
        if role_a.pk == role_b.pk:
            raise SameRole(
                f"A role cannot be compared with itself: pick a second role to set "
                f"beside {role_a.title}."
            )
        first, second = sorted((role_a, role_b), key=lambda role: role.slug)
        return cls(first, second)

    @property
    def slug(self) -> str:
        return f"{self.first.slug}{SEPARATOR}{self.second.slug}"

    @property
    def title(self) -> str:
        return f"{self.first.title} vs. {self.second.title}"


def clean_name(value) -> str:
    """What a reader typed, tidied: normalised, without control or invisible characters."""
    text = unicodedata.normalize("NFKC", str(value or ""))
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in text)
    return " ".join(text.split())[:MAX_NAME_LENGTH]


def find_role(value, *, roles=None) -> Role:
    """The pickable role a reader means by `value`: its slug or its title, in any case.

    Raises UnknownRole with a hint (similar titles) when there is no such role.
    """
    name = clean_name(value)
    if not name:
        raise UnknownRole("Choose two roles to compare.")
    roles = roles if roles is not None else pickable_roles()
    slug = slugify(name)
    found = (
        roles.select_related("sector")
        .filter(Q(slug=slug) | Q(title__iexact=name))
        .order_by()
        .first()
    )
    if found is not None:
        return found
    similar = list(roles.filter(title__icontains=name).values_list("title", flat=True)[:5])
    if len(similar) == 1:
        return roles.select_related("sector").get(title=similar[0])
    hint = f" Did you mean: {', '.join(similar)}?" if similar else ""
    raise UnknownRole(f"We have no role called “{name}”.{hint}")


def pair_from_slug(text: str) -> tuple[Pair, bool]:
    """The pair an address names, e.g. `nurse-vs-physician`, and whether it is in canonical order.

    Role slugs may themselves contain “-vs-”, so every split is tried in one query.
    """
    parts = text.split(SEPARATOR)
    splits = [(SEPARATOR.join(parts[:n]), SEPARATOR.join(parts[n:])) for n in range(1, len(parts))]
    if not splits:
        raise UnknownRole("A comparison address names two roles, e.g. nurse-vs-physician.")
    wanted = {slug for split in splits for slug in split}
    roles = {
        role.slug: role
        for role in pickable_roles().select_related("sector").filter(slug__in=wanted)
    }
    for first, second in splits:
        if first in roles and second in roles:
            pair = Pair.of(roles[first], roles[second])
            return pair, pair.first.slug == first
    raise UnknownRole("We have no roles by those names to compare.")


def published_comparison(pair: Pair) -> Comparison | None:
    """The live article about the pair, in either order, or None."""
    a, b = pair.first.pk, pair.second.pk
    found = (
        Comparison.objects.published()
        .filter(Q(role_a=a, role_b=b) | Q(role_a=b, role_b=a))
        .select_related("live_revision")
        .only("pk", "slug", "live_revision__slug")
        .order_by()[:1]
    )
    return found[0] if found else None


def comparisons_of_either(pair: Pair, *, limit: int = 6):
    """Published comparisons that include either role, newest first (for the compare page)."""
    roles = [pair.first.pk, pair.second.pk]
    return Comparison.objects.for_listing().filter(Q(role_a__in=roles) | Q(role_b__in=roles))[
        :limit
    ]
