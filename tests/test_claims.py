"""Check-worthy claims: scores, signals, hedges, non-claims, speakers and offsets."""

from __future__ import annotations

import importlib.util
import math
import time
from pathlib import Path

import pytest

from briefing.extract import claims
from briefing.extract.claims import CLAIM_THRESHOLD, find_claims, score_sentence
from briefing.extract.model import Figure, Quote

CLAIMS = {
    "statistic": "Unemployment in the region stood at 7.4% in March, according to the statistics office.",
    "money": "The city council approved a $48 million budget for road repairs on Tuesday.",
    "count": "More than 300 people were evacuated from their homes after the river burst its banks.",
    "comparison": "Exports to China were 12% higher than a year earlier, the ministry said.",
    "trend": "Rents in the capital have doubled since 2015, while wages have barely risen.",
    "cause": "The outage was caused by a faulty transformer at the main substation, the utility said.",
    "estimate": "Officials estimated that about 2,000 homes were damaged by the storm.",
    "record": "Last month was the hottest September on record, the weather service said.",
    "action": "The Senate passed the bill by a vote of 62 to 38 on Thursday.",
    "superlative": "Norway is the largest oil producer in Western Europe.",
    "past action": "The company closed three factories in Ohio and laid off 1,200 workers last year.",
}

NOT_CLAIMS = {
    "procedural": "A spokesperson for the company declined to comment.",
    "no response": "The ministry did not immediately respond to a request for comment.",
    "question": "Will the new rules make any difference to ordinary families?",
    "question with figure": "What will the $48 million budget actually buy?",
    "heading": "What happens next",
    "heading with figure": "Budget 2025 at a glance",
    "opinion": "I think we should all be kinder to each other.",
    "opinion 2": "It is a beautiful town and I love living here.",
}

HEDGED = {
    "estimated": "It has been estimated that up to 80% of the losses were caused by drone attacks.",
    "up to": "The new plant will employ up to 400 people.",
    "could": "The strike could cost the airline $20 million a day.",
    "is considered": "The reservoir is considered the largest in the region.",
    "reportedly": "The minister reportedly received 2 million euros in undeclared payments.",
}


@pytest.mark.parametrize("kind", CLAIMS)
def test_claims_score_above_threshold(kind: str) -> None:
    assert score_sentence(CLAIMS[kind]).score >= CLAIM_THRESHOLD


@pytest.mark.parametrize("kind", NOT_CLAIMS)
def test_non_claims_score_below_threshold(kind: str) -> None:
    assert score_sentence(NOT_CLAIMS[kind]).score < CLAIM_THRESHOLD


@pytest.mark.parametrize("kind", HEDGED)
def test_hedges(kind: str) -> None:
    assert score_sentence(HEDGED[kind]).hedged


def test_plain_statement_is_not_hedged() -> None:
    assert not score_sentence(CLAIMS["money"]).hedged
    assert not score_sentence("The market opens in May 2026.").hedged


@pytest.mark.parametrize(
    ("sentence", "signal"),
    [
        (CLAIMS["statistic"], "figure"),
        (CLAIMS["statistic"], "attribution"),
        (CLAIMS["comparison"], "comparison"),
        (CLAIMS["trend"], "trend"),
        (CLAIMS["trend"], "record"),
        (CLAIMS["cause"], "cause"),
        (CLAIMS["estimate"], "estimate"),
        (CLAIMS["record"], "record"),
        (CLAIMS["record"], "superlative"),
        (CLAIMS["action"], "action"),
        (CLAIMS["superlative"], "superlative"),
        ("Twenty countries have already joined the coalition.", "figure"),
        ("Sales fell sharply in the third quarter.", "trend"),
        ("The company has invested heavily in batteries.", "action"),
        ("Prices are three times higher than in 2019.", "comparison"),
    ],
)
def test_signals(sentence: str, signal: str) -> None:
    assert signal in score_sentence(sentence).signals


def test_signals_are_known_names_and_scores_in_range() -> None:
    for sentence in [*CLAIMS.values(), *NOT_CLAIMS.values(), *HEDGED.values(), "", "   ", "?"]:
        result = score_sentence(sentence)
        assert 0.0 <= result.score <= 1.0
        assert set(result.signals) <= set(claims.SIGNAL_ORDER)


def test_not_a_figure_without_numbers() -> None:
    assert "figure" not in score_sentence("The council met on a rainy evening.").signals


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans: one per line, with the surrounding whitespace left in."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def test_find_claims_offsets_ids_and_order() -> None:
    text = "\n".join(
        [f"  {CLAIMS['money']}  ", NOT_CLAIMS["procedural"], "", f"\t{CLAIMS['trend']}"]
    )
    found = find_claims(text, list(reversed(_spans(text))))
    assert [c.id for c in found] == ["c1", "c2"]
    assert [c.text for c in found] == [CLAIMS["money"], CLAIMS["trend"]]
    for claim in found:
        assert text[claim.start : claim.end] == claim.text
        assert claim.score >= CLAIM_THRESHOLD
        assert claim.speaker is None


