"""Two-way sync between a corpus and a Label Studio project.

``push`` makes (or updates) the project with the labeling config of the label families,
imports each document as a task, ``data = {doc_id, title, text, meta}``, in batches of
hundreds, and gives every task one prediction holding all the plugins' spans of the
document: Label Studio pre-fills the labeling page from a single prediction, so one per
plugin would show only one family. Every such prediction has the ``model_version``
:data:`PREDICTIONS_VERSION`, and so has the project: Label Studio's label stream (the
page annotators work through) shows only predictions of the project's model version.
Each region carries its own ``score`` and, in ``meta``, the span's ``by``
(``plugin@version``) and ``attrs``; the prediction's ``score`` is its least confident span's.

``pull`` reads every submitted annotation back: its regions become spans with
``source="annotation"`` and ``by`` = the annotator's email, and it becomes a
:class:`Review` (``cancelled`` for a skipped task, which stores no spans). Per task and
annotator the latest annotation wins and replaces what that annotator had for the
document; predictions and other annotators are never touched. Attributes are
recomputed by the plugins' normalization hook on a spaCy parse of the document.

Several annotators: ``push(annotators_per_task=N)`` sets the project's overlap
(``maximum_annotations``, for every task), and a pull keeps each person's annotation.
``push_review`` sends documents where annotators differ to a second project, the
corpus's review project, one task each with every annotator's version (and a
strategy's merge) as predictions; ``pull`` stores a reviewer's submitted annotation of
such a task as the document's adjudicated set (:mod:`annotate.adjudicate`). Every pull
that changed the corpus is appended to ``labelstudio-pulls.jsonl`` next to it.

The mapping document id -> task id lives next to the corpus in ``labelstudio.json``,
per server URL, with a fingerprint of the prediction pushed for each document. Every
task also carries its ``doc_id``, so a push checks the mapping against the project's
tasks: tasks imported by an interrupted push are adopted, not imported again.

Offsets: the corpus counts code points (Python ``str`` indices). Measured with a real
browser on Label Studio 1.23.2 (``tests/test_labelstudio_browser.py``): the web page
reports region offsets in code points too and places predictions by code points: a
non-ASCII letter ("ü" in "Türkiye") and a character outside the Basic Multilingual
Plane (an emoji) each count one, not two UTF-16 units, and every line-break character
counts one ("\\r\\n" counts two). Offsets therefore pass unchanged in both directions;
:func:`region_to_span` checks that a region's text is the document's text at its
offsets and reports it otherwise.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..adjudicate import ADJUDICATED, Strategy, completed_annotators, merge, name_annotators, set_adjudicated
from ..corpus import Corpus, atomic_write
from ..errors import AnnotateError, PluginError
from ..jsonlines import json_lines
from ..lock import corpus_writer
from ..model import ANNOTATION, Document, Review, Span
from ..pipeline import load_pipeline
from ..plugins import PluginHost
from ..settings import Settings
from . import StudioError
from .config import TEXT_NAME, labeling_config

SIDECAR_NAME = "labelstudio.json"
PREDICTIONS_VERSION = "annotate-plugins"  # the model version of the plugins' predictions, and of the project
PULL_LOG = "labelstudio-pulls.jsonl"
IMPORT_BATCH = 250
PAGE_SIZE = 100
REQUEST_TIMEOUT = 300.0

Progress = Callable[[int], None]


class StudioNotFound(StudioError):
    """The server answered 404: the project or task asked for does not exist."""


# --- the server ------------------------------------------------------------------------


def _detail(body: Any) -> str:
    if isinstance(body, dict):
        body = body.get("detail") or body.get("validation_errors") or body
    text = " ".join(str(body).split())
    return text if len(text) <= 200 else text[:197] + "..."


class Studio:
    """A Label Studio server reached through its API with a token; every failure becomes a StudioError."""

    def __init__(self, url: str, token: str):
        from label_studio_sdk import LabelStudio  # about 2 seconds to import, so only when a server is used

        self.url = url.rstrip("/")
        # No retries: a retried import whose first attempt reached the server would duplicate tasks,
        # and a push that stops is resumed by running it again.
        self.client = LabelStudio(base_url=self.url, api_key=token, timeout=REQUEST_TIMEOUT, max_retries=0)
        try:
            with self.talking("checking the API token"):
                self.user = self.client.users.whoami()
        except StudioNotFound:
            raise StudioError(f"{self.url} does not look like a Label Studio server: "
                              f"it has no API for the current user") from None

    @contextmanager
    def talking(self, doing: str) -> Iterator[None]:
        import httpx
        from label_studio_sdk.core.api_error import ApiError

        try:
            yield
        except httpx.ConnectError:
            raise StudioError(f"no Label Studio server answers at {self.url} ({doing}); "
                              f"start one with `annotate studio up` or check the URL") from None
        except httpx.TimeoutException:
            raise StudioError(f"Label Studio at {self.url} did not answer in time while {doing}") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL):
            raise StudioError(f"{self.url} is not an http:// or https:// URL of a Label Studio server") from None
        except httpx.TransportError as error:
            raise StudioError(f"the connection to Label Studio at {self.url} broke off while {doing} "
                              f"({type(error).__name__})") from None
        except ApiError as error:
            if error.status_code == 401:
                raise StudioError(f"Label Studio at {self.url} refused the API token "
                                  f"({_detail(error.body).rstrip('.')}); check the token") from None
            if error.status_code == 404:
                raise StudioNotFound(f"Label Studio at {self.url} has no such object ({doing})") from None
            raise StudioError(f"Label Studio at {self.url} answered {error.status_code} while {doing}: "
                              f"{_detail(error.body)}") from None
        except ValueError:
            raise StudioError(f"{self.url} does not look like a Label Studio server: "
                              f"its answer could not be read while {doing}") from None

    def project(self, project_id: int) -> dict:
        try:
            with self.talking(f"reading project {project_id}"):
                return self.client.projects.get(project_id).model_dump(mode="json")
        except StudioNotFound:
            raise StudioNotFound(f"the Label Studio project {project_id} no longer exists at {self.url}") from None

    def create_project(self, title: str, description: str, label_config: str) -> int:
        with self.talking("creating the project"):
            return self.client.projects.create(
                title=title, description=description, label_config=label_config,
                show_collab_predictions=True, model_version="",
            ).id

    def update_project(self, project_id: int, **fields: Any) -> None:
        with self.talking(f"updating project {project_id}"):
            self.client.projects.update(project_id, **fields)

    def tasks(self, project_id: int, with_annotations: bool) -> list[dict]:
        """Every task of a project (the project must exist: the SDK ends a listing silently on a 404)."""
        with self.talking(f"listing the tasks of project {project_id}"):
            pages = self.client.tasks.list(project=project_id, fields="all" if with_annotations else "task_only",
                                           page_size=PAGE_SIZE)
            return [task.model_dump(mode="json") for task in pages]

    def import_tasks(self, project_id: int, tasks: list[dict]) -> list[int]:
        with self.talking(f"importing {len(tasks)} tasks into project {project_id}"):
            return list(self.client.projects.import_tasks(project_id, request=tasks, return_task_ids=True).task_ids)

    def update_task_data(self, task_id: int, data: dict) -> None:
        with self.talking(f"updating task {task_id}"):
            self.client.tasks.update(str(task_id), data=data)

    def delete_predictions(self, project_id: int, task_ids: list[int]) -> None:
        with self.talking(f"deleting the predictions of {len(task_ids)} tasks"):
            self.client.actions.create(id="delete_tasks_predictions", project=project_id,
                                       selected_items={"all": False, "included": task_ids})

    def import_predictions(self, project_id: int, predictions: list[dict]) -> None:
        with self.talking(f"importing {len(predictions)} predictions into project {project_id}"):
            self.client.projects.import_predictions(project_id, request=predictions)

    def emails(self) -> dict[int, str]:
        with self.talking("listing the users"):
            return {user.id: user.email or user.username for user in self.client.users.list()}


# --- the mapping document id <-> task id ---------------------------------------------------


@dataclass
class Sidecar:
    """``labelstudio.json`` in the corpus directory: per server URL the project and its tasks."""

    path: Path
    servers: dict[str, dict]

    @classmethod
    def load(cls, corpus_path: str | Path) -> Sidecar:
        path = Path(corpus_path) / SIDECAR_NAME
        if not path.is_file():
            return cls(path, {})
        try:
            return cls(path, json.loads(path.read_text("utf-8"))["servers"])
        except (json.JSONDecodeError, KeyError, TypeError):
            raise StudioError(f"{path} is not a Label Studio mapping written by annotate") from None

    def link(self, url: str) -> dict:
        """``{"project": id or None, "documents": {doc_id: {"task": id, "predictions": fingerprint}}}``."""
        return self.servers.setdefault(url, {"project": None, "documents": {}})

    def save(self) -> None:
        content = {"format": "annotate-labelstudio-mapping", "servers": self.servers}
        atomic_write(self.path, json.dumps(content, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


# --- spans <-> regions -------------------------------------------------------------------


def span_to_region(span: Span) -> dict:
    region = {
        "from_name": span.family,
        "to_name": TEXT_NAME,
        "type": "labels",
        "value": {"start": span.start, "end": span.end, "text": span.text, "labels": [span.label]},
        "meta": {"by": span.by, "attrs": span.attrs},
    }
    if span.score is not None:
        region["score"] = span.score
    return region


def region_to_span(region: dict, document: Document, annotator: str,
                   family_of: dict[str, str]) -> Span | str | None:
    """The span a person drew, a sentence saying why it cannot be stored, or None for a non-span region."""
    if region.get("type") != "labels":
        return None
    value = region.get("value") or {}
    labels, start, end = value.get("labels") or [], value.get("start"), value.get("end")
    where = f"document {document.id!r}: {annotator}'s region {start}-{end} {'/'.join(labels)}"
    if len(labels) != 1:
        return f"{where} has {len(labels)} labels instead of one; not stored"
    label, family = labels[0], region.get("from_name")
    if family_of.get(label) != family:
        return f"{where} was drawn with {family!r}, which has no label {label}; not stored"
    text = document.text
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        return f"{where} lies outside the document's {len(text)} characters; not stored"
    if "text" in value and value["text"] != text[start:end]:
        return f"{where} says it covers {value['text']!r} but the document has {text[start:end]!r} there; not stored"
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return f"{where} covers only whitespace; not stored"
    return document.make_span(start, end, label, family, ANNOTATION, annotator)


def prediction_of(document: Document) -> dict | None:
    """The one prediction of a document's task, or None when no plugin has run on it."""
    spans = document.predictions()
    if not (document.predicted_by or spans):
        return None
    prediction = {"model_version": PREDICTIONS_VERSION, "result": [span_to_region(span) for span in spans]}
    scores = [span.score for span in spans if span.score is not None]
    if scores:
        prediction["score"] = min(scores)
    return prediction


