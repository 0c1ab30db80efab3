"""Sessions the server can end, and logins that cost a guesser rather than the server.

A session is tried with a copy of its cookie, as someone who took it would: after a logout, a new
password and the editor's removal, the copy is refused at once; after an idle hour or eight hours
in all, the session is over.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from werkzeug.test import Client

from kssgov_exporters.web.accounts import add_editor, remove_editor
from kssgov_exporters.web.site import Site

from .test_editor import PASSWORD, logged_in, make_site, token


@pytest.fixture
def site(example_copy: Path) -> Site:
    return make_site(example_copy)


def copy_of(client: Client, site: Site) -> Client:
    """Another browser holding a copy of *client*'s session cookie."""
    cookie = client.get_cookie("kssgov-editor")
    assert cookie is not None
    other = Client(site)
    other.set_cookie("kssgov-editor", cookie.value, domain="localhost")
    return other


def signed_in(client: Client) -> bool:
    return client.get("/edit/").status_code == 200


def test_logging_out_ends_every_session_of_the_editor_copies_included(site: Site) -> None:
    client = logged_in(site)
    elsewhere = logged_in(site)  # the same editor on another computer
    copy = copy_of(client, site)
    assert signed_in(copy) and signed_in(elsewhere)
    out = client.post("/edit/logout", data={"csrf_token": token(client.get("/edit/"))})
    assert (out.status_code, out.headers["Location"]) == (302, "/edit/login")
    assert not signed_in(client)
    refused = copy.get("/edit/activity/")
    assert refused.status_code == 302
    assert refused.headers["Location"] == "/edit/login?next=/edit/activity/&ended=ended"
    assert not signed_in(elsewhere)
    page = copy.get(refused.headers["Location"]).get_data(as_text=True)
    assert "Du er logget ut (logget ut et annet sted, nytt passord eller fjernet som redaktør)." in page


def test_a_new_password_ends_the_editors_sessions_and_not_anothers(site: Site, example_copy: Path) -> None:
    kari = logged_in(site)
    add_editor(example_copy, "ola", PASSWORD)
    ola = logged_in(site, "ola")
    add_editor(example_copy, "kari", "et helt nytt passord")
    assert not signed_in(copy_of(kari, site))
    assert not signed_in(kari)
    assert signed_in(ola)


def test_removing_the_editor_ends_their_sessions(site: Site, example_copy: Path) -> None:
    client = logged_in(site)
    copy = copy_of(client, site)
    remove_editor(example_copy, "kari")
    assert not signed_in(copy)
    assert not signed_in(client)


def test_a_session_ends_after_an_idle_hour_and_after_eight_hours_in_all(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = 1_800_000_000.0
    now = [start]
    monkeypatch.setattr("time.time", lambda: now[0])
    client = logged_in(site)
    for _ in range(8):  # busy all day: a request every 59 minutes
        now[0] += 59 * 60
        assert signed_in(client)
    now[0] = start + 8 * 60 * 60
    answer = client.get("/edit/")
    assert answer.headers["Location"].endswith("ended=expired")
    idle = logged_in(site)
    now[0] += 60 * 60
    answer = idle.get("/edit/")
    assert answer.headers["Location"].endswith("ended=idle")
    told = idle.get(answer.headers["Location"]).get_data(as_text=True)
    assert "Du ble logget ut etter en time uten aktivitet." in told


def test_a_cookie_signed_with_the_key_but_without_the_stamp_is_no_session(site: Site) -> None:
    signer = site.pages.session_interface.get_signing_serializer(site.pages)  # type: ignore[attr-defined]
    client = Client(site)
    client.set_cookie("kssgov-editor", signer.dumps({"editor": "kari"}), domain="localhost")
    assert not signed_in(client)


def test_failed_logins_are_refused_with_the_time_to_wait_in_the_readers_language(site: Site) -> None:
    client = Client(site)
    page = client.get("/edit/login")
    values = {"name": "kari", "password": "feil passord", "csrf_token": token(page)}
    for _ in range(5):
        assert client.post("/edit/login", data=values).status_code == 401
    refused = client.post("/edit/login", data={**values, "password": PASSWORD})
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "60"
    text = refused.get_data(as_text=True)
    assert "For mange mislykkede innlogginger. Prøv igjen om 1 min." in text
    assert 'value="kari"' in text  # the name typed stays in the form
    english = client.post("/edit/login?lang=en", data=values)
    assert "Too many failed logins. Try again in 1 min." in english.get_data(as_text=True)
    assert not signed_in(client)
