"""``show``: a body as a table for people (jobs, job schedules, create bodies; any model
by its fields), or as JSON keyed by attribute names. Secrets are masked first, by the
library's one masker, so no row can show one."""

from __future__ import annotations

import argparse
import shutil
import sys
from typing import Any, Callable, List, Optional, Tuple

from .._errors import MASK, BatchModelError
from .._model import Model, fields, masked_json
from .._resolve import pick
from ._input import EXAMPLE_LABEL, Body, iter_bodies, load, model_named
from ._output import EXIT_OK, EXIT_PROBLEMS, EXIT_UNUSABLE, Unusable, plural, visible, write_json
from ._table import Row, duration, generic_rows, render_table, text, when

__all__ = ["cmd_show", "masked", "table_rows"]


def masked(model: type[Model], data: Any) -> Model:
    """A model of ``data`` with every secret masked, as ``repr`` masks it."""
    return pick(model, data)(masked_json(model, data))


def cmd_show(args: argparse.Namespace) -> int:
    if args.file and args.example:
        raise Unusable("show", "give one FILE or --example, not both")
    if not args.file and not args.example:
        raise Unusable("show", "no input: give FILE, - for stdin, or --example")
    path = args.file or EXAMPLE_LABEL
    model = model_named(args.type)
    width = table_width(args.width)
    if args.jsonl or path.endswith(".jsonl"):
        return _show_lines(path, model, args.attributes, width)
    label, found = load(path, model)
    code = EXIT_OK
    usable: List[Body] = []
    for body in found:
        if body.problem is None:
            usable.append(body)
        else:
            sys.stderr.write(visible(f"{label}: {body.where}: not used: {body.problem}") + "\n")
            code = EXIT_PROBLEMS
    shown = [masked(body.model, body.value) for body in usable]
    if args.attributes:
        docs = [one.as_attribute_dict() for one in shown]
        write_json(sys.stdout, docs[0] if len(found) == 1 and docs else docs, compact=False)
        return code
    for n, (body, one) in enumerate(zip(usable, shown)):
        if n:
            sys.stdout.write("\n")
        if len(found) > 1:
            sys.stdout.write(visible(f"== {label}: {body.where}") + "\n")
        sys.stdout.write(render_table(table_rows(one), width))
    return code


def table_width(requested: Optional[int]) -> int:
    """The width tables wrap at: ``--width``, else the terminal's when the output is one,
    else 0 (no wrapping: piped output keeps each value on one line)."""
    if requested is not None:
        return requested
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return 0


def _show_lines(path: str, model: type[Model], attributes: bool, width: int) -> int:
    """JSON Lines, one line at a time: a table (or with ``attributes`` one line of JSON)
    per body, each table headed by ``FILE:LINE``."""
    code = EXIT_OK
    first = True
    for item in iter_bodies(path, model, True, lambda done, size: None):
        if isinstance(item, Unusable):
            sys.stderr.write(visible(str(item)) + "\n")
            code = EXIT_UNUSABLE
        elif item.problem is not None:
            sys.stderr.write(visible(f"{item.label}: {item.where}: not used: {item.problem}\n"))
            code = max(code, EXIT_PROBLEMS)
        elif attributes:
            shown = masked(item.model, item.value).as_attribute_dict()
            write_json(sys.stdout, shown, compact=True)
        else:
            sys.stdout.write("" if first else "\n")
            sys.stdout.write(visible(f"== {item.label}: {item.where}") + "\n")
            sys.stdout.write(render_table(table_rows(masked(item.model, item.value)), width))
            first = False
    return code


def table_rows(model: Model) -> List[Row]:
    """The rows of ``show`` for one (masked) model."""
    if _has(model, "job_specification"):  # a job schedule, or a create body of one
        return _rows(_SCHEDULE_ROWS, model) + _spec_rows(model)
    if _has(model, "pool_info"):  # a job, a job's create or update body
        return _rows(_JOB_ROWS, model)
    return generic_rows(model)


def _has(model: Model, attr: str) -> bool:
    return any(f.attr == attr for f in fields(model))


class _Lenient:
    """A model whose absent fields read as ``None``: one row builder serves a job, its
    create body and a schedule's job specification."""

    def __init__(self, model: Model) -> None:
        self._model = model

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name, None)


def _rows(builders: List[Tuple[str, Callable[[Any], List[str]]]], model: Model) -> List[Row]:
    """The rows of ``builders``; a value that cannot be decoded shows its error."""
    view = _Lenient(model)
    rows: List[Row] = []
    for label, build in builders:
        try:
            lines = build(view)
        except BatchModelError as exc:
            lines = [f"(invalid: {exc})"]
        if lines:
            rows.append((label, lines))
    return rows


