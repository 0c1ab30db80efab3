"""What a visitor or an editor reads when a request cannot be answered: their language, what to do."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from werkzeug.test import Client, TestResponse

from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web import site as site_module
from kssgov_exporters.web.site import Site

from ...conftest import BROKEN_ROW, append
from .test_editor import form_values, logged_in, make_site


def shown(response: TestResponse) -> tuple[int, str, list[str], list[tuple[str, str]]]:
    """The status, the page's language, its heading and paragraphs, and its links."""
    body = response.get_data(as_text=True)
    (language,) = re.findall(r'<html lang="([^"]+)">', body)
    texts = re.findall(r"<(?:h1|p)>([^<]*)</(?:h1|p)>", body)
    links = re.findall(r'<a href="([^"]+)">([^<]*)</a>', body)
    return response.status_code, language, texts, links


def test_a_page_that_is_not_there_in_the_sites_language_and_in_english(example_copy: Path) -> None:
    client = Client(make_site(example_copy))
    missing = client.get("/politikk/3000/")
    assert shown(missing) == (
        404,
        "nb-NO",
        [
            "Siden finnes ikke",
            "Adressen viser ikke til noen side her. Sjekk adressen, eller begynn på forsiden.",
        ],
        [("/", "Til forsiden")],
    )
    assert missing.headers["Cache-Control"] == "no-store"
    assert missing.headers["Content-Security-Policy"].startswith("default-src 'self'")
    assert missing.headers["X-Content-Type-Options"] == "nosniff"
    assert shown(client.get("/a/b/c/?lang=en")) == (
        404,
        "en-GB",
        [
            "There is no such page",
            "The address leads to no page here. Check the address, or start from the front page.",
        ],
        [("/", "To the front page")],
    )


def test_a_site_in_english_answers_in_english(example_copy: Path) -> None:
    settings = example_copy / "kssgov.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace('language = "nb"', 'language = "en"'), encoding="utf-8"
    )
    assert 'language = "en"' in settings.read_text(encoding="utf-8")
    client = Client(make_site(example_copy))
    status, language, texts, _ = shown(client.get("/politikk/3000/"))
    assert (status, language, texts[0]) == (404, "en-GB", "There is no such page")
    status, language, texts, _ = shown(client.get("/politikk/3000/?lang=nb"))
    assert (status, language, texts[0]) == (404, "nb-NO", "Siden finnes ikke")


def test_a_request_the_page_does_not_take(example_copy: Path) -> None:
    status, language, texts, _ = shown(Client(make_site(example_copy)).post("/politikk/2023/"))
    assert (status, language, texts[0]) == (405, "nb-NO", "Siden kan ikke brukes slik")


def test_a_form_whose_token_does_not_hold_is_explained_and_leads_back_to_the_editor(
    example_copy: Path,
) -> None:
    site = make_site(example_copy)
    client = logged_in(site)
    path = "/edit/activity/2023-01-30-redd-barna"
    stale = client.post(path, data={**form_values(client.get(path), topic="Nytt"), "csrf_token": "stale"})
    assert shown(stale) == (
        400,
        "nb-NO",
        [
            "Skjemaet kunne ikke tas imot",
            "Skjemaet er for gammelt, eller du er blitt logget ut. Gå tilbake i nettleseren og ta vare på "
            "det du skrev, last inn siden på nytt og lagre igjen.",
        ],
        [("/edit/", "Til redigeringen")],
    )
    assert stale.headers["Cache-Control"] == "no-store"


def test_a_form_opened_more_than_an_hour_ago_is_still_saved(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = logged_in(make_site(example_copy))
    path = "/edit/activity/2023-01-30-redd-barna"
    values = form_values(client.get(path), topic="Skrevet før lunsj")
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 2 * 3600)
    assert client.post(path, data=values).status_code == 302


def test_a_form_too_large_says_how_large_one_may_be(example_copy: Path) -> None:
    status, _, texts, _ = shown(
        Client(make_site(example_copy)).post("/edit/login", data={"name": "x" * 2**20})
    )
    assert (status, texts[1]) == (
        413,
        "Et skjema kan være på høyst 1 MB. Gå tilbake i nettleseren og gjør teksten kortere.",
    )


def test_the_editor_names_each_error_that_keeps_the_records_from_being_read(example_copy: Path) -> None:
    client = logged_in(make_site(example_copy))
    rows = example_copy / "activities.toml"
    line = len(rows.read_text(encoding="utf-8").splitlines()) + 3
    append(rows, BROKEN_ROW)
    answer = client.get("/edit/activity/")
    body = answer.get_data(as_text=True)
    assert answer.status_code == 503
    assert "<h1>Dataene har feil</h1>" in body
    (problem,) = re.findall(r"<li>([^<]*)</li>", body.split("<main>")[1])
    assert problem.startswith(f"activities.toml:{line}: feil: filen er ikke gyldig TOML")


def test_no_page_while_the_data_has_errors_says_so_without_naming_them(example_copy: Path) -> None:
    (example_copy / "activities.toml").write_text("[[activity]\n", encoding="utf-8")
    answer = Client(Site(FeedApp(example_copy, environ={}))).get("/politikk/2023/")
    assert shown(answer) == (
        503,
        "nb-NO",
        [
            "Sidene kan ikke vises akkurat nå",
            "Dataene sidene lages fra, har feil som må rettes først. Prøv igjen senere.",
        ],
        [("/", "Til forsiden")],
    )


def test_a_page_that_fails_says_so_in_the_readers_language(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_site(example_copy)
    site.pages.testing = False  # as served: the failure is answered, not raised to the caller

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("a bug")

    monkeypatch.setattr(site_module, "upcoming_page", broken)
    status, language, texts, _ = shown(Client(site).get("/kommende/"))
    assert (status, language, texts[0]) == (500, "nb-NO", "Noe gikk galt")
