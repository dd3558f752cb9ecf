"""Build the POST data the admin's own forms send, inlines included."""


def management(prefix, total, initial=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def comparison_form(role_a, role_b, *, sections=(), links=(), **fields):
    data = {
        "role_a": role_a.pk,
        "role_b": role_b.pk,
        "title": f"{role_a.title} vs. {role_b.title}",
        "slug": f"{role_a.slug}-vs-{role_b.slug}",
        "lead": "How the two jobs differ.",
        "tags": "management, pay",
        "intro": "An intro.",
        "hero_alt": "",
        "author": "",
        **management("sections", len(sections)),
        **management("related_links", len(links)),
    }
    for n, section in enumerate(sections):
        data.update({f"sections-{n}-{key}": value for key, value in section.items()})
    for n, link in enumerate(links):
        data.update({f"related_links-{n}-{key}": value for key, value in link.items()})
    data.update(fields)
    return data
