"""Compare any two roles: the picker, the generated side-by-side page, and asking the editors
for the article.

A pair has one address, `/compare/<first>-vs-<second>/`, roles in slug order. A published
article about the pair wins (301); otherwise the page is built from the two roles' facts and
kept out of search engines (`noindex`), since the editors have not written it.
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_safe

from article_requests import services as requests
from comparisons import pairs
from core import live
from core.client_ip import client_ip
from ratings.readers import ip_hash, new_reader_id, reader_from_request, remember_reader

# An ask form is a CSRF token and an e-mail address; anything much bigger is not one.
MAX_BODY_BYTES = 4096

# What the page shows of published articles, cached until live content changes. Short, because
# a scheduled article goes live by the clock a moment before the scheduler records it.
LIVE_PART_SECONDS = 60

REFUSAL_STATUS = {
    requests.InvalidEmail: 400,
    requests.AlreadyAsked: 409,
    requests.RequestLimitReached: 429,
}


def pair_url(pair: pairs.Pair) -> str:
    return reverse("discovery:compare_pair", kwargs={"pair": pair.slug})


@require_safe
def pick(request):
    """`/compare/?a=…&b=…`: the picker's plain GET form lands here and goes on to the pair."""
    typed_a, typed_b = request.GET.get("a"), request.GET.get("b")
    if typed_a is None and typed_b is None:
        return _picker(request)
    errors = []
    found = []
    for label, typed in (("First role", typed_a), ("Second role", typed_b)):
        try:
            found.append(pairs.find_role(typed))
        except pairs.UnknownRole as error:
            errors.append(f"{label}: {error.message}")
    if not errors:
        try:
            pair = pairs.Pair.of(*found)
        except pairs.SameRole as error:
            errors.append(error.message)
    if errors:
        return _picker(request, errors=errors, status=400)
    article = pairs.published_comparison(pair)
    return redirect(article.get_absolute_url() if article else pair_url(pair))


def _picker(request, *, errors=(), status=200):
    context = {
        "errors": errors,
        "typed_a": pairs.clean_name(request.GET.get("a")),
        "typed_b": pairs.clean_name(request.GET.get("b")),
        "all_roles": pairs.pickable_roles().only("title", "slug"),
    }
    return render(request, "discovery/compare_pick.html", context, status=status)


def _not_found(request, message):
    context = {"message": message, "all_roles": pairs.pickable_roles().only("title", "slug")}
    return render(request, "discovery/compare_not_found.html", context, status=404)


def _live_part(pair: pairs.Pair) -> dict:
    """The pair's published article (or None) and the rendered list of published comparisons
    of either role: cached together, like the article page's related list."""

    def load():
        related = list(pairs.comparisons_of_either(pair))
        return {
            "article": pairs.published_comparison(pair),
            "related_html": render_to_string(
                "discovery/includes/compare_related.html", {"related": related}
            ),
        }

    return live.cached("compare", load, timeout=LIVE_PART_SECONDS, key=pair.slug)


@require_safe
def compare_pair(request, pair):
    try:
        found, canonical = pairs.pair_from_slug(pair)
    except pairs.PairError as error:
        return _not_found(request, error.message)
    published = _live_part(found)
    if published["article"] is not None:
        return redirect(published["article"], permanent=True)
    if not canonical:
        return redirect(pair_url(found), permanent=True)
    return _page(request, found, related_html=published["related_html"])


def _page(request, pair, *, related_html=None, status=200, ask_error="", typed_email=""):
    reader = reader_from_request(request)
    article_request = requests.request_for(pair)
    context = {
        "pair": pair,
        "role_a": pair.first,
        "role_b": pair.second,
        "related_html": related_html or _live_part(pair)["related_html"],
        "article_request": article_request,
        "your_vote": requests.vote_of(article_request, reader),
        "ask_error": ask_error,
        "typed_email": typed_email,
        "consent_wording": requests.CONSENT_WORDING,
        "ask_url": reverse("discovery:compare_ask", kwargs={"pair": pair.slug}),
    }
    return render(request, "discovery/compare.html", context, status=status)


@csrf_exempt  # exempt only so the size check runs before the body is read; CSRF comes next
def ask(request, pair):
    if request.method != "POST":
        response = redirect(reverse("discovery:compare_pair", kwargs={"pair": pair}))
        response.status_code = 303
        return response
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = MAX_BODY_BYTES + 1
    if length > MAX_BODY_BYTES:
        return _refuse_page(request, 413, "That request is far too large.")
    return _ask(request, pair)


def _refuse_page(request, status, message):
    return render(request, "discovery/compare_not_found.html", {"message": message}, status=status)


@csrf_protect
def _ask(request, pair):
    try:
        found, _ = pairs.pair_from_slug(pair)
    except pairs.PairError as error:
        return _not_found(request, error.message)
    typed_email = request.POST.get("email", "")
    reader = reader_from_request(request)
    new_reader = None if reader else new_reader_id()
    try:
        article_request, vote = requests.ask(
            pair=found,
            reader=reader or new_reader,
            email=typed_email,
            ip_hash=ip_hash(client_ip(request)),
            staff=request.user.is_authenticated,
        )
    except requests.AlreadyPublished as refusal:
        response = redirect(refusal.comparison)
        response.status_code = 303
        return response
    except requests.RequestRefused as refusal:
        return _page(
            request,
            found,
            status=REFUSAL_STATUS[type(refusal)],
            ask_error=refusal.message,
            typed_email=pairs.clean_name(typed_email)[:254],
        )
    thanks = "Thank you: we have passed your request to our editors."
    if vote.email:
        thanks += f" We will e-mail {vote.email} once, when the comparison is published."
    messages.success(request, thanks)
    response = redirect(pair_url(found))
    response.status_code = 303
    if new_reader:
        remember_reader(response, new_reader)
    return response


@require_safe
@cache_control(max_age=300, public=True)
def role_names(request):
    """Every pickable role's title and slug, for the picker's type-ahead (static/js)."""
    roles = pairs.pickable_roles().order_by("title").values_list("title", "slug")
    return JsonResponse({"roles": [{"title": t, "slug": s} for t, s in roles]})
