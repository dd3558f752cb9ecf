from django import template

from ..compose import SIGNUP_PROMISE

register = template.Library()


@register.inclusion_tag("newsletter/includes/signup_form.html", takes_context=True)
def newsletter_signup(context, form_id="footer"):
    """The footer's sign-up form: no database queries, so every page can carry it."""
    request = context.get("request")
    return {
        "show": not context.get("hide_footer_signup"),
        "form_id": form_id,
        "heading": True,
        "promise": SIGNUP_PROMISE,
        "source": request.path if request else "",
    }
