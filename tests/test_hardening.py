"""Hardening (issue 12): limits of times, nulls kept, no secret leaked, threads, cycles."""

from __future__ import annotations

import contextlib
import json
import math
import subprocess
import sys
import threading
import types
from pathlib import Path
from typing import Any, Dict, List

import pytest

from batchmodels import (
    NULL,
    BatchJob,
    BatchJobState,
    BatchMetadataItem,
    InvalidTypeError,
    InvalidValueError,
    JSONEncoder,
    UserAccount,
    ValidationError,
    VMExtension,
    dumps,
    fields,
    loads,
    loads_list,
    validate,
)
from helpers.threads import tiny_switch_interval


def job(**wire: Any) -> Dict[str, Any]:
    data: Dict[str, Any] = {"id": "job-1", "poolInfo": {"poolId": "pool-1"}}
    data.update(wire)
    return data


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "batchmodels", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


# --- times at the ends of their range ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("9999-12-31T23:59:59-01:00", "9999-12-31 23:59:59-01:00"),
        ("0001-01-01T00:00:00+01:00", "0001-01-01 00:00:00+01:00"),
    ],
)
def test_show_prints_a_datetime_beyond_the_utc_range(tmp_path: Path, text: str, shown: str) -> None:
    path = tmp_path / "job.json"
    path.write_text(json.dumps(job(creationTime=text)), encoding="utf-8")
    proc = cli("show", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert shown in proc.stdout


def test_check_and_show_report_a_duration_below_timedelta(tmp_path: Path) -> None:
    path = tmp_path / "job.json"
    path.write_text(
        json.dumps(job(constraints={"maxWallClockTime": "-P999999999DT1S"})), encoding="utf-8"
    )
    check = cli("check", str(path))
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "$.constraints.maxWallClockTime" in check.stdout + check.stderr
    show = cli("show", str(path))
    assert show.returncode == 0 and "Traceback" not in show.stderr
    assert "out of range" in show.stdout


# --- NaN, Infinity and numbers beyond the float range ---------------------------------------


def test_strict_parsing_names_the_non_finite_number() -> None:
    with pytest.raises(ValidationError) as info:
        BatchJob.from_json(json.dumps(job())[:-1] + ', "stats": {"readIOGiB": 1e400}}', strict=True)
    assert [str(p) for p in info.value.problems] == [
        "$.stats.readIOGiB: not valid JSON (numbers must be finite): '1e400'"
    ]


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_encoders_never_write_infinity_or_nan(value: float) -> None:
    model = BatchJob(job(future=[value]))
    for write in (
        lambda: dumps(model),
        lambda: dumps(model, indent=2),
        lambda: dumps({"jobs": [model]}),
        lambda: json.dumps(model, cls=JSONEncoder),
        lambda: json.dumps({"jobs": [model]}, cls=JSONEncoder, allow_nan=True),
    ):
        with pytest.raises(ValueError, match="not JSON compliant"):
            write()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"id": "j", "priority": NaN}', "$.priority: NaN is not valid JSON"),
        ('{"id": "j", "stats": {"readIOGiB": 1e400}}', "$.stats.readIOGiB: 1e400 is beyond"),
        ('{"value": [{"id": "j", "a": [-Infinity]}]}', "$.value[0].a[0]: -Infinity is not"),
    ],
)
@pytest.mark.parametrize("command", ["check", "request", "show"])
def test_the_cli_refuses_non_finite_numbers(
    tmp_path: Path, command: str, text: str, message: str
) -> None:
    path = tmp_path / "job.json"
    path.write_text(text, encoding="utf-8")
    proc = cli(command, str(path))
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr
    assert "Infinity" not in proc.stdout and "NaN" not in proc.stdout


# --- caller data that is not JSON: located, never echoing a secret ----------------------------

SECRET = "hunter2-do-not-print"


def assert_hidden(exc: BaseException) -> None:
    link: Any = exc
    while link is not None:
        assert SECRET not in str(link) and SECRET not in repr(link)
        assert SECRET not in repr(getattr(link, "value", None))
        link = link.__cause__ or link.__context__


def test_a_secret_that_is_not_json_is_located_and_not_echoed() -> None:
    with pytest.raises(InvalidTypeError) as info:
        UserAccount({"name": "u", "password": SECRET.encode()})
    assert info.value.path == "$.password"
    assert str(info.value) == "$.password: not JSON data: bytes"
    assert_hidden(info.value)
    account = {"name": "u", "password": bytearray(SECRET.encode())}
    pool = {"vmSize": "v", "userAccounts": [account]}
    with pytest.raises(InvalidTypeError) as info:
        BatchJob(job(poolInfo={"autoPoolSpecification": {"pool": pool}}))
    assert info.value.path == "$.poolInfo.autoPoolSpecification.pool.userAccounts[0].password"
    assert_hidden(info.value)
    model = BatchJob(job())
    with pytest.raises(InvalidTypeError) as info:
        model["future"] = {"password": SECRET.encode()}
    assert info.value.path == "$.future.password"
    assert_hidden(info.value)
    assert "future" not in model