def merged_labels(*sources: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """family -> label -> description over several sources; later descriptions win."""
    merged: dict[str, dict[str, str]] = {}
    for labels in sources:
        for family, names in labels.items():
            merged.setdefault(family, {}).update(names)
    return merged


def fingerprint(content: Any) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]


def task_data(document: Document) -> dict:
    return {"doc_id": document.id, "title": str(document.meta.get("title") or document.id),
            "text": document.text, "meta": document.meta}


# --- push --------------------------------------------------------------------------------


@dataclass
class PushReport:
    url: str
    project: int | None = None
    project_created: bool = False
    vanished_project: int | None = None
    imported: list[str] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)
    predictions_replaced: list[str] = field(default_factory=list)
    texts_updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    text_conflicts: list[str] = field(default_factory=list)
    duplicates: dict[str, list[int]] = field(default_factory=dict)
    foreign_tasks: list[int] = field(default_factory=list)
    annotators_per_task: int | None = None  # the project's setting after the push

    def problems(self) -> list[str]:
        problems = [f"document {d!r} changed since it was pushed, but its task has annotations: "
                    f"the task keeps the old text" for d in self.text_conflicts]
        problems += [f"document {d!r} has further tasks {', '.join(map(str, ids))} in the project (left alone)"
                     for d, ids in self.duplicates.items()]
        if self.foreign_tasks:
            problems.append(f"{len(self.foreign_tasks)} tasks of the project belong to no document of the corpus "
                            f"(left alone)")
        return problems


