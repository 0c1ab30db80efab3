"""No English in a bokmål or nynorsk run: every command's help, every problem of the bad-input corpus,
every page of the site and the editor, and every document and feed.

What is English is judged by :mod:`tests.english`: common English words, and the words of kssgov's
English that no translation uses, read from the catalogues as translators leave them. The data's own
words (the example's names and places) are left out.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from werkzeug.test import Client, TestResponse

import kssgov
from kssgov import Language
from kssgov.cli import main
from kssgov.model import RECORD_TYPES
from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web.accounts import add_editor
from kssgov_exporters.web.site import Site

from .conftest import EXAMPLE, append
from .english import data_words, english_words
from .exports import export
from .files.test_corpus import CASES
from .helps import every_help

NORWEGIAN: tuple[Language, ...] = ("nb", "nn")
DATA = data_words(EXAMPLE, *CASES)
MEMBERS_TOKEN = "members-token-0123456789"
PASSWORD = "et langt og godt passord"


@pytest.mark.parametrize("language", NORWEGIAN)
def test_every_commands_help(language: Language) -> None:
    helps, stderr = every_help(language)
    assert len(helps) > 40 and "add activity" in helps and "export report" in helps
    found = {path: english_words(text, besides=DATA) for path, text in helps.items()}
    assert {path: words for path, words in found.items() if words} == {}
    assert stderr == ""  # no word was missing from a catalogue


@pytest.mark.parametrize("language", NORWEGIAN)
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_problem_of_the_bad_input_corpus(case: Path, language: Language) -> None:
    result = CliRunner().invoke(main, ["check", str(case)], env={"KSSGOV_LANG": language})
    assert result.output.strip()
    assert english_words(result.output, besides=DATA) == [], result.output


def pages(client: Client, language: Language) -> Iterator[tuple[str, TestResponse]]:
    """Every kind of page a visitor and an editor meet, in *language*."""
    for path in (
        "/",
        "/politikk/2023/",
        "/politikk/2023/?fra=31.2.2023&til=i+morgen&q=bufdir",
        "/kommende/",
        f"/{MEMBERS_TOKEN}/politikk/2023/",
        "/finnes/ikke/",
        "/edit/login",
    ):
        yield path, client.get(f"{path}{'&' if '?' in path else '?'}lang={language}")
    yield "405", client.post(f"/politikk/2023/?lang={language}")
    yield "400 (no form token)", client.post(f"/edit/login?lang={language}", data={"name": "kari"})
    token = _token(client.get(f"/edit/login?lang={language}"))
    wrong = {"name": "ingen", "password": "feil passord", "csrf_token": token}
    yield "login failed", client.post(f"/edit/login?lang={language}", data=wrong)
    for _ in range(5):
        client.post(f"/edit/login?lang={language}", data=wrong)
    yield "login refused", client.post(f"/edit/login?lang={language}", data=wrong)


def editor_pages(client: Client, language: Language) -> Iterator[tuple[str, TestResponse]]:
    """Every page of the editor, a form with problems in every field among them, in *language*."""
    yield "home", client.get(f"/edit/?lang={language}")
    for table in RECORD_TYPES:
        yield f"{table} list", client.get(f"/edit/{table}/")
        yield f"{table} form", client.get(f"/edit/{table}/new")
    form = client.get("/edit/activity/new")
    values = {"csrf_token": _token(form), "date": "31.2.2024", "kind": "meeting", "alliance": "ingen"}
    yield "activity with problems", client.post("/edit/activity/new", data=values)
    yield (
        "a form without its version",
        client.post("/edit/activity/2023-01-30-redd-barna", data={"csrf_token": _token(form), "topic": "T"}),
    )
    yield (
        "a choice that is none",
        client.post("/edit/term/new", data={"csrf_token": _token(form), "role": "keiser", "body": "styret"}),
    )


def _token(response: TestResponse) -> str:
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', response.get_data(as_text=True))
    assert found is not None
    return found.group(1)


def visible(html: str) -> str:
    """The text of a page a person reads or hears: its text, titles, labels, placeholders."""
    # A link to the page in English is in English, and marked so (lang="en-GB"): a reader's voice switches.
    html = re.sub(r'<(\w+)[^>]*\slang="en-GB"[^>]*>.*?</\1>', " ", html, flags=re.S)
    said = re.findall(r'(?:aria-label|title|placeholder|alt)="([^"]*)"', html)
    bare = re.sub(r"<script.*?</script>|<style.*?</style>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", bare) + "\n" + "\n".join(said)


@pytest.mark.parametrize("language", NORWEGIAN)
def test_every_page_of_the_site_and_the_editor(example_copy: Path, language: Language) -> None:
    add_editor(example_copy, "kari", PASSWORD)
    site = Site(FeedApp(example_copy, environ={"KSSGOV_MEMBERS_TOKEN": MEMBERS_TOKEN}))
    visitor = Client(site)
    seen = dict(pages(visitor, language))
    editor = Client(site)
    login = editor.get(f"/edit/login?lang={language}")
    editor.post("/edit/login", data={"name": "kari", "password": PASSWORD, "csrf_token": _token(login)})
    seen |= dict(editor_pages(editor, language))
    append(example_copy / "activities.toml", '\n[[activity]]\nid = "x"\ndate = "31.2.2023"\n')
    seen["the files have errors"] = editor.get("/edit/activity/")
    tag = {"nb": "nb-NO", "nn": "nn-NO"}[language]
    for name, response in seen.items():
        html = response.get_data(as_text=True)
        assert f'<html lang="{tag}">' in html, name
        assert english_words(visible(html), besides=DATA) == [], (name, visible(html))


def document_text(output: bytes) -> str:
    """The words of a Word document (every part) or of a feed (unfolded, its escapes undone)."""
    if output.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(output)) as archive:
            parts = [archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")]
        return re.sub(r"<[^>]+>", " ", "\n".join(parts))
    unfolded = output.decode("utf-8").replace("\r\n ", "")
    said = [
        line.split(":", 1)[1]
        for line in unfolded.splitlines()
        if line.startswith(("SUMMARY", "DESCRIPTION", "CATEGORIES", "X-WR-CALNAME", "X-WR-CALDESC", "NAME"))
    ]
    return "\n".join(said).replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


@pytest.mark.parametrize("language", NORWEGIAN)
@pytest.mark.parametrize("name", sorted(kssgov.discover().plugins))
def test_every_document_and_feed(name: str, language: Language) -> None:
    dataset = kssgov.load(EXAMPLE)
    options = {"date": "2023-06-01"} if name == "signatures" else {}
    text = document_text(export(name, dataset, language=language, options=options))
    assert english_words(text, besides=DATA) == [], text
