from django import forms

from .models import STARS

STARS_MESSAGE = "Choose a rating from 1 to 5 stars."


class RatingForm(forms.Form):
    stars = forms.TypedChoiceField(
        choices=[(str(n), f"{n} out of 5") for n in STARS],
        coerce=int,
        error_messages={
            "required": STARS_MESSAGE,
            "invalid_choice": "A rating is a whole number of stars from 1 to 5.",
        },
    )

    def error_text(self) -> str:
        return " ".join(self.errors.get("stars", [STARS_MESSAGE]))
