from briefing.ingest import load_text

PAGE = """<!DOCTYPE html>
<html><head>
<title>Ferry fares rise | The Coast Courier</title>
<meta name="author" content="Lena Park">
<meta property="article:published_time" content="2025-04-03T07:30:00+01:00">
<meta property="og:site_name" content="The Coast Courier">
<meta name="description" content="Fares go up 8 per cent">
<script>var tracking = "do not read me";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<header><p>Subscribe now!</p></header>
<article>
<h1>Ferry fares rise</h1>
<p>OBAN, Scotland — Fares &amp; more will rise by 8 per cent, the operator said.</p>
<p>“It is <em>unavoidable</em>,” said chief executive Morag Dunn.<br>She added more.</p>
<blockquote><p>A quoted [an] block.</p></blockquote>
<script>document.write("nor me")</script>
</article>
<aside>Related stories</aside>
<footer>© 2025</footer>
</body></html>"""


def test_metadata() -> None:
    article = load_text(PAGE, format="html")
    assert article.title == "Ferry fares rise"
    assert article.byline == "Lena Park"
    assert article.published == "2025-04-03T07:30:00+01:00"
    assert article.source == "The Coast Courier"
    assert article.dek == "Fares go up 8 per cent"
    assert article.dateline == "OBAN, Scotland"


def test_body_is_the_article_without_page_furniture() -> None:
    article = load_text(PAGE, format="html")
    assert article.text.split("\n\n") == [
        "OBAN, Scotland — Fares & more will rise by 8 per cent, the operator said.",
        "“It is unavoidable,” said chief executive Morag Dunn. She added more.",
        "A quoted [an] block.",
    ]
    for junk in ("tracking", "nor me", "Subscribe", "Home", "Related", "©", "color"):
        assert junk not in article.text


def test_fragment_without_body() -> None:
    article = load_text("<p>One.</p><p>Two &lt;b&gt;.</p>", format="html")
    assert article.text == "One.\n\nTwo <b>."
