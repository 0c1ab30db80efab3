"""The calendar feed: accepted by strict parsers, stable for subscribers, private where it must be."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import icalendar
import pytest

from kssgov import (
    Activity,
    ActivityKind,
    Consultation,
    Dataset,
    DateSpan,
    Language,
    PluginError,
    Status,
    Visibility,
)

from ...exports import export
from ...feeds import assert_sound_feed

MOMENT = dt.datetime(2024, 1, 10, 12, 0, tzinfo=dt.UTC)


def feed(
    dataset: Dataset,
    timestamp: dt.datetime = MOMENT,
    language: Language = "nb",
    audience: Visibility = Visibility.PUBLIC,
    **options: object,
) -> icalendar.Calendar:
    raw = export("ical", dataset, timestamp=timestamp, language=language, audience=audience, options=options)
    return assert_sound_feed(raw)


def events(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(e["UID"]).split("@")[0]: e for e in calendar.events}


def timed(id: str = "timed", **changes: object) -> Activity:
    values: dict[str, object] = {
        "id": id,
        "date": DateSpan.parse("12.3.2024 kl. 10.00-12.00"),
        "where": "Styremøte",
        "topic": "Budsjett",
        "venue": "Mariboes gate 13, Oslo",
        "url": "https://example.org/moter/1",
        **changes,
    }
    return Activity(**values)  # type: ignore[arg-type]


def test_the_example_feed_is_sound_and_complete(example: Dataset) -> None:
    calendar = feed(example)
    found = events(calendar)
    assert len(found) == 44 + 1
    assert str(calendar["X-WR-CALNAME"]) == "Krisesentersekretariatet – møter"
    agm = found["arsmote-2023"]
    assert str(agm["SUMMARY"]) == "Årsmøte 2023"
    assert str(agm["LOCATION"]) == "Scandic Lillestrøm"


@pytest.mark.parametrize(
    ("audience", "language", "name"),
    [
        (Visibility.MEMBERS, "nb", "Krisesentersekretariatet – møter for medlemmer"),
        (Visibility.BOARD, "nb", "Krisesentersekretariatet – møter for styret"),
        (Visibility.PUBLIC, "en", "Krisesentersekretariatet – meetings"),
        (Visibility.MEMBERS, "en", "Krisesentersekretariatet – meetings for members"),
        (Visibility.BOARD, "en", "Krisesentersekretariatet – meetings for the board"),
    ],
)
def test_a_narrower_audiences_calendar_is_named_apart_from_the_public_one(
    example: Dataset, audience: Visibility, language: Language, name: str
) -> None:
    calendar = feed(example, audience=audience, language=language)
    assert (str(calendar["NAME"]), str(calendar["X-WR-CALNAME"])) == (name, name)


@pytest.mark.parametrize(
    ("audience", "language", "name"),
    [
        (Visibility.PUBLIC, "nb", "KSS-kalenderen"),
        (Visibility.MEMBERS, "nb", "KSS-kalenderen – for medlemmer"),
        (Visibility.BOARD, "en", "KSS-kalenderen – for the board"),
    ],
)
def test_a_calendar_named_in_the_settings_keeps_its_audiences_apart(
    example: Dataset, audience: Visibility, language: Language, name: str
) -> None:
    calendar = feed(example, audience=audience, language=language, name="KSS-kalenderen")
    assert (str(calendar["NAME"]), str(calendar["X-WR-CALNAME"])) == (name, name)


def test_all_day_ranges_end_exclusively(example: Dataset) -> None:
    event = events(feed(example))["2023-02-07-forum-jamstalldhet"]
    assert event.decoded("DTSTART") == dt.date(2023, 2, 7)
    assert event.decoded("DTEND") == dt.date(2023, 2, 9)
    assert str(event["LOCATION"]) == "Malmø"
    assert event.categories == ["Konferanse"]


def test_timed_events_carry_their_zone(example: Dataset) -> None:
    data = attrs.evolve(example, activities=(timed(),))
    raw = export("ical", data, timestamp=MOMENT)
    assert b"DTSTART;TZID=Europe/Oslo:20240312T100000" in raw
    assert b"DTEND;TZID=Europe/Oslo:20240312T120000" in raw
    assert b"BEGIN:VTIMEZONE\r\nTZID:Europe/Oslo" in raw
    event = events(assert_sound_feed(raw))["timed"]
    assert str(event["URL"]) == "https://example.org/moter/1"
    assert str(event["DESCRIPTION"]) == "Budsjett"


def test_consultation_deadlines_are_all_day_events(example: Dataset) -> None:
    hearing = Consultation(
        id="h", issuer="Justis- og beredskapsdepartementet", title="Ny lov", deadline=dt.date(2024, 2, 1)
    )
    calendar = feed(attrs.evolve(example, consultations=(hearing,)))
    event = events(calendar)["h-deadline"]
    assert str(event["SUMMARY"]) == "Høringsfrist: Ny lov"
    assert event.decoded("DTEND") == dt.date(2024, 2, 2)
    assert str(event["TRANSP"]) == "TRANSPARENT"


def test_english(example: Dataset) -> None:
    calendar = feed(example, language="en")
    assert str(calendar["NAME"]) == "Krisesentersekretariatet – meetings"
    assert str(events(calendar)["arsmote-2023"]["SUMMARY"]) == "Annual meeting 2023"


def test_a_public_feed_never_holds_a_narrower_record(example: Dataset) -> None:
    members = timed("members-only", visibility=Visibility.MEMBERS)
    board = timed("board-only", visibility=Visibility.BOARD)
    data = attrs.evolve(example, activities=(*example.activities, members, board))
    assert {"members-only", "board-only"}.isdisjoint(events(feed(data)))
    assert "board-only" not in events(feed(data, audience=Visibility.MEMBERS))
    assert "members-only" in events(feed(data, audience=Visibility.MEMBERS))
    assert {"members-only", "board-only"} <= set(events(feed(data, audience=Visibility.BOARD)))


def test_filters(example: Dataset) -> None:
    assert set(events(feed(example, alliances=("fokus",)))) == {
        "2023-09-14-fokus-arbeidsgruppe",
        "2023-10-12-fokus-arbeidsgruppe",
        "2023-11-09-fokus-arbeidsgruppe",
    }
    hearings = events(feed(example, kinds=(ActivityKind.ORAL_HEARING,)))
    assert list(hearings) == ["2023-10-26-justiskomiteen-statsbudsjettet"]
    assert list(events(feed(example, bodies=("arsmotet",)))) == ["arsmote-2023"]
    earlier = attrs.evolve(example.activities[0], id="earlier", date=DateSpan.parse("6.1.2022"))
    data = attrs.evolve(example, activities=(*example.activities, earlier))
    assert list(events(feed(data, year=2022))) == ["earlier"]


def test_a_cancelled_event_stays_marked_for_the_grace_period_then_drops_out(example: Dataset) -> None:
    cancelled = timed("off", date=DateSpan.parse("1.3.2024"), status=Status.CANCELLED)
    data = attrs.evolve(example, activities=(cancelled,))
    within = events(feed(data, timestamp=dt.datetime(2024, 3, 20, tzinfo=dt.UTC)))["off"]
    assert str(within["STATUS"]) == "CANCELLED"
    assert str(within["SUMMARY"]) == "AVLYST: Styremøte"
    assert "off" not in events(feed(data, timestamp=dt.datetime(2024, 4, 5, tzinfo=dt.UTC)))
    assert "off" in events(feed(data, timestamp=dt.datetime(2024, 4, 5, tzinfo=dt.UTC), grace_days=60))
    with pytest.raises(PluginError, match="--grace-days: 'soon' has the wrong type: expected a whole number"):
        export("ical", data, grace_days="soon")


def test_the_same_data_gives_the_same_bytes(example: Dataset) -> None:
    assert export("ical", example, timestamp=MOMENT) == export("ical", example, timestamp=MOMENT)


def test_sequence_and_last_modified_rise_with_each_change_and_never_fall(
    example: Dataset, tmp_path: Path
) -> None:
    original = timed()
    data = attrs.evolve(example, activities=(original,))

    def state(dataset: Dataset, moment: dt.datetime) -> tuple[int, dt.datetime, dt.datetime, bytes]:
        raw = export("ical", dataset, timestamp=moment, workspace=tmp_path)
        calendar = assert_sound_feed(raw)
        event = events(calendar)["timed"]
        return event.sequence, event.decoded("LAST-MODIFIED"), calendar.decoded("LAST-MODIFIED"), raw

    first = state(data, MOMENT)
    assert first[:3] == (0, MOMENT, MOMENT)
    later = MOMENT + dt.timedelta(days=1)
    unchanged = state(data, later)
    assert unchanged == first
    moved = attrs.evolve(
        data, activities=(attrs.evolve(original, date=DateSpan.parse("13.3.2024 kl. 10.00-12.00")),)
    )
    after_move = state(moved, later)
    assert after_move[:3] == (1, later, later)
    earlier_clock = MOMENT - dt.timedelta(days=30)
    renamed = attrs.evolve(
        moved, activities=(attrs.evolve(moved.activities[0], where="Ekstraordinært styremøte"),)
    )
    after_rename = state(renamed, earlier_clock)
    assert after_rename[0] == 2
    assert after_rename[1] >= later
    assert after_rename[2] >= later
    assert events(assert_sound_feed(after_rename[3]))["timed"]["UID"] == "timed@kss.kssgov"


def test_the_feeds_in_two_languages_keep_their_own_sequences(example: Dataset, tmp_path: Path) -> None:
    """Subscribers of the Norwegian and the English feed, built in turn from one workspace, see no change."""
    data = attrs.evolve(example, activities=(timed(),))
    seen = []
    languages: tuple[Language, ...] = ("nb", "en", "nb", "en")
    for day, language in enumerate(languages):
        raw = export(
            "ical", data, timestamp=MOMENT + dt.timedelta(days=day), language=language, workspace=tmp_path
        )
        event = events(assert_sound_feed(raw))["timed"]
        seen.append((language, event.sequence, event.decoded("LAST-MODIFIED")))
    assert seen == [("nb", 0, MOMENT), ("en", 0, MOMENT + dt.timedelta(days=1))] * 2


def test_a_damaged_history_is_reported(example: Dataset, tmp_path: Path) -> None:
    (tmp_path / "feed-history.json").write_text("{ not json")
    with pytest.raises(PluginError, match="feed history"):
        export("ical", example, workspace=tmp_path)