def _spec_rows(schedule: Model) -> List[Row]:
    try:
        spec = getattr(schedule, "job_specification", None)
    except BatchModelError as exc:
        return [("jobs", [f"(invalid: {exc})"])]
    if spec is None:
        return []
    rows = [(label, lines) for label, lines in _rows(_JOB_ROWS, spec) if label != "id"]
    return [(f"job {label}", lines) for label, lines in rows]


def _schedule(item: Any) -> List[str]:
    s = item.schedule
    if s is None:
        return []
    parts = []
    if s.recurrence_interval is not None:
        parts.append(f"every {duration(s.recurrence_interval)}")
    else:
        parts.append("once")
    if s.do_not_run_until is not None:
        parts.append(f"from {when(s.do_not_run_until)}")
    if s.do_not_run_after is not None:
        parts.append(f"until {when(s.do_not_run_after)}")
    if s.start_window is not None:
        parts.append(f"start window {duration(s.start_window)}")
    return [", ".join(parts)]


def _schedule_execution(item: Any) -> List[str]:
    info = item.execution_info
    if info is None:
        return []
    lines = []
    if info.next_run_time is not None:
        lines.append(f"next run {when(info.next_run_time)}")
    if info.recent_job is not None and info.recent_job.id:
        lines.append(f"recent job {info.recent_job.id}")
    if info.end_time is not None:
        lines.append(f"ended {when(info.end_time)}")
    return lines


def _retries(count: Optional[int], noun: str = "retry") -> Optional[str]:
    if count is None:
        return None
    if count == -1:
        return f"unlimited {noun.replace('retry', 'retries')}"
    return f"{count} {noun if count == 1 else noun.replace('retry', 'retries')}"


def _state(job: Any) -> List[str]:
    if job.state is None:
        return []
    return [f"{text(job.state)} since {when(job.state_transition_time)}"]


def _previous_state(job: Any) -> List[str]:
    if job.previous_state is None:
        return []
    return [f"{text(job.previous_state)} until {when(job.previous_state_transition_time)}"]


def _time_row(attr: str) -> Callable[[Any], List[str]]:
    def build(job: Any) -> List[str]:
        value = getattr(job, attr)
        return [when(value)] if value is not None else []

    return build


def _pool(job: Any) -> List[str]:
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
        head.append(f"lifetime {text(auto.pool_lifetime_option)}")
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
        nodes.append(f"{plural(spec.task_slots_per_node, 'task slot')} per node")
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
            lines.append(f"containers ({text(containers.type)}): {names}")
    if spec.start_task is not None:
        lines.append(f"start task: {spec.start_task.command_line or ''}")
    return lines


def _constraints(job: Any) -> List[str]:
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
    return [f"{ident}{task.command_line or ''}{tail}"]


def _manager(job: Any) -> List[str]:
    return _task_line(job.job_manager_task, [])


def _preparation(job: Any) -> List[str]:
    task = job.job_preparation_task
    waits = task is not None and task.wait_for_success
    return _task_line(task, ["waits for success"] if waits else [])


def _release(job: Any) -> List[str]:
    task = job.job_release_task
    extra = []
    if task is not None:
        if task.max_wall_clock_time is not None:
            extra.append(f"max {duration(task.max_wall_clock_time)}")
        if task.retention_time is not None:
            extra.append(f"kept {duration(task.retention_time)}")
    return _task_line(task, extra)


def _registries(job: Any) -> List[str]:
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


def _metadata(job: Any) -> List[str]:
    return [f"{item.name} = {item.value}" for item in job.metadata or []]


def _execution(job: Any) -> List[str]:
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
        lines.append(f"scheduling error ({text(error.category)}) {error.code}: {error.message}")
    return lines


def _simple(attr: str, fmt: Callable[[Any], str] = text) -> Callable[[Any], List[str]]:
    def build(job: Any) -> List[str]:
        value = getattr(job, attr)
        return [fmt(value)] if value is not None else []

    return build


def _parallel(value: int) -> str:
    return "unlimited" if value == -1 else str(value)


_JOB_ROWS: List[Tuple[str, Callable[[Any], List[str]]]] = [
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


_SCHEDULE_ROWS: List[Tuple[str, Callable[[Any], List[str]]]] = [
    ("id", _simple("id")),
    ("display name", _simple("display_name")),
    ("state", _state),
    ("previous state", _previous_state),
    ("created", _time_row("creation_time")),
    ("last modified", _time_row("last_modified")),
    ("schedule", _schedule),
    ("execution", _schedule_execution),
    ("metadata", _metadata),
]