def test_threshold_parameter() -> None:
    text = CLAIMS["money"]
    assert find_claims(text, [(0, len(text))], threshold=1.01) == []
    assert len(find_claims(text, [(0, len(text))], threshold=0.0)) == 1


def test_claim_inside_direct_quote_gets_speaker() -> None:
    sentence = '"We have cut emissions by 40% since 2010," Mayor Ortiz said.'
    start = sentence.index("We")
    end = sentence.index(",\"") + 1
    quote = Quote("q1", "direct", sentence[start - 1 : end + 1], start - 1, end + 1, "s1", "said", 0.9)
    [claim] = find_claims(sentence, [(0, len(sentence))], [quote])
    assert claim.speaker == "s1"


def test_claim_covered_by_indirect_quote_gets_speaker() -> None:
    text = (
        "Mayor Ortiz said the city had spent $12 million on flood defences since 2019. "
        "The river rose 2 metres overnight."
    )
    first_end = text.index(". ") + 1
    body = text.index("the city")
    quote = Quote("q1", "indirect", text[body:first_end], body, first_end, "s2", "said", 0.7)
    found = find_claims(text, [(0, first_end), (first_end, len(text))], [quote])
    assert [c.speaker for c in found] == ["s2", None]


def test_figure_spans_add_the_figure_signal() -> None:
    text = "The coalition has provided a fifth of the aid to the region."
    start = text.index("a fifth")
    figure = Figure("f1", "a fifth", start, start + 7, "ratio", 0.2, None, None, None, None, "exact")
    [claim] = find_claims(text, [(0, len(text))], figures=[figure], threshold=0.0)
    assert "figure" in claim.signals


def test_model_file_small_and_loads_fast() -> None:
    assert claims.MODEL_PATH.stat().st_size <= 2_000_000
    claims.load_model.cache_clear()
    t0 = time.perf_counter()
    model = claims.load_model()
    elapsed = time.perf_counter() - t0
    assert model.words and model.chars and model.extras
    assert elapsed < 0.5  # ~20-40 ms on an idle machine; generous for loaded CI
    assert claims.load_model() is model


def test_scoring_is_deterministic() -> None:
    first = [score_sentence(s) for s in CLAIMS.values()]
    claims.load_model.cache_clear()
    assert [score_sentence(s) for s in CLAIMS.values()] == first


def test_trainer_features_give_the_runtime_score() -> None:
    """scripts/train_claims.py and score_sentence read the same features with the same weights."""
    path = Path(__file__).resolve().parents[1] / "scripts" / "train_claims.py"
    spec = importlib.util.spec_from_file_location("train_claims", path)
    trainer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trainer)
    model = claims.load_model()
    tables = {"w": model.words, "c": model.chars, "x": model.extras}
    for sentence in [*CLAIMS.values(), *NOT_CLAIMS.values(), *HEDGED.values()]:
        z = model.bias
        for key, value in trainer.featurize(sentence).items():
            scale = trainer.CHAR_SCALE if key[0] == "c" else 1.0  # exported weights carry it
            z += tables[key[0]].get(key[2:], 0) * model.scale * value / scale
        expected = 1 / (1 + math.exp(-z))
        if claims.is_gated(sentence):
            expected = min(expected, claims.GATED_MAX)
        assert score_sentence(sentence).score == pytest.approx(expected, abs=1e-4)


def test_huge_inputs_stay_fast() -> None:
    t0 = time.perf_counter()
    score_sentence("x" * 1_000_000 + " rose 5%.")
    score_sentence("The price rose 5% in March. " * 20_000)
    assert time.perf_counter() - t0 < 5  # ~0.1 s on an idle machine


def test_signal_cache_overflow_keeps_working(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.extract import claim_signals

    monkeypatch.setattr(claim_signals, "_CACHE_SIZE", 5)
    monkeypatch.setattr(claim_signals, "_word_bits", {})
    monkeypatch.setattr(claim_signals, "_signalling", set())
    for sentence in CLAIMS.values():
        assert score_sentence(sentence).signals == score_sentence(sentence).signals != []
    assert len(claim_signals._word_bits) <= 30


def test_model_cache_overflow_keeps_the_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [score_sentence(s) for s in CLAIMS.values()]
    monkeypatch.setattr(claims, "_CACHE_SIZE", 5)
    monkeypatch.setattr(claims.load_model(), "packed", {})
    assert [score_sentence(s) for s in CLAIMS.values()] == expected
    assert len(claims.load_model().packed) <= 30
