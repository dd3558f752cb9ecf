def wants_json(request) -> bool:
    """Whether the caller (our own scripts) asked for JSON rather than a page."""
    return "application/json" in request.headers.get("Accept", "")
