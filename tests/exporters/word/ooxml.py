"""Validating what kssgov writes against the Office Open XML schemas that Word's format is defined by.

The schemas (ECMA-376, Transitional) are kept beside this module in ``schemas/ooxml/`` (a copy of
the team's shared schema folder, so that a clean clone has them), or where ``KSSGOV_OOXML_XSD``
points. As their README says, the XML namespace's schema is wired in by hand,
and Markup Compatibility content (``mc:Ignorable`` namespaces) is removed before validating, as a
consumer that does not know those namespaces would.
"""

from __future__ import annotations

import functools
import io
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

SCHEMAS = Path(os.environ.get("KSSGOV_OOXML_XSD", Path(__file__).parent / "schemas" / "ooxml"))
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
#: The parts kssgov writes or changes, and the schema each must follow.
PARTS = {
    "word/document.xml": "wml.xsd",
    "word/styles.xml": "wml.xsd",
    "word/numbering.xml": "wml.xsd",
    "word/settings.xml": "wml.xsd",
    "docProps/core.xml": "opc/opc-coreProperties.xsd",
    "docProps/app.xml": "shared-documentPropertiesExtended.xsd",
    "[Content_Types].xml": "opc/opc-contentTypes.xsd",
}


def require_schemas() -> Path:
    """The schema folder; a missing one fails in CI and skips elsewhere."""
    if not (SCHEMAS / "wml.xsd").is_file():
        message = f"the Office Open XML schemas are not in {SCHEMAS} (set KSSGOV_OOXML_XSD)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return SCHEMAS


#: Stand-ins for schemas the OOXML ones import from the web: the XML namespace (beside the
#: OOXML schemas), and Dublin Core (here, for the core properties).
STAND_INS = Path(__file__).parent / "schemas"


@functools.cache
def schema(name: str) -> etree.XMLSchema:
    folder = require_schemas()
    locations = {
        "http://www.w3.org/XML/1998/namespace": folder / "xml.xsd",
        "http://purl.org/dc/elements/1.1/": _with_xml(STAND_INS / "dc.xsd", folder / "xml.xsd"),
        "http://purl.org/dc/terms/": STAND_INS / "dcterms.xsd",
    }
    tree = etree.parse(str(folder / name))
    for element in tree.getroot().iter("{http://www.w3.org/2001/XMLSchema}import"):
        location = locations.get(element.get("namespace", ""))
        if location is not None:
            element.set("schemaLocation", location.as_uri())
    return etree.XMLSchema(tree)


@functools.cache
def _with_xml(stand_in: Path, xml_schema: Path) -> Path:
    """*stand_in* with its import of the XML namespace pointed at *xml_schema*, as a temporary file."""
    import tempfile

    text = stand_in.read_text(encoding="utf-8").replace("XML_XSD", xml_schema.as_uri())
    target = Path(tempfile.mkdtemp()) / stand_in.name
    target.write_text(text, encoding="utf-8")
    return target


def _without_compatibility_content(root: etree._Element) -> etree._Element:
    ignorable = root.get(f"{{{MC}}}Ignorable")
    if ignorable is None:
        return root
    prefixes = ignorable.split()
    namespaces = {root.nsmap[p] for p in prefixes if p in root.nsmap}
    del root.attrib[f"{{{MC}}}Ignorable"]
    for element in list(root.iter()):
        if isinstance(element.tag, str) and etree.QName(element).namespace in namespaces:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        for attribute in list(element.attrib):
            if etree.QName(attribute).namespace in namespaces:
                del element.attrib[attribute]
    return root


def problems(document: bytes) -> list[str]:
    """Every schema violation in the parts of *document* (a .docx) that kssgov writes or changes."""
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(document)) as archive:
        names = set(archive.namelist())
        parts = dict(PARTS)
        parts.update({n: "wml.xsd" for n in names if n.startswith(("word/header", "word/footer"))})
        for part, schema_name in parts.items():
            if part not in names:
                continue
            root = _without_compatibility_content(etree.fromstring(archive.read(part)))
            checker = schema(schema_name)
            if not checker.validate(root):
                found.extend(f"{part}:{e.line}: {e.message}" for e in checker.error_log)
    return found
