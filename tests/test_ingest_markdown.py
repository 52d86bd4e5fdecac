from briefing.ingest import load_text

DOC = """---
title: "Council [draft] budget: what's in it"
byline: Ana Ruiz
published: 2025-06-02T08:00:00Z
source: The Valley Ledger
---

# A heading that is not the title

The council *approved* a **£12m** plan, said [the mayor](https://example.org), with `code`.
It continued on a soft-wrapped line.

- first item
- second item

1. one
2. two

> "We are ready," she said.

<script>alert(1)</script>

An escaped \\$5 and [an] bracket.
"""


def test_front_matter_fields() -> None:
    article = load_text(DOC, format="markdown")
    assert article.title == "Council [draft] budget: what's in it"
    assert article.byline == "Ana Ruiz"
    assert article.published == "2025-06-02T08:00:00+00:00"
    assert article.source == "The Valley Ledger"


def test_body_becomes_plain_paragraphs() -> None:
    paragraphs = [load_text(DOC, format="markdown").text[s:e]
                  for s, e in load_text(DOC, format="markdown").paragraphs]
    assert paragraphs == [
        "A heading that is not the title",
        "The council approved a £12m plan, said the mayor, with code. It continued on a soft-wrapped line.",
        "• first item",
        "• second item",
        "1. one",
        "2. two",
        '"We are ready," she said.',
        "An escaped $5 and [an] bracket.",
    ]


def test_first_h1_is_the_title_without_front_matter() -> None:
    article = load_text("# The Title\n\nBody text.\n", format="markdown")
    assert article.title == "The Title"
    assert article.text == "Body text."


def test_broken_front_matter_is_a_warning_not_a_crash() -> None:
    article = load_text("---\ntitle: [unclosed\n---\n\nBody.\n", path="x.md")
    assert article.text == "Body."
    assert any("front matter" in w for w in article.warnings)
