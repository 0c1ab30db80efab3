"""Each Word section read back and compared with the data it was made from."""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile
from collections.abc import Callable
from typing import Any

import attrs
import docx
import docx2python
import mammoth
import pytest
from docx.oxml.ns import qn
from docx.table import Table

from kssgov import (
    Activity,
    ActivityKind,
    Channel,
    Dataset,
    DateSpan,
    Figure,
    Measure,
    PartialDate,
    Placement,
    Project,
    ReportPart,
    SectionText,
    Staff,
    Status,
    Visibility,
)
from kssgov_exporters.word import tables

from .helpers import export, read, table_rows, texts


def politics_rows(data: Dataset, year: int = 2023) -> list[list[str]]:
    return [
        [a.date.format(), a.where, a.topic]
        for a in data.activities_in(year, audience=Visibility.PUBLIC)
        if a.status is not Status.CANCELLED
    ]


def test_politics_table_holds_every_row_of_the_year_in_date_order(example: Dataset) -> None:
    document = read(export("politics", attrs.evolve(example, texts=())))
    assert texts(document)[:2] == ["Politikk", "Høringer, innspill, konferanser og politisk representasjon"]
    rows = table_rows(document)
    assert rows[0] == ["Dato", "Hvor", "Tema"]
    assert rows[1:] == politics_rows(example)
    assert len(rows) == 45
    assert [
        "7.-8.2.2023",
        "Deltakelse på Forum Jämställdhet i Malmø og paneldeltaker på Unizons arrangement",
        "Likestilling\nKrisesentertilbudet i de nordiske landene",
    ] in rows
    assert ["26.10.2023", "Muntlig høring i Stortingets Justiskomite", "Statsbudsjettet"] in rows


def test_dates_hold_plain_hyphens_so_a_search_finds_them(example: Dataset) -> None:
    xml = zipfile.ZipFile(io.BytesIO(export("politics", example))).read("word/document.xml").decode()
    assert ">7.-8.2.2023<" in xml
    assert "\u2011" not in xml


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
        assert {tc.tcPr.find(qn("w:tcW")).get(qn("w:type")) for tc in row.findall(qn("w:tc"))} == {"dxa"}
    assert table._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    assert sum(grid) == pytest.approx(160 / 25.4 * 1440, abs=5)


def test_a_meeting_with_its_hours_is_dated_by_its_day_alone(example: Dataset) -> None:
    first = example.activities[0]
    timed = attrs.evolve(first, date=DateSpan.parse("3.1.2023 kl. 10.00-11.30"))
    data = attrs.evolve(example, activities=(timed, *example.activities[1:]))
    rows = table_rows(read(export("politics", data)))
    assert rows[1] == ["3.1.2023", first.where, first.topic]


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
    assert table_rows(read(export("politics", example, year=2022))) == [["Dato", "Hvor", "Tema"]]


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
    document = read(export("politics", attrs.evolve(example, texts=()), language="en"))
    assert texts(document)[:2] == [
        "Politics",
        "Consultations, input, conferences and political representation",
    ]
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


def test_alliances_count_the_meetings_of_the_report_year(example: Dataset) -> None:
    """A report of 2022 counts 2022's meetings, not those of the year the settings name."""
    meeting = Activity(
        id="rod-knapp-2022",
        date=DateSpan.parse("14.6.2022"),
        where="Rød knapp alliansen",
        topic="Møte",
        kind=ActivityKind.MEETING,
        alliance="rod-knapp",
    )
    data = attrs.evolve(example, activities=(*example.activities, meeting))
    document = read(export("alliances", data, year=2022))
    assert [row[-1] for row in table_rows(document, 0)[1:]] == ["", "", ""]
    assert [row[-1] for row in table_rows(document, 1)[1:]] == ["1", "", "", ""]


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
    assert rows[13][3] == "Mona Rekkedal Svensson\nLine Grøtan Nilsen"
    assert texts(document)[-1] == (
        "Organisasjonen hadde 20 medlemmer i perioden, hvorav 11 er kommunale/IKS, "
        "5 er ideelle organisasjoner og 4 er stiftelser."
    )
    english = texts(read(export("members", example, language="en")))[-1]
    assert english == (
        "The organisation had 20 members in the period, of which 11 are municipal or inter-municipal, "
        "5 are non-profits and 4 are foundations."
    )


