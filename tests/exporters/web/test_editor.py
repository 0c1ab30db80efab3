"""The editor as staff use it: log in, add and change records through the CLI's editing path."""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
import subprocess
from pathlib import Path

import pytest
from werkzeug.test import Client, TestResponse

import kssgov
from kssgov import KssgovError
from kssgov.messages import Text
from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web.accounts import add_editor
from kssgov_exporters.web.editor import alert
from kssgov_exporters.web.site import Site

from ...conftest import BROKEN_ROW, append

PASSWORD = "et langt og godt passord"


def make_site(folder: Path) -> Site:
    add_editor(folder, "kari", PASSWORD)
    site = Site(FeedApp(folder, environ={}))
    site.pages.testing = True
    return site


@pytest.fixture
def site(example_copy: Path) -> Site:
    return make_site(example_copy)


def token(response: TestResponse) -> str:
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', response.get_data(as_text=True))
    assert found is not None
    return found.group(1)


def logged_in(site: Site, name: str = "kari") -> Client:
    client = Client(site)
    page = client.get("/edit/login")
    answer = client.post("/edit/login", data={"name": name, "password": PASSWORD, "csrf_token": token(page)})
    assert answer.status_code == 302
    return client


def test_the_editor_needs_a_login(site: Site) -> None:
    client = Client(site)
    assert client.get("/edit/").status_code == 302
    page = client.get("/edit/login")
    assert '<html lang="nb-NO">' in page.get_data(as_text=True)
    wrong = client.post("/edit/login", data={"name": "kari", "password": "feil", "csrf_token": token(page)})
    assert wrong.status_code == 401
    assert "Navnet eller passordet er feil." in wrong.get_data(as_text=True)
    missing = client.post("/edit/login", data={"name": "kari", "password": PASSWORD})
    assert missing.status_code == 400
    assert client.get("/edit/").status_code == 302


def test_a_forged_session_cookie_is_not_a_login(site: Site) -> None:
    client = Client(site)
    client.set_cookie("kssgov-editor", "eyJlZGl0b3IiOiJrYXJpIn0.forged.signature", domain="localhost")
    assert client.get("/edit/").status_code == 302


def test_session_cookie_flags(site: Site) -> None:
    client = Client(site)
    page = client.get("/edit/login")
    answer = client.post(
        "/edit/login", data={"name": "kari", "password": PASSWORD, "csrf_token": token(page)}
    )
    cookie = answer.headers["Set-Cookie"]
    assert cookie.startswith("kssgov-editor=")
    assert "HttpOnly" in cookie
    assert "SameSite=Strict" in cookie
    assert "Secure" not in cookie
    found = re.search(r"Expires=([^;]+)", cookie)
    assert found is not None
    expires = email.utils.parsedate_to_datetime(found.group(1))
    hours = (expires - dt.datetime.now(dt.UTC)) / dt.timedelta(hours=1)
    assert 7.9 < hours <= 8


def test_the_session_cookie_is_sent_over_https_only_when_the_site_is_https(example_copy: Path) -> None:
    add_editor(example_copy, "kari", PASSWORD)
    site = Site(FeedApp(example_copy, environ={}), base_url="https://kss.example.no/")
    client = Client(site)
    page = client.get("/edit/login")
    answer = client.post(
        "/edit/login", data={"name": "kari", "password": PASSWORD, "csrf_token": token(page)}
    )
    assert "; Secure" in answer.headers["Set-Cookie"]


def test_a_form_of_more_than_a_megabyte_is_refused(site: Site) -> None:
    just_over = Client(site).post("/edit/login", data={"name": "x" * (1024 * 1024)})
    assert just_over.status_code == 413