def project_title(corpus: Corpus) -> str:
    return corpus.name if len(corpus.name) >= 3 else f"{corpus.name} corpus"  # Label Studio wants 3 characters


@dataclass
class Target:
    """A project a push fills: its entry in the mapping, how it is made, and each document's predictions."""

    link: dict  # {"project": id or None, "documents": {doc_id: {"task": id, "predictions": fingerprint}}}
    title: str
    description: str
    predictions: Callable[[Document], list[dict]]
    fingerprint: Callable[[Document], str]
    data: Callable[[Document], dict] = task_data
    settings: dict[str, Any] = field(default_factory=dict)  # project settings to keep, e.g. maximum_annotations
    # The project's model version: its label stream shows only the predictions of this version,
    # while the task pages show every prediction when it is empty.
    model_version: str = ""


def _ensure_project(studio: Studio, target: Target, config: str, report: PushReport) -> int:
    link = target.link
    wanted = {"label_config": config, **target.settings}
    if link["project"] is not None:
        try:
            project = studio.project(link["project"])
        except StudioNotFound:
            report.vanished_project = link["project"]
            link["project"], link["documents"] = None, {}
        else:
            changed = {key: value for key, value in wanted.items() if project.get(key) != value}
            if changed:
                studio.update_project(link["project"], **changed)
            return link["project"]
    link["project"] = studio.create_project(target.title, target.description, config)
    if target.settings:
        studio.update_project(link["project"], **target.settings)
    report.project_created = True
    return link["project"]


