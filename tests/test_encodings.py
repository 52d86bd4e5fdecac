"""Every encoding a newsroom export comes in decodes to the same text."""

import codecs

import pytest

from briefing.ingest import load

TEXT = "Headline\n\nBody with “curly” quotes, café and £450m — dashes.\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf-8", TEXT.encode("utf-8")),
        ("utf-8 with BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
        ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")),
        ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")),
    ],
)
def test_unicode_encodings(tmp_path, name: str, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = load(path)
    assert article.title == "Headline"
    assert article.text == "Body with “curly” quotes, café and £450m — dashes."
    assert article.warnings == ()


def test_cp1252_fallback_is_said_in_a_warning(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("cp1252"))
    article = load(path)
    assert article.text == "Body with “curly” quotes, café and £450m — dashes."
    assert len(article.warnings) == 1 and "Windows-1252" in article.warnings[0]


def test_latin1_bytes_undefined_in_cp1252_do_not_fail(tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Title\n\nCaf\xe9 \x81 ok.\n")
    assert load(path).text == "Café  ok."


def test_html_meta_charset_is_honoured(tmp_path) -> None:
    path = tmp_path / "a.html"
    path.write_bytes('<html><head><meta charset="iso-8859-15"><title>T</title></head>'
                     '<body><article><p>Prix: 5 € net.</p></article></body></html>'.encode("iso-8859-15"))
    article = load(path)
    assert article.text == "Prix: 5 € net."
    assert article.warnings == ()
