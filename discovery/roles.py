from itertools import groupby

from django.http import Http404
from django.shortcuts import redirect
from django.views.generic import DetailView, ListView

from careers.models import Role
from comparisons.models import Comparison
from core.pagination import StrictPageMixin


class RoleListView(StrictPageMixin, ListView):
    template_name = "careers/role_list.html"
    context_object_name = "roles"
    queryset = (
        Role.objects.public()
        .select_related("sector")
        .only("title", "slug", "sector__name", "sector__slug", "median_salary")
    )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        roles = list(context["roles"])
        by_sector = sorted(roles, key=lambda role: (role.sector.name, role.title))
        context["sectors"] = [
            (sector, list(group)) for sector, group in groupby(by_sector, key=lambda r: r.sector)
        ]
        context["letters"] = [
            (letter, list(group))
            for letter, group in groupby(roles, key=lambda role: role.title[:1].upper())
        ]
        return context


class RoleDetailView(DetailView):
    template_name = "careers/role_detail.html"
    context_object_name = "role"
    queryset = Role.objects.public().select_related("sector")

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            renamed = Role.objects.filter(past_slugs__slug=kwargs["slug"]).first()
            if renamed is None:
                raise
            return redirect(renamed, permanent=True)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            comparisons=Comparison.objects.for_listing().involving(self.object),
            related_roles=self.object.related_roles.public().only("title", "slug"),
            **kwargs,
        )
