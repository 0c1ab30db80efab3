"""A person types a record at the prompts, makes a mistake, corrects it, and finds it in date order.

Run in a real terminal (pexpect), because that is where prompts happen: a
script (standard input not a terminal) is never asked for anything that has
a default.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pexpect
import pytest

import kssgov

from ..conftest import ROOT

KSSGOV = [sys.executable, "-m", "kssgov.cli"]


def typing_session(*args: str, lang: str) -> pexpect.spawn:
    child = pexpect.spawn(
        KSSGOV[0],
        [*KSSGOV[1:], *args],
        encoding="utf-8",
        timeout=60,
        cwd=str(ROOT),
        env={"KSSGOV_LANG": lang, "PATH": "/usr/bin:/bin", "HOME": str(ROOT), "TERM": "dumb"},
        dimensions=(40, 300),
    )
    return child


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nb",
            {
                "date": "Dato",
                "where": "Hvor",
                "topic": "Tema",
                "kind": "Type",
                "again": "ikke en virkelig dato",
            },
        ),
        (
            "en",
            {
                "date": "Date",
                "where": "Where",
                "topic": "Topic",
                "kind": "Kind",
                "again": "is not a real date",
            },
        ),
    ],
)
def test_a_mistake_at_a_prompt_is_asked_again_and_the_rest_is_kept(
    example_copy: Path, lang: str, words: dict[str, str]
) -> None:
    child = typing_session("add", "activity", str(example_copy), lang=lang)
    child.expect(r"\(public, members, board\) \[public\]: ")
    child.sendline("")
    child.expect(words["date"] + r" \(6\.1\.2023, 7\.-8\.2\.2023 (or|eller) 2023-01-06\): ")
    child.sendline("31.2.2023")
    child.expect(words["again"])
    child.expect(words["date"] + r" \(")
    child.sendline("2.3.2023")
    child.expect(words["where"] + ": ")
    child.sendline("Møte med Redd Barna om barn på krisesenter")
    child.expect(words["topic"] + ": ")
    child.sendline("Barn på krisesenter")
    child.expect(words["kind"] + r" \(consultation_response, .*\) \[meeting\]: ")
    child.sendline("")
    for default in ("participant", "held"):
        child.expect(rf"\[{default}\]: ")
        child.sendline("")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    activities = kssgov.load(example_copy).activities
    added = next(a for a in activities if a.where == "Møte med Redd Barna om barn på krisesenter")
    position = activities.index(added)
    assert added.date.format() == "2.3.2023"
    assert added.topic == "Barn på krisesenter"
    assert activities[position - 1].date.start <= added.date.start <= activities[position + 1].date.start
    assert [p for p in kssgov.check(example_copy).warnings if p.code.startswith("lint.out_of_order")] == []


def test_adding_the_same_record_twice_asks_first(example_copy: Path) -> None:
    args: tuple[str, ...] = ("add", "activity", str(example_copy), "--date", "6.1.2023")
    args += (
        "--where",
        "Planleggingsmøte før innspillsmøte med Justisdepartementet – med en rekke organisasjoner",
    )
    args += ("--topic", "FNs oppfølging av vold mot kvinner")
    before = len(kssgov.load(example_copy).activities)
    child = typing_session(*args, lang="nb")
    for _ in range(4):
        child.expect(r"\]: ")
        child.sendline("")
    child.expect("samme dato, sted og tema er allerede registrert")
    child.expect(r"Legge den til likevel\? \[j/N\] ")
    child.sendline("nei")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert len(kssgov.load(example_copy).activities) == before
    child = typing_session(*args, lang="nb")
    for _ in range(4):
        child.expect(r"\]: ")
        child.sendline("")
    child.expect(r"Legge den til likevel\? \[j/N\] ")
    child.sendline("kanskje")
    child.expect(r"Svar j \(ja\) eller n \(nei\)\.")
    child.expect(r"Legge den til likevel\? \[j/N\] ")
    child.sendline("ja")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert len(kssgov.load(example_copy).activities) == before + 1
