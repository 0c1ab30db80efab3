"""What is wrong with a dataset: errors across records, and warnings an editor wants to see.

A record checks its own fields as it is built; these checks look across
records. :func:`errors` finds what makes a dataset unusable (duplicate ids,
references to nothing, two people in one seat); :func:`warnings` what a careful
editor would look at (a row out of date order, a body without a chair). Each
check is a function listed in its module's ``CHECKS``: a new check is a new
function there. Problems point at records through a :data:`Where`, so that
they name the file and line a record was read from.
"""

from __future__ import annotations

from ._where import Where as Where
from ._where import nowhere as nowhere
from .errors import errors as errors
from .warnings import warnings as warnings
