"""Each public page as a reader gets it, served and published, against the outline kept beside the tests.

The pages are made from the example with what it lacks added (:func:`add_what_the_example_lacks`):
an activity of 2022 with a topic of two lines, a cancelled one, a meeting today, a board-only and
a members-only one, one of an alliance whose id and name sort apart and with an address but no
consultation, consultations with a deadline today, one later, one past, and a response
linked to its consultation. An outline (``outlines/*.txt``, see :mod:`.outline`) lists every
line of a page with its links and attributes; a change to a page shows as a change to its outline,
to be read and accepted by writing the files again (``python -m tests.exporters.web.test_page_outlines``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from werkzeug.test import Client

from kssgov import load
from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web.publishing import write_pages
from kssgov_exporters.web.site import Site

from ...conftest import append
from .outline import outline

OUTLINES = Path(__file__).parent / "outlines"
MEMBERS_TOKEN = "members-token-0123456789"
BOARD_TOKEN = "board-token-9876543210abc"
#: 1 June 2023 at 00:00 UTC: "today" for the upcoming meetings and deadlines.
ENVIRON = {
    "KSSGOV_MEMBERS_TOKEN": MEMBERS_TOKEN,
    "KSSGOV_BOARD_TOKEN": BOARD_TOKEN,
    "SOURCE_DATE_EPOCH": "1685577600",
}
BASE_URL = "https://kalender.example.no/kss/"

ACTIVITIES = """
[[activity]]
id = "innspill-2022"
date = 2022-11-10
where = "Innspillsmøte med Stortinget"
topic = "Statsbudsjettet 2023\\nKrisesentertilbudet"
kind = "meeting"

[[activity]]
id = "avlyst-moete"
date = 2023-06-01
where = "Møte med Bufdir"
topic = "Tilskudd"
kind = "meeting"
status = "cancelled"

[[activity]]
id = "moete-i-dag"
date = 2023-06-01
where = "Møte i Justisdepartementet"
topic = "Handlingsplanen"
kind = "meeting"

[[activity]]
id = "medlemsmoete"
date = 2023-09-01
where = "Medlemsmøte internt"
topic = "Budsjett"
kind = "meeting"
visibility = "members"

[[activity]]
id = "nettverksmoete"
date = 2023-09-03
where = "Nettverksmøte på Vestlandet"
topic = "Samarbeid"
kind = "meeting"
alliance = "a-nettverk"
url = "https://example.org/nettverksmoete"

[[activity]]
id = "styremoete-internt"
date = 2023-09-02
where = "Styremøte internt"
topic = "Lønn"
kind = "meeting"
visibility = "board"
"""

CONSULTATIONS = """
[[consultation]]
id = "horing-i-dag"
issuer = "Justis- og beredskapsdepartementet"
title = "Høring med frist i dag"
deadline = 2023-06-01
url = "https://www.regjeringen.no/horing-i-dag"
status = "open"

[[consultation]]
id = "horing-senere"
issuer = "Barne- og familiedepartementet"
title = "Høring med frist i desember"
deadline = 2023-12-01
status = "open"

