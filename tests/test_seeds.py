"""Every bundled sample loads with the metadata its hand-labelled gold file gives."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from briefing.ingest import load

from .conftest import ROOT, SEEDS

GOLD = ROOT / "tests" / "gold"
SAMPLES = sorted(p for p in SEEDS.iterdir() if p.is_file())
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_library_has_the_seed_and_six_more_samples() -> None:
    assert (SEEDS / "000_386b1cf1fcee2ef2.txt").is_file()
    assert len(SAMPLES) >= 7
    assert {p.suffix for p in SAMPLES} >= {".txt", ".md", ".html"}


def test_seed_is_the_original_unchanged() -> None:
    # SHA-256 of ../shared/seeds/000_386b1cf1fcee2ef2.txt as handed to the project.
    digest = hashlib.sha256((SEEDS / "000_386b1cf1fcee2ef2.txt").read_bytes()).hexdigest()
    assert digest == "4f6cfe6d035cbf3c81834509bd65a2a8e1da8cc47e650c267aae94ad43df5a57"


def test_long_sample_has_3000_words() -> None:
    assert max(load(p).word_count for p in SAMPLES) >= 3000


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_metadata_matches_gold(sample) -> None:
    gold_file = GOLD / f"{sample.stem}.json"
    assert gold_file.is_file(), f"no gold file for {sample.name}"
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    article = load(sample)
    for field in ("title", "dek", "byline", "dateline", "source"):
        if field in gold:
            assert getattr(article, field) == (gold[field] or ""), field
    assert article.published == gold["published"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_sample_text_is_clean_and_paragraphs_are_exact(sample) -> None:
    article = load(sample)
    assert not CONTROL.search(article.text)
    assert article.text == "\n\n".join(article.text[s:e] for s, e in article.paragraphs)
    assert all(article.text[s:e].strip() == article.text[s:e] != "" for s, e in article.paragraphs)
