"""Django's admin at ``/beheer/``, for staff users only (Django's own check: ``is_staff`` and the model
permissions).

- Users with their profile (organisation) and their roles per gemeente inline: giving, changing and taking
  away roles, a beheerder of many gemeenten.
- Lidmaatschap: all roles, filterable; "Rol voor een hele provincie" gives one user one role for every
  gemeente of a province (a province or VNG adviser).
- Bewijsstuk and Beoordeling: read only. The register is append-only, so the admin offers no adding,
  changing or removing, whatever the user's permissions (the models and database triggers refuse it too).
- Permissions are per model, not per object: a staff user who may view a model sees all its rows, so an id
  reveals nothing to them; one who may not gets 403 on every id, existing or not (:class:`RechtVoorBestaan`).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse

from wetgeving.nummers import telling
from wetgeving.web import dienst, toegang
from wetgeving.web.models import ROLLEN, Beoordeling, Bewijsstuk, Lidmaatschap, Profiel

admin.site.site_header = "Wetgeving — beheer"
admin.site.site_title = "Wetgeving beheer"
admin.site.index_title = "Gebruikers, rollen en register"
admin.site.site_url = "/"


class RechtVoorBestaan(admin.ModelAdmin):  # type: ignore[type-arg]
    """Django's history view looks an object up before it checks the permission to view the model: a staff
    user without it got 403 for an id that exists and a redirect for one that does not. Here the model's
    permission comes first, so every id answers alike (the other id views of the admin already check first)."""

    def history_view(self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
                     ) -> HttpResponse:
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied("U hebt geen recht om deze gegevens te zien.")
        return super().history_view(request, object_id, extra_context)


@cache
def _namen() -> dict[str, str]:
    """Gemeente names for the lists (display only: read once per process, not once per row)."""
    return {code: g.naam for code, g in dienst.gemeenten().items()}


class LidmaatschapForm(forms.ModelForm):  # type: ignore[type-arg]
    """A role for a gemeente the application knows (the CBS table)."""

    class Meta:
        model = Lidmaatschap
        fields = ("gebruiker", "gemeente", "rol")

    def clean_gemeente(self) -> str:
        code = str(self.cleaned_data["gemeente"]).strip().upper()
        if code not in dienst.gemeenten():
            raise forms.ValidationError(f"onbekende gemeente {code}; geef een CBS-code als GM0363")
        return code


class LidmaatschapInline(admin.StackedInline):  # type: ignore[type-arg]  # stacked: a label per field (axe)
    model = Lidmaatschap
    form = LidmaatschapForm
    extra = 1
    verbose_name, verbose_name_plural = "rol bij een gemeente", "rollen bij gemeenten"


class ProfielInline(admin.StackedInline):  # type: ignore[type-arg]
    model = Profiel
    can_delete = False
    verbose_name_plural = "profiel (organisatie voor consultatie)"


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class GebruikerAdmin(RechtVoorBestaan, UserAdmin):  # type: ignore[type-arg]
    inlines = (ProfielInline, LidmaatschapInline)
    # Django's two-pane filter widget puts aria-label on spans and the split date-time widget has unlabeled
    # inputs (axe: aria-prohibited-attr, label): plain multiple selects, and the dates shown, not edited.
    filter_horizontal = ()
    readonly_fields = ("last_login", "date_joined")


class ProvincieForm(forms.Form):
    gebruiker = forms.ModelChoiceField(queryset=User.objects.order_by("username"), label="Gebruiker")
    provincie = forms.ChoiceField(label="Provincie")
    rol = forms.ChoiceField(choices=ROLLEN, initial="beheerder", label="Rol")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        namen = sorted({g.provincie for g in dienst.gemeenten().values() if g.provincie})
        veld = self.fields["provincie"]
        assert isinstance(veld, forms.ChoiceField)
        veld.choices = [(p, p) for p in namen]


@admin.register(Lidmaatschap)
class LidmaatschapAdmin(RechtVoorBestaan):
    form = LidmaatschapForm
    list_display = ("gebruiker", "gemeente", "gemeentenaam", "rol")
    list_filter = ("rol", "gemeente")
    search_fields = ("gebruiker__username", "gemeente")
    ordering = ("gebruiker__username", "gemeente")

    @admin.display(description="gemeentenaam")
    def gemeentenaam(self, obj: Lidmaatschap) -> str:
        return _namen().get(obj.gemeente, "onbekend")

    def get_urls(self) -> list[URLPattern]:
        extra = [path("provincie/", self.admin_site.admin_view(self.provincie), name="web_lidmaatschap_provincie")]
        return extra + super().get_urls()

    def provincie(self, request: HttpRequest) -> HttpResponse:
        """One role for every gemeente of a province (needs the permission to add and change roles)."""
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            raise PermissionDenied("U hebt geen recht om rollen te geven.")
        form = ProvincieForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            codes = [g.code for g in dienst.gemeenten().values() if g.provincie == form.cleaned_data["provincie"]]
            toegang.geef_rol(form.cleaned_data["gebruiker"], codes, form.cleaned_data["rol"])
            self.message_user(request, f"Gebruiker {form.cleaned_data['gebruiker']} is nu {form.cleaned_data['rol']} van "
                                       f"{telling(len(codes), 'gemeente', 'gemeenten')} in "
                                       f"{form.cleaned_data['provincie']}.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:web_lidmaatschap_changelist"))
        context = {**self.admin_site.each_context(request), "opts": self.model._meta, "form": form,
                   "title": "Rol voor een hele provincie"}
        return TemplateResponse(request, "admin/web/lidmaatschap/provincie.html", context)


@admin.register(Profiel)
class ProfielAdmin(RechtVoorBestaan):
    list_display = ("gebruiker", "organisatie")
    search_fields = ("gebruiker__username", "organisatie")


class AlleenLezen(RechtVoorBestaan):
    """Viewable, never added, changed or removed through the admin (append-only)."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


@admin.register(Beoordeling)
class BeoordelingAdmin(AlleenLezen):
    list_display = ("gemeente", "verplichting", "status", "op", "wie", "wanneer")
    list_filter = ("gemeente", "status")
    search_fields = ("verplichting", "wie", "bewijs", "notitie")


@admin.register(Bewijsstuk)
class BewijsstukAdmin(AlleenLezen):
    list_display = ("naam", "gemeente", "soort", "grootte", "door", "wanneer", "sha256")
    list_filter = ("gemeente", "soort")
    search_fields = ("naam", "sha256")


# The models other apps registered before this module (Django's groups, django-axes' logs): the same check first.
for _model, _beheer in list(admin.site._registry.items()):
    if not isinstance(_beheer, RechtVoorBestaan):
        admin.site.unregister(_model)
        admin.site.register(_model, type(type(_beheer).__name__, (RechtVoorBestaan, type(_beheer)), {}))
