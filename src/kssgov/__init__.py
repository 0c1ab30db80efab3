"""kssgov: an organisation's governance and advocacy records, and the documents made from them.

Load a dataset folder with :func:`load`, query it, and build or save records
in Python. Exporters (Word sections, calendar feeds) are plugins found through
the ``kssgov.exporters`` entry-point group.

The public names are listed once, in ``__init__.pyi``; they are imported on
first use, so that the command line starts without loading what it does not need.
"""

import lazy_loader

__getattr__, __dir__, __all__ = lazy_loader.attach_stub(__name__, __file__)
