"""``Model``: a mutable mapping over a dict of wire JSON, with typed attribute access."""

from __future__ import annotations

import collections.abc
import contextlib
import datetime as dt
import enum
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
from ._codecs import Codec, copy_json, equal_json, repr_json
from ._errors import (
    MASK,
    BatchModelError,
    InvalidTypeError,
    InvalidValueError,
    Location,
    mask_signature,
    not_a_container,
)
from ._fields import (
    MISSING,
    NULL,
    FieldDescriptor,
    Naming,
    class_info,
    expose,
    fields,
    models_within,
    pick,
    register_model_name,
    resolve_fields,
    untrack,
    wrap,
)
from ._fields import _resolve_lock as _class_lock
from ._shapes import EnumShape, ListShape, ModelShape, ScalarShape, models_in
from ._validate import model_from_json

__all__ = ["Model", "fields", "masked_json", "raise_located"]

_M = TypeVar("_M", bound="Model")
_PLAIN = frozenset((str, int, float, bool, type(None)))
_CONTAINERS = frozenset((dict, list))
_UTC = dt.timezone.utc


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

    _naming: ClassVar[Naming] = "camel"
    _fields_by_attr: ClassVar[Dict[str, FieldDescriptor]] = {}
    _fields_by_wire: ClassVar[Dict[str, FieldDescriptor]] = {}
    _field_list: ClassVar[Tuple[FieldDescriptor, ...]] = ()
    _discriminator_values: ClassVar[Dict[str, str]] = {}
    _discriminator: ClassVar[Optional[FieldDescriptor]] = None
    # Derived data (plans) built once per class on first use, by key (``class_info``);
    # dropped whenever a subtype registers.
    _derived: ClassVar[Optional[Dict[str, Any]]] = None

    def __init_subclass__(
        cls, *, naming: Optional[Naming] = None, discriminator: Optional[str] = None, **kwargs: Any
    ) -> None:
        super().__init_subclass__(**kwargs)
        with _class_lock:
            if naming is not None:
                if naming not in ("camel", "verbatim"):
                    raise ValueError(f"naming must be 'camel' or 'verbatim', not {naming!r}")
                cls._naming = naming
            for attr, value in list(vars(cls).items()):
                if isinstance(value, FieldDescriptor) and value.owner is None:
                    value.bind(cls, attr, cls._naming)
            _build_field_table(cls)
            _SECRET_NAMES.update(f.wire.lower() for f in cls._field_list if f.secret)
            cls._derived = None
            if discriminator is not None:
                _register_subtype(cls, discriminator)
            inherited = {
                f.wire
                for base in cls.__mro__[1:]
                for f in vars(base).get("_field_list", ())
                if f.discriminator
            }
            # A redeclared inherited discriminator (``kind: Literal["shark"]``) is not a new one.
            own = [
                f
                for f in cls._field_list
                if f.owner is cls and f.discriminator and f.wire not in inherited
            ]
            if len(own) > 1:
                raise TypeError(f"{cls.__name__} declares more than one discriminator")
            if own:
                cls._discriminator = own[0]
                cls._subtypes = {}  # type: ignore[attr-defined]
            register_model_name(cls)

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
    def _make_codec(cls) -> Codec:
        """The codec of fields holding this class (see ``_codecs.codec_of``)."""
        return _model_codec(cls)

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
        field = type(self)._fields_by_attr.get(name)
        if field is not None:
            field.set(self, value)
        elif name.startswith("_") or hasattr(type(self), name):
            object.__setattr__(self, name, value)
        else:
            raise AttributeError(f"{type(self).__name__!r} object has no field {name!r}")

    def __delattr__(self, name: str) -> None:
        field = type(self)._fields_by_attr.get(name)
        if field is not None:
            if field.wire not in self._data:
                raise AttributeError(f"{type(self).__name__!r} object has no value for {name!r}")
            del self._data[field.wire]  # a JSON null too
            Model._forget(self, field)
        else:
            object.__delattr__(self, name)

    def _forget(self, field: FieldDescriptor) -> None:
        self.__dict__.pop(field.attr, None)
        untrack(self, field)
        views = self._views
        if views:
            views.pop(field.attr, None)

    def _forget_wire(self, key: str) -> None:
        field = type(self)._fields_by_wire.get(key)
        if field is not None:
            Model._forget(self, field)

    def _sync(self) -> None:
        """Write attribute values that may have been mutated in place back to the wire dict."""
        live = self._live
        if live:
            cache = self.__dict__
            try:
                for field in live:
                    # A nested model shares its wire dict with ours: only its own live
                    # values can be out of date (``field.sync``, inlined for this case).
                    model = field._model
                    if model is not None and self._views is None:
                        value = cache.get(field.attr)  # None: forgotten by another thread
                        if value is None:
                            continue
                        if isinstance(value, model):
                            if value._live:
                                Model._sync(value)
                            continue
                    field.sync(self)
            except RecursionError:  # read models nested in models deeper than the stack
                raise InvalidValueError("models nested too deeply to write back").at(
                    self._loc
                ) from None

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
            field = type(self)._fields_by_wire.get(key) if type(key) is str else None
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
        if self._views is None and any(type(v) in _CONTAINERS for v in self._data.values()):
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
        for field in type(self)._field_list:
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
                pairs: Any = Model.__batchmodels_wire__(other).items()  # copied below
            elif isinstance(other, collections.abc.Mapping):
                pairs = other.items()
            else:
                pairs = other
            for key, value in list(pairs):
                Model.__setitem__(self, key, value)
        for key, value in kwargs.items():
            Model.__setitem__(self, key, value)

    def copy(self: _M) -> _M:
        """A shallow copy of the same class (nested values are shared, like ``dict.copy``)."""
        Model._sync(self)
        if any(type(v) in _CONTAINERS for v in self._data.values()):
            # Both now hold the same nested JSON: each must see the other's edits.
            expose(self)
            dup = type(self)._wrap(dict(self._data))
            _set_views(dup, {})
            return dup
        return type(self)._wrap(dict(self._data))

    def __copy__(self: _M) -> _M:
        return Model.copy(self)  # pyright: ignore[reportReturnType]

    def __deepcopy__(self: _M, memo: Any) -> _M:
        return type(self)._wrap(Model.as_dict(self))  # as_dict copies without recursion limits

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
        derived = type(self)._derived
        table = derived.get("sdk_fields") if derived is not None else None
        return table or class_info(type(self), "sdk_fields", _sdk_fields)  # type: ignore[no-any-return]

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
            shown = _masked(type(self), self._data)
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
        listing every problem :func:`batchmodels.validate` finds (warnings alone pass)."""
        return model_from_json(cls, text, strict)


collections.abc.MutableMapping.register(Model)  # pyright: ignore[reportAttributeAccessIssue]

_set_data = Structured.__dict__["_data"].__set__
_set_loc = Structured.__dict__["_loc"].__set__
_set_live = Structured.__dict__["_live"].__set__
_set_views = Structured.__dict__["_views"].__set__


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


def masked_json(cls: type[Model], data: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of ``cls`` wire data with the value of every secret field, at any depth,
    replaced by ``***`` (the masking ``repr`` shows)."""
    return _masked(cls, data)


