from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def reader_cookie_is_secure(app_configs, **kwargs):
    """`check --deploy`: the reader cookie must not travel over plain HTTP in production."""
    if settings.RATINGS_COOKIE_SECURE:
        return []
    return [
        Warning(
            "RATINGS_COOKIE_SECURE is off, so the ratings reader cookie may be sent over HTTP.",
            hint="Leave RATINGS_COOKIE_SECURE unset (it follows DEBUG) or set it to true.",
            id="ratings.W001",
        )
    ]
