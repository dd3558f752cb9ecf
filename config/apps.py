from taggit.apps import TaggitAppConfig


class TagsConfig(TaggitAppConfig):
    """django-taggit under a name editors recognise: "Tags", not "Taggit", in the admin."""

    verbose_name = "Tags"
