"""The documentation stays true: the README's Python examples and the library-usage script run."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT


def test_the_readme_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    assert blocks
    monkeypatch.chdir(ROOT)
    code = "\n".join(blocks).replace('"my-dataset"', repr(str(tmp_path / "my-dataset")))
    exec(compile(code, "README.md", "exec"), {})
    assert (tmp_path / "my-dataset" / "activities.toml").is_file()


def test_the_library_usage_example_runs(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "library_usage.py"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "The board on 1 March 2024 (chair: Heidi Olden Eng)" in result.stdout
    assert "20 members: 11 municipal or IKS, 5 non-profit, 4 foundations" in result.stdout
