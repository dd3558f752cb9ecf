"""The notes a plain-form rating leaves on the article page, carried in its address.

The article page is cached and the same for everyone, so the thanks cannot come from a cookie
(Django's messages): the rate view redirects to `?rated=4#rating` or `?rating_error=limit#rating`
and the widget shows the matching note. The codes are a closed list, so a crafted address cannot
put words of its own on the page.
"""

ERROR_CODES = {400: "invalid", 429: "limit"}
ERROR_NOTES = {
    "invalid": "Your rating was not saved: choose a whole number of stars from 1 to 5.",
    "limit": "Your rating was not saved: Too many new ratings of this article have come from "
    "your network today. Please try again tomorrow.",
}


def thanks(stars: int) -> str:
    return f"Thanks! You rated this {stars} out of 5."


def note_from_query(query) -> tuple[int | None, str, str]:
    """(the reader's stars, the note, its level) that a plain-form redirect asks to show."""
    rated = query.get("rated", "")
    if rated in {"1", "2", "3", "4", "5"}:
        return int(rated), thanks(int(rated)), "success"
    error = ERROR_NOTES.get(query.get("rating_error", ""))
    return None, error or "", "error" if error else ""
