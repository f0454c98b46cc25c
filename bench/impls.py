"""The implementations under test, each through its natural API.

Every implementation offers the same operations; the harness times them on the same inputs:

- ``parse(text)``: list-response text -> list of job objects (W1; W2 adds ``read``)
- ``read(jobs)``: read every field of every job through attributes (recursively)
- ``dump_each(jobs)``: each job -> its JSON text (W3)
- ``dump_replace_each(jobs)``: each job -> replace-request JSON without read-only fields (W4)
- ``build(inputs)``: make one response-shaped job per input by keyword arguments (W5)
- ``passthrough(text)``: text -> jobs -> JSON array text of the jobs, nothing read (W6)
- ``read_five(jobs)``: read five common fields of every job (W7 is ``parse`` + ``read_five``)

batchmodels appears twice: through its fast path (``loads_list``/``dumps``) and through the
drop-in API that code migrating from azure-batch writes (``json.loads``, ``BatchJob(d)``,
``as_dict()``, ``json.dumps``).
"""

from __future__ import annotations

import enum
import json
from typing import Any, Callable, ClassVar, Dict, List, Optional

from codegen import (
    builder_source,
    compile_builder,
    make_attr_reader,
    make_dict_reader,
    make_five_reader,
)
from schema import TREE, readonly_paths, slots_by_wire

import batchmodels

__all__ = ["EXTRAS", "IMPLEMENTATIONS", "Impl", "make_impls"]

_JOB = TREE[-1]


class Impl:
    """Base: subclasses fill in the operations."""

    name = ""
    label = ""
    same_as: ClassVar[Dict[str, str]] = {}
    """Workloads whose timed calls are those of another implementation (not run twice)."""
    version = ""
    module: Any = None  # where the builder finds model classes by name (M.BatchJob)

    def __init__(self, w5_job: Dict[str, Any]) -> None:
        source, leaves = builder_source(w5_job, as_dicts=self.module is None)
        self._build_one = compile_builder(source)
        self._leaves = [self.leaf(cls, slot, raw) for cls, slot, raw in leaves]
        # Only plain-text leaves are made unique per job (ids, names, command lines).
        self._is_text = [
            slot.kind.item == "str" and slot.kind.shape == "one" for _, slot, _ in leaves
        ]
        self._reader = make_attr_reader()
        self._five = make_five_reader()

    # --- W5 support ---------------------------------------------------------------------

    def leaf(self, cls: type, slot: Any, raw: Any) -> Any:
        """The keyword value this implementation takes for one leaf of the W5 job."""
        value = getattr(cls({slot.wire: raw}), slot.attr)  # batchmodels decodes it
        if isinstance(value, list):
            return [self.enum_value(x) for x in value]
        return self.enum_value(value)

    def enum_value(self, value: Any) -> Any:
        if isinstance(value, enum.Enum):
            return getattr(self.module, type(value).__name__)(value.value)
        return value

    def build_inputs(self, count: int, seed: int) -> List[List[Any]]:
        """Per-job leaf lists for W5: strings made unique per job, lists copied."""
        out = []
        for i in range(count):
            tag = f"-{seed}-{i}"
            out.append(
                [
                    x + tag if text else list(x) if type(x) is list else x
                    for x, text in zip(self._leaves, self._is_text)
                ]
            )
        return out

    def build(self, inputs: List[List[Any]]) -> List[Any]:
        build_one, module = self._build_one, self.module
        return [build_one(module, v) for v in inputs]

    # --- the other workloads ------------------------------------------------------------

    def parse(self, text: str) -> List[Any]:
        raise NotImplementedError

    def read(self, jobs: List[Any]) -> None:
        self._reader(jobs)

    def read_five(self, jobs: List[Any]) -> None:
        self._five(jobs)

    def dump_each(self, jobs: List[Any]) -> List[Any]:
        raise NotImplementedError

    def replace_input(self, jobs: List[Any]) -> List[Any]:
        """What W4 starts from (the parsed jobs, except for the plain-JSON baseline)."""
        return jobs

    def dump_replace_each(self, jobs: List[Any]) -> List[Any]:
        raise NotImplementedError

    def passthrough(self, text: str) -> Any:
        raise NotImplementedError


