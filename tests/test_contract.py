"""`briefing extract --json` keeps the briefing.extract/1 contract for every sample."""

from __future__ import annotations

import json

import pytest

from .conftest import SEEDS, run_briefing

SAMPLES = sorted(p for p in SEEDS.iterdir() if p.is_file())
KEYS = {"schema", "article", "text", "paragraphs", "sentences", "speakers", "quotes", "claims", "figures"}


@pytest.fixture(scope="module")
def contracts() -> dict[str, dict]:
    result = run_briefing("extract", "--json", *map(str, SAMPLES))
    assert result.returncode == 0, result.stderr
    return {obj["article"]["path"]: obj for obj in json.loads(result.stdout)}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_contract_shape_and_offsets(contracts, sample) -> None:
    data = next(obj for path, obj in contracts.items() if path.endswith(sample.name))
    assert set(data) == KEYS and data["schema"] == "briefing.extract/1"
    assert set(data["article"]) == {"id", "path", "title", "dek", "byline", "published", "dateline", "source"}
    text = data["text"]
    for start, end in data["paragraphs"] + data["sentences"]:
        assert 0 <= start < end <= len(text)
    for kind in ("quotes", "claims", "figures"):
        ids = [item["id"] for item in data[kind]]
        assert len(ids) == len(set(ids)), kind
        for item in data[kind]:
            assert text[item["start"]:item["end"]] == item["text"], (kind, item)
    speaker_ids = {s["id"] for s in data["speakers"]}
    for speaker in data["speakers"]:
        assert speaker["kind"] in {"person", "organization", "anonymous", "document"}
        for start, end in speaker["mentions"]:
            assert 0 <= start < end <= len(text)
    for quote in data["quotes"]:
        assert quote["kind"] in {"direct", "partial", "indirect"}
        assert quote["speaker"] is None or quote["speaker"] in speaker_ids
    for claim in data["claims"]:
        assert 0 <= claim["score"] <= 1 and isinstance(claim["hedged"], bool)
        assert claim["speaker"] is None or claim["speaker"] in speaker_ids
    for figure in data["figures"]:
        assert figure["kind"] in {"money", "percent", "count", "quantity", "ratio", "date", "duration"}
        assert figure["qualifier"] in {"exact", "approx", "at_most", "at_least", "more_than", "less_than", "range"}


def test_extraction_is_deterministic() -> None:
    first = run_briefing("extract", "--json", str(SAMPLES[0])).stdout
    assert first == run_briefing("extract", "--json", str(SAMPLES[0])).stdout
