"""A local Label Studio server: started in the background with its own data directory.

The data directory keeps Label Studio's database together with two small files of ours:
``annotate-login.json`` (the account and API token made up on first start) and
``annotate-server.json`` (pid and port of the running server, so that a later command
reuses it and ``down`` stops it).

Facts measured on label-studio 1.23.2: ``--host`` is the public URL (it must start
with ``http://``) while ``--internal-host`` is the address the server binds, which is
``0.0.0.0`` unless given; a busy ``--port`` is silently replaced by the next free one,
so the port is checked before starting. The first start on a fresh data directory
migrates the database and takes about 50 seconds on two cores, a restart about 7;
the server holds about 370 MB resident. The token given at start is accepted only
when the organization is created with ``--enable-legacy-api-token``.
"""

from __future__ import annotations

import html
import http.cookiejar
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

from ..corpus import atomic_write
from . import StudioError

HOST = "127.0.0.1"
DEFAULT_PORT = 8080
DEFAULT_DATA_DIR = Path("work/label-studio")
EXECUTABLE_VARIABLE = "ANNOTATE_LABEL_STUDIO"
LOCAL_VENV_EXECUTABLE = Path(".venv-labelstudio/bin/label-studio")
LOGIN_FILE = "annotate-login.json"
USERS_FILE = "annotate-users.json"
STATE_FILE = "annotate-server.json"
LOG_FILE = "annotate-server.log"
SERVER_MARK = "--enable-legacy-api-token"  # on the command line of every server started here
START_TIMEOUT = 240.0
STOP_TIMEOUT = 30.0


@dataclass(frozen=True)
class Login:
    email: str
    password: str
    token: str


def find_executable(explicit: str | os.PathLike | None = None) -> Path:
    """The ``label-studio`` program: given, from $ANNOTATE_LABEL_STUDIO, ./.venv-labelstudio or the PATH."""
    candidates = [explicit, os.environ.get(EXECUTABLE_VARIABLE), LOCAL_VENV_EXECUTABLE, shutil.which("label-studio")]
    for candidate in filter(None, candidates):
        path = Path(candidate)
        if path.is_file() and os.access(path, os.X_OK):
            return path.absolute()
        if candidate in (explicit, os.environ.get(EXECUTABLE_VARIABLE)):
            raise StudioError(f"the Label Studio server program {path} does not exist or is not executable")
    raise StudioError(
        f"no Label Studio server program found: install label-studio into {LOCAL_VENV_EXECUTABLE.parts[0]} "
        f"(make {LOCAL_VENV_EXECUTABLE.parts[0]}/.installed) or set {EXECUTABLE_VARIABLE} to its label-studio program"
    )


def _open(opener: urllib.request.OpenerDirector, request: str | urllib.request.Request, doing: str):
    try:
        return opener.open(request, timeout=60)
    except urllib.error.HTTPError as error:
        raise StudioError(f"Label Studio answered {error.code} while {doing}") from None
    except (urllib.error.URLError, OSError) as error:
        raise StudioError(f"no Label Studio server answered while {doing} ({error})") from None


def _request_json(url: str, headers: dict[str, str], doing: str) -> dict:
    with _open(urllib.request.build_opener(), urllib.request.Request(url, headers=headers), doing) as response:
        return json.loads(response.read())


