"""Controlled vocabularies. In the data files each value is written as its lower-case name."""

from __future__ import annotations

import enum


class Vocabulary(enum.Enum):
    """An enumeration whose values are the lower-case names used in the files."""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(str(member.value) for member in cls)


class Visibility(Vocabulary):
    """Who may see a record. Each audience also sees everything wider than itself."""

    PUBLIC = "public"
    MEMBERS = "members"
    BOARD = "board"

    @property
    def rank(self) -> int:
        return _VISIBILITY_RANK[self]

    def admits(self, record_visibility: Visibility) -> bool:
        """True when an export for this audience may contain a record of *record_visibility*."""
        return record_visibility.rank <= self.rank


_VISIBILITY_RANK = {Visibility.PUBLIC: 0, Visibility.MEMBERS: 1, Visibility.BOARD: 2}


class ActivityKind(Vocabulary):
    """What kind of row of the politics table an activity is."""

    CONSULTATION_RESPONSE = "consultation_response"
    WRITTEN_INPUT = "written_input"
    ORAL_HEARING = "oral_hearing"
    MEETING = "meeting"
    CONFERENCE = "conference"
    SEMINAR = "seminar"
    PANEL = "panel"
    APPEAL = "appeal"
    LAUNCH = "launch"
    EVENT = "event"
    ORGANISED_EVENT = "organised_event"
    OTHER = "other"


class ActivityRole(Vocabulary):
    """The organisation's part in an activity."""

    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    ORGANISER = "organiser"
    CO_ORGANISER = "co_organiser"
    SUBMITTER = "submitter"


class Status(Vocabulary):
    """Whether a dated record is planned, took place, or was cancelled."""

    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class ConsultationStatus(Vocabulary):
    """Where the organisation's response to a consultation stands."""

    OPEN = "open"
    DRAFTING = "drafting"
    SUBMITTED = "submitted"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class AllianceKind(Vocabulary):
    """Committees, alliances and networks the organisation takes part in."""

    REFERENCE_GROUP = "reference_group"
    ALLIANCE = "alliance"
    NETWORK = "network"


class BodyKind(Vocabulary):
    """The organisation's own governing bodies."""

    ANNUAL_MEETING = "annual_meeting"
    BOARD = "board"
    ETHICS_COUNCIL = "ethics_council"
    NOMINATION_COMMITTEE = "nomination_committee"
    OTHER = "other"


class Role(Vocabulary):
    """A person's role in a governing body during a term."""

    CHAIR = "chair"
    DEPUTY_CHAIR = "deputy_chair"
    MEMBER = "member"
    EMPLOYEE_REPRESENTATIVE = "employee_representative"
    DEPUTY = "deputy"
    SECRETARY = "secretary"

    @property
    def holds_seat(self) -> bool:
        """Members and employee representatives hold seats; offices and deputies do not."""
        return self in (Role.MEMBER, Role.EMPLOYEE_REPRESENTATIVE)

    @property
    def is_office(self) -> bool:
        """Chair and deputy chair are offices held by a seat holder."""
        return self in (Role.CHAIR, Role.DEPUTY_CHAIR)


class ElectedBy(Vocabulary):
    """Who put a person in a role."""

    ANNUAL_MEETING = "annual_meeting"
    EMPLOYEES = "employees"
    BODY = "body"
    APPOINTED = "appointed"


class OperatingForm(Vocabulary):
    """How a member organisation is run (driftsform)."""

    MUNICIPAL = "municipal"
    INTER_MUNICIPAL = "inter_municipal"
    FOUNDATION = "foundation"
    NON_PROFIT = "non_profit"
    OTHER = "other"


class ProjectKind(Vocabulary):
    """A time-limited project, or a permanent programme (tiltak)."""

    PROJECT = "project"
    PROGRAMME = "programme"


class Channel(Vocabulary):
    """Where the organisation reaches people."""

    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    YOUTUBE = "youtube"
    WEBSITE = "website"
    NEWSLETTER = "newsletter"
    MEDIA = "media"
    ONLINE_MEDIA = "online_media"
    PRINT_MEDIA = "print_media"
    PHONE = "phone"
    CHAT = "chat"


class Measure(Vocabulary):
    """What a figure counts."""

    FOLLOWERS = "followers"
    POSTS = "posts"
    STORIES = "stories"
    VISITS = "visits"
    UNIQUE_VISITORS = "unique_visitors"
    INTERACTIONS = "interactions"
    REACH = "reach"
    LINK_CLICKS = "link_clicks"
    VIEWS = "views"
    SENT = "sent"
    HITS = "hits"
    ENQUIRIES = "enquiries"
    PEOPLE = "people"
    APPLICATIONS = "applications"
    SHARES = "shares"
    IMPRESSIONS = "impressions"


class ReportPart(Vocabulary):
    """A part of the annual report that has prose of its own: a section, or a part of one."""

    POLITICS = "politics"
    COMMUNICATION = "communication"
    MEDIA = "media"
    SOCIAL_MEDIA = "social_media"
    WEBSITE = "website"
    NEWSLETTER = "newsletter"
    ALLIANCES = "alliances"
    PROGRAMMES = "programmes"
    PROJECTS = "projects"
    BODIES = "bodies"
    MEMBERS = "members"
    SECRETARIAT = "secretariat"
    FINANCES = "finances"


class Placement(Vocabulary):
    """Where a part's prose stands: under its heading, before what the data gives, or after it."""

    INTRO = "intro"
    CLOSING = "closing"
