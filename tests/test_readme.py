"""The README, run as a new user would: its marked commands, in order, in a fresh copy of the repository.

The commands come from README.md itself. A fenced block after ``<!-- readme-test: run -->``
is run line by line (``; skip "COMMAND"`` leaves out a line, such as ``make test``, which is what
runs this test); ``<!-- readme-test: annotate in Label Studio -->`` is where the person corrects
a document in the browser: here they log in with the login ``annotate studio up`` printed and
submit an annotation of a task through Label Studio's web API, as the page does.

The copy is made of the repository's tracked files. The environments are not installed again:
``.venv`` and ``.venv-labelstudio`` are links to the repository's, and the copy's
``pyproject.toml`` is dated before ``.venv/bin/.installed`` so that ``make`` sees them installed.
Everything else runs exactly as written, without ``ANNOTATE_LABEL_STUDIO``.
"""

from __future__ import annotations

import os
import re
import secrets
import shlex
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotate.corpus import Corpus
from annotate.labelstudio.server import DEFAULT_PORT, LocalServer, free_port, port_is_open

pytestmark = pytest.mark.labelstudio

REPO = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"\s*<!--\s*readme-test:\s*(.*?)\s*-->\s*")  # a line of its own
ANNOTATE_STEP = "annotate in Label Studio"
COMMAND_SECONDS = 300
# What the README must keep runnable (issue 8): a phrase each, found in some command run.
REQUIRED = {
    "the quick start": "make demo", "show": "annotate show", "stats": "annotate stats", "eval": "annotate eval",
    "the Label Studio set-up": "make setup-studio", "studio up": "annotate studio up",
    "studio pull": "annotate studio pull", "studio status": "annotate studio status",
    "studio down": "annotate studio down", "export": "annotate export", "load_dataset": "load_dataset(",
    "training": "train", "run --model": "--model",
}


@dataclass
class Step:
    line: int  # in README.md
    command: str | None  # None: the annotation in Label Studio


def readme_steps(readme: str) -> list[Step]:
    """The marked commands of a README, in order, and the annotation step."""
    lines = readme.splitlines()
    steps: list[Step] = []
    index = 0
    while index < len(lines):
        marker = MARKER.fullmatch(lines[index])
        index += 1
        if not marker:
            continue
        directive = marker.group(1)
        if directive == ANNOTATE_STEP:
            steps.append(Step(index, None))
            continue
        action, _, options = directive.partition(";")
        assert action.strip() == "run", f"README.md line {index}: unknown readme-test marker {directive!r}"
        skipped = re.findall(r'skip\s+"([^"]+)"', options)
        while index < len(lines) and not lines[index].strip():
            index += 1
        assert index < len(lines) and lines[index].startswith("```"), \
            f"README.md line {index}: a readme-test run marker must stand before a fenced code block"
        index += 1
        pending, first = "", index
        while not lines[index].startswith("```"):
            line = lines[index]
            index += 1
            if not pending and (not line.strip() or line.lstrip().startswith("#")):
                continue
            if not pending:
                first = index
            pending += line
            if pending.endswith("\\"):
                pending = pending[:-1] + " "
                continue
            command = strip_comment(pending)
            if command not in skipped:
                steps.append(Step(first, command))
            pending = ""
        index += 1
    return steps


def strip_comment(line: str) -> str:
    """A shell line without its trailing comment (a # that starts a word outside quotes)."""
    quote = None
    for position, character in enumerate(line):
        if quote:
            quote = None if character == quote else quote
        elif character in "'\"":
            quote = character
        elif character == "#" and (position == 0 or line[position - 1].isspace()):
            return line[:position].strip()
    return line.strip()


def copy_repository(target: Path) -> Path:
    """The tracked files of the repository (as they are in its working tree), with links to its environments."""
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        source = REPO / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    installed = REPO / ".venv" / "bin" / ".installed"
    studio_installed = REPO / ".venv-labelstudio" / ".installed"
    for marker in (installed, studio_installed):
        if not marker.is_file():
            pytest.fail(f"{marker} is missing: run `make setup-studio` in {REPO} first", pytrace=False)
    for environment in (".venv", ".venv-labelstudio"):
        (target / environment).symlink_to(REPO / environment, target_is_directory=True)
    earlier = installed.stat().st_mtime - 60
    os.utime(target / "pyproject.toml", (earlier, earlier))
    return target


@dataclass
class Login:
    url: str
    project: int
    email: str
    password: str


def printed_login(output: str) -> Login:
    """The project URL and the login that ``annotate studio up`` printed."""
    page = re.search(r"(http://\S+)/projects/(\d+)/", output)
    login = re.search(r"Log in as (\S+) with the password (\S+)", output)
    assert page and login, f"annotate studio up printed no project URL or login:\n{output}"
    return Login(page.group(1), int(page.group(2)), login.group(1), login.group(2))


