"""Re-anchoring passages in changed text: found when it is there, orphaned when it is not."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from briefing.store.anchor import anchor, quote

TEXT = (
    "The harbor town voted on Tuesday. "
    "The council voted 7-2 to approve the $48.5 million seawall after a long debate. "
    "Residents said the storms had swamped the waterfront twice this winter. "
    "In a separate vote, the council voted 5-4 to reject the ferry plan after a short debate."
)
PASSAGE = "The council voted 7-2 to approve the $48.5 million seawall after a long debate."


def q(text: str = TEXT, passage: str = PASSAGE):
    start = text.index(passage)
    return quote(text, start, start + len(passage))


def test_selector_has_32_characters_of_context() -> None:
    s = q()
    assert s.exact == PASSAGE
    assert s.prefix == TEXT[s.start - 32:s.start] and len(s.prefix) == 32
    assert s.suffix == TEXT[s.end:s.end + 32]


def test_selector_at_the_edges_and_bad_spans() -> None:
    s = quote(TEXT, 0, 3)
    assert s.prefix == "" and s.exact == "The"
    with pytest.raises(ValueError):
        quote(TEXT, 5, 5)
    with pytest.raises(ValueError):
        quote(TEXT, 0, len(TEXT) + 1)


def test_unchanged_text_keeps_the_stored_position() -> None:
    s = q()
    a = anchor(TEXT, s)
    assert (a.status, a.start, a.end, a.score) == ("anchored", s.start, s.end, 1.0)


def test_shifted_text_finds_the_passage() -> None:
    changed = "UPDATE: this story has been corrected.\n\n" + TEXT
    a = anchor(changed, q())
    assert a.status == "moved"
    assert changed[a.start:a.end] == PASSAGE


def test_edited_context_still_anchors() -> None:
    changed = TEXT.replace("The harbor town voted on Tuesday. ", "Late on Tuesday night, after hours of talk: ")
    a = anchor(changed, q())
    assert not a.orphaned and changed[a.start:a.end] == PASSAGE


def test_context_chooses_between_identical_passages() -> None:
    short = "the council voted"
    text = TEXT.replace("The council voted 7-2", "Then the council voted 7-2")
    s = q(text, short)  # the first occurrence
    moved = "Breaking. " + text.replace("In a separate vote, the council voted", "Later the council voted")
    a = anchor(moved, s)
    assert a.status == "moved"
    assert moved[a.start - 10:a.start] == text[s.start - 10:s.start]


def test_fuzzy_match_after_a_small_edit() -> None:
    changed = TEXT.replace("voted 7-2", "voted seven to two")
    a = anchor(changed, q())
    assert a.status == "fuzzy"
    assert changed[a.start:a.end].startswith("The council voted seven to two")
    assert changed[a.start:a.end].endswith("long debate.")


def test_deleted_passage_is_orphaned_not_moved_onto_a_look_alike() -> None:
    # The sentence is gone; a similar one ("the council voted 5-4 ... after a short debate") remains.
    changed = TEXT.replace(PASSAGE + " ", "")
    a = anchor(changed, q())
    assert a.orphaned and a.start is None and a.end is None


def test_heavily_rewritten_passage_is_orphaned() -> None:
    changed = TEXT.replace(PASSAGE, "Officials postponed any decision on the harbor wall until spring.")
    assert anchor(changed, q()).orphaned


def test_short_quote_with_lost_context_is_not_moved_to_another_occurrence() -> None:
    text = "Alpha beta gamma delta. " * 3 + "Unique lead-in: seawall costs rose. " + "Epsilon zeta eta theta. " * 3
    s = q(text, "seawall")
    changed = text.replace("Unique lead-in: seawall costs rose. ", "") + " The seawall in another town."
    assert anchor(changed, s).orphaned


def test_unique_long_exact_quote_survives_rewritten_surroundings() -> None:
    changed = "Completely new opening paragraph here. " + PASSAGE + " And a new ending too, unrelated."
    a = anchor(changed, q())
    assert a.status == "moved" and changed[a.start:a.end] == PASSAGE


def test_empty_text_orphans() -> None:
    assert anchor("", q()).orphaned


def test_reanchoring_a_long_article_is_fast() -> None:
    rng = random.Random(7)
    vocabulary = [f"w{n}" for n in range(3000)] + ["the", "of", "and", "a", "to", "in"] * 200
    text = " ".join(rng.choice(vocabulary) for _ in range(30_000))
    start = text.index(" ", 100_000) + 1
    s = quote(text, start, start + 120)
    edited = "New lede. " + text[:start + 50] + "CHANGED" + text[start + 57:]
    began = time.process_time()  # CPU time: the test machine may be busy
    for _ in range(10):
        found = anchor(edited, s)
        gone = anchor(text[:50_000] + text[start + 200:], s)  # the slowest path: nothing to find
    assert found.status == "fuzzy" and gone.orphaned
    assert (time.process_time() - began) / 20 < 0.02


def test_common_word_with_many_occurrences_is_found_quickly() -> None:
    rng = random.Random(3)
    body = " ".join(rng.choice(["the", "river", "barge", "level", "of"]) for _ in range(20_000))
    text = body + " Only here: the one we marked, right here. " + body
    start = text.index("the one we marked")
    s = quote(text, start, start + 3)  # "the": thousands of occurrences
    began = time.process_time()
    a = anchor("Inserted. " + text, s)
    assert time.process_time() - began < 0.05
    assert a.status == "moved" and a.start == start + len("Inserted. ")


def test_short_quote_at_its_old_offset_in_rewritten_text_is_orphaned() -> None:
    text = "Prices rose sharply in March, the ministry said on Friday evening."
    s = quote(text, text.index("the"), text.index("the") + 3)
    rewritten = "Nothing here is as before: " + "x" * 3
    rewritten = rewritten[:s.start] + "the" + " completely different words follow now."
    assert rewritten[s.start:s.end] == "the"
    assert anchor(rewritten, s).orphaned


def test_long_quote_in_place_survives_rewritten_context() -> None:
    passage = "the ministry said on Friday evening"
    text = "Prices rose sharply in March, " + passage + "."
    s = quote(text, 30, 30 + len(passage))
    changed = "Costs went up a lot in spring, " [:30] + passage + " and again on Monday."
    a = anchor(changed, s)
    assert a.status == "anchored" and a.start == 30


SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("seeds").iterdir())


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    from briefing.ingest import load

    return [load(p).text for p in SEEDS]


def test_on_real_articles_edits_around_a_passage_still_find_it(seed_texts: list[str]) -> None:
    rng = random.Random(9)
    for _ in range(300):
        text = rng.choice(seed_texts)
        length = rng.choice([6, 12, 25, 60, 150])
        start = rng.randrange(40, len(text) - length - 40)
        s = quote(text, start, start + length)
        cut = text.rfind(" ", 0, start - 8)  # a word inserted just before the passage...
        edited = "Editor's note: corrected. " + text[:cut] + " CHANGED" + text[cut:]  # ...and a note on top
        moved = start + len("Editor's note: corrected. ") + len(" CHANGED")
        a = anchor(edited, s)
        assert (a.start, a.end) == (moved, moved + length), (s, a)


def test_on_real_articles_a_deleted_passage_never_lands_on_other_text(seed_texts: list[str]) -> None:
    rng = random.Random(5)
    orphaned = 0
    for _ in range(300):
        text = rng.choice(seed_texts)
        length = rng.choice([6, 12, 25, 60, 150])
        start = rng.randrange(0, len(text) - length)
        s = quote(text, start, start + length)
        lo, hi = max(0, start - rng.randint(0, 200)), min(len(text), start + length + rng.randint(0, 200))
        edited = text[:lo] + text[hi:]
        a = anchor(edited, s)
        orphaned += a.orphaned
        assert a.orphaned or edited[a.start:a.end] == s.exact, (s, edited[a.start:a.end])
    assert orphaned >= 290
