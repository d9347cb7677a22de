"""An invented Testwet for amending-act tests (no real law text)."""

from __future__ import annotations

from datetime import date

from wetgeving.model import Alinea, Artikel, Lid, Onderdeel, Regeling


def lid(nr: str, text: str, *items: Onderdeel) -> Lid:
    return Lid(nr, (Alinea(text), *items))


def ond(nr: str, text: str) -> Onderdeel:
    return Onderdeel(nr, f"{nr}.", (Alinea(text),))


def make_testwet() -> Regeling:
    return Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (
        Artikel("1", (Alinea("In deze wet wordt verstaan onder:"),
                      ond("a", "raad: de proefraad;"), ond("b", "college: het proefcollege;"),
                      ond("c", "burgemeester: de proefburgemeester; of"), ond("d", "griffier: de proefgriffier."))),
        Artikel("2", (lid("1", "De raad vergadert in het openbaar. De raad stemt bij handopsteking."),
                      lid("2", "Het college vergadert besloten."),
                      lid("3", "De burgemeester zit de raad voor."),
                      lid("4", "De griffier notuleert."))),
        Artikel("3", (Alinea("De raad stelt een gedragscode vast."),)),
        Artikel("20", (lid("1", "Eerste regel."), lid("2", "Tweede regel."), lid("3", "Derde regel."),
                       lid("4", "Het tweede en derde lid gelden niet op zondag."))),
    ))


def act(body: str, naam: str = "Testwet") -> str:
    return f"Testwijzigingswet\n\nARTIKEL I\n\nDe {naam} wordt als volgt gewijzigd:\n\n{body}\n"
