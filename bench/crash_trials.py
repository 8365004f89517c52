"""Crash safety, measured: ``annotate run``, ``annotate studio pull`` and ``annotate export`` killed
with SIGKILL at random moments.

Each trial copies a prepared corpus, starts the real command as a process, kills it after a
delay drawn from the trial's seed (uniform between 0 and the duration of an uninterrupted
run, measured first), and checks:

- the corpus validates (and ``export`` never changed it);
- what the killed command left is a state it could have stopped in: each document either
  untouched or finished (``run``: predictions equal to an uninterrupted run's; ``pull``: the
  annotator's spans and review either as before or as on the server), the people's work
  untouched; an export directory is the earlier export, the new one, or absent when there
  was none, never a mix;
- the same command run again completes, and then the result equals an uninterrupted run's
  (``pull``: every annotation on the server is in the corpus exactly once, with its review).

``pull`` needs a Label Studio server: this script starts one (``ANNOTATE_LABEL_STUDIO`` or
``.venv-labelstudio``) on a free port with a fresh data directory, which takes a minute or two.

    .venv/bin/python bench/crash_trials.py --trials 20            # all three commands, seeds 0..19
    .venv/bin/python bench/crash_trials.py --trials 3 --commands run,export

``tests/test_crash_safety.py`` runs a few seeded trials of each in ``make test``.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from annotate.corpus import Corpus, validate_corpus  # noqa: E402
from annotate.export import export_dataset  # noqa: E402
from annotate.lock import LOCK_NAME  # noqa: E402
from annotate.model import ANNOTATION, PREDICTION, Document, Review  # noqa: E402
from annotate.plugins import PluginHost  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARD_DOCUMENTS = 500  # annotate's shard size: the prepared corpora span several shards
POLL_SECONDS = 0.002
MODES = ("random", "writing")

PEOPLE = ["Yan Yue", "Erkin Tuniyaz", "Fu Xuejun", "Liu Shijie", "Cai Zengle", "Maria Lopez", "John Smith"]
ORGS = ["Urumqi Customs", "SAIC Volkswagen", "GAC Motors", "Dongfeng Motor", "XCMG", "the World Bank"]
PLACES = ["Xinjiang", "Urumqi", "Kazakhstan", "Türkiye", "Horgos", "Kashgar", "Almaty"]
def template_document(number: int) -> tuple[str, list[tuple[int, int, str, str]]]:
    """A sentence with a person, an organisation, a place and an amount, and those spans (start, end, label, family)."""
    rng = random.Random(number)
    parts = [(f"Item {number}. ", None), (rng.choice(PEOPLE), ("PERSON", "entities")), (" of ", None),
             (rng.choice(ORGS), ("ORG", "entities")), (" said ", None), (rng.choice(PLACES), ("GPE", "entities")),
             (" paid ", None), (f"${rng.randint(1, 900)}.{rng.randint(0, 9)} million", ("MONEY", "quantities")),
             (f" for {rng.randint(2, 99) * 100:,} tonnes of cotton on Monday.", None)]
    text, spans = "", []
    for part, label in parts:
        if label:
            spans.append((len(text), len(text) + len(part), *label))
        text += part
    return text, spans


def annotated(number: int, annotator: str = "corrector") -> Document:
    """A template document with the person's annotation of every span and a completed review."""
    text, spans = template_document(number)
    document = Document(id=f"doc{number:05d}", text=text, reviews=[Review(annotator, "completed", "2026-01-01T00:00:00")])
    document.spans = [document.make_span(start, end, label, family, ANNOTATION, annotator)
                      for start, end, label, family in spans]
    return document


def predicted(number: int) -> Document:
    """A template document with its spans as a plugin's predictions."""
    text, spans = template_document(number)
    document = Document(id=f"doc{number:05d}", text=text, predicted_by={"template": "1"})
    document.spans = [document.make_span(start, end, label, family, PREDICTION, "template@1")
                      for start, end, label, family in spans]
    return document


