"""Plain-text articles: header fields, dateline and every normalization rule."""

from briefing.ingest import load, load_text

from .conftest import SEED


def test_seed_header_fields() -> None:
    article = load(SEED)
    assert article.title == "Latvia invites Japan into coalition supporting Ukraine drones"
    assert article.dek.startswith("Latvian foreign minister says Tokyo")
    assert article.byline == "TAKAYUKI TANAKA"
    assert article.published == "2025-09-23T00:41:00+09:00"
    assert article.dateline == "TOKYO"
    assert article.text.startswith("TOKYO -- Latvia has invited Japan")


def test_markdown_escape_is_undone() -> None:
    article = load(SEED)
    assert "1.8 billion euros ($2.12 billion)" in article.text
    assert "\\" not in article.text


def test_paragraph_broken_mid_sentence_is_rejoined() -> None:
    article = load(SEED)
    joined = "amid China's growing supremacy in the field"
    assert joined in article.text
    start = article.text.index(joined)
    assert any(s <= start and start + len(joined) <= e for s, e in article.paragraphs)


def test_sentence_ending_paragraphs_are_not_joined() -> None:
    article = load_text("One ends here.\n\nanother starts lower case.", raw=True)
    assert len(article.paragraphs) == 2


def test_paragraph_offsets_cover_the_text() -> None:
    article = load(SEED)
    assert len(article.paragraphs) == 16
    for start, end in article.paragraphs:
        paragraph = article.text[start:end]
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph
    assert article.text == "\n\n".join(article.text[s:e] for s, e in article.paragraphs)


def test_quotes_and_dashes_are_kept_as_written() -> None:
    article = load(SEED)
    assert "Ukraine -- to test" in article.text
    curly = load_text("“It works,” she said — twice -- ‘really’.", raw=True)
    assert curly.text == "“It works,” she said — twice -- ‘really’."


def test_square_brackets_in_quotes_survive() -> None:
    assert "in [an] attempt to destabilize" in load(SEED).text


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    article = load_text("A line that wraps\nonto the next line.\n\nSecond.", raw=True)
    assert article.text == "A line that wraps onto the next line.\n\nSecond."


def test_raw_takes_everything_as_body() -> None:
    raw = load_text("Short title\n\nBY SOMEONE\n\nMarch 12, 2024\n\nBody.", raw=True)
    assert raw.title == raw.byline == "" and raw.published is None
    assert raw.text.startswith("Short title")
    assert len(raw.paragraphs) == 4


def test_wire_dateline_and_agency() -> None:
    text = ("Harbor vote\n\nBy JANE ROE\n\nPublished March 12, 2024 4:15 PM EDT\n\n"
            "PORTLAND, Maine (AP) — The council voted 7-2 on Tuesday.")
    article = load_text(text)
    assert article.title == "Harbor vote"
    assert article.byline == "JANE ROE"
    assert article.dek == ""
    assert article.published == "2024-03-12T16:15:00-04:00"
    assert article.dateline == "PORTLAND, Maine"
    assert article.source == "AP"


def test_crlf_and_cr_line_ends() -> None:
    lf = load_text("Title\n\nBody one.\n\nBody two.")
    assert load_text("Title\r\n\r\nBody one.\r\n\r\nBody two.").text == lf.text
    assert load_text("Title\r\rBody one.\r\rBody two.").text == lf.text


def test_id_is_stable_and_content_based() -> None:
    assert load(SEED).id == load(SEED).id
    assert load_text("A.\n\nB.", raw=True).id != load_text("A.\n\nC.", raw=True).id


def test_colon_dateline() -> None:
    article = load_text("Results day\n\nBy A REPORTER\n\nMay 2, 2025\n\nMUMBAI: Shares rose 4% on Friday.")
    assert article.dateline == "MUMBAI"
    assert article.text.startswith("MUMBAI: Shares rose")
