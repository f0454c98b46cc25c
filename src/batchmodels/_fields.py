"""Field declarations (``rest_field``, ``rest_discriminator``) and ``FieldDescriptor``, the
class attribute behind each field: attribute reads (decode and cache) and writes."""

from __future__ import annotations

from typing import Any, Optional, Sequence, Tuple

from ._codecbase import Codec
from ._declare import (
    ALL_OPERATIONS,
    MISSING,
    NULL,
    READ_ONLY,
    Bound,
    Check,
    Field,
    Format,
    Naming,
    Visibility,
    wire_name,
)
from ._errors import BatchModelError
from ._fill import fill
from ._jsonvalue import copy_json, is_foreign_null
from ._live import (
    copy_containers,
    forget,
    holds_models,
    keep_equal_items,
    models_within,
    swap_models,
    sync,
    sync_model_list,
    track,
)
from ._resolve import resolve_fields
from ._shapes import Shape
from ._views import View, expose_within, read_exposed, reconcile

__all__ = ["FieldDescriptor", "rest_field", "rest_discriminator"]

_CONTAINERS = frozenset((dict, list))


class FieldDescriptor:
    """The class attribute behind one field: reads decode the wire value once and cache it.

    It defines no ``__set__``, so a value cached in the instance ``__dict__`` is found by
    ordinary attribute lookup before this descriptor; writes go through ``Model.__setattr__``.
    """

    __slots__ = (
        "_decode",
        "_live",
        "_model",
        "_needs_loc",
        "_uncached",
        "attr",
        "codec",
        "declared_type",
        "default",
        "discriminator",
        "explicit_name",
        "format",
        "limits",
        "owner",
        "readonly",
        "record",
        "secret",
        "shape",
        "visibility",
        "wire",
    )

    def __init__(
        self,
        name: Optional[str],
        declared_type: Any,
        fmt: Optional[str],
        visibility: Optional[Sequence[Visibility]],
        default: Any,
        secret: bool,
        discriminator: bool,
    ) -> None:
        self.explicit_name = name
        self.declared_type = declared_type
        self.format = fmt
        self.visibility: Tuple[Visibility, ...] = (
            tuple(visibility) if visibility is not None else ALL_OPERATIONS
        )
        self.readonly = self.visibility == READ_ONLY
        self.default = default
        self.secret = secret
        self.discriminator = discriminator
        self.limits: Tuple[Optional[Bound], Optional[Bound], Optional[Check]] = (None, None, None)
        self.attr = ""
        self.wire = name or ""
        self.owner: Any = None
        self.codec: Optional[Codec] = None
        self.shape: Optional[Shape] = None
        self.record: Optional[Field] = None
        # Copies of the codec's hot attributes, set when the owner's fields are resolved.
        self._decode: Any = None
        self._live = False
        self._needs_loc = False
        self._model: Any = None  # the model class of a field holding one model
        self._uncached = secret  # kept out of the instance __dict__, which vars() shows

    def bind(self, owner: type, attr: str, naming: Naming) -> None:
        """Attach to the declaring class: fix the attribute and wire names."""
        self.owner = owner
        # Plain str (a subclass such as numpy's str_ may be given): generated code spells
        # names with repr(), which must be str's own.
        self.attr = attr = str.__str__(attr)
        if self.explicit_name is not None:
            self.explicit_name = str.__str__(self.explicit_name)
        self.wire = self.explicit_name or wire_name(attr, naming)

    def __repr__(self) -> str:
        owner = getattr(self.owner, "__name__", "?")
        return f"<field {owner}.{self.attr} wire={self.wire!r}>"

    # The read path: called only until the value is cached in the instance __dict__.
    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        if obj._views is not None:
            return read_exposed(obj, self)
        cache = obj.__dict__
        if not cache:
            # First read of any field on this instance: decode the whole model in one pass
            # (see ``fill``), so later reads skip this descriptor entirely.
            (type(obj).__batchmodels__.fill or fill)(obj, cache)
            value = cache.get(self.attr, MISSING)
            if value is not MISSING:
                return value
        raw = obj._data.get(self.wire, MISSING)
        if raw is MISSING or raw is None:
            value = None if raw is None or self.default is MISSING else self.default
            return cache.setdefault(self.attr, value)  # a writer's value, set meanwhile, wins
        if self.codec is None:
            resolve_fields(self.owner)
        try:  # decode_at, inlined: fields ``fill`` leaves (secrets, rare shapes, bad values)
            if self._needs_loc:
                value = self._decode(raw, (obj._loc, self.wire))
            else:
                value = self._decode(raw, None)
        except BatchModelError as exc:
            if self.secret:
                exc.hide()
            raise (
                exc if exc.located else exc.at((obj._loc, self.wire), secret=self.secret)
            ) from None
        if self._uncached:
            return value  # kept out of the instance __dict__, which vars() shows
        if self._live:
            # A value another thread cached meanwhile wins: every reader gets the same object.
            value = cache.setdefault(self.attr, value)
            track(obj, self)
        else:
            cache[self.attr] = value
        return value

    def decode_at(self, obj: Any, raw: Any) -> Any:
        """The Python value of ``raw``, this field's wire value in ``obj``."""
        if self.codec is None:
            resolve_fields(self.owner)
        try:
            if self._needs_loc:
                return self._decode(raw, (obj._loc, self.wire))
            return self._decode(raw, None)
        except BatchModelError as exc:
            if self.secret:
                exc.hide()  # also the copy that ``at`` chains as its __context__
            raise (
                exc if exc.located else exc.at((obj._loc, self.wire), secret=self.secret)
            ) from None

    def set(self, obj: Any, value: Any) -> None:
        """Store ``value`` (a Python value) on ``obj``'s wire dict.

        ``None`` removes a value, but leaves a field that already reads ``None`` (absent, or
        a JSON ``null``) as it is: assigning what was read changes nothing.
        """
        data = obj._data
        if value is None:
            if data.get(self.wire) is not None:
                del data[self.wire]
            forget(obj, self)
            return
        if value is NULL or is_foreign_null(value):
            data[self.wire] = None
            forget(obj, self)
            return
        if self.codec is None:
            resolve_fields(self.owner)
        codec = self.codec
        assert codec is not None
        old = data.get(self.wire)
        if (
            old is not None
            and not codec.identity
            and not holds_models(codec)
            and self._same(obj, old, value)
        ):
            # Keep the received text: it may hold digits a Python value cannot (this covers
            # lists and dicts of such values; models keep their own text anyway).
            return
        adopt = codec.adopt
        if adopt is not None:
            wire = adopt(value)
            if wire is not None:  # models, or lists and dicts of them: kept as they are
                data[self.wire] = wire
                own = copy_containers(value)
                if obj._views is None:
                    obj.__dict__[self.attr] = own
                else:
                    expose_within(own)
                    obj._views[self.attr] = View(own, wire)
                track(obj, self)
                return
        try:
            wire = codec.encode(value)
        except BatchModelError as exc:
            if not (self.discriminator and type(value) is str):
                raise exc.at((obj._loc, self.wire), secret=self.secret) from None
            # A parent __init__ may set its own value before the subclass sets its own.
            wire = value
        if codec.identity and type(wire) in _CONTAINERS:
            wire = copy_json(wire)  # a list or dict is copied at its own level
        data[self.wire] = wire
        kept: Any = MISSING
        if codec.live:
            if codec.canonical(value):
                kept = copy_containers(value)  # the same models, in containers of our own
            else:
                models = models_within(value)
                if models:  # mixed with wire JSON: decoded, with the given models kept
                    known = {id(m._data): m for m in models}
                    try:
                        kept = swap_models(self.decode_at(obj, wire), known)
                    except BatchModelError:
                        expose_within(value)
        views = obj._views
        if views is not None:
            # Part of this model's data is held as plain JSON elsewhere: keep no cache,
            # only the live value to write back from.
            if kept is MISSING:
                forget(obj, self)
            else:
                expose_within(kept)
                views[self.attr] = View(kept, wire)
                track(obj, self)
        elif codec.identity and not self._uncached:
            obj.__dict__[self.attr] = wire
        elif kept is not MISSING:  # (a live secret must be cached too)
            obj.__dict__[self.attr] = kept
            track(obj, self)
        else:
            forget(obj, self)

    def _same(self, obj: Any, old: Any, value: Any) -> bool:
        current = obj.__dict__.get(self.attr, MISSING)
        if current is MISSING:
            try:
                current = self._decode(old, None)
            except BatchModelError:
                return False
        return type(current) is type(value) and bool(current == value)

    def sync(self, obj: Any) -> None:
        """Write the cached live value back to the wire dict (before an export)."""
        if obj._views is not None:
            reconcile(obj, self)
            return
        value = obj.__dict__.get(self.attr)
        if value is None:
            return  # forgotten by a writer in another thread meanwhile: nothing to write back
        codec = self.codec
        assert codec is not None
        data = obj._data
        old = data.get(self.wire)
        if codec.model is not None:
            # A nested model shares its wire dict with ours: only its own live values can
            # be out of date.
            model_cls: Any = codec.model
            if isinstance(value, model_cls):
                if value._live:
                    sync(value)
                return
        elif codec.container is list and codec.item is not None and codec.item.model is not None:
            if sync_model_list(value, old, codec.item.model):
                return
        elif not codec.live:
            # A value that cannot change in place (a datetime given by keyword, kept as
            # given until the first export) is written once: any later change forgets it.
            if old is not value:
                return
        elif not holds_models(codec) and old is not None:
            try:
                if codec.decode(old, None) == value:
                    return
            except BatchModelError:
                pass
        try:
            wire = codec.encode(value)
        except BatchModelError as exc:  # encoders locate errors below the value only
            raise exc.at((obj._loc, self.wire), secret=self.secret) from None
        data[self.wire] = keep_equal_items(codec, old, wire, value)


