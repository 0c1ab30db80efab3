"""The feed server as a WSGI application: headers, conditional requests, privacy, reloading."""

from __future__ import annotations

import hashlib
import itertools
import os
import time
from pathlib import Path
from typing import Any

import pytest

from kssgov import CheckResult, DatasetError, KssgovError, Location, Problem, Severity, Visibility, Watcher
from kssgov_exporters.ical import server
from kssgov_exporters.ical.server import FeedApp, Response
from kssgov_exporters.ical.site import Feed

from ...conftest import BROKEN_ROW, append
from ...feeds import assert_sound_feed

MEMBERS_TOKEN = "members-token-0123456789"
BOARD_TOKEN = "board-token-0123456789ab"
ENV = {
    "KSSGOV_MEMBERS_TOKEN": MEMBERS_TOKEN,
    "KSSGOV_BOARD_TOKEN": BOARD_TOKEN,
    "SOURCE_DATE_EPOCH": "1704067200",
}

SECRET_ROWS = """
[[activity]]
id = "members-meeting"
date = 2024-02-01
where = "Medlemsmøte"
topic = "Kontingent"
visibility = "members"

[[activity]]
id = "board-seminar"
date = 2024-02-02
where = "Styreseminar"
topic = "Strategi"
visibility = "board"
"""


@pytest.fixture
def app(example_copy: Path) -> FeedApp:
    (example_copy / "internal.toml").write_text(SECRET_ROWS, encoding="utf-8")
    return FeedApp(example_copy, environ=ENV)


def get(app: FeedApp, path: str, method: str = "GET", **headers: str) -> Response:
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": ""}
    if "?" in path:
        environ["PATH_INFO"], environ["QUERY_STRING"] = path.split("?", 1)
    environ.update({f"HTTP_{k.upper()}": v for k, v in headers.items()})
    return app.respond(environ)


def header(response: Response, name: str) -> str | None:
    return next((v for k, v in response.headers if k.lower() == name.lower()), None)


def test_the_public_feed(app: FeedApp) -> None:
    version = app.current
    assert version is not None
    assert version.dataset is not None  # read here, and kept for the pages
    assert not app.refresh()  # the files are those of the version
    assert app.current is version
    response = get(app, "/calendar.ics")
    assert response.status == "200 OK"
    assert header(response, "Content-Type") == "text/calendar; charset=utf-8"
    assert header(response, "Content-Length") == str(len(response.body))
    assert header(response, "Content-Encoding") is None
    assert header(response, "ETag") == f'"{hashlib.sha256(response.body).hexdigest()[:40]}"'
    assert header(response, "Last-Modified") == "Mon, 01 Jan 2024 00:00:00 GMT"
    assert header(response, "Cache-Control") == "public, max-age=300"
    calendar = assert_sound_feed(response.body)
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert not summaries & {"Medlemsmøte", "Styreseminar"}


def test_english_and_accept_headers_change_nothing(app: FeedApp) -> None:
    english = get(app, "/calendar-en.ics")
    assert b"Annual meeting 2023" in english.body
    plain = get(app, "/calendar.ics").body
    assert get(app, "/calendar.ics", accept="application/json", accept_encoding="gzip").body == plain


