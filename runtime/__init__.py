"""Running the site as processes: one-line logs, request ids, 503s while the database is away,
reconnect loops, a cache that survives Redis outages, readiness, security headers.

Like `core`, it knows no app; unlike `core`, nothing here is about content.
"""
