"""The pages as static files, for ``kssgov publish``: the same pages ``kssgov serve`` answers with."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from kssgov import Dataset, Visibility, build_time, write_atomically
from kssgov.messages import LANGUAGES
from kssgov_exporters.ical.site import feeds, tokens
from kssgov_exporters.ical.words import word as calendar_word

from .pages import ASSETS, POLITICS, UPCOMING, Place, feed_links, index_page, politics_page, upcoming_page


def write_pages(dataset: Dataset, target: Path, base_url: str) -> Iterator[Path]:
    """Write every page of every audience and language below *target*; yield each file written."""
    settings = dataset.settings
    today = (build_time() or dt.datetime.now(dt.UTC)).date()
    audiences: list[tuple[Visibility, str | None]] = [(Visibility.PUBLIC, None)]
    audiences += [(audience, token) for audience, token in tokens(settings).items()]
    years = sorted({a.date.start.year for a in dataset.activities} | {settings.year})
    for audience, token in audiences:
        folder = target / token if token else target
        secret = {audience: token} if token else {}
        for language in LANGUAGES:
            name = "index.html" if language == settings.language else f"index.{language}.html"
            paths = [
                (feed.path, calendar_word(f"page.{feed.language}", language))
                for feed in feeds(settings, secret)
                if feed.audience is audience
            ]
            links = feed_links(base_url, paths, language)

            index = index_page(
                dataset,
                audience,
                Place(language, settings.language, token, published=True, depth=0),
                links,
                title=calendar_word("page.title", language, name=settings.name),
                intro=calendar_word("page.intro", language),
                how=calendar_word("page.how", language),
            )
            yield _write(folder / name, index)
            for year in years:
                at = Place(language, settings.language, token, published=True, depth=2)
                page = politics_page(dataset, audience, year, at)
                yield _write(folder / POLITICS / str(year) / name, page)
            at = Place(language, settings.language, token, published=True, depth=1)
            yield _write(folder / UPCOMING / name, upcoming_page(dataset, audience, today, at, links))
    for asset in sorted(resources.files(__package__).joinpath(ASSETS).iterdir(), key=lambda a: a.name):
        path = target / ASSETS / asset.name
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, asset.read_bytes())
        yield path


def _write(path: Path, page: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, page.encode("utf-8"))
    return path
