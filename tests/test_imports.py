"""The core and the headless commands must not pay for Textual."""

import subprocess
import sys

import pytest

from .conftest import ROOT, SEED

CHECK = """
import sys
{body}
leaked = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
print("LEAKED" if leaked else "CLEAN", leaked[:3])
"""


def run_check(body: str) -> str:
    code = CHECK.format(body=body)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.parametrize("module", ["briefing.ingest", "briefing.extract", "briefing.cli", "briefing.article"])
def test_core_modules_do_not_import_textual(module: str) -> None:
    assert run_check(f"import {module}").startswith("CLEAN")


@pytest.mark.parametrize("argv", [["list"], ["extract", "--json", str(SEED)], ["--version"]])
def test_headless_commands_do_not_import_textual(argv: list[str]) -> None:
    body = (
        "import contextlib, io\n"
        "from briefing.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        f"        main({argv!r})\n"
        "    except SystemExit as exit:\n"
        "        assert not exit.code, exit.code\n"
    )
    assert run_check(body).startswith("CLEAN")


def test_cli_loads_store_and_export_only_when_their_commands_run() -> None:
    code = ("import sys, briefing.cli\n"
            "print(sorted(m for m in sys.modules if m.startswith(('briefing.store', 'briefing.export'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_reader_app_loads_extraction_store_and_export_only_on_use() -> None:
    # The library's first frame needs none of them; each costs start-up time.
    code = ("import sys, briefing.tui.app\n"
            "print(sorted(m for m in sys.modules if m.startswith(('briefing.extract', 'briefing.store', "
            "'briefing.export', 'tomllib', 'zoneinfo'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