def test_conditional_requests(app: FeedApp) -> None:
    first = get(app, "/calendar.ics")
    etag, modified = header(first, "ETag"), header(first, "Last-Modified")
    assert etag is not None
    assert modified is not None
    assert get(app, "/calendar.ics", if_none_match=etag).status == "304 Not Modified"
    assert get(app, "/calendar.ics", if_none_match=f'W/{etag}, "other"').status == "304 Not Modified"
    assert get(app, "/calendar.ics", if_none_match='"other"').status == "200 OK"
    assert get(app, "/calendar.ics", if_modified_since=modified).status == "304 Not Modified"
    assert get(app, "/calendar.ics", if_modified_since="Sun, 31 Dec 2023 00:00:00 GMT").status == "200 OK"
    assert get(app, "/calendar.ics", if_modified_since="not a date").status == "200 OK"
    assert get(app, "/calendar.ics", if_none_match="*").status == "304 Not Modified"
    # A time without a zone ("-0000") is taken as UTC, as HTTP's times are.
    assert (
        get(app, "/calendar.ics", if_modified_since="Mon, 01 Jan 2024 00:00:00 -0000").status
        == "304 Not Modified"
    )
    assert get(app, "/calendar.ics", if_modified_since="Sun, 31 Dec 2023 23:59:59 -0000").status == "200 OK"
    not_modified = get(app, "/calendar.ics", if_none_match=etag)
    assert not_modified.body == b""
    assert header(not_modified, "ETag") == etag


def test_narrower_feeds_only_at_their_token(app: FeedApp) -> None:
    members = get(app, f"/{MEMBERS_TOKEN}/calendar.ics")
    assert members.status == "200 OK"
    assert b"Medlemsm" in members.body
    assert b"Styreseminar" not in members.body
    assert header(members, "Cache-Control") == "private, max-age=300"
    board = get(app, f"/{BOARD_TOKEN}/calendar.ics")
    assert b"Styreseminar" in board.body


def test_a_token_is_taken_whole_whatever_it_starts_with(example_copy: Path) -> None:
    (example_copy / "internal.toml").write_text(SECRET_ROWS, encoding="utf-8")
    app = FeedApp(example_copy, environ={**ENV, "KSSGOV_MEMBERS_TOKEN": "XX-members-0123456789"})
    members = get(app, "/XX-members-0123456789/calendar.ics")
    assert members.status == "200 OK"
    assert b"Medlemsm" in members.body
    assert get(app, "/members-0123456789/calendar.ics").status == "404 Not Found"


@pytest.mark.parametrize(
    "path",
    [
        "/nothing.ics",
        "/wrong-token-0123456789/calendar.ics",
        f"/{MEMBERS_TOKEN[:-1]}/calendar.ics",
        f"/{MEMBERS_TOKEN}/../calendar.ics",
        "/../kssgov.toml",
        "/%2e%2e/kssgov.toml",
        "/kssgov.toml",
        "/.kssgov/feed-history.json",
        "/activities.toml",
    ],
)
def test_everything_else_is_a_plain_404(app: FeedApp, path: str) -> None:
    response = get(app, path)
    assert response.status == "404 Not Found"
    assert response.body == b"Not found\n"
    assert [(name.lower(), value) for name, value in response.headers] == [
        ("content-type", "text/plain; charset=utf-8"),
        ("content-length", "10"),
    ]


def test_methods_and_head(app: FeedApp) -> None:
    refused = get(app, "/calendar.ics", method="POST")
    assert (refused.status, refused.headers, refused.body) == (
        "405 Method Not Allowed",
        (("Allow", "GET, HEAD"), ("Content-Length", "0")),
        b"",
    )
    unnamed = app.respond({"PATH_INFO": "/calendar.ics"})  # no method, no query: a GET of the feed
    assert (unnamed.status, unnamed.body) == ("200 OK", get(app, "/calendar.ics").body)
    started: list[tuple[str, list[tuple[str, str]]]] = []
    answers = {}
    for method in ("GET", "HEAD"):
        environ = {"REQUEST_METHOD": method, "PATH_INFO": "/calendar.ics", "QUERY_STRING": ""}
        answers[method] = list(app(environ, lambda status, headers: started.append((status, headers))))
    full = get(app, "/calendar.ics")
    assert answers == {"GET": [full.body], "HEAD": [b""]}
    assert started == [("200 OK", list(full.headers))] * 2  # HEAD: the headers of GET, Content-Length too


