"""Hypothesis strategies for kssgov values."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from kssgov import (
    Activity,
    ActivityKind,
    ActivityRole,
    Alliance,
    AllianceKind,
    AnnualMeeting,
    Award,
    Body,
    BodyKind,
    Consultation,
    Dataset,
    DateSpan,
    Election,
    Member,
    OperatingForm,
    Project,
    Role,
    Settings,
    Statistics,
    Status,
    Term,
    Visibility,
)

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
    end = min(start + dt.timedelta(days=draw(st.integers(min_value=0, max_value=3))), dt.date(2199, 12, 31))
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


class Marked:
    """Unique markers for the records of one generated dataset: ``qx007z`` in the id and every text."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return f"qx{self.count:03d}z"


@st.composite
def marked_datasets(draw: st.DrawFn) -> Dataset:
    """A valid dataset of every record type, each record with a random visibility and a marker.

    References go between records of any visibilities, so that narrowing to an
    audience has references to remove.
    """
    mark = Marked()
    seen = st.sampled_from(Visibility)
    day = st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2023, 12, 31))
    bodies = [
        Body(id=(m := mark()), kind=BodyKind.BOARD, name=f"Styret {m}", seats=None, visibility=draw(seen)),
        Body(id=(m := mark()), kind=BodyKind.ETHICS_COUNCIL, name=f"Råd {m}", visibility=draw(seen)),
    ]
    terms = []
    for body in bodies:
        members = []
        for _ in range(draw(st.integers(1, 3))):
            m = mark()
            member = Term(
                id=m,
                body=body.id,
                person=f"Person {m}",
                role=Role.MEMBER,
                affiliation=f"Senter {m}",
                note=f"Merknad {m}",
                visibility=draw(seen),
            )
            members.append(member)
            terms.append(member)
        m = mark()
        # The chair names the same person as a seat: it is no wider than that seat, or it would make
        # the name public by its own record.
        narrower = st.sampled_from([v for v in Visibility if v.rank >= members[0].visibility.rank])
        terms.append(
            Term(id=m, body=body.id, person=members[0].person, role=Role.CHAIR, visibility=draw(narrower))
        )
        for principal in members:
            if draw(st.booleans()):
                m = mark()
                terms.append(
                    Term(
                        id=m,
                        body=body.id,
                        person=f"Vara {m}",
                        role=Role.DEPUTY,
                        deputy_for=principal.id,
                        affiliation=f"Senter {m}",
                        visibility=draw(seen),
                    )
                )
    agm = AnnualMeeting(
        id=(m := mark()),
        year=2023,
        date=DateSpan.day(dt.date(2023, 4, 26)),
        where=f"Hotell {m}",
        description=f"Årsmøte {m}",
        visibility=draw(seen),
    )
    elections = [
        Election(id=(m := mark()), agm=agm.id, body=body.id, elected=(f"Valgt {m}",), visibility=draw(seen))
        for body in bodies
        if draw(st.booleans())
    ]
    alliances = [
        Alliance(
            id=(m := mark()),
            kind=draw(st.sampled_from(AllianceKind)),
            name=f"Allianse {m}",
            participants=(f"Partner {m}",),
            funders=(f"Giver {m}",),
            description=f"Om {m}",
            visibility=draw(seen),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    consultations = [
        Consultation(
            id=(m := mark()),
            issuer=f"Departement {m}",
            title=f"Høring {m}",
            deadline=draw(day),
            visibility=draw(seen),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    statistics = [
        Statistics(
            id=mark(), subject=subject, year=2023, meetings=draw(st.integers(0, 9)), visibility=draw(seen)
        )
        for subject in [b.id for b in bodies] + [a.id for a in alliances]
        if draw(st.booleans())
    ]
    activities = []
    for _ in range(draw(st.integers(1, 6))):
        m = mark()
        start = draw(day)
        activities.append(
            Activity(
                id=m,
                date=DateSpan.day(start),
                where=f"Sted {m}",
                topic=f"Tema {m}",
                description=f"Om {m}",
                venue=f"Lokale {m}",
                kind=draw(st.sampled_from(ActivityKind)),
                status=draw(st.sampled_from(Status)),
                visibility=draw(seen),
                alliance=draw(st.none() | st.sampled_from([a.id for a in alliances])) if alliances else None,
                consultation=(
                    draw(st.none() | st.sampled_from([c.id for c in consultations]))
                    if consultations
                    else None
                ),
                body=draw(st.none() | st.sampled_from([b.id for b in bodies])),
            )
        )
    awards = [
        Award(
            id=(m := mark()),
            prize=f"Pris {m}",
            year=2023,
            recipient=f"Mottaker {m}",
            citation=f"Fordi {m}",
            visibility=draw(seen),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    organisations = [
        Member(
            id=(m := mark()),
            name=f"Krisesenter {m}",
            operating_form=draw(st.sampled_from(OperatingForm)),
            leaders=(f"Leder {m}",),
            contact=f"post@{m}.no",
            visibility=draw(seen),
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    projects = [
        Project(
            id=(m := mark()),
            name=f"Prosjekt {m}",
            partners=(f"Partner {m}",),
            funders=(f"Giver {m}",),
            amount=draw(st.none() | st.integers(0, 10**7)),
            description=f"Om {m}",
            visibility=draw(seen),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    return Dataset(
        settings=Settings(name="Testorganisasjonen", year=2023),
        activities=tuple(activities),
        consultations=tuple(consultations),
        alliances=tuple(alliances),
        bodies=tuple(bodies),
        agms=(agm,),
        terms=tuple(terms),
        elections=tuple(elections),
        statistics=tuple(statistics),
        awards=tuple(awards),
        members=tuple(organisations),
        projects=tuple(projects),
    )
