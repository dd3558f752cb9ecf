"""Star ratings of comparisons (see its issue)."""
