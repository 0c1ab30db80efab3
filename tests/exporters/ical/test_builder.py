"""Feeds built in a process of their own (as ``kssgov serve`` does) are the feeds built in-process."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, NoReturn, cast

import attrs
import pytest

from kssgov import Visibility
from kssgov_exporters.ical import builder as builders
from kssgov_exporters.ical import feed, server
from kssgov_exporters.ical.builder import BuildProcess, Key, Snapshot
from kssgov_exporters.ical.server import BuilderGone, FeedApp
from kssgov_exporters.ical.site import Feed

from ...conftest import BROKEN_ROW, append
from .test_server import BOARD_TOKEN, ENV, SECRET_ROWS, _bump, get, readings_here


@pytest.fixture
def folder(example_copy: Path) -> Path:
    (example_copy / "internal.toml").write_text(SECRET_ROWS, encoding="utf-8")
    return example_copy


@pytest.fixture
def builder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[BuildProcess]:
    """A build process; any feed built in this (the serving) process is recorded in ``built_here``.

    A builder that does not answer in a minute is taken as gone (not after fifteen): a test of a
    builder that hangs fails, rather than waiting.
    """
    monkeypatch.setattr(builders, "PATIENCE_SECONDS", 60.0)
    process = BuildProcess(folder, ENV)
    built_here.clear()
    monkeypatch.setattr(server, "build", _refuse)
    yield process
    process.close()


built_here: list[object] = []
BUILD = feed.build


def _refuse(*arguments: object) -> NoReturn:
    built_here.append(arguments)
    raise AssertionError("a feed was built in the serving process")


def built_here_instead(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The feeds of :func:`served` as a server without a builder serves them."""
    with monkeypatch.context() as here:
        here.setattr(server, "build", BUILD)
        return served(FeedApp(folder, environ=ENV))


def served(app: FeedApp) -> dict[str, bytes]:
    """Every default feed's body, by path."""
    return {
        path: get(app, path).body
        for path in ("/calendar.ics", "/calendar-en.ics", f"/{BOARD_TOKEN}/calendar.ics")
    }


