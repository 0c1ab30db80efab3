"""A real browser for end-to-end tests: Debian's Chromium driven by Playwright, and axe-core in it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from playwright.sync_api import Browser, Page, sync_playwright

from .clients import ARTEFACTS, require

AXE = Path(__file__).parent / "vendor" / "axe.min.js"


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's Chromium (never a downloaded browser), headless."""
    executable = require("chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()


def accessibility_violations(page: Page) -> list[dict[str, Any]]:
    """What axe-core finds wrong on *page* (WCAG 2.1 A and AA and best practice), with the nodes."""
    # Evaluated by the browser's debugger, as the page's own scripts are not: the page's security policy,
    # which forbids inline scripts, stays in force for everything else.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', "
        "values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
    )
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["html"][:200] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]


def assert_accessible(page: Page, name: str) -> None:
    """No axe violations, a language, and no sideways scrolling at a phone's width; a screenshot kept."""
    found = accessibility_violations(page)
    assert found == [], json.dumps(found, indent=1, ensure_ascii=False)
    assert page.evaluate("document.documentElement.lang") in ("nb-NO", "en-GB")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTEFACTS / f"web-{name}.png"), full_page=True)
    narrow = page.viewport_size
    page.set_viewport_size({"width": 360, "height": 800})
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 1, f"{name} scrolls sideways at 360 px by {overflow} px"
    if narrow is not None:
        page.set_viewport_size(narrow)
