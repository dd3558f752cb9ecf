"""What the index holds for a comparison or a role, as plain text, and how much each part counts.

Pure functions of plain values, so the data migration that fills the index can use them too.
"""

import html
import re

# Each indexed column with its PostgreSQL weight (A counts most) and its SQLite bm25 weight.
# A word in a title or a role name must outrank the same word in the body text.
COLUMNS = (
    ("title", "A", 10.0),
    ("roles", "A", 10.0),
    ("tags", "B", 4.0),
    ("summary", "B", 4.0),
    ("body", "C", 1.0),
)
COLUMN_NAMES = tuple(name for name, _, _ in COLUMNS)

# The backends wrap matched words in these private-use characters (removed from all indexed
# text); `search.highlight` turns them into <mark> after escaping everything else.
MARK_START, MARK_END = "\ue000", "\ue001"

_TAG = re.compile(r"<[^>]*>")
# Role-fact placeholders in article prose (careers.facts): the page fills them in from the
# roles; the index leaves them out, so snippets never show the braces and no stale figure is kept.
_FACT_PLACEHOLDER = re.compile(r"\{\{\s*[ab]\.[a-z0-9_]+\s*\}\}")
_MARKERS = str.maketrans("", "", MARK_START + MARK_END)


def plain_text(fragment: str) -> str:
    """The words of an HTML fragment, with block boundaries kept as spaces."""
    text = _FACT_PLACEHOLDER.sub(" ", _TAG.sub(" ", fragment or ""))
    return " ".join(html.unescape(text).split())


def _without_markers(document: dict) -> dict:
    return {column: text.translate(_MARKERS) for column, text in document.items()}


def comparison_document(*, title: str, lead: str, body: dict, role_titles: list[str]) -> dict:
    """The index columns of a comparison, from its live revision's title, lead and body."""
    sections = body.get("sections", [])
    texts = [lead, plain_text(body.get("intro_html", ""))]
    for section in sections:
        texts.append(plain_text(section.get("body_html", "")))
        texts.append(plain_text(section.get("verdict_html", "")))
    document = {
        "title": title,
        "roles": "\n".join(role_titles),
        "tags": "\n".join(tag["name"] for tag in body.get("tags", [])),
        "summary": "\n".join([lead, *(section["heading"] for section in sections)]),
        "body": "\n".join(text for text in texts if text),
    }
    return _without_markers(document)


def role_document(
    *, title: str, summary_html: str, skills: str, education: str, experience: str, environment: str
) -> dict:
    """The index columns of a role: its title, then what its page says about it."""
    skill_list = skills.replace("\n", ", ")
    texts = [plain_text(summary_html), skill_list, education, experience, environment]
    document = {
        "title": title,
        "roles": "",
        "tags": "",
        "summary": "",
        "body": "\n".join(text.strip() for text in texts if text.strip()),
    }
    return _without_markers(document)