def make_corpus(path: Path, count: int, annotated_every: int | None = None, predictions: bool = False) -> Path:
    """A corpus of ``count`` template documents; every ``annotated_every``-th one annotated by a person;
    with ``predictions``, every document has its spans as predictions."""
    corpus = Corpus.create(path)
    corpus.declare(PluginHost.discover().labels())
    corpus.save(annotated(i) if annotated_every and i % annotated_every == 0
                else predicted(i) if predictions else Document(id=f"doc{i:05d}", text=template_document(i)[0])
                for i in range(count))
    return path


def annotate_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "annotate", *args]


def run_command(args: list[str], timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


class Changes:
    """Whether an entry directly in some directories was created, removed or rewritten since this was made."""

    def __init__(self, *directories: Path):
        self.directories = directories
        self.first = self.state()

    def state(self) -> set | None:
        found = set()
        try:
            for directory in self.directories:
                if directory.is_dir():
                    for entry in os.scandir(directory):
                        if entry.name == LOCK_NAME:  # taken before anything is written
                            continue
                        stat = entry.stat(follow_symlinks=False)
                        found.add((str(directory), entry.name, stat.st_mtime_ns, stat.st_size))
        except FileNotFoundError:  # an entry went away while being looked at: something changed
            return None
        return found

    def __call__(self) -> bool:
        return self.state() != self.first


def wait_for(process: subprocess.Popen, changes: Changes) -> bool:
    """Poll until the command changes something; False when it ended first."""
    while not changes():
        if process.poll() is not None:
            return False
        time.sleep(POLL_SECONDS)
    return True


def start_and_kill(args: list[str], delay: float, trial: Trial, changes: Changes | None = None) -> None:
    """Start a command and SIGKILL it ``delay`` seconds later, counted from the start or, given ``changes``,
    from its first write. Sets ``trial.killed``; a command that ended by itself with an error is a problem."""
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors)
        if changes is None or wait_for(process, changes):
            deadline = time.monotonic() + delay  # polled, not Popen.wait(timeout), which may oversleep by 50 ms
            while process.poll() is None and (remaining := deadline - time.monotonic()) > 0:
                time.sleep(min(remaining, POLL_SECONDS))
        trial.killed = process.poll() is None
        if trial.killed:
            process.kill()
        if process.wait() not in (0, -9) or (process.returncode == -9 and not trial.killed):
            errors.seek(0)
            trial.problems.append(f"the command ended by itself with exit {process.returncode}: "
                                  f"{errors.read().decode(errors='replace').strip()[-300:]}")


def measured(args: list[str], changes: Changes) -> tuple[float, float]:
    """Run a command to its end: its duration and how long it wrote (from its first change to its last)."""
    started = time.monotonic()
    first = last = None
    state = changes.first
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=errors)
        while process.poll() is None:
            now = changes.state()
            if now != state:
                first, last, state = first or time.monotonic(), time.monotonic(), now
            time.sleep(POLL_SECONDS)
        if process.returncode != 0:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(args[2:])} failed: {errors.read().decode(errors='replace')[-500:]}")
    if first is None:
        raise RuntimeError(f"{' '.join(args[2:])} wrote nothing that could be seen")
    return time.monotonic() - started, last - first


def documents(path: Path) -> dict[str, dict]:
    return {document.id: document.to_dict() for document in Corpus.open(path)}