def test_every_e_mail_address_is_a_mailto_link_whole_on_one_line(example: Dataset) -> None:
    document = read(export("members", example))
    table = document.tables[0]
    addresses = [m.contact for m in example.members if m.contact and "@" in m.contact]
    assert len(addresses) >= 15
    links = {
        rel.rId: rel.target_ref for rel in document.part.rels.values() if rel.target_ref.startswith("mailto:")
    }
    linked = []
    for row in table.rows[1:]:
        cell = row.cells[4]._tc
        for link in cell.iter(qn("w:hyperlink")):
            text = "".join(t.text or "" for t in link.iter(qn("w:t")))
            assert links[link.get(qn("r:id"))] == f"mailto:{text}"
            linked.append(text)
    assert sorted(linked) == sorted(addresses)
    xml = document.element.xml
    assert "\u200b" not in xml and "\u00ad" not in xml  # nothing invisible in a copied address
    # The column is wide enough for the longest address at the table's size (no address broken).
    widest = max(len(a) for a in addresses)
    twips = int(table._tbl.tblGrid.findall(qn("w:gridCol"))[4].get(qn("w:w")))
    character = tables.CHARACTER_TWIPS * _table_points(table) / 11
    assert twips >= int(tables.CELL_MARGIN_TWIPS + character * widest)


def _table_points(table: Table) -> float:
    """The size the table's text is set in (the document's 11 pt when it does not say)."""
    sizes = [
        r.font.size.pt
        for row in table.rows
        for c in row.cells
        for p in c.paragraphs
        for r in p.runs
        if r.font.size
    ]
    return min(sizes) if sizes else 11.0


def test_an_organisation_without_members_says_so(example: Dataset) -> None:
    document = read(export("members", attrs.evolve(example, members=())))
    assert table_rows(document) == [["Navn", "Driftsform", "Region", "Daglig leder", "Kontakt"]]
    assert texts(document)[-1] == "Organisasjonen hadde ingen medlemmer i perioden."


def test_counts_up_to_twelve_are_words_and_parts_are_written_as_their_total(example: Dataset) -> None:
    """One rule: "sju prosjekter og to tiltak" (the seed printed digits there), "51 saker"; the parts of
    a total of eight members in words, of twenty in digits (the member test above)."""
    projects = texts(read(export("projects", example)))
    assert "KSS har i perioden administrert sju prosjekter og to tiltak." in projects
    few = attrs.evolve(example, members=example.members[:8])
    summary = texts(read(export("members", few)))[-1]
    forms = [m.operating_form for m in few.members]
    assert summary.startswith("Organisasjonen hadde åtte medlemmer i perioden, hvorav ")
    assert not any(ch.isdigit() for ch in summary), summary
    assert len(set(forms)) > 1  # the example's first eight are of more than one form: a real breakdown
    bodies = " ".join(texts(read(export("bodies", example))))
    assert "Styret hadde seks møter og behandlet 51 saker" in bodies


def test_programmes_first_with_their_service_staff_and_grant(example: Dataset) -> None:
    paragraphs = texts(read(export("projects", attrs.evolve(example, texts=()))))
    assert paragraphs[:4] == [
        "Prosjekter og tiltak i Krisesentersekretariatet",
        "KSS har i perioden administrert sju prosjekter og to tiltak.",
        "Tiltak",
        "VO-linjen",
    ]
    assert paragraphs.index("ROSA") < paragraphs.index("Prosjekter")
    assert (
        "I 2023 mottok VO-linjen totalt 4279 henvendelser, 2679 via telefon og 1600 via chat." in paragraphs
    )
    assert (
        "I 2023 mottok ROSA totalt 1087 henvendelser "
        "(over den nasjonale hjelpelinjen for utsatte for menneskehandel)." in paragraphs
    )
    assert "Tilskudd i 2023: 7\u00a0140\u00a0000 kroner." in paragraphs
    assert (
        "Tilskudd i 2023: 6\u00a0959\u00a0295 kroner (basert på foreløpig regnskap, og inkludert gaver)."
        in paragraphs
    )
    rosa_staff = next(p for p in paragraphs if p.startswith("Silje Heitmann"))
    assert rosa_staff.splitlines() == [
        "Silje Heitmann, leder (fra 1.11.2023)",
        "Leila Langdalen Sbai, fagansvarlig (fungerende leder til 1.november 2023)",
        "Maria Horsfjord, rådgiver (fra september 2023)",
        "Kristin Næss-Stub, rådgiver (til august 2023)",
        "Eline Bostad, vikarierende rådgiver (april - september 2023)",
        "Mildrid Mikkelsen, leder (i permisjon til hun sa opp sin stilling i juni 2023)",
    ]
    vo_staff = next(p for p in paragraphs if p.startswith("Julie Haatuft"))
    assert "Maiken Helgesen, vikarierende rådgiver" in vo_staff.splitlines()


