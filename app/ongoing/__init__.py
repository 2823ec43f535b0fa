"""The Ongoing WMS API: the client, its models and errors.

httpx imports its own command line (`httpx._main`: click, rich and pygments) whenever those
happen to be installed, as the development tools install them: about 7 MiB of a till that
never runs it (the packaged till leaves them out already). Marked absent before httpx is
first imported, httpx defines a stub in its place.
"""

import sys

sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
