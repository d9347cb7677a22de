"""The URLs (Dutch paths, as the issue names them)."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth
from django.urls import path, register_converter

from wetgeving.web.gemeentecode import GemeenteConverter
from wetgeving.web.views import checklist, consultatie, opmerkingen, start, vergelijken

register_converter(GemeenteConverter, "gemeente")

handler400 = "wetgeving.web.htmx_antwoord.onjuist_verzoek"  # a request too large says so (413)
handler403 = "wetgeving.web.toegang.geen_toegang"  # role advice only where a role helps

urlpatterns = [
    path("", start.start, name="start"),
    path("beheer/", admin.site.urls),  # Django's admin, staff users only
    path("accounts/login/", auth.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth.LogoutView.as_view(), name="logout"),
    path("checklist/", checklist.kies, name="checklist-kies"),
    path("checklist/<gemeente:gemeente>/", checklist.checklist, name="checklist"),
    path("checklist/<gemeente:gemeente>/beoordeel/<str:verplichting>/", checklist.beoordeel, name="beoordeel"),
    path("checklist/<gemeente:gemeente>/geschiedenis/<str:verplichting>/", checklist.geschiedenis, name="geschiedenis"),
    path("checklist/<gemeente:gemeente>/export.<str:fmt>", checklist.export, name="checklist-export"),
    path("checklist/<gemeente:gemeente>/bewijs/<int:pk>/", checklist.bewijs, name="bewijs"),
    path("register/<gemeente:gemeente>/", checklist.register, name="register"),
    path("vergelijken/", vergelijken.vergelijken, name="vergelijken"),
    path("vergelijken/bestanden/", vergelijken.bestanden, name="vergelijken-bestanden"),
    path("vergelijken/download.<str:fmt>", vergelijken.download, name="vergelijken-download"),
    path("overzicht/", start.overzicht, name="overzicht"),
    path("consultatie/", consultatie.kies, name="consultatie"),
    path("consultatie/<str:wetsvoorstel>/", consultatie.lezen, name="consultatie-lezen"),
    path("consultatie/<str:wetsvoorstel>/reactie.docx", consultatie.docx, name="consultatie-docx"),
    path("consultatie/<str:wetsvoorstel>/reactie.txt", consultatie.tekst, name="consultatie-tekst"),
    path("consultatie/<str:wetsvoorstel>/opmerking/<int:pk>/", opmerkingen.opmerking, name="opmerking"),
    path("consultatie/<str:wetsvoorstel>/opmerking/<int:pk>/wijzigen/", opmerkingen.wijzigen, name="opmerking-wijzigen"),
    path("consultatie/<str:wetsvoorstel>/opmerking/<int:pk>/verwijderen/", opmerkingen.verwijderen,
         name="opmerking-verwijderen"),
]
