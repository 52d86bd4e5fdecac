import pytest

from briefing.ingest.dates import parse_published


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("September 23, 2025 00:41 JST", "2025-09-23T00:41:00+09:00"),
        ("Published March 12, 2024 4:15 PM EDT", "2024-03-12T16:15:00-04:00"),
        ("14 May 2025 09:30 BST", "2025-05-14T09:30:00+01:00"),
        ("Updated Tue, March 12, 2024 at 4:15 p.m. ET", "2024-03-12T16:15:00-04:00"),
        ("Jan. 5, 2024 11:00 PT", "2024-01-05T11:00:00-08:00"),
        ("March 12, 2024", "2024-03-12"),
        ("2025-06-02T08:00:00Z", "2025-06-02T08:00:00+00:00"),
        ("2025-06-02", "2025-06-02"),
        ("3 June 2025 14:05 +0200", "2025-06-03T14:05:00+02:00"),
    ],
)
def test_date_lines(line: str, iso: str) -> None:
    assert parse_published(line) == iso


@pytest.mark.parametrize(
    "line",
    ["TAKAYUKI TANAKA", "Latvia invites Japan", "The vote on March 12, 2024 was close",
     "February 30, 2024", "March 12, 2024 25:61 EDT"],
)
def test_not_date_lines(line: str) -> None:
    assert parse_published(line) is None
