"""Loading, saving and the converter: what is saved loads back equal; writes are atomic."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
import tomllib
from pathlib import Path

import pytest
import tomlkit
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kssgov
from kssgov import Activity, AgmBound, Dataset, DateSpan, Record, Role, Settings, Term
from kssgov.files import toml_text
from kssgov.files._toml import entry_text, record_table
from kssgov.files.atomic import write_text
from kssgov.files.converter import make_converter, structure_span, unstructure_span
from kssgov.model.dates import PartialDate
from kssgov.model.staff import Staff
from kssgov.problems import Location

from ..conftest import write_dataset
from ..strategies import activities, days, ids, spans, texts


def test_saving_the_example_and_loading_it_again_gives_equal_records(
    example: Dataset, tmp_path: Path
) -> None:
    written = kssgov.save(example, tmp_path / "copy")
    again = kssgov.load(tmp_path / "copy")
    assert again == example
    assert {p.name for p in written} >= {"kssgov.toml", "activities.toml", "terms.toml"}


def test_saved_files_are_short_and_readable(example: Dataset, tmp_path: Path) -> None:
    kssgov.save(example, tmp_path)
    text = (tmp_path / "activities.toml").read_text(encoding="utf-8")
    assert 'date = "7.-8.2.2023"' in text
    assert "date = 2023-01-06" in text
    assert 'visibility = "public"' not in text
    terms = (tmp_path / "terms.toml").read_text(encoding="utf-8")
    assert "start = {agm = 2023}" in terms


def test_records_built_in_python_can_be_saved(tmp_path: Path) -> None:
    data = Dataset(
        settings=Settings(name="Org", year=2024),
        activities=(
            Activity(
                id="a",
                date=DateSpan.timed(dt.datetime(2024, 3, 1, 10), dt.datetime(2024, 3, 1, 12)),
                where="Stortinget",
                topic="Høring",
            ),
        ),
    )
    kssgov.save(data, tmp_path)
    assert kssgov.load(tmp_path) == data


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(activities(), max_size=5, unique_by=lambda a: a.id))
def test_any_activities_round_trip_through_files(tmp_path: Path, rows: list[Activity]) -> None:
    data = Dataset(settings=Settings(name="Org", year=2023), activities=tuple(rows))
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    kssgov.save(data, folder)
    result = kssgov.check(folder)
    assert result.errors == ()
    assert result.dataset is not None and result.dataset.activities == data.activities


@given(spans)
def test_span_unstructure_structure_round_trip(span: DateSpan) -> None:
    assert structure_span(unstructure_span(span, span.timezone), span.timezone) == span


def test_the_converter_is_strict() -> None:
    converter = make_converter()
    with pytest.raises(ClassValidationError) as caught:
        converter.structure({"id": "a", "date": "6.1.2023", "where": 5, "topic": "t"}, Activity)
    assert "wrong type" in str(caught.value.exceptions[0])
    with pytest.raises(ClassValidationError) as caught:
        converter.structure({"id": "a", "date": "6.1.2023", "where": "w", "topic": "t", "x": 1}, Activity)
    assert isinstance(caught.value.exceptions[0], ForbiddenExtraKeysError)


def test_spans_as_tables_with_their_own_zone() -> None:
    span = structure_span(
        {"start": dt.datetime(2023, 5, 1, 9), "end": dt.datetime(2023, 5, 1, 10), "timezone": "UTC"}
    )
    assert span.timezone == "UTC"
    assert unstructure_span(span, "Europe/Oslo") == {
        "start": dt.datetime(2023, 5, 1, 9),
        "end": dt.datetime(2023, 5, 1, 10),
        "timezone": "UTC",
    }


def test_a_span_given_as_a_span_is_kept_with_its_zone() -> None:
    span = DateSpan.parse("7.2.2023 kl. 10.00-12.00", "America/New_York")
    assert structure_span(span, "Europe/Oslo") is span
    row = kssgov.files.converter.structure(
        {"id": "x", "date": span, "where": "w", "topic": "t"}, Activity, "Europe/Oslo"
    )
    assert row.date is span


def test_missing_ids_get_a_stable_provisional_id_and_a_warning(tmp_path: Path) -> None:
    row = '[[activity]]\ndate = 2023-02-07\nwhere = "Stortinget"\ntopic = "Budsjett"\n'
    folder = write_dataset(tmp_path / "d", {"a.toml": row + "\n" + row})
    first, second = kssgov.check(folder), kssgov.check(folder)
    assert [p.code for p in first.warnings] == ["lint.missing_id", "lint.missing_id"]
    assert first.dataset is not None and second.dataset is not None
    ids = [a.id for a in first.dataset.activities]
    assert ids == [a.id for a in second.dataset.activities]
    assert ids == ["activity-4ca40c6d3d", "activity-4ca40c6d3d-2"]
    file = str(folder / "a.toml")
    assert first.dataset.locations == {ids[0]: Location(file, 1), ids[1]: Location(file, 6)}
    assert [p.render("en") for p in first.warnings] == [
        f"{file}:{line}: warning: field 'id': this activity has no id; it was given the temporary id "
        f"'{id}'. Run 'kssgov fmt' or add id = \"...\" so that links and calendar entries stay stable."
        for line, id in ((1, ids[0]), (6, ids[1]))
    ]


def test_files_in_subfolders_are_read_and_hidden_ones_skipped(tmp_path: Path) -> None:
    row = '[[activity]]\nid = "{}"\ndate = 2023-02-07\nwhere = "w"\ntopic = "t"\n'
    folder = write_dataset(tmp_path / "d", {})
    (folder / "2023").mkdir()
    (folder / "2023" / "a.toml").write_text(row.format("a"))
    (folder / ".git").mkdir()
    (folder / ".git" / "b.toml").write_text("not toml at all [")
    assert [a.id for a in kssgov.load(folder).activities] == ["a"]


def test_an_empty_dataset_is_valid(tmp_path: Path) -> None:
    data = kssgov.load(write_dataset(tmp_path / "d", {}))
    assert data.activities == ()


def test_atomic_write_replaces_whole_files_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "f.toml"
    target.write_text("old")
    target.chmod(0o640)
    write_text(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["f.toml"]


def test_a_failed_atomic_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "f.toml"
    target.write_text("old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.toml"]


@st.composite
def terms_of_any_kind(draw: st.DrawFn) -> Term:
    """Terms with the values tomlkit writes in other ways: inline tables, lists, dates."""
    start = draw(st.one_of(st.none(), st.builds(AgmBound, st.integers(1900, 2199)), days))
    return Term(
        id=draw(ids),
        body="styret",
        person=draw(texts.filter(lambda t: "\n" not in t and t.strip() == t and t != "")),
        role=Role.MEMBER,
        start=start,
        sources=tuple(draw(st.lists(texts, max_size=3))),
        note=draw(st.one_of(st.none(), texts)),
    )


@settings(max_examples=300, deadline=None)
@given(record=st.one_of(activities(), terms_of_any_kind()))
def test_an_entry_is_written_exactly_as_tomlkit_writes_it(record: Record) -> None:
    converter = make_converter("Europe/Oslo")
    table = record.table
    document = tomlkit.document()
    array = tomlkit.aot()
    array.append(record_table(record, converter))
    document.append(table, array)
    assert entry_text(table, record, converter) == tomlkit.dumps(document).strip("\n") + "\n"


@pytest.mark.parametrize(
    "topic",
    ['Sa "ja" til loven', "C:\\mapper\\rapport", "Linje én\nlinje to\tmed tabulator", "Ærlig\u00a0talt"],
)
def test_text_needing_escapes_is_written_exactly_as_tomlkit_writes_it(topic: str) -> None:
    record = Activity(id="a", date=DateSpan.parse("1.1.2024"), where="W", topic=topic, consultation=None)
    converter = make_converter("Europe/Oslo")
    document = tomlkit.document()
    array = tomlkit.aot()
    array.append(record_table(record, converter))
    document.append("activity", array)
    written = entry_text("activity", record, converter)
    assert written == tomlkit.dumps(document).strip("\n") + "\n"
    assert tomlkit.loads(written)["activity"][0]["topic"] == topic


def test_yes_and_no_are_written_as_toml_booleans() -> None:
    converter = make_converter("Europe/Oslo")
    temporary = Staff(id="s", person="P", title="Rådgiver", temporary=True)
    assert "temporary = true" in entry_text("staff", temporary, converter)
    with pytest.raises(TypeError, match="no TOML form for"):
        toml_text.inline(object())


def test_a_value_from_a_file_is_shown_on_one_line_as_toml_writes_it() -> None:
    value = {
        "flags": [True, False],
        "count": 3,
        "share": 0.5,
        "text": 'sa "hei"\tog\\gikk\n',
        "day": dt.date(2023, 2, 7),
        "at": dt.time(10, 30),
    }
    assert str(toml_text.AsWritten(value)) == (
        '{flags = [true, false], count = 3, share = 0.5, text = "sa \\"hei\\"\\tog\\\\gikk\\n", '
        "day = 2023-02-07, at = 10:30:00}"
    )
    assert tomllib.loads(f"x = {toml_text.inline(value)}")["x"] == value


def test_a_provisional_id_is_the_same_whatever_the_order_of_the_fields(tmp_path: Path) -> None:
    one = '[[activity]]\ndate = 2023-02-07\nwhere = "Stortinget"\ntopic = "Budsjett"\n'
    other = '[[activity]]\ntopic = "Budsjett"\nwhere = "Stortinget"\ndate = 2023-02-07\n'
    different = '[[activity]]\ndate = 2023-02-08\nwhere = "Stortinget"\ntopic = "Budsjett"\n'
    folder = write_dataset(tmp_path / "d", {"a.toml": one})
    loaded = kssgov.check(folder).dataset
    assert loaded is not None
    (first,) = [a.id for a in loaded.activities]
    assert re.fullmatch(r"activity-[0-9a-f]{10}", first)
    (folder / "a.toml").write_text(other + "\n" + different + "\n" + one + "\n" + one, encoding="utf-8")
    again = kssgov.check(folder).dataset
    assert again is not None
    ids = [a.id for a in again.activities]
    assert ids[0] == first and ids[2:] == [f"{first}-2", f"{first}-3"]
    assert re.fullmatch(r"activity-[0-9a-f]{10}", ids[1]) and ids[1] != first


def test_save_makes_the_folder_writes_every_table_and_the_exporters_settings(tmp_path: Path) -> None:
    settings = Settings(name="Org", year=2024, sections={"feed": {"grace_days": 10}})
    staff = Staff(
        id="s", person="P", title="Rådgiver", start=PartialDate(2023, 9, 1), end=PartialDate(2024, 6)
    )
    data = Dataset(settings=settings, members=(), staff=(staff,))
    written = kssgov.save(data, tmp_path / "nested" / "copy")
    folder = tmp_path / "nested" / "copy"
    assert [p.name for p in written] == ["kssgov.toml", "staff.toml"]
    assert "[feed]\ngrace_days = 10" in (folder / "kssgov.toml").read_text(encoding="utf-8")
    text = (folder / "staff.toml").read_text(encoding="utf-8")
    assert "start = 2023-09-01\n" in text and 'end = "2024-06"\n' in text
    loaded = kssgov.load(folder)
    assert loaded.staff == (staff,)
    assert loaded.settings.sections == {"feed": {"grace_days": 10}}


def test_an_employment_date_that_is_no_date_is_refused_by_its_value(tmp_path: Path) -> None:
    folder = write_dataset(
        tmp_path / "d", {"s.toml": '[[staff]]\nid = "s"\nperson = "P"\ntitle = "T"\nstart = 2023\n'}
    )
    (problem,) = kssgov.check(folder).errors
    assert (problem.code, problem.location.field, problem.params) == (
        "date.not_a_date",
        "start",
        {"value": 2023},
    )


def test_a_day_may_be_written_as_text_but_not_as_a_range_or_a_time() -> None:
    def refused(value: object) -> tuple[str, object]:
        with pytest.raises(ClassValidationError) as caught:
            kssgov.files.converter.structure(
                {"id": "h", "issuer": "JD", "title": "T", "deadline": value}, kssgov.Consultation
            )
        (error,) = caught.value.exceptions
        assert isinstance(error, kssgov.InvalidValueError)
        return error.code, error.params["value"]

    made = kssgov.files.converter.structure(
        {"id": "h", "issuer": "JD", "title": "T", "deadline": "7.2.2023"}, kssgov.Consultation
    )
    assert made.deadline == dt.date(2023, 2, 7)
    assert refused("7.-8.2.2023") == ("date.not_a_date", "7.-8.2.2023")
    assert refused("7.2.2023 kl. 10.00-12.00") == ("date.not_a_date", "7.2.2023 kl. 10.00-12.00")
    assert refused(20230207) == ("date.not_a_date", 20230207)


@pytest.mark.parametrize(
    ("written", "bound"),
    [
        ("årsmøtet 2023", AgmBound(2023)),
        ("AGM 2024", AgmBound(2024)),
        ("Årsmøte i 2025", AgmBound(2025)),
        ({"agm": 2026}, AgmBound(2026)),
        ("26.4.2023", dt.date(2023, 4, 26)),
        (dt.date(2023, 4, 26), dt.date(2023, 4, 26)),
    ],
)
def test_a_term_bound_is_an_annual_meeting_or_a_day_as_written(written: object, bound: object) -> None:
    values = {"id": "t", "body": "styret", "person": "P", "role": "member", "start": written}
    assert kssgov.files.converter.structure(values, Term, "America/New_York").start == bound


def test_a_term_bound_that_is_neither_names_its_value() -> None:
    values = {"id": "t", "body": "styret", "person": "P", "role": "member", "start": "neste år"}
    with pytest.raises(ClassValidationError) as caught:
        kssgov.files.converter.structure(values, Term)
    (error,) = caught.value.exceptions
    assert isinstance(error, kssgov.InvalidValueError)
    assert (error.code, error.params) == ("term.bound", {"value": "neste år"})


def test_a_date_table_without_an_end_ends_where_it_starts() -> None:
    day = structure_span({"start": dt.date(2023, 2, 7), "timezone": "Asia/Tokyo"}, "Europe/Oslo")
    assert (day.start, day.end, day.timezone, day.is_timed) == (
        dt.date(2023, 2, 7),
        dt.date(2023, 2, 7),
        "Asia/Tokyo",
        False,
    )
    with pytest.raises(kssgov.InvalidValueError) as refused:  # a span with times lasts
        structure_span({"start": dt.datetime(2023, 2, 7, 10)}, "Europe/Oslo")
    assert refused.value.render("en").startswith(
        "the span '2023-02-07T10:00/2023-02-07T10:00' does not end after it starts; "
    )