def _accounts_job(accounts: Any) -> Dict[str, Any]:
    pool = {"vmSize": "v", "userAccounts": accounts}
    return job(poolInfo={"autoPoolSpecification": {"poolLifetimeOption": "job", "pool": pool}})


TEXT = json.dumps({"name": "u", "password": SECRET})


def test_json_text_where_a_model_belongs_is_not_echoed() -> None:
    with pytest.raises(InvalidTypeError) as info:
        UserAccount(TEXT)  # type: ignore[call-overload]
    assert info.value.path == "$"
    assert_hidden(info.value)
    with pytest.raises(InvalidTypeError) as info:
        loads(json.dumps(TEXT), UserAccount)
    assert_hidden(info.value)
    with pytest.raises(InvalidTypeError) as info:
        loads_list(json.dumps({"value": [TEXT]}), UserAccount)
    assert info.value.path == "$.value[0]"
    assert_hidden(info.value)
    pool_path = "$.poolInfo.autoPoolSpecification.pool"
    for accounts, path in (
        ([TEXT], f"{pool_path}.userAccounts[0]"),
        (f"[{TEXT}]", f"{pool_path}.userAccounts"),
    ):
        model = BatchJob(_accounts_job(accounts))
        with pytest.raises(InvalidTypeError) as info:
            _ = model.pool_info.auto_pool_specification.pool.user_accounts  # type: ignore[union-attr]
        assert info.value.path == path
        assert_hidden(info.value)
        problems = validate(model)
        assert path in [p.path for p in problems]
        assert SECRET not in repr(problems)
        with pytest.raises(ValidationError) as strict:
            BatchJob.from_json(json.dumps(_accounts_job(accounts)), strict=True)
        assert SECRET not in str(strict.value) and SECRET not in repr(strict.value.problems)
    with pytest.raises(InvalidTypeError) as info:
        BatchJob(job()).pool_info = TEXT  # type: ignore[assignment]
    assert_hidden(info.value)


# --- keys that are not strings ----------------------------------------------------------------


def test_keys_that_are_not_strings_are_refused_where_they_are() -> None:
    with pytest.raises(InvalidTypeError) as info:
        BatchJob({1: "a", "1": "b"})  # type: ignore[dict-item]
    assert (info.value.path, info.value.value) == ("$", 1)
    with pytest.raises(InvalidTypeError) as info:
        BatchJob(job(future={"x": [{(1, 2): "a"}]}))
    assert info.value.path == "$.future.x[0]"
    assert "object keys must be strings" in str(info.value)
    model = BatchJob(job())
    with pytest.raises(InvalidTypeError):
        model[1] = "a"  # type: ignore[index]
    with pytest.raises(InvalidTypeError) as info:
        model.update({"future": {None: 1}})
    assert info.value.path == "$.future"
    assert model.as_dict() == job()


class Text(str):
    """A str subclass, as numpy.str_ is."""


class Number(int):
    pass


class Real(float):
    pass


def test_subclasses_of_str_int_and_float_are_stored_as_plain_json() -> None:
    model = BatchJob(
        job(
            id=Text("j"),
            priority=Number(5),
            stats={"readIOGiB": Real(1.5)},
            metadata=[{Text("name"): Text("n"), "value": Text("v")}],
            future={Text("k"): [Number(1)]},
        )
    )
    assert (model.id, model.priority) == ("j", 5)
    assert model.job_statistics is not None and model.job_statistics.read_io_gib == 1.5
    assert model.metadata is not None and model.metadata[0].name == "n"
    wire = model.as_dict()
    assert wire == job(
        id="j",
        priority=5,
        stats={"readIOGiB": 1.5},
        metadata=[{"name": "n", "value": "v"}],
        future={"k": [1]},
    )
    plain = [wire["id"], wire["priority"], wire["stats"]["readIOGiB"], *wire["future"]]
    assert [type(v) for v in plain] == [str, int, float, str]
    model["displayName"] = Text("d")
    assert type(model["displayName"]) is str and model.display_name == "d"
    assert not [p for p in validate(model) if "required" not in p.message]


# --- cycles -----------------------------------------------------------------------------------


def _cycles() -> List[Any]:
    through_dict: Dict[str, Any] = job()
    through_dict["future"] = {"again": through_dict}
    through_list: List[Any] = []
    through_list.append([through_list])
    through_mapping: Dict[str, Any] = {}
    through_mapping["m"] = types.MappingProxyType(through_mapping)
    return [
        (through_dict, "$.future.again"),
        (job(future=through_list), "$.future[0][0]"),
        (job(future=through_mapping), "$.future.m.m"),
    ]


@pytest.mark.parametrize(("wire", "path"), _cycles(), ids=["dict", "list", "mapping"])
def test_a_container_that_contains_itself_is_refused_quickly(wire: Any, path: str) -> None:
    for make in (lambda: BatchJob(wire), lambda: BatchJob(job()).update(future=wire["future"])):
        with pytest.raises(InvalidValueError) as info:
            make()
        assert "contains itself" in str(info.value)
    with pytest.raises(InvalidValueError) as info:
        BatchJob(wire)
    assert info.value.path == path


