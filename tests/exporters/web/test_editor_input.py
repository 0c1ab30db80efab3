"""Every value a browser sends the editor is checked before it is used: a crafted form is refused with
what to do, never answered with a failure, and never saves over another person's change."""

from __future__ import annotations

import html
import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.test import Client

from kssgov_exporters.web.site import Site

from ...conftest import EXAMPLE
from .test_editor import logged_in, make_site, token

RECORD = "/edit/activity/2023-01-30-redd-barna"
FIELDS = (
    "date",
    "where",
    "topic",
    "kind",
    "role",
    "status",
    "visibility",
    "alliance",
    "url",
    "venue",
    "note",
)


@pytest.fixture
def site(example_copy: Path) -> Site:
    return make_site(example_copy)


def opened_form(client: Client, path: str = RECORD) -> dict[str, str]:
    """The values of the record's form as the page gives them (hidden fields included)."""
    page = client.get(path).get_data(as_text=True)
    values = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page):
        values[name] = _unescaped(value)
    for name, value in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\n?([^<]*)</textarea>', page):
        values[name] = _unescaped(value)
    for name, value in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>.*?value="([^"]*)" selected', page, re.S):
        values[name] = value
    return values


def _unescaped(value: str) -> str:
    return html.unescape(value)


@pytest.mark.parametrize("without", ["version", "opened"])
def test_a_change_without_its_version_or_opening_values_saves_nothing_and_keeps_what_was_typed(
    site: Site, example_copy: Path, without: str
) -> None:
    client = logged_in(site)
    values = opened_form(client)
    del values[without]
    values["topic"] = "Skrevet av meg"
    before = (example_copy / "activities.toml").read_bytes()
    answer = client.post(RECORD, data=values)
    assert answer.status_code == 400
    page = answer.get_data(as_text=True)
    assert "Ingenting ble lagret: skjemaet kom ikke fram helt" in page
    assert "Skrevet av meg" in page
    assert (example_copy / "activities.toml").read_bytes() == before


@pytest.mark.parametrize(
    "opened", ["not json", "[]", '"tekst"', '{"topic": 5}', '{"topic": null}', '{"topic": ["a"]}', "{" * 5000]
)
def test_opening_values_that_are_not_a_forms_values_are_refused(
    site: Site, example_copy: Path, opened: str
) -> None:
    client = logged_in(site)
    values = {**opened_form(client), "opened": opened, "topic": "Endret"}
    before = (example_copy / "activities.toml").read_bytes()
    assert client.post(RECORD, data=values).status_code == 400
    assert (example_copy / "activities.toml").read_bytes() == before


@pytest.mark.parametrize("version", ["", "0" * 32, "x" * 32, "A" * 32, "0" * 31])
def test_a_save_over_a_newer_version_is_refused_whatever_version_is_sent(
    site: Site, example_copy: Path, version: str
) -> None:
    first, second = logged_in(site), logged_in(site)
    stale = opened_form(second)
    values = opened_form(first)
    assert first.post(RECORD, data={**values, "topic": "Førstes endring"}).status_code == 302
    answer = second.post(RECORD, data={**stale, "version": version, "topic": "Andres endring"})
    assert answer.status_code in (200, 400)
    text = (example_copy / "activities.toml").read_text(encoding="utf-8")
    assert 'topic = "Førstes endring"' in text
    assert "Andres endring" not in text


TEXT = st.text(st.characters(codec="utf-8"), max_size=60) | st.sampled_from(
    ["", "31.2.2024", "agm 2024", "1.1.1", "0" * 32, "{}", "../../etc", "\x00", "'; --", "<script>", "9" * 40]
)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    path=st.sampled_from(
        [
            RECORD,
            "/edit/activity/new",
            "/edit/consultation/horing-botidskrav",
            "/edit/term/new",
            "/edit/login",
            "/edit/logout",
            "/edit/undo/0123456789abcdef",
            "/edit/activity/?side=x&q=",
        ]
    ),
    fields=st.dictionaries(
        st.sampled_from([*FIELDS, "version", "opened", "force", "name", "password"]), TEXT
    ),
)
def test_no_crafted_form_makes_the_editor_fail(path: str, fields: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name) / "data"
        shutil.copytree(EXAMPLE, folder)
        site = make_site(folder)
        client = logged_in(site)
        data: dict[str, Any] = {"csrf_token": token(client.get("/edit/activity/new")), **fields}
        answer = client.post(path, data=data)  # the site is in testing mode: a failure would be raised here
        assert answer.status_code < 500, answer.get_data(as_text=True)
        if "opened" in fields and path == RECORD:
            try:
                valid = isinstance(json.loads(fields["opened"]), dict)
            except ValueError:
                valid = False
            if not valid:
                assert answer.status_code == 400
