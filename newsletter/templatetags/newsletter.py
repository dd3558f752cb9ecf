from django import template

from newsletter.plain_text import html_to_text

from ..compose import SIGNUP_PROMISE

register = template.Library()


@register.inclusion_tag("newsletter/includes/signup_form.html", takes_context=True)
def newsletter_signup(context, form_id="footer", hide=False):
    """The footer's sign-up form: no database queries, so every page can carry it. Pages that
    are about subscribing pass `hide`; the request and CSRF token come from the context."""
    request = context.get("request")
    return {
        "show": not hide,
        "form_id": form_id,
        "heading": True,
        "promise": SIGNUP_PROMISE,
        "source": request.path if request else "",
    }


@register.filter
def as_plain_text(html: str) -> str:
    """Sanitised HTML as readable plain text, for the text part of an e-mail."""
    return html_to_text(html)
