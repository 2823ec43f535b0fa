"""Timeouts and limits of the Ongoing client, named in one place."""

from __future__ import annotations

# --- timeouts (seconds) ---
CONNECT_TIMEOUT_S = 3.0  # a till on a working network connects in milliseconds
READ_TIMEOUT_S = 20.0  # Ongoing can take seconds on large writes; a scan lookup is far faster
WRITE_TIMEOUT_S = 10.0
POOL_TIMEOUT_S = 5.0  # waiting for a free keep-alive connection

# --- retries ---
MAX_RETRIES = 3  # after the first attempt, so at most 4 requests per call
MAX_RETRY_AFTER_S = 30.0  # honour Retry-After up to this; longer waits are reported instead
BACKOFF_BASE_S = 0.5  # ceiling of the first backoff; doubles per attempt (full jitter below it)
BACKOFF_MAX_S = 8.0

# --- circuit breaker ---
CONSECUTIVE_FAILURE_LIMIT = 5  # then stop calling, so Ongoing's failure limit is never hit
CIRCUIT_COOL_DOWN_S = 30.0

# --- request sizes ---
INVENTORY_BATCH_SIZE = 100  # codes per request: ~45 bytes each keeps a typical URL near 4.5 KB
MAX_URL_BYTES = 6000  # proxies and IIS refuse long URLs; batches are also cut to stay below this
MAX_CODES_PER_CALL = 500  # more than a till ever asks for at once: a bug, refused early
MAX_CODE_LENGTH = 100  # barcodes are 8-14 digits, article numbers well under 50 characters
