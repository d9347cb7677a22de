"""Our XML: import → write → validate → read gives an identical model, for invented and all real laws;
the schema rejects broken documents with a readable message."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wetgeving.bronnen import native
from wetgeving.bronnen.catalogus import Catalogus, load_bron
from wetgeving.errors import SchemaError
from wetgeving.model import Alinea, Artikel, Lid, Regeling, Verwijzing

from ..testwet import make_testwet

REAL = [b.id for b in Catalogus().regeling_sources()]


def test_testwet_round_trip() -> None:
    reg = make_testwet()
    data = native.dumps(reg)
    assert native.loads(data) == reg
    # markup in the text is escaped, not interpreted
    assert b"&lt;script&gt;" in data and b"<script>" not in data


@pytest.mark.parametrize("bron_id", REAL)
def test_real_round_trip(cat: Catalogus, bron_id: str) -> None:
    bron = cat.by_id(bron_id)
    reg = load_bron(bron, cat.locate(bron))
    assert reg.geldig_vanaf == bron.geldig_vanaf
    assert native.loads(native.dumps(reg)) == reg


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40).map(
    lambda s: " ".join(s.split())
)


@st.composite
def alineas(draw: st.DrawFn) -> Alinea:
    text = draw(TEXT)
    refs = []
    pos = 0
    for _ in range(draw(st.integers(0, 3))):
        if pos >= len(text):
            break
        start = draw(st.integers(pos, len(text)))
        end = draw(st.integers(start, len(text)))
        refs.append(Verwijzing(start, end, draw(st.sampled_from(["jci1.3:c:BWBR0005416&artikel=1", "celex:1", "x"]))))
        pos = end
    return Alinea(text, tuple(refs))


@given(st.lists(alineas(), min_size=1, max_size=4))
@settings(max_examples=200)
def test_alinea_spans_round_trip(als: list[Alinea]) -> None:
    from datetime import date

    reg = Regeling("BWBR9999999", "Testwet", date(2024, 1, 1), (Artikel("1", (Lid("1", tuple(als)),)),))
    assert native.loads(native.dumps(reg)) == reg


BROKEN = {
    "missing bwb-id": b'<regeling xmlns="urn:wetgeving:regeling:1" citeertitel="T" geldig-vanaf="2024-01-01"/>',
    "bad date": b'<regeling xmlns="urn:wetgeving:regeling:1" bwb-id="BWBR9999999" citeertitel="T" geldig-vanaf="1-1-2024"/>',
    "unknown element": (b'<regeling xmlns="urn:wetgeving:regeling:1" bwb-id="BWBR9999999" citeertitel="T" '
                        b'geldig-vanaf="2024-01-01"><hoofdstuk nr="1"/></regeling>'),
    "lid outside artikel": (b'<regeling xmlns="urn:wetgeving:regeling:1" bwb-id="BWBR9999999" citeertitel="T" '
                            b'geldig-vanaf="2024-01-01"><lid nr="1"/></regeling>'),
    "duplicate artikel": (b'<regeling xmlns="urn:wetgeving:regeling:1" bwb-id="BWBR9999999" citeertitel="T" '
                          b'geldig-vanaf="2024-01-01"><artikel nr="1"/><artikel nr="1"/></regeling>'),
    "empty nr": (b'<regeling xmlns="urn:wetgeving:regeling:1" bwb-id="BWBR9999999" citeertitel="T" '
                 b'geldig-vanaf="2024-01-01"><artikel nr=""/></regeling>'),
    "bad soort": (b'<regeling xmlns="urn:wetgeving:regeling:1" bwb-id="BWBR9999999" citeertitel="T" '
                  b'geldig-vanaf="2024-01-01"><structuur soort="kapittel" nr="1"/></regeling>'),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_schema_rejects_broken(case: str) -> None:
    with pytest.raises(SchemaError) as exc:
        native.loads(BROKEN[case], f"{case}.xml")
    msg = str(exc.value)
    assert f"{case}.xml:1" in msg and "regeling.xsd" in msg and "wat te doen" in msg
