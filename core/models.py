from django.db import models


class LiveContent(models.Model):
    """A single row whose number goes up whenever what readers see changes.

    Cached public fragments carry the number in their cache key (see `core.live`), so every
    web process stops serving a fragment the moment an article is published or taken down or a
    role's facts change – even with a per-process cache.
    """

    generation = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "live content generation"

    def __str__(self):
        return f"generation {self.generation}"
