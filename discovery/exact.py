"""What the reader named exactly: a role's whole title, or an article's title or role pair.

Full-text ranking weighs words, not names: "practice manager vs office manager" would otherwise
rank any article about practice managers that mentions offices as high as the one with that
title, and leave out a role whose page does not mention the other role. These come first.
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from careers.models import Role
from comparisons.models import Comparison
from search.backends.base import RankedEntry
from search.terms import SearchTerms, parse

MAX_NAMED = 5
PINNED_SCORE = float("inf")


def _words(title: str) -> set[str]:
    return set(parse(title).words)


def named_roles(terms: SearchTerms) -> list[Role]:
    """Roles every word of whose title the reader typed, longest title first."""
    if not terms:
        return []
    query = set(terms.words)
    candidates = (
        Role.objects.public()
        .filter(reduce(or_, (Q(title__icontains=word) for word in query)))
        .only("pk", "title")
    )
    named = [role for role in candidates if (words := _words(role.title)) and words <= query]
    named.sort(key=lambda role: (-len(_words(role.title)), role.title))
    return named[:MAX_NAMED]


def named_comparisons(terms: SearchTerms) -> list[int]:
    """Published comparisons whose title is what the reader typed, or whose two roles they
    both named; exact titles first."""
    if not terms:
        return []
    query = set(terms.words)
    role_ids = [role.pk for role in named_roles(terms)]
    pair = Q(role_a__in=role_ids, role_b__in=role_ids) if len(role_ids) >= 2 else Q(pk__in=[])
    candidates = (
        Comparison.objects.published()
        .filter(pair | Q(live_revision__title__iexact=terms.text))
        .values_list("pk", "live_revision__title")[:MAX_NAMED]
    )
    ranked = sorted(candidates, key=lambda row: (_words(row[1]) != query, row[1]))
    return [pk for pk, _ in ranked]


def pinned_entries(entries, ids: list[int], *, key: str = "comparison_id") -> list[RankedEntry]:
    """The index entries (among `entries`) of the comparisons or roles in `ids`, in that order."""
    if not ids:
        return []
    found = dict(entries.filter(**{f"{key}__in": ids}).values_list(key, "pk"))
    return [
        RankedEntry(
            entry_id=found[pk],
            comparison_id=pk if key == "comparison_id" else None,
            role_id=pk if key == "role_id" else None,
            score=PINNED_SCORE,
        )
        for pk in ids
        if pk in found
    ]
