"""Each Word section read back and compared with the data it was made from."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import attrs
import docx2python
import mammoth
import pytest
from docx.oxml.ns import qn

from kssgov import Activity, ActivityKind, Dataset, DateSpan, Status, Visibility

from .helpers import export, read, table_rows, texts


def politics_rows(data: Dataset, year: int = 2023) -> list[list[str]]:
    return [
        [a.date.format(), a.where, a.topic]
        for a in data.activities_in(year, audience=Visibility.PUBLIC)
        if a.status is not Status.CANCELLED
    ]


def test_politics_table_holds_the_years_rows_in_date_order(example: Dataset) -> None:
    document = read(export("politics", example))
    assert texts(document)[0] == "Høringer, innspill, konferanser og politisk representasjon"
    rows = table_rows(document)
    assert rows[0] == ["Dato", "Hvor", "Tema"]
    assert rows[1:] == politics_rows(example)
    assert len(rows) == 41
    assert [
        "7.-8.2.2023",
        "Deltakelse på Forum Jämställdhet i Malmø og paneldeltaker på Unizons arrangement",
        "Likestilling\nKrisesentertilbudet i de nordiske landene",
    ] in rows


def test_politics_header_repeats_rows_do_not_split_and_widths_agree(example: Dataset) -> None:
    table = read(export("politics", example)).tables[0]
    first, second = table.rows[0]._tr, table.rows[1]._tr
    assert first.trPr is not None
    assert second.trPr is not None
    assert first.trPr.find(qn("w:tblHeader")) is not None
    assert second.trPr.find(qn("w:tblHeader")) is None
    assert second.trPr.find(qn("w:cantSplit")) is not None
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    for row in (first, second):
        cells = [int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) for tc in row.findall(qn("w:tc"))]
        assert cells == grid
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    assert sum(grid) == pytest.approx(160 / 25.4 * 1440, abs=5)


def test_politics_filters(example: Dataset) -> None:
    hearings = table_rows(read(export("politics", example, kinds=(ActivityKind.CONSULTATION_RESPONSE,))))
    assert [r[0] for r in hearings[1:]] == ["17.1.2023", "13.4.2023", "29.6.2023"]
    spring = table_rows(
        read(export("politics", example, first=dt.date(2023, 2, 1), last=dt.date(2023, 2, 28)))
    )
    assert [r[0] for r in spring[1:]] == [
        "1.2.2023",
        "2.2.2023",
        "2.2.2023",
        "7.-8.2.2023",
        "27.2.2023",
        "28.2.2023",
    ]
    printed_2022 = table_rows(read(export("politics", example, year=2022)))
    assert [r[0] for r in printed_2022[1:]] == ["16.8.2022", "26.10.2022", "9.11.2022", "10.11.2022"]


def test_a_public_document_never_holds_a_narrower_record(example: Dataset) -> None:
    secret = Activity(
        id="secret",
        date=DateSpan.parse("3.3.2023"),
        where="Internt styreseminar",
        topic="Strategi",
        visibility=Visibility.BOARD,
    )
    members_only = attrs.evolve(secret, id="members", where="Medlemsmøte", visibility=Visibility.MEMBERS)
    cancelled = attrs.evolve(
        secret, id="off", where="Avlyst møte", visibility=Visibility.PUBLIC, status=Status.CANCELLED
    )
    data = attrs.evolve(example, activities=(*example.activities, secret, members_only, cancelled))
    for audience, expected in (
        (Visibility.PUBLIC, set()),
        (Visibility.MEMBERS, {"Medlemsmøte"}),
        (Visibility.BOARD, {"Medlemsmøte", "Internt styreseminar"}),
    ):
        for section in ("politics", "report"):
            document = export(section, data, audience=audience)
            everything = docx2python.docx2python(io.BytesIO(document)).text
            found = {w for w in ("Medlemsmøte", "Internt styreseminar", "Avlyst møte") if w in everything}
            assert found == expected, (section, audience)


def test_english(example: Dataset) -> None:
    document = read(export("politics", example, language="en"))
    assert texts(document)[0] == "Consultations, input, conferences and political representation"
    assert table_rows(document)[0] == ["Date", "Where", "Topic"]


def test_alliances(example: Dataset) -> None:
    document = read(export("alliances", example))
    groups = table_rows(document, 0)
    assert groups[0] == ["Navn", "Øvrige deltakere", "Antall møter"]
    assert groups[1] == [
        "Referansegruppe krisesenterstatistikk",
        "Bufdir, Oslo krisesenter, Stiftelsen Vestfold Krisesenter, Romerike Krisesenter, NKVTS, Sentio",
        "2",
    ]
    alliances = table_rows(document, 1)
    assert alliances[0] == ["Navn", "Partnere", "Tilskuddsyter", "Antall møter"]
    assert [r[0] for r in alliances[1:]] == [
        "Rød knapp alliansen",
        "Samtykkealliansen",
        "FOKUS",
        "Norges kvinnelobby",
    ]
    assert alliances[2][2:] == ["Ingen", ""]
    assert alliances[1][3] == "18"
    assert "Nordiske kvinner mot vold" in texts(document)
    assert any(
        t.startswith("Krisesentersekretariatet er med i Nordiske kvinner mot vold") for t in texts(document)
    )


def test_members_and_the_computed_summary(example: Dataset) -> None:
    document = read(export("members", example))
    rows = table_rows(document)
    assert rows[0] == ["Navn", "Driftsform", "Region", "Daglig leder", "Kontakt"]
    assert len(rows) == 21
    assert rows[1] == [
        "Gjøvik Krisesenter IKS",
        "Interkommunalt selskap",
        "Sør-Øst",
        "Heidi Olden Eng",
        "post@krisesenteret-gjovik.no",
    ]
    assert rows[13][3] == "Mona Rekkedal Svensson/Line Grøtan Nilsen"
    assert texts(document)[-1] == (
        "Organisasjonen hadde 20 medlemmer i perioden, hvorav 11 er kommunale/IKS, "
        "5 er ideelle organisasjoner og 4 er stiftelser."
    )
    english = texts(read(export("members", example, language="en")))[-1]
    assert english == (
        "The organisation had 20 members in the period: 11 municipal or inter-municipal, "
        "5 non-profit organisations and 4 foundations."
    )


def test_projects_with_amounts_that_never_wrap(example: Dataset) -> None:
    document = read(export("projects", example))
    assert "KSS har i perioden administrert 7 prosjekter og 2 tiltak." in texts(document)
    projects, programmes = table_rows(document, 0), table_rows(document, 1)
    assert projects[0] == ["Navn", "Samarbeidspartner", "Tilskuddsyter", "Tilskuddsstørrelse"]
    amounts = {r[0]: r[3] for r in projects[1:] + programmes[1:]}
    assert amounts["Sommeraksjonen"] == "Kr\u00a02\u00a0783\u00a0973"
    assert amounts["KjøkkenKultur – Mat for Mestring"] == "Kr\u00a01\u00a0120\u00a0000 (for 2023 og 2024)"
    assert amounts["Anes Romania"] == ""
    assert [r[0] for r in programmes[1:]] == ["VO-linjen", "ROSA"]


def test_awards(example: Dataset) -> None:
    paragraphs = texts(read(export("awards", example)))
    assert "Inger-Lise Walmsness Larsen fikk Krisesentersekretariatets ærespris 2023" in paragraphs
    body = next(p for p in paragraphs if p.startswith("Krisesentersekretariatets ærespris 2023 ble tildelt"))
    assert "under årsmøtemiddagen" in body
    assert body.endswith("mottok diplom og et kunstverk – en skulptur laget av Maria Øverbye.")


def test_bodies_with_qualifiers_derived_from_the_terms(example: Dataset) -> None:
    paragraphs = texts(read(export("bodies", example)))
    assert "Årsmøtet 2023 ble holdt 26.-27.4.2023 på Scandic Lillestrøm." in paragraphs
    assert "Styremedlemmer 2023" in paragraphs
    assert (
        paragraphs.index("Region sør-øst")
        < paragraphs.index("Region nord")
        < paragraphs.index("Region midt-vest")
    )
    assert (
        "Heidi Olden Eng, styreleder, Gjøvik krisesenter IKS\nVara: Maria S.B Winther, Krisesenteret i Moss"
        in paragraphs
    )
    wanja = next(p for p in paragraphs if p.startswith("Wanja J. Sæther"))
    assert wanja.splitlines() == [
        "Wanja J. Sæther, nestleder, Krisesenteret i Salten",
        "Vara: Sidsel Ånes, Helgeland krisesenter fram til årsmøtet i 2023",
        "Vara: Gunn Knörr, Krisesenteret i Midt-Troms fra årsmøtet 2023",
    ]
    assert "Hege Mauroy fra årsmøtet 2023\nVara: Martine Sorknes Ødegården fra årsmøtet 2023" in paragraphs
    assert "Styret hadde 6 møter og behandlet 51 saker i 2023." in paragraphs
    assert "Fagetisk råd hadde 2 møter og behandlet 13 saker i 2023." in paragraphs
    assert "Sekretær: Hege Mauroy" in paragraphs
    elections = table_rows(read(export("bodies", example)), 0)
    assert elections[0] == ["Organ", "Valgkomiteens innstilling", "Valgt"]
    assert elections[1] == ["Styret", "Ikke registrert", "Kristin Mettenes\nGunn Knörr"]


def test_the_report_holds_every_section_in_order(example: Dataset) -> None:
    data = export("report", example)
    html = mammoth.convert_to_html(io.BytesIO(data)).value
    headings = [
        "Høringer, innspill, konferanser og politisk representasjon",
        "Utvalg, allianser og nettverk",
        "Prosjekter og tiltak i Krisesentersekretariatet",
        "Priser",
        "Organisasjon",
        "Medlemmer i Krisesentersekretariatet 2023",
    ]
    positions = [html.index(f"<h1>{h}</h1>") for h in headings]
    assert positions == sorted(positions)
    for row in politics_rows(example):
        assert row[1].replace("&", "&amp;") in html


def test_the_same_data_gives_identical_bytes(example: Dataset) -> None:
    moment = dt.datetime(2024, 3, 12, tzinfo=dt.UTC)
    first = export("report", example, timestamp=moment)
    assert first == export("report", example, timestamp=moment)
    assert first != export("report", example, timestamp=moment + dt.timedelta(days=1))
    archive = zipfile.ZipFile(io.BytesIO(first))
    assert {info.date_time for info in archive.infolist()} == {(2024, 3, 12, 0, 0, 0)}
    assert read(first).core_properties.created == moment


@pytest.mark.parametrize(
    "topic",
    [
        "Tab\tinside",
        "Line one\nLine two\n\nLine four",
        "Emoji 👩‍👩‍👧 and RTL \u05e9\u05dc\u05d5\u05dd",
        'Ampersand & <b>tags</b> "quotes" {{ jinja }}',
        "x" * 5000,
    ],
)
def test_hostile_text_never_breaks_a_document(example: Dataset, topic: str) -> None:
    row = Activity(id="hostile", date=DateSpan.parse("5.5.2023"), where="Sted", topic=topic)
    data = attrs.evolve(example, activities=(row,))
    document = read(export("politics", data))
    assert table_rows(document)[1][2] == topic
