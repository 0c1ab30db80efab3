"""A Word document to write sections into: the organisation's template or a plain one.

Whatever it starts from, the document kssgov writes is tagged with its
language (``nb-NO`` or ``en-GB``) in its styles, settings and every run it
adds, so that Word spell-checks and hyphenates it in that language; it has
real heading styles (a template that lacks them gets them), so that its
headings are headings in the PDF's structure and a reader's outline; and its
properties name the organisation as author and the document's title, never
the library it was made with.

Styles are looked up tolerantly (Word saves ``heading 1`` with a localised id
such as ``Overskrift1``; LibreOffice saves ``Heading 1``). Every element added
to a ``*Pr`` element goes where the Office Open XML schema puts it, so that
Word opens the file without repairing it. Saving is deterministic: fixed
timestamps in the package and in the zip entries.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import struct
import weakref
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final, cast
from xml.sax.saxutils import escape

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle, CharacterStyle, ParagraphStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from kssgov import Language, PluginError
from kssgov.translations import LANGUAGE_TAGS

from .labels import ERRORS

#: A section writes up to four levels of headings, and a marker may put its top at level 3.
HEADING_LEVELS: Final = (1, 2, 3, 4, 5, 6)
_HEADING_IDS: Final = {
    level: tuple(f"{word}{level}" for word in ("heading", "overskrift", "rubrik", "berschrift", "titre"))
    for level in HEADING_LEVELS
}
_HEADING_SIZES: Final = {1: Pt(16), 2: Pt(13), 3: Pt(11.5), 4: Pt(11), 5: Pt(11), 6: Pt(11)}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")

#: The order of the children of the ``*Pr`` elements kssgov adds to, as the schema fixes it.
SEQUENCES: Final[dict[str, tuple[str, ...]]] = {
    "w:tblPr": (
        "w:tblStyle",
        "w:tblpPr",
        "w:tblOverlap",
        "w:bidiVisual",
        "w:tblStyleRowBandSize",
        "w:tblStyleColBandSize",
        "w:tblW",
        "w:jc",
        "w:tblCellSpacing",
        "w:tblInd",
        "w:tblBorders",
        "w:shd",
        "w:tblLayout",
        "w:tblCellMar",
        "w:tblLook",
        "w:tblCaption",
        "w:tblDescription",
    ),
    "w:trPr": (
        "w:cnfStyle",
        "w:divId",
        "w:gridBefore",
        "w:gridAfter",
        "w:wBefore",
        "w:wAfter",
        "w:cantSplit",
        "w:trHeight",
        "w:tblHeader",
        "w:tblCellSpacing",
        "w:jc",
        "w:hidden",
        "w:ins",
        "w:del",
        "w:trPrChange",
    ),
    "w:tcPr": (
        "w:cnfStyle",
        "w:tcW",
        "w:gridSpan",
        "w:hMerge",
        "w:vMerge",
        "w:tcBorders",
        "w:shd",
        "w:noWrap",
        "w:tcMar",
        "w:textDirection",
        "w:tcFitText",
        "w:vAlign",
        "w:hideMark",
    ),
    "w:rPr": (
        "w:rStyle",
        "w:rFonts",
        "w:b",
        "w:bCs",
        "w:i",
        "w:iCs",
        "w:caps",
        "w:smallCaps",
        "w:strike",
        "w:dstrike",
        "w:outline",
        "w:shadow",
        "w:emboss",
        "w:imprint",
        "w:noProof",
        "w:snapToGrid",
        "w:vanish",
        "w:webHidden",
        "w:color",
        "w:spacing",
        "w:w",
        "w:kern",
        "w:position",
        "w:sz",
        "w:szCs",
        "w:highlight",
        "w:u",
        "w:effect",
        "w:bdr",
        "w:shd",
        "w:fitText",
        "w:vertAlign",
        "w:rtl",
        "w:cs",
        "w:em",
        "w:lang",
        "w:eastAsianLayout",
        "w:specVanish",
        "w:oMath",
    ),
    "w:pPr": (
        "w:pStyle",
        "w:keepNext",
        "w:keepLines",
        "w:pageBreakBefore",
        "w:framePr",
        "w:widowControl",
        "w:numPr",
        "w:suppressLineNumbers",
        "w:pBdr",
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    ),
}


def place(parent: BaseOxmlElement, child: BaseOxmlElement) -> BaseOxmlElement:
    """Put *child* into *parent* (a ``*Pr`` element) where the schema wants it, replacing its like."""
    order = SEQUENCES[_prefixed(parent.tag)]
    name = _prefixed(child.tag)
    for existing in parent.findall(child.tag):
        parent.remove(existing)
    rank = order.index(name)
    for index, sibling in enumerate(parent):
        sibling_name = _prefixed(sibling.tag) if isinstance(sibling.tag, str) else ""
        if sibling_name in order and order.index(sibling_name) > rank:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


_W: Final = qn("w:p")[: -len("p")]


def _prefixed(tag: str) -> str:
    """``w:tblPr`` for the qualified name of a WordprocessingML element."""
    return "w:" + tag[len(_W) :] if tag.startswith(_W) else tag


def element(tag: str, **attributes: str) -> BaseOxmlElement:
    """A new WordprocessingML element with its ``w:`` attributes."""
    made = cast(BaseOxmlElement, OxmlElement(tag))
    for name, value in attributes.items():
        made.set(qn(f"w:{name}"), value)
    return made


def clean(text: str) -> str:
    """Text Word can hold: XML-illegal characters removed, line ends made ``\\n``."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# --- opening ---------------------------------------------------------------------------------


