"""The corpus of broken datasets: each gives a clear error naming file and line, never a traceback."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

import kssgov
from kssgov.cli import main

CORPUS = Path(__file__).parent.parent / "corpus" / "broken"
CASES = sorted(p for p in CORPUS.iterdir() if p.is_dir())


def expected(case: Path) -> dict[str, object]:
    return tomllib.loads((case / "expected.txt").read_text(encoding="utf-8"))


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_broken_dataset_is_reported_precisely(case: Path) -> None:
    want = expected(case)
    result = kssgov.check(case)
    assert result.dataset is None
    found = [p for p in result.errors if p.code == want["code"]]
    assert found, [p.render() for p in result.problems]
    problem = found[0]
    assert Path(problem.location.file).name == (want["file"] or case.name)
    assert problem.location.line == want.get("line")
    assert problem.location.field == want.get("field")
    assert problem.message("en") == str(want["message"]).replace("{case}/", f"{case}/")
    assert problem.hint("en") == str(want["hint"]).replace("{case}/", f"{case}/")
    assert problem.message("nb") != problem.message("en")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_cli_reports_without_a_traceback(case: Path) -> None:
    want = expected(case)
    result = CliRunner().invoke(main, ["check", str(case)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    location = f"{want['file']}:{want['line']}" if "line" in want else str(want["file"] or case.name)
    assert location in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_load_raises_one_error_listing_every_problem(tmp_path: Path) -> None:
    case = CORPUS / "dangling-alliance"
    with pytest.raises(kssgov.DatasetError) as caught:
        kssgov.load(case)
    assert "no-such-alliance" in str(caught.value)
    assert caught.value.render("en") == f"the dataset has 1 error; run 'kssgov check {case}' to see them all"
    assert all(p.is_error for p in caught.value.problems)


def test_all_errors_come_in_one_run(tmp_path: Path) -> None:
    from ..conftest import write_dataset

    folder = write_dataset(
        tmp_path / "many",
        {
            "a.toml": '[[activity]]\nid = "x"\ndate = "30.2.2023"\nwhere = ""\ntopic = 5\nkind = "nope"\n',
            "b.toml": "[[activity\n",
            "c.toml": '[[member]]\nid = "m"\nname = "M"\noperating_form = "municipal"\nregion = "vest"\n',
        },
    )
    codes = sorted(p.code for p in kssgov.check(folder).errors)
    assert codes == sorted(
        ["date.impossible", "text.empty", "type.wrong", "enum.unknown", "file.toml_syntax", "ref.region"]
    )


def test_a_very_large_file_is_refused_unread(tmp_path: Path) -> None:
    from ..conftest import write_dataset

    folder = write_dataset(tmp_path / "large", {})
    with (folder / "huge.toml").open("wb") as handle:
        handle.truncate(kssgov.files.MAX_FILE_BYTES + 1)
    result = kssgov.check(folder)
    assert [p.code for p in result.errors] == ["file.too_large"]


def test_a_file_given_as_the_dataset(tmp_path: Path) -> None:
    file = tmp_path / "kssgov.toml"
    file.write_text('name = "x"\nyear = 2023\n')
    assert [p.code for p in kssgov.check(file).errors] == ["dataset.not_found"]


def test_an_unreadable_file(tmp_path: Path) -> None:
    import os

    from ..conftest import write_dataset

    if os.geteuid() == 0:
        folder = write_dataset(tmp_path / "dangling", {})
        (folder / "gone.toml").symlink_to(tmp_path / "missing.toml")
    else:
        folder = write_dataset(tmp_path / "locked", {"locked.toml": ""})
        (folder / "locked.toml").chmod(0)
    assert [p.code for p in kssgov.check(folder).errors] == ["file.unreadable"]
