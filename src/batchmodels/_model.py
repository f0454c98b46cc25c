"""``Model``: a mutable mapping over a dict of wire JSON, with typed attribute access."""

from __future__ import annotations

import collections.abc
import contextlib
import json
import sys
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    ClassVar,
    Dict,
    ItemsView,
    Iterator,
    KeysView,
    List,
    MutableMapping,
    Optional,
    Tuple,
    TypeVar,
    Union,
    ValuesView,
)

from ._base import Structured
from ._base import set_data as _set_data
from ._base import set_live as _set_live
from ._base import set_loc as _set_loc
from ._base import set_views as _set_views
from ._codecs import Codec, use_model_codec
from ._complete import complete
from ._declare import MISSING, Naming
from ._errors import (
    BatchModelError,
    InvalidTypeError,
    Location,
    not_a_container,
)
from ._fields import FieldDescriptor
from ._jsontext import parse as parse_json
from ._jsonvalue import copy_json, equal_json, repr_json
from ._kwinit import init_from_kwargs as _init_from_kwargs
from ._live import forget, models_within, sync, wrap
from ._record import ClassRecord, build_plan
from ._resolve import fields, pick
from ._views import expose
from ._walk import masked_json, raise_located
from ._walk import walk_plan as _plan

__all__ = ["Model", "fields", "masked_json", "raise_located", "use_strict_loader"]

_M = TypeVar("_M", bound="Model")
_PLAIN = frozenset((str, int, float, bool, type(None)))
_CONTAINERS = frozenset((dict, list))


if TYPE_CHECKING:

    class _MappingBase(Structured, MutableMapping[str, Any]):  # what type checkers see
        pass

else:
    # Registered as a virtual MutableMapping below instead of inheriting: ABCMeta would make
    # every isinstance() check against a model class several times slower.
    _MappingBase = Structured


