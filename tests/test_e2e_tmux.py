"""End to end: the real `briefing` command in tmux at 80×24, as a new user would use it.

Each test gets a private tmux server (`tmux -L <unique>`), private XDG dirs and polls
`capture-pane` with a generous deadline instead of sleeping (slow, noisy CI machines).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .conftest import ROOT, SEED, run_briefing

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (.ci/run installs it)"),
]

BRIEFING = Path(sys.executable).with_name("briefing")
TIMEOUT = 60.0


class Tmux:
    """One private tmux server with one 80×24 window running a command."""

    def __init__(self, home: Path) -> None:
        self.socket = f"briefing-test-{uuid.uuid4().hex[:12]}"
        self.home = home
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLORTERM", "TMUX")},
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "TERM": "xterm-256color",
        }

    def run(self, *args: str) -> str:
        result = subprocess.run(["tmux", "-L", self.socket, "-f", "/dev/null", *args], env=self.env,
                                capture_output=True, text=True, timeout=30)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def start(self, command: list[str], *, wait_for_enter: bool = False,
              extra_env: dict[str, str] | None = None) -> None:
        """Start `command` (with `wait_for_enter`: only after a first Enter, so output can be piped first)."""
        line = " ".join(_quote(part) for part in command)
        if wait_for_enter:
            line = f"read _ && exec {line}"
        exported = {k: v for k, v in self.env.items() if k.startswith(("XDG_", "TERM"))}
        env_line = " ".join(f"{k}={_quote(v)}" for k, v in {**exported, **(extra_env or {})}.items())
        self.run("new-session", "-d", "-x", "80", "-y", "24", "-s", "e2e",
                 f"cd {_quote(str(ROOT))} && env {env_line} sh -c {_quote(line)}")
        self.run("set-option", "-t", "e2e", "remain-on-exit", "on")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "e2e", *keys)

    def literal(self, text: str) -> None:
        self.run("send-keys", "-t", "e2e", "-l", text)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "e2e")

    def wait(self, condition: Callable[[str], bool], what: str, timeout: float = TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if condition(screen):
                return screen
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen was:\n{screen}")
            time.sleep(0.2)

    def wait_text(self, text: str, timeout: float = TIMEOUT) -> str:
        return self.wait(lambda screen: text in screen, repr(text), timeout)

    def dead(self) -> bool:
        return self.run("display-message", "-p", "-t", "e2e", "#{pane_dead}").strip() == "1"

    def kill(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=30)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    session = Tmux(tmp_path)
    try:
        yield session
    finally:
        session.kill()


def briefing_command(*args: str) -> list[str]:
    if BRIEFING.exists():
        return [str(BRIEFING), *args]
    return [sys.executable, "-m", "briefing", *args]


def _settled(path: Path, timeout: float = TIMEOUT) -> bytes:
    """The file's bytes once it has stopped growing."""
    deadline, size = time.monotonic() + timeout, -1
    while time.monotonic() < deadline:
        time.sleep(0.3)
        current = path.stat().st_size if path.exists() else 0
        if current == size and current:
            break
        size = current
    return path.read_bytes()


def quotes_pane(screen: str) -> str:
    """The lines of the screen from the Quotes pane's border down."""
    lines = screen.splitlines()
    for index, line in enumerate(lines):
        if "Quotes" in line and "╭" in line:
            return "\n".join(lines[index:])
    return ""


def test_seed_article_quotes_search_and_back(tmux: Tmux) -> None:
    tmux.start(briefing_command(str(SEED)))
    tmux.wait_text("Latvia invites Japan")
    tmux.wait_text("Open")
    tmux.keys("Enter")
    tmux.wait_text("Latvian foreign minister says Tokyo")
    tmux.keys("2")
    screen = tmux.wait(lambda s: "Braze" in quotes_pane(s), "Braze in the Quotes pane")
    assert "2 Quotes" in screen, screen
    tmux.keys("/")
    tmux.wait_text("Close search")  # the search field has the focus: typing goes there
    tmux.literal("coalition")
    tmux.wait_text("match 1/")
    tmux.keys("Enter")
    tmux.wait(lambda s: "Back" in s and "Close search" not in s, "the focus back in the article")
    tmux.keys("n")
    tmux.wait_text("match 2/")
    tmux.keys("q")
    tmux.wait(lambda s: "Quit" in s and "Published" in s, "the library")
    tmux.keys("q")
    tmux.wait(lambda _s: tmux.dead(), "the app to exit")


def notes_pane(screen: str) -> str:
    """The lines of the screen from the Notes pane's border down."""
    lines = screen.splitlines()
    for index, line in enumerate(lines):
        if "╭─ Notes" in line:
            return "\n".join(lines[index:])
    return ""