class BatchModels(Impl):
    name = "batchmodels"
    label = "batchmodels"
    version = batchmodels.__version__
    module = batchmodels

    def parse(self, text: str) -> List[Any]:
        return batchmodels.loads_list(text, batchmodels.BatchJob)

    def dump_each(self, jobs: List[Any]) -> List[Any]:
        dumps = batchmodels.dumps
        return [dumps(m) for m in jobs]

    def dump_replace_each(self, jobs: List[Any]) -> List[Any]:
        dumps = batchmodels.dumps
        return [dumps(m, exclude_readonly=True) for m in jobs]

    def passthrough(self, text: str) -> Any:
        return batchmodels.dumps(batchmodels.loads_list(text, batchmodels.BatchJob))


class DropIn(Impl):
    """batchmodels through the azure-batch style API: the code a migrating user keeps."""

    name = "dropin"
    label = "batchmodels drop-in"
    same_as: ClassVar[Dict[str, str]] = {
        "W5": "batchmodels"
    }  # keyword construction is one API for both paths
    version = ""
    module = batchmodels

    def parse(self, text: str) -> List[Any]:
        job = batchmodels.BatchJob
        return [job(d) for d in json.loads(text)["value"]]

    def dump_each(self, jobs: List[Any]) -> List[Any]:
        dumps = json.dumps
        return [dumps(m.as_dict()) for m in jobs]

    def dump_replace_each(self, jobs: List[Any]) -> List[Any]:
        dumps = json.dumps
        return [dumps(m.as_dict(exclude_readonly=True)) for m in jobs]

    def passthrough(self, text: str) -> Any:
        return json.dumps([m.as_dict() for m in self.parse(text)])


class AzureBatch(Impl):
    name = "azure"
    label = "azure-batch"

    def __init__(self, w5_job: Dict[str, Any]) -> None:
        import azure.batch
        import azure.batch.models

        self.module = azure.batch.models
        self.version = getattr(azure.batch, "__version__", "?")
        super().__init__(w5_job)

    def parse(self, text: str) -> List[Any]:
        job = self.module.BatchJob
        return [job(d) for d in json.loads(text)["value"]]

    def dump_each(self, jobs: List[Any]) -> List[Any]:
        dumps = json.dumps
        return [dumps(m.as_dict()) for m in jobs]

    def dump_replace_each(self, jobs: List[Any]) -> List[Any]:
        dumps = json.dumps
        return [dumps(m.as_dict(exclude_readonly=True)) for m in jobs]

    def passthrough(self, text: str) -> Any:
        return json.dumps([m.as_dict() for m in self.parse(text)])


class Pydantic(Impl):
    name = "pydantic"
    label = "pydantic twin"

    def __init__(self, w5_job: Dict[str, Any]) -> None:
        import pydantic
        from twins import PydanticTwin

        self.twin = PydanticTwin()
        self.module = self.twin
        self.version = pydantic.VERSION
        super().__init__(w5_job)

    def parse(self, text: str) -> List[Any]:
        return self.twin.ListResponse.model_validate_json(text).value  # type: ignore[no-any-return]

    def dump_each(self, jobs: List[Any]) -> List[Any]:
        return [m.model_dump_json(by_alias=True, exclude_unset=True) for m in jobs]

    def dump_replace_each(self, jobs: List[Any]) -> List[Any]:
        exclude = self.twin.replace_exclude
        return [m.model_dump_json(by_alias=True, exclude_unset=True, exclude=exclude) for m in jobs]

    def passthrough(self, text: str) -> Any:
        jobs = self.twin.ListResponse.model_validate_json(text).value
        return self.twin.JobList.dump_json(jobs, by_alias=True, exclude_unset=True)


class Msgspec(Impl):
    name = "msgspec"
    label = "msgspec twin"

    def __init__(self, w5_job: Dict[str, Any]) -> None:
        import msgspec
        from twins import MsgspecTwin

        self.twin = MsgspecTwin()
        self.module = self.twin
        self.version = msgspec.__version__
        super().__init__(w5_job)

    def parse(self, text: str) -> List[Any]:
        return self.twin.decoder.decode(text).value  # type: ignore[no-any-return]

    def dump_each(self, jobs: List[Any]) -> List[Any]:
        encode = self.twin.encoder.encode
        return [encode(m) for m in jobs]

    def dump_replace_each(self, jobs: List[Any]) -> List[Any]:
        encode, strip = self.twin.encoder.encode, self.twin.without_readonly
        return [encode(strip(m)) for m in jobs]

    def passthrough(self, text: str) -> Any:
        return self.twin.encoder.encode(self.twin.decoder.decode(text).value)