def test_projects_with_amounts_that_never_wrap(example: Dataset) -> None:
    document = read(export("projects", example))
    projects = table_rows(document, 0)
    assert len(document.tables) == 1
    assert projects[0] == ["Navn", "Samarbeidspartner", "Tilskuddsyter", "Tilskuddsstørrelse"]
    amounts = {r[0]: r[3] for r in projects[1:]}
    assert list(amounts) == [
        "Taushet tar liv",
        "Se sammenhengen",
        "Sommeraksjonen",
        "Juleaksjonen",
        "KjøkkenKultur – Mat for Mestring",
        "Anes Romania",
        "MANREPORT-IPV (Avvergeplikt i møte med partnervold)",
    ]
    assert amounts["Sommeraksjonen"] == "Kr\u00a02\u00a0783\u00a0973"
    assert amounts["KjøkkenKultur – Mat for Mestring"] == "Kr\u00a01\u00a0120\u00a0000 (for 2023 og 2024)"
    assert amounts["Anes Romania"] == ""


def test_awards_as_printed(example: Dataset) -> None:
    paragraphs = texts(read(export("awards", example)))
    assert paragraphs[:2] == [
        "Priser",
        "Inger-Lise Walmsness Larsen fikk Krisesentersekretariatets Ærespris 2023",
    ]
    honour = paragraphs[2]
    assert honour.startswith(
        "Krisesentersekretariatets ærespris 2023 ble tildelt Inger-Lise Walmsness Larsen "
        "under årsmøtemiddagen."
    )
    assert "Senteret har i dag 22 lokale, nasjonale og internasjonale prosjekter og tiltak gående." in honour
    assert paragraphs[3] == (
        "Krisesentersekretariatet gratulerer den verdige prisvinneren – det er en stor ære og glede "
        "å gi Inger-Lise Walmsness Larsen Æresprisen 2023."
    )
    assert paragraphs[4] == "Rettighetsprisen 2023 ble tildelt Margunn Bjørnholt"
    assert "vold i samiske miljøer og partnervold" in paragraphs[5]


def test_an_award_without_its_printed_text_is_written_from_its_fields(example: Dataset) -> None:
    plain = tuple(attrs.evolve(a, title=None, citation=None) for a in example.awards)
    paragraphs = texts(read(export("awards", attrs.evolve(example, awards=plain))))
    assert paragraphs[1] == "Inger-Lise Walmsness Larsen fikk Krisesentersekretariatets ærespris 2023"
    assert paragraphs[2] == (
        "Krisesentersekretariatets ærespris 2023 ble tildelt Inger-Lise Walmsness Larsen (Oslo krisesenter "
        "og Kompetansesenter for vold i nære relasjoner) under årsmøtemiddagen. Inger-Lise Walmsness Larsen "
        "mottok diplom og et kunstverk – en skulptur laget av Maria Øverbye."
    )


def test_organisation_in_the_seeds_order_and_words(example: Dataset) -> None:
    document = read(export("bodies", example))
    paragraphs = texts(document)
    order = [
        "Organisasjon",
        "Årsmøte og fagdag 2023",
        "Inger-Lise Walmsness Larsen fikk Krisesentersekretariatets Ærespris 2023",
        "Rettighetsprisen 2023 ble tildelt Margunn Bjørnholt",
        "Valg på årsmøtet 2023",
        "Styret",
        "Styremedlemmer 2023",
        "Fagetisk råd",
        "Fagetisk råds medlemmer 2023",
        "Valgkomiteen",
        "Valgkomiteens medlemmer 2023",
    ]
    positions = [paragraphs.index(h) for h in order]
    assert positions == sorted(positions)
    assert paragraphs[1].startswith("Krisesentersekretariatets øverste organ er årsmøtet.")
    assert "Årsmøtet 2023 ble holdt 26.-27.4.2023 på Scandic Lillestrøm." in paragraphs
    assert any(p.startswith("Årsmøte behandlet blant annet nytt mandat til Etisk råd") for p in paragraphs)
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
    assert "Styret hadde seks møter og behandlet 51 saker i 2023." in paragraphs
    assert "Fagetisk råd hadde to møter og behandlet 13 saker i 2023." in paragraphs
    assert "Sekretær: Hege Mauroy" in paragraphs
    assert paragraphs[paragraphs.index("Noen av oppgavene er:") - 1].startswith(
        "Fagetisk råd skal, med utgangspunkt i Krisesentersekretariatets verdigrunnlag"
    )
    tasks = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "List Bullet"]
    assert tasks[0] == "Gi medlemmene råd og veiledning i fagetiske spørsmål."
    assert len(tasks) == 3


