"""Full-text search over published comparisons and roles (see its issue)."""
