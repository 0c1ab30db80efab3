"""The export, fill and exporters commands."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from kssgov.cli import main

from ..conftest import EXAMPLE, write_dataset


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    """The command run in English (the example's own language is bokmål) unless *env* says otherwise."""
    result = CliRunner().invoke(main, list(args), env={"KSSGOV_LANG": "en", **(env or {})})
    return result.exit_code, result.output


def test_exporters_lists_name_output_description_and_distribution() -> None:
    code, output = run("exporters")
    assert code == 0
    line = next(line for line in output.splitlines() if line.startswith("politics"))
    assert "docx" in line
    assert "Dato | Hvor | Tema" in line
    assert "[kssgov " in line


def test_export_writes_the_file_and_points_at_the_warnings(tmp_path: Path) -> None:
    target = tmp_path / "politikk.docx"
    code, output = run("export", "politics", str(EXAMPLE), "-o", str(target))
    assert code == 0, output
    assert f"Wrote {target}" in output
    assert "2 warnings" in output
    assert "Left out" not in output
    assert docx.Document(str(target)).tables[0].rows[0].cells[0].text == "Dato"


def test_export_names_each_record_it_leaves_out_that_looks_mis_dated(
    tmp_path: Path, as_printed: Path
) -> None:
    target = tmp_path / "politikk.docx"
    code, output = run("export", "politics", str(as_printed), "-o", str(target), "--lang", "en")
    assert code == 0, output
    left_out = [line for line in output.splitlines() if line.startswith("Left out")]
    assert left_out == [
        f"Left out: {as_printed / 'activities.toml'}:{line}: {record} ({old}) is outside the period; "
        f"did you mean {new}? 'kssgov check --fix' corrects it."
        for line, record, old, new in [
            (215, "2022-08-16-rod-knapp-panelsamtale", "16.8.2022", "16.8.2023"),
            (291, "2022-10-26-justiskomiteen-statsbudsjettet", "26.10.2022", "26.10.2023"),
            (299, "2022-11-09-fokus-arbeidsgruppe", "9.11.2022", "9.11.2023"),
            (307, "2022-11-10-kun-ldo-stalking", "10.11.2022", "10.11.2023"),
        ]
    ]
    assert len(docx.Document(str(target)).tables[0].rows) == 41
    code, output = run("export", "politics", str(as_printed), "-o", str(target), "--year", "2022")
    assert "Left out" not in output


def test_export_options(tmp_path: Path) -> None:
    target = tmp_path / "x.docx"
    code, output = run(
        "export",
        "politics",
        str(EXAMPLE),
        "-o",
        str(target),
        "--lang",
        "en",
        "--kind",
        "oral_hearing",
        "--from",
        "1.10.2023",
        "--audience",
        "board",
    )
    assert code == 0, output
    rows = docx.Document(str(target)).tables[0].rows
    assert [c.text for c in rows[0].cells] == ["Date", "Where", "Topic"]
    assert [c.text for c in rows[1].cells][1] == "Muntlig høring i Stortingets Justiskomite"


def test_the_same_data_gives_the_same_file(tmp_path: Path) -> None:
    env = {"SOURCE_DATE_EPOCH": "1710201600"}
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    assert run("export", "report", str(EXAMPLE), "-o", str(first), env=env)[0] == 0
    assert run("export", "report", str(EXAMPLE), "-o", str(second), env=env)[0] == 0
    assert first.read_bytes() == second.read_bytes()


def test_a_dataset_with_errors_writes_nothing(tmp_path: Path) -> None:
    folder = write_dataset(
        tmp_path / "d", {"a.toml": '[[activity]]\nid = "a"\ndate = "30.2.2023"\nwhere = "w"\ntopic = "t"\n'}
    )
    target = tmp_path / "out.docx"
    code, output = run("export", "politics", str(folder), "-o", str(target))
    assert code == 1
    assert "a.toml:3: error: field 'date'" in output
    assert "run 'kssgov check" in output
    assert not target.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["export", "nonsense", str(EXAMPLE), "-o", "x.docx"],
        ["export", "politics", str(EXAMPLE)],
        ["export", "politics", str(EXAMPLE), "-o", "x.docx", "--kind", "picnic"],
        ["export", "politics", str(EXAMPLE), "-o", "x.docx", "--template", "/no/such/template.docx"],
        ["export", "politics", str(EXAMPLE), "-o", "x.docx", "-O", "novalue"],
        ["export", "politics", str(EXAMPLE), "-o", "x.docx", "--from", "32.1.2023"],
    ],
)
def test_usage_errors(args: list[str], tmp_path: Path) -> None:
    code, output = run(*args)
    assert code == 2, output
    assert "Traceback" not in output