class Model(_MappingBase):
    """Base of all models: a ``MutableMapping`` keyed by wire names over JSON-ready values.

    Construct from one mapping of wire JSON, ``Model({"displayName": "x"})``, or from
    Python values by attribute name, ``Model(display_name="x")``. ``model["wireName"]``
    is the wire value; ``model.attr_name`` the decoded Python value, cached until set.
    """

    __slots__ = ("__dict__",)

    _data: Dict[str, Any]
    _loc: Location
    _live: Optional[Tuple[FieldDescriptor, ...]]  # fields whose cached value may change in place
    # None, or (once part of the data was handed out as plain JSON) the live values by
    # attribute name: the model is then *exposed* and caches nothing (see ``_fields``).
    _views: Optional[Dict[str, Any]]

    # Everything the library keeps about the class (see ``_record``); ``complete`` builds it.
    __batchmodels__: ClassVar[ClassRecord]

    def __init_subclass__(
        cls, *, naming: Optional[Naming] = None, discriminator: Optional[str] = None, **kwargs: Any
    ) -> None:
        super().__init_subclass__(**kwargs)
        complete(cls, naming, discriminator)

    # --- construction -------------------------------------------------------------------

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if not args:
            _init_from_kwargs(self, kwargs)
            return
        if len(args) == 1 and not kwargs:
            data = _data_from_mapping(args[0])
        elif kwargs:
            raise TypeError(
                f"{type(self).__name__}() takes a mapping or keyword arguments, not both"
            )
        else:
            raise TypeError(
                f"{type(self).__name__}() takes at most one positional argument"
                f" (a mapping), {len(args)} given"
            )
        _set_data(self, data)
        _set_loc(self, None)
        _set_live(self, None)
        _set_views(self, None)

    @classmethod
    def _wrap(cls: type[_M], data: Dict[str, Any], loc: Location = None) -> _M:
        """Make a model around ``data`` without copying it (the caller hands it over)."""
        return wrap(cls, data, loc)  # type: ignore[no-any-return]

    @classmethod
    def _from_owned(cls: type[_M], data: Any, loc: Location = None) -> _M:
        """Wrap freshly parsed JSON that nobody else holds, checking it is an object."""
        if type(data) is not dict:
            err = not_a_container("an object", data)
            raise err.at(loc) if loc is not None else err
        return _pick(cls, data)._wrap(data, loc)

    # --- attribute writes ---------------------------------------------------------------

    def __setattr__(self, name: str, value: Any) -> None:
        field = type(self).__batchmodels__.by_attr.get(name)
        if field is not None:
            field.set(self, value)
        elif name.startswith("_") or hasattr(type(self), name):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no field {name!r}")

    def __delattr__(self, name: str) -> None:
        field = type(self).__batchmodels__.by_attr.get(name)
        if field is not None:
            if field.wire not in self._data:
                raise AttributeError(f"{type(self).__name__!r} object has no value for {name!r}")
            del self._data[field.wire]  # a JSON null too
            Model._forget(self, field)
        else:
            object.__delattr__(self, name)

    # Dropping a field's cached value, and writing live values back (see ``_live``).
    _forget = forget
    _sync = sync

    def _forget_wire(self, key: str) -> None:
        field = type(self).__batchmodels__.by_wire.get(key)
        if field is not None:
            Model._forget(self, field)

    def __batchmodels_wire__(self) -> Dict[str, Any]:
        Model._sync(self)
        return self._data

    # --- the mapping API (every method works from _data, never through self.keys() etc.,
    # so a field named like a method shadows only that method) --------------------------

    def __getitem__(self, key: str) -> Any:
        if self._live:
            Model._sync(self)
        value = self._data[key]
        if type(value) in _CONTAINERS and self._views is None:
            expose(self)  # the caller may now edit this plain JSON at any time
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        if type(value) not in _PLAIN or type(key) is not str:
            field = type(self).__batchmodels__.by_wire.get(key) if type(key) is str else None
            if field is not None and models_within(value):
                # Models given to a model become part of it, as the same objects.
                try:
                    field.set(self, value)
                    return
                except BatchModelError:
                    pass  # not this field's type: stored as wire JSON like any mapping
            try:
                ((key, value),) = copy_json({key: value}).items()
            except BatchModelError as exc:
                raise exc.at(self._loc) from None
        self._data[key] = value
        Model._forget_wire(self, key)

    def __delitem__(self, key: str) -> None:
        del self._data[key]
        Model._forget_wire(self, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def keys(self) -> KeysView[str]:
        """The wire names present, in wire order."""
        return self._data.keys()

    def values(self) -> ValuesView[Any]:
        """The wire values, in wire order."""
        Model._hand_out(self)
        return self._data.values()

    def items(self) -> ItemsView[str, Any]:
        """``(wire name, wire value)`` pairs, in wire order."""
        encoder = _calling_encoder(_getframe(1))
        if encoder is not None:
            # azure-core's JSON encoder (see ``_is_model`` below) serialises this model.
            exclude = getattr(encoder, "exclude_readonly", False) is True
            return Model._json_ready(self, exclude).items()
        Model._hand_out(self)
        return self._data.items()

    def _hand_out(self) -> None:
        """Prepare to give the caller every wire value (a view that stays live)."""
        Model._sync(self)
        values = list(self._data.values())  # a snapshot: another thread may add keys
        if self._views is None and any(type(v) in _CONTAINERS for v in values):
            expose(self)

    def get(self, key: str, default: Any = None) -> Any:
        """The wire value for ``key``, or ``default``."""
        if key in self._data:
            return Model.__getitem__(self, key)
        return default

    def pop(self, key: str, default: Any = MISSING) -> Any:
        """Remove ``key`` and return its wire value (or ``default``; else ``KeyError``)."""
        if key in self._data:
            value = Model.__getitem__(self, key)
            del self._data[key]
            Model._forget_wire(self, key)
            return value
        if default is MISSING:
            raise KeyError(key)
        return default

    def popitem(self) -> Tuple[str, Any]:
        """Remove and return the last ``(wire name, wire value)`` pair."""
        if not self._data:
            raise KeyError("popitem(): model is empty")
        key = next(reversed(self._data))
        return key, Model.pop(self, key)

    def clear(self) -> None:
        """Remove every key, known or unknown."""
        self._data.clear()
        for field in type(self).__batchmodels__.fields:
            self.__dict__.pop(field.attr, None)
        if self._views is None:
            _set_live(self, None)
        else:
            self._views.clear()
            _set_live(self, ())

    def setdefault(self, key: str, default: Any = None) -> Any:
        """The wire value for ``key``, first storing ``default`` if the key is absent."""
        if key not in self._data:
            Model.__setitem__(self, key, default)
        return Model.__getitem__(self, key)

    def update(self, *args: Any, **kwargs: Any) -> None:
        """Set wire keys from a mapping, an iterable of pairs and/or keyword arguments."""
        if len(args) > 1:
            raise TypeError(f"update expected at most 1 positional argument, got {len(args)}")
        if args:
            other = args[0]
            if isinstance(other, Model):
                pairs: Any = dict(Model.__batchmodels_wire__(other)).items()
            elif type(other) is dict:
                pairs = dict(other).items()
            elif isinstance(other, collections.abc.Mapping):
                pairs = other.items()
            else:
                pairs = other
            for key, value in list(pairs):
                Model.__setitem__(self, key, value)
        for key, value in kwargs.items():
            Model.__setitem__(self, key, value)

    def copy(self: _M) -> _M:
        """A copy of the same class whose lists and dicts are its own, at every depth: an edit
        through either model, by attribute or through the mapping view, shows in that model
        only, whether or not the other is ever read again."""
        return type(self)._wrap(Model.as_dict(self))  # as_dict copies without recursion limits

    def __copy__(self: _M) -> _M:
        return Model.copy(self)  # pyright: ignore[reportReturnType]

    def __deepcopy__(self: _M, memo: Any) -> _M:
        return Model.copy(self)  # pyright: ignore[reportReturnType]

    def __reduce__(self) -> Any:
        return (_restore, (type(self), Model.as_dict(self)))

    def as_dict(self, *, exclude_readonly: bool = False) -> Dict[str, Any]:
        """A new JSON-ready dict keyed by wire names, copied all the way down.

        With ``exclude_readonly=True`` read-only fields are left out at every depth: the
        body of a replace (PUT) request.
        """
        Model._sync(self)
        if exclude_readonly:
            try:
                return _plan(type(self)).prune(self._data, copy=True)
            except BatchModelError:
                raise_located(self._data)
                raise
        return copy_json(self._data)

    def as_attribute_dict(self, *, exclude_readonly: bool = False) -> Dict[str, Any]:
        """Like :meth:`as_dict` but keyed by attribute names. Unknown keys keep wire names;
        one spelt like an attribute name of its object is marked ``"name (unknown)"``."""
        Model._sync(self)
        try:
            return _plan(type(self)).by_attribute(self._data, exclude_readonly)
        except BatchModelError:
            raise_located(self._data)
            raise

    def _json_ready(self, exclude_readonly: bool = False) -> Dict[str, Any]:
        """Wire data ready for ``json.dumps``, sharing unchanged parts instead of copying."""
        Model._sync(self)
        if exclude_readonly:
            return _plan(type(self)).prune(self._data, copy=False)
        return self._data

    # --- azure-core's JSON encoder protocol -------------------------------------------------
    # azure-batch's ``SdkJSONEncoder.default`` takes any object whose ``_is_model`` is true
    # for a model: it writes ``dict(o.items())`` or, with ``exclude_readonly``, those items
    # minus the keys whose ``_attr_to_rest_field`` entry has ``_visibility == ["read"]``.
    # Nested values here are plain JSON, which it writes without asking us again, so
    # ``items()`` itself leaves read-only fields out at every depth when its caller is such an
    # encoder asking for that (see ``_calling_encoder``). Measured alternatives: nested models
    # in ``items()`` break the mapping view (it gives wire values); a per-thread flag set by
    # reading ``_attr_to_rest_field`` and taken by the next ``items()`` costs 50 ns per
    # ``items()`` against 90 ns for the frame check, but can be left set by any other reader.

    _is_model: ClassVar[bool] = True

    @property
    def _attr_to_rest_field(self) -> Dict[str, _SdkField]:
        """The encoder's view of the fields: attribute name -> wire name and visibility."""
        table = type(self).__batchmodels__.sdk_fields
        return table or build_plan(type(self), "sdk_fields", _sdk_fields)  # type: ignore[no-any-return]

    # --- comparison and display -----------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Model):
            return equal_json(Model.__batchmodels_wire__(self), Model.__batchmodels_wire__(other))
        if isinstance(other, collections.abc.Mapping):
            if type(other) is not dict:
                other = {k: other[k] for k in other}
            return equal_json(Model.__batchmodels_wire__(self), other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        # A value changed in place that cannot be written back: show the data as it is.
        with contextlib.suppress(BatchModelError):
            Model._sync(self)
        name = type(self).__name__
        try:
            shown = masked_json(type(self), self._data)
        except RecursionError:  # models nested in models too deep to walk for secrets
            return f"{name}(<{len(self._data)} keys, nested too deeply to show>)"
        try:
            return f"{name}({shown!r})"
        except (RecursionError, ValueError):  # deep unknown data; ints too long for str()
            return f"{name}({repr_json(shown)})"

    __str__ = __repr__

    @classmethod
    def from_json(cls: type[_M], text: Union[str, bytes, bytearray], *, strict: bool = False) -> _M:
        """Parse JSON text into a model; with ``strict=True`` raise :class:`ValidationError`
        listing every problem :func:`batchmodels.validate` finds (warnings alone pass).

        Not strict, errors in the text itself (not JSON, not an object) raise and bad values
        wait until read."""
        if strict:
            assert _strict_loader is not None  # set when ``batchmodels`` is imported
            return _strict_loader(cls, text)  # type: ignore[no-any-return]
        return cls._from_owned(parse_json(text))


complete(Model)
collections.abc.MutableMapping.register(Model)  # pyright: ignore[reportAttributeAccessIssue]


_getframe = sys._getframe


def _calling_encoder(frame: Any) -> Optional[json.JSONEncoder]:
    """The ``json.JSONEncoder`` whose ``default`` method ``frame`` runs, if it does."""
    if frame.f_code.co_name != "default":
        return None
    encoder = frame.f_locals.get("self")
    return encoder if isinstance(encoder, json.JSONEncoder) else None


class _SdkField:
    """One field as azure-core's JSON encoder reads it (``_rest_name``, ``_visibility``)."""

    __slots__ = ("_rest_name", "_visibility")

    def __init__(self, rest_name: str, visibility: List[str]) -> None:
        self._rest_name = rest_name
        self._visibility = visibility

    def __repr__(self) -> str:
        return f"_SdkField({self._rest_name!r}, {self._visibility!r})"


def _sdk_fields(cls: type[Model]) -> Dict[str, _SdkField]:
    return {f.attr: _SdkField(f.wire, list(f.visibility)) for f in fields(cls)}


def _restore(cls: type[Model], data: Dict[str, Any]) -> Model:
    return cls._wrap(data)


_pick = pick


def _data_from_mapping(source: Any) -> Dict[str, Any]:
    if isinstance(source, Model):
        return copy_json(Model.__batchmodels_wire__(source))
    if type(source) is dict:
        data = source
    elif isinstance(source, collections.abc.Mapping):
        data = {k: source[k] for k in source}
    else:
        raise not_a_container("a mapping (a JSON object)", source)
    try:
        return copy_json(data)
    except BatchModelError as exc:
        raise exc.at(None) if not exc.located else exc from None


# --- model codecs ------------------------------------------------------------------------


def _model_codec(model_cls: type[Model]) -> Codec:
    field = model_cls.__batchmodels__.discriminator
    # filled in place as subclasses register; a middle class uses its base's table
    subtypes = field.owner.__batchmodels__.subtypes if field is not None else None

    def decode(raw: Any, loc: Location) -> Model:
        if type(raw) is not dict:
            raise not_a_container("an object", raw)
        return wrap(_pick(model_cls, raw) if subtypes else model_cls, raw, loc)  # type: ignore[no-any-return]

    def encode(value: Any) -> Dict[str, Any]:
        if isinstance(value, model_cls):
            return Model.__batchmodels_wire__(value)
        if isinstance(value, Model):
            raise InvalidTypeError(
                f"expected {model_cls.__name__}, got {type(value).__name__}", value
            )
        if isinstance(value, collections.abc.Mapping):
            return _data_from_mapping(value)
        raise not_a_container(f"{model_cls.__name__} or a mapping", value)

    def canonical(value: Any) -> bool:
        return isinstance(value, model_cls)

    def adopt(value: Any) -> Any:
        return value._data if isinstance(value, model_cls) else None

    codec = Codec(
        decode,
        encode,
        label=model_cls.__name__,
        live=True,
        canonical=canonical,
        needs_loc=True,
        model=model_cls,
    )
    codec.adopt = adopt
    return codec


use_model_codec(lambda cls: build_plan(cls, "codec", _model_codec))  # one per class


# ``Model.from_json(text, strict=True)``: set by the validation layer, which sits above.
_strict_loader: Optional[Callable[[Any, Union[str, bytes, bytearray]], Any]] = None


def use_strict_loader(load: Callable[[Any, Union[str, bytes, bytearray]], Any]) -> None:
    """Make ``Model.from_json(text, strict=True)`` return ``load(cls, text)``."""
    global _strict_loader
    _strict_loader = load
