"""The README's shell examples run exactly as written, each in a fresh folder with a copy of the example.

The install commands at the top are what CI runs; the block that starts a
server runs until stopped and has its own tests. Every other ``sh`` block
runs here with ``bash -e``, so a command that fails fails the test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .e2e.clients import require

BLOCKS = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.DOTALL)
RUN = [b for b in BLOCKS if not b.startswith("python3 -m venv") and "kssgov serve" not in b]


def test_the_skipped_blocks_are_only_the_install_and_the_server() -> None:
    skipped = [b for b in BLOCKS if b not in RUN]
    assert len(skipped) == 4
    assert all(b.startswith("python3 -m venv") or b.lstrip().startswith("kssgov serve") for b in skipped)


@pytest.mark.e2e
@pytest.mark.parametrize("block", RUN, ids=[b.split("\n", 1)[0][:60] for b in RUN])
def test_a_readme_block_runs_as_written(block: str, tmp_path: Path) -> None:
    if "--pdf" in block:
        require("soffice")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    environment = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "KSSGOV_LANG": "en",
    }
    environment.pop("KSSGOV_DATASET", None)
    done = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", block],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    for written in re.findall(r"-o (\S+\.(?:docx|ics))", block):
        assert (tmp_path / written).stat().st_size > 0, written
