"""Signed tokens for the links in our e-mails.

Both sign the subscriber's random `key`, never the row id. The confirmation token also carries a
one-time nonce and a timestamp (it expires); the unsubscribe token never expires, because an
unsubscribe link in an old e-mail must keep working.
"""

import datetime

from django.conf import settings
from django.core import signing

CONFIRM_SALT = "newsletter.confirm"
UNSUBSCRIBE_SALT = "newsletter.unsubscribe"


class InvalidToken(Exception):
    """The token was not made by us, or was changed."""


class ExpiredToken(InvalidToken):
    """The token is genuine but too old."""


def confirm_max_age() -> datetime.timedelta:
    return datetime.timedelta(days=settings.NEWSLETTER_CONFIRM_DAYS)


def make_confirm_token(subscriber) -> str:
    return signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(
        [subscriber.key.hex, subscriber.confirm_nonce]
    )


def read_confirm_token(token: str) -> tuple[str, str]:
    """The (key, nonce) a confirmation token carries; raises InvalidToken or ExpiredToken."""
    signer = signing.TimestampSigner(salt=CONFIRM_SALT)
    try:
        key, nonce = signer.unsign_object(token, max_age=confirm_max_age())
    except signing.SignatureExpired as error:
        raise ExpiredToken from error
    except (signing.BadSignature, ValueError, TypeError) as error:
        raise InvalidToken from error
    return str(key), str(nonce)


def make_unsubscribe_token(subscriber) -> str:
    return signing.Signer(salt=UNSUBSCRIBE_SALT).sign(subscriber.key.hex)


def read_unsubscribe_token(token: str) -> str:
    """The subscriber key an unsubscribe token carries; raises InvalidToken."""
    try:
        return signing.Signer(salt=UNSUBSCRIBE_SALT).unsign(token)
    except signing.BadSignature as error:
        raise InvalidToken from error
