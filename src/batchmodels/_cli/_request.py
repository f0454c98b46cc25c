"""``request``: the request body of one body: replace (PUT), create (``--create``) or a minimal
update (``--patch OLD NEW``). The body goes to stdout; every value left out is named on
stderr, one ``note:`` line each. A model with no body of the kind asked for, and OLD and NEW
of different families, are unusable input (exit 2)."""

from __future__ import annotations

import argparse
import functools
import sys
from typing import IO, Any, Dict, FrozenSet, Iterable, Optional

from .. import models
from .._model import Model
from .._operations import OPERATIONS
from .._requests import LeftOut, LeftOutReason, convert, mixed_families, update_body
from ._input import Body, inputs, kind, load, model_named
from ._output import EXIT_OK, Unusable, visible, write_json

__all__ = ["body_model", "cmd_request", "related_model"]

_SUFFIXES = ("CreateOptions", "UpdateOptions", "ReplaceOptions")


def related_model(model: type[Model], suffix: str) -> Optional[type[Model]]:
    """The model of the same family with ``suffix``: ``BatchJob`` -> ``BatchJobCreateOptions``."""
    base = model.__name__
    for known in _SUFFIXES:
        if base.endswith(known):
            base = base[: -len(known)]
    found = getattr(models, base + suffix, None) if base + suffix in models.__all__ else None
    return found if isinstance(found, type) and issubclass(found, Model) else None


@functools.lru_cache(maxsize=1)
def _request_models() -> FrozenSet[str]:
    """Names of the models some REST operation sends as its request body."""
    return frozenset(op.request for op in OPERATIONS.values() if op.request is not None)


def body_model(model: type[Model], kind: str) -> Optional[type[Model]]:
    """The class of the ``kind`` body (``replace``, ``create`` or ``update``) made from a body
    of ``model``, or None if there is none. A model sent as a request is its own replace
    body; otherwise the family's ``...ReplaceOptions`` is (``BatchPool``)."""
    if kind == "create":
        return related_model(model, "CreateOptions")
    if kind == "update":
        return related_model(model, "UpdateOptions")
    if model.__name__ in _request_models():
        return model
    return related_model(model, "ReplaceOptions")


_KINDS = {
    "replace": ("a replace (PUT) body", "request FILE"),
    "create": ("a create body", "request --create"),
    "update": ("an update (PATCH) body", "request --patch OLD NEW"),
}


def _no_body(label: str, model: type[Model], kind: str) -> Unusable:
    """One line: ``model`` has no ``kind`` body; the kinds it has, and how to ask for them."""
    missing = _KINDS[kind][0].split(" ", 1)[1]
    others = [k for k in _KINDS if k != kind and body_model(model, k) is not None]
    if others:
        has = " and ".join(f"{_KINDS[k][0]} ({_KINDS[k][1]})" for k in others)
        return Unusable(label, f"{model.__name__} has no {missing}; it has {has}")
    return Unusable(label, f"{model.__name__} has no {missing}, nor any other request body")


def _one(path: str, args: argparse.Namespace) -> Body:
    label, found = load(path, model_named(args.type))
    if len(found) != 1:
        model = found[0].model if found else model_named(args.type)
        noun = f"{kind(model)}s" if kind(model) == "job" else f"{model.__name__} bodies"
        raise Unusable(label, f"holds {len(found)} {noun}; give a file with one")
    body = found[0]
    if body.problem is not None:
        raise Unusable(label, f"{body.where}: {body.problem}")
    return body


def cmd_request(args: argparse.Namespace) -> int:
    if args.patch:
        if args.example or len(args.files) != 2:
            raise Unusable("request", "--patch needs two files: OLD NEW")
        old = _one(args.files[0], args)
        new = _one(args.files[1], args)
        mixed = mixed_families(old.model, new.model)
        if mixed is not None:
            raise Unusable("request", f"OLD and NEW are of different kinds: {mixed}")
        target = body_model(new.model, "update")
        if target is None:
            raise _no_body(new.label, new.model, "update")
        patch = update_body(old.model(old.value), new.model(new.value), target)
        _notes(sys.stderr, patch.left_out, _PATCH_NOTES, target)
        write_json(sys.stdout, patch.body.as_dict(), args.compact)
        return EXIT_OK
    paths = inputs(args.files, args.example, "request")
    if len(paths) != 1:
        raise Unusable("request", "give one FILE (or --patch OLD NEW)")
    body = _one(paths[0], args)
    if args.create:
        target = body_model(body.model, "create")
        if target is None:
            raise _no_body(body.label, body.model, "create")
        created = convert(body.model(body.value), target)
        _notes(sys.stderr, created.left_out, _CREATE_NOTES, target)
        write_json(sys.stdout, created.body.as_dict(), args.compact)
        return EXIT_OK
    target = body_model(body.model, "replace")
    if target is None:
        raise _no_body(body.label, body.model, "replace")
    source = body.model(body.value)
    if target is not body.model:  # the family's replace options (a pool's)
        replaced = convert(source, target)
        _notes(sys.stderr, replaced.left_out, _CONVERTED_REPLACE_NOTES, target)
        write_json(sys.stdout, replaced.body.as_dict(), args.compact)
        return EXIT_OK
    # the body itself: read-only fields left out (and named), unknown fields kept
    dropped = [i for i in convert(source, body.model).left_out if i.reason == "read-only"]
    _notes(sys.stderr, dropped, _REPLACE_NOTES, body.model)
    if dropped and related_model(body.model, "CreateOptions") not in (None, body.model):
        sys.stderr.write("note: request --create gives the create body, which keeps them\n")
    write_json(sys.stdout, source.as_dict(exclude_readonly=True), args.compact)
    return EXIT_OK


def _notes(
    out: IO[str], items: Iterable[LeftOut], notes: Dict[LeftOutReason, str], target: Any
) -> None:
    for item in items:
        path = item.path[2:] if item.path.startswith("$.") else item.path
        note = notes[item.reason].format(target=target.__name__)
        out.write(visible(f"note: {path} {note}") + "\n")


_REPLACE_NOTES: Dict[LeftOutReason, str] = {
    "read-only": "is read-only in {target}; left out of the replace (PUT) body",
    "not updatable": "cannot be replaced; left out",
    "not declared": "is not a field of {target}; left out",
}
_CONVERTED_REPLACE_NOTES: Dict[LeftOutReason, str] = {
    "read-only": "is read-only; left out of the replace (PUT) body",
    "not updatable": "cannot be replaced; left out",
    "not declared": "is not a field of {target}; left out of the replace (PUT) body",
}
_CREATE_NOTES: Dict[LeftOutReason, str] = {
    "read-only": "is read-only; left out of the create body",
    "not updatable": "cannot be set on create; left out",
    "not declared": "is not a field of {target}; left out of the create body",
}
_PATCH_NOTES: Dict[LeftOutReason, str] = {
    "read-only": "is read-only; its change is not part of a PATCH",
    "not updatable": "cannot be updated; its change is not part of a PATCH",
    "not declared": "is not a field this version knows; change left out",
}
