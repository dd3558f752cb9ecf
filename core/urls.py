app_name = "core"

urlpatterns = [
    path("favicon.ico", views.favicon, name="favicon"),
]