def test_an_unwritable_target(tmp_path: Path) -> None:
    code, output = run("export", "politics", str(EXAMPLE), "-o", str(tmp_path / "missing" / "x.docx"))
    assert code == 1
    assert "cannot write" in output


def test_pdf_without_libreoffice_says_what_to_do(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    target = tmp_path / "x.docx"
    code, output = run("export", "politics", str(EXAMPLE), "-o", str(target), "--pdf")
    assert code == 1
    assert "LibreOffice is not installed" in output
    assert "apt-get install libreoffice-writer-nogui" in output
    assert target.exists()


def marked_report(path: Path, *markers: str) -> Path:
    document = docx.Document()
    document.add_paragraph("Årsmelding 2023")
    for marker in markers:
        document.add_paragraph(marker)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_fill(tmp_path: Path) -> None:
    source = marked_report(tmp_path / "in.docx", "{{kssgov:politics}}", "{{kssgov:awards}}")
    target = tmp_path / "out.docx"
    code, output = run("fill", str(source), str(EXAMPLE), "-o", str(target))
    assert code == 0, output
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert paragraphs[0] == "Årsmelding 2023"
    assert paragraphs[1] == "Politikk"
    assert paragraphs[2].startswith("Krisesentersekretariatet er en uavhengig")  # the part's prose
    assert paragraphs[4] == "Høringer, innspill, konferanser og politisk representasjon"
    assert "Priser" in paragraphs


def test_fill_names_unknown_markers_and_writes_nothing(tmp_path: Path) -> None:
    source = marked_report(tmp_path / "in.docx", "{{kssgov:budget}}")
    target = tmp_path / "out.docx"
    code, output = run("fill", str(source), str(EXAMPLE), "-o", str(target))
    assert code == 1
    assert "unknown marker(s): budget" in output
    assert not target.exists()


def test_fill_with_an_exporter_that_cannot(tmp_path: Path) -> None:
    source = marked_report(tmp_path / "in.docx", "{{kssgov:politics}}")
    code, output = run("fill", str(source), str(EXAMPLE), "-o", str(tmp_path / "o.docx"), "--with", "ical")
    assert code == 1
    assert "Error: the exporter 'ical' cannot fill markers; use --with report" in output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["politics", "-o", "x.pdf"],
            "x.pdf does not end in .docx, and the politics exporter writes .docx files",
        ),
        (["ical", "-o", "x.docx"], "x.docx does not end in .ics, and the ical exporter writes .ics files"),
        (["ical", "-o", "x.ics", "--pdf"], "No such option '--pdf'"),
        (["politics", "-o", "x.docx", "--date", "1.1.2023"], "No such option '--date'"),
        (["signatures", "-o", "x.docx"], "Missing option '--date'"),
    ],
)
def test_options_that_do_not_fit_the_exporter_are_refused(
    args: list[str], expected: str, tmp_path: Path
) -> None:
    code, output = run("export", args[0], str(EXAMPLE), *args[1:])
    assert code == 2
    assert expected in " ".join(output.split())


def test_a_template_that_is_not_a_word_document(tmp_path: Path) -> None:
    template = tmp_path / "mal.docx"
    template.write_text("not a document")
    code, output = run(
        "export", "report", str(EXAMPLE), "-o", str(tmp_path / "r.docx"), "--template", str(template)
    )
    assert code == 1
    assert f"Error: {template} cannot be read as a Word document (.docx)" in output
    assert "Traceback" not in output
    assert not (tmp_path / "r.docx").exists()