def raise_located(data: Dict[str, Any]) -> None:
    """Raise the error :func:`copy_json` gives for ``data``, located from its root (the one
    error every export reports for a value that is not JSON); return if there is none."""
    copy_json(data)


def _restore(cls: type[Model], data: Dict[str, Any]) -> Model:
    return cls._wrap(data)


# --- class set-up ------------------------------------------------------------------------


def _build_field_table(cls: type[Model]) -> None:
    by_attr: Dict[str, FieldDescriptor] = {}
    for klass in reversed(cls.__mro__):
        for attr, value in vars(klass).items():
            # ``value.attr == attr`` skips aliases such as the ``_discriminator`` class slot.
            if isinstance(value, FieldDescriptor) and value.owner is klass and value.attr == attr:
                by_attr.pop(attr, None)  # a redeclaration moves to its new place
                by_attr[value.attr] = value  # the plain str that ``bind`` made
            elif attr in by_attr and klass is not object:
                del by_attr[attr]  # a plain attribute in a subclass hides the field
    by_wire: Dict[str, FieldDescriptor] = {}
    for field in by_attr.values():
        if field.wire in by_wire:
            raise TypeError(
                f"{cls.__name__}: fields {by_wire[field.wire].attr!r} and {field.attr!r}"
                f" share the wire name {field.wire!r}"
            )
        by_wire[field.wire] = field
    cls._fields_by_attr = by_attr
    cls._fields_by_wire = by_wire
    cls._field_list = tuple(by_attr.values())


