"""Figures and claims against the hand-labelled gold of the sample library (tests/gold/).

Usage: python benchmarks/eval_figures.py [-v]
fig R = found with kind, value/low/high, unit, qualifier (and iso for dates) right;
fig P = predicted figures that are labelled figures; claim R = labelled check-worthy
sentences flagged at the reader's threshold. Same scoring as benchmarks/eval_gold.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_gold import COLUMNS, main  # noqa: E402

FIGURE_COLUMNS = tuple(c for c in COLUMNS if c[1].startswith(("figure", "claim", "non_claims")))

if __name__ == "__main__":
    sys.exit(main(FIGURE_COLUMNS))
