"""The admin's sign-in form."""

from django.contrib.admin.forms import AdminAuthenticationForm

from .models import User

USERNAME_MAX_LENGTH = User._meta.get_field("username").max_length


class StaffLoginForm(AdminAuthenticationForm):
    """Django's admin sign-in, refusing a username no account can have before it is checked.

    Django's form only sets `maxlength` on the input, so any length reached authenticate();
    django-axes then logged the failure in a 255-character column, which PostgreSQL refused
    (a 500). No account has such a name, so the answer is the usual "wrong name or password".
    """

    def clean(self):
        if len(self.cleaned_data.get("username") or "") > USERNAME_MAX_LENGTH:
            raise self.get_invalid_login_error()
        return super().clean()
