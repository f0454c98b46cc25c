"""The ``batchmodels`` command: check, request, show and schema for Batch job JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import os
import sys
from typing import IO, Any, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

from ._codecs import equal_json
from ._errors import MASK, BatchModelError, Location, format_path, json_type_name
from ._model import Model, fields, masked_json
from ._validate import validate
from .models import BatchJob

__all__ = ["find_jobs", "main"]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_UNUSABLE = 2

PROGRESS_JOBS = 1000
"""Show progress on stderr when at least this many jobs are checked..."""
PROGRESS_FILES = 20
"""...or at least this many files are read."""

EXAMPLE_LABEL = "<example>"
STDIN_LABEL = "<stdin>"
UNLIMITED_DAYS = 10675199  # the service writes "unlimited" as P10675199DT2H48M5.4775807S
_TEXT_WIDTH = 72


class Unusable(Exception):
    """An input the command cannot use at all (unreadable, not JSON, no job in it)."""

    def __init__(self, label: str, message: str) -> None:
        super().__init__(f"{label}: {message}")
        self.label = label
        self.message = message


# --- reading input -------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def read_json(path: str) -> Tuple[str, Any]:
    """Read and parse one input: a file name, ``-`` for stdin or the example's label."""
    if path == EXAMPLE_LABEL:
        from importlib import resources

        raw = resources.files("batchmodels").joinpath("example_job.json").read_bytes()
        label = EXAMPLE_LABEL
    elif path == "-":
        label = STDIN_LABEL
        raw = sys.stdin.buffer.read()
    else:
        label = path
        try:
            with open(path, "rb") as handle:
                raw = handle.read()
        except OSError as exc:
            raise Unusable(label, f"cannot read: {exc.strerror or exc}") from None
    try:
        return label, json.loads(raw, parse_constant=_reject_constant)
    except RecursionError:
        raise Unusable(label, "not JSON: nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, NaN, huge integers
        raise Unusable(label, f"not JSON: {exc}") from None


def find_jobs(doc: Any) -> List[Tuple[Location, Any]]:
    """The job bodies in a parsed document, each with its location in the document.

    A document is a job object; a list response ``{"value": [...]}`` or a bare array; a
    job schedule (its ``jobSpecification``); or a REST example file with ``parameters``
    (a ``job`` or a schedule's ``jobSpecification``) and ``responses`` (2xx bodies).
    """
    if type(doc) is list:
        return [((None, i), item) for i, item in enumerate(doc)]
    if type(doc) is not dict:
        return []
    if "responses" in doc or ("parameters" in doc and type(doc["parameters"]) is dict):
        return _example_jobs(doc)
    return _body_jobs(doc, None)


def _body_jobs(body: Dict[str, Any], loc: Location) -> List[Tuple[Location, Any]]:
    value = body.get("value")
    if type(value) is list and not ("poolInfo" in body or "id" in body):
        out: List[Tuple[Location, Any]] = []
        for i, item in enumerate(value):
            item_loc = ((loc, "value"), i)
            spec = item.get("jobSpecification") if type(item) is dict else None
            if type(spec) is dict:
                out.append(((item_loc, "jobSpecification"), spec))
            else:
                out.append((item_loc, item))
        return out
    spec = body.get("jobSpecification")
    if type(spec) is dict:
        return [((loc, "jobSpecification"), spec)]
    return [(loc, body)]


def _example_jobs(doc: Dict[str, Any]) -> List[Tuple[Location, Any]]:
    out: List[Tuple[Location, Any]] = []
    params = doc.get("parameters")
    if type(params) is dict:
        for key, value in params.items():
            if type(value) is not dict:
                continue
            loc: Location = ((None, "parameters"), key)
            if type(value.get("jobSpecification")) is dict:
                out.append(((loc, "jobSpecification"), value["jobSpecification"]))
            elif "job" in key.lower() and "schedule" not in key.lower():
                out.append((loc, value))
    responses = doc.get("responses")
    if type(responses) is dict:
        for code, response in responses.items():
            if not str(code).startswith("2") or type(response) is not dict:
                continue
            body = response.get("body")
            if type(body) is dict and body:
                out.extend(_body_jobs(body, (((None, "responses"), code), "body")))
    return out


def _json_kind(value: Any) -> str:
    """``an object``, ``a string``, ``null``...: the JSON type with its article."""
    name = json_type_name(value)
    if name == "null":
        return name
    return f"an {name}" if name[0] in "aeiou" else f"a {name}"


def _load_jobs(path: str) -> Tuple[str, List[Tuple[Location, Any]]]:
    label, doc = read_json(path)
    jobs = find_jobs(doc)
    if not jobs:
        raise Unusable(
            label,
            f"no job found in {_json_kind(doc)}"
            " (expected a job object, a list response or a REST example file)",
        )
    return label, jobs


def _write_json(out: IO[str], value: Any, compact: bool) -> None:
    """Write ``value`` as JSON text, as-is where the stream can encode it, else escaped."""
    layout: Dict[str, Any] = {"separators": (",", ":")} if compact else {"indent": 2}
    text = json.dumps(value, ensure_ascii=False, **layout)
    try:
        text.encode(getattr(out, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        text = json.dumps(value, ensure_ascii=True, **layout)
    out.write(text + "\n")


# --- check ---------------------------------------------------------------------------------


class _Progress:
    """``checked 1200/5000 jobs`` lines on stderr (rewritten in place on a terminal)."""

    def __init__(self, stream: IO[str], total: int, noun: str, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.noun = noun
        self.enabled = enabled and total > 0
        self.step = max(1, total // 20) if noun == "files" else 100 * max(1, -(-total // 2000))
        self.tty = _isatty(stream)
        self.verb = "read" if noun == "files" else "checked"

    def update(self, done: int) -> None:
        if self.enabled and (done % self.step == 0 or done == self.total):
            line = f"{self.verb} {done}/{self.total} {self.noun}"
            if self.tty:
                end = "\n" if done == self.total else ""
                self.stream.write(f"\r{line}{end}")
            else:
                self.stream.write(line + "\n")
            self.stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def cmd_check(args: argparse.Namespace) -> int:
    paths = _inputs(args.files, args.example, "check")
    err = sys.stderr
    show_progress = not args.quiet
    loaded: List[Tuple[str, List[Tuple[Location, Any]]]] = []
    unusable: List[Unusable] = []
    reading = _Progress(err, len(paths), "files", show_progress and len(paths) >= PROGRESS_FILES)
    for n, path in enumerate(paths, 1):
        try:
            loaded.append(_load_jobs(path))
        except Unusable as exc:
            unusable.append(exc)
            if not args.json:
                err.write(f"{exc}\n")
        reading.update(n)

    total = sum(len(jobs) for _, jobs in loaded)
    checking = _Progress(
        err,
        total,
        "jobs",
        show_progress and (total >= PROGRESS_JOBS or len(paths) >= PROGRESS_FILES),
    )
    problems: List[Dict[str, str]] = []
    done = 0
    for label, jobs in loaded:
        for loc, body in jobs:
            for path, severity, message in _check_one(loc, body):
                problems.append(
                    {"file": label, "path": path, "severity": severity, "message": message}
                )
                if not args.json:
                    note = "warning: " if severity == "warning" else ""
                    sys.stdout.write(f"{label}: {path}: {note}{message}\n")
            done += 1
            checking.update(done)

    errors = sum(1 for p in problems if p["severity"] != "warning")
    warnings = len(problems) - errors
    failed = errors > 0 or (args.strict and warnings > 0)
    code = EXIT_UNUSABLE if unusable else EXIT_PROBLEMS if failed else EXIT_OK
    if args.json:
        report = {
            "ok": code == EXIT_OK,
            "files": len(paths),
            "jobs": total,
            "errors": errors,
            "warnings": warnings,
            "problems": problems,
            "unusable": [{"file": u.label, "message": u.message} for u in unusable],
        }
        _write_json(sys.stdout, report, compact=False)
    elif not args.quiet:
        found = "no problems" if not problems else _counts(errors, warnings)
        skipped = f", {_plural(len(unusable), 'file')} unusable" if unusable else ""
        err.write(
            f"checked {_plural(total, 'job')} in {_plural(len(paths), 'file')}: {found}{skipped}\n"
        )
    return code


def _counts(errors: int, warnings: int) -> str:
    parts = []
    if errors:
        parts.append(_plural(errors, "error"))
    if warnings:
        parts.append(_plural(warnings, "warning"))
    return ", ".join(parts)


def _check_one(loc: Location, body: Any) -> Iterator[Tuple[str, str, str]]:
    """``(path, severity, message)`` for each problem of one job body."""
    where = format_path(loc)
    if type(body) is not dict:
        yield where, "error", f"expected a job object, got {_json_kind(body)}"
        return
    try:
        found = validate(BatchJob(body))
    except BatchModelError as exc:  # validation reports problems; this is a safety net
        yield where + exc.path[1:], "error", exc.reason
        return
    for problem in found:
        yield where + str(problem.path)[1:], str(problem.severity), str(problem.message)


# --- request -------------------------------------------------------------------------------


def _one_job(path: str) -> Tuple[str, Dict[str, Any]]:
    label, jobs = _load_jobs(path)
    if len(jobs) != 1:
        raise Unusable(label, f"holds {len(jobs)} jobs; give a file with one job")
    loc, body = jobs[0]
    if type(body) is not dict:
        raise Unusable(label, f"{format_path(loc)}: expected a job object, got {_json_kind(body)}")
    return label, body


def cmd_request(args: argparse.Namespace) -> int:
    if args.patch:
        if args.example or len(args.files) != 2:
            raise Unusable("request", "--patch needs two files: OLD NEW")
        _, old = _one_job(args.files[0])
        _, new = _one_job(args.files[1])
        _write_json(sys.stdout, patch_body(old, new, sys.stderr), args.compact)
        return EXIT_OK
    paths = _inputs(args.files, args.example, "request")
    if len(paths) != 1:
        raise Unusable("request", "give one FILE (or --patch OLD NEW)")
    _, body = _one_job(paths[0])
    _write_json(sys.stdout, BatchJob(body).as_dict(exclude_readonly=True), args.compact)
    return EXIT_OK


def patch_body(old: Dict[str, Any], new: Dict[str, Any], notes: IO[str]) -> Dict[str, Any]:
    """The PATCH body that turns job ``old`` into ``new`` (both wire dicts).

    Only updatable (not read-only) top-level fields take part; a changed one is carried
    whole, a removed one as ``null``. Changes to read-only or unknown fields are reported
    on ``notes`` and left out.
    """
    body: Dict[str, Any] = {}
    known = set()
    for field in fields(BatchJob):
        key = field.wire
        known.add(key)
        if not _changed(old, new, key):
            continue
        if field.readonly:
            notes.write(f"note: {key} is read-only; its change is not part of a PATCH\n")
        elif key in new and new[key] is not None:
            body[key] = new[key]
        else:
            body[key] = None
    for key in [*old, *(k for k in new if k not in old)]:
        if key not in known and _changed(old, new, key):
            notes.write(f"note: {key} is not a field this version knows; change left out\n")
    return body


def _changed(old: Dict[str, Any], new: Dict[str, Any], key: str) -> bool:
    missing = object()
    a, b = old.get(key, missing), new.get(key, missing)
    if a is None:
        a = missing
    if b is None:
        b = missing
    if a is missing or b is missing:
        return a is not b
    return not equal_json(a, b)


# --- show ----------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    paths = _inputs([args.file] if args.file else [], args.example, "show")
    if len(paths) != 1:
        raise Unusable("show", "give one FILE or --example, not both")
    label, jobs = _load_jobs(paths[0])
    code = EXIT_OK
    usable: List[Tuple[Location, Dict[str, Any]]] = []
    for loc, body in jobs:
        if type(body) is dict:
            usable.append((loc, body))
        else:
            sys.stderr.write(
                f"{label}: {format_path(loc)}: not a job object ({_json_kind(body)})\n"
            )
            code = EXIT_PROBLEMS
    if args.attributes:
        docs = [masked(BatchJob, body).as_attribute_dict() for _, body in usable]
        _write_json(sys.stdout, docs[0] if len(jobs) == 1 and docs else docs, compact=False)
        return code
    for n, (loc, body) in enumerate(usable):
        if n:
            sys.stdout.write("\n")
        if len(jobs) > 1:
            sys.stdout.write(f"== {label}: {format_path(loc)}\n")
        sys.stdout.write(render_table(job_rows(BatchJob(body))))
    return code


def masked(cls: type[Model], data: Dict[str, Any]) -> Model:
    """A ``cls`` model of ``data`` with the value of every secret field, at any depth, masked."""
    return cls(masked_json(cls, data))


Row = Tuple[str, List[str]]


def render_table(rows: List[Row]) -> str:
    """Rows of ``(label, lines)`` as an aligned two-column table."""
    width = max((len(label) for label, _ in rows), default=0)
    out = []
    for label, lines in rows:
        for n, line in enumerate(lines or [""]):
            out.append(f"{label if n == 0 else '':<{width}}  {line}".rstrip())
    return "\n".join(out) + "\n"


def job_rows(job: BatchJob) -> List[Row]:
    """The rows of ``show`` for one job; a value that cannot be decoded shows its error."""
    rows: List[Row] = []
    for label, build in _ROWS:
        try:
            lines = build(job)
        except BatchModelError as exc:
            lines = [f"(invalid: {exc})"]
        if lines:
            rows.append((label, lines))
    return rows


def when(value: Optional[dt.datetime]) -> str:
    """A time in UTC, then in local time when the local zone is not UTC."""
    if value is None:
        return "-"
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    utc = value.astimezone(dt.timezone.utc)
    text = utc.strftime("%Y-%m-%d %H:%M:%S UTC")
    try:
        local = utc.astimezone()
    except (OverflowError, OSError, ValueError):
        return text
    if local.utcoffset() != dt.timedelta(0):
        text += local.strftime(" (%Y-%m-%d %H:%M:%S %Z local)")
    return text


def duration(value: Optional[dt.timedelta]) -> str:
    """A duration for people: ``1d 2h``, ``15m``, ``unlimited``."""
    if value is None:
        return "-"
    if value >= dt.timedelta(days=UNLIMITED_DAYS):
        return "unlimited"
    sign = "-" if value < dt.timedelta(0) else ""
    value = abs(value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = []
    if value.days:
        parts.append(f"{value.days}d")
    if hours:
        parts.append(f"{hours}h")
    if minutes:
        parts.append(f"{minutes}m")
    if seconds or value.microseconds:
        frac = f"{value.microseconds / 1e6:.6f}".rstrip("0")[1:] if value.microseconds else ""
        parts.append(f"{seconds}{frac.rstrip('.')}s")
    return sign + (" ".join(parts) or "0s")


def _text(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _short(text: str, width: int = _TEXT_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _retries(count: Optional[int], noun: str = "retry") -> Optional[str]:
    if count is None:
        return None
    if count == -1:
        return f"unlimited {noun.replace('retry', 'retries')}"
    return f"{count} {noun if count == 1 else noun.replace('retry', 'retries')}"


def _state(job: BatchJob) -> List[str]:
    if job.state is None:
        return []
    return [f"{_text(job.state)} since {when(job.state_transition_time)}"]


def _previous_state(job: BatchJob) -> List[str]:
    if job.previous_state is None:
        return []
    return [f"{_text(job.previous_state)} until {when(job.previous_state_transition_time)}"]


def _time_row(attr: str) -> Callable[[BatchJob], List[str]]:
    def build(job: BatchJob) -> List[str]:
        value = getattr(job, attr)
        return [when(value)] if value is not None else []

    return build


def _pool(job: BatchJob) -> List[str]:
    info = job.pool_info
    if info is None:
        return []
    if info.pool_id is not None:
        return [f"pool {info.pool_id}"]
    auto = info.auto_pool_specification
    if auto is None:
        return ["-"]
    head = ["auto pool"]
    if auto.auto_pool_id_prefix:
        head.append(f"prefix {auto.auto_pool_id_prefix}")
    if auto.pool_lifetime_option is not None:
        head.append(f"lifetime {_text(auto.pool_lifetime_option)}")
    if auto.keep_alive is not None:
        head.append("kept alive" if auto.keep_alive else "not kept alive")
    lines = [", ".join(head)]
    spec = auto.pool
    if spec is None:
        return lines
    nodes = [spec.vm_size or "?"]
    if spec.enable_auto_scale:
        nodes.append("autoscale")
    else:
        dedicated = spec.target_dedicated_nodes or 0
        spot = spec.target_low_priority_nodes or 0
        nodes.append(f"{dedicated} dedicated + {spot} spot nodes")
    if spec.task_slots_per_node is not None:
        nodes.append(f"{_plural(spec.task_slots_per_node, 'task slot')} per node")
    lines.append(", ".join(nodes))
    vm = spec.virtual_machine_configuration
    if vm is not None:
        image = vm.image_reference
        if image is not None:
            name = image.virtual_machine_image_id or "/".join(
                str(p) for p in (image.publisher, image.offer, image.sku, image.version) if p
            )
            lines.append(f"image {name} ({vm.node_agent_sku_id or '?'})")
        containers = vm.container_configuration
        if containers is not None:
            names = ", ".join(containers.container_image_names or []) or "no images preloaded"
            lines.append(f"containers ({_text(containers.type)}): {names}")
    if spec.start_task is not None:
        lines.append(f"start task: {_short(spec.start_task.command_line or '', 60)}")
    return lines


def _constraints(job: BatchJob) -> List[str]:
    c = job.constraints
    if c is None:
        return []
    parts = []
    if c.max_wall_clock_time is not None:
        parts.append(f"max wall clock {duration(c.max_wall_clock_time)}")
    retries = _retries(c.max_task_retry_count, "task retry")
    if retries:
        parts.append(f"max {retries}" if not retries.startswith("unlimited") else retries)
    return [", ".join(parts) or "-"]


def _task_line(task: Any, extra: List[str]) -> List[str]:
    if task is None:
        return []
    parts: List[str] = []
    settings = task.container_settings
    if settings is not None:
        parts.append(f"container {settings.image_name}")
    limits = getattr(task, "constraints", None)
    if limits is not None:
        if limits.max_wall_clock_time is not None:
            parts.append(f"max {duration(limits.max_wall_clock_time)}")
        retries = _retries(limits.max_task_retry_count)
        if retries:
            parts.append(retries)
    parts.extend(extra)
    ident = f"{task.id}: " if task.id else ""
    tail = f" ({', '.join(parts)})" if parts else ""
    return [f"{ident}{_short(task.command_line or '', 60)}{tail}"]


def _manager(job: BatchJob) -> List[str]:
    return _task_line(job.job_manager_task, [])


def _preparation(job: BatchJob) -> List[str]:
    task = job.job_preparation_task
    waits = task is not None and task.wait_for_success
    return _task_line(task, ["waits for success"] if waits else [])


def _release(job: BatchJob) -> List[str]:
    task = job.job_release_task
    extra = []
    if task is not None:
        if task.max_wall_clock_time is not None:
            extra.append(f"max {duration(task.max_wall_clock_time)}")
        if task.retention_time is not None:
            extra.append(f"kept {duration(task.retention_time)}")
    return _task_line(task, extra)


def _registries(job: BatchJob) -> List[str]:
    found = []
    for task in (job.job_manager_task, job.job_preparation_task, job.job_release_task):
        if task is not None and task.container_settings is not None:
            found.append(task.container_settings.registry)
    info = job.pool_info
    spec = info.auto_pool_specification.pool if info and info.auto_pool_specification else None
    if spec is not None:
        vm = spec.virtual_machine_configuration
        if vm is not None and vm.container_configuration is not None:
            found.extend(vm.container_configuration.container_registries or [])
        start = spec.start_task
        if start is not None and start.container_settings is not None:
            found.append(start.container_settings.registry)
    lines = []
    for registry in found:
        if registry is None:
            continue
        parts = [registry.registry_server or "docker.io"]
        if registry.username:
            parts.append(f"user {registry.username}")
        if registry.password is not None:
            parts.append(f"password {MASK}")  # a secret: never shown
        if registry.identity_reference is not None:
            resource = registry.identity_reference.resource_id or ""
            parts.append(f"identity {resource.rsplit('/', 1)[-1]}")
        line = ", ".join(parts)
        if line not in lines:
            lines.append(line)
    return lines


def _metadata(job: BatchJob) -> List[str]:
    return [f"{item.name} = {item.value}" for item in job.metadata or []]


def _execution(job: BatchJob) -> List[str]:
    info = job.execution_info
    if info is None:
        return []
    lines = [f"started {when(info.start_time)}"]
    if info.pool_id:
        lines[0] += f" on pool {info.pool_id}"
    if info.end_time is not None:
        lines.append(f"ended {when(info.end_time)}")
    if info.termination_reason:
        lines.append(f"reason {info.termination_reason}")
    error = info.scheduling_error
    if error is not None:
        lines.append(f"scheduling error ({_text(error.category)}) {error.code}: {error.message}")
    return lines


def _simple(attr: str, fmt: Callable[[Any], str] = _text) -> Callable[[BatchJob], List[str]]:
    def build(job: BatchJob) -> List[str]:
        value = getattr(job, attr)
        return [fmt(value)] if value is not None else []

    return build


def _parallel(value: int) -> str:
    return "unlimited" if value == -1 else str(value)


_ROWS: List[Tuple[str, Callable[[BatchJob], List[str]]]] = [
    ("id", _simple("id")),
    ("display name", _simple("display_name")),
    ("state", _state),
    ("previous state", _previous_state),
    ("created", _time_row("creation_time")),
    ("last modified", _time_row("last_modified")),
    ("pool", _pool),
    ("priority", _simple("priority")),
    ("max parallel tasks", _simple("max_parallel_tasks", _parallel)),
    ("task preemption", _simple("allow_task_preemption", lambda v: "allowed" if v else "no")),
    ("constraints", _constraints),
    ("all tasks complete", _simple("all_tasks_complete_mode")),
    ("task failure", _simple("task_failure_mode")),
    ("job manager task", _manager),
    ("preparation task", _preparation),
    ("release task", _release),
    ("registries", _registries),
    ("metadata", _metadata),
    ("execution", _execution),
]


# --- schema --------------------------------------------------------------------------------


def cmd_schema(args: argparse.Namespace) -> int:
    from ._schema import json_schema

    _write_json(sys.stdout, json_schema(BatchJob), args.compact)
    return EXIT_OK


# --- the parser ----------------------------------------------------------------------------


def _inputs(files: List[str], example: bool, command: str) -> List[str]:
    paths = list(files)
    if example:
        paths.append(EXAMPLE_LABEL)
    if not paths:
        raise Unusable(command, "no input: give FILE, - for stdin, or --example")
    return paths


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``batchmodels`` command."""
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="batchmodels",
        description="Check, show and turn Azure Batch job JSON into request bodies.",
        epilog="Exit status: 0 success, 1 problems found, 2 unusable input.",
    )
    parser.add_argument("--version", action="version", version=f"batchmodels {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    check = sub.add_parser(
        "check",
        help="validate job JSON files",
        description=(
            "Validate jobs: a job object, a list response {'value': [...]}, or a REST example"
            " file with parameters/responses. Prints 'FILE: $.path: message' per problem."
        ),
    )
    check.add_argument("files", nargs="*", metavar="FILE", help="a JSON file, or - for stdin")
    check.add_argument("--example", action="store_true", help="also check the shipped example")
    check.add_argument("--json", action="store_true", help="print one JSON report on stdout")
    check.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    check.add_argument("-q", "--quiet", action="store_true", help="no progress or summary")
    check.set_defaults(func=cmd_check)

    request = sub.add_parser(
        "request",
        help="print the PUT (or PATCH) request body of a job",
        description=(
            "Print the replace (PUT) body of a job: read-only fields removed, everything else"
            " as received. With --patch OLD NEW: the PATCH body that turns OLD into NEW."
        ),
    )
    request.add_argument("files", nargs="*", metavar="FILE", help="a JSON file, or - for stdin")
    request.add_argument("--patch", action="store_true", help="print the PATCH body of OLD NEW")
    request.add_argument("--example", action="store_true", help="use the shipped example")
    request.add_argument("--compact", action="store_true", help="no indentation")
    request.set_defaults(func=cmd_request)

    show = sub.add_parser(
        "show",
        help="print a summary table of a job",
        description="Print a job as an aligned table (secrets masked, times in UTC and local).",
    )
    show.add_argument("file", nargs="?", metavar="FILE", help="a JSON file, or - for stdin")
    show.add_argument("--example", action="store_true", help="show the shipped example")
    show.add_argument(
        "--attributes", action="store_true", help="print JSON keyed by attribute names"
    )
    show.set_defaults(func=cmd_show)

    schema = sub.add_parser(
        "schema",
        help="print the JSON Schema of BatchJob",
        description="Print a JSON Schema (draft 2020-12) of BatchJob built from the models.",
    )
    schema.add_argument("--compact", action="store_true", help="no indentation")
    schema.set_defaults(func=cmd_schema)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        sys.stdout.flush()
    except Unusable as exc:
        sys.stderr.write(f"batchmodels: {exc}\n")
        return EXIT_UNUSABLE
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        return 130
    return code