def test_one_deputy_of_one_seat_over_a_change_is_one_line(example: Dataset) -> None:
    paragraphs = texts(read(export("bodies", example)))
    everything = "\n".join(paragraphs)
    assert everything.count("Kai Stokke") == 1
    seat = next(p for p in paragraphs if p.startswith("Marie Lindèn"))
    assert seat.splitlines() == [
        "Marie Lindèn, Krise- og incestsenteret i Fredrikstad fram til årsmøtet i 2023",
        "Kari-Mette Fjell, Indre Østfold krisesenter fra årsmøtet 2023",
        "Vara: Kai Stokke, Krise- og incestsenteret i Fredrikstad",
    ]


def test_elections_mark_deputies_and_show_no_column_of_nothing(example: Dataset) -> None:
    document = read(export("bodies", example))
    elections = table_rows(document, 0)
    assert elections == [
        ["Organ", "Valgt"],
        ["Styret", "Kristin Mettenes (vara)\nGunn Knörr (vara)"],
        [
            "Fagetisk råd",
            "Kari-Mette Fjell\nIngeborg Åsen Fjeldstad\nPer Lorentzen (vara)\nElisabeth Ng Langdal (vara)",
        ],
        ["Valgkomiteen", "Mai Britt Vatle Thomsen\nMarianne Hvalshagen (vara)"],
    ]
    assert all(cell.strip() for row in elections for cell in row)  # no empty cell
    assert "Styret: Nye personlige vara for region sør-øst og region nord." in texts(document)
    proposed = attrs.evolve(example.elections[0], proposed=("Kristin Mettenes", "Gunn Knörr"), note=None)
    data = attrs.evolve(example, elections=(proposed,))
    document = read(export("bodies", data))
    assert table_rows(document, 0)[0] == ["Organ", "Valgkomiteens innstilling", "Valgt"]
    assert not any(p.startswith("Styret: ") for p in texts(document))


def test_communication(example: Dataset) -> None:
    document = read(export("communication", attrs.evolve(example, texts=())))
    paragraphs = texts(document)
    assert paragraphs[:5] == [
        "Informasjonsarbeid og utadrettet arbeid",
        "Krisesentersekretariatet i media",
        "Totalt antall treff: 57 (2022: 106)",
        "Treff i nettaviser/nettsteder: 49 (2022: 79)",
        "Treff i papiraviser: 8 (2022: 36)",
    ]
    assert "Veldig bekymret/ROSA – Dagbladet" in paragraphs
    assert "Når skal vi handle, hvis ikke nå?/VO-linjen – Dagsavisen" in paragraphs
    assert "Rekkevidde: 132\u00a0300 (-27% fra 2022)" in paragraphs
    assert "Antall besøk: 2878 (+90% fra 2022)" in paragraphs
    assert "Følgere: 144 (2022: 119)" in paragraphs
    assert "Det har blitt sendt ut ni nyhetsbrev til medlemmene i løpet av 2023." in paragraphs
    assert paragraphs.index("Tall fra Facebook:") < paragraphs.index("Tall fra Instagram:")
    links = zipfile.ZipFile(io.BytesIO(export("communication", example))).read("word/_rels/document.xml.rels")
    assert b"https://www.dagbladet.no/nyheter/veldig-bekymret/78068483" in links
    assert b'TargetMode="External"' in links
    assert "Avspillinger: 884 (animasjonsfilmen fra 2021, totalt; 244 av avspillingene var i 2023)" in (
        paragraphs
    )
    assert "Unike besøkende: 18\u00a0000 (tilnærmet)" in paragraphs


