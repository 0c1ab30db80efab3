"""The floor for ``kssgov check``: parse every TOML file of the dataset with tomllib, and nothing else.

``python check_floor.py DATASET``
"""

import sys
import tomllib
from pathlib import Path

for path in sorted(Path(sys.argv[1]).rglob("*.toml")):
    with path.open("rb") as handle:
        tomllib.load(handle)