def rename(folder: Path, old: str, new: str) -> None:
    rows = folder / "activities.toml"
    rows.write_text(rows.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    _bump(rows)


def test_the_builders_feeds_are_those_built_here_before_and_after_an_edit(
    folder: Path, builder: BuildProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = FeedApp(folder, environ=ENV, builder=builder)
    first = served(app)
    assert first == built_here_instead(folder, monkeypatch)
    assert b"SUMMARY:Styreseminar" in first[f"/{BOARD_TOKEN}/calendar.ics"]
    assert b"Styreseminar" not in first["/calendar.ics"]

    rename(folder, 'where = "Samarbeidsmøte med Redd Barna"', 'where = "Møte med Redd Barna"')
    assert app.refresh()
    after = served(app)
    assert b"SUMMARY:M\xc3\xb8te med Redd Barna" in after["/calendar.ics"]
    assert not app.refresh()
    assert after == built_here_instead(folder, monkeypatch)
    assert built_here == []


def test_a_filtered_feed_is_built_by_the_builder_and_rebuilt_with_each_edit(
    folder: Path, builder: BuildProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = FeedApp(folder, environ=ENV, builder=builder)
    filtered = get(app, "/calendar.ics?kind=conference")
    assert filtered.status == "200 OK"
    assert b"CATEGORIES:Konferanse" in filtered.body
    assert b"CATEGORIES:M\xc3\xb8te" not in filtered.body
    assert get(app, "/calendar.ics?body=no-such-body").status == "404 Not Found"

    rename(folder, "Redd Barna", "Redd Barna Norge")
    assert app.refresh()
    version = app.current
    assert version is not None
    kept = [filters for (feed, filters) in version.built if filters]
    assert kept == [(("kind", ("conference",)),)]  # built with the new version, before anyone asks again
    rebuilt = get(app, "/calendar.ics?kind=conference").body
    assert built_here == []
    monkeypatch.undo()
    assert rebuilt == get(FeedApp(folder, environ=ENV), "/calendar.ics?kind=conference").body


def test_while_an_edit_has_errors_the_last_good_feeds_are_served(folder: Path, builder: BuildProcess) -> None:
    app = FeedApp(folder, environ=ENV, builder=builder)
    good = served(app)
    rows = folder / "activities.toml"
    append(rows, BROKEN_ROW)
    _bump(rows)
    assert not app.refresh()
    assert served(app) == good


def test_when_the_builder_stops_the_feeds_are_built_here(
    folder: Path, builder: BuildProcess, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = FeedApp(folder, environ=ENV, builder=builder)
    builder.close()
    monkeypatch.undo()
    rename(folder, 'where = "Samarbeidsmøte med Redd Barna"', 'where = "Møte med Redd Barna"')
    assert app.refresh()
    assert "the build process stopped (handle is closed)" in caplog.text
    assert "building the feeds here from now on" in caplog.text
    after = served(app)
    assert b"SUMMARY:M\xc3\xb8te med Redd Barna" in after["/calendar.ics"]
    assert after == served(FeedApp(folder, environ=ENV))
    assert get(app, "/calendar.ics?kind=conference").status == "200 OK"  # a new filter: built here too
    rename(folder, 'where = "Møte med Redd Barna"', 'where = "Nytt møte med Redd Barna"')
    assert app.refresh()  # and every later edit
    assert b"SUMMARY:Nytt m\xc3\xb8te med Redd Barna" in get(app, "/calendar.ics").body


def test_an_edit_is_read_by_the_builder_alone_and_here_when_a_page_needs_the_records(
    folder: Path, builder: BuildProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = FeedApp(folder, environ=ENV, builder=builder)
    read = readings_here(monkeypatch)
    rename(folder, 'where = "Samarbeidsmøte med Redd Barna"', 'where = "Møte med Redd Barna"')
    assert app.refresh()
    assert b"SUMMARY:M\xc3\xb8te med Redd Barna" in get(app, "/calendar.ics").body
    assert read == []
    version = app.current
    assert version is not None and version.dataset is None
    assert version.settings.name == "Krisesentersekretariatet"

    dataset = app.dataset(version)
    assert dataset is not None
    assert "Møte med Redd Barna" in [a.where for a in dataset.activities]
    assert app.dataset(version) is dataset  # read once for the version, then kept
    assert read == [folder]


def test_records_read_after_a_later_edit_are_given_but_not_kept_for_the_older_version(
    folder: Path, builder: BuildProcess
) -> None:
    app = FeedApp(folder, environ=ENV, builder=builder)
    version = app.current
    assert version is not None
    rename(folder, 'where = "Samarbeidsmøte med Redd Barna"', 'where = "Møte med Redd Barna"')
    dataset = app.dataset(version)
    assert dataset is not None
    assert "Møte med Redd Barna" in [a.where for a in dataset.activities]
    assert version.dataset is None  # the files are no longer those the version's feeds were built from
    assert app.refresh()
    assert app.current is not None
    assert app.dataset(app.current) is app.current.dataset is not None


def test_while_an_edit_has_errors_the_pages_get_the_last_records_read_and_the_builder_is_asked_once(
    folder: Path, builder: BuildProcess, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    app = FeedApp(folder, environ=ENV, builder=builder)
    version = app.current
    assert version is not None
    before = app.dataset(version)
    rows = folder / "activities.toml"
    append(rows, BROKEN_ROW)
    _bump(rows)
    asked: list[object] = []
    real = BuildProcess.refresh

    def counted(process: BuildProcess, keys: Iterable[Key]) -> Snapshot:
        asked.append(keys)
        return real(process, keys)

    monkeypatch.setattr(BuildProcess, "refresh", counted)
    assert not app.refresh()
    assert not app.refresh()
    assert len(asked) == 1  # the files that have errors are not read again until they change
    assert "the dataset has errors (the build process names them); still serving the last good version" in [
        r.getMessage() for r in caplog.records
    ]
    assert app.current is version

    stale = attrs.evolve(version, dataset=None)  # a version whose records were never read here
    assert app.dataset(stale) is before
    assert "the pages show the last good version read" in caplog.text


def answer(connection: Connection) -> Any:
    """The build process's answer, or a failure if it gives none in half a minute (it hangs)."""
    assert connection.poll(30), "the build process did not answer"
    return connection.recv()


def test_the_build_process_answers_each_request_in_turn_and_ends_with_the_connection(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The build process's side, run here in a thread: a refresh gives the settings, the public feed
    in the data's language and every feed asked for (no other), a build one feed more (or none; a feed
    it has, without building it again), files with errors the last good version and their signature,
    and a closed connection ends it."""
    builds: list[Key] = []
    real = FeedApp.build_feed

    def counted(app: FeedApp, version: server.Version, feed: Feed, filters: server.Filters) -> object:
        builds.append((feed, filters))
        return real(app, version, feed, filters)

    monkeypatch.setattr(FeedApp, "build_feed", counted)
    ours, theirs = multiprocessing.Pipe()
    worker = threading.Thread(target=builders._work, args=(str(folder), ENV, theirs), daemon=True)
    worker.start()
    public = Feed("calendar.ics", Visibility.PUBLIC, "nb")
    conference: Key = (public, (("kind", ("conference",)),))
    ours.send(("refresh", (conference,)))
    snapshot = answer(ours)
    assert isinstance(snapshot, Snapshot)
    here = FeedApp(folder, environ=ENV)
    expected = here.current
    assert expected is not None
    assert [key for key in snapshot.built if not key[1]] == [(public, ())]  # the others when asked for
    assert snapshot.signature == expected.signature
    assert snapshot.settings == expected.settings
    assert snapshot.failed is None
    assert {key: served.body for key, served in snapshot.built.items()} == {
        (public, ()): expected.built[(public, ())].body,
        conference: get(here, "/calendar.ics?kind=conference").body,
    }

    seminars: Key = (public, (("kind", ("seminar",)),))
    ours.send(("build", seminars))
    signature, served = answer(ours)
    assert signature == snapshot.signature
    assert served.body == get(here, "/calendar.ics?kind=seminar").body
    ours.send(("build", seminars))
    assert answer(ours) == (snapshot.signature, served)
    assert builds == [conference, seminars]  # asked for again, it was not built again
    ours.send(("build", (public, (("body", ("no-such-body",)),))))
    assert answer(ours) == (snapshot.signature, None)

    rows = folder / "activities.toml"
    append(rows, BROKEN_ROW)
    _bump(rows)
    ours.send(("refresh", ()))
    kept = answer(ours)
    assert (kept.signature, kept.settings, kept.built.keys()) == (
        snapshot.signature,
        snapshot.settings,
        snapshot.built.keys() | {seminars},
    )
    assert kept.failed is not None
    assert kept.failed != snapshot.signature
    ours.close()
    worker.join(timeout=10)
    assert not worker.is_alive()


def test_a_build_process_started_on_files_with_errors_has_nothing_to_give(folder: Path) -> None:
    rows = folder / "activities.toml"
    append(rows, BROKEN_ROW)
    ours, theirs = multiprocessing.Pipe()
    worker = threading.Thread(target=builders._work, args=(str(folder), ENV, theirs), daemon=True)
    worker.start()
    public = Feed("calendar.ics", Visibility.PUBLIC, "nb")
    ours.send(("refresh", ((public, ()),)))
    snapshot = answer(ours)
    assert (snapshot.signature, snapshot.settings, snapshot.built) == (None, None, {})
    assert snapshot.failed is not None
    ours.send(("build", (public, ())))
    assert answer(ours) == (None, None)
    ours.close()
    worker.join(timeout=10)
    assert not worker.is_alive()


class _Answering:
    """A stand-in for the build process that gives the snapshots and the built feeds it was given, in
    turn (raising those that are errors)."""

    def __init__(self, *snapshots: Snapshot, builds: Iterable[object] = ()) -> None:
        self.snapshots = list(snapshots)
        self.builds = list(builds)
        self.asked: list[list[Key]] = []

    def refresh(self, keys: Iterable[Key]) -> Snapshot:
        self.asked.append(list(keys))
        return self.snapshots.pop(0)

    def build(self, key: Key) -> object:
        answer = self.builds.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer


def test_a_snapshot_of_files_that_changed_while_read_is_not_served(folder: Path) -> None:
    here = FeedApp(folder, environ=ENV).current
    assert here is not None
    stale = Snapshot((("activities.toml", 1, 2),), here.settings, dict(here.built), None)
    fresh = Snapshot(here.signature, here.settings, dict(here.built), None)
    answering = _Answering(fresh, stale)
    app = FeedApp(folder, environ=ENV, builder=cast(BuildProcess, answering))
    first = app.current
    assert first is not None
    assert first.built == here.built
    rows = folder / "activities.toml"
    rows.write_text(
        rows.read_text(encoding="utf-8").replace("Redd Barna", "Redd Barna Norge"), encoding="utf-8"
    )
    _bump(rows)
    edited = FeedApp(folder, environ=ENV).current
    assert edited is not None
    answering.snapshots.append(Snapshot(edited.signature, edited.settings, dict(edited.built), None))
    assert not app.refresh()  # the snapshot is of files other than these: the version stays
    assert (app.current, app.failed) == (first, None)
    assert app.refresh()  # the files are read again at the next look, and this time the snapshot is theirs
    assert app.current is not None
    assert app.current.built == edited.built
    assert answering.asked == [[], list(here.built), list(here.built)]  # the feeds it serves, to build again
    assert not app.refresh()  # unchanged files: the build process is not asked again
    assert len(answering.asked) == 3


def test_a_builder_that_does_not_answer_in_time_is_gone(
    builder: BuildProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(builders, "PATIENCE_SECONDS", 0.001)
    with pytest.raises(BuilderGone, match=r"^no answer in 0 s$"):
        builder.refresh(())


def test_a_builder_that_died_is_gone_with_the_reason(builder: BuildProcess) -> None:
    builder._process.kill()
    builder._process.join()
    with pytest.raises(BuilderGone, match=r"^EOFError$"):  # its end of the connection is closed
        builder._receive()
    with pytest.raises(BuilderGone, match=r"^\[Errno 32\] Broken pipe$"):  # and cannot be asked again
        builder.build((Feed("calendar.ics", Visibility.PUBLIC, "nb"), ()))


def test_the_builders_log_lines_name_it(capfd: pytest.CaptureFixture[str], folder: Path) -> None:
    rows = folder / "activities.toml"
    append(rows, BROKEN_ROW)
    process = BuildProcess(folder, ENV)
    try:
        assert process.refresh(()).failed is not None
    finally:
        process.close()
    logged = capfd.readouterr().err
    assert " kssgov.serve (builder): the dataset has errors; still serving the last good version\n" in logged


def test_a_new_filter_while_the_files_have_errors_and_no_records_were_read_here_is_a_503(
    folder: Path,
) -> None:
    here = FeedApp(folder, environ=ENV).current
    assert here is not None
    answering = _Answering(Snapshot(here.signature, here.settings, dict(here.built), None))
    app = FeedApp(folder, environ=ENV, builder=cast(BuildProcess, answering))
    rows = folder / "activities.toml"
    append(rows, BROKEN_ROW)
    assert get(app, "/calendar.ics").status == "200 OK"  # built by the build process before the edit
    filtered = get(app, "/calendar.ics?kind=conference")
    assert (filtered.status, filtered.body) == (
        "503 Service Unavailable",
        b"The dataset has errors; run 'kssgov check' on it.\n",
    )


def test_a_feed_the_build_process_built_from_other_files_is_served_but_not_kept(
    folder: Path, caplog: pytest.LogCaptureFixture
) -> None:
    here = FeedApp(folder, environ=ENV)
    version = here.current
    assert version is not None
    defaults = dict(version.built)
    filtered = get(here, "/calendar.ics?kind=conference")
    served = server.Served(filtered.body, "etag", version.built[next(iter(version.built))].modified)
    older = (("activities.toml", 1, 2),)
    answering = _Answering(
        Snapshot(version.signature, version.settings, defaults, None),
        builds=[(older, served), (version.signature, served), BuilderGone("[Errno 32] Broken pipe")],
    )
    app = FeedApp(folder, environ=ENV, builder=cast(BuildProcess, answering))
    current = app.current
    assert current is not None
    conference = (Feed("calendar.ics", Visibility.PUBLIC, "nb"), (("kind", ("conference",)),))
    assert get(app, "/calendar.ics?kind=conference").body == filtered.body
    assert conference not in current.built  # built from files that are no longer these
    assert get(app, "/calendar.ics?kind=conference").body == filtered.body
    assert current.built[conference] is served
    seminars = get(app, "/calendar.ics?kind=seminar")  # the build process is gone: built here
    assert seminars.body == get(here, "/calendar.ics?kind=seminar").body
    assert "the build process stopped ([Errno 32] Broken pipe); building the feeds here from now on" in [
        r.getMessage() for r in caplog.records
    ]