def test_adding_an_activity_with_a_mistake_then_correcting_it(site: Site, example_copy: Path) -> None:
    client = logged_in(site)
    form = client.get("/edit/activity/new")
    values = {
        "csrf_token": token(form),
        "visibility": "public",
        "date": "31.2.2024",
        "where": "Møte med Bufdir om krisesentertilbudet",
        "topic": "Finansiering",
        "kind": "meeting",
        "role": "participant",
        "status": "held",
    }
    refused = client.post("/edit/activity/new", data=values)
    body = refused.get_data(as_text=True)
    assert refused.status_code == 200
    assert "&#39;31.2.2024&#39; er ikke en virkelig dato (måneden har ingen dag 31)" in body
    assert "Møte med Bufdir om krisesentertilbudet</textarea>" in body
    assert 'aria-invalid="true"' in body
    saved = client.post(
        "/edit/activity/new", data={**values, "csrf_token": token(refused), "date": "29.2.2024"}
    )
    assert saved.status_code == 302
    activities = kssgov.load(example_copy).activities
    added = next(a for a in activities if a.where == "Møte med Bufdir om krisesentertilbudet")
    assert added.date.format() == "29.2.2024"
    assert activities[-1] == added
    page = Client(site).get("/politikk/2024/").get_data(as_text=True)
    assert "Møte med Bufdir om krisesentertilbudet" in page


#: What the editor says when a change would leave errors, which the page shows beside it.
NOT_SAVED = (
    "Ingenting ble lagret: endringen ville gitt feil i dataene, vist på siden. Rett dem, og prøv igjen."
)


def alerts(page: TestResponse) -> list[str]:
    """The page's alerts, as a reader reads them."""
    found = re.findall(r'<p class="error" role="alert">(.*?)</p>', page.get_data(as_text=True), re.S)
    return [html.unescape(text) for text in found]


def form_values(page: TestResponse, **changes: str) -> dict[str, str]:
    """What a browser would send back from the form on *page*, with *changes* typed in."""
    body = page.get_data(as_text=True)
    found = {name: value for name, value in re.findall(r'<input[^>]*name="(\w+)"[^>]*value="([^"]*)"', body)}
    found.update(re.findall(r'<textarea[^>]*name="(\w+)"[^>]*>\r?\n?(.*?)</textarea>', body, re.S))
    for name, options in re.findall(r'<select[^>]*name="(\w+)"[^>]*>(.*?)</select>', body, re.S):
        chosen = re.search(r'<option selected value="([^"]*)"', options)
        if chosen is not None:
            found[name] = chosen.group(1)
    return {name: html.unescape(value) for name, value in {**found, **changes}.items()}


def test_two_people_editing_one_record(site: Site, example_copy: Path) -> None:
    first, second = logged_in(site), logged_in(site)
    path = "/edit/activity/2023-01-30-redd-barna"
    one, two = first.get(path), second.get(path)
    assert one.status_code == two.status_code == 200
    assert first.post(path, data=form_values(one, topic="Første endring")).status_code == 302
    conflict = second.post(path, data=form_values(two, topic="Andre endring"))
    body = conflict.get_data(as_text=True)
    assert conflict.status_code == 200
    assert "ble endret av noen andre etter at du åpnet den" in body
    assert "<td>Tema</td><td>Mulige samarbeid mellom KSS og Redd Barna</td><td>Første endring</td>" in body
    assert "Andre endring</textarea>" in body
    record = next(a for a in kssgov.load(example_copy).activities if a.id == "2023-01-30-redd-barna")
    assert record.topic == "Første endring"


def test_changes_are_commits_and_can_be_undone(example_copy: Path) -> None:
    subprocess.run(["git", "init", "-q", str(example_copy)], check=True)
    (example_copy / ".gitignore").write_text(".kssgov/\n", encoding="utf-8")
    git = ["git", "-C", str(example_copy), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "start"], check=True)
    site = make_site(example_copy)
    client = logged_in(site)
    form = client.get("/edit/activity/new")
    values = {
        "csrf_token": token(form),
        "visibility": "public",
        "date": "1.3.2024",
        "where": "Nytt møte",
        "topic": "T",
        "kind": "meeting",
        "role": "participant",
        "status": "held",
    }
    assert client.post("/edit/activity/new", data=values).status_code == 302
    log = subprocess.run([*git, "log", "-1", "--format=%an|%s"], capture_output=True, text=True, check=True)
    assert log.stdout.strip() == "kari|La til aktivitet: 1.3.2024 – Nytt møte (2024-03-01-nytt-mote)"
    shown = subprocess.run([*git, "show", "--stat", "HEAD"], capture_output=True, text=True, check=True)
    assert ".kssgov" not in shown.stdout
    home = client.get("/edit/")
    commit = re.search(r'/edit/undo/([0-9a-f]+)"', home.get_data(as_text=True))
    assert commit is not None
    undone = client.post(f"/edit/undo/{commit.group(1)}", data={"csrf_token": token(home)})
    assert undone.status_code == 302
    assert "Nytt møte" not in [a.where for a in kssgov.load(example_copy).activities]
    log = subprocess.run([*git, "log", "-1", "--format=%an|%s"], capture_output=True, text=True, check=True)
    assert log.stdout.strip() == "kari|Angret: La til aktivitet: 1.3.2024 – Nytt møte (2024-03-01-nytt-mote)"
    listed = client.get("/edit/").get_data(as_text=True)
    assert listed.count('action="/edit/undo/') == 2  # the first commit, "start", has nothing to undo


