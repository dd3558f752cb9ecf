"""Give every existing tag a slug that /tags/<slug>/ can route (see comparisons/tags.py).

Tags saved before then could have a Unicode slug (`résumé`) or an empty one (`🔥`), and their
articles, previews and the sitemap failed. Repaired slugs are also written into the revisions'
snapshots, which list each tag with its slug. The reverse keeps the repaired slugs: the old ones
never had a working address.
"""

import hashlib
import re

from django.db import migrations
from django.utils.text import slugify

ROUTABLE = re.compile(r"[-a-zA-Z0-9_]+")


def _base(name):
    slug = slugify(name)[:88].strip("-_")
    return slug or "tag-" + hashlib.sha256(name.encode()).hexdigest()[:8]


def repair(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    Revision = apps.get_model("comparisons", "Revision")
    taken = set(Tag.objects.values_list("slug", flat=True))
    renamed = {}
    for tag in Tag.objects.order_by("pk"):
        if ROUTABLE.fullmatch(tag.slug or ""):
            continue
        base = _base(tag.name)
        slug, n = base, 2
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add(slug)
        renamed[tag.slug] = slug
        tag.slug = slug
        tag.save(update_fields=["slug"])
    if not renamed:
        return
    for revision in Revision.objects.only("pk", "body").iterator():
        listed = revision.body.get("tags") or []
        if not any(item.get("slug") in renamed for item in listed):
            continue
        for item in listed:
            item["slug"] = renamed.get(item.get("slug"), item.get("slug"))
        Revision.objects.filter(pk=revision.pk).update(body=revision.body)


class Migration(migrations.Migration):
    dependencies = [
        ("comparisons", "0002_workflow_events_scheduling_review_by"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(repair, migrations.RunPython.noop)]
