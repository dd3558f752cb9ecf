from html import unescape

from django import template
from django.utils.html import strip_tags

register = template.Library()

# Initialisms are read letter by letter: "an HR manager", "an MRI technician", "a URL".
LETTERS_SOUNDING_LIKE_A_VOWEL = set("AEFHILMNORSX")
# Words whose spelling misleads: "a university", "a user", "an hour", "an honest".
SOUNDS_LIKE_A_CONSONANT = ("uni", "use", "usu", "uti", "eu", "one", "once")
SILENT_H = ("hour", "honest", "honor", "honour", "heir")


@register.filter
def a_or_an(noun: str) -> str:
    """“a Practice Manager”, “an Office Manager”, “an HR Manager”."""
    word = noun.split()[0] if noun.split() else ""
    return f"{_article(word)} {noun}"


def _article(word: str) -> str:
    letters = "".join(ch for ch in word if ch.isalpha())
    if not letters:
        return "a"
    if len(letters) > 1 and letters.isupper():
        return "an" if letters[0] in LETTERS_SOUNDING_LIKE_A_VOWEL else "a"
    lower = letters.lower()
    if lower.startswith(SILENT_H):
        return "an"
    if lower.startswith(SOUNDS_LIKE_A_CONSONANT):
        return "a"
    return "an" if lower[0] in "aeiou" else "a"


@register.filter
def plain_text(html: str) -> str:
    """The words of stored HTML as ordinary (unsafe) text, for attributes such as a meta
    description: tags dropped, entities decoded, so autoescaping then escapes it exactly once.

    (`|safe|striptags` would keep the result marked safe, and a quote in it closes the attribute.)
    """
    return " ".join(unescape(strip_tags(str(html or ""))).split())