def test_a_note_written_in_the_reader_is_in_the_store(tmux: Tmux) -> None:
    db = tmux.home / "db"
    tmux.start(briefing_command(str(SEED)), extra_env={"BRIEFING_DB": str(db)})
    tmux.wait_text("Latvia invites Japan")
    tmux.keys("Enter")
    tmux.wait(lambda s: "2 Quotes" in s and "…" not in s.split("2 Quotes")[1][:4], "the extraction")
    tmux.keys("j")  # the second sentence: "The Drone Coalition, originally proposed by Latvia ..."
    tmux.keys("m")
    tmux.wait(lambda s: "5 Notes 1" in s, "the highlight in the Notes tab")
    tmux.keys("a")
    tmux.wait_text("Add note")
    tmux.literal("Ask Riga about [bold]Japan[/]")
    tmux.keys("C-s")
    tmux.wait(lambda s: "Add note" not in s, "the note dialog to close")
    tmux.keys("5")
    screen = tmux.wait(lambda s: "Ask Riga about [bold]Japan[/]" in notes_pane(s), "the note in the Notes pane")
    assert "✎ “The Drone Coalition" in notes_pane(screen), screen
    tmux.keys("q")
    tmux.wait(lambda s: "Published" in s, "the library")
    tmux.keys("q")
    tmux.wait(lambda _s: tmux.dead(), "the app to exit")
    listed = run_briefing("annotations", "list", env={**tmux.env, "BRIEFING_DB": str(db)})
    assert listed.returncode == 0, listed.stderr
    out = listed.stdout.decode()
    assert "Ask Riga about [bold]Japan[/]" in out and "The Drone Coalition" in out, out


@pytest.mark.parametrize("extra_env", [{"TERM": "xterm"}, {"TERM": "screen"}, {"TERM": "tmux-256color"},
                                       {"TERM": "xterm-256color", "NO_COLOR": "1"}],
                         ids=["xterm", "screen", "tmux-256color", "NO_COLOR"])
def test_the_reader_works_under_common_terminals(tmux: Tmux, extra_env: dict[str, str]) -> None:
    tmux.start(briefing_command(str(SEED)), extra_env=extra_env)
    tmux.wait_text("Latvia invites Japan")
    tmux.keys("Enter")
    tmux.wait_text("Latvian foreign minister says Tokyo")
    tmux.keys("3")
    tmux.wait(lambda s: "╭─ Claims" in s, "the Claims pane")
    tmux.keys("?")
    tmux.wait_text("Keys — escape closes")
    tmux.keys("Escape")
    tmux.wait(lambda s: "Keys — escape closes" not in s, "help to close")
    tmux.keys("q")
    tmux.wait(lambda s: "Published" in s, "the library")
    tmux.keys("q")
    tmux.wait(lambda _s: tmux.dead(), "the app to exit")
    settings = tmux.home / "config" / "briefing" / "settings.json"
    assert not settings.exists()  # nothing chosen, nothing written


HOSTILE = (
    "Rebels say [an] attempt [bold]x[/bold] failed\x1b]0;pwned-title\x07\n\n"
    "By A. WRITER\n\n"
    "March 1, 2025\n\n"
    "TOKYO -- Clipboard\x1b]52;c;ZXZpbC1jbGlwYm9hcmQ=\x07 then clear\x1b[2J then csi\u009b31m "
    "x [/] y and [@click=app.quit]click me[/] stay literal.\n\n"
    "\"We will not stop,\" the spokesman said.\n"
)


def test_escape_sequences_never_reach_the_terminal_and_markup_stays_literal(tmux: Tmux, tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_bytes(HOSTILE.encode("utf-8"))
    output = tmp_path / "output.bin"
    tmux.start(briefing_command(str(article)), wait_for_enter=True)
    tmux.run("pipe-pane", "-o", "-t", "e2e", f"cat >> {_quote(str(output))}")
    tmux.keys("Enter")
    tmux.wait_text("Rebels say [an] att")  # the library's title column may be narrow
    tmux.keys("Enter")
    # Waits for the whole line: a frame can reach the pane in more than one write.
    reader = tmux.wait(lambda s: "x [/] y and [@click=app.quit]click" in s and "me[/] stay literal." in s,
                       "the hostile text, literally")
    assert "Rebels say [an] attempt [bold]x[/bold] failed" in reader
    for key in ("2", "j", "3", "4", "0", "j", "j"):
        tmux.keys(key)
    tmux.keys("q")
    tmux.wait(lambda s: "Published" in s, "the library")
    tmux.keys("q")
    tmux.wait(lambda _s: tmux.dead(), "the app to exit")
    tmux.kill()  # closes the pipe; `cat` writes what it has and exits
    data = _settled(output)
    assert b"[an] attempt" in data, "pipe-pane captured the app's output"
    for sequence in (b"\x1b]52", b"\x1b]0;", b"\x1b]2;", b"\x1b[2J", b"pwned-title", b"ZXZpbC1jbGlwYm9hcmQ"):
        assert sequence not in data, sequence
    assert "\u009b" not in data.decode("utf-8", "replace")
