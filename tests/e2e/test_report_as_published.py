"""The main job as a communications adviser runs it, checked against the printed 2023 report.

``kssgov export report examples/kss-2023 --pdf`` and the signature sheet are
rendered by LibreOffice; the PDF's text is compared with the seed (the text
of the report as printed, ``tests/fixtures/seed-arsmelding-2023.txt``): every
politics row, member, project amount, staff line and figure. The PDF is
opened with pikepdf to check what a screen reader and the law on universal
design need. Every page is left as an image in ``out/e2e/`` to look at.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
import pikepdf
import pytest

import kssgov
from kssgov import Visibility

from ..conftest import EXAMPLE, ROOT
from .clients import ARTEFACTS, page_image, pdf_text, require, squeeze

pytestmark = pytest.mark.e2e

SEED = ROOT / "tests" / "fixtures" / "seed-arsmelding-2023.txt"
#: The four rows the printed report dated 2022 by a slip; the example keeps their true dates.
SLIPS = {
    "16.8.2023": "16.8.2022",
    "26.10.2023": "26.10.2022",
    "9.11.2023": "9.11.2022",
    "10.11.2023": "10.11.2022",
}


def kssgov_cli(*args: str) -> subprocess.CompletedProcess[str]:
    command = [str(ROOT / ".venv" / "bin" / "kssgov"), *args]
    if not Path(command[0]).exists():
        command = ["kssgov", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=600)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The report and the signature sheet as the user makes them, with their PDFs."""
    require("soffice")
    folder = tmp_path_factory.mktemp("published")
    made = {}
    for name, extra in (("report", ()), ("signatures", ("--date", "12.3.2024", "--place", "Oslo"))):
        target = folder / f"{name}.docx"
        done = kssgov_cli("export", name, str(EXAMPLE), "-o", str(target), "--pdf", *extra)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        made[name] = target
        made[f"{name}.pdf"] = target.with_suffix(".pdf")
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for name in ("report", "signatures"):
        (ARTEFACTS / f"arsmelding-2023-{name}.pdf").write_bytes(made[f"{name}.pdf"].read_bytes())
    return made


def test_every_politics_row_as_printed(published: dict[str, Path]) -> None:
    text = squeeze(pdf_text(published["report.pdf"]))
    seed = squeeze(SEED.read_text(encoding="utf-8"))
    rows = kssgov.load(EXAMPLE).activities_in(2023, audience=Visibility.PUBLIC)
    assert len(rows) == 44
    position = 0
    for row in rows:
        date = row.date.format()
        found = text.find(squeeze(f"{date}{row.where}{row.topic}"), position)
        assert found >= 0, f"row {date} {row.where!r} is missing or out of order"
        position = found
        assert squeeze(SLIPS.get(date, date)) in seed
        for word in re.findall(r"\w{4,}", row.where + " " + row.topic):
            assert word in seed, f"{word!r} of row {date} is not in the printed report"


def test_every_member_project_amount_staff_line_and_figure(published: dict[str, Path]) -> None:
    text = squeeze(pdf_text(published["report.pdf"]))
    seed = squeeze(SEED.read_text(encoding="utf-8"))
    data = kssgov.load(EXAMPLE)
    for member in data.members:
        assert squeeze(member.name) in text, member.name
        assert squeeze(member.name) in seed, member.name
    for project in data.projects:
        if project.amount is not None:
            amount = f"{project.amount:,}".replace(",", " ")
            assert squeeze(amount) in text, project.name
            assert squeeze(amount) in seed, project.name
    for person in data.staff:
        assert squeeze(person.person) in text, person.person
        assert squeeze(person.person.replace("Næss-Stub", "Næss-Stub")) in seed, person.person
    printed = [
        "Totaltantalltreff:57(2022:106)",
        "Treffinettaviser/nettsteder:49(2022:79)",
        "Treffipapiraviser:8(2022:36)",
        "I2023mottokVO-linjentotalt4279henvendelser,2679viatelefonog1600viachat.",
        "Styrethaddeseksmøterogbehandlet51saker",
        "Organisasjonensresultatfor2023erpåminus353215kroner.",
        "RevisorforKrisesentersekretariateterRSMNorgeAS.",
        "Tilskuddi2023:6959295kroner(basertpåforeløpigregnskap,oginkludertgaver).",
    ]
    for line in printed:
        assert squeeze(line) in text, line
    for value in ("6900", "7256", "132300", "2878", "31600", "884", "144", "4279", "1087"):
        assert value in text, value
        assert value in seed, value