def test_shared_containers_that_are_no_cycle_are_copied() -> None:
    shared = {"name": "n", "value": "v"}
    model = BatchJob(job(metadata=[shared, shared], future={"a": shared, "b": [shared]}))
    assert model.as_dict()["metadata"] == [shared, shared]
    assert model["metadata"][0] is not model["metadata"][1]


# --- secrets stay out of vars() ---------------------------------------------------------------


def test_vars_of_a_model_never_shows_a_secret() -> None:
    account = UserAccount({"name": "u", "password": SECRET})
    assert account.name == "u"  # the first read caches the plain fields
    assert account.password == SECRET
    assert account.password == SECRET  # read twice: still right, still not cached
    assert SECRET not in repr(vars(account))
    account.password = SECRET + "2"
    assert account.password == SECRET + "2"
    assert SECRET not in repr(vars(account))
    ext = VMExtension(
        {"name": "e", "publisher": "p", "type": "t", "protectedSettings": {"k": SECRET}}
    )
    assert ext.name == "e" and ext.protected_settings == {"k": SECRET}
    assert ext.protected_settings is not None
    ext.protected_settings["k2"] = "v"  # changed in place: still reaches the wire
    assert ext["protectedSettings"] == {"k": SECRET, "k2": "v"}
    assert SECRET not in repr(vars(ext))


# --- threads ----------------------------------------------------------------------------------


def test_threads_reading_a_fresh_model_all_see_its_values() -> None:
    # Many keys of a newer API version come first: the first read takes long to cache.
    body: Dict[str, Any] = {f"future{i}": i for i in range(2000)}
    body.update(job(displayName="d", priority=5, state="active", metadata=[]))
    text = json.dumps(body)
    wrong: List[Any] = []
    with tiny_switch_interval():
        for _ in range(100):
            model = loads(text, BatchJob)
            go = threading.Event()

            def read(model: BatchJob = model, go: threading.Event = go) -> None:
                go.wait()
                try:
                    seen = (model.id, model.display_name, model.priority, model.state)
                    seen += (model.pool_info, model.metadata)
                except Exception as exc:  # any failure counts
                    wrong.append(exc)
                else:
                    if seen != ("job-1", "d", 5, BatchJobState.ACTIVE, seen[4], []):
                        wrong.append(seen)

            threads = [threading.Thread(target=read) for _ in range(4)]
            for thread in threads:
                thread.start()
            go.set()
            for thread in threads:
                thread.join()
            # every live value decoded by some thread is still written back
            assert model.metadata is not None
            model.metadata.append(BatchMetadataItem(name="n", value="v"))
            assert model["metadata"] == [{"name": "n", "value": "v"}]
    assert wrong == []


def test_repr_and_validate_do_not_fail_while_another_thread_adds_keys() -> None:
    model = BatchJob(job(**{f"f{i}": i for i in range(200)}))
    stop = threading.Event()
    failures: List[BaseException] = []

    def write() -> None:
        i = 0
        while not stop.is_set():
            i += 1
            with contextlib.suppress(KeyError):
                model[f"k{i % 50}"] = i
                model["poolInfo"][f"x{i % 50}"] = i
                if i % 3 == 0:
                    del model[f"k{(i - 1) % 50}"]
                    del model["poolInfo"][f"x{(i - 1) % 50}"]

    writer = threading.Thread(target=write)
    with tiny_switch_interval():
        writer.start()
        try:
            for _ in range(200):
                for look in (repr, validate):
                    try:
                        look(model)
                    except RuntimeError as exc:
                        failures.append(exc)
        finally:
            stop.set()
            writer.join()
    assert failures == []


# --- null: reading a value and assigning it back changes nothing ------------------------------


def test_assigning_back_a_null_keeps_the_null() -> None:
    patch = loads('{"priority": 10, "metadata": null, "poolInfo": null}', BatchJob)
    assert patch.metadata is None and patch.pool_info is None
    patch.metadata = patch.metadata
    patch.pool_info = patch.pool_info
    patch.display_name = patch.display_name  # absent: stays absent
    assert dumps(patch) == '{"priority": 10, "metadata": null, "poolInfo": null}'
    patch.priority = None  # a value: removed
    del patch.metadata  # del removes a null too
    assert dumps(patch) == '{"poolInfo": null}'
    patch.pool_info = NULL
    patch.priority = NULL
    assert dumps(patch) == '{"poolInfo": null, "priority": null}'


def test_assigning_back_every_field_of_an_all_null_body_changes_nothing() -> None:
    for cls in (BatchJob, UserAccount, VMExtension):
        wire = {f.wire: None for f in fields(cls)}
        model = cls(wire)
        for field in fields(cls):
            setattr(model, field.attr, getattr(model, field.attr))
        assert model.as_dict() == wire
        assert SECRET not in repr(model)
