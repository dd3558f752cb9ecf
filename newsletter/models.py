"""Newsletter: subscribers, issues and sends (see its issue)."""
