"""Real clients for end-to-end tests: present, or the test fails in CI and is skipped elsewhere."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Where end-to-end tests leave what a person may want to look at (page images, PDFs).
ARTEFACTS = ROOT / "out" / "e2e"


def require(program: str) -> str:
    """The path of *program*; in CI a missing program fails the test instead of skipping it."""
    found = shutil.which(program)
    if found is None:
        message = f"{program} is not installed; .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def pdf_text(pdf: Path, *, layout: bool = False) -> str:
    """The text of *pdf* by poppler's pdftotext (raw content order unless *layout*)."""
    require("pdftotext")
    mode = "-layout" if layout else "-raw"
    return subprocess.run(
        ["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of *pdf*."""
    return pdf_text(pdf, layout=True).split("\f")[:-1] or [pdf_text(pdf, layout=True)]


def page_image(pdf: Path, name: str, page: int = 1) -> Path:
    """Render one page of *pdf* as a PNG in :data:`ARTEFACTS` and return its path."""
    require("pdftoppm")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    prefix = ARTEFACTS / name
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    return prefix.with_suffix(".png")


def squeeze(text: str) -> str:
    """*text* without white space and with non-breaking hyphens plain, for comparing wrapped text."""
    return re.sub(r"\s+", "", text).replace("\u2011", "-")


class Subscriber:
    """vdirsyncer and khal, configured in a folder of their own."""

    def __init__(self, home: Path, url: str) -> None:
        self.home = home
        self.local = home / "calendars" / "kss"
        self.local.mkdir(parents=True)
        self.vdirsyncer_config = home / "vdirsyncer.conf"
        self.vdirsyncer_config.write_text(
            f'[general]\nstatus_path = "{home}/status/"\n\n'
            '[pair kss]\na = "kss_feed"\nb = "kss_local"\ncollections = null\n'
            'conflict_resolution = "a wins"\n\n'
            f'[storage kss_feed]\ntype = "http"\nurl = "{url}"\n\n'
            f'[storage kss_local]\ntype = "filesystem"\npath = "{self.local}/"\nfileext = ".ics"\n'
        )
        self.khal_config = home / "khal.conf"
        self.khal_config.write_text(
            f"[calendars]\n[[kss]]\npath = {self.local}/\ntype = calendar\n\n"
            f"[sqlite]\npath = {home}/khal.db\n\n"
            "[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\nlongdateformat = %Y-%m-%d\n"
            "datetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
            "local_timezone = Europe/Oslo\ndefault_timezone = Europe/Oslo\n\n"
            "[default]\ndefault_calendar = kss\n"
        )

    def sync(self) -> None:
        env = {**os.environ, "HOME": str(self.home)}
        for command in (["discover"], ["sync"]):
            subprocess.run(
                ["vdirsyncer", "-c", str(self.vdirsyncer_config), *command],
                check=True,
                capture_output=True,
                env=env,
                input=b"",
                timeout=120,
            )

    def agenda(self) -> str:
        """What ``khal list`` shows a person for 2022 to 2024."""
        result = subprocess.run(
            [
                "khal",
                "-c",
                str(self.khal_config),
                "list",
                "--format",
                "{start-date} {title}",
                "2022-01-01",
                "1095d",
            ],
            check=True,
            capture_output=True,
            text=True,
            env={**os.environ, "HOME": str(self.home)},
            timeout=120,
        )
        return result.stdout

    def files(self) -> list[Path]:
        return sorted(self.local.glob("*.ics"))
