"""Resolving field annotations into shapes, codecs and ``Field`` records; the per-class cache
of derived data; ``fields()`` and ``pick`` (the subclass a discriminator selects)."""

from __future__ import annotations

import sys
import types
import typing
from typing import Any, Dict, List, Tuple, TypeVar

from ._base import Structured
from ._codecs import codec_of, failing_codec
from ._declare import MISSING, Field
from ._record import class_lock
from ._shapes import ConvertShape, field_shape, is_converter, is_optional

__all__ = ["resolve_fields", "fields", "pick"]


def _own_descriptors(cls: Any) -> List[Any]:
    return [d for d in cls.__batchmodels__.fields if d.owner is cls]


def resolve_fields(cls: type) -> None:
    """Resolve the annotations of the fields ``cls`` declares and build their codecs.

    Runs once per class, under a lock; forward references are evaluated in the
    declaring module's namespace, with the model classes alive (found by name along the
    class tree) as a fallback.
    """
    with class_lock:
        descriptors = [d for d in _own_descriptors(cls) if d.codec is None]
        if not descriptors:
            return
        annotations = vars(cls).get("__annotations__", {})
        module = sys.modules.get(cls.__module__)
        namespace: Dict[str, Any] = dict(vars(module)) if module is not None else {}
        namespace.setdefault(cls.__name__, cls)
        for descriptor in descriptors:
            declared = descriptor.declared_type
            convert = declared if is_converter(declared) else None
            if declared is None or convert is not None:
                declared = annotations.get(descriptor.attr, Any if convert else None)
            if declared is None:
                raise TypeError(
                    f"{cls.__name__}.{descriptor.attr}: a field needs an annotation or type="
                )
            resolved = _evaluate(declared, namespace, cls, descriptor.attr)
            shape = ConvertShape(convert) if convert else field_shape(resolved, descriptor.format)
            try:
                codec = codec_of(shape)
            except TypeError as exc:  # only this field fails, when it is used
                codec = failing_codec(f"{cls.__name__}.{descriptor.attr}: {exc}")
            descriptor.record = Field(
                attr=descriptor.attr,
                wire=descriptor.wire,
                type=resolved,
                format=descriptor.format,
                visibility=descriptor.visibility,
                readonly=descriptor.readonly,
                required=descriptor.default is MISSING and not is_optional(resolved),
                secret=descriptor.secret,
                default=descriptor.default,
                discriminator=descriptor.discriminator,
                owner=cls,
                ge=descriptor.limits[0],
                le=descriptor.limits[1],
                check=descriptor.limits[2],
            )
            descriptor.shape = shape
            descriptor._decode = codec.decode
            descriptor._live = codec.live
            descriptor._needs_loc = codec.needs_loc
            descriptor._model = codec.model
            # A URL may carry a SAS signature: like a secret, never in vars().
            descriptor._uncached = not codec.live and (
                descriptor.secret or descriptor.wire.lower().endswith(("url", "urls"))
            )
            descriptor.codec = codec


def _evaluate(annotation: Any, namespace: Dict[str, Any], cls: type, attr: str) -> Any:
    shim = types.SimpleNamespace(__annotations__={attr: annotation})
    try:
        return typing.get_type_hints(shim, globalns=namespace, include_extras=False)[attr]
    except NameError:
        pass
    # A model class the module does not name (declared in a function, say): added once,
    # below the module's own names.
    for name, model in _model_classes_by_name(cls).items():
        namespace.setdefault(name, model)
    try:
        return typing.get_type_hints(shim, globalns=namespace, include_extras=False)[attr]
    except NameError as exc:
        raise TypeError(f"{cls.__name__}.{attr}: cannot resolve annotation ({exc})") from None


def _model_classes_by_name(cls: type) -> Dict[str, type]:
    """The model classes alive, by name; of two with one name, the first along the tree."""
    root = [k for k in cls.__mro__ if "__batchmodels__" in vars(k)][-1]
    found: Dict[str, type] = {}
    stack = [root]
    while stack:
        klass = stack.pop()
        found.setdefault(klass.__name__, klass)
        stack.extend(reversed(klass.__subclasses__()))
    return found


def fields(cls_or_instance: Any) -> Tuple[Field, ...]:
    """The resolved fields of a model class (or instance), in declaration order."""
    cls = cls_or_instance if isinstance(cls_or_instance, type) else type(cls_or_instance)
    if not (isinstance(cls, type) and issubclass(cls, Structured)):
        raise TypeError(f"fields() expects a model class or instance, not {cls!r}")
    record = cls.__batchmodels__  # type: ignore[attr-defined]
    out = record.records
    if out is None:
        for descriptor in record.fields:
            if descriptor.record is None:
                resolve_fields(descriptor.owner)
        out = record.records = tuple(d.record for d in record.fields)
    return out  # type: ignore[no-any-return]


_C = TypeVar("_C", bound=type)


def pick(cls: _C, data: Dict[str, Any]) -> _C:
    """The registered subclass that ``data``'s discriminator values select, else ``cls``."""
    while True:
        field = cls.__batchmodels__.discriminator  # type: ignore[attr-defined]  # a middle class selects below itself
        if field is None:
            return cls
        value = data.get(field.wire)
        sub = field.owner.__batchmodels__.subtypes.get(value) if type(value) is str else None
        if sub is None or sub is cls or not issubclass(sub, cls):
            return cls
        cls = sub