def _reconcile(link: dict, documents: list[Document], tasks: list[dict], report: PushReport) -> None:
    """Make the mapping agree with the tasks on the server."""
    on_server: dict[str, list[int]] = {}
    for task in tasks:
        on_server.setdefault(task["data"].get("doc_id"), []).append(task["id"])
    known = link["documents"]
    in_corpus = {document.id for document in documents}
    for doc_id, task_ids in on_server.items():
        if doc_id not in in_corpus:
            report.foreign_tasks.extend(task_ids)
            continue
        recorded = known.get(doc_id, {}).get("task")
        keep = recorded if recorded in task_ids else min(task_ids)
        if keep != recorded:
            known[doc_id] = {"task": keep, "predictions": None}
            report.adopted.append(doc_id)
        if len(task_ids) > 1:
            report.duplicates[doc_id] = sorted(set(task_ids) - {keep})
    for doc_id in [d for d, entry in known.items() if entry["task"] not in on_server.get(d, [])]:
        del known[doc_id]


def _batches(items: list, size: int) -> Iterator[list]:
    for first in range(0, len(items), size):
        yield items[first:first + size]


def main_target(corpus: Corpus, link: dict, annotators_per_task: int | None = None) -> Target:
    """The corpus's project: every document with one prediction holding all the plugins' spans."""
    settings = {"maximum_annotations": annotators_per_task, "overlap_cohort_percentage": 100} \
        if annotators_per_task else {}
    return Target(link, project_title(corpus), f"annotate corpus {corpus.name}",
                  lambda document: [p] if (p := prediction_of(document)) else [],
                  lambda document: fingerprint(prediction_of(document)), settings=settings,
                  model_version=PREDICTIONS_VERSION)


def push(corpus_path: str | Path, studio: Studio, labels: dict[str, dict[str, str]] | None = None,
         batch_size: int = IMPORT_BATCH, progress: Progress | None = None, wait: bool = False,
         waiting: Callable[[str], None] | None = None, annotators_per_task: int | None = None) -> PushReport:
    """Bring the project up to date with the corpus; see the module docstring.

    ``labels`` (family -> label -> description, e.g. the installed plugins') are offered
    in the project besides the corpus's own. ``annotators_per_task`` sets how many people
    annotate each task (Label Studio's overlap: ``maximum_annotations`` for every task);
    left out, the project keeps its setting. The mapping is saved after every batch, so an
    interrupted push resumes where it stopped. The corpus is locked against other writers
    meanwhile (``wait``: wait for a running writer to finish).
    """
    with corpus_writer(corpus_path, "annotate studio push", wait=wait, waiting=waiting):
        corpus = Corpus.open(corpus_path)
        documents = list(corpus)
        sidecar = Sidecar.load(corpus.path)
        target = main_target(corpus, sidecar.link(studio.url), annotators_per_task)
        return _push(corpus, studio, sidecar, target, documents, documents, labels, batch_size, progress)


