"""A real SMTP server for the expediering tests (aiosmtpd on 127.0.0.1): it keeps every
message it accepted and can refuse chosen ones (at DATA, or a recipient at RCPT TO), as a
mail server refuses."""

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
    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address -> the reply to its RCPT TO
    messages: list = field(default_factory=list)
    logins: list = field(default_factory=list)
    data_commands: int = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 (aiosmtpd's name)
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

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
def smtp_server(refuse: dict[int, str] | None = None, *, tls_context=None, logins: dict[str, str] | None = None,
                refuse_rcpt: dict[str, str] | None = None) -> Iterator[tuple[str, Recorder]]:
    """A running server and its recorder; yields ("127.0.0.1:PORT", recorder). `refuse_rcpt`
    maps an address to the reply its RCPT TO gets (a mailbox the server does not know). With
    `tls_context` it offers STARTTLS and requires it; with `logins` (user -> password) it
    requires a login, and only over TLS when it has TLS."""
    from aiosmtpd.smtp import AuthResult

    recorder = Recorder(refuse=dict(refuse or {}), refuse_rcpt=dict(refuse_rcpt or {}))
    port = _free_port()
    options = {}
    if tls_context is not None:
        options.update(tls_context=tls_context, require_starttls=True)
    if logins is not None:
        def authenticate(server, session, envelope, mechanism, auth_data):
            user = auth_data.login.decode()
            ok = logins.get(user) == auth_data.password.decode()
            if ok:
                recorder.logins.append(user)
            return AuthResult(success=ok, handled=False)  # handled=True would leave the refusal unsaid

        options.update(authenticator=authenticate, auth_required=True, auth_require_tls=tls_context is not None)
    controller = Controller(recorder, hostname="127.0.0.1", port=port, ready_timeout=10, **options)
    controller.start()
    try:
        yield f"127.0.0.1:{port}", recorder
    finally:
        controller.stop()
