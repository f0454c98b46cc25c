"""A pydantic v2 twin and a msgspec twin of the BatchJob tree, built at run time.

Both are generated from ``batchmodels.fields()`` (through ``schema.py``): same class names,
attribute names and wire names (as aliases / renames), every field optional with default
``None``, datetimes as ``datetime``, durations as ``timedelta``, enums as plain ``str``
enums. Each twin is written the way a user of that library would write it by hand:

- pydantic: ``BaseModel`` with ``alias=<wire name>``, populate by name, extra keys ignored,
  extensible enums as ``Union[Enum, str]``, ints sent as strings through a
  ``PlainSerializer(str)``; dumps use ``by_alias=True, exclude_unset=True``.
- msgspec: ``Struct(kw_only=True, omit_defaults=True)`` with ``field(name=<wire name>)``;
  msgspec has neither ``Union[str, Enum]`` nor an int-as-string format, so enums are the enum
  alone and int-as-string fields stay ``str``.
"""

from __future__ import annotations

import enum
from typing import Any, Dict, List, Optional, Union

from schema import TREE, Kind, readonly_paths, slots

__all__ = ["MsgspecTwin", "PydanticTwin"]


def _enum_copy(cls: type) -> type:
    members = [(m.name, m.value) for m in cls]  # type: ignore[attr-defined]
    return enum.Enum(cls.__name__, members, type=str)  # type: ignore[return-value]


class _Twin:
    """Model and enum classes of one twin, by batchmodels class name."""

    name = ""

    def __init__(self) -> None:
        self.models: Dict[str, type] = {}
        self.enums: Dict[str, type] = {}

    def enum(self, cls: type) -> type:
        twin = self.enums.get(cls.__name__)
        if twin is None:
            twin = self.enums[cls.__name__] = _enum_copy(cls)
        return twin

    def __getattr__(self, name: str) -> Any:
        # M.BatchJob in generated builder code
        try:
            return self.models[name] if name in self.models else self.enums[name]
        except KeyError:
            raise AttributeError(name) from None


def _int_as_str(value: int) -> str:
    return str(value)


class PydanticTwin(_Twin):
    """The BatchJob tree as pydantic v2 models, plus the list-response model."""

    name = "pydantic"

    def __init__(self) -> None:
        super().__init__()
        import pydantic
        from pydantic import ConfigDict, Field, PlainSerializer
        from typing_extensions import Annotated

        self.pydantic = pydantic
        int_str = Annotated[int, PlainSerializer(_int_as_str, return_type=str)]
        config = ConfigDict(populate_by_name=True)

        def item_type(kind: Kind) -> Any:
            if kind.item == "model":
                assert kind.cls is not None
                return self.models[kind.cls.__name__]
            if kind.item == "enum":
                assert kind.cls is not None
                return Union[self.enum(kind.cls), str]
            if kind.item == "intstr":
                return int_str
            return _PY_TYPES[kind.item]

        for cls in TREE:
            definitions: Dict[str, Any] = {}
            for slot in slots(cls):
                tp = item_type(slot.kind)
                if slot.kind.shape == "list":
                    tp = List[tp]  # type: ignore[valid-type]
                elif slot.kind.shape == "dict":
                    tp = Dict[str, tp]  # type: ignore[valid-type]
                definitions[slot.attr] = (Optional[tp], Field(default=None, alias=slot.wire))
            self.models[cls.__name__] = pydantic.create_model(
                cls.__name__, __config__=config, **definitions
            )
        job: Any = self.models["BatchJob"]
        jobs: Any = List[job]
        self.ListResponse: Any = pydantic.create_model(
            "BatchJobListResult",
            __config__=config,
            odata_metadata=(Optional[str], Field(default=None, alias="odata.metadata")),
            value=(Optional[jobs], Field(default=None)),
        )
        self.JobList: Any = pydantic.TypeAdapter(jobs)
        self.replace_exclude = _pydantic_exclude(readonly_paths(TREE[-1]), TREE[-1])


