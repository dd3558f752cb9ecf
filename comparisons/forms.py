"""Forms of the editors' workspace: the comparison form that refuses lost updates, and the
workflow panel's form."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html

from careers import facts
from core.dates import validate_storable
from core.params import MAX_DB_INT

from .models import Action, Comparison
from .workflow import TRANSITIONS

NO_FACTS_HERE = (
    "Role facts like {{ a.salary }} only work in the introduction, section texts and "
    "verdicts; this field is shown as written (also to search engines)."
)


def roles_of(comparison: Comparison, cleaned: dict | None = None) -> dict:
    """The roles `{{ a.… }}` and `{{ b.… }}` will show: chosen in the form, else saved ones."""
    cleaned = cleaned or {}
    roles = {}
    for side in ("a", "b"):
        role = cleaned.get(f"role_{side}")
        if role is None and getattr(comparison, f"role_{side}_id"):
            role = getattr(comparison, f"role_{side}")
        roles[side] = role
    return roles


def add_fact_problems(form, roles: dict, fields: dict) -> None:
    """Attach each placeholder problem to the field it is in, naming the field."""
    for name, label in fields.items():
        text = form.cleaned_data.get(name) or ""
        for problem in facts.problems(text, roles):
            form.add_error(name, f"{label}: {problem}")


def latest_number(comparison: Comparison) -> int:
    latest = comparison.revisions.order_by("-number").values_list("number", flat=True).first()
    return latest or 0


class ComparisonAdminForm(forms.ModelForm):
    """The change form carries the revision it was opened at; saving over a newer one is refused.

    The refusal keeps everything the user typed in the form (nothing is saved) and names who
    saved meanwhile and when. The hidden number then moves on to the newer revision, so saving
    again deliberately keeps this user's version; the other one stays in the history.
    """

    # The admin builds the Meta (model and fields from the fieldsets).
    # False only for a form shown with restored autosaved text (a GET: nothing is saved then;
    # the Save that follows posts a normal form, which makes this check).
    checks_conflicts = True
    base_revision = forms.IntegerField(
        widget=forms.HiddenInput, required=False, min_value=0, max_value=MAX_DB_INT
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["base_revision"].initial = latest_number(self.instance)

    def clean_hero_image(self):
        image = self.cleaned_data.get("hero_image")
        picture = getattr(image, "image", None)  # set by ImageField for a fresh upload only
        if picture is not None:
            width = picture.width
            if width < settings.HERO_MIN_WIDTH:
                raise ValidationError(
                    f"This image is {width} pixels wide; hero images need at least "
                    f"{settings.HERO_MIN_WIDTH} (1600 or more looks sharp everywhere)."
                )
            best = max(settings.HERO_RENDITION_WIDTHS)
            if width < best:
                self.hero_warning = (
                    f"The hero image is {width} pixels wide: it will look soft on wide screens. "
                    f"An image {best} pixels wide or more looks sharp everywhere."
                )
        return image

    def clean(self):
        cleaned = super().clean()
        add_fact_problems(self, roles_of(self.instance, cleaned), {"intro": "Introduction"})
        for name in ("title", "lead"):
            if "{{" in (cleaned.get(name) or ""):
                self.add_error(name, NO_FACTS_HERE)
        replaced = (
            self.instance.pk
            and self.initial.get("hero_image")
            and "hero_image" in self.changed_data
            and cleaned.get("hero_image")
        )
        if replaced and "hero_alt" not in self.changed_data:
            self.add_error(
                "hero_alt",
                "You replaced the image: describe the new one. The description below is "
                "still the old image's.",
            )
        base = cleaned.get("base_revision")
        if self.instance.pk and base is not None and self.checks_conflicts:
            self._refuse_if_saved_meanwhile(base)
        return cleaned

    def _refuse_if_saved_meanwhile(self, base):
        # Hold the row until this save commits, so two saves cannot both pass this check.
        Comparison.objects.select_for_update().filter(pk=self.instance.pk).first()
        latest = self.instance.revisions.select_related("created_by").order_by("-number").first()
        if latest is None or latest.number == base:
            return
        data = self.data.copy()
        data[self.add_prefix("base_revision")] = latest.number
        self.data = data
        who = latest.created_by.display_name if latest.created_by else "Someone"
        when = timezone.localtime(latest.created_at).strftime("%b %d, %Y at %H:%M")
        compare = (
            reverse("admin:comparisons_comparison_compare", args=[self.instance.pk])
            + f"?a={base}&b={latest.number}"
        )
        raise ValidationError(
            format_html(
                "{} saved this comparison on {} (revision {}), after you opened it. Nothing "
                'was saved: your text is still in the form below. <a href="{}">See what they '
                "changed</a>. Save again to keep your version (theirs stays in the history), "
                "or reload the page to continue from theirs.",
                who,
                when,
                latest.number,
                compare,
            ),
            code="saved_meanwhile",
        )


class SectionFormSet(BaseInlineFormSet):
    """Sections may use role facts; unknown names, or facts a role lacks, are refused."""

    def clean(self):
        super().clean()
        roles = roles_of(self.instance)
        for number, form in enumerate(self.forms, start=1):
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            heading = form.cleaned_data.get("heading") or f"section {number}"
            add_fact_problems(
                form,
                roles,
                {"body": f"Section “{heading}”, text", "verdict": f"Section “{heading}”, verdict"},
            )
            if "{{" in (form.cleaned_data.get("heading") or ""):
                form.add_error("heading", NO_FACTS_HERE)


ACTION_CHOICES = [(t.action, t.button) for t in TRANSITIONS.values()]


class WorkflowForm(forms.Form):
    action = forms.ChoiceField(choices=ACTION_CHOICES)
    comment = forms.CharField(
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Kept in the history. Required when an editor requests changes: the writer "
        "is emailed it.",
    )
    when = forms.DateTimeField(
        label="Go live at",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        validators=[validate_storable],
    )
    seen_revision = forms.IntegerField(
        required=False, widget=forms.HiddenInput, min_value=0, max_value=MAX_DB_INT
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["when"].help_text = f"Only for “Schedule”; {timezone.get_current_timezone()}."

    def check_seen(self, comparison: Comparison):
        """Approving or publishing a version you have not seen is refused."""
        action = self.cleaned_data["action"]
        seen = self.cleaned_data.get("seen_revision")
        if action not in (Action.APPROVE, Action.SCHEDULE, Action.PUBLISH) or seen is None:
            return
        latest = comparison.revisions.select_related("created_by").order_by("-number").first()
        if latest and latest.number != seen:
            who = latest.created_by.display_name if latest.created_by else "Someone"
            raise ValidationError(
                f"{who} saved a new version (revision {latest.number}) after you opened this "
                "page. Read it before you approve or publish it."
            )


class CompareForm(forms.Form):
    a = forms.IntegerField(min_value=1, max_value=MAX_DB_INT)
    b = forms.IntegerField(min_value=1, max_value=MAX_DB_INT)