def test_filters_in_the_query(app: FeedApp) -> None:
    fokus = get(app, "/calendar.ics?alliance=fokus")
    assert fokus.body.count(b"BEGIN:VEVENT") == 3
    assert header(fokus, "Last-Modified") == "Mon, 01 Jan 2024 00:00:00 GMT"  # SOURCE_DATE_EPOCH
    assert get(app, "/calendar.ics?kind=picnic").status == "400 Bad Request"


def test_the_feed_server_alone_serves_feeds_only(app: FeedApp) -> None:
    assert get(app, "/").status == "404 Not Found"


def test_the_feed_follows_the_files_and_survives_a_bad_edit(app: FeedApp, example_copy: Path) -> None:
    before = get(app, "/calendar.ics").body
    rows = example_copy / "activities.toml"
    text = rows.read_text(encoding="utf-8")
    rows.write_text(
        text.replace('where = "Samarbeidsmøte med Redd Barna"', 'where = "Møte med Redd Barna"'),
        encoding="utf-8",
    )
    _bump(rows)
    assert app.refresh()
    changed = get(app, "/calendar.ics").body
    assert changed != before
    assert b"SUMMARY:M\xc3\xb8te med Redd Barna" in changed
    rows.write_text(text + "\n[[activity]]\nid = broken\n", encoding="utf-8")
    _bump(rows)
    assert not app.refresh()
    assert get(app, "/calendar.ics").body == changed


def test_a_dataset_that_never_loaded_gives_503(tmp_path: Path) -> None:
    (tmp_path / "kssgov.toml").write_text("name = \n")
    response = get(FeedApp(tmp_path, environ=ENV), "/calendar.ics")
    assert (response.status, response.body) == (
        "503 Service Unavailable",
        b"The dataset has errors; run 'kssgov check' on it.\n",
    )
    assert list(response.headers) == [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Length", str(len(response.body))),
    ]


def _bump(path: Path) -> None:
    """Make sure the modification time changes even on coarse file systems."""
    moment = time.time() + 5
    os.utime(path, (moment, moment))