def _pydantic_exclude(paths: Dict[str, Any], cls: type) -> Dict[str, Any]:
    """``readonly_paths`` in pydantic's ``exclude=`` form (``__all__`` for list items)."""
    by_attr = {s.attr: s for s in slots(cls)}
    out: Dict[str, Any] = {}
    for attr, sub in paths.items():
        if sub is True:
            out[attr] = True
            continue
        slot = by_attr[attr]
        assert slot.kind.cls is not None
        inner = _pydantic_exclude(sub, slot.kind.cls)
        out[attr] = {"__all__": inner} if slot.kind.shape in ("list", "dict") else inner
    return out


class MsgspecTwin(_Twin):
    """The BatchJob tree as msgspec Structs, plus the list-response struct."""

    name = "msgspec"

    def __init__(self) -> None:
        super().__init__()
        import msgspec

        self.msgspec = msgspec

        def item_type(kind: Kind) -> Any:
            if kind.item == "model":
                assert kind.cls is not None
                return self.models[kind.cls.__name__]
            if kind.item == "enum":
                assert kind.cls is not None
                return self.enum(kind.cls)
            if kind.item == "intstr":
                return str
            return _PY_TYPES[kind.item]

        for cls in TREE:
            definitions = []
            for slot in slots(cls):
                tp = item_type(slot.kind)
                if slot.kind.shape == "list":
                    tp = List[tp]  # type: ignore[valid-type]
                elif slot.kind.shape == "dict":
                    tp = Dict[str, tp]  # type: ignore[valid-type]
                definitions.append(
                    (slot.attr, Optional[tp], msgspec.field(default=None, name=slot.wire))
                )
            self.models[cls.__name__] = msgspec.defstruct(
                cls.__name__, definitions, kw_only=True, omit_defaults=True
            )
        job: Any = self.models["BatchJob"]
        jobs: Any = List[job]
        self.ListResponse: Any = msgspec.defstruct(
            "BatchJobListResult",
            [
                (
                    "odata_metadata",
                    Optional[str],
                    msgspec.field(default=None, name="odata.metadata"),
                ),
                ("value", Optional[jobs], None),
            ],
            kw_only=True,
            omit_defaults=True,
        )
        self.decoder: Any = msgspec.json.Decoder(self.ListResponse)
        self.encoder: Any = msgspec.json.Encoder()
        self.replace_plan = _msgspec_plan(readonly_paths(TREE[-1]), TREE[-1])

    def without_readonly(self, obj: Any, plan: Any = None) -> Any:
        """A copy of ``obj`` with read-only fields at any depth set to ``None`` (so omitted)."""
        readonly, children = plan or self.replace_plan
        changes = dict.fromkeys(readonly)
        for attr, is_list, sub in children:
            value = getattr(obj, attr)
            if value is not None:
                if is_list:
                    changes[attr] = [self.without_readonly(v, sub) for v in value]
                else:
                    changes[attr] = self.without_readonly(value, sub)
        return self.msgspec.structs.replace(obj, **changes)


def _msgspec_plan(paths: Dict[str, Any], cls: type) -> Any:
    by_attr = {s.attr: s for s in slots(cls)}
    readonly = tuple(a for a, sub in paths.items() if sub is True)
    children = []
    for attr, sub in paths.items():
        if sub is not True:
            slot = by_attr[attr]
            if slot.kind.shape == "dict":
                raise TypeError("read-only fields under dict values are not supported")
            assert slot.kind.cls is not None
            children.append((attr, slot.kind.shape == "list", _msgspec_plan(sub, slot.kind.cls)))
    return readonly, tuple(children)


def _py_types() -> Dict[str, Any]:
    import datetime as dt

    return {
        "str": str,
        "int": int,
        "bool": bool,
        "float": float,
        "datetime": dt.datetime,
        "duration": dt.timedelta,
        "any": Any,
    }


_PY_TYPES = _py_types()