def _push(corpus: Corpus, studio: Studio, sidecar: Sidecar, target: Target, documents: list[Document],
          sending: list[Document], labels: dict[str, dict[str, str]] | None, batch_size: int,
          progress: Progress | None) -> PushReport:
    """Send ``sending`` (of the corpus's ``documents``) to the target's project."""
    offered = merged_labels(corpus.labels, labels or {})
    link = target.link
    report = PushReport(studio.url)
    project = report.project = _ensure_project(studio, target, labeling_config(offered), report)
    sidecar.save()
    tasks = {task["id"]: task for task in studio.tasks(project, with_annotations=False)}
    _reconcile(link, documents, list(tasks.values()), report)
    sidecar.save()
    known = link["documents"]

    fresh, stale = [], []
    for document in sending:
        entry = known.get(document.id)
        if entry is None:
            fresh.append(document)
            continue
        task = tasks[entry["task"]]
        text_changed = task["data"].get("text") != document.text
        if text_changed and (task.get("total_annotations") or task.get("cancelled_annotations")):
            report.text_conflicts.append(document.id)
        elif text_changed:
            studio.update_task_data(entry["task"], target.data(document))
            report.texts_updated.append(document.id)
            stale.append(document)
        elif entry["predictions"] != target.fingerprint(document):
            stale.append(document)
        else:
            report.unchanged += 1

    for batch in _batches(fresh, batch_size):
        payload = [{"data": target.data(document), "predictions": target.predictions(document)} for document in batch]
        for document, task_id in zip(batch, studio.import_tasks(project, payload)):
            known[document.id] = {"task": task_id, "predictions": target.fingerprint(document)}
            report.imported.append(document.id)
        sidecar.save()
        if progress:
            progress(len(batch))

    for batch in _batches(stale, batch_size):
        for document in batch:
            known[document.id]["predictions"] = None  # until the new prediction is in, whatever happens
        sidecar.save()
        task_ids = [known[document.id]["task"] for document in batch]
        studio.delete_predictions(project, task_ids)
        studio.import_predictions(project, [{**prediction, "task": known[document.id]["task"]}
                                            for document in batch for prediction in target.predictions(document)])
        for document in batch:
            known[document.id]["predictions"] = target.fingerprint(document)
            report.predictions_replaced.append(document.id)
        sidecar.save()
        if progress:
            progress(len(batch))

    project_now = studio.project(project)
    has_predictions = any(target.predictions(document) for document in documents)
    if has_predictions and (project_now.get("model_version") or "") != target.model_version:
        # An import sets the project's model version, which hides the predictions of any other version.
        # (The server refuses a version that no prediction of the project has.)
        studio.update_project(project, model_version=target.model_version)
    report.annotators_per_task = project_now.get("maximum_annotations")
    return report


# --- review tasks ------------------------------------------------------------------------


def review_predictions(document: Document, annotators: list[str], strategy: Strategy) -> list[dict]:
    """The predictions of a review task: each annotator's version, then the strategy's merge.

    The labeling page starts the reviewer's annotation from the last prediction, so the
    reviewer starts from the merge and can open each annotator's version in its own tab.
    """
    versions = [(annotator, document.annotations(annotator)) for annotator in annotators]
    versions.append((f"adjudicate {strategy}", merge(document, annotators, strategy)))
    return [{"model_version": name, "result": [span_to_region(span) for span in spans]} for name, spans in versions]


def review_target(corpus: Corpus, link: dict, strategy: Strategy, annotators: list[str] | None) -> Target:
    """The corpus's review project: one reviewer per task settles the annotators' versions."""
    review = link.setdefault("review", {"project": None, "documents": {}})

    def predictions(document: Document) -> list[dict]:
        return review_predictions(document, completed_annotators(document, annotators), strategy)

    def data(document: Document) -> dict:
        return {**task_data(document), "annotators": ", ".join(completed_annotators(document, annotators))}

    return Target(review, f"{project_title(corpus)} review",
                  f"annotate review of corpus {corpus.name}: settle the annotators' versions of each document",
                  predictions, lambda document: fingerprint(predictions(document)), data,
                  settings={"maximum_annotations": 1})


