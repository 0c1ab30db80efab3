"""The dependency rules: the core never imports an exporter; the CLI starts without heavy libraries."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "src" / "kssgov"


def test_no_core_module_imports_an_exporter() -> None:
    for module in CORE.rglob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not any(n.split(".")[0] == "kssgov_exporters" for n in names), module


def test_import_linter_contract_holds() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KEPT" in result.stdout


def modules_loaded_by(*args: str) -> set[str]:
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['kssgov', *{list(args)!r}]\n"
        "try:\n    runpy.run_module('kssgov.cli', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    return set(result.stderr.split())


HEAVY = {"docx", "icalendar", "waitress", "lxml", "tomlkit"}


def test_help_and_check_do_not_import_heavy_libraries() -> None:
    modules_loaded_by("--help")  # the first run may find the plugins' commands and keep them
    loaded = modules_loaded_by("--help")
    assert "kssgov.cli" in loaded
    assert not {m for m in loaded if m.split(".")[0] in HEAVY | {"kssgov_exporters", "cattrs", "attrs"}}
    assert not {m for m in loaded if m.startswith(("kssgov.model", "kssgov.files", "importlib.metadata"))}
    checked = modules_loaded_by("check", str(ROOT / "examples" / "kss-2023"))
    assert "kssgov.files.read" in checked
    assert not {m for m in checked if m.split(".")[0] in HEAVY}
