"""Build the POST data the admin's own forms send, inlines included."""

from django.core.files import File
from django.forms import MultiWidget


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


def resubmit_data(response):
    """The POST data of an admin change form exactly as the page rendered it (inlines included)."""
    context = response.context
    data = {}
    forms = [context["adminform"].form]
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        data.update(
            {
                formset.management_form.add_prefix(name): field.value()
                for name, field in formset.management_form.fields.items()
                for field in [formset.management_form[name]]
            }
        )
        forms.extend(formset.forms)
    for form in forms:
        for name in form.fields:
            bound = form[name]
            value = bound.value()
            if value is None or name in getattr(form, "_readonly", ()):
                continue
            widget = bound.field.widget
            if isinstance(widget, MultiWidget):
                for suffix, part in zip(
                    widget.widgets_names, widget.decompress(value), strict=True
                ):
                    data[bound.html_name + suffix] = part
            elif isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            elif isinstance(value, bool):
                if value:
                    data[bound.html_name] = "on"
            elif isinstance(value, File):
                continue  # a stored file stays as it is when no new one is uploaded
            else:
                data[bound.html_name] = value
    return data