def test_downloads(site: Site) -> None:
    client = logged_in(site)
    document = client.get("/edit/download/politics.docx")
    assert document.status_code == 200
    assert document.headers["Content-Disposition"] == 'attachment; filename="politics.docx"'
    assert document.data[:2] == b"PK"
    assert client.get("/edit/download/members.docx").status_code == 404


def test_a_download_the_data_cannot_make_says_why(site: Site, example_copy: Path) -> None:
    terms = example_copy / "governance.toml"
    terms.write_text(terms.read_text(encoding="utf-8").replace('role = "chair"', 'role = "member"'), "utf-8")
    answer = logged_in(site).get("/edit/download/signatures.docx")
    assert answer.status_code == 409
    (said,) = alerts(answer)
    assert said.startswith("Styret har ingen leder")
    assert said.endswith(".")


def test_after_login_only_a_page_of_the_editor_is_the_next(site: Site) -> None:
    client = Client(site)
    page = client.get("/edit/login")
    values = {"name": "kari", "password": PASSWORD, "csrf_token": token(page)}
    away = client.post("/edit/login?next=https://example.org/edit/", data=values)
    assert away.headers["Location"] == "/edit/"
    inside = Client(site)
    page = inside.get("/edit/login")
    answer = inside.post("/edit/login?next=/edit/activity/", data={**values, "csrf_token": token(page)})
    assert answer.headers["Location"] == "/edit/activity/"


def test_a_tables_records_are_listed_by_date_and_name(site: Site) -> None:
    client = logged_in(site)
    listed = client.get("/edit/activity/").get_data(as_text=True)
    assert "30.1.2023 – Samarbeidsmøte med Redd Barna" in listed
    assert 'href="/edit/activity/2023-01-30-redd-barna"' in listed
    bodies = client.get("/edit/body/").get_data(as_text=True)
    assert ">Styret<" in bodies
    media = client.get("/edit/media/").get_data(as_text=True)
    assert "8.3.2023 – Når skal vi handle, hvis ikke nå?" in media


def test_a_long_list_is_paged_and_searched(site: Site, example_copy: Path) -> None:
    append(
        example_copy / "activities.toml",
        "".join(
            f'\n[[activity]]\nid = "mote-{n:03}"\ndate = 2023-12-{1 + n % 28:02}\n'
            f'where = "Møte nummer {n:03}"\ntopic = "T"\n'
            for n in range(250)
        ),
    )
    client = logged_in(site)
    first = client.get("/edit/activity/").get_data(as_text=True)
    assert first.count("<small>(") == 100
    assert "Viser 1–100 av 294 (294 i alt)." in first
    assert 'href="/edit/activity/?side=2" rel="next"' in first
    last = client.get("/edit/activity/?side=3").get_data(as_text=True)
    assert last.count("<small>(") == 94
    assert "Viser 201–294 av 294 (294 i alt)." in last
    assert '<a href="/edit/activity/?side=3" aria-current="page">3</a>' in last
    assert "Møte nummer 249" in last
    for asked in ("0", "-1", "x", "99999999999999999999"):
        page = client.get(f"/edit/activity/?side={asked}")
        assert page.status_code == 200
    found = client.get("/edit/activity/?q=NUMMER+124").get_data(as_text=True)
    assert "Viser 1–1 av 1 (294 i alt)." in found
    assert "Møte nummer 124" in found
    none = client.get("/edit/activity/?q=ingen+slik").get_data(as_text=True)
    assert "Ingen oppføringer passer." in none


