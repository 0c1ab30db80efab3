"""The floor for ``kssgov export politics``: the same table written the fastest plain way.

Parse the TOML with tomllib, keep the year's activities in date order, and
write the rows as prepared XML strings into python-docx's own document: the
same row XML kssgov writes (rows that do not split, fixed widths, every run
tagged nb-NO), without kssgov's checks, audiences, styles or properties.
``python politics_floor.py DATASET OUT.docx``
"""

import io
import sys
import tomllib
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx

folder, target = Path(sys.argv[1]), Path(sys.argv[2])
with (folder / "kssgov.toml").open("rb") as handle:
    year = tomllib.load(handle)["year"]
rows = []
for path in sorted(folder.rglob("*.toml")):
    if path.name == "kssgov.toml":
        continue
    with path.open("rb") as handle:
        for activity in tomllib.load(handle).get("activity", []):
            day = activity["date"]
            if day.year == year:
                rows.append((day, activity["where"], activity["topic"]))
rows.sort(key=lambda row: row[0])


LANGUAGE = '<w:rPr><w:lang w:val="nb-NO" w:eastAsia="nb-NO" w:bidi="ar-SA"/></w:rPr>'


def cell(text: str, width: int) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr><w:p><w:r>{LANGUAGE}'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:tc>'
    )


ROW = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
header = f"{ROW}{cell('Dato', 1500)}{cell('Hvor', 4000)}{cell('Tema', 3500)}</w:tr>"
body = "".join(
    f"{ROW}{cell(f'{day.day}.{day.month}.{day.year}', 1500)}{cell(where, 4000)}{cell(topic, 3500)}</w:tr>"
    for day, where, topic in rows
)
table = (
    '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/>'
    f"<w:gridCol/></w:tblGrid>{header}{body}</w:tbl>"
)
blank = io.BytesIO()
docx.Document().save(blank)
with zipfile.ZipFile(blank) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "word/document.xml":
            data = data.replace(b"<w:sectPr", table.encode("utf-8") + b"<w:sectPr", 1)
        out.writestr(item, data)
