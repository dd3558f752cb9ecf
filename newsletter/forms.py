from django import forms
from django.core.exceptions import ValidationError

from . import services


class SignupForm(forms.Form):
    email = forms.CharField(
        label="Your e-mail address",
        error_messages={"required": "Enter your e-mail address."},
    )
    # A trap for bots: hidden from people by the stylesheet, filled in by form-stuffing scripts.
    website = forms.CharField(required=False, label="Leave this field empty")
    source = forms.CharField(required=False)

    def clean_email(self):
        return services.normalise_email(self.cleaned_data["email"])

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("website"):
            raise ValidationError(
                "We could not accept this sign-up: the “Leave this field empty” field was filled "
                "in. If you are a person, clear it and try again.",
                code="honeypot",
            )
        return cleaned
