"""Short readings of extracted items: a speaker's label, a figure's normalized value.

One wording for the reader's panes and the exported brief, so both say the same thing.
Pure functions; no Textual import.
"""

from __future__ import annotations

from decimal import Decimal

from .extract.model import Figure, Speaker

_QUALIFIERS = {"approx": "≈ ", "at_most": "≤ ", "at_least": "≥ ", "more_than": "> ", "less_than": "< "}


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def speaker_label(speaker: Speaker | None) -> str:
    """`Baiba Braze, Latvian Foreign Minister` (or the name alone); `Unattributed` for no speaker."""
    if speaker is None:
        return "Unattributed"
    return f"{speaker.name}, {speaker.role}" if speaker.role else speaker.name


def number(value: float) -> str:
    """Plain below a million (20, 0.3, 2120.5), scientific above (1.8e9), from the shortest repr."""
    exact = Decimal(repr(value)).normalize()
    if abs(value) >= 1e6:
        return f"{exact:e}".replace("e+", "e")
    return f"{exact:f}"


def figure_reading(figure: Figure) -> str:
    """The normalized reading: `1.8e9 EUR`, `≤ 80%`, `2024-02`, `3–5 year`; empty if there is
    none (a vote tally like 6-3 has no value)."""
    if figure.kind == "date":
        value = figure.iso or ""
    elif figure.low is not None and figure.high is not None:
        value = f"{number(figure.low)}–{number(figure.high)}"
    elif figure.value is not None:
        value = number(figure.value)
    else:
        return ""
    if figure.kind == "percent":
        value += "%"
    elif figure.unit and figure.kind != "date":
        value += f" {figure.unit}"
    return _QUALIFIERS.get(figure.qualifier, "") + value
