"""kssgov: an organisation's governance and advocacy records, and the documents made from them.

Load a dataset folder with :func:`load`, query it, and build or save records
in Python. Exporters (Word sections, calendar feeds) are plugins found through
the ``kssgov.exporters`` entry-point group.
"""

from __future__ import annotations

from .activities import Activity as Activity
from .alliances import Alliance as Alliance
from .awards import Award as Award
from .consultations import Consultation as Consultation
from .dataset import RECORD_TYPES as RECORD_TYPES
from .dataset import Dataset as Dataset
from .dates import DateSpan as DateSpan
from .exceptions import DatasetError as DatasetError
from .exceptions import InvalidValueError as InvalidValueError
from .exceptions import KssgovError as KssgovError
from .governance import AgmBound as AgmBound
from .governance import AnnualMeeting as AnnualMeeting
from .governance import Body as Body
from .governance import Election as Election
from .governance import Roster as Roster
from .governance import Seat as Seat
from .governance import Statistics as Statistics
from .governance import Term as Term
from .members import Member as Member
from .members import MemberSummary as MemberSummary
from .problems import Location as Location
from .problems import Problem as Problem
from .problems import Severity as Severity
from .projects import Project as Project
from .records import Record as Record
from .settings import Region as Region
from .settings import Settings as Settings
from .store import CheckResult as CheckResult
from .store import check as check
from .store import load as load
from .store import save as save
from .vocabulary import ActivityKind as ActivityKind
from .vocabulary import ActivityRole as ActivityRole
from .vocabulary import AllianceKind as AllianceKind
from .vocabulary import BodyKind as BodyKind
from .vocabulary import ConsultationStatus as ConsultationStatus
from .vocabulary import ElectedBy as ElectedBy
from .vocabulary import OperatingForm as OperatingForm
from .vocabulary import ProjectKind as ProjectKind
from .vocabulary import Role as Role
from .vocabulary import Status as Status
from .vocabulary import Visibility as Visibility

__all__ = [
    "RECORD_TYPES",
    "Activity",
    "ActivityKind",
    "ActivityRole",
    "AgmBound",
    "Alliance",
    "AllianceKind",
    "AnnualMeeting",
    "Award",
    "Body",
    "BodyKind",
    "CheckResult",
    "Consultation",
    "ConsultationStatus",
    "Dataset",
    "DatasetError",
    "DateSpan",
    "ElectedBy",
    "Election",
    "InvalidValueError",
    "KssgovError",
    "Location",
    "Member",
    "MemberSummary",
    "OperatingForm",
    "Problem",
    "Project",
    "ProjectKind",
    "Record",
    "Region",
    "Role",
    "Roster",
    "Seat",
    "Settings",
    "Severity",
    "Statistics",
    "Status",
    "Term",
    "Visibility",
    "check",
    "load",
    "save",
]