def push_review(corpus_path: str | Path, studio: Studio, doc_ids: list[str], strategy: Strategy,
                annotators: list[str] | None = None, labels: dict[str, dict[str, str]] | None = None,
                wait: bool = False, waiting: Callable[[str], None] | None = None) -> PushReport:
    """Send the documents ``doc_ids`` to the corpus's review project, each annotator's version a prediction.

    The reviewer's submitted annotation of a task comes back on :func:`pull` as the
    document's adjudicated set. Pushing again updates the versions shown and never
    touches a reviewer's annotation.
    """
    with corpus_writer(corpus_path, "annotate adjudicate --to-studio", wait=wait, waiting=waiting):
        corpus = Corpus.open(corpus_path)
        documents = list(corpus)
        wanted = set(doc_ids)
        sidecar = Sidecar.load(corpus.path)
        target = review_target(corpus, sidecar.link(studio.url), strategy, annotators)
        return _push(corpus, studio, sidecar, target, documents, [d for d in documents if d.id in wanted],
                     labels, IMPORT_BATCH, None)


# --- pull --------------------------------------------------------------------------------


@dataclass
class Change:
    document: str
    annotator: str
    kind: str  # added, removed, relabelled or rebounded
    label: str
    start: int
    end: int
    new_label: str | None = None
    new_start: int | None = None
    new_end: int | None = None


CHANGE_KINDS = ("added", "removed", "relabelled", "rebounded")


@dataclass
class PullReport:
    url: str
    project: int | None
    review_project: int | None = None
    documents_updated: list[str] = field(default_factory=list)
    adjudicated: list[tuple[str, str]] = field(default_factory=list)  # (document, reviewer) of each review pulled
    reviews: Counter = field(default_factory=Counter)
    changes: list[Change] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def per_label(self) -> dict[str, Counter]:
        """label -> counts of each change kind (a relabelled or re-bounded span counts under its old label)."""
        table: dict[str, Counter] = {}
        for change in self.changes:
            table.setdefault(change.label, Counter())[change.kind] += 1
        return dict(sorted(table.items()))


def compare(before: list[Span], after: list[Span]) -> list[tuple[str, Span | None, Span | None]]:
    """Pair the spans of two versions: (kind, old, new) for each difference."""
    old = sorted(before, key=Span.key)
    new = sorted(after, key=Span.key)
    same = {span.key() for span in old} & {span.key() for span in new}
    old = [span for span in old if span.key() not in same]
    new = [span for span in new if span.key() not in same]
    found: list[tuple[str, Span | None, Span | None]] = []

    def pair(kind: str, matches: Callable[[Span, Span], bool]) -> None:
        for candidate in list(new):
            partner = next((span for span in old if matches(span, candidate)), None)
            if partner is not None:
                old.remove(partner)
                new.remove(candidate)
                found.append((kind, partner, candidate))

    pair("relabelled", lambda a, b: (a.start, a.end) == (b.start, b.end))
    pair("rebounded", lambda a, b: a.label == b.label and a.start < b.end and b.start < a.end)
    found += [("removed", span, None) for span in old] + [("added", None, span) for span in new]
    return found


def _annotator_of(annotation: dict, emails: dict[int, str]) -> str:
    user = annotation.get("completed_by")
    if isinstance(user, dict):
        return user.get("email") or f"user {user.get('id')}"
    return emails.get(user, f"user {user}")


def _latest_per_annotator(annotations: list[dict], emails: dict[int, str]) -> dict[str, dict]:
    latest: dict[str, dict] = {}
    for annotation in sorted(annotations, key=lambda a: (a.get("updated_at") or "", a["id"])):
        latest[_annotator_of(annotation, emails)] = annotation
    return latest


def _drop_overlaps(spans: list[Span], document: Document, problems: list[str]) -> list[Span]:
    kept: list[Span] = []
    last_end: dict[str, Span] = {}
    for span in sorted({span.key(): span for span in spans}.values(), key=Span.key):
        previous = last_end.get(span.family)
        if previous is not None and span.start < previous.end:
            problems.append(f"document {document.id!r}: {span.by}'s {span.label} region {span.start}-{span.end} "
                            f"overlaps {previous.label} {previous.start}-{previous.end} of the same family; not stored")
            continue
        kept.append(span)
        last_end[span.family] = span
    return kept


