"""Run part of a test as another Unix account: a forked child that drops to the account's
uid, gid and groups (as setpriv/runuser would) and runs a function there.

A fork rather than `runuser … beslut`: the interpreter of the test venv may live where other
accounts cannot execute it (here, under /root); the child keeps the modules already loaded
and reaches everything else through the same files any clerk's beslut would. Only root can
switch accounts, so the tests that need it skip, saying why, when not run as root."""

from __future__ import annotations

import contextlib
import os
import pickle
import pwd
import shutil
import subprocess
import traceback

import pytest

needs_root = pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("useradd"),
    reason="switching Unix accounts needs root and useradd (the tests run as root locally and in CI)",
)


def run_as(user: str, function, *args, umask: int = 0o022, env: dict | None = None):
    """`function(*args)` in a child running as `user`; returns its (picklable) result, or
    raises AssertionError with the child's traceback."""
    account = pwd.getpwnam(user)
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            os.setgroups(os.getgrouplist(user, account.pw_gid))
            os.setgid(account.pw_gid)
            os.setuid(account.pw_uid)
            os.umask(umask)
            for key, value in (env or {}).items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
            os.environ.update(USER=user, LOGNAME=user, HOME="/nonexistent")
            outcome = ("ok", function(*args))
        except BaseException:  # noqa: BLE001 - everything goes back to the parent
            outcome = ("error", traceback.format_exc())
        with os.fdopen(write_end, "wb") as out:
            pickle.dump(outcome, out)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as source:
        data = source.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "error":
        raise AssertionError(f"as {user}:\n{value}")
    return value


@contextlib.contextmanager
def team_accounts(*names: str, group: str):
    """Create a group and accounts in it (names made unique to this process, so parallel
    runs do not collide); yield {name: account name, "group": group name}; remove them."""
    suffix = str(os.getpid())
    group_name = f"{group}{suffix}"[:32]
    accounts = {name: f"{name}{suffix}"[:32] for name in names}
    subprocess.run(["groupadd", group_name], check=True)
    try:
        for account in accounts.values():
            subprocess.run(["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin",
                            "--gid", group_name, account], check=True)
        yield {**accounts, "group": group_name}
    finally:
        for account in accounts.values():
            subprocess.run(["userdel", account], check=False, capture_output=True)
        subprocess.run(["groupdel", group_name], check=False, capture_output=True)
