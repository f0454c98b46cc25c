"""``batchmodels show``: a job as a table (or JSON keyed by attribute names), secrets masked."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Callable, Dict, List, Optional, Tuple

from .._errors import MASK, BatchModelError, Location, format_path
from .._model import Model, masked_json
from ..models import BatchJob
from ._input import EXIT_OK, EXIT_PROBLEMS, Unusable, inputs, json_kind, load_jobs, write_json
from ._table import Row, duration, plural, render_table, short, text, when

__all__ = ["cmd_show", "job_rows", "masked"]


def cmd_show(args: argparse.Namespace) -> int:
    paths = inputs([args.file] if args.file else [], args.example, "show")
    if len(paths) != 1:
        raise Unusable("show", "give one FILE or --example, not both")
    label, jobs = load_jobs(paths[0])
    code = EXIT_OK
    usable: List[Tuple[Location, Dict[str, Any]]] = []
    for loc, body in jobs:
        if type(body) is dict:
            usable.append((loc, body))
        else:
            sys.stderr.write(f"{label}: {format_path(loc)}: not a job object ({json_kind(body)})\n")
            code = EXIT_PROBLEMS
    if args.attributes:
        docs = [masked(BatchJob, body).as_attribute_dict() for _, body in usable]
        write_json(sys.stdout, docs[0] if len(jobs) == 1 and docs else docs, compact=False)
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


def _retries(count: Optional[int], noun: str = "retry") -> Optional[str]:
    if count is None:
        return None
    if count == -1:
        return f"unlimited {noun.replace('retry', 'retries')}"
    return f"{count} {noun if count == 1 else noun.replace('retry', 'retries')}"


def _state(job: BatchJob) -> List[str]:
    if job.state is None:
        return []
    return [f"{text(job.state)} since {when(job.state_transition_time)}"]


def _previous_state(job: BatchJob) -> List[str]:
    if job.previous_state is None:
        return []
    return [f"{text(job.previous_state)} until {when(job.previous_state_transition_time)}"]


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
        lines.append(f"start task: {short(spec.start_task.command_line or '', 60)}")
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
    return [f"{ident}{short(task.command_line or '', 60)}{tail}"]


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
        lines.append(f"scheduling error ({text(error.category)}) {error.code}: {error.message}")
    return lines


def _simple(attr: str, fmt: Callable[[Any], str] = text) -> Callable[[BatchJob], List[str]]:
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