def _register_subtype(cls: type[Model], value: str) -> None:
    field = cls._discriminator
    if field is None:
        raise TypeError(f"{cls.__name__}: no base class declares a discriminator field")
    base = field.owner
    subtypes: Dict[str, type] = vars(base)["_subtypes"]
    if value in subtypes and subtypes[value] is not cls:
        raise TypeError(f"discriminator value {value!r} is already taken by {subtypes[value]}")
    subtypes[value] = cls
    cls._discriminator_values = {**cls._discriminator_values, field.wire: value}
    # Any class's plan may reach ``base`` through its children: rebuild them all.
    for klass in _all_subtypes(Model):
        klass._derived = None


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


def _init_from_kwargs(obj: Model, kwargs: Dict[str, Any]) -> None:
    """Set up ``obj`` from keyword arguments, wire keys in argument order (like azure-batch).

    Each value is stored as an attribute assignment stores it: models are kept as the same
    objects, lists and dicts copied at their own level. Values of the exact type a field's
    plan entry names take a short path; all others go through ``FieldDescriptor.set``.
    """
    cls = type(obj)
    derived = cls._derived
    plan = derived.get("init") if derived is not None else None
    if plan is None:
        plan = class_info(cls, "init", _init_plan)
    first = cls._discriminator_values
    data: Dict[str, Any] = dict(first) if first else {}
    _set_data(obj, data)
    _set_loc(obj, None)
    _set_live(obj, None)
    _set_views(obj, None)
    live: List[FieldDescriptor] = []  # nobody else sees obj yet: recorded once, at the end
    for name, value in kwargs.items():
        entry = plan.get(name)
        if entry is None:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {name!r}")
        kind, wire, exact, extra, field = entry
        if type(value) is exact:
            if kind == _AS_IS:
                data[wire] = value
                continue
            if kind == _MEMBER:
                member_value = extra.get(value)  # None for a member made up after the plan
                if member_value is not None:
                    data[wire] = member_value
                    continue
            elif kind == _LATER and value.tzinfo is _UTC:
                # Kept as given: Model._sync writes its text (FieldDescriptor.sync) before
                # anything reads the wire value, so building the model formats nothing.
                data[wire] = value
                obj.__dict__[field.attr] = value
                live.append(field)
                continue
            elif kind in (_ENCODED, _LATER):
                try:
                    data[wire] = extra(value)
                    continue
                except BatchModelError:
                    pass  # FieldDescriptor.set raises it again, located
            elif kind == _MODEL:
                if value._views is None:
                    data[wire] = value._data
                    obj.__dict__[field.attr] = value
                    live.append(field)
                    continue
            elif kind == _MODELS:
                wires = []
                for item in value:
                    if type(item) is not extra or item._views is not None:
                        break
                    wires.append(item._data)
                else:
                    data[wire] = wires
                    obj.__dict__[field.attr] = list(value)
                    live.append(field)
                    continue
        if value is None:
            continue
        codec = field.codec
        if codec is not None and codec.identity and value is not NULL and wire not in data:
            # Other values of a field that keeps JSON as it is (list[str], Any, Literal).
            try:
                encoded = codec.encode(value)
            except BatchModelError:
                field.set(obj, value)  # NULL-like values, or the error, located
                continue
            data[wire] = encoded if type(encoded) in _PLAIN else copy_json(encoded)
        else:
            field.set(obj, value)
    if live:
        tracked = obj._live  # fields the general path tracked
        _set_live(obj, (*tracked, *live) if tracked else tuple(live))


# Kinds of plan entries: how ``_init_from_kwargs`` stores a value of the entry's exact type.
_AS_IS = 0  # str, int, bool: the value is its own wire value
_MEMBER = 1  # an enum member: its value, from the entry's member -> value table
_ENCODED = 2  # a datetime, timedelta, float...: the codec's encode
_MODEL = 3  # a model of the field's class: becomes part of the new model (its wire dict)
_MODELS = 4  # a list of models of the item class: a new list of the same models
_GENERAL = 5  # FieldDescriptor.set (exact is None, so no value takes a short path)
_LATER = 6  # an RFC 3339 datetime: a UTC one is kept as given, written as text on export

_InitEntry = Tuple[int, str, Any, Any, FieldDescriptor]


def _init_plan(cls: type[Model]) -> Dict[str, _InitEntry]:
    """Attribute name -> ``(kind, wire, exact type, extra, field)`` for every field of ``cls``."""
    plan: Dict[str, _InitEntry] = {}
    for field in cls._field_list:
        if field.codec is None:
            # An annotation that cannot be resolved yet fails when its field is set.
            with contextlib.suppress(Exception):
                resolve_fields(field.owner)
        plan[field.attr] = _init_entry(cls, field)
    return plan