def read_template(path: Path | None) -> bytes | None:
    """The bytes of the organisation's template, if one was given."""
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        raise PluginError(ERRORS["not_docx"], path=path) from None


def open_document(template: bytes | None, language: Language, name: object) -> Document:
    """The template with its body emptied (styles, headers, footers and page setup kept), or a new one.

    *name* is how the template is named when it cannot be read (its path).

    Either way it is made ready for *language*, with heading styles of every level kssgov writes.
    """
    if template is None:
        document = docx.Document()
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
        _without_thumbnail(document)
    else:
        try:
            document = docx.Document(io.BytesIO(template))
        except Exception:  # noqa: BLE001 - any unreadable input is the same problem to a person
            raise PluginError(ERRORS["not_docx"], path=name) from None
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
    prepare(document, language)
    number_pages(document)
    return document


def number_pages(document: Document) -> None:
    """A page number at the foot of each page, centred, unless the template's footer has words of its own."""
    for section in document.sections:
        footer = section.footer
        if (
            any(p.text.strip() for p in footer.paragraphs)
            or footer._element.find(f".//{qn('w:fldSimple')}") is not None
        ):
            continue
        para = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        field = element("w:fldSimple", instr="PAGE")
        run = element("w:r")
        shown = element("w:t")
        shown.text = "1"  # what a reader shows before it counts the pages
        run.append(shown)
        field.append(run)
        para._p.append(field)


