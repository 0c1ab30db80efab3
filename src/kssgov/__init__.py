"""kssgov: an organisation's governance and advocacy records, and the documents made from them.

Load a dataset folder with :func:`load`, query it, and build or save records
in Python. Exporters (Word sections, calendar feeds) are plugins found through
the ``kssgov.exporters`` entry-point group.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._atomic import write_atomically as write_atomically
    from .activities import Activity as Activity
    from .alliances import Alliance as Alliance
    from .awards import Award as Award
    from .consultations import Consultation as Consultation
    from .dataset import RECORD_TYPES as RECORD_TYPES
    from .dataset import Dataset as Dataset
    from .dates import DateSpan as DateSpan
    from .dates import format_date as format_date
    from .dates import parse_date as parse_date
    from .dates import zone as zone
    from .exceptions import DatasetError as DatasetError
    from .exceptions import EditError as EditError
    from .exceptions import InvalidValueError as InvalidValueError
    from .exceptions import KssgovError as KssgovError
    from .exceptions import PluginError as PluginError
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
    from .messages import Language as Language
    from .plugins import Exporter as Exporter
    from .plugins import ExportRequest as ExportRequest
    from .plugins import Filler as Filler
    from .plugins import build_timestamp as build_timestamp
    from .plugins import discover as discover
    from .problems import Location as Location
    from .problems import Problem as Problem
    from .problems import Severity as Severity
    from .projects import Project as Project
    from .records import Record as Record
    from .settings import FeedSettings as FeedSettings
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

#: Where each public name lives. Modules are imported on first use, so that the
#: command line starts without loading what it does not need.
_PUBLIC: dict[str, str] = {
    "write_atomically": "._atomic",
    "Activity": ".activities",
    "Alliance": ".alliances",
    "Award": ".awards",
    "Consultation": ".consultations",
    "RECORD_TYPES": ".dataset",
    "Dataset": ".dataset",
    "DateSpan": ".dates",
    "format_date": ".dates",
    "parse_date": ".dates",
    "zone": ".dates",
    "DatasetError": ".exceptions",
    "EditError": ".exceptions",
    "InvalidValueError": ".exceptions",
    "KssgovError": ".exceptions",
    "AgmBound": ".governance",
    "AnnualMeeting": ".governance",
    "Body": ".governance",
    "Election": ".governance",
    "Roster": ".governance",
    "Seat": ".governance",
    "Statistics": ".governance",
    "Term": ".governance",
    "TermBound": ".governance",
    "Member": ".members",
    "MemberSummary": ".members",
    "Language": ".messages",
    "Exporter": ".plugins",
    "ExportRequest": ".plugins",
    "Filler": ".plugins",
    "PluginError": ".exceptions",
    "build_timestamp": ".plugins",
    "discover": ".plugins",
    "Location": ".problems",
    "Problem": ".problems",
    "Severity": ".problems",
    "Project": ".projects",
    "Record": ".records",
    "FeedSettings": ".settings",
    "Region": ".settings",
    "Settings": ".settings",
    "CheckResult": ".store",
    "check": ".store",
    "load": ".store",
    "save": ".store",
    "ActivityKind": ".vocabulary",
    "ActivityRole": ".vocabulary",
    "AllianceKind": ".vocabulary",
    "BodyKind": ".vocabulary",
    "ConsultationStatus": ".vocabulary",
    "ElectedBy": ".vocabulary",
    "OperatingForm": ".vocabulary",
    "ProjectKind": ".vocabulary",
    "Role": ".vocabulary",
    "Status": ".vocabulary",
    "Visibility": ".vocabulary",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'kssgov' has no attribute {name!r}")
    value = getattr(importlib.import_module(_PUBLIC[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
