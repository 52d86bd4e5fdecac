"""The extraction cache: hits for unchanged articles, misses for changed ones or a changed extractor."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.export import cache as cache_module
from briefing.export.cache import ExtractionCache
from briefing.extract.model import Extraction
from briefing.ingest import load
from tests.conftest import SEED
from tests.test_export_support import fixed_extraction


class Counting:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, article) -> Extraction:
        self.calls += 1
        return fixed_extraction(article)


@pytest.fixture
def article():
    return load(SEED)


def test_a_second_export_reads_the_extraction_back(tmp_path: Path, article) -> None:
    extract = Counting()
    first = ExtractionCache(tmp_path / "c").cached(extract)(article)
    again = ExtractionCache(tmp_path / "c").cached(extract)(article)
    assert extract.calls == 1 and again == first == fixed_extraction(article)
    directory = tmp_path / "c"
    assert stat.S_IMODE(os.stat(directory).st_mode) == 0o700
    assert [stat.S_IMODE(os.stat(p).st_mode) for p in directory.iterdir()] == [0o600]


def test_an_edited_article_or_a_new_extractor_misses(tmp_path: Path, article,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    extract = Counting()
    cached = ExtractionCache(tmp_path).cached(extract)
    cached(article)
    cached(replace(article, text=article.text.replace("Latvia", "Estonia")))
    cached(replace(article, byline="SOMEONE ELSE"))
    assert extract.calls == 3
    monkeypatch.setattr(cache_module, "extractor_fingerprint", lambda: "another extractor")
    cached(article)
    assert extract.calls == 4
    assert len(list(tmp_path.iterdir())) == 3  # The new extractor's entry replaced the old one.


def test_a_damaged_entry_is_a_miss(tmp_path: Path, article) -> None:
    extract = Counting()
    cached = ExtractionCache(tmp_path).cached(extract)
    cached(article)
    [entry] = tmp_path.iterdir()
    entry.write_text('{"fingerprint": "x", "extrac')
    assert cached(article) == fixed_extraction(article) and extract.calls == 2
    entry.write_text('{"fingerprint": "%s", "extraction": {"quotes": 1}}' % cache_module.extractor_fingerprint())
    assert cached(article) == fixed_extraction(article) and extract.calls == 3


def test_an_unsafe_directory_means_no_cache_not_an_error(tmp_path: Path, article) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    extract = Counting()
    cached = ExtractionCache(shared).cached(extract)
    cached(article), cached(article)
    assert extract.calls == 2 and list(shared.iterdir()) == []


def test_the_brief_extractor_asks_memory_then_the_cache_and_survives_a_failure(tmp_path: Path, article) -> None:
    from briefing.export.extractors import brief_extractor

    extract, warnings = Counting(), []
    cache = ExtractionCache(tmp_path)
    remembered = fixed_extraction(article)
    from_memory = brief_extractor(extract, warnings.append, memory=lambda a: remembered, cache=cache)
    assert from_memory(article) is remembered and extract.calls == 0
    run = brief_extractor(extract, warnings.append, memory=lambda a: None, cache=cache)
    assert run(article) == remembered and run(article) == remembered and extract.calls == 1

    def broken(a):
        raise RuntimeError("boom")

    other = replace(article, text=article.text + " More.")
    assert brief_extractor(broken, warnings.append, cache=cache)(other) is None
    assert warnings == [f"{other.path}: extraction failed (RuntimeError: boom); stars are shown as passages"]
    assert brief_extractor(lambda a: None, warnings.append, cache=cache)(other) is None
    assert len(list(tmp_path.iterdir())) == 1  # No extraction, nothing cached.


def test_an_entry_reads_back_equal_list_by_list(tmp_path: Path, article) -> None:
    from briefing.extract import extract

    real = extract(article)
    odd = replace(real.quotes[0], text="not the passage")  # An item whose text is not its span's.
    real.quotes[0] = odd
    cache = ExtractionCache(tmp_path)
    cache.put(article, real)
    found = cache.get(article)
    assert isinstance(found, Extraction) and found == real and real == found
    assert found.quotes[0].text == "not the passage"
    assert found.to_json() == real.to_json()
    fresh = cache.get(article)
    with pytest.raises(AttributeError):
        Extraction.claims.__get__(fresh)  # Nothing decoded before it is read...
    assert fresh.claims == real.claims  # ...then decoded once and kept.
    assert Extraction.claims.__get__(fresh) is fresh.claims


def test_a_changed_byte_in_an_entry_is_a_miss(tmp_path: Path, article) -> None:
    extract = Counting()
    cached = ExtractionCache(tmp_path).cached(extract)
    cached(article)
    [entry] = tmp_path.iterdir()
    data = entry.read_bytes()
    entry.write_bytes(data.replace(b'"s1"', b'"s9"', 1))
    assert cached(article) == fixed_extraction(article) and extract.calls == 2