def test_a_record_of_several_lines_is_listed_by_its_first(site: Site, example_copy: Path) -> None:
    rows = example_copy / "activities.toml"
    append(
        rows,
        '\n[[activity]]\nid = "to-linjer"\ndate = 2023-05-05\n'
        + 'where = "Første linje\\nAndre linje"\ntopic = "T"\n',
    )
    listed = logged_in(site).get("/edit/activity/").get_data(as_text=True)
    assert "5.5.2023 – Første linje<" in listed
    assert "Andre linje" not in listed


@pytest.mark.parametrize(
    "path",
    [
        "/edit/nothing/",
        "/edit/nothing/new",
        "/edit/nothing/x",
        "/edit/activity/no-such-id",
        "/edit/body/2023-01-30-redd-barna",
    ],
)
def test_what_is_not_there_is_not_found(site: Site, path: str) -> None:
    assert logged_in(site).get(path).status_code == 404


def test_while_the_files_have_errors_the_records_are_not_offered(site: Site, example_copy: Path) -> None:
    client = logged_in(site)
    rows = example_copy / "activities.toml"
    append(rows, BROKEN_ROW)
    assert client.get("/edit/activity/").status_code == 503
    assert client.get("/edit/activity/2023-01-30-redd-barna").status_code == 503


def test_saving_a_form_unchanged_changes_nothing(site: Site, example_copy: Path) -> None:
    client = logged_in(site)
    path = "/edit/activity/2023-01-30-redd-barna"
    before = (example_copy / "activities.toml").read_bytes()
    saved = client.post(path, data=form_values(client.get(path)))
    assert saved.status_code == 302
    assert (example_copy / "activities.toml").read_bytes() == before


@pytest.mark.parametrize(
    ("path", "file", "typed", "field", "said"),
    [
        (  # a reference to nothing, found when the whole dataset is checked with the change
            "/edit/activity/2023-01-30-redd-barna",
            "activities.toml",
            {"alliance": "no-such-alliance"},
            "alliance",
            "&#39;no-such-alliance&#39; viser ikke til noen allianse",
        ),
        (  # the same in a new record, which has no line yet
            "/edit/activity/new",
            "activities.toml",
            {"date": "3.3.2024", "where": "Møte", "topic": "Tema", "alliance": "no-such-alliance"},
            "alliance",
            "&#39;no-such-alliance&#39; viser ikke til noen allianse",
        ),
        (  # a value the record itself refuses, in one item of a list
            "/edit/alliance/rod-knapp",
            "alliances.toml",
            {"participants": "Bufdir\nikke\x07greit"},
            "participants",
            "teksten inneholder kontrolltegnet U+0007",
        ),
    ],
)
def test_a_problem_is_shown_beside_its_field_and_nothing_is_saved(
    site: Site, example_copy: Path, path: str, file: str, typed: dict[str, str], field: str, said: str
) -> None:
    client = logged_in(site)
    before = (example_copy / file).read_bytes()
    refused = client.post(path, data=form_values(client.get(path), **typed))
    body = refused.get_data(as_text=True)
    assert refused.status_code == 200
    assert f'<span class="field-error" id="{field}-error-1">{said}</span>' in body
    described = f'aria-describedby="{field}-hint {field}-error-1" aria-invalid="true" autofocus id="{field}"'
    assert described in body
    assert alerts(refused) == [NOT_SAVED]
    assert (example_copy / file).read_bytes() == before


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        (Text("something was refused", "do this"), "Something was refused; do this."),
        (Text("it was refused", "did you mean 6.1.2023?"), "It was refused; did you mean 6.1.2023?"),
        (Text("Nothing to do."), "Nothing to do."),
        (Text("stop!"), "Stop!"),
    ],
)
def test_an_alert_is_one_sentence(site: Site, said: Text, shown: str) -> None:
    with site.pages.test_request_context("/edit/?lang=en"):
        assert alert(KssgovError(said)) == shown


