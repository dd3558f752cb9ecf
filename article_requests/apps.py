from django.apps import AppConfig


class ArticleRequestsConfig(AppConfig):
    name = "article_requests"
    verbose_name = "Readers' requests"

    def ready(self):
        from comparisons import followers  # the app registry is ready now

        from . import services

        followers.register_went_live(services.comparison_went_live)
