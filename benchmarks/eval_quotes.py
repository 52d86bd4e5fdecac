"""Score quotes and attribution on the GenderGapTracker gold set, in-process.

Usage: python benchmarks/eval_quotes.py [dev|test] [--show] [--half 1|2]

Reads ../shared/eval/ggt/{dev,test}.jsonl beside the repo (never copied into it) and
applies the metric of ../shared/eval/score_ggt.py, imported from that file so the two
cannot drift. `--show` prints every missed or misattributed gold segment (dev only). `--half 1|2`
scores only the first or second half of the split's articles (in file order), for a
split-half check that a rule tuned on one half also helps the other.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from briefing.extract.model import Extraction
from briefing.extract.quotes import find_speakers_and_quotes
from briefing.extract.sentences import paragraph_spans, split_sentences

EVAL_DIR = Path(__file__).resolve().parents[1].parent / "shared/eval"


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_ggt", EVAL_DIR / "score_ggt.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(text: str) -> dict:
    """The speakers/quotes part of `briefing extract --raw --json` for one body text."""
    paragraphs = paragraph_spans(text)
    sentences = split_sentences(text, paragraphs)
    speakers, quotes = find_speakers_and_quotes(text, paragraphs, sentences)
    return Extraction(sentences=sentences, speakers=speakers, quotes=quotes).to_json()


def score(articles: list[dict], outputs: list[dict], sg: ModuleType, show: bool = False) -> dict:
    """The rates of score_ggt.py for `outputs` (one extraction dict per article)."""
    d_gold = d_found = d_attr = pred = pred_ok = i_gold = i_found = 0
    for a, out in zip(articles, outputs):
        speakers = {s["id"]: s for s in out.get("speakers", [])}
        qs = out.get("quotes", [])
        direct = [(q, sg.toks(q.get("text", ""))) for q in qs if q.get("kind") in ("direct", "partial")]
        anyq = [(q, sg.toks(q.get("text", ""))) for q in qs]
        gold_quotes = [g for g in a["quotes"] if g.get("quote")]
        for g in gold_quotes:
            if g["is_direct"]:
                for seg in sg.segments(g["quote"]):
                    st = sg.toks(seg)
                    d_gold += 1
                    best = max(direct, key=lambda qt: sg.cover(st, qt[1]), default=None)
                    if best and sg.cover(st, best[1]) >= 0.8:
                        d_found += 1
                        speaker = speakers.get(best[0].get("speaker"))
                        ok = sg.name_match(g.get("reference", ""), speaker)
                        d_attr += ok
                        if show and not ok:
                            print(f"ATTR {a['id'][:8]} gold={g.get('reference')!r} ({g.get('speaker')!r}) "
                                  f"got={speaker and speaker['name']!r} :: {seg[:70]!r}")
                    elif show:
                        print(f"MISS {a['id'][:8]} {seg[:90]!r}")
            else:
                gt = sg.toks(g["quote"])
                i_gold += 1
                hits = [q for q, t in anyq if sg.cover(gt, t) >= 0.5]
                if any(sg.name_match(g.get("reference", ""), speakers.get(q.get("speaker"))) for q in hits):
                    i_found += 1
                elif show:
                    print(f"IND  {a['id'][:8]} {g.get('reference')!r}: {g['quote'][:90]!r}")
        gold_tok = [set(sg.toks(g["quote"])) for g in gold_quotes]
        for q, t in direct:
            pred += 1
            if t and any(sum(x in gs for x in t) / len(t) >= 0.5 for gs in gold_tok):
                pred_ok += 1
            elif show:
                print(f"FP   {a['id'][:8]} {q['kind']} {q['text'][:90]!r}")

    def rate(x: int, y: int) -> float:
        return round(x / y, 3) if y else 0.0

    p, r = rate(pred_ok, pred), rate(d_found, d_gold)
    return {
        "articles": len(articles), "direct_segments": d_gold, "direct_recall": r, "direct_precision": p,
        "direct_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "attribution": rate(d_attr, d_found), "end_to_end": rate(d_attr, d_gold),
        "indirect_recall": rate(i_found, i_gold),
    }


def main(argv: list[str]) -> int:
    split = next((a for i, a in enumerate(argv) if not a.startswith("-")
                  and (i == 0 or argv[i - 1] != "--half")), "dev")
    if split not in ("dev", "test"):
        print("usage: python benchmarks/eval_quotes.py [dev|test] [--show] [--half 1|2]", file=sys.stderr)
        return 2
    gold = EVAL_DIR / "ggt" / f"{split}.jsonl"
    if not gold.is_file() or not (EVAL_DIR / "score_ggt.py").is_file():
        print(f"evaluation data not found: {gold} (expected ../shared/eval beside the repo)", file=sys.stderr)
        return 1
    articles = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    half = argv[argv.index("--half") + 1] if "--half" in argv[:-1] else None
    if half is not None:
        if half not in ("1", "2"):
            print("--half takes 1 or 2", file=sys.stderr)
            return 2
        mid = (len(articles) + 1) // 2
        articles = articles[:mid] if half == "1" else articles[mid:]
    outputs = [extract(a["text"]) for a in articles]
    show = "--show" in argv and split == "dev"
    label = split if half is None else f"{split}/half{half}"
    print(json.dumps({"split": label, **score(articles, outputs, load_scorer(), show)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
