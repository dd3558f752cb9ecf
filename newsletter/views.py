"""Public newsletter pages: thin callers of `services`."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from core.client_ip import client_ip
from core.pagination import page_number
from runtime.origin import same_origin_post
from runtime.page_cache import public_page

from . import compose, services, slots
from .forms import SignupForm
from .models import Issue, IssueStatus, SubscriberStatus

ISSUES_PER_PAGE = 20


def _next_issue_at():
    booked = (
        Issue.objects.filter(status=IssueStatus.SCHEDULED, send_at__gt=timezone.now())
        .order_by("send_at")
        .values_list("send_at", flat=True)
        .first()
    )
    return booked or slots.next_slot(after=timezone.now())


@public_page
@same_origin_post  # the form is on cached pages, so it carries no CSRF token
@require_http_methods(["GET", "POST"])
def subscribe(request):
    status = 200
    if request.method == "POST":
        form = SignupForm(request.POST)
        if form.is_valid():
            try:
                services.subscribe(
                    email=form.cleaned_data["email"],
                    source=form.cleaned_data["source"],
                    ip_address=client_ip(request),
                )
            except services.SignupRateLimited as error:
                form.add_error(None, error)
                status = 429
            except ValidationError as error:
                form.add_error("email", error)
                status = 400
            else:
                return redirect("newsletter:check_inbox")
        else:
            status = 400
    else:
        form = SignupForm()
    context = {
        "form": form,
        "promise": compose.SIGNUP_PROMISE,
        "hide_footer_signup": True,
        # A form sent from an article's footer keeps that article as its source when re-shown.
        "source": services.clean_source(request.POST.get("source", "")) or request.path,
    }
    return render(request, "newsletter/subscribe.html", context, status=status)


@require_safe
def check_inbox(request):
    return render(
        request,
        "newsletter/check_inbox.html",
        {"hide_footer_signup": True, "days": settings.NEWSLETTER_CONFIRM_DAYS},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """GET shows a button and changes nothing: mail scanners open links before people do."""
    context = {"hide_footer_signup": True, "token": token}
    try:
        if request.method == "POST":
            context["subscriber"] = services.confirm(token=token)
            context["next_issue_at"] = _next_issue_at()
            return render(request, "newsletter/confirmed.html", context)
        context["subscriber"] = services.subscriber_for_confirm_token(token)
    except ValidationError as error:
        context["problem"] = error.messages[0]
        context["problem_code"] = error.code
        return render(request, "newsletter/confirm.html", context, status=400)
    return render(request, "newsletter/confirm.html", context)


@csrf_exempt  # RFC 8058: mail apps POST here with no cookie and no CSRF token
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows one button; a POST (the button, or a mail app's one-click) unsubscribes.

    The signed token is the only credential, so a forged cross-site POST cannot guess one.
    """
    context = {"hide_footer_signup": True}
    try:
        subscriber = services.subscriber_for_unsubscribe_token(token)
        if request.method == "POST":
            services.unsubscribe(subscriber=subscriber, method=_unsubscribe_method(request))
            context["done"] = True
        else:
            context["already"] = subscriber.status == SubscriberStatus.UNSUBSCRIBED
    except ValidationError as error:
        context["problem"] = error.messages[0]
        return render(request, "newsletter/unsubscribe.html", context, status=404)
    context["token"] = token
    return render(request, "newsletter/unsubscribe.html", context)


def _unsubscribe_method(request):
    if request.POST.get("List-Unsubscribe") == "One-Click" and "from_page" not in request.POST:
        return "one-click (mail app)"
    return "unsubscribe page"


@public_page
@require_safe
def issue_list(request):
    page = Paginator(
        Issue.objects.public().only("subject", "slug", "preheader", "send_at", "sent_at"),
        ISSUES_PER_PAGE,
    ).get_page(page_number(request.GET.get("page")))
    return render(request, "newsletter/issue_list.html", {"page_obj": page, "issues": page})


@public_page
@require_safe
def issue_detail(request, slug):
    issue = get_object_or_404(Issue.objects.public(), slug=slug)
    return render(request, "newsletter/issue_detail.html", compose.issue_context(issue))
