"""``kssgov publish`` served by nginx with the README's configuration: subscribed to, and accessible.

nginx (from Debian) serves the published folder on loopback; vdirsyncer
subscribes to the feed through it, and Chromium checks the pages with axe-core,
the politics log's filters working in the browser without a server.
"""

from __future__ import annotations

import os
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kssgov.cli import main
from kssgov_exporters.web.site import SECURITY_POLICY

from ..conftest import ROOT
from ..servers import free_port, running
from .browser import assert_accessible, chromium
from .clients import Subscriber, require

pytestmark = pytest.mark.e2e


def readme_configuration() -> str:
    """The static-site server block of the README, as a reader copies it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks: list[str] = re.findall(r"```nginx\n(.*?)```", readme, re.DOTALL)
    return next(block for block in blocks if "root /srv/kalender;" in block)


@pytest.fixture
def published(example_copy: Path, tmp_path: Path) -> Iterator[str]:
    nginx = require("nginx")
    site = tmp_path / "site"
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    server = readme_configuration().replace("root /srv/kalender;", f"root {site};")

    def configuration(port: int) -> Path:
        block = server.replace("listen 80;", f"listen 127.0.0.1:{port};")
        path = prefix / f"nginx-{port}.conf"
        path.write_text(
            # As root, nginx's workers would be nobody, who cannot read the test's folder.
            ("user root;\n" if os.geteuid() == 0 else "")
            + f"daemon off;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\nevents {{}}\nhttp {{\n"
            + "".join(
                f"{kind}_temp_path {prefix}/{kind};\n" for kind in ("proxy", "fastcgi", "uwsgi", "scgi")
            )
            + f"client_body_temp_path {prefix}/body;\naccess_log off;\n{block}\n}}\n",
            encoding="utf-8",
        )
        return path

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    result = CliRunner().invoke(main, ["publish", str(example_copy), "--to", str(site), "--base-url", base])
    assert result.exit_code == 0, result.output
    with running([nginx, "-p", str(prefix), "-c", str(configuration(port))], port=port):
        yield base


def test_nginx_serves_the_feed_to_a_subscriber(published: str, tmp_path: Path) -> None:
    require("vdirsyncer")
    with urllib.request.urlopen(f"{published}/calendar.ics", timeout=10) as answer:
        assert answer.headers["Content-Type"] == "text/calendar; charset=utf-8"
        assert answer.headers.get("Content-Encoding") is None
    person = Subscriber(tmp_path / "subscriber", f"{published}/calendar.ics")
    person.sync()
    assert len(person.files()) == 45


def test_nginx_sends_the_security_headers_of_kssgov_serve(published: str) -> None:
    for path in ("/", "/politikk/2023/", "/static/kssgov.css", "/static/politikk.js"):
        with urllib.request.urlopen(f"{published}{path}", timeout=10) as answer:
            assert answer.headers["Content-Security-Policy"] == SECURITY_POLICY, path
            assert answer.headers["X-Frame-Options"] == "DENY"
            assert answer.headers["X-Content-Type-Options"] == "nosniff"
    for path, kind in (("/static/kssgov.css", "text/css"), ("/static/politikk.js", "text/javascript")):
        with urllib.request.urlopen(f"{published}{path}", timeout=10) as answer:
            assert answer.headers["Content-Type"].startswith(kind), path


def test_the_published_pages_are_accessible_and_filter_in_the_browser(published: str) -> None:
    with chromium() as browser:
        page = browser.new_page()
        blocked: list[str] = []
        page.on(
            "console",
            lambda message: (
                blocked.append(message.text)
                if message.type == "error" and not message.location["url"].endswith("/favicon.ico")
                else None
            ),
        )
        for name, path in (
            ("publisert-forside", "/"),
            ("publisert-politikk", "/politikk/2023/"),
            ("publisert-politikk-en", "/politikk/2023/index.en.html"),
            ("publisert-kommende", "/kommende/"),
        ):
            response = page.goto(published + path)
            assert response is not None and response.status == 200, path
            assert response.headers["content-type"].startswith("text/html")
            assert_accessible(page, name)
        page.goto(published + "/politikk/2023/")
        page.select_option("#kind", "oral_hearing")
        page.click("main button[type=submit]")
        visible = page.locator("tbody tr:not([hidden])")
        assert visible.count() == 1
        assert "Muntlig høring i Stortingets Justiskomite" in visible.inner_text()
        assert "Viser 1 av 44 rader." in page.inner_text("#shown")
        assert blocked == []  # nothing refused by the security policy, no script failing
        assert page.eval_on_selector("body", "b => getComputedStyle(b).maxWidth") == "1120px"  # the sheet
        page.click("text=Forside")
        assert page.url.rstrip("/") == published