def files(directory: Path) -> dict[str, bytes]:
    """Every file under a directory with its bytes."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def people_part(document: dict) -> tuple:
    return ([s for s in document["spans"] if s["source"] == ANNOTATION], document["reviews"])


def machine_part(document: dict) -> tuple:
    return ([s for s in document["spans"] if s["source"] != ANNOTATION], document["predicted_by"],
            document.get("failures"))


@dataclass
class Trial:
    command: str
    seed: int
    mode: str  # "random": killed at a random moment of the run; "writing": while it writes
    delay: float
    killed: bool = False
    left: str = ""  # what the killed command had done: "nothing", "part", "all"
    problems: list[str] = field(default_factory=list)


class Trials:
    """The seeded trials of one command against a corpus prepared in ``directory``.

    A "random" trial kills at a moment drawn uniformly in ``window`` (fractions of an
    uninterrupted run's duration); a "writing" trial at a moment drawn uniformly in the time
    an uninterrupted run spends from its first write to its last, counted from the first write.
    """

    command = ""

    def __init__(self, directory: Path, window: tuple[float, float] = (0.0, 1.0)):
        self.directory = Path(directory)
        self.window = window
        self.duration = self.writing = 0.0  # of an uninterrupted run, and from its first write to its last

    def prepare(self) -> None:
        raise NotImplementedError

    def trial(self, seed: int, mode: str = "random") -> Trial:
        raise NotImplementedError

    def delay(self, seed: int, mode: str) -> float:
        rng = random.Random(f"{self.command}-{mode}-{seed}")
        if mode == "writing":
            return rng.uniform(0, self.writing)
        low, high = self.window
        return rng.uniform(low * self.duration, high * self.duration)

    def changes(self, mode: str, *directories: Path) -> Changes | None:
        return Changes(*directories) if mode == "writing" else None

    def check_valid(self, corpus: Path, trial: Trial) -> bool:
        try:
            validate_corpus(corpus)
            return True
        except Exception as error:  # anything that stops a reader is a problem found
            trial.problems.append(f"the corpus does not validate after the kill: {error}")
            return False


class RunTrials(Trials):
    """``annotate run`` over a corpus of several shards, some documents annotated by a person."""

    command = "run"

    def __init__(self, directory: Path, count: int = 1100, options: tuple[str, ...] = (), **kwargs):
        super().__init__(directory, **kwargs)
        self.count, self.options = count, list(options)

    def prepare(self) -> None:
        self.template = make_corpus(self.directory / "template", self.count, annotated_every=7)
        self.before = documents(self.template)
        reference = self.directory / "reference"
        shutil.copytree(self.template, reference)
        self.duration, self.writing = measured(annotate_command("run", str(reference), *self.options),
                                               Changes(reference, reference / "documents"))
        self.after = documents(reference)
        self.manifest = Corpus.open(reference).manifest

    def trial(self, seed: int, mode: str = "random") -> Trial:
        trial = Trial(self.command, seed, mode, self.delay(seed, mode))
        corpus = self.directory / f"trial-{seed}"
        shutil.rmtree(corpus, ignore_errors=True)
        shutil.copytree(self.template, corpus)
        start_and_kill(annotate_command("run", str(corpus), *self.options), trial.delay, trial,
                       self.changes(mode, corpus, corpus / "documents"))
        if self.check_valid(corpus, trial):
            found = documents(corpus)
            if set(found) != set(self.before):
                trial.problems.append(f"documents were lost or added: {sorted(set(found) ^ set(self.before))[:5]}")
            done = 0
            for doc_id, document in found.items():
                if people_part(document) != people_part(self.before[doc_id]):
                    trial.problems.append(f"the people's annotations of {doc_id} changed")
                if machine_part(document) == machine_part(self.after[doc_id]):
                    done += 1
                elif machine_part(document) != machine_part(self.before[doc_id]):
                    trial.problems.append(f"{doc_id} has predictions of neither before nor after the run")
            trial.left = "nothing" if done == 0 else "all" if done == len(found) else "part"
        result = run_command(annotate_command("run", str(corpus), *self.options))
        if result.returncode != 0:
            trial.problems.append(f"the next run failed ({result.returncode}): {result.stderr.strip()[-300:]}")
        elif documents(corpus) != self.after or Corpus.open(corpus).manifest != self.manifest:
            trial.problems.append("after the next run the corpus differs from an uninterrupted run's")
        shutil.rmtree(corpus, ignore_errors=True)
        return trial


class ExportTrials(Trials):
    """``annotate export`` of an annotated corpus, into a new directory or over an earlier export."""

    command = "export"

    def __init__(self, directory: Path, count: int = 1100, **kwargs):
        super().__init__(directory, **kwargs)
        self.count = count

    def prepare(self) -> None:
        self.corpus = make_corpus(self.directory / "corpus", self.count, annotated_every=1)
        self.corpus_files = files(self.corpus)
        self.duration, self.writing = measured(
            annotate_command("export", str(self.corpus), str(self.directory / "reference")), Changes(self.directory))
        self.reference = files(self.directory / "reference")
        export_dataset(self.corpus, self.directory / "earlier", seed=1)  # another split: other files
        self.earlier = files(self.directory / "earlier")

    def trial(self, seed: int, mode: str = "random") -> Trial:
        trial = Trial(self.command, seed, mode, self.delay(seed, mode))
        place = self.directory / f"trial-{seed}"
        shutil.rmtree(place, ignore_errors=True)
        place.mkdir()
        out = place / "exported"
        over_earlier = random.Random(f"earlier-{seed}").random() < 0.5
        if over_earlier:
            shutil.copytree(self.directory / "earlier", out)
        start_and_kill(annotate_command("export", str(self.corpus), str(out)), trial.delay, trial,
                       self.changes(mode, place))
        if files(self.corpus) != self.corpus_files:
            trial.problems.append("the export changed the corpus")
        left = files(out) if out.is_dir() else None
        if left == self.reference:
            trial.left = "all"
        elif (left == self.earlier) if over_earlier else left in (None, {}):
            trial.left = "nothing"
        else:
            trial.left = "part"
            trial.problems.append(f"the export directory is {'missing' if left is None else 'neither the earlier nor the new export'} "
                                  f"after the kill{' (there was an earlier export)' if over_earlier else ''}")
        result = run_command(annotate_command("export", str(self.corpus), str(out)))
        if result.returncode != 0:
            trial.problems.append(f"the next export failed ({result.returncode}): {result.stderr.strip()[-300:]}")
        elif files(out) != self.reference:
            trial.problems.append("after the next export the directory differs from an uninterrupted export")
        leftovers = sorted(p.name for p in place.iterdir() if p.name != "exported")
        if leftovers:
            trial.problems.append(f"files left beside the export: {leftovers}")
        shutil.rmtree(place, ignore_errors=True)
        return trial


def region(start: int, end: int, label: str, family: str, text: str) -> dict:
    """A labelled region as Label Studio's labeling page submits it."""
    return {"from_name": family, "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}


def server_annotations(studio, project: int) -> dict[str, dict[str, tuple]]:
    """doc id -> annotator -> (sorted (start, end, label), review status), from each annotator's latest annotation."""
    emails = studio.emails()
    found: dict[str, dict[str, tuple]] = {}
    for task in studio.tasks(project, with_annotations=True):
        latest: dict[str, dict] = {}
        for annotation in sorted(task.get("annotations") or [], key=lambda a: (a.get("updated_at") or "", a["id"])):
            user = annotation["completed_by"]
            latest[emails[user["id"] if isinstance(user, dict) else user]] = annotation
        for annotator, annotation in latest.items():
            cancelled = bool(annotation.get("was_cancelled"))
            spans = [] if cancelled else sorted((r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                                                for r in annotation.get("result") or [])
            found.setdefault(task["data"]["doc_id"], {})[annotator] = (spans, "cancelled" if cancelled else "completed")
    return found


def corpus_annotations(path: Path) -> dict[str, dict[str, tuple]]:
    """The same view of a corpus; a span stored twice shows twice."""
    found: dict[str, dict[str, tuple]] = {}
    for document in Corpus.open(path):
        for review in document.reviews:
            spans = sorted((s.start, s.end, s.label) for s in document.annotations(review.annotator))
            found.setdefault(document.id, {})[review.annotator] = (spans, review.status)
    return found


class PullTrials(Trials):
    """``annotate studio pull``: each trial annotates a few more tasks through the API, then pulls and is killed."""

    command = "pull"

    def __init__(self, directory: Path, url: str, token: str, count: int = 520, per_trial: int = 6, **kwargs):
        super().__init__(directory, **kwargs)
        self.url, self.token, self.count, self.per_trial = url, token, count, per_trial

    def prepare(self) -> None:
        from annotate.labelstudio.sync import Studio, push

        self.studio = Studio(self.url, self.token)
        self.corpus = make_corpus(self.directory / "corpus", self.count, predictions=True)
        self.project = push(self.corpus, self.studio).project
        self.tasks = {task["data"]["doc_id"]: task["id"] for task in self.studio.tasks(self.project, False)}
        self.texts = {doc_id: document["text"] for doc_id, document in documents(self.corpus).items()}
        self.unannotated = sorted(self.tasks)
        self.annotate_some(random.Random("prepare"))
        self.duration, self.writing = measured(self.pull_command(), Changes(self.corpus, self.corpus / "documents"))

    def pull_command(self) -> list[str]:
        return annotate_command("studio", "pull", str(self.corpus), "--url", self.url, "--token", self.token)

    def annotate_some(self, rng: random.Random) -> None:
        """Annotate tasks in every shard as a person would: keep, drop or relabel the spans, or skip the task."""
        chosen = []
        for shard in range(0, self.count, SHARD_DOCUMENTS):
            in_shard = [doc_id for doc_id in self.unannotated if shard <= int(doc_id[3:]) < shard + SHARD_DOCUMENTS]
            chosen += rng.sample(in_shard, min(len(in_shard), max(1, self.per_trial // 2)))
        with self.studio.talking("annotating as a person would"):
            for doc_id in chosen:
                self.unannotated.remove(doc_id)
                text = self.texts[doc_id]
                if rng.random() < 0.15:
                    self.studio.client.annotations.create(self.tasks[doc_id], result=[], was_cancelled=True)
                    continue
                result = []
                for start, end, label, family in template_document(int(doc_id[3:]))[1]:
                    if rng.random() < 0.2:
                        continue  # the person removes a span
                    if label == "GPE" and rng.random() < 0.5:
                        label = "LOC"
                    result.append(region(start, end, label, family, text))
                self.studio.client.annotations.create(self.tasks[doc_id], result=result)

    def trial(self, seed: int, mode: str = "random") -> Trial:
        trial = Trial(self.command, seed, mode, self.delay(seed, mode))
        before = corpus_annotations(self.corpus)
        self.annotate_some(random.Random(f"annotate-{seed}"))
        on_server = server_annotations(self.studio, self.project)
        start_and_kill(self.pull_command(), trial.delay, trial, self.changes(mode, self.corpus, self.corpus / "documents"))
        if self.check_valid(self.corpus, trial):
            after_kill = corpus_annotations(self.corpus)
            pulled = 0
            for doc_id in set(before) | set(after_kill) | set(on_server):
                state = after_kill.get(doc_id, {})
                if state == on_server.get(doc_id, {}):
                    pulled += state != before.get(doc_id, {})
                elif state != before.get(doc_id, {}):
                    trial.problems.append(f"after the kill {doc_id} holds neither its annotations before the pull "
                                          f"nor the server's")
            waiting = sum(on_server.get(d, {}) != before.get(d, {}) for d in on_server)
            trial.left = "nothing" if pulled == 0 else "all" if pulled == waiting else "part"
        result = run_command(self.pull_command())
        if result.returncode != 0:
            trial.problems.append(f"the next pull failed ({result.returncode}): {result.stderr.strip()[-300:]}")
        else:
            final = corpus_annotations(self.corpus)
            lost = sorted(d for d in on_server if final.get(d) != on_server[d])
            extra = sorted(d for d in final if d not in on_server)
            if lost or extra:
                trial.problems.append(f"after the next pull the corpus and the server differ on {(lost + extra)[:5]}")
        return trial


def summary_rows(trials: list[Trial]) -> list[tuple]:
    rows = []
    for command, mode in dict.fromkeys((t.command, t.mode) for t in trials):
        mine = [t for t in trials if (t.command, t.mode) == (command, mode)]
        left = Counter(t.left for t in mine if t.killed)
        rows.append((command, mode, len(mine), sum(t.killed for t in mine), left["nothing"], left["part"],
                     left["all"], sum(not t.problems for t in mine), sum(bool(t.problems) for t in mine)))
    return rows


def label_studio_server(directory: Path):
    from annotate.labelstudio.server import LocalServer, find_executable, free_port

    return LocalServer(directory / "label-studio", free_port(), find_executable(), email="crash-trials@localhost")


def main() -> None:
    from rich.console import Console
    from rich.progress import Progress
    from rich.table import Table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20,
                        help="Trials per command killed at a random moment (seeds --seed..--seed+N-1).")
    parser.add_argument("--writing-trials", type=int, default=10,
                        help="Trials per command killed at a random moment after its first write.")
    parser.add_argument("--seed", type=int, default=0, help="The first seed.")
    parser.add_argument("--commands", default="run,pull,export", help="Comma-separated: run, pull, export.")
    parser.add_argument("--docs", type=int, default=1100, help="Documents of the run and export corpora.")
    args = parser.parse_args()
    commands = [c.strip() for c in args.commands.split(",") if c.strip()]
    console = Console()
    results: list[Trial] = []
    with tempfile.TemporaryDirectory(prefix="crash-trials-") as temporary:
        directory = Path(temporary)
        server = None
        try:
            for command in commands:
                place = directory / command
                place.mkdir()
                if command == "run":
                    trials: Trials = RunTrials(place, args.docs)
                elif command == "export":
                    trials = ExportTrials(place, args.docs)
                elif command == "pull":
                    server = label_studio_server(directory)
                    with console.status("starting Label Studio (a first start takes a minute or two)"):
                        server.start()
                    trials = PullTrials(place, server.url, server.login().token)
                else:
                    parser.error(f"unknown command {command!r}")
                with console.status(f"preparing the {command} trials"):
                    trials.prepare()
                console.print(f"{command}: an uninterrupted run takes {trials.duration:.1f} s and writes for "
                              f"{trials.writing:.3f} s")
                planned = [("random", seed) for seed in range(args.seed, args.seed + args.trials)]
                planned += [("writing", seed) for seed in range(args.seed, args.seed + args.writing_trials)]
                with Progress(console=console) as progress:
                    task = progress.add_task(f"{command} trials", total=len(planned))
                    for mode, seed in planned:
                        trial = trials.trial(seed, mode)
                        results.append(trial)
                        progress.console.print(
                            f"{command} {mode} seed {seed}: {'killed' if trial.killed else 'finished before'} "
                            f"{trial.delay:.3f} s{' after its first write' if mode == 'writing' else ''}, "
                            f"left {trial.left or '?'} done: " + ("; ".join(trial.problems) or "ok"),
                            style="red" if trial.problems else None)
                        progress.advance(task)
        finally:
            if server is not None:
                server.stop()
    table = Table(title=f"Crash trials: SIGKILL at a random moment (from seed {args.seed})")
    for column in ("command", "kill", "trials", "killed mid-way", "left nothing done", "left part done",
                   "left all done", "passed", "with problems"):
        table.add_column(column, justify="left" if column in ("command", "kill") else "right")
    for row in summary_rows(results):
        table.add_row(*map(str, row))
    console.print(table)
    sys.exit(1 if any(t.problems for t in results) else 0)


if __name__ == "__main__":
    main()
