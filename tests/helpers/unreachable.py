"""Ongoings that cannot be used, on this PC: a closed port, a name that never resolves, a
TLS server whose certificate nobody trusts. Each is real (a socket, DNS, a handshake)."""

from __future__ import annotations

import http.server
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

# RFC 6761: .invalid never resolves, on any network.
UNRESOLVABLE_HOST = "ongoing.tillside-test.invalid"
UNRESOLVABLE_URL = f"https://{UNRESOLVABLE_HOST}/demo/api/v1/"


def closed_port() -> int:
    """A loopback port nothing listens on (it was free a moment ago)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def closed_port_url() -> str:
    return f"http://127.0.0.1:{closed_port()}/demo/api/v1/"


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 signed by itself (openssl), and its key."""
    if shutil.which("openssl") is None:
        pytest.skip("the untrusted-certificate case needs the openssl command (Debian: openssl)")
    certificate, key = folder / "cert.pem", folder / "key.pem"
    command = "openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1"
    subprocess.run(
        [
            *command.split(),
            *("-addext", "subjectAltName=IP:127.0.0.1"),
            *("-keyout", str(key), "-out", str(certificate)),
        ],
        check=True,
        capture_output=True,
    )
    return certificate, key


class _Answers(http.server.BaseHTTPRequestHandler):
    """Would answer like Ongoing, were the certificate ever trusted."""

    def do_GET(self) -> None:  # http.server's name
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"[]")

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def untrusted_tls_url() -> Iterator[str]:
    """`https://127.0.0.1:PORT/demo/api/v1/`, served with a self-signed certificate."""
    with tempfile.TemporaryDirectory() as folder:
        certificate, key = self_signed_certificate(Path(folder))
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certificate, key)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"https://127.0.0.1:{server.server_address[1]}/demo/api/v1/"
        finally:
            server.shutdown()
            server.server_close()
