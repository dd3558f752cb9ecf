"""Markdown to safe HTML, done once when content is saved, never per request."""

import re

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "dl", "dt", "em", "h3", "h4", "hr",
    "i", "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th",
    "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "td": {"align"},
    "th": {"align"},
}
# "extra" without footnotes: footnote links need ids, which the sanitiser must strip (ids from
# several Markdown fields on one page would clash), so `[^1]` would point nowhere.
EXTENSIONS = ["abbr", "def_list", "fenced_code", "tables", "sane_lists"]
# Article pages own h1 (title) and h2 (section headings): headings inside bodies start at h3.
_TOP_HEADING = re.compile(r"<(/?)h[12]\b")


def render_markdown(text: str) -> str:
    """Render editor Markdown to HTML with scripts, event handlers and unsafe URLs removed."""
    if not text or not text.strip():
        return ""
    html = markdown.markdown(text, extensions=EXTENSIONS, output_format="html")
    html = _TOP_HEADING.sub(r"<\1h3", html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def plain_text(html: str) -> str:
    """The words of an HTML fragment, for reading time and search."""
    return nh3.clean(html, tags=set()).replace("&amp;", "&")


def word_count(html: str) -> int:
    return len(plain_text(html).split())