def annotate_as_a_person(login: Login) -> dict:
    """Log in through the login form, open the first task and submit its predictions with the first
    region removed and an entity relabelled, as the labeling page does; returns what was submitted."""
    import httpx

    with httpx.Client(base_url=login.url, follow_redirects=True, timeout=60) as browser:
        browser.get("/user/login/")
        form = {"email": login.email, "password": login.password, "csrfmiddlewaretoken": browser.cookies["csrftoken"]}
        page = browser.post("/user/login/", data=form, headers={"Referer": f"{login.url}/user/login/"})
        assert page.status_code == 200 and "sessionid" in browser.cookies, "the printed login was refused"
        csrf = {"X-CSRFToken": browser.cookies["csrftoken"], "Referer": login.url}
        tasks = browser.get("/api/tasks", params={"project": login.project, "fields": "all"}).json()["tasks"]
        task = min(tasks, key=lambda t: t["id"])
        regions = [{"id": region.get("id") or secrets.token_hex(5), "origin": "prediction",
                    **{key: region[key] for key in ("from_name", "to_name", "type", "value")}}
                   for region in task["predictions"][0]["result"]]
        entity = next((r for r in regions[1:] if r["from_name"] == "entities"), None)
        assert entity is not None, "the first task has too few predicted regions to correct"
        label = entity["value"]["labels"][0]
        entity["value"] = {**entity["value"], "labels": ["ORG" if label != "ORG" else "GPE"]}
        result = regions[1:]  # the first region removed, one entity relabelled
        answer = browser.post(f"/api/tasks/{task['id']}/annotations/", headers=csrf,
                              json={"result": result, "lead_time": 42.0, "project": login.project})
        assert answer.status_code == 201, answer.text
        return {"doc_id": task["data"]["doc_id"], "result": result}


def run_step(step: Step, copy: Path, environment: dict[str, str]) -> subprocess.CompletedProcess:
    started = time.monotonic()
    try:
        result = subprocess.run(["bash", "-o", "pipefail", "-c", step.command], cwd=copy, env=environment,
                                capture_output=True, text=True, timeout=COMMAND_SECONDS, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        pytest.fail(f"README.md line {step.line}: `{step.command}` did not finish in {COMMAND_SECONDS} s", pytrace=False)
    where = f"README.md line {step.line}: `{step.command}` ({time.monotonic() - started:.0f} s)"
    assert result.returncode == 0, f"{where} exited {result.returncode}:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    assert "Traceback" not in result.stderr, f"{where} printed a traceback:\n{result.stderr[-3000:]}"
    return result


def test_the_readme_markers_cover_every_step_a_new_user_takes():
    steps = readme_steps((REPO / "README.md").read_text("utf-8"))
    commands = [step.command for step in steps if step.command]
    missing = [what for what, phrase in REQUIRED.items() if not any(phrase in command for command in commands)]
    assert missing == [], f"README.md has no marked command for: {', '.join(missing)}"
    order = [i for i, step in enumerate(steps) if step.command is None]
    up = [i for i, step in enumerate(steps) if step.command and "annotate studio up" in step.command]
    pull = [i for i, step in enumerate(steps) if step.command and "annotate studio pull" in step.command]
    assert len(order) == 1 and up and pull and up[0] < order[0] < pull[0], \
        "the annotation in Label Studio must be marked once, between `studio up` and `studio pull`"


def test_the_readme_runs_as_written_in_a_fresh_copy(tmp_path):
    copy = copy_repository(tmp_path / "annotate")
    steps = readme_steps((copy / "README.md").read_text("utf-8"))
    environment = {name: value for name, value in os.environ.items()  # a new user's shell, not `make test`'s
                   if name not in ("ANNOTATE_LABEL_STUDIO", "VIRTUAL_ENV", "PYTHONPATH", "MAKEFLAGS", "MAKELEVEL",
                                   "MFLAGS")}
    environment["HF_HOME"] = str(tmp_path / "huggingface")  # a new user's empty cache
    if port_is_open(DEFAULT_PORT):  # another server holds the README's port on this machine
        environment["ANNOTATE_STUDIO_PORT"] = str(free_port())
    login, annotation, timings = None, None, []
    try:
        for step in steps:
            started = time.monotonic()
            if step.command is None:
                assert login is not None, "README.md: the annotation step comes before `annotate studio up`"
                annotation = annotate_as_a_person(login)
                continue
            result = run_step(step, copy, environment)
            timings.append((time.monotonic() - started, step.command))
            if "annotate studio up" in step.command:
                login = printed_login(result.stdout)
            if "annotate studio pull" in step.command and annotation is not None:
                corpus = copy / shlex.split(step.command)[shlex.split(step.command).index("pull") + 1]
                document = Corpus.open(corpus).get(annotation["doc_id"])
                stored = sorted((s.start, s.end, s.label) for s in document.annotations(login.email))
                submitted = sorted((r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                                   for r in annotation["result"])
                assert stored == submitted and "1 annotations completed" in result.stdout, result.stdout
    finally:
        LocalServer(copy / "work" / "label-studio").stop()
    print("\n".join(f"{seconds:6.1f} s  {command}" for seconds, command in timings))
