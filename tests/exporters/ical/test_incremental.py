"""A rebuild after edits serialises only what changed, and gives the same bytes as a build from nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import cast

import attrs
import hypothesis.strategies as st
from hypothesis import HealthCheck, given, settings
from icalendar import Calendar

from kssgov import Activity, Dataset, DateSpan, ExportRequest, Settings, Status
from kssgov.exporting import for_audience
from kssgov_exporters.ical import feed as feeds
from kssgov_exporters.ical import history
from kssgov_exporters.ical.history import open_history
from kssgov_exporters.ical.options import FeedOptions

from ...exports import request

MOMENT = dt.datetime(2024, 1, 10, 12, tzinfo=dt.UTC)


def activity(number: int, topic: str = "Tema") -> Activity:
    day = dt.date(2024, 1, 1) + dt.timedelta(days=number % 300)
    return Activity(id=f"a{number:04d}", date=DateSpan.day(day), where=f"Møte {number}", topic=topic)


def feed_request(data: Dataset, workspace: Path) -> ExportRequest[FeedOptions]:
    return cast(ExportRequest[FeedOptions], request("ical", data, timestamp=MOMENT, workspace=workspace))


def built(data: Dataset, workspace: Path) -> bytes:
    asked = feed_request(data, workspace)
    return feeds.build(for_audience(data, asked), asked).body


def composed(data: Dataset, workspace: Path) -> bytes:
    """The feed as icalendar composes it from its components, with nothing kept between builds."""
    asked = feed_request(data, workspace)
    narrowed = for_audience(data, asked)
    today = MOMENT.date()
    found = sorted(feeds.entries(narrowed, asked, today), key=lambda e: (e.date.sort_key(), e.uid))
    with open_history(workspace, MOMENT) as history:
        events = []
        for entry in found:
            sequence, modified = history.event(f"{asked.language} {entry.uid}", entry.digest())
            events.append(feeds._event(entry, sequence, modified))
        digest = hashlib.sha256("".join(f"{e.uid}{e.digest()}" for e in found).encode()).hexdigest()
        modified = history.feed(feeds.feed_key(asked), digest)
    calendar: Calendar = feeds._calendar(narrowed, asked, modified)
    for event in events:
        calendar.add_component(event)
    return bytes(calendar.to_ical())


edits = st.lists(
    st.tuples(st.sampled_from(["topic", "cancel", "add", "remove"]), st.integers(0, 59)),
    min_size=1,
    max_size=8,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=edits)
def test_random_edits_give_the_bytes_of_a_full_build(changes: list[tuple[str, int]], tmp_path: Path) -> None:
    data = Dataset(settings=Settings(name="Org", year=2024), activities=tuple(activity(n) for n in range(40)))
    workspace = tmp_path / f"w{len(list(tmp_path.iterdir()))}"
    built(data, workspace)
    for change, number in changes:
        rows = list(data.activities)
        index = next((i for i, a in enumerate(rows) if a.id == f"a{number:04d}"), None)
        if change == "add" and index is None:
            rows.append(activity(number))
        elif change == "remove" and index is not None:
            rows.pop(index)
        elif change == "topic" and index is not None:
            rows[index] = attrs.evolve(rows[index], topic=f"Nytt tema {len(changes)}")
        elif change == "cancel" and index is not None:
            rows[index] = attrs.evolve(rows[index], status=Status.CANCELLED)
        data = attrs.evolve(data, activities=tuple(rows))
        incremental = built(data, workspace)
        assert incremental == composed(data, workspace)
        history._LOADED.clear()  # the history read again from its file: every event made anew
        assert built(data, workspace) == incremental


def test_an_unchanged_event_is_not_serialised_again(tmp_path: Path) -> None:
    data = Dataset(settings=Settings(name="Org", year=2024), activities=tuple(activity(n) for n in range(20)))
    built(data, tmp_path)
    kept = dict(history._LOADED[tmp_path / history.FILE].serialised)
    assert len(kept) == 20
    changed = attrs.evolve(
        data, activities=(attrs.evolve(data.activities[0], topic="Endret"), *data.activities[1:])
    )
    built(changed, tmp_path)
    now = history._LOADED[tmp_path / history.FILE].serialised
    assert [key for key in now if now[key] is not kept[key]] == ["nb a0000@org.kssgov"]
    assert b"SEQUENCE:1\r\n" in now["nb a0000@org.kssgov"][1]


def test_an_event_whose_history_another_process_changed_is_made_again(tmp_path: Path) -> None:
    data = Dataset(settings=Settings(name="Org", year=2024), activities=(activity(1),))
    assert b"SEQUENCE:0\r\n" in built(data, tmp_path)
    path = tmp_path / history.FILE
    written = json.loads(path.read_text(encoding="utf-8"))
    written["events"]["nb a0001@org.kssgov"]["sequence"] = 7
    replacement = tmp_path / "replacement.json"
    replacement.write_text(json.dumps(written), encoding="utf-8")
    replacement.replace(path)
    assert b"SEQUENCE:7\r\n" in built(data, tmp_path)
