"""Readable plain text from our sanitised HTML, for the text part of e-mails.

Markdown source is not plain text (`**bold**`, `[label](url)`): e-mail clients that show the
text part deserve words, with paragraphs, list bullets and link addresses kept.
"""

import html
import re
from html.parser import HTMLParser

BLOCKS = {"p", "div", "blockquote", "pre", "table", "tr", "dl", "dd", "dt", "hr", "h3", "h4"}


class _TextBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lists: list[list] = []  # [kind, counter]
        self.links: list[str] = []
        self.quotes: list[int] = []  # where each open blockquote starts in `out`

    def _newline(self, blank=True):
        self.out.append("\n\n" if blank else "\n")

    def handle_starttag(self, tag, attrs):
        if tag in ("ul", "ol"):
            if not self.lists:
                self._newline()
            self.lists.append([tag, 0])
        elif tag == "li":
            if not "".join(self.out[-2:]).endswith("\n"):
                self._newline(blank=False)
            indent = "   " * (len(self.lists) - 1)
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                self.out.append(f"{indent}{self.lists[-1][1]}. ")
            else:
                self.out.append(f"{indent}- ")
        elif tag == "br":
            self._newline(blank=False)
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        elif tag == "blockquote":
            self._newline()
            self.quotes.append(len(self.out))
        elif tag in ("td", "th"):
            self.out.append(" | ")
        elif tag in BLOCKS:
            self._newline()
            if tag == "hr":
                self.out.append("* * *")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self._newline(blank=not self.lists)
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and not href.startswith("#"):
                self.out.append(f" ({href})")
        elif tag == "blockquote" and self.quotes:
            begin = self.quotes.pop()
            quoted = _tidy("".join(self.out[begin:]))
            self.out[begin:] = ["\n".join(f"> {line}".rstrip() for line in quoted.split("\n"))]
            self._newline()
        elif tag in BLOCKS:
            self._newline()

    def handle_data(self, data):
        text = re.sub(r"\s+", " ", data)
        if text == " " and (not self.out or self.out[-1].endswith("\n")):
            return  # the line break between two tags
        self.out.append(text)


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [
        line if line.lstrip()[:2] in ("- ",) or line.lstrip()[:1].isdigit() else line.lstrip()
        for line in lines
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(fragment: str) -> str:
    """Paragraphs apart, bullets as "- ", numbered items, "label (address)" for links."""
    if not fragment:
        return ""
    builder = _TextBuilder()
    builder.feed(fragment)
    builder.close()
    return _tidy(html.unescape("".join(builder.out)))
