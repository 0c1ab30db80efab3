"""Every catalogue of words complete: each word the code says is translated into bokmål and nynorsk,
with the same blanks, and nothing is translated that the code no longer says.

The English is found again here with Babel, as ``nox -s extract_words`` finds it; the catalogues are
read as translators leave them (the ``.po`` files), checked by GNU gettext's ``msgfmt``, and their
compiled ``.mo`` must be the one the ``.po`` makes.
"""

from __future__ import annotations

import importlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from .conftest import ROOT

#: Each domain, the folder whose locale/ holds it, how its English is found, and in which folder.
DOMAINS = [
    ("kssgov", "src/kssgov", "kssgov.translations:extract", "src/kssgov"),
    ("click", "src/kssgov", "python", "click src/kssgov/cli/click_words.py"),
    ("kssgov_exporters.word", "exporters/kssgov_exporters/word", "kssgov.translations:extract", None),
    ("kssgov_exporters.ical", "exporters/kssgov_exporters/ical", "kssgov.translations:extract", None),
    ("kssgov_exporters.web", "exporters/kssgov_exporters/web", "kssgov.translations:extract", None),
    ("wtforms", "exporters/kssgov_exporters/web", "python", "wtforms"),
    (
        "kssgov_markdown",
        "examples/third-party-exporter/src/kssgov_markdown",
        "kssgov.translations:extract",
        None,
    ),
]
LANGUAGES = ("nb", "nn")
KEYWORDS = {**DEFAULT_KEYWORDS, "lazy_gettext": None, "N_": None}
#: Blanks a translation may leave out, with why: click fills {number_type} with an English word.
MAY_LEAVE_OUT = {("click", "{value!r} is not a valid {number_type}."): {"number_type"}}
BLANK = re.compile(r"\{([a-z_]*)(?:![rs])?(?::[^}]*)?\}|%\(([a-z_]+)\)[sd]|%[sd]")


def english(domain: str, folder: str, method: str, sources: str | None) -> dict[tuple[str | None, str], str]:
    """What the code says in *domain*, by (context, message): the plural's English as the value."""
    found: dict[tuple[str | None, str], str] = {}
    for part in (sources or folder).split():
        where = ROOT / part if "/" in part else Path(importlib.import_module(part).__file__ or "").parent
        for _, _, message, _, context in _extracted(where, method):
            singular, plural = (message[0], message[1]) if isinstance(message, tuple) else (message, "")
            found[(context, singular)] = plural
    return found


def _extracted(
    where: Path, method: str
) -> list[tuple[str, int, str | tuple[str, ...], list[str], str | None]]:
    """Babel's findings in the file or folder *where*."""
    if where.is_dir():
        return list(extract_from_dir(str(where), [("**.py", method)], keywords=KEYWORDS))
    with where.open("rb") as handle:
        return [(str(where), *found) for found in extract(method, handle, keywords=KEYWORDS)]


def catalogue(folder: str, language: str, domain: str) -> tuple[Path, Catalog]:
    path = ROOT / folder / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    with path.open("rb") as handle:
        return path, read_po(handle, locale=language, domain=domain)


def blanks(text: str) -> set[str]:
    return {a or b or "%" for a, b in BLANK.findall(text)}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("domain", "folder", "method", "sources"), DOMAINS, ids=[d[0] for d in DOMAINS])
def test_every_word_the_code_says_is_translated_with_its_blanks(
    domain: str, folder: str, method: str, sources: str | None, language: str
) -> None:
    said = english(domain, folder, method, sources)
    _, found = catalogue(folder, language, domain)
    held = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id): m for m in found if m.id}
    assert sorted(set(said) - set(held), key=str) == [], "not in the catalogue: run nox -s extract_words"
    assert sorted(set(held) - set(said), key=str) == [], "no longer said: run nox -s extract_words"
    for key, message in held.items():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings) and not message.fuzzy, (domain, language, key)
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        for original, translated in zip(ids * len(strings), strings, strict=False):
            allowed = MAY_LEAVE_OUT.get((domain, str(key[1])), set())
            assert blanks(str(original)) - allowed <= blanks(str(translated)) <= blanks(str(original)), key


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("domain", "folder"), [d[:2] for d in DOMAINS], ids=[d[0] for d in DOMAINS])
def test_each_catalogue_is_sound_and_compiled_as_it_reads(domain: str, folder: str, language: str) -> None:
    path, found = catalogue(folder, language, domain)
    assert found.plural_forms == "nplurals=2; plural=(n != 1);"
    assert found.locale is not None and str(found.locale) == language
    msgfmt = shutil.which("msgfmt")
    assert msgfmt is not None, "GNU gettext's msgfmt is needed (Debian: apt-get install gettext)"
    checked = subprocess.run(
        [msgfmt, "--check", "--output-file=/dev/null", str(path)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stderr
    made = io.BytesIO()
    write_mo(made, found, use_fuzzy=False)
    compiled = path.with_suffix(".mo")
    assert compiled.exists() and compiled.read_bytes() == made.getvalue(), "run nox -s compile_words"
