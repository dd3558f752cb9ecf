"""Store every subscriber address in its canonical form and merge look-alikes.

Before, `a@ex\u200bample.com`, `ａ@example.com` and `a@example.com` could be separate subscribers
of one mailbox. Each group becomes one subscriber: the row that confirmed or unsubscribed last
(the person's latest wish; a row still pending wins only among pending ones) survives with its
status. The others' consent records move to it, so the whole history stays; their deliveries
move too, or, where the survivor already has that issue, stay as anonymous rows (as after an
erasure) so send totals are unchanged. Addresses that cannot be made canonical stay as they are.

The canonical form is frozen here (a copy of core/email_addresses.canonical at this time), so
later changes to that module cannot change what this migration did. The reverse does nothing:
merged rows cannot be told apart again, and the canonical spellings remain valid.
"""

import unicodedata

from django.db import migrations


def _canonical(value):
    text = unicodedata.normalize("NFKC", value or "").strip()
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        return None
    domain = domain.rstrip(".")
    if not domain.startswith("["):
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    address = f"{local}@{domain}".lower()
    return address if len(address) <= 254 else None


def _last_decision(subscriber):
    """When this row last confirmed or unsubscribed; a pending row (never decided) sorts last."""
    moments = [m for m in (subscriber.confirmed_at, subscriber.unsubscribed_at) if m is not None]
    return (True, max(moments)) if moments else (False, subscriber.created_at)


def merge(apps, schema_editor):
    Subscriber = apps.get_model("newsletter", "Subscriber")
    ConsentRecord = apps.get_model("newsletter", "ConsentRecord")
    Delivery = apps.get_model("newsletter", "Delivery")
    groups = {}
    for subscriber in Subscriber.objects.order_by("pk").iterator():
        address = _canonical(subscriber.email)
        if address is not None:
            groups.setdefault(address, []).append(subscriber)
    for address, members in groups.items():
        if len(members) == 1 and members[0].email == address:
            continue
        survivor = max(members, key=lambda s: (_last_decision(s), s.pk))
        others = [s for s in members if s.pk != survivor.pk]
        for other in others:
            ConsentRecord.objects.filter(subscriber=other).update(subscriber=survivor)
            has_issue = Delivery.objects.filter(subscriber=survivor).values("issue_id")
            Delivery.objects.filter(subscriber=other, issue_id__in=has_issue).update(
                subscriber=None
            )
            Delivery.objects.filter(subscriber=other).update(subscriber=survivor)
        Subscriber.objects.filter(pk__in=[s.pk for s in others]).delete()
        Subscriber.objects.filter(pk=survivor.pk).update(email=address)


class Migration(migrations.Migration):
    dependencies = [("newsletter", "0004_issue_header_fields_one_line")]

    operations = [migrations.RunPython(merge, migrations.RunPython.noop)]
