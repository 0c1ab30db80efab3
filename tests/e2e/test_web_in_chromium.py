"""The pages and the editor in Chromium, as an adviser uses them, checked by axe-core.

An adviser logs in by keyboard, adds an activity, gets the error for 31.2.2023,
corrects it and saves; the activity is then on the politics page, in the feed
and in the downloaded .docx. A second browser editing the same record gets the
conflict. A wrong password, a post without its CSRF token and a forged cookie
are refused. Every page passes axe-core and reads at 360 px; screenshots are
left in ``out/e2e/``.
"""

from __future__ import annotations

import io
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from kssgov_exporters.web.accounts import add_editor

from ..servers import kssgov_serve
from .browser import assert_accessible, chromium

pytestmark = pytest.mark.e2e

PASSWORD = "et langt og godt passord"
MEMBERS_TOKEN = "members-token-0123456789"
ENVIRONMENT = {"KSSGOV_MEMBERS_TOKEN": MEMBERS_TOKEN, "SOURCE_DATE_EPOCH": "1685577600"}


@pytest.fixture
def site(example_copy: Path) -> Iterator[str]:
    subprocess.run(["git", "init", "-q", str(example_copy)], check=True)
    (example_copy / ".gitignore").write_text(".kssgov/\n", encoding="utf-8")
    git = ["git", "-C", str(example_copy), "-c", "user.name=oppsett", "-c", "user.email=o@example.org"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "Eksempeldata"], check=True)
    add_editor(example_copy, "kari", PASSWORD)
    with kssgov_serve(example_copy, ENVIRONMENT) as port:
        yield f"http://127.0.0.1:{port}"


def test_the_public_pages_are_accessible(site: str) -> None:
    with chromium() as browser:
        page = browser.new_page()
        for name, path in (
            ("forside", "/"),
            ("politikk", "/politikk/2023/"),
            ("politikk-filtrert", "/politikk/2023/?type=meeting&q=FOKUS"),
            ("politikk-en", "/politikk/2023/?lang=en"),
            ("kommende", "/kommende/"),
            ("medlemmer", f"/{MEMBERS_TOKEN}/politikk/2023/"),
        ):
            response = page.goto(site + path)
            assert response is not None and response.status == 200, path
            assert_accessible(page, name)
        page.goto(site + "/politikk/2023/")
        page.select_option("#kind", "oral_hearing")
        page.click("button[type=submit]")
        assert page.locator("tbody tr").count() == 1
        assert "Muntlig høring i Stortingets Justiskomite" in page.inner_text("tbody")


def test_an_adviser_adds_a_meeting_by_keyboard_and_finds_it_everywhere(site: str) -> None:
    with chromium() as browser:
        page = browser.new_page()
        page.goto(site + "/edit/")
        assert_accessible(page, "logg-inn")
        page.focus("#name")
        page.keyboard.type("kari")
        page.keyboard.press("Tab")
        page.keyboard.type("feil passord")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "Navnet eller passordet er feil." in page.inner_text("main")
        assert page.input_value("#name") == "kari"  # the name typed is kept; the password is not
        assert page.input_value("#password") == ""
        page.focus("#password")
        page.keyboard.type(PASSWORD)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert "Logget inn som kari" in page.inner_text("header")
        assert_accessible(page, "redigering")
        page.goto(site + "/edit/activity/new")
        assert_accessible(page, "ny-aktivitet")
        page.fill("#date", "31.2.2023")
        page.fill("#where", "Møte med Bufdir om krisesentertilbudet")
        page.fill("#topic", "Finansiering av krisesentrene")
        page.select_option("#kind", "meeting")
        with page.expect_navigation():
            page.click("main button[type=submit]")
        assert "'31.2.2023' er ikke en virkelig dato (måneden har ingen dag 31)" in page.inner_text("main")
        assert page.input_value("#where") == "Møte med Bufdir om krisesentertilbudet"
        assert page.get_attribute("#date", "aria-invalid") == "true"
        assert_accessible(page, "ny-aktivitet-feil")
        page.fill("#date", "15.3.2023")
        with page.expect_navigation():
            page.click("main button[type=submit]")
        assert "Lagret: 2023-03-15-mote-med-bufdir-om-krisesentertilbudet" in page.inner_text("main")
        assert_accessible(page, "aktiviteter")
        page.goto(site + "/politikk/2023/")
        assert "Møte med Bufdir om krisesentertilbudet" in page.inner_text("tbody")
        with urllib.request.urlopen(site + "/calendar.ics", timeout=30) as answer:
            assert "Møte med Bufdir om krisesentertilbudet" in answer.read().decode("utf-8").replace(
                "\r\n ", ""
            )
        with page.expect_download() as waiting:
            page.goto(site + "/edit/")
            page.click("text=Politikktabellen (.docx)")
        document = docx.Document(io.BytesIO(Path(waiting.value.path()).read_bytes()))
        cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
        assert "Møte med Bufdir om krisesentertilbudet" in cells
        page.goto(site + "/edit/")
        assert "kari" in page.inner_text("table")


def test_two_browsers_on_one_record_and_what_is_refused(site: str) -> None:
    with chromium() as browser:
        first, second = browser.new_context().new_page(), browser.new_context().new_page()
        for page in (first, second):
            page.goto(site + "/edit/login")
            page.fill("#name", "kari")
            page.fill("#password", PASSWORD)
            with page.expect_navigation():
                page.click("main button[type=submit]")
            page.goto(site + "/edit/activity/2023-01-30-redd-barna")
        first.fill("#topic", "Første endring")
        with first.expect_navigation():
            first.click("main button[type=submit]")
        second.fill("#topic", "Andre endring")
        with second.expect_navigation():
            second.click("main button[type=submit]")
        text = second.inner_text("main")
        assert "ble endret av noen andre etter at du åpnet den" in text
        assert "Første endring" in text
        assert second.input_value("#topic") == "Andre endring"
        assert_accessible(second, "konflikt")
        forged = browser.new_context()
        forged.add_cookies([{"name": "kssgov-editor", "value": "eyJlZGl0b3IiOiJrYXJpIn0.x.y", "url": site}])
        page = forged.new_page()
        page.goto(site + "/edit/")
        assert page.url.startswith(site + "/edit/login")
        refused = first.request.post(
            site + "/edit/activity/new", form={"where": "X", "topic": "Y", "date": "1.1.2023"}
        )
        assert refused.status == 400