def test_the_signature_sheet_names_the_board(published: dict[str, Path]) -> None:
    text = squeeze(pdf_text(published["signatures.pdf"]))
    for name in ("Heidi Olden Eng", "Wanja J. Sæther", "Else Marie Berg Lorentzen", "Hege Mauroy"):
        assert squeeze(f"{name}, sign.") in text


def test_no_word_is_broken_in_the_middle(published: dict[str, Path]) -> None:
    """Every word of the rendered PDF is a word of the document, or a piece of one cut where it may be.

    A line may end after a hyphen; never elsewhere, and never inside an e-mail address.
    """
    document = docx.Document(str(published["report"]))
    written = [p.text for p in document.paragraphs]
    written += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    words = set(" ".join(written).replace("\u00a0", " ").split())
    pieces = {piece for word in words for piece in _pieces(word)}
    rendered = pdf_text(published["report.pdf"]).replace("\u00a0", " ").split()
    glyphs = re.compile(r"^[\ue000-\uf8ff]$")  # a bullet drawn from a symbol font
    broken = sorted({w for w in rendered if w not in pieces and not w.isdigit() and not glyphs.match(w)})
    assert broken == []
    addresses = [m.contact for m in kssgov.load(EXAMPLE).members if m.contact and "@" in m.contact]
    assert [a for a in addresses if a not in rendered] == []  # each whole, on one line
    dates = [a.date.format() for a in kssgov.load(EXAMPLE).activities]
    assert [d for d in dates if d not in rendered] == []


def _pieces(word: str) -> set[str]:
    """Where a line may end inside *word*: ``VO-`` and ``linjen`` of ``VO-linjen``."""
    found = set(word.split("-"))
    segments = re.split(r"(?<=-)", word)
    for first in range(len(segments)):
        for last in range(first + 1, len(segments) + 1):
            found.add("".join(segments[first:last]))
    return found


def test_the_pdf_is_tagged_for_screen_readers(published: dict[str, Path]) -> None:
    with pikepdf.open(published["report.pdf"]) as pdf:
        root = pdf.Root
        assert str(root.Lang) == "nb-NO"
        assert bool(root.MarkInfo.Marked) is True
        assert bool(root.ViewerPreferences.DisplayDocTitle) is True
        assert str(pdf.docinfo.Title) == "Årsmelding 2023"
        assert str(pdf.docinfo.Author) == "Krisesentersekretariatet"
        kinds = _structure_kinds(root.StructTreeRoot)
    document = docx.Document(str(published["report"]))
    headers = sum(len(table.rows[0].cells) for table in document.tables)
    assert kinds["/H1"] == 7
    assert kinds["/H2"] >= 10
    assert kinds["/TH"] == headers
    assert kinds["/Table"] == len(document.tables)
    everything = published["report.pdf"].read_bytes()
    assert b"python-docx" not in everything


def _structure_kinds(tree: pikepdf.Object) -> dict[str, int]:
    counted: dict[str, int] = {}
    pending = [tree]
    while pending:
        node = pending.pop()
        if not isinstance(node, pikepdf.Dictionary):
            continue
        kind = node.get("/S")
        if kind is not None:
            counted[str(kind)] = counted.get(str(kind), 0) + 1
        children = node.get("/K")
        if isinstance(children, pikepdf.Array):
            pending.extend(children)
        elif children is not None:
            pending.append(children)
    return counted


def test_page_images_of_every_page_are_left_to_look_at(published: dict[str, Path]) -> None:
    with pikepdf.open(published["report.pdf"]) as pdf:
        pages = len(pdf.pages)
    images = [
        page_image(published["report.pdf"], f"arsmelding-2023-page-{n:02d}", n) for n in range(1, pages + 1)
    ]
    images.append(page_image(published["signatures.pdf"], "arsmelding-2023-signatures"))
    for image in images:
        assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert image.stat().st_size > 10_000
