"""Sentence splitting on news prose: abbreviations, decimals, initials, quotes."""

from __future__ import annotations

from briefing.extract.sentences import paragraph_spans, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, paragraph_spans(text))]


def test_country_abbreviations_do_not_end_sentences() -> None:
    text = (
        "The U.K. and the U.S. Senate backed the U.N. plan on Tuesday. "
        "Officials said it would take months."
    )
    assert sentences(text) == [
        "The U.K. and the U.S. Senate backed the U.N. plan on Tuesday.",
        "Officials said it would take months.",
    ]


def test_abbreviation_at_the_end_of_a_sentence_still_ends_it() -> None:
    text = "The company moved its headquarters to the U.S. The move cost $40 million."
    assert sentences(text) == [
        "The company moved its headquarters to the U.S.",
        "The move cost $40 million.",
    ]


def test_titles_dates_and_numbers() -> None:
    text = (
        "Mr. Hale met Ms. Ortiz and Dr. Chen on Jan. 5 at No. 10 Downing Street. "
        "Gov. Ames and Sen. Ruiz were not invited. Mr Hale later left."
    )
    assert sentences(text) == [
        "Mr. Hale met Ms. Ortiz and Dr. Chen on Jan. 5 at No. 10 Downing Street.",
        "Gov. Ames and Sen. Ruiz were not invited.",
        "Mr Hale later left.",
    ]


def test_decimals_and_initials() -> None:
    text = "Growth slowed to 1.8 per cent, said John F. Kennedy Jr. of the bank. Prices rose 2.5%."
    assert sentences(text) == [
        "Growth slowed to 1.8 per cent, said John F. Kennedy Jr. of the bank.",
        "Prices rose 2.5%.",
    ]


def test_quote_ending_in_a_question_stays_with_its_attribution() -> None:
    text = '"Why would we wait?" she asked. "The water is already here."'
    assert sentences(text) == ['"Why would we wait?" she asked.', '"The water is already here."']


def test_quote_spanning_sentences_splits_where_each_sentence_ends() -> None:
    text = "“We will rebuild. We always do,” the mayor said. Work starts Monday."
    expected = ["“We will rebuild.", "We always do,” the mayor said.", "Work starts Monday."]
    assert sentences(text) == expected


def test_sentences_never_cross_paragraphs() -> None:
    text = "The storm hit on Friday\n\nResidents fled. Some stayed."
    assert sentences(text) == ["The storm hit on Friday", "Residents fled.", "Some stayed."]


def test_offsets_point_into_the_text() -> None:
    text = "  First one.   Second one?\n\n  Third!  "
    spans = split_sentences(text, paragraph_spans(text))
    assert [text[s:e] for s, e in spans] == ["First one.", "Second one?", "Third!"]
