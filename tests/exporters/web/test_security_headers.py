"""Every page the site answers with forbids inline scripts and styles and being framed, and holds none.

The pages are fetched as a browser would (public, an audience's, the editor's, an error page, the
style sheet) and read for what a policy without ``'unsafe-inline'`` would block: a ``<script>``
without ``src``, a ``<style>`` element, a ``style`` or ``on…`` attribute.
"""

from __future__ import annotations

import re
import shutil

import pytest
from werkzeug.test import Client

from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web.accounts import add_editor
from kssgov_exporters.web.site import Site

from ...conftest import EXAMPLE
from .test_editor import PASSWORD, logged_in

MEMBERS_TOKEN = "members-token-0123456789"
PATHS = [
    "/",
    "/?lang=en",
    "/politikk/2023/",
    "/politikk/2023/?q=bufdir&fra=1.1.2023",
    "/kommende/",
    f"/{MEMBERS_TOKEN}/politikk/2023/",
    "/finnes/ikke/",
    "/static/kssgov.css",
    "/static/politikk.js",
    "/edit/login",
    "/edit/",
    "/edit/activity/",
    "/edit/activity/new",
    "/edit/activity/2023-01-30-redd-barna",
    "/edit/nothing/",
]
INLINE = [
    re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I),
    re.compile(r"<style\b", re.I),
    re.compile(r"<[^>]+\sstyle\s*=", re.I),
    re.compile(r"<[^>]+\son[a-z]+\s*=", re.I),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Client:
    folder = tmp_path_factory.mktemp("site") / "data"
    shutil.copytree(EXAMPLE, folder)
    add_editor(folder, "kari", PASSWORD)
    site = Site(FeedApp(folder, environ={"KSSGOV_MEMBERS_TOKEN": MEMBERS_TOKEN}))
    return logged_in(site)


@pytest.mark.parametrize("path", PATHS)
def test_every_answer_carries_a_policy_without_inline_code_and_against_framing(
    client: Client, path: str
) -> None:
    answer = client.get(path)
    body = answer.get_data(as_text=True)
    answer.close()
    policy = answer.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert directives["frame-ancestors"] == "'none'"
    assert directives["script-src"] == "'self'" and directives["style-src"] == "'self'"
    assert directives["base-uri"] == "'none'" and directives["form-action"] == "'self'"
    assert answer.headers["X-Frame-Options"] == "DENY"
    if answer.mimetype == "text/html":
        assert [pattern.pattern for pattern in INLINE if pattern.search(body)] == []