def _init_entry(cls: type[Model], field: FieldDescriptor) -> _InitEntry:
    codec, shape, wire = field.codec, field.shape, field.wire
    if codec is None or field.discriminator or wire in cls._discriminator_values:
        return (_GENERAL, wire, None, None, field)
    if codec.plain is not None:
        return (_AS_IS, wire, codec.plain, None, field)
    if field.secret or codec.identity:
        return (_GENERAL, wire, None, None, field)
    if isinstance(shape, EnumShape) and not issubclass(shape.cls, enum.Flag):
        return (_MEMBER, wire, shape.cls, {m: m.value for m in shape.cls}, field)
    if isinstance(shape, ScalarShape) and not codec.live:
        if shape.type is dt.datetime and field.format in (None, "rfc3339"):
            # RFC 3339 keeps every digit of a UTC datetime: its text decodes to an equal value.
            return (_LATER, wire, shape.type, codec.encode, field)
        return (_ENCODED, wire, shape.type, codec.encode, field)
    if codec.adopt is not None and isinstance(shape, ModelShape) and codec.model is shape.cls:
        return (_MODEL, wire, shape.cls, None, field)
    if (
        codec.adopt is not None
        and isinstance(shape, ListShape)
        and shape.kind is list
        and isinstance(shape.item, ModelShape)
    ):
        return (_MODELS, wire, list, shape.item.cls, field)
    return (_GENERAL, wire, None, None, field)


# --- model codecs ------------------------------------------------------------------------


def _model_codec(model_cls: type[Model]) -> Codec:
    field = model_cls._discriminator
    # filled in place as subclasses register; a middle class uses its base's table
    subtypes = vars(field.owner)["_subtypes"] if field is not None else None

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


# --- per-class plans for walking nested data (prune read-only, mask secrets, rename) -------


class _Plan:
    """What a class needs to walk its wire data without decoding it; built once per class."""

    __slots__ = ("attr_names", "attr_set", "children", "cls", "prunes", "readonly", "secrets")

    def __init__(self, cls: type[Model]) -> None:
        self.cls = cls
        flds = fields(cls)
        self.readonly = frozenset(f.wire for f in flds if f.readonly)
        self.secrets = frozenset(f.wire for f in flds if f.secret)
        self.attr_names = {f.wire: f.attr for f in flds}
        self.attr_set = frozenset(self.attr_names.values())
        self.children: Dict[str, Tuple[str, type[Model]]] = {}
        for descriptor in cls._field_list:
            child = models_in(descriptor.shape) if descriptor.shape else None
            if child is not None:
                self.children[descriptor.wire] = child
        self.prunes = True  # refined by _needs_pruning once all plans can be built

    def prune(self, data: Dict[str, Any], copy: bool) -> Dict[str, Any]:
        """``data`` without read-only keys at any depth; unchanged parts copied if ``copy``."""
        readonly, children = self.readonly, self.children
        out = {}
        for key, value in data.items():
            if key in readonly:
                continue
            child = children.get(key)
            if child is not None and _plan(child[1]).prunes:
                out[key] = _walk_shaped(
                    *child,
                    value,
                    lambda plan, v: plan.prune(v, copy),
                    copy_json if copy else _unchanged,
                )
            elif copy and type(value) not in _PLAIN:
                out[key] = copy_json(value)
            else:
                out[key] = value
        return out

    def by_attribute(self, data: Dict[str, Any], exclude_readonly: bool) -> Dict[str, Any]:
        """A copy of ``data`` keyed by attribute names, recursively."""
        out: Dict[str, Any] = {}
        for key, value in data.items():
            if exclude_readonly and key in self.readonly:
                continue
            name = self.attr_names.get(key)
            if name is None:
                name = key
                while name in self.attr_set:  # an unknown key spelt like a field's attribute
                    name += " (unknown)"
            child = self.children.get(key)
            if child is not None:
                out[name] = _walk_shaped(
                    *child, value, lambda plan, v: plan.by_attribute(v, exclude_readonly), copy_json
                )
            else:
                out[name] = value if type(value) in _PLAIN else copy_json(value)
        return out