def prepare(document: Document, language: Language) -> None:
    """Tag *document* with *language* and give it the heading styles it lacks."""
    tag = LANGUAGE_TAGS[language]
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = element("w:docDefaults")
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = element("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = element("w:rPr")
        run_defaults.append(properties)
    place(properties, element("w:lang", val=tag, eastAsia=tag, bidi="ar-SA"))
    for style in document.styles:
        style_properties = style.element.find(qn("w:rPr"))
        if style_properties is not None and style_properties.find(qn("w:lang")) is not None:
            place(style_properties, element("w:lang", val=tag, eastAsia=tag, bidi="ar-SA"))
    settings = document.settings.element
    for stale in settings.findall(qn("w:proofState")):
        settings.remove(stale)
    for theme_language in settings.findall(qn("w:themeFontLang")):
        theme_language.set(qn("w:val"), tag)
    _without_legacy_styles(document)
    zoom = settings.find(qn("w:zoom"))
    if zoom is not None and zoom.get(qn("w:percent")) is None:
        zoom.set(qn("w:percent"), "100")
    for level in HEADING_LEVELS:
        _heading_style(document, level)


def _heading_style(document: Document, level: int) -> ParagraphStyle:
    found = find_style(document, WD_STYLE_TYPE.PARAGRAPH, *_HEADING_IDS[level])
    if found is not None:
        return cast(ParagraphStyle, found)
    style = document.styles.add_style(f"Heading {level}", WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"] if "Normal" in [s.name for s in document.styles] else None
    style.font.bold = True
    style.font.size = _HEADING_SIZES[level]
    style.paragraph_format.keep_with_next = True
    style.paragraph_format.space_before = Pt(14 if level == 1 else 10)
    style.paragraph_format.space_after = Pt(4)
    paragraph_properties = style.element.get_or_add_pPr()
    place(paragraph_properties, element("w:outlineLvl", val=str(level - 1)))
    return cast(ParagraphStyle, style)


def _without_legacy_styles(document: Document) -> None:
    """Drop ``stylesWithEffects.xml``, Word 2010's copy of the styles that later Word ignores.

    It holds a second, stale set of defaults (python-docx's own says en-US);
    no version of Word since 2013 reads it, and Word 2010 falls back to the
    styles part, which is the one kssgov keeps right.
    """
    relationships = document.part.rels
    for key, relationship in list(relationships.items()):
        if relationship.reltype.endswith("/stylesWithEffects"):
            del relationships[key]


def _without_thumbnail(document: Document) -> None:
    """The blank page python-docx's own template carries as a preview picture: not a picture of ours."""
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.THUMBNAIL:
            del package.rels[key]


def _normalised(name: str) -> str:
    return re.sub(r"[\s_-]", "", name).lower()


def find_style(document: Document, kind: WD_STYLE_TYPE, *names: str) -> BaseStyle | None:
    """The first style of *kind* whose name or id matches one of *names*, in any casing and spacing."""
    wanted = [_normalised(n) for n in names]
    candidates = [s for s in document.styles if s.type == kind]
    for name in wanted:
        for style in candidates:
            if _normalised(style.name or "") == name or _normalised(style.style_id or "") == name:
                return cast(BaseStyle, style)
    return None


# --- writing ---------------------------------------------------------------------------------


def tag_run(run: Run, language: Language) -> Run:
    """*run* marked as written in *language*."""
    tag = LANGUAGE_TAGS[language]
    place(run._r.get_or_add_rPr(), element("w:lang", val=tag, eastAsia=tag, bidi="ar-SA"))
    return run


def heading(document: Document, text: str, level: int, language: Language) -> Paragraph:
    """A heading of *level* in the document's heading style of that level; it never ends a page."""
    paragraph = document.add_paragraph(style=_heading_style(document, min(level, HEADING_LEVELS[-1])))
    paragraph.paragraph_format.keep_with_next = True  # a template's heading style may not say so
    tag_run(paragraph.add_run(clean(text)), language)
    return paragraph


def paragraph(document: Document, text: str, language: Language, *, bold: bool = False) -> Paragraph:
    """A body paragraph; line breaks in *text* become breaks in the paragraph."""
    para = document.add_paragraph()
    lines = clean(text).split("\n")
    for index, line in enumerate(lines):
        run = tag_run(para.add_run(line), language)
        run.bold = bold or None
        if index < len(lines) - 1:
            run.add_break()
    return para


def bullets(
    document: Document, items: Sequence[str], language: Language, links: Sequence[str | None] = ()
) -> None:
    """A bulleted list, in the document's bullet list style when it has one (else each item starts with a
    bullet of its own); items with a link are hyperlinks."""
    style = find_style(document, WD_STYLE_TYPE.PARAGRAPH, "List Bullet", "Punktmerket liste")
    for index, item in enumerate(items):
        para = document.add_paragraph(style=cast(ParagraphStyle | None, style))
        text = clean(item if style is not None else f"• {item}")
        url = links[index] if index < len(links) else None
        if url is None:
            tag_run(para.add_run(text), language)
        else:
            hyperlink(document, para, text, url, language)


def hyperlink(document: Document, para: Paragraph, text: str, url: str, language: Language) -> None:
    """*text* as a link to *url*, in the document's link style."""
    relationship = document.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = element("w:hyperlink")
    link.set(qn("r:id"), relationship)
    run = tag_run(para.add_run(text), language)
    run.style = link_style(document)
    link.append(run._r)
    para._p.append(link)


def link_style(document: Document) -> CharacterStyle:
    """The document's character style for links; one in blue, underlined, when it has none."""
    found = find_style(document, WD_STYLE_TYPE.CHARACTER, "Hyperlink", "Hyperkobling")
    if found is not None:
        return cast(CharacterStyle, found)
    made = cast(CharacterStyle, document.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER))
    made.font.underline = True
    made.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    return made


def text_width(document: Document) -> int:
    """The width between the margins of the last section, in EMU."""
    section = document.sections[-1]
    width = (section.page_width or 7772400) - (section.left_margin or 0) - (section.right_margin or 0)
    return int(width)


# --- saving ----------------------------------------------------------------------------------


def save(document: Document, moment: dt.datetime, *, title: str, author: str, language: Language) -> bytes:
    """The document as bytes, identical for identical content and *moment*, with its own properties."""
    properties = document.core_properties
    properties.created = moment.replace(tzinfo=None)
    properties.modified = moment.replace(tzinfo=None)
    properties.last_printed = moment.replace(tzinfo=None)
    properties.revision = 1
    properties.author = author
    properties.last_modified_by = author
    properties.title = title
    properties.language = LANGUAGE_TAGS[language]
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.category = ""
    _set_application(document, title, author)
    buffer = io.BytesIO()
    document.save(buffer)
    saved = buffer.getvalue()
    rows = _DEFERRED.pop(document.part, None)
    if rows:
        saved = _with_rows(saved, rows)
    return _normalise_zip(saved, moment)


# --- rows kept as text until saving ------------------------------------------------------------

#: Table rows held as XML text until their document is saved, by document part. Thousands of
#: rows cost far less time and memory as text than as elements, and nothing reads them back.
_DEFERRED: weakref.WeakKeyDictionary[object, list[str]] = weakref.WeakKeyDictionary()
_PLACEHOLDER: Final = "kssgov-rows"
_MAIN_PART: Final = "word/document.xml"


def defer_rows(document: Document, xml: str) -> BaseOxmlElement:
    """A placeholder to put where the rows *xml* go; :func:`save` puts them in its place."""
    rows = _DEFERRED.setdefault(document.part, [])
    rows.append(xml)
    return cast(BaseOxmlElement, etree.ProcessingInstruction(_PLACEHOLDER, str(len(rows) - 1)))


def _with_rows(data: bytes, rows: Sequence[str]) -> bytes:
    """The saved .docx *data* with each placeholder of :func:`defer_rows` replaced by its rows."""
    source = zipfile.ZipFile(io.BytesIO(data))
    xml = source.read(_MAIN_PART)
    places = []
    for number, written in enumerate(rows):
        placeholder = f"<?{_PLACEHOLDER} {number}?>".encode()
        found = xml.find(placeholder)
        if found < 0 or xml.find(placeholder, found + 1) >= 0:
            raise RuntimeError(f"the rows of table {number} have no single place in the document")
        places.append((found, len(placeholder), written))
    pieces = []
    position = 0
    for found, length, written in sorted(places):
        pieces += [xml[position:found], written.encode("utf-8")]
        position = found + length
    pieces.append(xml[position:])
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info, b"".join(pieces) if info.filename == _MAIN_PART else source.read(info))
    return target.getvalue()


