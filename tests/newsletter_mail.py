"""A scriptable stand-in for the mail server (and for a worker that dies) in sending tests."""

import smtplib

from django.core.mail.backends import locmem


class SimulatedCrash(BaseException):
    """The worker process dying mid-send: like SIGKILL, nothing in the app may catch it."""


class ScriptedBackend(locmem.EmailBackend):
    """Django's in-memory backend, plus connection counting and scripted server behaviour."""

    opened = 0
    attempts = 0
    crash_at = None  # the worker dies when asked to send message number `crash_at` (0-based)
    answers = {}  # address -> list of answers for its next attempts: "ok", "disconnect", or a code
    down = False

    def open(self):
        if ScriptedBackend.down:
            raise ConnectionRefusedError(111, "Connection refused")
        ScriptedBackend.opened += 1
        return True

    def send_messages(self, messages):
        for message in messages:
            if ScriptedBackend.crash_at == ScriptedBackend.attempts:
                ScriptedBackend.crash_at = None
                raise SimulatedCrash
            ScriptedBackend.attempts += 1
            [address] = message.to
            script = ScriptedBackend.answers.get(address) or ["ok"]
            answer = script.pop(0) if len(script) > 1 else script[0]
            if answer == "disconnect":
                raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
            if answer != "ok":
                raise smtplib.SMTPRecipientsRefused({address: (answer, b"Scripted refusal")})
        return super().send_messages(messages)


def use_scripted_mail_server(settings):
    """Route e-mail through ScriptedBackend with a clean script (call it from a fixture)."""
    settings.EMAIL_BACKEND = "tests.newsletter_mail.ScriptedBackend"
    ScriptedBackend.opened = 0
    ScriptedBackend.attempts = 0
    ScriptedBackend.crash_at = None
    ScriptedBackend.answers = {}
    ScriptedBackend.down = False
    return ScriptedBackend
