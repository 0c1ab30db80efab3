"""The values a subscriber's calendar shows, each checked: not only that a property exists.

Written for the survivors of a mutation run: an ordinary event must stay
CONFIRMED, OPAQUE and under its own name; the grace period ends on its last
day; filtered feeds keep histories of their own; the calendar's header says
exactly what it should.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import icalendar
import pytest

from kssgov import (
    ActivityKind,
    Consultation,
    ConsultationStatus,
    Dataset,
    DateSpan,
    InvalidValueError,
    PluginError,
    Settings,
    Status,
)
from kssgov.messages import Phrase
from kssgov_exporters.ical import feed as feeds
from kssgov_exporters.ical.history import History
from kssgov_exporters.ical.options import FeedOptions

from ...exports import export, request
from ...feeds import assert_sound_feed
from .test_feed import events, feed, timed

MOMENT = dt.datetime(2024, 1, 10, 12, 0, tzinfo=dt.UTC)
SETTINGS = Settings(name="Krisesentersekretariatet", year=2024)


def test_an_ordinary_event_is_confirmed_busy_and_named_as_recorded(example: Dataset) -> None:
    event = events(feed(attrs.evolve(example, activities=(timed(),))))["timed"]
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["TRANSP"]) == "OPAQUE"
    assert str(event["SUMMARY"]) == "Styremøte"
    assert str(event["DESCRIPTION"]) == "Budsjett"
    assert str(event["LOCATION"]) == "Mariboes gate 13, Oslo"
    assert str(event["URL"]) == "https://example.org/moter/1"
    assert event.categories == ["Møte"]
    assert event.decoded("SEQUENCE") == 0
    assert event.decoded("DTSTAMP") == event.decoded("LAST-MODIFIED") == MOMENT


def test_a_cancelled_event_is_free_time_and_says_so() -> None:
    data = Dataset(settings=SETTINGS, activities=(timed("off", status=Status.CANCELLED),))
    event = events(feed(data))["off"]
    assert (str(event["STATUS"]), str(event["TRANSP"]), str(event["SUMMARY"])) == (
        "CANCELLED",
        "TRANSPARENT",
        "AVLYST: Styremøte",
    )
    english = events(feed(data, language="en"))["off"]
    assert str(english["SUMMARY"]) == "CANCELLED: Styremøte"


def test_the_grace_period_ends_on_its_last_day() -> None:
    off = timed("off", date=DateSpan.parse("1.3.2024"), status=Status.CANCELLED)
    data = Dataset(settings=SETTINGS, activities=(off,))
    last = dt.datetime(2024, 3, 31, 12, tzinfo=dt.UTC)
    assert "off" in events(feed(data, timestamp=last))
    assert "off" not in events(feed(data, timestamp=last + dt.timedelta(days=1)))
    assert "off" in events(feed(data, timestamp=last + dt.timedelta(days=1), grace_days=31))


def test_a_withdrawn_consultation_deadline_is_marked_and_free_time() -> None:
    hearing = Consultation(
        id="h",
        issuer="Justis- og beredskapsdepartementet",
        title="Endringer i krisesenterloven",
        deadline=dt.date(2024, 3, 1),
        status=ConsultationStatus.WITHDRAWN,
    )
    event = events(feed(Dataset(settings=SETTINGS, consultations=(hearing,))))["h-deadline"]
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["SUMMARY"]) == "TRUKKET: Høringsfrist: Endringer i krisesenterloven"
    assert str(event["DESCRIPTION"]) == "Høring fra Justis- og beredskapsdepartementet."


def test_the_calendar_header_holds_exact_values(example: Dataset) -> None:
    calendar = feed(example)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//kssgov//Krisesentersekretariatet//NB"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Oslo"
    assert calendar.decoded("REFRESH-INTERVAL") == dt.timedelta(hours=1)
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"]) == "Krisesentersekretariatet – møter"
    english = feed(example, language="en")
    assert str(english["PRODID"]) == "-//kssgov//Krisesentersekretariatet//EN"


def test_each_filtered_feed_keeps_a_history_of_its_own(example: Dataset, tmp_path: Path) -> None:
    export("ical", example, timestamp=MOMENT, workspace=tmp_path)
    export("ical", example, timestamp=MOMENT, workspace=tmp_path, kinds=(ActivityKind.MEETING,))
    export("ical", example, timestamp=MOMENT, workspace=tmp_path, language="en")
    history = json.loads((tmp_path / "feed-history.json").read_text(encoding="utf-8"))
    assert len(history["feeds"]) == 3


def test_the_calendar_names_and_describes_itself_and_says_how_often_to_look(example: Dataset) -> None:
    calendar = feed(example, refresh_minutes=90)
    assert calendar["DESCRIPTION"].to_ical() == calendar["X-WR-CALDESC"].to_ical()
    assert "Krisesentersekretariatet" in str(calendar["DESCRIPTION"])
    assert calendar.decoded("REFRESH-INTERVAL") == dt.timedelta(minutes=90)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert calendar["X-PUBLISHED-TTL"].to_ical() == b"PT1H30M"
    assert calendar.decoded("LAST-MODIFIED") == MOMENT
    own = {"name": "Møter i KSS", "description": "Alt vi deltar i"}
    named = assert_sound_feed(export("ical", example, timestamp=MOMENT, options=own))
    assert (str(named["NAME"]), str(named["X-WR-CALNAME"])) == ("Møter i KSS", "Møter i KSS")
    assert (named["DESCRIPTION"].to_ical(), named["X-WR-CALDESC"].to_ical()) == (b"Alt vi deltar i",) * 2


def test_a_rebuild_serialises_only_the_events_that_changed(
    example: Dataset, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data = attrs.evolve(example, activities=(timed("one"), timed("two", date=DateSpan.parse("13.3.2024"))))
    first = export("ical", data, timestamp=MOMENT, workspace=tmp_path)
    made: list[str] = []
    event = feeds._event

    def counted(entry: feeds.Entry, sequence: int, modified: dt.datetime) -> icalendar.Event:
        made.append(entry.uid)
        return event(entry, sequence, modified)

    monkeypatch.setattr(feeds, "_event", counted)
    assert export("ical", data, timestamp=MOMENT, workspace=tmp_path) == first
    assert made == []
    changed = attrs.evolve(data, activities=(timed("one", topic="Regnskap"), data.activities[1]))
    export("ical", changed, timestamp=MOMENT, workspace=tmp_path)
    assert [uid.split("@")[0] for uid in made] == ["one"]


def test_the_time_zone_is_described_from_the_year_before_the_first_event_to_the_year_after_the_last(
    example: Dataset,
) -> None:
    rows = (timed("first", date=DateSpan.parse("1.6.2024 kl. 10.00-11.00")), timed("last"))
    raw = export("ical", attrs.evolve(example, activities=rows), timestamp=MOMENT)
    assert b"COMMENT:This timezone only works from 2023-01-01 to 2025-12-31." in raw


@pytest.mark.parametrize(
    ("name", "short_name", "domain"),
    [
        ("Krisesentersekretariatet", None, "krisesentersekretariatet.kssgov"),
        ("Krisesentersekretariatet", "-KSS (Norge)-", "kss-norge.kssgov"),
        ("Ærø Åsane", None, "r-sane.kssgov"),
        ("ÆØÅ", None, "organisation.kssgov"),
    ],
)
def test_the_uids_domain_is_made_from_the_organisations_name(
    name: str, short_name: str | None, domain: str
) -> None:
    data = Dataset(settings=Settings(name=name, short_name=short_name, year=2024))
    assert feeds.feed_domain(data, FeedOptions()) == domain
    assert feeds.feed_domain(data, FeedOptions(domain="example.org")) == "example.org"


@pytest.mark.parametrize(
    ("domain", "usable"),
    [
        ("kss.no", True),
        ("kalender.krisesenter-sekretariatet.no", True),
        ("x", True),
        (".".join(["a" * 63] * 4)[:253], True),
        (".".join(["a" * 63] * 4)[:254], False),
        ("a" * 64 + ".no", False),
        ("kss .no", False),
        ("-kss.no", False),
        ("kss-.no", False),
        ("kss..no", False),
        ("krisesenter.no/kalender", False),
        ("", False),
    ],
)
def test_the_uids_domain_must_be_a_domain(domain: str, usable: bool) -> None:
    if usable:
        assert FeedOptions(domain=domain).domain == domain
        return
    with pytest.raises(InvalidValueError) as caught:
        FeedOptions(domain=domain)
    assert (caught.value.code, caught.value.field, caught.value.params) == (
        "url.invalid",
        "domain",
        {"value": domain},
    )


@pytest.mark.parametrize("field", ["bodies", "alliances"])
def test_a_filter_that_is_no_id_is_refused_with_its_value(field: str) -> None:
    values = ("styret", "Styret i KSS")
    with pytest.raises(InvalidValueError) as caught:
        FeedOptions(bodies=values) if field == "bodies" else FeedOptions(alliances=values)
    assert (caught.value.code, caught.value.field, caught.value.params["value"]) == (
        "id.malformed",
        field,
        "Styret i KSS",
    )


def test_a_filter_naming_no_body_says_which_there_are(example: Dataset) -> None:
    with pytest.raises(PluginError) as caught:
        feeds.check_filters(example, FeedOptions(bodies=("no-such-body",)))
    params = caught.value.params
    assert params["value"] == "no-such-body"
    assert isinstance(params["kind"], Phrase)
    assert params["kind"].key() == Phrase("table.body").key()
    assert params["known"] == ", ".join(sorted(b.id for b in example.bodies))


def test_an_event_gone_from_the_feed_leaves_the_later_ones_in_it() -> None:
    gone = timed("gone", date=DateSpan.parse("1.1.2024"), status=Status.CANCELLED)
    later = timed("later", date=DateSpan.parse("2.1.2024"))
    spring = dt.datetime(2024, 3, 1, tzinfo=dt.UTC)
    found = events(feed(Dataset(settings=SETTINGS, activities=(gone, later)), timestamp=spring))
    assert list(found) == ["later"]


def test_the_annual_meeting_is_described_and_filed_as_recorded(example: Dataset) -> None:
    agm = events(feed(example))["arsmote-2023"]
    assert agm.categories == ["Årsmøte"]
    assert str(agm["DESCRIPTION"]) == example.agms[0].description


def _hearing(id: str, deadline: dt.date | None, **changes: object) -> Consultation:
    values: dict[str, object] = {
        "id": id,
        "issuer": "Barne- og familiedepartementet",
        "title": f"Høring {id}",
        "deadline": deadline,
        "url": f"https://example.org/horinger/{id}",
        **changes,
    }
    return Consultation(**values)  # type: ignore[arg-type]


def test_a_consultation_deadline_is_filed_linked_and_leaves_the_day_free() -> None:
    data = Dataset(settings=SETTINGS, consultations=(_hearing("h", dt.date(2024, 3, 1)),))
    event = events(feed(data))["h-deadline"]
    assert event.categories == ["Høringsfrist"]
    assert str(event["URL"]) == "https://example.org/horinger/h"
    assert (str(event["STATUS"]), str(event["TRANSP"])) == ("CONFIRMED", "TRANSPARENT")
    assert event.decoded("DTSTART") == dt.date(2024, 3, 1)
    english = events(feed(data, language="en"))["h-deadline"]
    assert english.categories == ["Consultation deadline"]
    assert str(english["SUMMARY"]) == "Consultation deadline: Høring h"
    assert str(english["DESCRIPTION"]) == "Consultation by Barne- og familiedepartementet."


def test_a_consultation_without_a_deadline_leaves_the_deadlines_after_it() -> None:
    hearings = (_hearing("none", None), _hearing("later", dt.date(2024, 3, 1)))
    found = events(feed(Dataset(settings=SETTINGS, consultations=hearings)))
    assert list(found) == ["later-deadline"]


def test_a_withdrawn_deadline_leaves_the_feed_when_its_grace_is_over() -> None:
    hearings = (
        _hearing("withdrawn", dt.date(2024, 1, 2), status=ConsultationStatus.WITHDRAWN),
        _hearing("open", dt.date(2024, 1, 3)),
    )
    data = Dataset(settings=SETTINGS, consultations=hearings)
    assert list(events(feed(data, timestamp=dt.datetime(2024, 2, 1, 12, tzinfo=dt.UTC)))) == [
        "withdrawn-deadline",
        "open-deadline",
    ]
    after = events(feed(data, timestamp=dt.datetime(2024, 2, 2, 12, tzinfo=dt.UTC)))
    assert list(after) == ["open-deadline"]


def test_the_grace_period_is_counted_in_the_organisations_own_days() -> None:
    off = timed("off", date=DateSpan.parse("1.3.2024"), status=Status.CANCELLED)
    data = Dataset(settings=SETTINGS, activities=(off,))
    # 31 March 2024, 22:30 UTC is already 1 April in Oslo (summer time): the 30 days are over there.
    late = dt.datetime(2024, 3, 31, 22, 30, tzinfo=dt.UTC)
    assert "off" not in events(feed(data, timestamp=late))
    assert "off" in events(feed(data, timestamp=late - dt.timedelta(minutes=31)))


def test_a_period_given_only_by_its_last_day_starts_with_the_report_year() -> None:
    rows = (
        timed("december", date=DateSpan.parse("12.12.2023")),
        timed("january", date=DateSpan.parse("12.1.2024")),
        timed("july", date=DateSpan.parse("1.7.2024")),
    )
    data = Dataset(settings=SETTINGS, activities=rows)
    assert list(events(feed(data, last=dt.date(2024, 6, 30)))) == ["january"]
    assert list(events(feed(data))) == ["december", "january", "july"]


def test_a_build_given_a_history_takes_its_present_from_it(example: Dataset) -> None:
    off = timed("off", date=DateSpan.parse("1.1.2024"), status=Status.CANCELLED)
    data = Dataset(settings=SETTINGS, activities=(off, timed()))
    asked = request("ical", data, timestamp=MOMENT)
    assert "off" in events(assert_sound_feed(feeds.build(data, asked).body))  # type: ignore[arg-type]
    april = dt.datetime(2024, 4, 2, 8, tzinfo=dt.UTC)
    built = feeds.build(data, asked, History({}, april))  # type: ignore[arg-type]
    assert built.modified == april
    calendar = assert_sound_feed(built.body)
    assert list(events(calendar)) == ["timed"]
    assert calendar.decoded("LAST-MODIFIED") == april


def test_a_filter_naming_no_alliance_says_so_and_that_there_are_none() -> None:
    with pytest.raises(PluginError) as caught:
        feeds.check_filters(Dataset(settings=SETTINGS), FeedOptions(alliances=("no-such-alliance",)))
    params = caught.value.params
    assert params["kind"].key() == Phrase("table.alliance").key()
    assert (params["value"], params["known"]) == ("no-such-alliance", "-")
    assert caught.value.render("en") == (
        "there is no alliance 'no-such-alliance' in this feed; use the id of one: -"
    )


def test_deadlines_are_left_out_of_a_bodys_feed_and_kept_to_the_period_asked(example: Dataset) -> None:
    hearings = (_hearing("winter", dt.date(2024, 2, 1)), _hearing("autumn", dt.date(2024, 10, 1)))
    data = attrs.evolve(example, consultations=hearings)
    body = example.bodies[0].id
    assert [uid for uid in events(feed(data, bodies=(body,))) if uid.endswith("-deadline")] == []
    spring = events(feed(data, first=dt.date(2024, 1, 1), last=dt.date(2024, 6, 30)))
    assert [uid for uid in spring if uid.endswith("-deadline")] == ["winter-deadline"]