_APPLICATION: Final = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>kssgov</Application><Company>{company}</Company>"
    '<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>{title}</vt:lpstr></vt:vector>'
    "</TitlesOfParts></Properties>"
)


def _set_application(document: Document, title: str, company: str) -> None:
    """Extended properties that name kssgov and the organisation, not the program a template came from."""
    replacement = _APPLICATION.format(company=escape(company), title=escape(title)).encode("utf-8")
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = replacement  # a plain part: its bytes are what is saved


def _normalise_zip(data: bytes, moment: dt.datetime) -> bytes:
    """*data* with every zip entry's time set to *moment*, in place, without recompressing.

    The DOS date and time sit at fixed offsets of each local file header and
    each central directory entry (APPNOTE 4.3.7 and 4.3.12).
    """
    year, month, day, hour, minute, second = max(moment, dt.datetime(1980, 1, 1, tzinfo=dt.UTC)).timetuple()[
        :6
    ]
    dos_time = (hour << 11) | (minute << 5) | (second // 2)
    dos_date = ((year - 1980) << 9) | (month << 5) | day
    patched = bytearray(data)
    for info in zipfile.ZipFile(io.BytesIO(data)).infolist():
        struct.pack_into("<HH", patched, info.header_offset + 10, dos_time, dos_date)
    end = data.rfind(b"PK\x05\x06")
    size, offset = struct.unpack_from("<II", data, end + 12)
    position = offset
    while position < offset + size:
        struct.pack_into("<HH", patched, position + 12, dos_time, dos_date)
        name, extra, comment = struct.unpack_from("<HHH", data, position + 28)
        position += 46 + name + extra + comment
    return bytes(patched)


def body_elements(document: Document) -> list[BaseOxmlElement]:
    """The block elements of the body, without the final section properties."""
    return [child for child in document.element.body if child.tag != qn("w:sectPr")]


def move_before(elements: Iterable[BaseOxmlElement], anchor: BaseOxmlElement) -> None:
    """Move *elements* (in order) to just before *anchor*."""
    for item in elements:
        anchor.addprevious(item)
