"""Readings shared by the reader's panes and the brief: figures normalized, speakers labelled."""

from __future__ import annotations

import pytest

from briefing.extract.model import Figure, Speaker
from briefing.readings import figure_reading, number, plural, speaker_label


def figure(value=None, low=None, high=None, unit=None, iso=None, qualifier="exact", kind="money") -> Figure:
    return Figure("f", "text", 0, 4, kind, value, low, high, unit, iso, qualifier)


@pytest.mark.parametrize(("fig", "expected"), [
    (figure(1.8e9, unit="EUR"), "1.8e9 EUR"),
    (figure(2.12e9, unit="USD"), "2.12e9 USD"),
    (figure(80, unit="percent", qualifier="at_most", kind="percent"), "≤ 80%"),
    (figure(14, unit="percent", qualifier="approx", kind="percent"), "≈ 14%"),
    (figure(2, unit="percentage point", kind="quantity"), "2 percentage point"),
    (figure(None, low=3, high=5, unit="km", qualifier="range", kind="quantity"), "3–5 km"),
    (figure(2.5, unit="tonne", qualifier="more_than", kind="quantity"), "> 2.5 tonne"),
    (figure(3, unit="year", qualifier="more_than", kind="duration"), "> 3 year"),
    (figure(iso="2024-02", kind="date"), "2024-02"),
    (figure(20, unit="country", kind="count"), "20 country"),
    (figure(None, kind="ratio"), ""),  # A tally like 6-3 has no value.
])
def test_figures_read_normalized(fig: Figure, expected: str) -> None:
    assert figure_reading(fig) == expected


def test_numbers_are_exact_and_short() -> None:
    assert [number(v) for v in (0, 80, 2.5, 1_000_000, 1.8e9, 2.12e9, 0.125, 1e-3)] == [
        "0", "80", "2.5", "1e6", "1.8e9", "2.12e9", "0.125", "0.001"]


def test_speaker_labels_and_plurals() -> None:
    assert speaker_label(Speaker("s1", "Baiba Braze", "person", "Latvian Foreign Minister")) == (
        "Baiba Braze, Latvian Foreign Minister")
    assert speaker_label(Speaker("s2", "the union", "organization", "")) == "the union"
    assert speaker_label(None) == "Unattributed"
    assert (plural(1, "note"), plural(2, "note"), plural(0, "note")) == ("1 note", "2 notes", "0 notes")
