"""Structured data and social-card details for an article page (no database queries)."""

from django.conf import settings
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone

from core.links import absolute


def hero_image(hero: dict) -> dict | None:
    """The largest JPEG rendition of a hero image, for og:image and JSON-LD; None without one."""
    if not hero or not hero.get("jpg"):
        return None
    largest = hero["jpg"][-1]
    return {
        "url": absolute(default_storage.url(largest["name"])),
        "width": largest["width"],
        "height": round(hero["height"] * largest["width"] / hero["width"]),
        "alt": hero.get("alt", ""),
    }


def _date(value):
    return timezone.localtime(value).isoformat() if value else None


def article_data(*, comparison, article, role_a, role_b, author, tags) -> dict:
    """schema.org Article for the live version of a comparison (ratings add their own script)."""
    url = absolute(comparison.get_absolute_url())
    image = hero_image(article.hero)
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": article.title,
        "description": article.lead,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": _date(comparison.published_at),
        "dateModified": _date(comparison.live_updated_at or comparison.published_at),
        "timeRequired": f"PT{article.reading_time}M",
        "inLanguage": "en",
        "about": [
            {"@type": "Occupation", "name": role.title, "url": absolute(role.get_absolute_url())}
            for role in (role_a, role_b)
        ],
        "publisher": {"@type": "Organization", "name": settings.SITE_NAME, "url": absolute("/")},
    }
    if tags:
        data["keywords"] = ", ".join(tag["name"] for tag in tags)
    if author:
        data["author"] = {"@type": "Person", "name": author.display_name}
    if image:
        data["image"] = {
            "@type": "ImageObject",
            "url": image["url"],
            "width": image["width"],
            "height": image["height"],
        }
    return {key: value for key, value in data.items() if value is not None}


def breadcrumb_data(*, comparison, role_a, role_b) -> dict:
    """The same trail as the breadcrumbs on the page: Home › Comparisons › this article."""
    trail = [
        ("Home", reverse("discovery:home")),
        ("Comparisons", reverse("comparisons:list")),
        (f"{role_a.title} vs. {role_b.title}", comparison.get_absolute_url()),
    ]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": absolute(path)}
            for position, (name, path) in enumerate(trail, start=1)
        ],
    }
