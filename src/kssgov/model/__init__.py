"""What the data is: records, vocabularies, dates, settings, terms, and the Dataset with its queries.

Nothing here reads files or prints: a dataset is built from values, and every
value is checked as it is built, so an invalid record cannot exist. The table
of record types, :data:`RECORD_TYPES`, is read from the fields of
:class:`Dataset`.
"""

from __future__ import annotations

from .activities import Activity as Activity
from .alliances import Alliance as Alliance
from .awards import Award as Award
from .communication import Figure as Figure
from .communication import MediaItem as MediaItem
from .consultations import Consultation as Consultation
from .dataset import RECORD_TYPES as RECORD_TYPES
from .dataset import Dataset as Dataset
from .dataset import RecordType as RecordType
from .dates import DateSpan as DateSpan
from .dates import PartialDate as PartialDate
from .dates import format_date as format_date
from .dates import parse_date as parse_date
from .dates import zone as zone
from .governance import AgmBound as AgmBound
from .governance import AnnualMeeting as AnnualMeeting
from .governance import Body as Body
from .governance import Election as Election
from .governance import Roster as Roster
from .governance import Seat as Seat
from .governance import Statistics as Statistics
from .governance import Term as Term
from .governance import TermBound as TermBound
from .members import Member as Member
from .members import MemberSummary as MemberSummary
from .projects import Project as Project
from .records import Record as Record
from .settings import Access as Access
from .settings import Region as Region
from .settings import Settings as Settings
from .staff import Finances as Finances
from .staff import Staff as Staff
from .texts import SectionText as SectionText
from .vocabulary import ActivityKind as ActivityKind
from .vocabulary import ActivityRole as ActivityRole
from .vocabulary import AllianceKind as AllianceKind
from .vocabulary import BodyKind as BodyKind
from .vocabulary import Channel as Channel
from .vocabulary import ConsultationStatus as ConsultationStatus
from .vocabulary import ElectedBy as ElectedBy
from .vocabulary import Measure as Measure
from .vocabulary import OperatingForm as OperatingForm
from .vocabulary import Placement as Placement
from .vocabulary import ProjectKind as ProjectKind
from .vocabulary import ReportPart as ReportPart
from .vocabulary import Role as Role
from .vocabulary import Status as Status
from .vocabulary import Visibility as Visibility
from .vocabulary import Vocabulary as Vocabulary
