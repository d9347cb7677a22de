from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wetgeving.nummers import from_ordinal, normalize_onderdeel, ordinal, sort_key

NUMBERS = st.from_regex(r"\A([A-Z] )?[0-9]{1,3}[a-z]{0,2}(\.[0-9]{1,2})?\Z", fullmatch=True)


def test_natural_order_of_real_shapes() -> None:
    nrs = ["X 6", "10", "3b", "81p", "P 19", "36a", "3", "3a", "P 2", "1.1.2", "1.1.10", "A 1"]
    assert sorted(nrs, key=sort_key) == [
        "1.1.2", "1.1.10", "3", "3a", "3b", "10", "36a", "81p", "A 1", "P 2", "P 19", "X 6",
    ]


@given(st.text(max_size=8), st.text(max_size=8), st.text(max_size=8))
def test_sort_key_is_a_total_order(a: str, b: str, c: str) -> None:
    ka, kb, kc = sort_key(a), sort_key(b), sort_key(c)
    # antisymmetry: equal keys only for equal strings
    assert (ka == kb) == (a == b)
    # totality
    assert ka <= kb or kb <= ka
    # transitivity
    if ka <= kb and kb <= kc:
        assert ka <= kc


@given(NUMBERS, NUMBERS)
def test_numeric_part_decides_before_suffix(a: str, b: str) -> None:
    if a.split(" ")[0] == b.split(" ")[0] and a[0].isdigit() and b[0].isdigit():
        ia = int("".join(ch for ch in a.split(".")[0] if ch.isdigit()))
        ib = int("".join(ch for ch in b.split(".")[0] if ch.isdigit()))
        if ia < ib:
            assert sort_key(a) < sort_key(b)


def test_ordinals_round_trip() -> None:
    for n in range(1, 26):
        assert from_ordinal(ordinal(n)) == n
    assert from_ordinal("tweeentwintigste") == 22
    assert from_ordinal("geen") is None


def test_onderdeel_labels() -> None:
    assert [normalize_onderdeel(x) for x in ["a.", "1°.", "2e.", "ii.", "aa.", "3)", "10a.", "–"]] == [
        "a", "1", "2", "ii", "aa", "3", "10a", "",
    ]
