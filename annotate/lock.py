"""One writer at a time: a lock on a corpus directory, held while a command reads and writes it.

The lock is an advisory ``flock`` on ``CORPUS/.annotate.lock``. The kernel releases it when
the holding process ends, however it ends, so a lock left by a killed process is stale by
construction: the next writer takes it. The file records who holds it (process id, command,
host, start time) so that a second writer can say who is in the way.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from .errors import CorpusError

LOCK_NAME = ".annotate.lock"
POLL_SECONDS = 0.2

_held: dict[Path, int] = {}  # lock paths this process holds -> nesting depth


class CorpusBusy(CorpusError):
    """Another process is writing the corpus."""


def holder(path: str | os.PathLike) -> dict | None:
    """Who holds the lock of a corpus, or None when nobody does."""
    lock_path = Path(path) / LOCK_NAME
    if not lock_path.exists():
        return None
    with lock_path.open("a+") as handle:
        if _try_lock(handle):
            fcntl.flock(handle, fcntl.LOCK_UN)
            return None
        return _read_holder(handle)


def _try_lock(handle) -> bool:
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _read_holder(handle) -> dict:
    handle.seek(0)
    try:
        return json.loads(handle.read() or "{}")
    except json.JSONDecodeError:
        return {}


def describe(path: str | os.PathLike, info: dict) -> str:
    who = f"process {info.get('pid', '?')}"
    if info.get("host") and info["host"] != socket.gethostname():
        who += f" on {info['host']}"
    return f"corpus {path} is being written by {who} ({info.get('command', 'annotate')})"


@contextmanager
def corpus_writer(path: str | os.PathLike, command: str, wait: bool = False,
                  waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the corpus's write lock for the duration of the block.

    If another process holds it, raise :class:`CorpusBusy` naming that process, or, with
    ``wait``, call ``waiting(message)`` once and block until it is free. Nested use in one
    process is allowed.
    """
    directory = Path(path)
    if not directory.is_dir():  # nothing to lock yet: the command itself reports a missing corpus
        yield
        return
    lock_path = (directory / LOCK_NAME).resolve()
    if lock_path in _held:
        _held[lock_path] += 1
        try:
            yield
        finally:
            _held[lock_path] -= 1
        return
    handle = lock_path.open("a+")
    try:
        told = False
        while not _try_lock(handle):
            message = describe(path, _read_holder(handle))
            if not wait:
                raise CorpusBusy(f"{message}; wait for it to finish or rerun with --wait")
            if not told and waiting is not None:
                waiting(f"{message}; waiting for it to finish")
                told = True
            time.sleep(POLL_SECONDS)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({
            "pid": os.getpid(), "command": command, "host": socket.gethostname(),
            "since": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }))
        handle.flush()
        _held[lock_path] = 1
        try:
            yield
        finally:
            del _held[lock_path]
            handle.seek(0)
            handle.truncate()
            handle.flush()
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()
