"""Whatever a valid dataset holds, every exporter and the server answer without a traceback.

The loader's fuzzing (tests/files/test_fuzz.py) feeds it broken files; here the data is valid
but awkward: any Unicode, texts at their length limits, dates at the edges of the years every
output must carry, timed spans in several time zones, every status. An exporter may refuse
with a :class:`kssgov.KssgovError` (the signature sheet without a board); it may not crash.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.test import Client

import kssgov
from kssgov import Activity, Dataset, KssgovError, Settings, Visibility
from kssgov_exporters.ical.server import FeedApp
from kssgov_exporters.web.site import Site

from .exports import export
from .feeds import assert_sound_feed
from .strategies import activities

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: The report holds every section; the signature sheet and the feed are written by code of their own.
EXPORTERS = ("report", "signatures", "ical")
datasets = st.builds(
    lambda rows: Dataset(settings=Settings(name="Org", year=2023), activities=tuple(rows)),
    st.lists(activities(), max_size=6, unique_by=lambda a: a.id),
)


@FUZZ
@given(datasets, st.sampled_from(Visibility), st.sampled_from(["nb", "en"]))
def test_every_exporter_writes_or_refuses_cleanly(
    dataset: Dataset, audience: Visibility, language: str
) -> None:
    for name in EXPORTERS:
        given_options = {"date": "2023-06-01"} if name == "signatures" else {}
        try:
            output = export(
                name,
                dataset,
                audience=audience,
                language="en" if language == "en" else "nb",
                options=given_options,
            )
        except KssgovError:
            continue
        assert output
        if name == "ical":
            calendar = assert_sound_feed(output)
            visible = {a.id for a in dataset.activities if audience.admits(a.visibility)}
            uids = {str(e["UID"]).split("@")[0] for e in calendar.walk("VEVENT")}
            assert uids <= visible


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets)
def test_the_server_answers_whatever_valid_data_holds(dataset: Dataset) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        kssgov.save(dataset, folder)
        assert kssgov.check(folder).dataset is not None
        client = Client(Site(FeedApp(folder, environ={})))
        year = dataset.settings.year
        for path in (
            "/calendar.ics",
            "/calendar-en.ics?kind=meeting",
            "/",
            f"/politikk/{year}/",
            "/kommende/",
        ):
            response = client.get(path)
            assert response.status_code == 200, (path, response.data[:300])
        reloaded = kssgov.load(folder)
        assert [a.id for a in reloaded.activities] == [a.id for a in dataset.activities]
        assert all(isinstance(a, Activity) for a in reloaded.activities)
