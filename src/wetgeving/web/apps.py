"""The Django app of the web application."""

from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "wetgeving.web"
    label = "web"
    verbose_name = "Wetgeving"
    default_auto_field = "django.db.models.BigAutoField"
