"""An invented law ("Testwet") used by unit tests; none of its text is real law."""

from __future__ import annotations

from datetime import date

from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling, Structuur, Verwijzing


def make_testwet() -> Regeling:
    return Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (
        Structuur("hoofdstuk", "I", (
            Artikel("1", (Lid("1", (Alinea("Een lid van de proefraad mag niet:"),
                                   Onderdeel("a", "a.", (Alinea("fluiten;"),)),
                                   Onderdeel("b", "b.", (Alinea("zingen:"),
                                                          Onderdeel("1", "1°.", (Alinea("hard;"),)))))),
                          Lid("2", (Alinea("Het eerste lid geldt niet op zondag.",
                                           (Verwijzing(4, 15, "jci1.3:c:BWBR9999999&artikel=1&lid=1"),)),)),),
                    titel="Verboden", inwerking=date(2024, 1, 1), bron="Stb. 2023, 1"),
            Artikel("1a", (Alinea("Zonder leden, met een & en «citaat» en <script>alert(1)</script>."),)),
        ), titel="Algemeen"),
        Structuur("hoofdstuk", "II", (
            Artikel("P 19", (Lid("1", (Alinea("Kieswetachtig."),)),)),
            Artikel("2", (Alinea("Vervallen"),), vervallen=True),
        )),
    ))