def test_a_story_about_a_programme_the_dataset_lacks_is_about_the_organisation(example: Dataset) -> None:
    """A dataset made in code need not be checked: a story naming no programme still gets a line."""
    story = attrs.evolve(example.media[0], unit="no-such-programme")
    data = attrs.evolve(example, media=(story, *example.media[1:]))
    paragraphs = texts(read(export("communication", data)))
    assert f"{story.title}/KSS – {story.outlet}" in paragraphs


def test_secretariat(example: Dataset) -> None:
    paragraphs = texts(read(export("secretariat", attrs.evolve(example, texts=()))))
    assert paragraphs == [
        "Sekretariat",
        "Ansatte",
        "Ane Fossum, daglig leder",
        "Hege Mauroy, administrasjonsleder",
        "Økonomi",
        "Organisasjonens resultat for 2023 er på minus 353\u00a0215 kroner.",
        paragraphs[6],
        "Revisor",
        "Revisor for Krisesentersekretariatet er RSM Norge AS.",
        "Regnskapsførere",
        "Regnskapsførere for Krisesentersekretariatet er Lauritzen Regnskap AS. "
        "Kontaktperson er Bente Bremnes.",
    ]
    assert paragraphs[6].startswith("Dette er et resultat av at vi har brukt noe av overskuddet fra 2022")


def test_secretariat_lists_the_staff_of_the_report_year_only(example: Dataset) -> None:
    left = Staff(id="left", person="Kari Nordmann", title="rådgiver", end=PartialDate(2022, 6))
    later = Staff(id="later", person="Ola Nordmann", title="rådgiver", start=PartialDate(2024, 1))
    joined = Staff(id="joined", person="Per Hansen", title="rådgiver", start=PartialDate(2023, 9))
    data = attrs.evolve(example, staff=(left, *example.staff, later, joined), texts=())
    paragraphs = texts(read(export("secretariat", data)))
    assert paragraphs[1:5] == [
        "Ansatte",
        "Ane Fossum, daglig leder",
        "Hege Mauroy, administrasjonsleder",
        "Per Hansen, rådgiver (fra september 2023)",
    ]


def test_the_report_holds_every_section_in_the_seeds_order(example: Dataset) -> None:
    data = export("report", example)
    html = mammoth.convert_to_html(io.BytesIO(data)).value
    headings = [
        "Politikk",
        "Informasjonsarbeid og utadrettet arbeid",
        "Utvalg, allianser og nettverk",
        "Prosjekter og tiltak i Krisesentersekretariatet",
        "Organisasjon",
        "Medlemmer i Krisesentersekretariatet 2023",
        "Sekretariat",
    ]
    positions = [html.index(f"<h1>{h}</h1>") for h in headings]
    assert positions == sorted(positions)
    assert html.count("<h1>") == len(headings)
    for row in politics_rows(example):
        assert row[1].replace("&", "&amp;") in html
    document = read(data)
    assert document.core_properties.title == "Årsmelding 2023"
    assert document.core_properties.author == "Krisesentersekretariatet"
    assert document.core_properties.language == "nb-NO"


def test_the_same_data_gives_identical_bytes(example: Dataset) -> None:
    moment = dt.datetime(2024, 3, 12, 23, 47, 58, tzinfo=dt.UTC)  # after 16:00: the DOS time's top bit set
    first = export("report", example, timestamp=moment)
    assert first == export("report", example, timestamp=moment)
    assert first != export("report", example, timestamp=moment + dt.timedelta(days=1))
    assert _entry_times(first) == {(2024, 3, 12, 23, 47, 58)}
    properties = read(first).core_properties
    assert (properties.created, properties.modified) == (moment, moment)
    assert (properties.revision, properties.author, properties.last_modified_by) == (
        1,
        *["Krisesentersekretariatet"] * 2,
    )
    assert (properties.subject, properties.keywords, properties.category, properties.comments) == ("",) * 4
    application = zipfile.ZipFile(io.BytesIO(first)).read("docProps/app.xml").decode("utf-8")
    assert "<Company>Krisesentersekretariatet</Company>" in application
    assert "<vt:lpstr>Årsmelding 2023</vt:lpstr>" in application


