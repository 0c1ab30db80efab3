"""The public pages as a reader gets them: the politics log with its filters, what is coming, the index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from werkzeug.test import Client, TestResponse

from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web.site import Site

from ...conftest import append

MEMBERS_TOKEN = "members-token-0123456789"
ENVIRON = {"KSSGOV_MEMBERS_TOKEN": MEMBERS_TOKEN, "SOURCE_DATE_EPOCH": "1685577600"}  # 1.6.2023


@pytest.fixture
def client(example_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Client:
    for name, value in ENVIRON.items():
        monkeypatch.setenv(name, value)
    return Client(Site(FeedApp(example_copy, environ=ENVIRON)))


def rows(response: TestResponse) -> list[list[str]]:
    """The table's rows as a reader sees them: each cell's words, joined by single spaces."""
    body = response.get_data(as_text=True)
    return [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        for row in re.findall(r"<tr data-kind[^>]*>(.*?)</tr>", body, re.S)
    ]


def test_the_politics_log_of_a_year(client: Client) -> None:
    response = client.get("/politikk/2023/")
    body = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<html lang="nb-NO">' in body
    assert "<title>Politikk 2023 – Krisesentersekretariatet</title>" in body
    assert '<th scope="col">Dato</th><th scope="col">Hvor</th><th scope="col">Tema</th>' in body
    table = rows(response)
    assert len(table) == 44
    assert table[0] == [
        "6.1.2023",
        "Planleggingsmøte før innspillsmøte med Justisdepartementet – med en rekke organisasjoner",
        "FNs oppfølging av vold mot kvinner",
    ]
    assert "Viser 44 av 44 rader." in body
    assert response.headers["Cache-Control"] == "public, max-age=60"
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Content-Security-Policy"] == (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "no-referrer"


def test_filters_narrow_the_log(client: Client) -> None:
    hearing = rows(client.get("/politikk/2023/?type=oral_hearing"))
    assert [r[0] for r in hearing] == ["26.10.2023"]
    fokus = client.get("/politikk/2023/?allianse=fokus").get_data(as_text=True)
    assert "Viser 3 av 44 rader." in fokus
    searched = rows(client.get("/politikk/2023/?q=redd+barna"))
    assert [r[0] for r in searched] == ["30.1.2023"]
    spring = rows(client.get("/politikk/2023/?fra=1.2.2023&til=28.2.2023"))
    assert [r[0] for r in spring] == [
        "1.2.2023",
        "2.2.2023",
        "2.2.2023",
        "7.-8.2.2023",
        "27.2.2023",
        "28.2.2023",
    ]
    wrong = client.get("/politikk/2023/?fra=31.2.2023").get_data(as_text=True)
    assert "«31.2.2023» er ikke en dato; bruk for eksempel 6.1.2023." in wrong
    assert "Viser 44 av 44 rader." in wrong


def test_a_consultation_response_links_to_the_consultation_and_the_response(example_copy: Path) -> None:
    consultations = example_copy / "consultations.toml"
    consultations.write_text(
        consultations.read_text(encoding="utf-8").replace(
            'id = "horing-nou-2023-5"\n',
            'id = "horing-nou-2023-5"\nurl = "https://www.regjeringen.no/nou-2023-5"\n',
        ),
        encoding="utf-8",
    )
    activities = example_copy / "activities.toml"
    activities.write_text(
        activities.read_text(encoding="utf-8").replace(
            'consultation = "horing-nou-2023-5"\n',
            'consultation = "horing-nou-2023-5"\nurl = "https://www.krisesenter.com/svar-nou"\n',
        ),
        encoding="utf-8",
    )
    client = Client(Site(FeedApp(example_copy, environ={})))
    body = client.get("/politikk/2023/?type=consultation_response").get_data(as_text=True)
    assert '<a href="https://www.regjeringen.no/nou-2023-5">Høringen: ' in body
    assert '<a href="https://www.krisesenter.com/svar-nou">Vårt svar</a>' in body
    assert body.count("Høringen:") == 1


def test_english(client: Client) -> None:
    body = client.get("/politikk/2023/?lang=en").get_data(as_text=True)
    assert '<html lang="en-GB">' in body
    assert '<th scope="col">Date</th><th scope="col">Where</th><th scope="col">Topic</th>' in body
    assert 'href="./" lang="nb-NO" hreflang="nb-NO">Norsk bokmål</a>' in body
    assert 'href="./?lang=nn" lang="nn-NO" hreflang="nn-NO">Norsk nynorsk</a>' in body
    nynorsk = client.get("/politikk/2023/?lang=nn").get_data(as_text=True)
    assert '<html lang="nn-NO">' in nynorsk
    assert '<th scope="col">Dato</th><th scope="col">Kvar</th><th scope="col">Tema</th>' in nynorsk


def test_every_value_is_escaped(example_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows_file = example_copy / "activities.toml"
    append(
        rows_file,
        '\n[[activity]]\nid = "x"\ndate = 2023-05-05\n'
        + 'where = "<script>alert(1)</script>"\ntopic = "a & b"\n',
    )
    body = Client(Site(FeedApp(example_copy, environ={}))).get("/politikk/2023/").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "a &amp; b" in body


def test_an_audience_sees_its_records_behind_its_token_only(client: Client, example_copy: Path) -> None:
    rows_file = example_copy / "activities.toml"
    append(
        rows_file,
        '\n[[activity]]\nid = "intern"\ndate = 2023-05-05\nwhere = "Medlemsmøte internt"\ntopic = "T"\n'
        'visibility = "members"\n',
    )
    members_client = Client(Site(FeedApp(example_copy, environ=ENVIRON)))
    public = members_client.get("/politikk/2023/").get_data(as_text=True)
    members = members_client.get(f"/{MEMBERS_TOKEN}/politikk/2023/")
    assert "Medlemsmøte internt" not in public
    assert "Medlemsmøte internt" in members.get_data(as_text=True)
    assert members.headers["Cache-Control"] == "private, max-age=60"
    assert "For medlemmer" in members.get_data(as_text=True)
    assert members_client.get("/members-token-0123456780/politikk/2023/").status_code == 404


def test_upcoming_meetings_and_deadlines_with_subscribe_links(client: Client) -> None:
    body = client.get("/kommende/").get_data(as_text=True)
    assert "<h1>Kommende møter og frister</h1>" in body
    dates = re.findall(r"<li><strong>([\d.\-]+)</strong>", body)
    assert dates[:3] == ["5.6.2023", "14.6.2023", "23.6.2023"]
    assert "6.1.2023" not in dates
    assert "webcal://localhost/calendar.ics" in body
    assert MEMBERS_TOKEN not in body


def test_the_front_page_and_the_year_redirect(client: Client) -> None:
    body = client.get("/").get_data(as_text=True)
    assert 'href="politikk/2023/"' in body
    assert "webcal://localhost/calendar.ics" in body
    assert MEMBERS_TOKEN not in body
    moved = client.get("/politikk/")
    assert moved.status_code == 302
    assert moved.headers["Location"].endswith("politikk/2023/")
    assert client.get("/politikk/3000/").status_code == 404
    assert client.get("/nothing-here/politikk/2023/").status_code == 404


def test_feeds_are_served_beside_the_pages(client: Client) -> None:
    public = client.get("/calendar.ics")
    assert public.status_code == 200
    assert public.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert public.get_data(as_text=True).startswith("BEGIN:VCALENDAR\r\n")
    members = client.get(f"/{MEMBERS_TOKEN}/calendar-en.ics")
    assert members.status_code == 200
    assert members.get_data(as_text=True).startswith("BEGIN:VCALENDAR\r\n")
    assert client.get("/members-token-0123456780/calendar-en.ics").status_code == 404


def test_no_page_while_no_version_of_the_data_is_good(example_copy: Path) -> None:
    (example_copy / "activities.toml").write_text("[[activity]\n", encoding="utf-8")
    client = Client(Site(FeedApp(example_copy, environ={})))
    assert client.get("/politikk/2023/").status_code == 503
    assert client.get("/").status_code == 503


def test_no_page_while_the_good_version_has_no_records_here(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = Site(FeedApp(example_copy, environ={}))
    assert site.feeds.current is not None
    monkeypatch.setattr(site.feeds, "dataset", lambda version: None)
    assert Client(site).get("/kommende/").status_code == 503


def test_a_site_in_english_gives_norwegian_when_asked(example_copy: Path) -> None:
    settings = example_copy / "kssgov.toml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace('language = "nb"', 'language = "en"'), encoding="utf-8"
    )
    client = Client(Site(FeedApp(example_copy, environ={})))
    assert '<html lang="en-GB">' in client.get("/politikk/2023/?lang=de").get_data(as_text=True)
    norwegian = client.get("/politikk/2023/?lang=nb").get_data(as_text=True)
    assert '<html lang="nb-NO">' in norwegian
    assert 'href="./" lang="en-GB" hreflang="en-GB">English</a>' in norwegian


def test_a_rows_note_is_shown_in_its_row(client: Client) -> None:
    table = rows(client.get("/politikk/2023/"))
    noted = [row for row in table if "Merknad:" in row[1]]
    assert [row[0] for row in noted] == ["16.8.2023", "26.10.2023", "9.11.2023", "10.11.2023"]
    assert noted[0][1].endswith("Merknad: Rettet fra 16.8.2022 i årsmeldingen slik den først ble trykt.")
    english = rows(client.get("/politikk/2023/?lang=en"))
    assert sum("Note: Rettet fra" in row[1] for row in english) == 4
