"""``python -m kssgov.cli``: the same as the ``kssgov`` command."""

from . import main

main()
