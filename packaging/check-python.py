"""Stop early, with a clear message, when the machine's Python cannot run Tillside."""

import sys

SUPPORTED = ((3, 11), (3, 13))

if not SUPPORTED[0] <= sys.version_info[:2] <= SUPPORTED[1]:
    sys.exit(
        f"Tillside needs Python 3.11 to 3.13; this is {sys.version.split()[0]}. "
        "Run make with PYTHON=python3.12 (or another supported version)."
    )
try:
    import ensurepip  # noqa: F401
    import venv  # noqa: F401
except ImportError:
    sys.exit("Python's venv module is missing: install it (Debian: apt-get install python3-venv).")
