"""Train the claim model from ClaimBuster dev (stdlib only, deterministic).

    python scripts/train_claims.py           # 5-fold CV on dev, then train on all of dev and
                                             # write briefing/extract/claim_model.json
    python scripts/train_claims.py --cv-only # just report the cross-validation

Logistic regression (Adagrad SGD, L2) over the features of `briefing.extract.claims`; the
bias is shifted so that 0.5 is the cross-validated F1-optimal cut. Only dev is read: test
stays for reporting.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

from briefing.extract import claims

DATA = Path(__file__).resolve().parents[1].parent / "shared/eval/claimbuster/dev.csv"

EPOCHS = 8
L2 = 1e-4
RATE = 0.1
# Char n-grams enter at half the scale of word n-grams: with Adagrad and a few epochs that
# regularises them more (+0.004 F1 in CV); the exported weights carry the factor.
CHAR_SCALE = 0.5
MIN_DF = 2
FOLDS = 5
SEED = 13
SCALE = 1e-3  # weights are stored as integer multiples of this; smaller ones are dropped

Example = dict[str, float]


def load(path: Path) -> tuple[list[str], list[int]]:
    if not path.exists():
        sys.exit(f"ClaimBuster data not found at {path} (expected ../shared/eval beside the repo)")
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["text"] for r in rows], [int(r["label"]) for r in rows]


def featurize(sentence: str) -> Example:
    """The model's inputs for one sentence, keyed by namespace:feature."""
    grams, chars, extras = claims.features(sentence)
    feats: Example = {}
    if grams:
        feats.update(dict.fromkeys(["w:" + g for g in grams], 1 / math.sqrt(len(grams))))
        cscale = CHAR_SCALE / math.sqrt(len(chars))
        for g, c in Counter(chars).items():
            feats["c:" + g] = c * cscale
    feats.update(dict.fromkeys(["x:" + s for s in extras], 1.0))
    return feats


def train(xs: list[Example], ys: list[int]) -> tuple[float, dict[str, float]]:
    df = Counter(k for x in xs for k in x)
    keep = {k for k, n in df.items() if n >= MIN_DF}
    rows = [[(k, v) for k, v in x.items() if k in keep] for x in xs]
    w: dict[str, float] = dict.fromkeys(keep, 0.0)
    g2: dict[str, float] = dict.fromkeys(keep, 1e-8)
    bias, bias_g2 = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            row = rows[i]
            z = bias + sum(w[k] * v for k, v in row)
            p = 1 / (1 + math.exp(-z)) if z > -30 else 0.0
            err = p - ys[i]
            for k, v in row:
                grad = err * v + L2 * w[k]
                g2[k] += grad * grad
                w[k] -= RATE * grad / math.sqrt(g2[k])
            bias_g2 += err * err
            bias -= RATE * err / math.sqrt(bias_g2)
    return bias, w


def predict(bias: float, w: dict[str, float], x: Example, sentence: str) -> float:
    z = bias + sum(w.get(k, 0.0) * v for k, v in x.items())
    p = 1 / (1 + math.exp(-z)) if z > -30 else 0.0
    return min(p, claims.GATED_MAX) if claims.is_gated(sentence) else p


def prf(scores: list[float], ys: list[int], cut: float) -> tuple[float, float, float]:
    tp = sum(1 for s, y in zip(scores, ys) if s >= cut and y)
    fp = sum(1 for s, y in zip(scores, ys) if s >= cut and not y)
    fn = sum(1 for s, y in zip(scores, ys) if s < cut and y)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def cross_validate(texts: list[str], xs: list[Example], ys: list[int]) -> float:
    """Out-of-fold F1 over cuts; returns the F1-optimal cut."""
    order = list(range(len(xs)))
    random.Random(SEED).shuffle(order)
    oof = [0.0] * len(xs)
    for fold in range(FOLDS):
        held = set(order[fold::FOLDS])
        train_idx = [i for i in order if i not in held]
        bias, w = train([xs[i] for i in train_idx], [ys[i] for i in train_idx])
        for i in held:
            oof[i] = predict(bias, w, xs[i], texts[i])
    best = max((prf(oof, ys, c / 100)[2], c / 100) for c in range(5, 96))
    p, r, f = prf(oof, ys, 0.5)
    print(f"CV at 0.50: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    p, r, f = prf(oof, ys, best[1])
    print(f"CV at {best[1]:.2f} (best): P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return best[1]


def export(bias: float, w: dict[str, float], path: Path) -> None:
    spaces: dict[str, dict[str, int]] = {"w": {}, "c": {}, "x": {}}
    for key, value in sorted(w.items()):
        if key[0] == "c":
            value *= CHAR_SCALE
        if round(value / SCALE):
            spaces[key[0]][key[2:]] = round(value / SCALE)
    model = {
        "about": "Claim model trained by scripts/train_claims.py on ClaimBuster dev "
        "(Arslan et al., ICWSM 2020, DOI 10.5281/zenodo.3609356, CC BY 4.0). "
        "weight = integer * scale; keys joined by newlines.",
        "bias": round(bias, 6),
        "scale": SCALE,
        **{
            name: ["\n".join(spaces[ns]), list(spaces[ns].values())]
            for name, ns in (("words", "w"), ("chars", "c"), ("extras", "x"))
        },
    }
    path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    # Ship the per-word sums of the vocabulary's own words, computed by the runtime's code, so a
    # fresh process skips most char n-gram lookups (~70% of distinct words in news articles).
    claims.load_model.cache_clear()
    runtime = claims.load_model()
    words = [g for g in spaces["w"] if " " not in g]
    parts = [runtime.word_parts(word) for word in words]
    model["cached"] = ["\n".join(words), [p[1] for p in parts], [p[2] for p in parts]]
    path.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    kept = sum(len(v) for v in spaces.values())
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {kept} of {len(w)} features)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true", help="report CV, write nothing")
    args = parser.parse_args()
    texts, ys = load(DATA)
    xs = [featurize(t) for t in texts]
    cut = cross_validate(texts, xs, ys)
    if args.cv_only:
        return
    bias, w = train(xs, ys)
    export(bias - math.log(cut / (1 - cut)), w, claims.MODEL_PATH)


if __name__ == "__main__":
    main()
