"""A real SMTP server for the expediering tests (aiosmtpd on 127.0.0.1): it keeps every
message it accepted and can refuse chosen ones, as a mail server refuses."""

from __future__ import annotations

import contextlib
import email
import email.policy
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller


@dataclass
class Recorder:
    """aiosmtpd handler: `refuse` maps the number of a DATA command (1-based, counted over
    the server's life) to the reply it gets instead of 250."""

    refuse: dict[int, str] = field(default_factory=dict)
    messages: list = field(default_factory=list)
    data_commands: int = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        self.data_commands += 1
        if self.data_commands in self.refuse:
            return self.refuse[self.data_commands]
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 2.0.0 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def smtp_server(refuse: dict[int, str] | None = None) -> Iterator[tuple[str, Recorder]]:
    """A running server and its recorder; yields ("127.0.0.1:PORT", recorder)."""
    recorder = Recorder(refuse=dict(refuse or {}))
    port = _free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port, ready_timeout=10)
    controller.start()
    try:
        yield f"127.0.0.1:{port}", recorder
    finally:
        controller.stop()