def _annotation_spans(document: Document, annotation: dict, by: str, family_of: dict[str, str],
                      report: PullReport) -> list[Span]:
    """The spans of an annotation's regions, stored as ``by``'s; regions that cannot be stored are reported."""
    spans: list[Span] = []
    for region in annotation.get("result") or []:
        found = region_to_span(region, document, by, family_of)
        if isinstance(found, str):
            report.problems.append(found)
        elif found is not None:
            spans.append(found)
    return _drop_overlaps(spans, document, report.problems)


def _apply_annotation(document: Document, annotator: str, annotation: dict, family_of: dict[str, str],
                      report: PullReport) -> list[Span]:
    """Replace the annotator's spans and review of the document by the annotation's; returns the new spans."""
    cancelled = bool(annotation.get("was_cancelled"))
    spans = [] if cancelled else _annotation_spans(document, annotation, annotator, family_of, report)
    reviewed_before = any(review.annotator == annotator for review in document.reviews)
    baseline = document.annotations(annotator) if reviewed_before or cancelled else document.predictions()
    for kind, old, new in compare(baseline, spans):
        report.changes.append(Change(
            document.id, annotator, kind, (old or new).label, (old or new).start, (old or new).end,
            new.label if old and new else None, new.start if old and new else None, new.end if old and new else None,
        ))
    document.spans = [s for s in document.spans if s.is_prediction or s.by != annotator] + spans
    document.spans.sort(key=lambda s: (s.start, s.end, s.family, s.label, s.by))
    document.reviews = [r for r in document.reviews if r.annotator != annotator]
    document.reviews.append(Review(annotator, "cancelled" if cancelled else "completed", annotation.get("updated_at")))
    document.reviews.sort(key=lambda r: r.annotator)
    report.reviews["cancelled" if cancelled else "completed"] += 1
    return spans


def _normalize(drawn: dict[str, tuple[Document, list[Span]]], host: PluginHost, settings: Settings) -> None:
    """Compute the attributes of the pulled spans through the plugins' normalization hook."""
    todo = [(document, spans) for document, spans in drawn.values() if spans]
    if not todo:
        return
    normalizers = [plugin for plugin in host.plugins.values() if plugin.implements("annotate_normalize")]
    nlp = load_pipeline(settings.pipeline, host.spacy_components(normalizers))
    for (document, spans), doc in zip(todo, nlp.pipe(document.text for document, _ in todo)):
        for span in spans:
            try:
                span.attrs = host.normalize(doc, span.start, span.end, span.label, settings) or {}
            except AnnotateError:
                raise
            except Exception as error:
                raise PluginError(f"normalizing the {span.label} span {span.start}-{span.end} of document "
                                  f"{document.id!r} failed: {error}") from error


def pull(corpus_path: str | Path, studio: Studio, settings: Settings | None = None,
         host: PluginHost | None = None, wait: bool = False,
         waiting: Callable[[str], None] | None = None) -> PullReport:
    """Store the project's human annotations in the corpus; see the module docstring.

    The corpus is locked against other writers meanwhile (``wait``: wait for a running writer).
    """
    with corpus_writer(corpus_path, "annotate studio pull", wait=wait, waiting=waiting):
        return _pull(Corpus.open(corpus_path), studio, settings or Settings(), host)


def _annotated_tasks(studio: Studio, project: int | None, documents: dict[str, Document],
                     report: PullReport) -> Iterator[tuple[Document, list[dict]]]:
    """Each task of the project with annotations, with its document; tasks that cannot be pulled are reported."""
    if project is None:
        return
    try:
        studio.project(project)
    except StudioNotFound as error:
        raise StudioError(f"{error}; nothing was pulled (push again to make a new project)") from None
    for task in studio.tasks(project, with_annotations=True):
        annotations = task.get("annotations") or []
        if not annotations:
            continue
        doc_id = task["data"].get("doc_id")
        document = documents.get(doc_id)
        if document is None:
            report.problems.append(f"task {task['id']} belongs to no document of the corpus ({doc_id!r}); not pulled")
        elif task["data"].get("text") != document.text:
            report.problems.append(f"document {doc_id!r} changed since it was pushed (task {task['id']} has the old "
                                   f"text); its annotations were not pulled")
        else:
            yield document, annotations