def test_a_problem_the_change_causes_in_another_record_is_shown_at_the_top(
    site: Site, example_copy: Path
) -> None:
    """Moving a member to a seat another holds: the other's term is named, not this term's fields."""
    client = logged_in(site)
    path = "/edit/term/styret-heidi-olden-eng"
    before = (example_copy / "governance.toml").read_bytes()
    line = (
        next(
            number
            for number, text in enumerate(before.decode().splitlines(), start=1)
            if text == 'id = "styret-else-marie-berg-lorentzen"'
        )
        - 1
    )
    refused = client.post(path, data=form_values(client.get(path), seat="sor-ost-2"))
    body = refused.get_data(as_text=True)
    assert refused.status_code == 200
    assert 'class="field-error"' not in body
    assert alerts(refused) == [
        NOT_SAVED,
        f"governance.toml:{line}: feil: felt 'start': "
        "Else Marie Berg Lorentzen og Heidi Olden Eng har plass 'sor-ost-2' i Styret samtidig "
        "(fra 1.9.2022). Avslutt den ene funksjonstiden før den andre begynner.",
    ]
    assert (example_copy / "governance.toml").read_bytes() == before


def test_the_editor_in_english_is_remembered_until_norwegian_is_asked_for(site: Site) -> None:
    client = logged_in(site)
    english = client.get("/edit/?lang=en").get_data(as_text=True)
    assert '<html lang="en-GB">' in english
    assert ">Activity</a>" in english
    assert '<a href="?lang=nb" lang="nb-NO" hreflang="nb-NO">Norsk bokmål</a>' in english
    assert '<a href="?lang=nn" lang="nn-NO" hreflang="nn-NO">Norsk nynorsk</a>' in english
    later = client.get("/edit/activity/2023-01-30-redd-barna").get_data(as_text=True)
    assert '<html lang="en-GB">' in later
    assert '<label for="where">Where</label>' in later
    norwegian = client.get("/edit/?lang=nb").get_data(as_text=True)
    assert '<html lang="nb-NO">' in norwegian
    assert ">Aktivitet</a>" in norwegian
    assert '<a href="?lang=en" lang="en-GB" hreflang="en-GB">English</a>' in norwegian
    assert '<html lang="nb-NO">' in client.get("/edit/activity/").get_data(as_text=True)
    nynorsk = client.get("/edit/activity/2023-01-30-redd-barna?lang=nn").get_data(as_text=True)
    assert '<html lang="nn-NO">' in nynorsk
    assert '<label for="where">Kvar</label>' in nynorsk
    assert '<html lang="nn-NO">' in client.get("/edit/").get_data(as_text=True)


def test_a_field_is_tied_to_its_hint_and_marked_valid_until_refused(site: Site) -> None:
    page = logged_in(site).get("/edit/activity/2023-01-30-redd-barna").get_data(as_text=True)
    assert 'aria-describedby="where-hint" aria-invalid="false" id="where"' in page
    assert '<span class="hint" id="where-hint">' in page


def test_only_what_was_changed_is_written(site: Site, example_copy: Path) -> None:
    client = logged_in(site)
    path = "/edit/activity/2023-01-30-redd-barna"
    sources = "https://example.org/referat\nhttps://example.org/notat"
    saved = client.post(path, data=form_values(client.get(path), topic="Nytt tema", sources=sources))
    assert saved.status_code == 302
    changed = kssgov.load(example_copy).get("2023-01-30-redd-barna")
    assert isinstance(changed, kssgov.Activity)
    assert changed.topic == "Nytt tema"
    assert changed.sources == ("https://example.org/referat", "https://example.org/notat")
    assert changed.where == "Samarbeidsmøte med Redd Barna"
    text = (example_copy / "activities.toml").read_text(encoding="utf-8")
    assert 'topic = "Nytt tema"' in text
    again = client.post(path, data=form_values(client.get(path), sources=sources.replace("\n", "\r\n")))
    assert again.status_code == 302
    assert (example_copy / "activities.toml").read_text(encoding="utf-8") == text
