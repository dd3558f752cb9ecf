"""Role facts placed in article prose by reference: `{{ a.salary }}`, `{{ b.salary_period }}`.

`a` is the comparison's role A and `b` its role B. The syntax is a fixed pattern over a fixed
list of names, read by one regular expression: nothing is evaluated, there are no filters,
attributes or calls, so a placeholder can only ever become one of the values below, escaped.

Placeholders stay as written in the stored Markdown and in each revision's rendered HTML; the
page substitutes the roles' current facts when it is built (`resolve_html`), from the same
role objects as the facts table, so table and text always agree.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.html import escape

from .models import Role

# What BLS publishes, in place of a wage, for "at least $239,200" (OEWS top-coding, May 2024
# and earlier files). A figure of exactly this value is shown as “$239,200 or more”.
TOP_CODED_WAGE = 239_200


def usd(value: int | None) -> str:
    if value is None:
        return ""
    text = f"${value:,}"
    return f"{text} or more" if value == TOP_CODED_WAGE else text


def _period(role: Role) -> str:
    return role.salary_as_of.strftime("%B %Y") if role.salary_as_of else ""


def _range(role: Role) -> str:
    if not role.has_salary_range:
        return ""
    return f"{usd(role.salary_p10)}–{usd(role.salary_p90)}"


@dataclass(frozen=True)
class Fact:
    label: str
    value: Callable[[Role], str]
    fields: tuple[str, ...]  # the Role fields the value is made from
    fallback: str = "no published figure"


SALARY_FIELDS = ("median_salary", "salary_source", "salary_as_of")
FACTS = {
    "title": Fact("title", lambda r: r.title, ("title",), fallback="this role"),
    "sector": Fact("sector", lambda r: r.sector.name, ("sector",), fallback="its sector"),
    "salary": Fact("median salary", lambda r: usd(r.median_salary), SALARY_FIELDS),
    "salary_period": Fact("salary date", _period, SALARY_FIELDS, fallback="no date"),
    "salary_source": Fact(
        "salary source",
        lambda r: r.salary_source if r.median_salary is not None else "",
        SALARY_FIELDS,
        fallback="no source",
    ),
    "salary_range": Fact(
        "10th–90th percentile range",
        _range,
        ("salary_p10", "salary_p90", *SALARY_FIELDS),
    ),
    "salary_p10": Fact("10th percentile figure", lambda r: usd(r.salary_p10), ("salary_p10",)),
    "salary_p25": Fact("25th percentile figure", lambda r: usd(r.salary_p25), ("salary_p25",)),
    "salary_p75": Fact("75th percentile figure", lambda r: usd(r.salary_p75), ("salary_p75",)),
    "salary_p90": Fact("90th percentile figure", lambda r: usd(r.salary_p90), ("salary_p90",)),
    "soc_code": Fact(
        "SOC code",
        lambda r: (r.soc_code_list or [""])[0],
        ("soc_codes",),
        fallback="no code",
    ),
}
SIDES = {"a": "role A", "b": "role B"}

PLACEHOLDER = re.compile(r"\{\{\s*(?P<side>[ab])\.(?P<name>[a-z0-9_]+)\s*\}\}")
# Anything that looks like a placeholder, to name the ones that are not valid.
_BRACES = re.compile(r"\{\{(?P<inside>.*?)\}\}", re.DOTALL)


def syntax_help() -> str:
    names = ", ".join(f"{{{{ a.{name} }}}}" for name in FACTS)
    return f"Use one of {names} (or the same with b. for role B)."


def find(text: str) -> list[tuple[str, str]]:
    """The (side, name) of every valid placeholder in `text`, in order."""
    return [(m["side"], m["name"]) for m in PLACEHOLDER.finditer(text or "") if m["name"] in FACTS]


def problems(text: str, roles: dict[str, Role | None]) -> list[str]:
    """What is wrong with the placeholders in `text`, in words an editor understands.

    `roles` maps "a" and "b" to the comparison's roles (None when not chosen yet); a valid
    placeholder for a role that lacks the fact is a problem too, so nobody publishes a sentence
    that reads “earns no published figure”.
    """
    text = text or ""
    found = []
    for match in _BRACES.finditer(text):
        placeholder = PLACEHOLDER.fullmatch(match[0])
        if placeholder is None or placeholder["name"] not in FACTS:
            found.append(f"“{match[0][:60]}” is not a fact we know. {syntax_help()}")
            continue
        role = roles.get(placeholder["side"])
        fact = FACTS[placeholder["name"]]
        if role is not None and not fact.value(role):
            found.append(
                f"“{match[0]}”: {role.title} ({SIDES[placeholder['side']]}) has no "
                f"{fact.label}. Add it to the role, or write the sentence "
                "without it."
            )
    leftover = _BRACES.sub("", text)
    if "{{" in leftover or "}}" in leftover:
        found.append("A placeholder is not closed: write it as {{ a.salary }}.")
    return list(dict.fromkeys(found))


def _value(side: str, name: str, roles: dict[str, Role | None]) -> str | None:
    fact = FACTS.get(name)
    if fact is None:
        return None
    role = roles.get(side)
    return (fact.value(role) if role is not None else "") or fact.fallback


def resolve_text(text: str, roles: dict[str, Role | None]) -> str:
    """Plain text with each placeholder replaced by the fact (unescaped: not for HTML)."""

    def replace(match):
        value = _value(match["side"], match["name"], roles)
        return match[0] if value is None else value

    return PLACEHOLDER.sub(replace, text or "")


def resolve_html(html: str, roles: dict[str, Role | None]) -> str:
    """Sanitised HTML with each placeholder replaced by the escaped fact."""
    if "{{" not in (html or ""):
        return html

    def replace(match):
        value = _value(match["side"], match["name"], roles)
        return match[0] if value is None else escape(value)

    return PLACEHOLDER.sub(replace, html)


def facts_used(text: str, side: str) -> set[str]:
    """The Role fields that the placeholders for `side` in `text` are made from."""
    return {field for s, name in find(text) if s == side for field in FACTS[name].fields}
