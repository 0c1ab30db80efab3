"""Finding the line a problem points at: records by their headers, fields within their record,
keys within a settings table and not in the table after it."""

from __future__ import annotations

from kssgov.files.locate import Locator

SETTINGS = """name = "Org"
year = 2024

[feed]
grace_days = 10

[report]
name = "Årsmelding"
"""

RECORDS = """# activities
[[activity]]
id = "a"
date = 2024-01-10

[[ "activity" ]]
id = "b"
date.start = 2024-01-11
topic = "T"

[[member]]
id = "m"
"""


def test_a_key_of_a_settings_table_is_found_in_that_table_only() -> None:
    found = Locator(SETTINGS)
    assert found.table_key_line("feed", "grace_days") == 5
    assert found.table_key_line("feed", "name") == 4  # not the [report] table's name, line 8
    assert found.table_key_line("report", "name") == 8
    assert found.table_key_line("feed", None) == 4
    assert found.table_key_line("year", "x") == 2  # a plain key, not a table
    assert found.table_key_line("regions", "nord") is None


def test_a_table_is_found_by_its_header_or_as_a_key() -> None:
    found = Locator('[access]\nmembers_token = "x"\n' + "feed = { grace_days = 5 }\n")
    assert found.table_line("access") == 1
    assert found.table_line("feed") == 3
    assert found.table_line("report") is None


def test_records_are_found_by_their_headers_quoted_or_not() -> None:
    found = Locator(RECORDS)
    assert found.record_lines("activity") == [2, 6]
    assert found.header_offsets("activity") == [
        RECORDS.index("[[activity]]"),
        RECORDS.index('[[ "activity" ]]'),
    ]
    assert found.header_offsets("term") == []
    assert found.record_line("activity", 1) == 6
    assert found.record_line("member", 0) == 11
    assert found.has_headers("member") and not found.has_headers("term")
    assert [name for _, name in found.all_headers()] == ["activity", "activity", "member"]


def test_records_in_an_inline_list_are_found_by_the_lists_key() -> None:
    found = Locator('name = "x"\nactivity = [{ id = "a" }, { id = "b" }]\n')
    assert found.record_line("activity", 0) == 2
    assert found.record_line("activity", 5) == 2
    assert found.field_line("activity", 1, "id") == 2
    assert found.record_line("member", 0) is None


def test_a_field_is_found_in_its_own_record() -> None:
    found = Locator(RECORDS)
    assert found.field_line("activity", 0, "date") == 4
    assert found.field_line("activity", 1, "date.start") == 8
    assert found.field_line("activity", 0, "topic") == 2  # only the second record has a topic
    assert found.field_line("activity", 1, "sources[0]") == 6
    assert found.field_line("activity", 1, None) == 6


def test_a_field_within_a_field_or_a_list_is_found_by_the_key_it_is_written_under() -> None:
    found = Locator('[[term]]\nid = "t"\nstart = { agm = 1 }\nsources = [\n  "a",\n  "b",\n]\n')
    assert found.field_line("term", 0, "start.agm") == 3
    assert found.field_line("term", 0, "sources[1]") == 4
    assert found.field_line("term", 1, "start") is None  # no second term, and no list of terms
    assert found.record_lines("term") == [1]
    assert found.record_lines("activity") == []
