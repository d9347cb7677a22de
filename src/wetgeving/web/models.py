"""The database: roles per gemeente, the append-only register of assessments, evidence files and
consultation comments.

The register is append-only: :class:`Beoordeling` refuses to save an existing row or to delete one, and
the migration adds database triggers (SQLite and PostgreSQL) that refuse UPDATE and DELETE, so no code
path — ORM, admin, raw SQL — can rewrite the history.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models

GM_CODE = RegexValidator(r"^GM\d{4}$", "een CBS-gemeentecode is GM gevolgd door vier cijfers")
ROLLEN = (("lezer", "lezer"), ("beoordelaar", "beoordelaar"), ("beheerder", "beheerder"))


class AppendOnlyError(Exception):
    """An attempt to change or remove a recorded assessment."""


class Lidmaatschap(models.Model):
    """A user's role for one gemeente: lezer (reads), beoordelaar (also records), beheerder (also overview)."""

    gebruiker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lidmaatschappen")
    gemeente = models.CharField(max_length=6, validators=[GM_CODE])
    rol = models.CharField(max_length=12, choices=ROLLEN)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["gebruiker", "gemeente"], name="een_rol_per_gemeente")]
        verbose_name, verbose_name_plural = "lidmaatschap", "lidmaatschappen"

    def __str__(self) -> str:
        return f"{self.gebruiker} {self.gemeente} {self.rol}"


class Profiel(models.Model):
    """The organisation a user belongs to (for consultation comments shared by an organisation)."""

    gebruiker = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profiel")
    organisatie = models.CharField(max_length=200, blank=True, default="")

    class Meta:
        verbose_name, verbose_name_plural = "profiel", "profielen"

    def __str__(self) -> str:
        return f"{self.gebruiker} ({self.organisatie or 'geen organisatie'})"


class Bewijsstuk(models.Model):
    """An uploaded evidence file, stored under its SHA-256 (never under the name the user gave)."""

    sha256 = models.CharField(max_length=64)
    gemeente = models.CharField(max_length=6, validators=[GM_CODE])
    naam = models.CharField(max_length=200)  # the uploaded file name, for display only
    soort = models.CharField(max_length=100)  # the checked content type
    grootte = models.PositiveIntegerField()
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    wanneer = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name, verbose_name_plural = "bewijsstuk", "bewijsstukken"

    def __str__(self) -> str:
        return f"{self.naam} ({self.gemeente}, sha256:{self.sha256[:12]}…)"


class Beoordeling(models.Model):
    """One recorded assessment; the fields and their meaning are those of the register of step 6."""

    gemeente = models.CharField(max_length=6, validators=[GM_CODE])
    verplichting = models.CharField(max_length=200)
    status = models.CharField(max_length=40)
    reden = models.TextField(blank=True, default="")
    bewijs = models.TextField(blank=True, default="")
    notitie = models.TextField(blank=True, default="")
    wie = models.CharField(max_length=200)
    wanneer = models.CharField(max_length=40)  # UTC timestamp, ISO 8601, kept as written (exact round trip)
    op = models.CharField(max_length=10)  # the date the assessment is about, YYYY-MM-DD
    periode = models.CharField(max_length=60, blank=True, default="")
    tekst = models.CharField(max_length=80, blank=True, default="")
    bewijsstuk = models.ForeignKey(Bewijsstuk, null=True, blank=True, on_delete=models.PROTECT)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        indexes = [models.Index(fields=["gemeente", "verplichting", "op", "id"], name="beoordeling_per_gemeente")]
        verbose_name, verbose_name_plural = "beoordeling", "beoordelingen"

    def __str__(self) -> str:
        return f"{self.gemeente} {self.verplichting}: {self.status_getoond} op {self.op} door {self.wie}"

    @property
    def status_nl(self) -> str:
        from wetgeving.compliance.register import label

        return label(self.status)

    @property
    def status_getoond(self) -> str:
        """The status with «als voorbereiding» when it preceded the wording assessed (helper-90)."""
        from wetgeving.compliance.register import label_op

        return label_op(self.status, self.op, self.periode)

    @property
    def vastgelegd_tekst(self) -> str:
        """«6 december 2026 om 09:00», Dutch time, as the checklist shows it (helper-61: the UTC timestamp)."""
        from wetgeving.render.checklist import tijdstip

        return tijdstip(self.wanneer)

    @property
    def tekstversie(self) -> str:
        """The wording assessed, in words: «tekst geldend vanaf 2023-01-01»."""
        from wetgeving.render.berichten import tekst_van

        return tekst_van(self.periode, self.verplichting, str(self.op)) if self.periode else ""

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("het register is alleen aan te vullen: een beoordeling wordt nooit gewijzigd")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnlyError("het register is alleen aan te vullen: een beoordeling wordt nooit verwijderd")


class Verzending(models.Model):
    """A form that recorded an assessment, by the one-time token the page gave it: the same form sent twice (a double
    click, the browser's «opnieuw verzenden») records once (helper-90). The unique token makes the database refuse
    the second one, also when both arrive at once."""

    token = models.CharField(max_length=64, unique=True)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    wanneer = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name, verbose_name_plural = "verzonden formulier", "verzonden formulieren"


class Opmerking(models.Model):
    """A consultation comment on a bill, anchored to a provision (artikel/lid), shared within an organisation;
    only its author changes or removes it (``gewijzigd``: when it was last changed)."""

    wetsvoorstel = models.CharField(max_length=100)  # a tranche name, e.g. "tranche-2"
    organisatie = models.CharField(max_length=200)
    bepaling = models.CharField(max_length=200)  # an address, e.g. "artikel:36c/lid:1"
    over = models.TextField(blank=True, default="")
    opmerking = models.TextField()
    alternatief = models.TextField(blank=True, default="")
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    wanneer = models.DateTimeField(auto_now_add=True)
    gewijzigd = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["bepaling", "wanneer", "id"]
        verbose_name, verbose_name_plural = "opmerking", "opmerkingen"