def port_is_open(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        return probe.connect_ex((host, port)) == 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def is_healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def _is_our_server(pid: int) -> bool:
    """False when the pid now belongs to another program (pids are reused); True where it cannot be told."""
    try:
        return SERVER_MARK.encode() in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True


def resident_memory_mb(pid: int) -> float | None:
    """Resident memory of a process in MB (Linux), ``None`` where it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


@dataclass
class LocalServer:
    """The Label Studio server of one data directory, bound to 127.0.0.1."""

    data_dir: Path
    port: int | None = None
    executable: Path | None = None
    email: str = "annotator@localhost"

    def __post_init__(self) -> None:
        self.data_dir = Path(self.data_dir).resolve()
        if self.port is None:
            self.port = self._state().get("port", DEFAULT_PORT)

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir / LOG_FILE

    @property
    def pid(self) -> int | None:
        """The pid of this data directory's server when it is running."""
        pid = self._state().get("pid")
        return pid if pid and _process_alive(pid) and _is_our_server(pid) else None

    def login(self) -> Login:
        """The account of this server, made up (and saved) on first use."""
        path = self.data_dir / LOGIN_FILE
        if path.is_file():
            return Login(**json.loads(path.read_text("utf-8")))
        login = Login(self.email, secrets.token_urlsafe(12), secrets.token_hex(20))
        atomic_write(path, json.dumps(asdict(login), indent=2) + "\n")
        path.chmod(0o600)
        return login

    def annotators(self) -> list[Login]:
        """The annotator accounts made by :meth:`add_annotator`, in the order they were made."""
        path = self.data_dir / USERS_FILE
        return [Login(**user) for user in json.loads(path.read_text("utf-8"))] if path.is_file() else []

    def add_annotator(self, email: str) -> tuple[Login, bool]:
        """An annotator account on the running server, made now unless it exists; returns it and whether it is new.

        The account signs up through the organization's invite link, as a person would,
        with a made-up password; its API token is read as that person. The logins are
        kept in ``annotate-users.json`` in the data directory.
        """
        known = {login.email: login for login in [self.login(), *self.annotators()]}
        email = email.strip().lower()
        if email in known:
            return known[email], False
        invite = _request_json(f"{self.url}/api/invite", headers={"Authorization": f"Token {self.login().token}"},
                               doing="asking for the invite link")
        password = secrets.token_urlsafe(12)
        cookies = http.cookiejar.CookieJar()
        session = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
        signup = f"{self.url}/user/signup/?token={urllib.parse.quote(invite['token'])}"
        _open(session, signup, doing=f"opening the sign-up page for {email}").close()
        csrf = next((cookie.value for cookie in cookies if cookie.name == "csrftoken"), "")
        form = urllib.parse.urlencode({"csrfmiddlewaretoken": csrf, "email": email, "password": password}).encode()
        with _open(session, urllib.request.Request(signup, data=form, headers={"Referer": signup}),
                   doing=f"signing up {email}") as response:
            page, landed = response.read().decode("utf-8", "replace"), response.url
        if "/user/signup" in landed:
            problems = [item for block in re.findall(r'<ul class="field_errors">(.*?)</ul>', page, re.DOTALL)
                        for item in re.findall(r"<li>(.*?)</li>", block, re.DOTALL)]
            raise StudioError(f"Label Studio at {self.url} refused the account {email}: "
                              f"{'; '.join(html.unescape(p.strip()) for p in problems) or 'the sign-up page came back'}")
        with _open(session, f"{self.url}/api/current-user/token", doing=f"reading the API token of {email}") as response:
            login = Login(email, password, json.loads(response.read())["token"])
        users = [asdict(user) for user in self.annotators()] + [asdict(login)]
        atomic_write(self.data_dir / USERS_FILE, json.dumps(users, indent=2) + "\n")
        (self.data_dir / USERS_FILE).chmod(0o600)
        return login, True

    def is_running(self) -> bool:
        return self.pid is not None and is_healthy(self.url)

    def start(self, timeout: float = START_TIMEOUT) -> bool:
        """Start the server unless it already runs; returns True when it was started now."""
        pid = self.pid
        if pid is not None:
            running_port = self._state().get("port")
            if running_port != self.port:
                raise StudioError(f"the Label Studio server of {self.data_dir} already runs on port {running_port}; "
                                  f"stop it first to move it to port {self.port}")
            self._wait_until_healthy(pid, timeout)
            return False
        if port_is_open(self.port):
            raise StudioError(f"port {self.port} on {HOST} is in use by another program; choose another port")
        self.data_dir.mkdir(parents=True, exist_ok=True)
        executable = find_executable(self.executable)
        login = self.login()
        environment = {
            **os.environ,
            "LABEL_STUDIO_BASE_DATA_DIR": str(self.data_dir),
            "LABEL_STUDIO_HOST": self.url,
            "LABEL_STUDIO_USERNAME": login.email,
            "LABEL_STUDIO_PASSWORD": login.password,
            "LABEL_STUDIO_USER_TOKEN": login.token,
            # A local correction server phones nowhere: no version check, analytics or error reports.
            "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
        }
        command = [str(executable), "start", "--no-browser", "--internal-host", HOST, "--host", self.url,
                   "--port", str(self.port), SERVER_MARK]
        with self.log_path.open("ab") as log:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                       env=environment, cwd=self.data_dir, start_new_session=True)
        self._save_state({"pid": process.pid, "port": self.port})
        self._wait_until_healthy(process.pid, timeout)
        return True

    def stop(self, timeout: float = STOP_TIMEOUT) -> bool:
        """Stop the server; returns False when none was running."""
        pid = self.pid
        if pid is None:
            (self.data_dir / STATE_FILE).unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while True:
            self._reap(pid)
            if not _process_alive(pid):
                break
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                deadline = time.monotonic() + timeout
            time.sleep(0.2)
        (self.data_dir / STATE_FILE).unlink(missing_ok=True)
        return True

    def _wait_until_healthy(self, pid: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not is_healthy(self.url):
            self._reap(pid)
            if not _process_alive(pid):
                raise StudioError(f"the Label Studio server stopped while starting: {self._last_log_line()}")
            if time.monotonic() > deadline:
                raise StudioError(f"the Label Studio server at {self.url} did not answer within {timeout:.0f} seconds "
                                  f"(see {self.log_path})")
            time.sleep(0.5)

    @staticmethod
    def _reap(pid: int) -> None:
        """Collect the exit status of our own child, so that it does not linger as a zombie."""
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass

    def _last_log_line(self) -> str:
        lines = [line for line in self.log_path.read_text("utf-8", "replace").splitlines() if line.strip()]
        return lines[-1].strip() if lines else f"no output (see {self.log_path})"

    def _state(self) -> dict:
        path = self.data_dir / STATE_FILE
        return json.loads(path.read_text("utf-8")) if path.is_file() else {}

    def _save_state(self, state: dict) -> None:
        atomic_write(self.data_dir / STATE_FILE, json.dumps(state) + "\n")
