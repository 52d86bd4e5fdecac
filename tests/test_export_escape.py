"""Escaping: untrusted text renders to exactly its words, as text, in CommonMark/GFM."""

from __future__ import annotations

import re

import pytest

from briefing.export import escape
from briefing.export.tables import table
from briefing.ingest import load
from tests.conftest import SEEDS
from tests.test_export_support import blocks, to_html, words

HOSTILE = [
    "[an]",
    "[link](javascript:alert(1))",
    "![img](http://x/y.png)",
    "<script>alert(1)</script>",
    "<!-- comment -->",
    "**bold** and __strong__ and *em* and _em_",
    "# heading",
    "## heading ##",
    "1. item",
    "2) item",
    "- bullet",
    "+ bullet",
    "* bullet",
    "> quoted",
    "a | b",
    "| a | b |",
    "back\\slash \\ and \\* and \\\\ and trailing \\",
    "`code` and ``more``",
    "```fenced",
    "~~strike~~ ~x~",
    "AT&T &amp; &copy; &#169; &#x41;",
    "<http://example.com> <me@example.com>",
    "[ref]: http://example.com",
    "[^1] footnote",
    "line one\n===",
    "line one\n---",
    "***",
    "    indented code",
    "\tindented code",
    "hard break  \nnext",
    "$E = mc^2$ and $2.12 billion",
    "==highlight== %%comment%% :smile: :+1: 10:30:00",
    "#hashtag and a#b",
    "<div>block</div>",
    "&nbsp;",
]


def _rendered(markdown: str) -> str:
    return " ".join(text for _, text in blocks(markdown))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_renders_to_its_words(hostile: str) -> None:
    assert _rendered(escape.text(hostile)) == words(hostile)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_in_a_block_quote(hostile: str) -> None:
    rendered = blocks(escape.quoted(hostile))
    assert all("blockquote" in where for where, _ in rendered)
    assert " ".join(text for _, text in rendered) == words(hostile)


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_in_a_table_cell_and_heading(hostile: str) -> None:
    rendered = blocks(table(["Speaker", "Quote"], [[hostile, f"she said {hostile}, twice: {hostile}"]]))
    cells = [text for where, text in rendered if where[-1] == "td"]
    assert cells == [words(hostile), words(f"she said {hostile}, twice: {hostile}")]
    assert blocks(f"## {escape.inline(hostile)}") == [(("h2",), words(hostile))]


def test_a_pipe_in_a_quote_stays_in_its_cell() -> None:
    rendered = blocks(table(["★", "Quote"], [["", "we chose a | b, not c || d"]]))
    assert [text for where, text in rendered if where[-1] == "td"] == ["we chose a | b, not c || d"]


def test_nothing_but_text_comes_out() -> None:
    rendered = to_html(escape.text(" ".join(HOSTILE)))
    # GFM links bare URLs by itself; such a link shows its own address and nothing else.
    for href, label in re.findall(r'<a href="([^"]*)">([^<]*)</a>', rendered):
        assert href.removeprefix("http://") == label.removeprefix("http://")
    assert "javascript" not in "".join(re.findall(r'href="([^"]*)"', rendered))
    for tag in ("<img", "<script", "<strong", "<em", "<code", "<h1", "<ol", "<ul", "<s>", "<div", "<table"):
        assert tag not in rendered


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.iterdir() if not p.name.startswith(".")))
def test_every_sample_article_renders_to_its_words(seed: str) -> None:
    article = load(SEEDS / seed)
    paragraphs = [article.text[s:e] for s, e in article.paragraphs]
    assert [text for _, text in blocks(escape.text(article.text))] == [words(p) for p in paragraphs if p.strip()]


def test_obsidian_and_github_extras_are_escaped() -> None:
    # Not CommonMark, so markdown-it cannot check these: the escapes must be there.
    assert escape.line("==hi== %%c%%") == "\\=\\=hi\\=\\= \\%\\%c\\%\\%"
    assert escape.line("$5 and #tag and ^block") == "\\$5 and \\#tag and \\^block"
    assert escape.line(":smile: at 10:30:00") == "\\:smile: at 10:30:00"
    assert escape.line("U.S. 1.8 billion - AT&T") == "U.S. 1.8 billion - AT&T"  # Plain text stays readable.


def test_code_span_and_yaml_string() -> None:
    assert escape.code("seeds/a_b.txt") == "`seeds/a_b.txt`"
    assert blocks(escape.code("a `tick` b")) == [(("p",), "a `tick` b")]
    assert escape.yaml_string('say "hi"\n\u2028') == '"say \\"hi\\"\\n\\u2028"'
