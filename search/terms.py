"""Turning what a reader typed into words to look for.

Only letters and digits reach the database, each as a separate word, so no input can be read as
search syntax (quotes, `*`, `NEAR(`, `OR`, `-`) by either backend.
"""

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_CHARS = 200
MAX_WORDS = 10
WORD = re.compile(r"[^\W_]+")

# PostgreSQL's English stop words (the Snowball list), applied here so that both databases ignore
# the same words, plus "vs": every comparison title has it, so it tells articles apart by nothing.
STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can did do does doing don down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is
    it its itself just me more most my myself no nor not now of off on once only or other
    our ours ourselves out over own s same she should so some such t than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with you your yours
    yourself yourselves
    """.split()  # noqa: SIM905 – kept as the plain word list it is
) | {"vs", "versus"}


@dataclass(frozen=True)
class SearchTerms:
    text: str  # what the reader typed, tidied: shown back in the search box
    words: tuple[str, ...]  # lower-case words to look for, in the order typed
    shortened: bool = False  # the query was longer than MAX_QUERY_CHARS

    def __bool__(self):
        return bool(self.words)


def parse(raw: str | None) -> SearchTerms:
    """Tidy `raw` and pick out the words worth looking for (none for punctuation or emoji)."""
    # Control, format and private-use characters (NUL included) become spaces.
    normalised = unicodedata.normalize("NFKC", raw or "")
    printable = "".join(
        " " if unicodedata.category(char).startswith("C") else char for char in normalised
    )
    text = " ".join(printable.split())
    shortened = len(text) > MAX_QUERY_CHARS
    text = text[:MAX_QUERY_CHARS]
    words = []
    for word in WORD.findall(text.lower()):
        if word not in STOP_WORDS and word not in words:
            words.append(word)
    return SearchTerms(text=text, words=tuple(words[:MAX_WORDS]), shortened=shortened)