class PlainJSON(Impl):
    """The floor: the stdlib ``json`` module on plain dicts (no models at all)."""

    name = "json"
    label = "json.loads/dumps"
    version = ""
    module = None

    def __init__(self, w5_job: Dict[str, Any]) -> None:
        super().__init__(w5_job)
        self._reader = make_dict_reader()
        self._five = make_five_reader(by_attribute=False)
        self._prune_plan = readonly_paths(_JOB)

    def leaf(self, cls: type, slot: Any, raw: Any) -> Any:
        return raw

    def parse(self, text: str) -> List[Any]:
        return json.loads(text)["value"]  # type: ignore[no-any-return]

    def dump_each(self, jobs: List[Any]) -> List[Any]:
        dumps = json.dumps
        return [dumps(d) for d in jobs]

    def replace_input(self, jobs: List[Any]) -> List[Any]:
        # The baseline for W4 is json.dumps of the finished request body.
        return [_prune(d, _JOB, self._prune_plan) for d in jobs]

    def dump_replace_each(self, jobs: List[Any]) -> List[Any]:
        dumps = json.dumps
        return [dumps(d) for d in jobs]

    def passthrough(self, text: str) -> Any:
        return json.dumps(json.loads(text)["value"])


def _prune(data: Dict[str, Any], cls: type, plan: Dict[str, Any]) -> Dict[str, Any]:
    by_wire = slots_by_wire(cls)
    out = {}
    for key, value in data.items():
        slot = by_wire.get(key)
        sub = plan.get(slot.attr) if slot is not None else None
        if sub is True:
            continue
        if sub and slot is not None and slot.kind.cls is not None and value is not None:
            if slot.kind.shape == "list":
                value = [_prune(v, slot.kind.cls, sub) for v in value]
            else:
                value = _prune(value, slot.kind.cls, sub)
        out[key] = value
    return out


class OrjsonParse(BatchModels):
    """Prototype of an optional accelerator: orjson parses, the models and dumps stay.

    Only parsing is swapped: orjson cannot write the stdlib's ``", "`` separators or
    ``\\uXXXX`` escapes, so its output would not be byte-identical. Text orjson rejects
    and the stdlib accepts (NaN, integers beyond 64 bits, lone surrogates) falls back to
    ``json.loads``. ``_from_owned`` is private: this is a measurement, not an API.
    """

    name = "orjson"
    label = "batchmodels + orjson parse"
    same_as: ClassVar[Dict[str, str]] = dict.fromkeys(
        ("W3", "W4", "W5", "W3r"), "batchmodels"
    )  # no parsing timed

    def __init__(self, w5_job: Dict[str, Any]) -> None:
        import orjson

        self._orjson = orjson
        self.version = orjson.__version__
        super().__init__(w5_job)

    def _load(self, text: str) -> Any:
        try:
            return self._orjson.loads(text)
        except self._orjson.JSONDecodeError:
            return json.loads(text)

    def parse(self, text: str) -> List[Any]:
        from_owned = batchmodels.BatchJob._from_owned
        return [from_owned(d) for d in self._load(text)["value"]]

    def passthrough(self, text: str) -> Any:
        return batchmodels.dumps(self.parse(text))


IMPLEMENTATIONS: Dict[str, Callable[[Dict[str, Any]], Impl]] = {
    "batchmodels": BatchModels,
    "dropin": DropIn,
    "azure": AzureBatch,
    "pydantic": Pydantic,
    "msgspec": Msgspec,
    "json": PlainJSON,
    "orjson": OrjsonParse,
}
EXTRAS = ("orjson",)
"""Implementations measured only when named with ``--only`` (not in ``nox -s bench``)."""


def make_impls(names: List[str], w5_job: Dict[str, Any]) -> Dict[str, Impl]:
    """Instantiate the named implementations (skipping ones whose library is missing)."""
    out: Dict[str, Impl] = {}
    for name in names:
        try:
            out[name] = IMPLEMENTATIONS[name](w5_job)
        except ImportError as exc:
            print(f"warning: {name} skipped ({exc})")
    return out


def first_error(fn: Callable[[], Any]) -> Optional[str]:
    """``None`` if ``fn()`` runs, else a one-line description of what it raised."""
    try:
        fn()
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:120]
    return None
