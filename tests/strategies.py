"""Hypothesis strategies for kssgov values."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from kssgov import Activity, ActivityKind, ActivityRole, DateSpan, Status, Visibility

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))
zones = st.sampled_from(["Europe/Oslo", "Europe/Stockholm", "UTC", "America/New_York"])


@st.composite
def all_day_spans(draw: st.DrawFn) -> DateSpan:
    start = draw(days)
    length = draw(st.integers(min_value=0, max_value=800))
    end = min(start + dt.timedelta(days=length), dt.date(2199, 12, 31))
    return DateSpan(start, end, timezone=draw(zones))


@st.composite
def timed_spans(draw: st.DrawFn) -> DateSpan:
    start = draw(days)
    end = start + dt.timedelta(days=draw(st.integers(min_value=0, max_value=3)))
    first, second = draw(times), draw(times)
    if end == start:
        first, second = sorted((first, second))
        if first == second:
            second = dt.time(23, 59) if first != dt.time(23, 59) else second
            first = dt.time(0, 0) if first == second else first
    return DateSpan(start, end, first, second, draw(zones))


spans = st.one_of(all_day_spans(), timed_spans())

ids = st.from_regex(r"[a-z0-9][a-z0-9._-]{0,30}", fullmatch=True)
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")) | st.sampled_from("\n\t"),
    min_size=1,
    max_size=80,
).filter(lambda s: s.strip() != "")
lines = texts.map(lambda s: " ".join(s.split())).filter(lambda s: s != "")


@st.composite
def activities(draw: st.DrawFn) -> Activity:
    return Activity(
        id=draw(ids),
        date=draw(spans),
        where=draw(texts),
        topic=draw(texts),
        kind=draw(st.sampled_from(ActivityKind)),
        role=draw(st.sampled_from(ActivityRole)),
        status=draw(st.sampled_from(Status)),
        visibility=draw(st.sampled_from(Visibility)),
        venue=draw(st.none() | lines),
    )
