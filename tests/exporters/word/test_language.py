"""Documents in bokmål are Norwegian documents; documents in English hold no Norwegian words of ours.

Word spell-checks and hyphenates a run in the language it is tagged with, so
every run, style and default carries the document's language; the package's
properties name the organisation and the document, never the library.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from importlib import resources

import docx
import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

import kssgov
from kssgov import Dataset, Language
from kssgov.messages import LANGUAGES

from .helpers import export, read
from .ooxml import problems

WORD_EXPORTERS = sorted(
    name for name, plugin in kssgov.discover().plugins.items() if plugin.exporter.output == "docx"
)
TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}


def exported(name: str, example: Dataset, language: Language) -> bytes:
    given: dict[str, object] = {"date": dt.date(2024, 3, 12), "place": "Oslo"} if name == "signatures" else {}
    return export(name, example, language=language, options=given)


@pytest.mark.parametrize("name", WORD_EXPORTERS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_run_style_and_default_is_tagged_with_the_language(
    example: Dataset, name: str, language: Language
) -> None:
    data = exported(name, example, language)
    archive = zipfile.ZipFile(io.BytesIO(data))
    document, styles = archive.read("word/document.xml").decode(), archive.read("word/styles.xml").decode()
    tag = TAGS[language]
    assert set(re.findall(r"<w:lang [^>]*>", document)) == {
        f'<w:lang w:val="{tag}" w:eastAsia="{tag}" w:bidi="ar-SA"/>'
    }
    runs = len(re.findall(r"<w:r>|<w:r ", document))
    assert runs == len(re.findall(r"<w:lang ", document))
    defaults = re.search(r"<w:docDefaults>.*?</w:docDefaults>", styles, re.S)
    assert defaults is not None and f'w:val="{tag}"' in defaults.group(0)
    everything = b"".join(archive.read(n) for n in archive.namelist() if n.endswith((".xml", ".rels")))
    assert b"en-US" not in everything
    assert b"python-docx" not in everything.lower()
    properties = read(data).core_properties
    assert properties.author == "Krisesentersekretariatet"
    assert properties.language == tag
    assert properties.title
    assert properties.comments == ""


def test_titles_name_the_document(example: Dataset) -> None:
    assert read(exported("report", example, "nb")).core_properties.title == "Årsmelding 2023"
    assert read(exported("politics", example, "nb")).core_properties.title == "Politikk – Årsmelding 2023"
    assert read(exported("report", example, "en")).core_properties.title == "Annual report 2023"
    assert read(exported("signatures", example, "nb")).core_properties.title == "Styrets signatur"
    assert read(exported("report", example, "nn")).core_properties.title == "Årsmelding 2023"
    assert read(exported("signatures", example, "nn")).core_properties.title == "Signaturen til styret"


def norwegian_phrases() -> set[str]:
    """The fixed words of every phrase of ours (the Word exporters' and the vocabulary's) whose bokmål
    differs from its English, read from the bokmål catalogues."""
    phrases = set()
    for domain, package in (("kssgov_exporters.word", "kssgov_exporters.word"), ("kssgov", "kssgov")):
        for message in catalogue_of(package, domain, "nb"):
            if not message.id or not isinstance(message.string, str) or message.string == message.id:
                continue
            if domain == "kssgov" and not str(message.context).startswith("label."):
                continue
            for part in re.split(r"\{[^}]*\}", message.string):
                part = part.strip(" .,:;()-")
                if len(part) >= 4 and part not in str(message.id):
                    phrases.add(part)
    return phrases


def catalogue_of(package: str, domain: str, language: str) -> Catalog:
    path = resources.files(package).joinpath("locale", language, "LC_MESSAGES", f"{domain}.po")
    with path.open("rb") as handle:
        return read_po(handle)


def test_an_english_report_holds_no_norwegian_word_of_ours(example: Dataset) -> None:
    data = exported("report", example, "en")
    paragraphs = [p.text for p in read(data).paragraphs]
    cells = [c.text for t in read(data).tables for r in t.rows[:1] for c in r.cells]
    ours = "\n".join(paragraphs + cells)
    records = "\n".join(text for _, record in example.records() for text in _texts(record))
    found = {p for p in norwegian_phrases() if p in ours and p not in records}
    assert found == set()
    assert "The board held six meetings and dealt with 51 cases in 2023." in paragraphs
    assert "the styret" not in ours.lower()


def _texts(record: object) -> list[str]:
    import attrs

    values = attrs.asdict(record, recurse=False)  # type: ignore[arg-type]
    found: list[str] = []
    for value in values.values():
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, tuple):
            found.extend(v for v in value if isinstance(v, str))
    return found


def _foreign_template(defaults: str) -> bytes:
    """python-docx's template made American: styles tagged en-US, a proofing state, a zoom without a percent.

    *defaults* is what is left of its document defaults: ``none``, ``paragraph`` (the paragraph's
    only) or ``empty run`` (the run's, with no properties).
    """
    document = docx.Document()
    styles = document.styles.element
    found = styles.find(qn("w:docDefaults"))
    if defaults == "none":
        styles.remove(found)
    else:
        run_defaults = found.find(qn("w:rPrDefault"))
        if defaults == "paragraph":
            found.remove(run_defaults)
        else:
            for child in list(run_defaults):
                run_defaults.remove(child)
    for name, language in (("Normal", "en-US"), ("Heading 1", "de-DE")):
        properties = document.styles[name].element.get_or_add_rPr()
        properties.append(etree.Comment(" saved by another program "))
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), language)
        properties.append(lang)
    settings = document.settings.element
    settings.append(OxmlElement("w:proofState"))
    settings.find(qn("w:proofState")).set(qn("w:spelling"), "clean")
    zoom = settings.find(qn("w:zoom"))
    for name in list(zoom.attrib):
        del zoom.attrib[name]
    zoom.set(qn("w:val"), "bestFit")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("defaults", ["none", "paragraph", "empty run"])
def test_a_template_in_another_language_is_made_norwegian_throughout(example: Dataset, defaults: str) -> None:
    data = export("politics", example, template=_foreign_template(defaults))
    assert problems(data) == []
    archive = zipfile.ZipFile(io.BytesIO(data))
    styles = etree.fromstring(archive.read("word/styles.xml"))
    settings = etree.fromstring(archive.read("word/settings.xml"))
    tagged = {"val": "nb-NO", "eastAsia": "nb-NO", "bidi": "ar-SA"}

    def attributes(lang: etree._Element) -> dict[str, str]:
        return {etree.QName(name).localname: value for name, value in lang.attrib.items()}

    assert etree.QName(styles[0]).localname == "docDefaults"
    default = styles[0].find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    assert attributes(default) == tagged
    by_style = {
        style.get(qn("w:styleId")): [attributes(lang) for lang in style.iter(qn("w:lang"))]
        for style in styles.iter(qn("w:style"))
    }
    assert by_style["Normal"] == [tagged]
    assert by_style["Heading1"] == [tagged]
    assert by_style["Title"] == []  # a style with no language of its own takes the default's
    assert settings.find(qn("w:proofState")) is None
    assert settings.find(qn("w:zoom")).get(qn("w:percent")) == "100"
    assert [t.get(qn("w:val")) for t in settings.iter(qn("w:themeFontLang"))] == ["nb-NO"]