def test_a_moment_before_1980_is_written_as_the_first_a_zip_can_hold(example: Dataset) -> None:
    data = export("politics", example, timestamp=dt.datetime(1975, 6, 1, 12, tzinfo=dt.UTC))
    assert _entry_times(data) == {(1980, 1, 1, 0, 0, 0)}


def _entry_times(data: bytes) -> set[tuple[int, ...]]:
    """The time of every entry, as the central directory and as each local header says it."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    found: set[tuple[int, ...]] = {info.date_time for info in archive.infolist()}
    for info in archive.infolist():
        dos_time, dos_date = struct.unpack_from("<HH", data, info.header_offset + 10)
        found.add(
            (
                (dos_date >> 9) + 1980,
                (dos_date >> 5) & 15,
                dos_date & 31,
                dos_time >> 11,
                (dos_time >> 5) & 63,
                (dos_time & 31) * 2,
            )
        )
    return found


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


def _notes_after_the_table(document: docx.document.Document) -> list[str]:
    shown = texts(document)
    return shown[shown.index("Merknader til tabellen:") + 1 :] if "Merknader til tabellen:" in shown else []


def test_the_notes_of_the_rows_follow_the_table_in_the_rows_order_without_narrower_ones(
    example: Dataset,
) -> None:
    """Notes written backwards in the file, one on a record for the board only: the public table's
    notes come in date order, each under its row's date, and the board's is not there."""
    march = Activity(
        id="mars", date=DateSpan.parse("3.3.2023"), where="Stortinget", topic="Budsjett", note="B"
    )
    january = attrs.evolve(march, id="januar", date=DateSpan.parse("9.1.2023"), note="A")
    secret = attrs.evolve(
        march, id="styret", date=DateSpan.parse("1.2.2023"), note="S", visibility=Visibility.BOARD
    )
    plain = [attrs.evolve(a, note=None) for a in example.activities]
    data = attrs.evolve(example, activities=(march, secret, *plain, january))
    assert _notes_after_the_table(read(export("politics", data))) == ["9.1.2023: A", "3.3.2023: B"]
    board = read(export("politics", data, audience=Visibility.BOARD))
    assert _notes_after_the_table(board) == ["9.1.2023: A", "1.2.2023: S", "3.3.2023: B"]
    assert (
        _notes_after_the_table(read(export("politics", attrs.evolve(example, activities=tuple(plain))))) == []
    )


def test_the_examples_corrected_dates_carry_their_erratum_under_the_table(example: Dataset) -> None:
    notes = _notes_after_the_table(read(export("politics", example)))
    assert [n.split(":")[0] for n in notes] == ["16.8.2023", "26.10.2023", "9.11.2023", "10.11.2023"]
    assert notes[0] == "16.8.2023: Rettet fra 16.8.2022 i årsmeldingen slik den først ble trykt."


@pytest.mark.parametrize(
    ("records", "pick"),
    [
        ("activities", lambda r: r.status is not Status.CANCELLED and r.date.start.year == 2023),
        ("alliances", lambda r: r.kind.value == "reference_group"),
        ("alliances", lambda r: r.kind.value == "alliance"),
        ("alliances", lambda r: r.kind.value == "network"),
        ("bodies", lambda r: r.kind.value == "board"),
        ("agms", lambda r: r.year == 2023),
        ("statistics", lambda r: r.year == 2023 and r.meetings is not None and r.subject == "styret"),
        ("awards", lambda r: r.year == 2023),
        ("members", lambda r: True),
        ("projects", lambda r: r.kind.value == "programme"),
        ("projects", lambda r: r.kind.value == "project" and 2023 in r.years),
        ("media", lambda r: r.year == 2023),
        ("texts", lambda r: r.year == 2023),
    ],
)
def test_a_records_note_is_printed_with_it_in_the_report(
    example: Dataset, records: str, pick: Callable[[Any], bool]
) -> None:
    chosen = next(r for r in getattr(example, records) if r.visibility is Visibility.PUBLIC and pick(r))
    note = f"Merknad til {chosen.id}"
    changed = tuple(attrs.evolve(r, note=note) if r is chosen else r for r in getattr(example, records))
    changes: dict[str, Any] = {records: changed}
    report = export("report", attrs.evolve(example, **changes))
    everything = docx2python.docx2python(io.BytesIO(report)).text
    assert everything.count(note) == 1


def _prose(part: ReportPart, text: str, **kwargs: Any) -> SectionText:
    return SectionText(id=f"{part.value}-{len(text)}", year=2023, part=part, text=text, **kwargs)


def test_a_parts_prose_stands_under_its_heading_and_at_its_end_in_file_order(example: Dataset) -> None:
    """Written closing first, with a text of another year and one for the board only: the public
    politics section opens with its two intros in file order and closes with its closing."""
    closing = _prose(ReportPart.POLITICS, "Avslutning.", placement=Placement.CLOSING)
    first = _prose(ReportPart.POLITICS, "Første.\n\nAndre avsnitt.")
    second = _prose(ReportPart.POLITICS, "Tredje.", note="Merknad til innledningen.")
    other_year = attrs.evolve(first, id="i-fjor", year=2022, text="I fjor.")
    secret = attrs.evolve(first, id="styret", text="Bare for styret.", visibility=Visibility.BOARD)
    data = attrs.evolve(example, texts=(closing, other_year, first, secret, second))
    shown = texts(read(export("politics", data)))
    assert shown[:6] == [
        "Politikk",
        "Første.",
        "Andre avsnitt.",
        "Tredje.",
        "Merknad til innledningen.",
        "Høringer, innspill, konferanser og politisk representasjon",
    ]
    assert shown[-1] == "Avslutning."
    assert "I fjor." not in shown
    assert "Bare for styret." not in shown
    assert "Bare for styret." in texts(read(export("politics", data, audience=Visibility.BOARD)))


def test_a_part_with_prose_and_no_records_still_has_its_heading_and_prose(example: Dataset) -> None:
    projects = _prose(ReportPart.PROJECTS, "Ingen egne prosjekter i år.")
    finances = _prose(ReportPart.FINANCES, "Regnskapet er ikke ferdig.")
    data = attrs.evolve(
        example,
        projects=tuple(p for p in example.projects if p.kind.value == "programme"),
        finances=(),
        texts=(projects, finances),
    )
    shown = texts(read(export("projects", data)))
    assert shown[shown.index("Prosjekter") + 1] == "Ingen egne prosjekter i år."
    secretariat = texts(read(export("secretariat", data)))
    assert secretariat[secretariat.index("Økonomi") + 1 :] == ["Regnskapet er ikke ferdig."]


def test_the_examples_prose_is_printed_where_the_seed_prints_it(example: Dataset) -> None:
    shown = texts(read(export("report", example)))
    for heading, opening in [
        ("Politikk", "Krisesentersekretariatet er en uavhengig paraplyorganisasjon"),
        ("Informasjonsarbeid og utadrettet arbeid", "Vårt mediearbeid er helt sentralt"),
        ("Krisesentersekretariatet i media", "Tallene under, for hvor ofte"),
        ("Sosiale medier", "Krisesentersekretariatet er på plattformene"),
        ("Utvalg, allianser og nettverk", "Utvalgene Krisesentersekretariatet sitter i"),
        ("Tiltak", "Våre faste tiltak er finansiert"),
        ("Prosjekter", "Krisesentersekretariatet har vært involvert"),
        ("Sekretariat", "Krisesentersekretariatet har kontorer i Oslo"),
    ]:
        assert shown[shown.index(heading) + 1].startswith(opening), heading
    result = next(n for n, t in enumerate(shown) if t.startswith("Organisasjonens resultat for 2023"))
    assert shown[result + 2].startswith("Organisasjonen har begrensede midler til rådighet.")
    assert shown[result + 4] == "Revisor"


def _part(key: str, value: int, category: str, **kwargs: Any) -> Figure:
    return Figure(
        id=f"del-{key}",
        year=2023,
        unit="vo-linjen",
        measure=Measure.ENQUIRIES,
        value=value,
        category=category,
        **kwargs,
    )


def test_a_breakdown_is_one_sentence_in_file_order_with_shares_in_per_cent(example: Dataset) -> None:
    """Two breakdowns written interleaved, one share whose base is for the board only: each breakdown
    is printed whole where it first appears, and the share without its public base is left out."""
    base = "2023-vo-linjen-enquiries-phone"
    secret_base = Figure(id="intern", year=2023, unit="vo-linjen", measure=Measure.VISITS, value=10)
    secret_base = attrs.evolve(secret_base, visibility=Visibility.BOARD)
    parts = (
        _part("a1", 60, "voldsutsatte", group="Hvem ringte?", share_of=base),
        _part("b1", 12, "kvinner", group="Av disse:"),
        _part("a2", 40, "pårørende", group="Hvem ringte?", share_of=base),
        _part("enkel", 92, "besvart", share_of=base),
        _part("hemmelig", 50, "hemmelig andel", group="Hvem ringte?", share_of="intern"),
    )
    kept = tuple(f for f in example.figures if f.unit != "vo-linjen" or f.category is None)
    data = attrs.evolve(example, figures=(*kept, secret_base, *parts))
    shown = texts(read(export("projects", data)))
    total = shown.index(
        "I 2023 mottok VO-linjen totalt 4279 henvendelser, 2679 via telefon og 1600 via chat."
    )
    assert shown[total + 1 : total + 4] == [
        "Hvem ringte? 60% voldsutsatte og 40% pårørende.",
        "Av disse: 12 kvinner.",
        "Henvendelser: 92% besvart.",
    ]
    assert not any("hemmelig" in line for line in shown)
    board = texts(read(export("projects", data, audience=Visibility.BOARD)))
    assert "Hvem ringte? 60% voldsutsatte, 40% pårørende og 50% hemmelig andel." in board


def test_the_examples_help_lines_print_their_breakdowns(example: Dataset) -> None:
    shown = texts(read(export("projects", example)))
    assert "Hvem ringte inn? 71% voldsutsatte, 14% pårørende og 1% hjelpeapparat." in shown
    assert "På chat var 83% kvinner, 9% menn og 2% med annen kjønnsidentitet." in shown
    assert any(line.startswith("Henvendelser: 92% besvart") for line in shown)
    assert (
        "Av de nye sakene: 28 utsatt for tvungen prostitusjon (24 kvinner, 4 menn), 16 tvangsarbeid "
        "(9 kvinner, 7 menn), 6 blanding av forskjellige former for utnyttelse (4 kvinner, 2 menn) og "
        "14 uspesifiserte saker (10 kvinner, 4 menn)." in shown
    )


def test_a_projects_own_part_gives_the_sum_applied_for_and_its_figures(example: Dataset) -> None:
    """A project refused (applied for, no grant) and one granted less than asked; a figure of the
    refused one for the board only stays out of the public report."""
    refused = Project(
        id="avslag", name="Avslått prosjekt", funders=("Bufdir",), applied=500_000, years=(2023,)
    )
    granted = next(p for p in example.projects if p.id == "juleaksjonen-2023")
    secret = Figure(id="hemmelig", year=2023, unit="avslag", measure=Measure.APPLICATIONS, value=3)
    secret = attrs.evolve(secret, visibility=Visibility.BOARD)
    data = attrs.evolve(example, projects=(refused, *example.projects), figures=(*example.figures, secret))
    shown = texts(read(export("projects", data)))
    assert shown[shown.index("Avslått prosjekt") + 1] == "Søkt om kr 500\u00a0000."
    assert "Søknader: 3" not in shown
    assert shown[shown.index(granted.name, shown.index("Avslått prosjekt")) + 2] == (
        "Søkt om kr 3\u00a0144\u00a0600, innvilget kr 2\u00a0974\u00a0000."
    )
    board = texts(read(export("projects", data, audience=Visibility.BOARD)))
    assert "Søknader: 3" in board
    assert "Av sentrene som søkte: 18 medlemmer og 20 ikke-medlemmer." in shown


@pytest.mark.parametrize("channel", [Channel.YOUTUBE, None])
def test_a_breakdown_of_a_channel_without_other_figures_is_printed_once(
    example: Dataset, channel: Channel | None
) -> None:
    """Nothing counted is left out: a breakdown is printed even where its channel has no whole figure."""
    kept = tuple(f for f in example.figures if f.unit is not None or f.channel is not channel)
    seen = Figure(id="a", year=2023, channel=channel, measure=Measure.VIEWS, value=5, category="filmer")
    sent = Figure(id="b", year=2023, channel=Channel.NEWSLETTER, measure=Measure.SENT, value=3)
    sent = attrs.evolve(sent, category="ekstra")
    data = attrs.evolve(example, figures=(*kept, attrs.evolve(seen, group="Sett:"), sent))
    everything = docx2python.docx2python(io.BytesIO(export("communication", data))).text
    assert everything.count("Sett: 5 filmer.") == 1
    assert everything.count("3 ekstra") == 1
