"""Who is rating: an anonymous reader id in a signed cookie, a staff account, a hashed IP."""

import re
import uuid

from django.conf import settings

from core.client_ip import ip_fingerprint

from .services import staff_reader

READER_COOKIE = "cc_reader"
READER_COOKIE_SALT = "ratings.reader"
READER_COOKIE_MAX_AGE = 365 * 24 * 60 * 60
_READER_ID = re.compile(r"^[0-9a-f]{32}$")


def new_reader_id() -> str:
    return uuid.uuid4().hex


def reader_from_request(request) -> str | None:
    """The rater behind `request`: a staff account, the reader id in a valid cookie, or None.

    A cookie whose signature does not check out is ignored, so a tampered cookie makes a new
    reader, never someone else.
    """
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return staff_reader(user)
    value = request.get_signed_cookie(READER_COOKIE, default=None, salt=READER_COOKIE_SALT)
    return value if value and _READER_ID.match(value) else None


def remember_reader(response, reader_id: str) -> None:
    response.set_signed_cookie(
        READER_COOKIE,
        reader_id,
        salt=READER_COOKIE_SALT,
        max_age=READER_COOKIE_MAX_AGE,
        secure=settings.RATINGS_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def ip_hash(address: str) -> str:
    """The rating limit's fingerprint of an address (IPv6 counts as its /64; see core)."""
    return ip_fingerprint(address, purpose="careercompare.ratings.ip" + settings.RATINGS_IP_SALT)
