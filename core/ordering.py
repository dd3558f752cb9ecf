"""Editors order inline rows (sections, tips, picks) by a position number."""


def renumber(items) -> None:
    """Keep positions 1, 2, 3… in the order the editor chose (0 means “at the end”)."""
    ordered = sorted(items, key=lambda item: (item.position or 10_000, item.pk))
    for index, item in enumerate(ordered, start=1):
        if item.position != index:
            type(item).objects.filter(pk=item.pk).update(position=index)