def rest_field(
    name: Optional[str] = None,
    *,
    type: Any = None,
    visibility: Optional[Sequence[Visibility]] = None,
    default: Any = MISSING,
    format: Optional[Format] = None,
    secret: bool = False,
    ge: Optional[Bound] = None,
    le: Optional[Bound] = None,
    check: Optional[Check] = None,
) -> Any:
    """Declare a field of a model.

    ``name`` overrides the wire name (else the class's naming policy applies), ``type``
    stands in for a missing annotation, ``visibility=["read"]`` makes the field read-only,
    ``default`` is what reading an absent field gives, ``format`` selects the wire form
    (see :data:`Format`) and ``secret=True`` masks the value in ``repr`` and errors.
    ``ge``/``le`` (inclusive limits) and ``check`` (a :data:`Check`) are rules that
    :func:`batchmodels.validate` applies to the Python value; reads and writes ignore them.
    """
    field = FieldDescriptor(name, type, format, visibility, default, secret, False)
    if ge is not None or le is not None or check is not None:
        field.limits = (ge, le, check)
    return field


def rest_discriminator(
    name: Optional[str] = None,
    *,
    type: Any = None,
    visibility: Optional[Sequence[Visibility]] = None,
) -> Any:
    """Declare the field whose wire value selects the subclass of a polymorphic model."""
    return FieldDescriptor(name, type, None, visibility, MISSING, False, True)