[[consultation]]
id = "horing-i-gar"
issuer = "Barne- og familiedepartementet"
title = "Høring med frist i går"
deadline = 2023-05-31
status = "open"
"""


ALLIANCES = """
[[alliance]]
id = "a-nettverk"
kind = "network"
name = "Vestlandets kvinnenettverk"
"""


def add_what_the_example_lacks(folder: Path) -> None:
    """Records the example lacks, each reaching a line of a page that the example does not."""
    alliances = folder / "alliances.toml"
    append(alliances, ALLIANCES)
    activities = folder / "activities.toml"
    text = activities.read_text(encoding="utf-8").replace(
        'consultation = "horing-nou-2023-5"\n',
        'consultation = "horing-nou-2023-5"\nurl = "https://www.krisesenter.com/svar-nou"\n',
    )
    activities.write_text(text + ACTIVITIES, encoding="utf-8")
    consultations = folder / "consultations.toml"
    text = consultations.read_text(encoding="utf-8").replace(
        'id = "horing-nou-2023-5"\n',
        'id = "horing-nou-2023-5"\nurl = "https://www.regjeringen.no/nou-2023-5"\n',
    )
    consultations.write_text(text + CONSULTATIONS, encoding="utf-8")


#: Each served page: its outline's name, the site's address (None: the request's), and the path asked for.
SERVED: dict[str, tuple[str | None, str]] = {
    "served-politics-2023-nb": (None, "/politikk/2023/"),
    "served-politics-2023-en-members-filtered": (
        BASE_URL,
        f"/{MEMBERS_TOKEN}/politikk/2023/?lang=en&type=meeting&type=nothing&q=+M%C3%B8te++i+&fra=1.5.2023&til=1.9.2023",
    ),
    "served-politics-2023-nb-alliance": (None, "/politikk/2023/?allianse=norges-kvinnelobby&lang=nb"),
    "served-politics-2022-nb-bad-dates": (None, "/politikk/2022/?fra=31.2.2022&til=i+morgen&lang=de"),
    "served-politics-2023-nb-long-search": (None, "/politikk/2023/?q=" + "a" * 199 + "bc"),
    "served-upcoming-nb": (None, "/kommende/"),
    "served-upcoming-en-board": (BASE_URL, f"/{BOARD_TOKEN}/kommende/?lang=en"),
    "served-index-nb": (None, "/"),
    "served-index-en-members": (BASE_URL, f"/{MEMBERS_TOKEN}/?lang=en"),
    "served-politics-2023-nn-filtered": (None, "/politikk/2023/?lang=nn&type=oral_hearing&fra=1.1.2023"),
    "served-upcoming-nn-board": (BASE_URL, f"/{BOARD_TOKEN}/kommende/?lang=nn"),
}
#: Each published page looked at: its outline's name and its file below the published folder.
PUBLISHED: dict[str, str] = {
    "published-politics-2022-nb": "politikk/2022/index.html",
    "published-politics-2023-en-members": f"{MEMBERS_TOKEN}/politikk/2023/index.en.html",
    "published-upcoming-en": "kommende/index.en.html",
    "published-upcoming-nb-members": f"{MEMBERS_TOKEN}/kommende/index.html",
    "published-index-nb-board": f"{BOARD_TOKEN}/index.html",
    "published-index-nn": "index.nn.html",
}


def served(folder: Path, name: str) -> str:
    base_url, path = SERVED[name]
    response = Client(Site(FeedApp(folder, environ=ENVIRON), base_url=base_url)).get(path)
    assert response.status_code == 200, path
    return outline(response.get_data(as_text=True))


def published(target: Path) -> list[str]:
    """The files ``kssgov publish`` writes of the data, below *target*."""
    written = write_pages(load(target.parent / "data"), target, BASE_URL)
    return [path.relative_to(target).as_posix() for path in written]


@pytest.fixture
def data(example_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, value in ENVIRON.items():
        monkeypatch.setenv(name, value)
    add_what_the_example_lacks(example_copy)
    return example_copy


@pytest.mark.parametrize("name", SERVED)
def test_served_page(data: Path, name: str) -> None:
    assert served(data, name) == (OUTLINES / f"{name}.txt").read_text(encoding="utf-8")


def test_published_pages(data: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    data.rename(tmp_path / "data")
    written = published(target)
    assert "\n".join(written) + "\n" == (OUTLINES / "published-files.txt").read_text(encoding="utf-8")
    for name, path in PUBLISHED.items():
        page = (target / path).read_text(encoding="utf-8")
        assert outline(page) == (OUTLINES / f"{name}.txt").read_text(encoding="utf-8"), name


def _write_outlines() -> None:  # pragma: no cover - run by hand to accept a change
    import os
    import shutil
    import tempfile

    from ...conftest import EXAMPLE

    os.environ.update(ENVIRON)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "data"
        shutil.copytree(EXAMPLE, folder)
        add_what_the_example_lacks(folder)
        for name in SERVED:
            (OUTLINES / f"{name}.txt").write_text(served(folder, name), encoding="utf-8")
        target = Path(temporary) / "site"
        files = published(target)
        (OUTLINES / "published-files.txt").write_text("\n".join(files) + "\n", encoding="utf-8")
        for name, path in PUBLISHED.items():
            page = (target / path).read_text(encoding="utf-8")
            (OUTLINES / f"{name}.txt").write_text(outline(page), encoding="utf-8")


if __name__ == "__main__":
    _write_outlines()