def _apply_review(document: Document, annotation: dict, reviewer: str, family_of: dict[str, str],
                  report: PullReport) -> list[Span]:
    """Make a reviewer's submitted annotation the document's adjudicated set; returns its spans."""
    spans = _annotation_spans(document, annotation, ADJUDICATED, family_of, report)
    name_annotators(document, spans, completed_annotators(document))
    set_adjudicated(document, spans, annotation.get("updated_at"))
    report.adjudicated.append((document.id, reviewer))
    return spans


def _pull(corpus: Corpus, studio: Studio, settings: Settings, host: PluginHost | None) -> PullReport:
    link = Sidecar.load(corpus.path).servers.get(studio.url) or {}
    review_project = (link.get("review") or {}).get("project")
    if link.get("project") is None and review_project is None:
        raise StudioError(f"{corpus.path} has not been pushed to {studio.url}; run `annotate studio push` first")
    emails = studio.emails()
    host = host or PluginHost.discover()
    labels = merged_labels(host.labels(), corpus.labels)
    family_of = {label: family for family, names in labels.items() for label in names}

    report = PullReport(studio.url, link.get("project"), review_project)
    documents = {document.id: document for document in corpus}
    before: dict[str, dict] = {}
    drawn: dict[str, tuple[Document, list[Span]]] = {}
    for document, annotations in _annotated_tasks(studio, link.get("project"), documents, report):
        before.setdefault(document.id, document.to_dict())
        spans = drawn.setdefault(document.id, (document, []))[1]
        for annotator, annotation in _latest_per_annotator(annotations, emails).items():
            spans += _apply_annotation(document, annotator, annotation, family_of, report)
    for document, annotations in _annotated_tasks(studio, review_project, documents, report):
        reviewer, annotation = max(_latest_per_annotator(annotations, emails).items(),
                                   key=lambda item: (item[1].get("updated_at") or "", item[1]["id"]))
        if annotation.get("was_cancelled"):
            report.problems.append(f"document {document.id!r}: {reviewer} skipped its review task; "
                                   f"its adjudicated set stays as it was")
            continue
        before.setdefault(document.id, document.to_dict())
        drawn.setdefault(document.id, (document, []))[1].extend(
            _apply_review(document, annotation, reviewer, family_of, report))

    _normalize(drawn, host, settings)
    changed = [document for doc_id, (document, _) in drawn.items() if document.to_dict() != before[doc_id]]
    missing = {}
    for family, label in {(span.family, span.label) for document in changed for span in document.spans}:
        if label not in corpus.labels.get(family, {}):
            missing.setdefault(family, {})[label] = labels[family][label]
    if missing:
        corpus.declare(missing)
    if changed:
        corpus.save(changed)
    report.documents_updated = [document.id for document in changed]
    report.adjudicated = [(doc_id, reviewer) for doc_id, reviewer in report.adjudicated
                          if _adjudicated_part(before[doc_id]) != _adjudicated_part(documents[doc_id].to_dict())]
    if changed:
        record_pull(corpus.path, report)
    return report


def _adjudicated_part(data: dict) -> list:
    return [item for key in ("spans", "reviews") for item in data[key]
            if item.get("by", item.get("annotator")) == ADJUDICATED]


def record_pull(corpus_path: Path, report: PullReport) -> None:
    """Append what a pull changed to the corpus's pull history (``labelstudio-pulls.jsonl``)."""
    path = Path(corpus_path) / PULL_LOG
    entry = {
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "url": report.url, "project": report.project, "review_project": report.review_project,
        "documents_updated": report.documents_updated, "reviews": dict(report.reviews),
        "adjudicated": [{"document": d, "reviewer": r} for d, r in report.adjudicated],
        "changes": [asdict(change) for change in report.changes],
    }
    earlier = path.read_text("utf-8") if path.is_file() else ""
    atomic_write(path, earlier + json.dumps(entry, ensure_ascii=False) + "\n")


def pull_history(corpus_path: str | Path) -> list[dict]:
    """Every recorded pull of the corpus, oldest first (see :func:`record_pull`)."""
    path = Path(corpus_path) / PULL_LOG
    if not path.is_file():
        return []
    with path.open("r", encoding="utf-8") as handle:
        return [entry for _, _, entry in json_lines(handle, path, StudioError)]