def test_a_feed_that_cannot_be_built_is_served_as_it_last_was(
    app: FeedApp, example_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = get(app, "/calendar.ics").body
    (example_copy / ".kssgov" / "feed-history.json").write_text("{ damaged")
    rows = example_copy / "activities.toml"
    rows.write_text(
        rows.read_text(encoding="utf-8").replace("Redd Barna", "Redd Barna Norge"), encoding="utf-8"
    )
    _bump(rows)
    assert app.refresh()
    response = get(app, "/calendar.ics")
    assert response.status == "200 OK"
    assert response.body == good
    failed = [r for r in caplog.records if r.getMessage().startswith("the feed calendar.ics cannot be built")]
    assert failed[0].getMessage().startswith("the feed calendar.ics cannot be built: the feed history")
    assert not failed[0].exc_info  # a problem kssgov names: no traceback


def test_a_feed_that_never_could_be_built_is_a_plain_503(example_copy: Path) -> None:
    (example_copy / ".kssgov").mkdir(exist_ok=True)
    (example_copy / ".kssgov" / "feed-history.json").write_text("{ damaged")
    response = get(FeedApp(example_copy, environ=ENV), "/calendar.ics")
    assert response.status == "503 Service Unavailable"
    assert response.body == b"The feed cannot be built; the server log says why.\n"


def test_a_feed_whose_options_cannot_be_made_is_a_plain_503_and_logged(
    app: FeedApp, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The settings were checked when read: should a feed's options still fail, the answer says so."""
    problem = Problem(
        Severity.ERROR,
        "type.wrong",
        Location("kssgov.toml", 3, "feed.grace_days"),
        {"value": "x", "expected": "?"},
    )

    def refused(*args: object, **kwargs: object) -> object:
        raise DatasetError([problem])

    monkeypatch.setattr(server, "options", refused)
    response = get(app, "/calendar.ics?kind=meeting")
    assert (response.status, response.body) == (
        "503 Service Unavailable",
        b"The feed cannot be built; the server log says why.\n",
    )
    assert list(response.headers) == [
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Length", str(len(response.body))),
    ]
    (logged,) = [r.getMessage() for r in caplog.records if "cannot be built" in r.getMessage()]
    assert logged.startswith("the feed calendar.ics cannot be built: ")
    assert "kssgov.toml:3" in logged


def test_serve_refuses_a_dataset_with_errors(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kssgov.cli import main

    (tmp_path / "kssgov.toml").write_text("name = \n")
    result = CliRunner().invoke(main, ["serve", str(tmp_path), "--port", "1"])
    assert result.exit_code == 1


def test_a_filter_naming_no_record_is_a_404_and_never_kept(app: FeedApp, example_copy: Path) -> None:
    history = example_copy / ".kssgov" / "feed-history.json"
    before = history.read_bytes()
    for number in range(200):
        response = get(app, f"/calendar.ics?alliance=nothing-{number}")
        assert (response.status, response.body) == ("404 Not Found", b"Not found\n")
    assert get(app, "/calendar.ics?body=" + "x" * 5000).status == "400 Bad Request"
    assert get(app, "/calendar.ics?kind=meeting&kind=panel&kind=seminar&kind=launch&kind=appeal").status == (
        "404 Not Found"
    )  # at most four values
    assert get(app, "/calendar.ics?secret=1").status == "404 Not Found"
    assert history.read_bytes() == before
    assert get(app, "/calendar.ics?kind=meeting&kind=panel&kind=seminar&kind=launch").status == "200 OK"


def test_a_feed_that_fails_for_any_reason_is_served_as_it_last_was(
    app: FeedApp, example_copy: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from kssgov_exporters.ical import server

    good = get(app, "/calendar.ics").body

    def broken(*args: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr(server, "build", broken)
    rows = example_copy / "activities.toml"
    rows.write_text(rows.read_text(encoding="utf-8").replace("Redd Barna", "Redd Barna AS"), encoding="utf-8")
    _bump(rows)
    assert app.refresh()
    response = get(app, "/calendar.ics")
    assert (response.status, response.body) == ("200 OK", good)
    failed = [r for r in caplog.records if r.getMessage() == "the feed calendar.ics cannot be built: a bug"]
    assert failed[0].exc_info  # a bug: its traceback for whoever mends it


CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "broken"


@pytest.mark.parametrize("case", sorted(p for p in CORPUS.iterdir() if p.is_dir()), ids=lambda p: p.name)
def test_the_last_good_feed_is_served_while_the_data_is_in_any_bad_state(
    app: FeedApp, example_copy: Path, case: Path
) -> None:
    good = get(app, "/calendar.ics")
    for file in example_copy.glob("*.toml"):
        file.unlink()
    for source in case.rglob("*"):
        if source.is_file() and source.name != "expected.txt":
            target = example_copy / source.relative_to(case)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
        elif source.is_dir():
            (example_copy / source.relative_to(case)).mkdir(parents=True, exist_ok=True)
    assert not app.refresh()
    response = get(app, "/calendar.ics")
    assert (response.status, response.body) == ("200 OK", good.body)
    assert header(response, "ETag") == header(good, "ETag")


def test_tokens_that_cannot_be_used_keep_the_last_good_version(
    example_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    same = {**ENV, "KSSGOV_BOARD_TOKEN": MEMBERS_TOKEN}
    refused = FeedApp(example_copy, environ=same)
    assert (refused.ready, refused.current) == (False, None)
    assert refused.failed is not None
    assert [r.getMessage() for r in caplog.records] == [
        "the tokens cannot be used; still serving the last good version: the members' token and the board's "
        "token are the same; give each audience its own token, or the members could read the board's records"
    ]
    assert get(refused, "/calendar.ics").status == "503 Service Unavailable"
    assert not refused.refresh()  # the same files are not tried again until they change
    _bump(example_copy / "activities.toml")
    assert not refused.refresh()  # changed files with the same tokens: still no version


def test_watching_follows_an_edit_and_outlives_a_failed_refresh(
    app: FeedApp, example_copy: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert app.ready
    real = FeedApp.refresh
    calls: list[int] = []

    def first_fails(self: FeedApp) -> bool:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a disk went away")
        return real(self)

    monkeypatch.setattr(FeedApp, "refresh", first_fails)
    rows = example_copy / "activities.toml"
    rows.write_text(
        rows.read_text(encoding="utf-8").replace("Redd Barna", "Redd Barna Norge"), encoding="utf-8"
    )
    _bump(rows)
    thread = app.watch(0.01)
    assert thread.daemon
    deadline = time.monotonic() + 10
    while b"Redd Barna Norge" not in get(app, "/calendar.ics").body and time.monotonic() < deadline:
        time.sleep(0.01)
    assert b"Redd Barna Norge" in get(app, "/calendar.ics").body
    failures = [r for r in caplog.records if r.exc_info is not None]
    assert [r.getMessage() for r in failures] == [
        "refreshing the feeds failed; still serving the last good version"
    ]
    raised = failures[0].exc_info
    assert raised is not None
    assert str(raised[1]) == "a disk went away"


def test_the_pages_get_the_last_records_read_while_the_files_have_errors(
    app: FeedApp, example_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    version = app.current
    assert version is not None
    read = app.dataset(version)
    assert read is not None
    version.dataset = None  # as a version from a build process holds no records
    rows = example_copy / "activities.toml"
    append(rows, BROKEN_ROW)
    _bump(rows)
    assert app.dataset(version) is read
    assert "the dataset has errors; the pages show the last good version read" in caplog.text
    assert version.dataset is None


def test_serving_hands_waitress_the_app_and_its_limits_and_watches_the_files(
    app: FeedApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    served: list[tuple[object, dict[str, object]]] = []
    watched: list[float] = []
    stopped: list[bool] = []

    class Server:
        def __init__(self, application: object, **settings: object) -> None:
            served.append((application, settings))
            self.task_dispatcher = self

        def run(self) -> None:
            pass

        def shutdown(self) -> None:
            stopped.append(True)

    monkeypatch.setattr("kssgov_exporters.ical.connections.make_server", Server)
    monkeypatch.setattr(FeedApp, "watch", lambda self, seconds=server.LOOK_SECONDS: watched.append(seconds))
    monkeypatch.setattr("sys.setswitchinterval", lambda seconds: watched.append(seconds))

    def pages(environ: dict[str, object], start_response: object) -> list[bytes]:
        return [b""]

    server.serve_app(app, pages, host="127.0.0.1", port=8081, threads=3, trusted_proxy="127.0.0.1")
    server.serve_app(app, host="0.0.0.0", port=80, threads=1)
    limits = {"max_request_header_size": 1024 * 1024}
    assert served == [
        (pages, {"host": "127.0.0.1", "port": 8081, "threads": 3, "trusted_proxy": "127.0.0.1", **limits}),
        (app, {"host": "0.0.0.0", "port": 80, "threads": 1, "trusted_proxy": None, **limits}),
    ]
    assert stopped == [True, True]
    # Answers hand over every half millisecond; the files are looked at 20 times a second.
    assert watched == [0.0005, 0.05] * 2


def test_at_most_64_feeds_are_kept_for_a_version_the_oldest_filtered_given_up_first(app: FeedApp) -> None:
    version = app.current
    assert version is not None
    kinds = ["meeting", "conference", "seminar", "panel", "appeal", "launch", "event", "other"]
    asked = [f"kind={a}&kind={b}" for a, b in itertools.combinations(kinds, 2)]  # 28 filters, and 32
    asked += [f"kind={a}&kind={b}&kind={c}" for a, b, c in itertools.combinations(kinds, 3)][:32]
    defaults = list(version.built)
    assert [filters for _, filters in defaults] == [()] * 9  # each audience's feed in each language
    for query in asked:
        assert get(app, f"/calendar.ics?{query}").status == "200 OK"
    assert len(version.built) == server.CACHE_LIMIT
    assert len(defaults) + len(asked) == server.CACHE_LIMIT + 5
    kept = list(version.built)
    assert kept[:9] == defaults  # the feeds without filters stay
    given_up = [
        (("kind", ("conference", "meeting")),),
        (("kind", ("meeting", "seminar")),),
        (("kind", ("meeting", "panel")),),
        (("kind", ("appeal", "meeting")),),
        (("kind", ("launch", "meeting")),),
    ]  # the first five asked
    assert [filters for _, filters in kept if filters in given_up] == []
    assert [filters for _, filters in kept[9:11]] == [
        (("kind", ("event", "meeting")),),
        (("kind", ("meeting", "other")),),
    ]
    assert kept[-1][1] == (("kind", ("appeal", "conference", "event")),)  # the last asked


def test_request_headers_of_more_than_64_kib_are_refused(app: FeedApp) -> None:
    name = "HTTP_X_FILLER"
    filled = {"x_filler": "x" * (64 * 1024 - len(name))}
    assert get(app, "/calendar.ics", **filled).status == "200 OK"
    refused = get(app, "/calendar.ics", x_filler=filled["x_filler"] + "x")
    assert (refused.status, refused.body) == (
        "431 Request Header Fields Too Large",
        b"Request header fields too large\n",
    )


def test_an_edit_in_a_subfolder_is_followed_and_one_in_a_hidden_folder_is_not(
    app: FeedApp, example_copy: Path
) -> None:
    row = '[[activity]]\nid = "{id}"\ndate = 2024-03-01\nwhere = "{where}"\ntopic = "T"\n'
    (example_copy / ".drafts").mkdir()
    (example_copy / ".drafts" / "draft.toml").write_text(
        row.format(id="draft", where="Utkast"), encoding="utf-8"
    )
    assert not app.refresh()
    (example_copy / "2024").mkdir()
    (example_copy / "2024" / "more.toml").write_text(
        row.format(id="more", where="Nytt møte"), encoding="utf-8"
    )
    assert app.refresh()
    assert "SUMMARY:Nytt møte".encode() in get(app, "/calendar.ics").body


def test_the_files_are_read_once_for_a_version_built_here(
    example_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = readings_here(monkeypatch)
    app = FeedApp(example_copy, environ=ENV)
    assert get(app, "/calendar.ics?kind=conference").status == "200 OK"
    assert reads == [example_copy]  # the feeds, and the filter asked for later, from one reading


def readings_here(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders this (the serving) process reads records from from now on, one entry per reading."""
    read: list[Path] = []
    real = Watcher.check

    def counted(watcher: Watcher, *, warnings: bool = True) -> CheckResult:
        read.append(watcher.folder)
        return real(watcher, warnings=warnings)

    monkeypatch.setattr(Watcher, "check", counted)
    return read


def test_a_feed_built_for_the_build_process_is_the_one_served(app: FeedApp) -> None:
    version = app.current
    assert version is not None
    members = Feed(f"{MEMBERS_TOKEN}/calendar.ics", Visibility.MEMBERS, "nb")
    meetings: server.Filters = (("kind", ("meeting",)),)
    served = get(app, f"/{MEMBERS_TOKEN}/calendar.ics?kind=meeting")
    fresh = FeedApp(app.folder, environ=ENV)
    assert fresh.current is not None
    built = fresh.build_feed(fresh.current, members, meetings)
    assert built is not None
    assert built.body == served.body
    assert b"SUMMARY:Medlemsm" in built.body
    with pytest.raises(KssgovError) as refused:
        fresh.build_feed(fresh.current, members, (("body", ("no-such-body",)),))
    assert "no-such-body" in refused.value.render("en")
