"""Timeouts and limits of the Ongoing client, named in one place."""

from __future__ import annotations

CONNECT_TIMEOUT_S = 3.0  # a till on a working network connects in milliseconds
READ_TIMEOUT_S = 20.0  # Ongoing can take seconds on large writes; a scan lookup is far faster
WRITE_TIMEOUT_S = 10.0
POOL_TIMEOUT_S = 5.0

MAX_RETRIES = 3
MAX_RETRY_AFTER_S = 30.0  # honour Retry-After up to this; longer waits are reported instead
BACKOFF_BASE_S = 0.5
BACKOFF_MAX_S = 8.0

CONSECUTIVE_FAILURE_LIMIT = 5  # then stop calling, so Ongoing's failure limit is never hit
CIRCUIT_COOL_DOWN_S = 30.0

INVENTORY_BATCH_SIZE = 100  # article numbers per request keeps the URL well under 8 KB
MAX_CODES_PER_CALL = 500
MAX_CODE_LENGTH = 100