def _walk_shaped(
    shape: str,
    model: type[Model],
    value: Any,
    visit: Callable[[_Plan, Dict[str, Any]], Any],
    wrong_shape: Callable[[Any], Any],
) -> Any:
    """Apply ``visit`` to each model object in ``value``, a child of shape ``shape``
    (``"one"``, ``"list"``, ``"dict.list"``...); parts of another shape go to ``wrong_shape``."""
    outer, _, inner = shape.partition(".")
    if outer == "one":
        if type(value) is dict:
            return visit(_plan(_pick(model, value)), value)
        return wrong_shape(value)
    inner = inner or "one"
    if outer == "list" and type(value) is list:
        return [_walk_shaped(inner, model, v, visit, wrong_shape) for v in value]
    if outer == "dict" and type(value) is dict:
        items = list(value.items())  # a snapshot: another thread may add keys
        return {k: _walk_shaped(inner, model, v, visit, wrong_shape) for k, v in items}
    return wrong_shape(value)


def _unchanged(value: Any) -> Any:
    return value


def _masked(model: type[Model], data: Dict[str, Any]) -> Dict[str, Any]:
    """A copy of ``data`` (an object of ``model``) with secrets masked, in one walk without
    recursion. Each object is read as the class that declares it; the objects inside an
    unknown key or a value of the wrong shape are read as the enclosing class. A key named
    like a secret field of any model is masked wherever no class declares it, and every
    string under a key ending in ``Url``/``Urls`` has its SAS signature masked."""
    holder: List[Any] = [None]
    # (container of the copy, key in it, value, class, expected shape or None, under a URL key)
    stack: List[Tuple[Any, Any, Any, type[Model], Optional[str], bool]] = [
        (holder, 0, data, model, "one", False)
    ]
    pop, push = stack.pop, stack.append
    while stack:
        parent, key, value, cls, shape, url = pop()
        t = type(value)
        if t is str:
            parent[key] = mask_signature(value) if url else value
        elif t is list:
            inner = (shape[5:] or "one") if shape and shape.startswith("list") else None
            out: Any = [None] * len(value)
            parent[key] = out
            for i, item in enumerate(value):
                push((out, i, item, cls, inner, url))
        elif t is dict and shape is not None and shape.startswith("dict"):
            inner = shape[5:] or "one"
            out = parent[key] = {}
            for k, item in list(value.items()):  # a snapshot: another thread may add keys
                out[k] = None
                push((out, k, item, cls, inner, url))
        elif t is dict:
            plan = _plan(_pick(cls, value))
            secrets, children, known = plan.secrets, plan.children, plan.attr_names
            out = parent[key] = {}
            for k, item in list(value.items()):
                if item is None or type(k) is not str:
                    out[k] = item
                    continue
                name = k.lower()
                if k in secrets or (k not in known and name in _SECRET_NAMES):
                    out[k] = MASK
                    continue
                out[k] = None
                under_url = url or name.endswith(_URL_SUFFIXES)
                child = children.get(k)
                if child is not None:
                    push((out, k, item, child[1], child[0], under_url))
                else:
                    push((out, k, item, plan.cls, None, under_url))
        else:
            parent[key] = value
    return holder[0]  # type: ignore[no-any-return]


_URL_SUFFIXES = ("url", "urls")
# Lower-case wire names of the secret fields of every model class: masked under any key
# that the enclosing class does not declare (a newer API's field, another model's data).
_SECRET_NAMES: set[str] = set()


def _plan(cls: type[Model]) -> _Plan:
    derived = cls._derived  # the built plan, found without a call (once per nested model)
    plan = derived.get("walk") if derived is not None else None
    return plan or class_info(cls, "walk", _build_plan)  # type: ignore[no-any-return]


def _build_plan(cls: type[Model]) -> _Plan:
    plan = _Plan(cls)
    plan.prunes = _needs_pruning(cls, set())
    return plan


def _needs_pruning(cls: type[Model], seen: set[type]) -> bool:
    """Whether data of ``cls`` (or a subclass) can hold a read-only field at some depth."""
    if cls in seen:
        return False
    seen.add(cls)
    candidates: List[type[Model]] = [cls, *_all_subtypes(cls)]
    for klass in candidates:
        flds = fields(klass)
        if any(f.readonly for f in flds):
            return True
        for descriptor in klass._field_list:
            child = models_in(descriptor.shape) if descriptor.shape else None
            if child is not None and _needs_pruning(child[1], seen):
                return True
    return False


def _all_subtypes(cls: type[Model]) -> List[type[Model]]:
    return [sub for sub in cls.__subclasses__() for sub in [sub, *_all_subtypes(sub)]]
